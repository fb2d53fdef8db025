import type { estypes } from '@elastic/elasticsearch'
import type { LogRecord } from '../../core/record.js'
import { partitionDay } from '../lake/partition.js'

/**
 * The request builder of the Elasticsearch sink: records → bulk actions with a deterministic `_id`
 * (a redelivered record overwrites itself instead of adding a copy), and the classification of each
 * item of a bulk response. Pure: no I/O.
 */
export interface BulkDoc<T = unknown> {
  id: string
  index: string
  /** `index` overwrites (daily indices); data streams accept only `create`. */
  op: 'index' | 'create'
  /** The document, serialised once: its size decides how requests are cut. */
  source: string
  /** What the caller needs back for a dead letter (the Kafka message). */
  ref: T
}

export type IndexMode = 'daily' | 'monthly' | 'data-stream'

export const UNDATED_SUFFIX = 'undated'

/**
 * Where a record goes: `<prefix>-YYYY.MM.DD` (or `-YYYY.MM`) by its `@timestamp` (UTC), `<prefix>-undated` without a
 * usable one. The index must follow from the record alone: were it the day it arrived, a record shipped
 * twice on two days would land in two indices, and `_id` de-duplicates only within one. Data streams
 * take dated records only (they route by `@timestamp` themselves), so undated ones go to the index.
 */
export function indexFor(
  record: LogRecord,
  prefix: string,
  mode: IndexMode,
): { index: string; op: BulkDoc['op'] } {
  const day = partitionDay(record, '')
  if (day === '') return { index: `${prefix}-${UNDATED_SUFFIX}`, op: 'index' }
  if (mode === 'data-stream') return { index: prefix, op: 'create' }
  const period = mode === 'monthly' ? day.slice(0, 7) : day
  return { index: `${prefix}-${period.replace(/-/g, '.')}`, op: 'index' }
}

export function toBulkDoc<T>(
  record: LogRecord,
  id: string,
  prefix: string,
  mode: IndexMode,
  ref: T,
): BulkDoc<T> {
  const { index, op } = indexFor(record, prefix, mode)
  return { id, index, op, source: JSON.stringify(record), ref }
}

/** Docs cut into requests of at most `maxBytes` (a document larger than that goes alone). */
export function chunkDocs<T>(docs: readonly BulkDoc<T>[], maxBytes: number): BulkDoc<T>[][] {
  const chunks: BulkDoc<T>[][] = []
  let current: BulkDoc<T>[] = []
  let bytes = 0
  for (const doc of docs) {
    // Action line (~80 bytes) + source + two newlines; `length` counts UTF-16 units, close enough here.
    const size = doc.source.length + doc.index.length + doc.id.length + 48
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(doc)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** NDJSON lines of a bulk request (the client sends strings as they are). */
export function bulkLines(docs: readonly BulkDoc[]): string[] {
  const lines: string[] = []
  for (const doc of docs) {
    lines.push(JSON.stringify({ [doc.op]: { _index: doc.index, _id: doc.id } }))
    lines.push(doc.source)
  }
  return lines
}

export type ItemOutcome =
  { kind: 'ok' } | { kind: 'retry'; reason: string } | { kind: 'dead'; status: number; reason: string }

/** Error types that say "not now", not "never" (even inside an HTTP 200 bulk answer). */
const RETRIABLE_TYPES = new Set([
  'es_rejected_execution_exception',
  'circuit_breaking_exception',
  'unavailable_shards_exception',
  'cluster_block_exception',
  'node_not_connected_exception',
  'no_shard_available_action_exception',
  'primary_missing_action_exception',
  'process_cluster_event_timeout_exception',
])

/**
 * One item of a bulk response: done, worth retrying (429, 5xx, rejected execution, shards not ready),
 * or dead (the document itself is refused: a mapping conflict, a malformed value). A 409 on `create` means
 * the document is already there (a data stream de-duplicating a redelivery): done.
 */
export function classifyItem(
  item: Partial<Record<estypes.BulkOperationType, estypes.BulkResponseItem>>,
): ItemOutcome {
  const result = item.index ?? item.create ?? item.update ?? item.delete
  if (!result) return { kind: 'dead', status: 0, reason: 'empty bulk item' }
  const status = result.status
  if (status >= 200 && status < 300) return { kind: 'ok' }
  if (status === 409 && item.create) return { kind: 'ok' }
  const error = result.error
  const type = error?.type ?? 'unknown'
  const reason = `${type}: ${error?.reason ?? `HTTP ${status}`}${error?.caused_by?.reason ? ` (${error.caused_by.reason})` : ''}`
  if (status === 429 || status >= 500 || RETRIABLE_TYPES.has(type)) return { kind: 'retry', reason }
  return { kind: 'dead', status, reason }
}
