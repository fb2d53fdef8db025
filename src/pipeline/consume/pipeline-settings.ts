import { z } from 'zod'
import { ELASTICSEARCH_ENV_VARS, elasticsearchSettings } from '../../sinks/elasticsearch/config.js'
import { KAFKA_ENV_VARS, kafkaSettings } from '../../sinks/kafka/config.js'
import { WEBHDFS_ENV_VARS, webhdfsSettings } from '../../sinks/webhdfs/config.js'

// The pipeline's settings as plain zod fields, with no import of src/config: the config schema spreads
// them, so importing the config here would be a cycle.

/** Settings of `consume` itself (the sinks have theirs in their own config.ts). */
export const consumeSettings = {
  'consume-sinks': z
    .array(z.enum(['elasticsearch', 'webhdfs']))
    .min(1)
    .default(['elasticsearch', 'webhdfs'])
    .describe('Where `consume` writes each batch; offsets are committed once all of them confirmed it.'),
  'consume-concurrency': z
    .number()
    .int()
    .min(1)
    .max(64)
    .default(3)
    .describe(
      'Partitions one `consume` process works on at once (default: all three of a topic `ship` creates).',
    ),
  'consume-batch-bytes': z
    .number()
    .int()
    .min(64 * 1024)
    .default(4 * 1024 * 1024)
    .describe(
      'Bytes fetched per partition at once (as stored, compressed): one fetch is one batch, one HDFS part per partition directory.',
    ),
}

/**
 * Everything the distributed pipeline reads, in the shape of `configSchema`. Until these are spread
 * into src/config/schema.ts (and PIPELINE_ENV_VARS into its ENV_VARS), `pipelineContext` reads them
 * from flags and the environment itself; once they are there, from the loaded config (file included).
 */
export const PIPELINE_SETTINGS = {
  ...kafkaSettings,
  ...elasticsearchSettings,
  ...webhdfsSettings,
  ...consumeSettings,
}

export const PIPELINE_ENV_VARS: Readonly<Partial<Record<PipelineKey, string>>> = {
  ...KAFKA_ENV_VARS,
  ...ELASTICSEARCH_ENV_VARS,
  ...WEBHDFS_ENV_VARS,
}

export const pipelineSchema = z.object(PIPELINE_SETTINGS)
export type PipelineSettings = Readonly<z.output<typeof pipelineSchema>>
export type PipelineKey = keyof typeof PIPELINE_SETTINGS
export const PIPELINE_KEYS = Object.keys(PIPELINE_SETTINGS) as PipelineKey[]

export const KAFKA_KEYS = Object.keys(kafkaSettings) as PipelineKey[]
export const ELASTICSEARCH_KEYS = Object.keys(elasticsearchSettings) as PipelineKey[]
export const WEBHDFS_KEYS = Object.keys(webhdfsSettings) as PipelineKey[]
export const CONSUME_KEYS = Object.keys(consumeSettings) as PipelineKey[]
