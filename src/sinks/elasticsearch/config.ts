import { z } from 'zod'

/**
 * Elasticsearch settings, in the shape of `configSchema` (spread into it), with the environment
 * variables of ELASTICSEARCH_ENV_VARS for the connection and the credentials.
 */
export const elasticsearchSettings = {
  'elasticsearch-url': z
    .string()
    .url()
    .default('http://localhost:9200')
    .describe('Elasticsearch URL (a node or a load balancer in front of the cluster).'),
  'elasticsearch-api-key': z
    .string()
    .optional()
    .describe('API key (the base64 `id:api_key` form); prefer it to a user name and password.'),
  'elasticsearch-username': z.string().optional().describe('User for basic authentication.'),
  'elasticsearch-password': z.string().optional().describe('Password for basic authentication.'),
  'elasticsearch-ca': z
    .string()
    .optional()
    .describe(
      'PEM file of the CA that signed the cluster\u2019s HTTPS certificate (default: the system CAs).',
    ),
  'elasticsearch-index': z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, `.`, `_` and `-`')
    .default('logward-logs')
    .describe(
      'Index prefix: records go to daily indices `<prefix>-YYYY.MM.DD` (by `@timestamp`; `<prefix>-undated` without one), monthly ones `<prefix>-YYYY.MM`, or the data stream `<prefix>`.',
    ),
  'elasticsearch-index-mode': z
    .enum(['daily', 'monthly', 'data-stream'])
    .default('daily')
    .describe(
      '`daily` indices; `monthly` ones (fewer shards for small volumes or old logs spread over years); or a `data-stream` where the cluster supports them (checked at start; without them, daily indices with a warning).',
    ),
  'elasticsearch-shards': z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('Primary shards of each index logward creates (index template).'),
  'elasticsearch-replicas': z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe('Replicas of each index logward creates (0 on a one-node cluster, else indices stay yellow).'),
  'elasticsearch-bulk-bytes': z
    .number()
    .int()
    .min(64 * 1024)
    .default(5 * 1024 * 1024)
    .describe('Largest bulk request, in bytes of request body.'),
  'elasticsearch-bulk-concurrency': z
    .number()
    .int()
    .min(1)
    .max(16)
    .default(2)
    .describe(
      'Bulk requests of one batch in flight at once. A batch is one partition, and keys rarely spread evenly over partitions, so the largest partition would otherwise set the pace.',
    ),
  'elasticsearch-rollups': z
    .boolean()
    .default(true)
    .describe('Write per-window aggregates (by service, level, template) to `logward-rollup-*` indices.'),
  'rollup-window': z
    .enum(['1m', '5m', '15m', '1h', '1d'])
    .default('1m')
    .describe('Width of a rollup window.'),
}

export const ELASTICSEARCH_ENV_VARS = {
  'elasticsearch-url': 'LOGWARD_ELASTICSEARCH_URL',
  'elasticsearch-api-key': 'LOGWARD_ELASTICSEARCH_API_KEY',
  'elasticsearch-username': 'LOGWARD_ELASTICSEARCH_USERNAME',
  'elasticsearch-password': 'LOGWARD_ELASTICSEARCH_PASSWORD',
  'elasticsearch-ca': 'LOGWARD_ELASTICSEARCH_CA',
} as const

export const elasticsearchSettingsSchema = z.object(elasticsearchSettings)
/** The settings once validated (defaults applied). */
export type ElasticsearchSettings = z.output<typeof elasticsearchSettingsSchema>

export const ROLLUP_WINDOW_MS: Record<ElasticsearchSettings['rollup-window'], number> = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '1h': 3_600_000,
  '1d': 86_400_000,
}

/** The URL without credentials, for messages (a URL may carry `user:password@`). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.toString().replace(/\/$/, '')
  } catch {
    return '(invalid URL)'
  }
}
