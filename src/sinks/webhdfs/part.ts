import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { LogRecord } from '../../core/record.js'
import { partitionOf, partitionPath } from '../lake/partition.js'

const gzipAsync = promisify(gzip)

/**
 * The request builder of the HDFS lake: which part file a batch's records go to, and its bytes. Same
 * layout and escaping as the local lake (src/sinks/lake/partition.ts): `raw/dt=…/service=…/`. A part is
 * named after the Kafka offsets it holds, `part-<partition>-<first>-<last>.ndjson.gz` (with the topic in
 * front when several topics are consumed), so the same batch always makes the same file name.
 */
export interface LakeItem {
  record: LogRecord
  /** The day a record without a usable `@timestamp` is filed under: its Kafka message's day. */
  ingestDay: string
}

export interface PartSpec {
  /** `<root>/raw/dt=…/service=…` */
  dir: string
  name: string
  records: LogRecord[]
}

export interface BatchOrigin {
  topic: string
  partition: number
  firstOffset: string
  lastOffset: string
  /** Put the topic in file names (several topics feed one lake). */
  withTopic: boolean
}

export function partName(origin: BatchOrigin): string {
  const topic = origin.withTopic ? `${origin.topic}-` : ''
  return `part-${topic}${origin.partition}-${origin.firstOffset}-${origin.lastOffset}.ndjson.gz`
}

/** The batch's records grouped by partition directory, in batch order within each. */
export function planParts(root: string, items: readonly LakeItem[], origin: BatchOrigin): PartSpec[] {
  const byDir = new Map<string, LogRecord[]>()
  for (const { record, ingestDay } of items) {
    const dir = `${root.replace(/\/+$/, '')}/${partitionPath(partitionOf(record, ingestDay))}`
    let list = byDir.get(dir)
    if (!list) byDir.set(dir, (list = []))
    list.push(record)
  }
  const name = partName(origin)
  return [...byDir].map(([dir, records]) => ({ dir, name, records }))
}

/** NDJSON, gzip-compressed (level 6, as the local lake). Runs on the libuv pool, off the event loop. */
export async function partBody(records: readonly LogRecord[]): Promise<Buffer> {
  let text = ''
  for (const r of records) text += JSON.stringify(r) + '\n'
  return gzipAsync(Buffer.from(text), { level: 6 })
}
