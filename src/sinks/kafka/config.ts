import { readFileSync } from 'node:fs'
import type { KafkaConfig, SASLOptions } from 'kafkajs'
import { z } from 'zod'
import { ConfigError } from '../../core/errors.js'

/**
 * Kafka settings, in the shape of `configSchema` (src/config/schema.ts) so they can be spread into it: the
 * same kebab-case names work in logward.yml, as flags and (for connection settings and secrets) from the
 * environment variables in KAFKA_ENV_VARS.
 */
export const kafkaSettings = {
  'kafka-brokers': z
    .array(z.string().min(1))
    .default(['localhost:9092'])
    .describe('Kafka bootstrap brokers, `host:port` (repeat the flag, or comma-separate).'),
  'kafka-topic': z
    .string()
    .min(1)
    .default('logward-logs')
    .describe(
      'Topic records are shipped to and consumed from. May name fields: `{service}`, `{host}`, `{dataset}`, `{environment}` (e.g. `logs-{service}`); `consume` then subscribes to every topic the template can produce.',
    ),
  'kafka-key': z
    .string()
    .default('{service}/{host}')
    .describe(
      'Message key template (same fields as `kafka-topic`, plus `{path}`). Records with one key go to one partition, in order; `{service}/{host}` keeps each source ordered.',
    ),
  'kafka-compression': z
    .enum(['gzip', 'none'])
    .default('gzip')
    .describe('Compression of produced record batches.'),
  'kafka-batch-bytes': z
    .number()
    .int()
    .min(16 * 1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024)
    .describe(
      'Uncompressed bytes per produce request. One request is in flight while the next fills, so `ship` holds at most about twice this in memory.',
    ),
  'kafka-max-message-bytes': z
    .number()
    .int()
    .min(1024)
    .optional()
    .describe(
      "Largest message the broker accepts. Default: the topic's `max.message.bytes` as the broker reports it (1,000,000 if it cannot be read).",
    ),
  'kafka-oversize': z
    .enum(['split', 'error'])
    .default('split')
    .describe(
      'A record larger than `kafka-max-message-bytes`: `split` sends its message in pieces (each marked `logward.truncated`, labelled `logward_part` = `i/n`); `error` reports it (file:line) and exits 1. Never dropped silently.',
    ),
  'kafka-partitions': z
    .number()
    .int()
    .min(1)
    .default(3)
    .describe(
      'Partitions of a topic `ship` creates when it does not exist (consumers in a group ≤ partitions).',
    ),
  'kafka-group': z
    .string()
    .min(1)
    .default('logward')
    .describe('Consumer group of `consume`: consumers with one group share the partitions.'),
  'kafka-dlq-topic': z
    .string()
    .min(1)
    .optional()
    .describe(
      'Dead-letter topic for records Elasticsearch refuses and messages that are not records. Default: the topic (without `{…}` fields) + `-dlq`, e.g. `logward-logs-dlq`.',
    ),
  'kafka-sasl-mechanism': z
    .enum(['none', 'plain', 'scram-sha-256', 'scram-sha-512'])
    .default('none')
    .describe('SASL authentication; use with `kafka-tls` (SASL/PLAIN sends the password as is).'),
  'kafka-sasl-username': z.string().optional().describe('SASL user name.'),
  'kafka-sasl-password': z.string().optional().describe('SASL password (prefer the environment variable).'),
  'kafka-tls': z.boolean().default(false).describe('Connect to the brokers over TLS.'),
  'kafka-tls-ca': z
    .string()
    .optional()
    .describe('PEM file of the CA that signed the brokers\u2019 certificates (default: the system CAs).'),
}

export const KAFKA_ENV_VARS = {
  'kafka-brokers': 'LOGWARD_KAFKA_BROKERS',
  'kafka-topic': 'LOGWARD_KAFKA_TOPIC',
  'kafka-group': 'LOGWARD_KAFKA_GROUP',
  'kafka-sasl-mechanism': 'LOGWARD_KAFKA_SASL_MECHANISM',
  'kafka-sasl-username': 'LOGWARD_KAFKA_SASL_USERNAME',
  'kafka-sasl-password': 'LOGWARD_KAFKA_SASL_PASSWORD',
  'kafka-tls-ca': 'LOGWARD_KAFKA_TLS_CA',
} as const

/** The settings once validated (defaults applied). */
export const kafkaSettingsSchema = z.object(kafkaSettings)
export type KafkaSettings = z.output<typeof kafkaSettingsSchema>

/** The broker list: flags and the environment may give `a:9092,b:9092` in one value. */
export function brokerList(settings: Pick<KafkaSettings, 'kafka-brokers'>): string[] {
  const brokers = settings['kafka-brokers']
    .flatMap((b) => b.split(','))
    .map((b) => b.trim())
    .filter((b) => b !== '')
  for (const broker of brokers) {
    if (!/^[^\s:/]+:\d{1,5}$/.test(broker) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(broker))
      throw new ConfigError(`kafka-brokers: "${broker}" is not host:port`, {
        hint: 'give brokers as host:port, e.g. kafka-1:9092',
      })
  }
  if (brokers.length === 0) throw new ConfigError('kafka-brokers: no broker given')
  return brokers
}

/**
 * kafkajs client options from the settings: brokers, TLS and SASL are passed through as kafkajs takes
 * them. The password only ever lives in this object, never in a message.
 */
export function kafkaClientConfig(settings: KafkaSettings, clientId = 'logward'): KafkaConfig {
  const config: KafkaConfig = { clientId, brokers: brokerList(settings) }
  if (settings['kafka-tls'] || settings['kafka-tls-ca']) {
    const ca = settings['kafka-tls-ca']
    config.ssl = ca ? { ca: [readPem(ca, 'kafka-tls-ca')] } : true
  }
  const mechanism = settings['kafka-sasl-mechanism']
  if (mechanism !== 'none') {
    const username = settings['kafka-sasl-username']
    const password = settings['kafka-sasl-password']
    if (!username || password === undefined)
      throw new ConfigError(`kafka-sasl-mechanism ${mechanism} needs kafka-sasl-username and a password`, {
        hint: 'set LOGWARD_KAFKA_SASL_USERNAME and LOGWARD_KAFKA_SASL_PASSWORD',
      })
    config.sasl = { mechanism, username, password } as SASLOptions
  }
  return config
}

/** The dead-letter topic: the setting, else the topic template without its `{field}` parts, + `-dlq`. */
export function deadLetterTopic(settings: Pick<KafkaSettings, 'kafka-topic' | 'kafka-dlq-topic'>): string {
  const explicit = settings['kafka-dlq-topic']
  if (explicit) return explicit
  const base = settings['kafka-topic']
    .replace(/\{[^}]*\}/g, '')
    .replace(/[-._]+$/, '')
    .replace(/^[-._]+/, '')
  return `${base || 'logward'}-dlq`
}

export function readPem(path: string, setting: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (err) {
    throw new ConfigError(
      `${setting}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      {
        cause: err,
        hint: 'give the path of a PEM file',
      },
    )
  }
}
