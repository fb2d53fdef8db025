import type { Logger } from '../../core/logger.js'
import type { ElasticsearchSink } from '../../sinks/elasticsearch/sink.js'
import type { BatchOrigin } from '../../sinks/webhdfs/part.js'
import type { WebHdfsSink } from '../../sinks/webhdfs/sink.js'
import type { KafkaBatch } from '../../sources/kafka/consumer.js'
import { decodeMessage, type DecodedRecord } from '../../sources/kafka/decode.js'
import type { KafkaMessage } from 'kafkajs'
import type { DeadLetter, DeadLetterQueue } from './dead-letter.js'

export interface ConsumeStats {
  batches: number
  messages: number
  indexed: number
  /** Records written to HDFS parts. */
  lakeRecords: number
  lakeFiles: number
  deadLetters: number
}

export interface BatchProcessorOptions {
  elasticsearch?: ElasticsearchSink<KafkaMessage>
  webhdfs?: WebHdfsSink
  dlq: DeadLetterQueue
  /** `service.name` for records without one. */
  service?: string
  /** Topic names go into part names (several topics feed one lake). */
  multipleTopics: boolean
  logger: Logger
}

/**
 * One Kafka batch through the sinks: decode, then Elasticsearch (bulk + rollups) and HDFS (one part per
 * partition directory) at once, then the dead letters (messages that are not records, records
 * Elasticsearch refused for good). Resolves only when all of that is confirmed; the caller then commits
 * the batch's offsets. Throws otherwise, and the batch comes again: every step is idempotent (`_id`,
 * rollup ids, part names with the intent), so a repeat adds nothing.
 */
export function createBatchProcessor(options: BatchProcessorOptions): {
  process: (batch: KafkaBatch) => Promise<void>
  stats: ConsumeStats
} {
  const stats: ConsumeStats = {
    batches: 0,
    messages: 0,
    indexed: 0,
    lakeRecords: 0,
    lakeFiles: 0,
    deadLetters: 0,
  }
  const process = async (batch: KafkaBatch): Promise<void> => {
    const decoded: DecodedRecord[] = []
    const dead: DeadLetter[] = []
    for (const message of batch.messages) {
      const d = decodeMessage(message, options.service ? { service: options.service } : {})
      if (d.ok) decoded.push(d.value)
      else
        dead.push({
          message,
          topic: batch.topic,
          partition: batch.partition,
          stage: 'decode',
          reason: d.reason,
        })
    }
    const origin: BatchOrigin = {
      topic: batch.topic,
      partition: batch.partition,
      firstOffset: batch.firstOffset,
      lastOffset: batch.lastOffset,
      withTopic: options.multipleTopics,
    }
    // A long batch must not cost the group membership: kafkajs throttles heartbeats itself.
    const beat = setInterval(() => void batch.heartbeat().catch(() => {}), 3000)
    const where = `${batch.topic}/${batch.partition} offsets ${batch.firstOffset}-${batch.lastOffset}`
    try {
      const lakeItems = decoded.filter((d) => !d.fromLake)
      const started = Date.now()
      const timed = async <T>(what: string, work: Promise<T>): Promise<T> => {
        const value = await work
        options.logger.debug(`${where}: ${what} done in ${Date.now() - started} ms`)
        return value
      }
      const [es, files] = await Promise.all([
        options.elasticsearch
          ? timed(
              'elasticsearch',
              options.elasticsearch.writeBatch(
                decoded.map((d) => ({ record: d.record, id: d.id, ref: d.message })),
              ),
            )
          : undefined,
        options.webhdfs && !batch.isStale()
          ? lakeItems.length > 0
            ? timed('webhdfs', options.webhdfs.writeBatch(lakeItems, origin))
            : Promise.resolve((options.webhdfs.skip(origin), [] as string[]))
          : undefined,
      ])
      if (es) {
        stats.indexed += es.indexed
        for (const d of es.dead)
          dead.push({
            message: d.doc.ref,
            topic: batch.topic,
            partition: batch.partition,
            stage: 'elasticsearch',
            status: d.status,
            reason: d.reason,
          })
      }
      if (files) {
        stats.lakeFiles += files.length
        stats.lakeRecords += lakeItems.length
      }
      if (dead.length > 0) {
        await options.dlq.send(dead)
        stats.deadLetters += dead.length
        const kinds = [...new Set(dead.map((d) => d.reason.split(':')[0]))].join(', ')
        options.logger.warn(
          `${batch.topic}/${batch.partition} offsets ${batch.firstOffset}-${batch.lastOffset}: ${dead.length} message(s) to ${options.dlq.topic} (${kinds})`,
        )
      }
    } finally {
      clearInterval(beat)
    }
    stats.batches++
    stats.messages += batch.messages.length
  }
  return { process, stats }
}
