import type { LogwardConfig } from '../config/schema.js'
import type { InputError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import type { CiContext, LogRecord } from '../core/record.js'
import { collectSources } from '../sources/index.js'
import type { OpenedSource, SourceLine } from '../sources/types.js'
import { Framer } from '../transforms/framing.js'
import { createRedactor, type Redactor } from '../transforms/redact.js'
import { detectFormat, createParser } from '../transforms/parse/index.js'
import type { Frame } from '../transforms/types.js'
import { frameToRecord, type RecordContext } from '../transforms/frame-to-record.js'

/** Lines looked at to recognise a source's format before its first record is parsed. */
const DETECTION_SAMPLE = 100

export interface IngestOptions {
  config: LogwardConfig
  logger: Logger
  ci?: CiContext
  /** Called for every input that could not be read; the others go on. */
  onInputError?: (error: InputError) => void
  /** Called after each source is done, with what was read. */
  onSourceDone?: (summary: SourceSummary) => void
  /** Called as bytes are read, for progress. */
  onProgress?: (bytesRead: number, records: number) => void
  stdin?: NodeJS.ReadableStream
  /** `service.name` for records of a source that do not name one (e.g. a CI job's name for its log). */
  serviceOf?: (path: string) => string | undefined
}

export interface SourceSummary {
  path: string
  format: string
  records: number
  lines: number
  bytesRead: number
  invalidSequences: number
  truncated: number
  redactions: number
}

/**
 * collect → frame → redact → parse: the ingest half of the pipeline, as batches of records. Every
 * record's text is redacted before it is parsed, so no field derived from it can carry a secret.
 */
export async function* ingest(options: IngestOptions): AsyncGenerator<LogRecord[]> {
  const { config, logger } = options
  const redactor = createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] })
  let bytesBefore = 0
  let records = 0
  const sources = collectSources(
    [...config.paths],
    {
      maxRecordBytes: config['max-record-bytes'],
      maxDecompressedBytes: config['max-decompressed-bytes'],
      ...(options.stdin ? { stdin: options.stdin } : {}),
      onInputError: (err: InputError) => options.onInputError?.(err),
    },
    logger,
  )
  for await (const source of sources) {
    const summary: SourceSummary = {
      path: source.path,
      format: 'plain',
      records: 0,
      lines: 0,
      bytesRead: 0,
      invalidSequences: 0,
      truncated: 0,
      redactions: 0,
    }
    const sourceService = options.serviceOf?.(source.path) ?? config.service
    for await (const batch of recordsOf(source, config, redactor, options.ci, summary, sourceService)) {
      records += batch.length
      options.onProgress?.(bytesBefore + source.stats.bytesRead, records)
      yield batch
    }
    bytesBefore += source.stats.bytesRead
    Object.assign(summary, {
      lines: source.stats.lines,
      bytesRead: source.stats.bytesRead,
      invalidSequences: source.stats.invalidSequences,
    })
    if (summary.invalidSequences > 0) {
      logger.warn(`${source.path}: ${summary.invalidSequences} invalid UTF-8 sequences replaced with U+FFFD`)
    }
    if (summary.truncated > 0) {
      logger.warn(
        `${source.path}: ${summary.truncated} records longer than ${config['max-record-bytes']} bytes were cut and marked logward.truncated`,
      )
    }
    options.onSourceDone?.(summary)
  }
}

async function* recordsOf(
  source: OpenedSource,
  config: LogwardConfig,
  redactor: Redactor,
  ci: CiContext | undefined,
  summary: SourceSummary,
  service: string | undefined,
): AsyncGenerator<LogRecord[]> {
  const iterator = source.lines[Symbol.asyncIterator]()
  // Buffer the first batches until there is a sample to recognise the format from.
  const buffered: SourceLine[][] = []
  const sample: string[] = []
  let exhausted = false
  while (sample.length < DETECTION_SAMPLE) {
    const next = await iterator.next()
    if (next.done) {
      exhausted = true
      break
    }
    buffered.push(next.value)
    for (const line of next.value) {
      if (sample.length < DETECTION_SAMPLE && line.text.trim() !== '') sample.push(line.text)
    }
  }
  const format = detectFormat(sample)
  summary.format = format.name
  const parser = createParser(format, { timezone: config.timezone })
  const framer = new Framer({ mode: config.framing, maxRecordBytes: config['max-record-bytes'], format })
  const context: RecordContext = {
    path: source.path,
    format: format.name,
    parser,
    redactor,
    service,
    host: config.host,
    ci,
  }
  const toRecord = (frame: Frame): LogRecord => {
    const { record, redactions } = frameToRecord(frame, context)
    summary.records++
    summary.redactions += redactions
    if (frame.truncated) summary.truncated++
    return record
  }
  const handle = (batch: SourceLine[]): LogRecord[] => {
    const out: LogRecord[] = []
    for (const line of batch) {
      const frame = framer.push(line)
      if (frame) out.push(toRecord(frame))
    }
    return out
  }
  for (const batch of buffered) {
    const out = handle(batch)
    if (out.length > 0) yield out
  }
  if (!exhausted) {
    for (;;) {
      const next = await iterator.next()
      if (next.done) break
      const out = handle(next.value)
      if (out.length > 0) yield out
    }
  }
  const last = framer.flush()
  if (last) yield [toRecord(last)]
}
