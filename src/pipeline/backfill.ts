import { miningText } from '../analysis/mining-text.js'
import type { Logger } from '../core/logger.js'
import { recordId } from '../core/record-id.js'
import type { LogRecord } from '../core/record.js'
import { listLakeFiles, readPart } from '../sinks/lake/reader.js'
import type { KafkaSink } from '../sinks/kafka/sink.js'
import type { WebHdfsClient } from '../sinks/webhdfs/client.js'
import { listHdfsParts, readHdfsPart } from '../sinks/webhdfs/reader.js'
import { ID_HEADER, SOURCE_HDFS, SOURCE_HEADER } from '../sources/kafka/decode.js'
import { TemplateMiner } from '../transforms/mine/index.js'
import { createParser, detectFormat } from '../transforms/parse/index.js'
import { RecordSpool } from './spool.js'

/** Where backfilled records come from. */
export type BackfillSource =
  { kind: 'hdfs'; client: WebHdfsClient; root: string } | { kind: 'lake'; dir: string }

export interface BackfillOptions {
  source: BackfillSource
  /** First and last day (`YYYY-MM-DD`, inclusive), and the services, to backfill. */
  fromDay?: string
  toDay?: string
  services?: readonly string[]
  timezone?: string
  logger: Logger
  onProgress?: (phase: 'read' | 'send', done: number) => void
}

export interface BackfillSummary {
  parts: number
  records: number
  /** Records the current parser read differently (they were plain text when shipped). */
  reparsed: number
  templates: number
  seconds: number
}

/** Plain records looked at per part to recognise a format the parser now knows. */
const SAMPLE = 100

/**
 * Backfill: records from the HDFS lake (or a local lake) parsed and labelled again with today's parser and
 * miner, streamed through Kafka so the running consumers index them. Each keeps the `_id` it was first
 * indexed with (the `logward-id` header), so Elasticsearch overwrites it rather than adding a copy; records
 * read from HDFS are marked (`logward-source: hdfs`) so the consumers do not write them to the lake again.
 *
 * Two passes, as `analyze` mines: pass 1 reads and re-parses every part and mines every message, spooling
 * the records to a temporary file; pass 2 labels each with the final template and sends it. Memory holds
 * the miner (bounded) and one part's format sample, whatever the volume.
 */
export async function backfill(
  options: BackfillOptions,
  openSink: (headers: (record: LogRecord) => Record<string, string>) => Promise<KafkaSink>,
): Promise<BackfillSummary> {
  const started = Date.now()
  const miner = new TemplateMiner()
  const spool = new RecordSpool()
  const fromHdfs = options.source.kind === 'hdfs'
  const ids = new WeakMap<LogRecord, string>()
  let sink: KafkaSink | undefined
  let parts = 0
  let records = 0
  let reparsed = 0
  try {
    for await (const part of readParts(options)) {
      parts++
      const out: LogRecord[] = []
      for await (const record of reparsePart(part, options.timezone, () => reparsed++)) {
        miner.add(miningText(record.value))
        out.push(tagged(record.value, record.id))
        if (out.length >= 1000) await spool.append(out.splice(0))
      }
      await spool.append(out)
      records = spool.count
      options.onProgress?.('read', records)
    }
    sink = await openSink((record) => ({
      [ID_HEADER]: ids.get(record) ?? recordId(record),
      ...(fromHdfs ? { [SOURCE_HEADER]: SOURCE_HDFS } : {}),
    }))
    let sent = 0
    for await (const batch of spool.read()) {
      for (const stored of batch) {
        const record = untag(stored, ids)
        const found = miner.match(miningText(record)) ?? miner.add(miningText(record))
        record.logward.template_id = found.templateId
        record.logward.template = found.template
      }
      await sink.write(batch)
      sent += batch.length
      options.onProgress?.('send', sent)
    }
    await sink.close()
    sink = undefined
    return { parts, records, reparsed, templates: miner.size, seconds: (Date.now() - started) / 1000 }
  } finally {
    await sink?.close().catch(() => {})
    spool.dispose()
  }
}

interface PartRecords {
  path: string
  records: AsyncIterable<LogRecord>
}

async function* readParts(options: BackfillOptions): AsyncGenerator<PartRecords> {
  const { source } = options
  if (source.kind === 'hdfs') {
    const parts = await listHdfsParts(source.client, source.root, {
      ...(options.fromDay ? { fromDay: options.fromDay } : {}),
      ...(options.toDay ? { toDay: options.toDay } : {}),
      ...(options.services ? { services: options.services } : {}),
    })
    options.logger.info(`backfill: ${parts.length} part(s) in HDFS ${source.root}`)
    for (const part of parts) yield { path: part.path, records: readHdfsPart(source.client, part.path) }
    return
  }
  // The local lake reader filters by time; its `to` is exclusive, ours is the last day kept.
  const files = await listLakeFiles(source.dir, {
    ...(options.fromDay ? { from: options.fromDay } : {}),
    ...(options.toDay ? { to: nextDay(options.toDay) } : {}),
    ...(options.services ? { services: options.services } : {}),
  })
  options.logger.info(`backfill: ${files.length} part(s) in the lake ${source.dir}`)
  for (const file of files) yield { path: file.path, records: readPart(file.path) }
}

/**
 * One part's records, parsed again where the current parser can do better: records stored as `plain` (no
 * format was recognised when they were shipped) are tried against the formats known now, on a sample of
 * the part's plain messages. A record of a recognised format keeps its fields: its message no longer
 * holds the header to parse again. Each comes with the id it was indexed under, taken before any change.
 */
async function* reparsePart(
  part: PartRecords,
  timezone: string | undefined,
  onReparsed: () => void,
): AsyncGenerator<{ value: LogRecord; id: string }> {
  const held: { value: LogRecord; id: string }[] = []
  let parse: ((record: LogRecord) => LogRecord | undefined) | undefined
  const decide = (): void => {
    const sample = held.filter((h) => h.value.logward.format === 'plain').map((h) => miningText(h.value))
    const format = detectFormat(sample)
    if (format.name === 'plain') {
      parse = () => undefined
      return
    }
    const parser = createParser(format, timezone ? { timezone } : {})
    parse = (record) => {
      const fields = parser.parse({
        text: record.message,
        line: record.log.file.line,
        lines: record.logward.lines ?? 1,
        truncated: record.logward.truncated === true,
      })
      if (fields.logward.format === 'plain') return undefined
      const { logward: parsedMeta, log: parsedLog, ...rest } = fields
      return {
        ...record,
        ...rest,
        log: { ...record.log, ...parsedLog, file: record.log.file },
        logward: { ...record.logward, format: parsedMeta.format },
      } as LogRecord
    }
  }
  const emit = function* (item: {
    value: LogRecord
    id: string
  }): Generator<{ value: LogRecord; id: string }> {
    if (item.value.logward.format === 'plain') {
      const again = parse!(item.value)
      if (again) {
        onReparsed()
        yield { value: again, id: item.id }
        return
      }
    }
    yield item
  }
  let plain = 0
  for await (const value of part.records) {
    const item = { value, id: recordId(value) }
    if (parse) {
      yield* emit(item)
      continue
    }
    held.push(item)
    if (value.logward.format === 'plain') plain++
    if (plain >= SAMPLE) {
      decide()
      for (const h of held.splice(0)) yield* emit(h)
    }
  }
  if (!parse) decide()
  for (const h of held) yield* emit(h)
}

/**
 * The spool keeps records as JSON: the original id rides along in one extra property, taken off (and
 * into `ids`) when the record is read back.
 */
const ID_PROPERTY = '__logward_backfill_id'

function tagged(record: LogRecord, id: string): LogRecord {
  return Object.assign(record, { [ID_PROPERTY]: id })
}

function untag(record: LogRecord, ids: WeakMap<LogRecord, string>): LogRecord {
  const bag = record as LogRecord & Record<string, unknown>
  const id = bag[ID_PROPERTY]
  delete bag[ID_PROPERTY]
  if (typeof id === 'string') ids.set(record, id)
  return record
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}
