import { createReadStream } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import type { LogRecord } from '../../core/record.js'
import { parseIsoTime } from '../search-index/time-spec.js'
import { LakeError } from './errors.js'
import { escapePartitionValue, parseDayDir, parseServiceDir, RAW_DIR } from './partition.js'

export interface ReadLakeOptions {
  /**
   * Records at or after this time: a Date, or an ISO date or timestamp (`YYYY-MM-DD` is UTC midnight; a
   * timestamp without an offset is UTC).
   */
  from?: Date | string
  /** Records before this time (exclusive), same forms as `from`. */
  to?: Date | string
  /** Only these services, as records name them (unescaped; `escapePartitionValue` maps them to paths). */
  services?: readonly string[]
}

export interface LakeFile {
  path: string
  dt: string
  /** The escaped partition value, as in the path. */
  service: string
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Only finished parts: temporary (`.…tmp`) and other dot or underscore files are skipped, as Spark does. */
const PART_FILE = /^part-.+\.ndjson\.gz$/

/**
 * The part files to read, oldest day first, then by service and by name (writer, then sequence). Prunes
 * by path alone: days outside [from, to) and services not asked for are never opened. A lake that was
 * never written (no `raw/`) lists nothing.
 */
export async function listLakeFiles(root: string, options: ReadLakeOptions = {}): Promise<LakeFile[]> {
  const from = toTime(options.from, 'from', root)
  const to = toTime(options.to, 'to', root)
  const services = options.services ? new Set(options.services.map(escapePartitionValue)) : undefined
  const raw = join(root, RAW_DIR)
  const files: LakeFile[] = []
  for (const dayDir of (await dirNames(raw)).sort()) {
    const dt = parseDayDir(dayDir)
    if (dt === undefined) continue
    const start = Date.parse(`${dt}T00:00:00Z`)
    // The day [start, start + 1 day) must overlap [from, to).
    if (from !== undefined && start + DAY_MS <= from) continue
    if (to !== undefined && start >= to) continue
    for (const serviceDir of (await dirNames(join(raw, dayDir))).sort()) {
      const service = parseServiceDir(serviceDir)
      if (service === undefined || (services && !services.has(service))) continue
      const dir = join(raw, dayDir, serviceDir)
      for (const name of (await fileNames(dir)).sort()) {
        if (PART_FILE.test(name)) files.push({ path: join(dir, name), dt, service })
      }
    }
  }
  return files
}

/**
 * Records from the lake, streamed one part at a time (memory holds one line, not one file). Partitions
 * are pruned by path; within the kept days, a record whose `@timestamp` is outside [from, to) is skipped.
 * Records without `@timestamp` were filed under their ingest day, and are returned when that day is kept.
 */
export async function* readLake(root: string, options: ReadLakeOptions = {}): AsyncGenerator<LogRecord> {
  const from = toTime(options.from, 'from', root)
  const to = toTime(options.to, 'to', root)
  for (const file of await listLakeFiles(root, options)) {
    for await (const record of readPart(file.path)) {
      if (from !== undefined || to !== undefined) {
        const ts = record['@timestamp'] === undefined ? NaN : Date.parse(record['@timestamp'])
        if (!Number.isNaN(ts) && ((from !== undefined && ts < from) || (to !== undefined && ts >= to)))
          continue
      }
      yield record
    }
  }
}

/** The records of one part file, in the order they were written. */
export async function* readPart(path: string): AsyncGenerator<LogRecord> {
  const input = createReadStream(path)
  const gunzip = createGunzip()
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })
  // `pipe` does not forward errors: a missing file or a corrupt stream must end the loop with an error.
  let failure: unknown
  const fail = (err: unknown): void => {
    failure ??= err
    lines.close()
  }
  input.on('error', fail)
  gunzip.on('error', fail)
  let lineNumber = 0
  try {
    for await (const line of lines) {
      lineNumber++
      if (line === '') continue
      let record: LogRecord
      try {
        record = JSON.parse(line) as LogRecord
      } catch (err) {
        throw new LakeError(`${path}:${lineNumber}`, 'not a JSON record', {
          cause: err,
          hint: 'the part file is damaged: move it out of the lake',
        })
      }
      yield record
    }
    if (failure !== undefined) throw failure
  } catch (err) {
    if (err instanceof LakeError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new LakeError(path, `cannot read${code ? ` (${code})` : ''}`, {
      cause: err,
      hint: 'the part file is damaged or unreadable: move it out of the lake',
    })
  } finally {
    lines.close()
    input.destroy()
    gunzip.destroy()
  }
}

function toTime(value: Date | string | undefined, name: string, root: string): number | undefined {
  if (value === undefined) return undefined
  // Text without an offset is UTC, as every timestamp in the lake is.
  const ms = value instanceof Date ? value.getTime() : (parseIsoTime(value)?.getTime() ?? NaN)
  if (Number.isNaN(ms))
    throw new LakeError(root, `${name} is not a date or time`, {
      hint: 'use an ISO date (2024-05-01) or timestamp (2024-05-01T10:00:00Z)',
    })
  return ms
}

async function dirNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty)
  return entries.filter((e) => e.isDirectory()).map((e) => e.name)
}

async function fileNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty)
  return entries.filter((e) => e.isFile()).map((e) => e.name)
}

function missingIsEmpty(err: NodeJS.ErrnoException): never[] {
  if (err.code === 'ENOENT') return []
  throw err
}
