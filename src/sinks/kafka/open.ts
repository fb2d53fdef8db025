import { Kafka, type RetryOptions } from 'kafkajs'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import { kafkaClientConfig, type KafkaSettings } from './config.js'
import { RecordEncoder } from './encode.js'
import { kafkaLogCreator, kafkaLogLevel } from './log-bridge.js'
import { FALLBACK_MAX_MESSAGE_BYTES, KafkaProducerService } from './service.js'
import { KafkaSink } from './sink.js'
import { compileKeyTemplate, compileTopicTemplate, hasFields } from './template.js'

export interface OpenKafkaSinkOptions {
  logger: Logger
  logLevel?: string
  /** Extra headers per record (backfill). */
  headers?: (record: LogRecord) => Record<string, string> | undefined
  onOversize?: (record: LogRecord, size: number, limit: number) => void
}

/** A kafkajs client from the settings, logging through ours. */
export function createKafka(
  settings: KafkaSettings,
  logger: Logger,
  level = 'info',
  clientId = 'logward',
  retry?: RetryOptions,
): Kafka {
  return new Kafka({
    ...kafkaClientConfig(settings, clientId),
    logLevel: kafkaLogLevel(level),
    logCreator: kafkaLogCreator(logger),
    ...(retry ? { retry } : {}),
  })
}

/**
 * Reconnection budget of the producer's client. The idempotent producer retries a send without limit,
 * but each retry first reconnects the cluster with the client's retry settings (kafkajs default: 5
 * attempts, about 10 s), and once those run out the send fails. A broker restart takes longer than that
 * (15 s for the test broker: log recovery after a crash), so the producer's client gets about two
 * minutes; the admin client keeps the default, so a wrong address still fails `ship` in seconds. Retried
 * sends are de-duplicated by the broker (same producer id and sequence numbers), and kafkajs resends
 * only to the brokers that did not answer, so riding out an outage writes nothing twice.
 */
export const PRODUCER_RECONNECT: RetryOptions = { initialRetryTime: 300, retries: 10, maxRetryTime: 30_000 }

/**
 * Wire the Kafka sink: connect the idempotent producer, create the topic when it is fixed and missing,
 * and learn the broker's message size limit (the setting wins).
 */
export async function openKafkaSink(
  settings: KafkaSettings,
  options: OpenKafkaSinkOptions,
): Promise<KafkaSink> {
  const { logger } = options
  const topicTemplate = settings['kafka-topic']
  const topic = compileTopicTemplate(topicTemplate)
  const key = compileKeyTemplate(settings['kafka-key'])
  const kafka = createKafka(settings, logger, options.logLevel)
  const producerKafka = createKafka(settings, logger, options.logLevel, 'logward', PRODUCER_RECONNECT)
  const service = new KafkaProducerService(kafka, {
    producerKafka,
    compression: settings['kafka-compression'],
    partitions: settings['kafka-partitions'],
    logger,
  })
  await service.connect()
  try {
    let maxMessageBytes = settings['kafka-max-message-bytes'] ?? FALLBACK_MAX_MESSAGE_BYTES
    if (!hasFields(topicTemplate)) {
      await service.ensureTopic(topicTemplate)
      if (settings['kafka-max-message-bytes'] === undefined)
        maxMessageBytes = await service.maxMessageBytes(topicTemplate)
    }
    const encoder = new RecordEncoder({
      topic,
      key,
      maxMessageBytes,
      ...(options.headers ? { headers: options.headers } : {}),
    })
    return new KafkaSink({
      service,
      encoder,
      batchBytes: settings['kafka-batch-bytes'],
      maxMessageBytes,
      oversize: settings['kafka-oversize'],
      logger,
      ...(options.onOversize ? { onOversize: options.onOversize } : {}),
    })
  } catch (err) {
    await service.disconnect()
    throw err
  }
}
