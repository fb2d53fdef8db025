import type { KafkaMessage } from 'kafkajs'
import { recordId } from '../../core/record-id.js'
import type { LogRecord } from '../../core/record.js'

/** Headers logward sets on messages besides the record (see src/sinks/kafka/encode.ts). */
export const ID_HEADER = 'logward-id'
export const SOURCE_HEADER = 'logward-source'
/** `logward-source: hdfs`: a backfill from the HDFS lake; it is not written to the lake again. */
export const SOURCE_HDFS = 'hdfs'

export interface DecodedRecord {
  record: LogRecord
  /** Elasticsearch `_id`: the id header (a backfill keeps the id the record was first indexed with), else recordId. */
  id: string
  /** The UTC day of the Kafka message: where the lake files a record without a usable timestamp. */
  ingestDay: string
  /** The record came from the HDFS lake (backfill): Elasticsearch only. */
  fromLake: boolean
  message: KafkaMessage
}

export type Decoded =
  { ok: true; value: DecodedRecord } | { ok: false; reason: string; message: KafkaMessage }

/**
 * A Kafka message back into a record. A message that is not a record (not JSON, or without `message` and
 * `log.file`) is a poison message: reported with the reason, for the dead-letter topic, never retried.
 */
export function decodeMessage(message: KafkaMessage, options: { service?: string } = {}): Decoded {
  if (!message.value) return { ok: false, reason: 'empty message (tombstone)', message }
  let value: unknown
  try {
    value = JSON.parse(message.value.toString('utf8'))
  } catch {
    return { ok: false, reason: 'not JSON', message }
  }
  const problem = notARecord(value)
  if (problem) return { ok: false, reason: `not a logward record: ${problem}`, message }
  const record = value as LogRecord
  if (options.service && !record.service?.name) record.service = { ...record.service, name: options.service }
  const idHeader = header(message, ID_HEADER)
  const ms = Number(message.timestamp)
  const ingestDay = new Date(Number.isFinite(ms) && ms > 0 ? ms : Date.now()).toISOString().slice(0, 10)
  return {
    ok: true,
    value: {
      record,
      id: idHeader && /^[A-Za-z0-9_-]{1,512}$/.test(idHeader) ? idHeader : recordId(record),
      ingestDay,
      fromLake: header(message, SOURCE_HEADER) === SOURCE_HDFS,
      message,
    },
  }
}

export function header(message: KafkaMessage, name: string): string | undefined {
  const v = message.headers?.[name]
  const one = Array.isArray(v) ? v[0] : v
  return one === undefined ? undefined : one.toString()
}

function notARecord(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object'
  const v = value as Partial<LogRecord>
  if (typeof v.message !== 'string') return 'no `message` string'
  if (typeof v.log !== 'object' || v.log === null) return 'no `log` object'
  if (typeof v.log.file?.path !== 'string' || typeof v.log.file.line !== 'number')
    return 'no `log.file.path` and `log.file.line`'
  if (typeof v.logward !== 'object' || v.logward === null) return 'no `logward` object'
  return undefined
}
