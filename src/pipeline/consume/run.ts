import type { KafkaMessage } from 'kafkajs'
import type { Logger } from '../../core/logger.js'
import { safeUrl } from '../../sinks/elasticsearch/config.js'
import { ElasticsearchSink } from '../../sinks/elasticsearch/sink.js'
import { deadLetterTopic } from '../../sinks/kafka/config.js'
import { kafkaError } from '../../sinks/kafka/errors.js'
import { createKafka } from '../../sinks/kafka/open.js'
import { hasFields, topicPattern } from '../../sinks/kafka/template.js'
import { webHdfsClientFor } from '../../sinks/webhdfs/client.js'
import { WebHdfsSink } from '../../sinks/webhdfs/sink.js'
import { KafkaBatchSource } from '../../sources/kafka/consumer.js'
import { DeadLetterQueue } from './dead-letter.js'
import { createBatchProcessor, type ConsumeStats } from './process-batch.js'
import type { PipelineSettings } from './settings.js'
import type { Kafka } from 'kafkajs'

export interface ConsumeOptions {
  settings: PipelineSettings
  logger: Logger
  logLevel?: string
  /** `service.name` for records without one. */
  service?: string
  untilIdle?: boolean
  signal?: AbortSignal
  /** Called after every batch. */
  onBatch?: (stats: ConsumeStats) => void
}

export interface ConsumeSummary extends ConsumeStats {
  topics: string[]
  seconds: number
}

/**
 * `consume`: a consumer group member that writes every batch to Elasticsearch and the HDFS lake and
 * commits its offsets once both confirmed it (at-least-once delivery, made duplicate-free by idempotent
 * writes). Runs until stopped, or with `untilIdle` until the group has committed all there is.
 */
export async function runConsume(options: ConsumeOptions): Promise<ConsumeSummary> {
  const { settings, logger } = options
  const started = Date.now()
  const kafka = createKafka(settings, logger, options.logLevel, 'logward-consume')
  const dlqTopic = deadLetterTopic(settings)
  const topics = await resolveTopics(kafka, settings, dlqTopic, logger)
  const sinks = settings['consume-sinks']
  let elasticsearch: ElasticsearchSink<KafkaMessage> | undefined
  let webhdfs: WebHdfsSink | undefined
  const dlq = new DeadLetterQueue(kafka, dlqTopic)
  try {
    if (sinks.includes('elasticsearch')) elasticsearch = await ElasticsearchSink.open(settings, logger)
    if (sinks.includes('webhdfs')) {
      const client = webHdfsClientFor(settings)
      // Fail at start, with a hint, rather than on the first batch.
      await client.mkdirs(settings['webhdfs-root'])
      webhdfs = new WebHdfsSink(client, {
        root: settings['webhdfs-root'],
        group: settings['kafka-group'],
        logger,
      })
    }
    logger.info(
      `consuming ${topics.join(', ') || '(no topic yet)'} as group ${settings['kafka-group']} → ` +
        [
          elasticsearch ? `Elasticsearch ${safeUrl(settings['elasticsearch-url'])}` : undefined,
          webhdfs ? `HDFS ${settings['webhdfs-root']}` : undefined,
        ]
          .filter(Boolean)
          .join(' and ') +
        `; dead letters to ${dlqTopic}`,
    )
    const processor = createBatchProcessor({
      ...(elasticsearch ? { elasticsearch } : {}),
      ...(webhdfs ? { webhdfs } : {}),
      dlq,
      ...(options.service ? { service: options.service } : {}),
      multipleTopics: hasFields(settings['kafka-topic']),
      logger,
    })
    if (topics.length > 0) {
      const source = new KafkaBatchSource(kafka, {
        groupId: settings['kafka-group'],
        topics,
        concurrency: settings['consume-concurrency'],
        maxBytesPerPartition: settings['consume-batch-bytes'],
        logger,
        onRebalance: () => webhdfs?.reset(),
      })
      await source.run(
        async (batch) => {
          await processor.process(batch)
          options.onBatch?.(processor.stats)
        },
        {
          ...(options.untilIdle ? { untilIdle: true } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
      )
    }
    return { ...processor.stats, topics, seconds: (Date.now() - started) / 1000 }
  } finally {
    await dlq.close()
    await elasticsearch?.close().catch(() => {})
  }
}

/** The topic, created if missing; or every existing topic a template can produce (never the dead letters). */
async function resolveTopics(
  kafka: Kafka,
  settings: PipelineSettings,
  dlqTopic: string,
  logger: Logger,
): Promise<string[]> {
  const admin = kafka.admin()
  try {
    await admin.connect()
    const existing = await admin.listTopics()
    const template = settings['kafka-topic']
    if (hasFields(template)) {
      const pattern = topicPattern(template)
      const topics = existing.filter((t) => pattern.test(t) && t !== dlqTopic).sort()
      if (topics.length === 0) logger.warn(`no topic matches ${template} yet`)
      return topics
    }
    if (!existing.includes(template)) {
      await admin.createTopics({
        topics: [{ topic: template, numPartitions: settings['kafka-partitions'] }],
        waitForLeaders: true,
      })
      logger.info(`created topic ${template} (${settings['kafka-partitions']} partitions)`)
    }
    return [template]
  } catch (err) {
    throw kafkaError('list topics', err)
  } finally {
    await admin.disconnect().catch(() => {})
  }
}
