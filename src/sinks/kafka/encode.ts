import type { LogRecord } from '../../core/record.js'
import type { RecordTemplate } from './template.js'

/**
 * The request builder of the Kafka sink: a record becomes one message (JSON value, templated key and
 * topic), or, when it is larger than the broker accepts, several (see `splitRecord`). Pure: no I/O.
 */
export interface EncodedMessage {
  topic: string
  key: string
  value: Buffer
  headers: Record<string, string>
  /** Bytes this message takes in a request (value + key + headers): what batching and limits count. */
  size: number
}

/** Header naming the value's layout, so a later logward can read old messages. */
export const SCHEMA_HEADER = 'logward-schema'
export const SCHEMA_VERSION = '1'
/** Label a split record's pieces carry: `i/n`. */
export const PART_LABEL = 'logward_part'

/**
 * Room a one-message record batch needs beside key, value and headers: the batch header (61 bytes), the
 * record's varints and attributes, and slack for header encodings. Kept generous: a few hundred bytes of
 * a megabyte cost nothing, a rejected batch costs a retry.
 */
export const MESSAGE_OVERHEAD = 512
/** A record's own framing inside a batch (length, attributes, deltas, key/value/header lengths). */
export const RECORD_OVERHEAD = 16

export interface EncoderOptions {
  topic: RecordTemplate
  key: RecordTemplate
  /** Largest message the broker accepts (`max.message.bytes`). */
  maxMessageBytes: number
  /** Extra headers for one record (backfill marks where its records came from). */
  headers?: (record: LogRecord) => Record<string, string> | undefined
}

export type EncodeResult =
  { kind: 'ok'; messages: EncodedMessage[]; split: boolean } | { kind: 'too-large'; size: number }

export class RecordEncoder {
  constructor(private readonly options: EncoderOptions) {}

  /** One record as messages: one when it fits, else its pieces (`split`), or `too-large` when even a piece cannot fit. */
  encode(record: LogRecord, allowSplit: boolean): EncodeResult {
    const topic = this.options.topic(record)
    const key = this.options.key(record)
    const extra = this.options.headers?.(record)
    const headers = extra
      ? { [SCHEMA_HEADER]: SCHEMA_VERSION, ...extra }
      : { [SCHEMA_HEADER]: SCHEMA_VERSION }
    const fixed = Buffer.byteLength(key) + headerBytes(headers) + MESSAGE_OVERHEAD
    const value = Buffer.from(JSON.stringify(record))
    if (value.length + fixed <= this.options.maxMessageBytes)
      return {
        kind: 'ok',
        split: false,
        messages: [
          { topic, key, value, headers, size: value.length + fixed - MESSAGE_OVERHEAD + RECORD_OVERHEAD },
        ],
      }
    if (!allowSplit) return { kind: 'too-large', size: value.length + fixed }
    const pieces = splitRecord(record, this.options.maxMessageBytes - fixed)
    if (!pieces) return { kind: 'too-large', size: value.length + fixed }
    return {
      kind: 'ok',
      split: true,
      messages: pieces.map((v) => ({
        topic,
        key,
        value: v,
        headers,
        size: v.length + fixed - MESSAGE_OVERHEAD + RECORD_OVERHEAD,
      })),
    }
  }
}

/**
 * A record too large for one message, as values of at most `budget` bytes: its text (message, then
 * stack trace) is cut into consecutive pieces, each sent as a record of its own that keeps every other
 * field, is marked `logward.truncated` and labelled `logward_part: i/n`. Nothing is lost, and the pieces
 * of one record share its key, so they stay in order on one partition. Undefined when the record without
 * its text does not fit (huge labels): that is reported, never sent in part.
 */
export function splitRecord(record: LogRecord, budget: number): Buffer[] | undefined {
  const stack = record.error?.stack_trace
  const text = stack ? `${record.message}\n${stack}` : record.message
  const base: LogRecord = { ...record, message: '', logward: { ...record.logward, truncated: true } }
  if (stack) {
    const { stack_trace: _dropped, ...rest } = record.error!
    if (Object.keys(rest).length > 0) base.error = rest
    else delete base.error
  }
  const labelRoom = `,"labels":{"${PART_LABEL}":"99999/99999"}`.length
  const empty = Buffer.byteLength(JSON.stringify(base)) + labelRoom
  if (empty >= budget) return undefined
  const pieces: string[] = []
  let at = 0
  while (at < text.length) {
    // Start from the byte budget read as characters (exact for ASCII), and halve while the escaped
    // JSON of the piece does not fit: quotes, backslashes and control characters grow when escaped.
    let take = Math.max(1, budget - empty)
    for (;;) {
      let end = Math.min(text.length, at + take)
      // Never cut a surrogate pair in two.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
      const piece = text.slice(at, end)
      if (empty + Buffer.byteLength(JSON.stringify(piece)) <= budget || take === 1) {
        pieces.push(piece)
        at = end
        break
      }
      take = Math.max(1, Math.floor(take / 2))
    }
  }
  const n = pieces.length
  return pieces.map((piece, i) =>
    Buffer.from(
      JSON.stringify({
        ...base,
        message: piece,
        labels: { ...record.labels, [PART_LABEL]: `${i + 1}/${n}` },
      }),
    ),
  )
}

function headerBytes(headers: Record<string, string>): number {
  let n = 0
  for (const [k, v] of Object.entries(headers)) n += Buffer.byteLength(k) + Buffer.byteLength(v) + 4
  return n
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
