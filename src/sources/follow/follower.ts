import { open, readdir, stat, type FileHandle } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { LogwardConfig } from '../../config/schema.js'
import { ConfigError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import type { CiContext, LogRecord } from '../../core/record.js'
import type { Redactor } from '../../transforms/redact.js'
import { expandInputs } from '../expand-inputs.js'
import type { CheckpointStore, FilePosition } from './checkpoint.js'
import { LineReader, type TailLine } from './line-reader.js'
import { DETECTION_SAMPLE, RecordBuilder } from './record-builder.js'

export interface FollowerOptions {
  patterns: readonly string[]
  config: LogwardConfig
  redactor: Redactor
  ci?: CiContext
  checkpoint: CheckpointStore
  logger: Logger
  cwd?: string
  /** Globs and directories are looked at again this often, for new files. Default 5 s. */
  rescanMs?: number
  /** A file quiet for this long has its open multi-line record closed and sent. Default 1 s. */
  quietFlushMs?: number
  /** Bytes read per file per poll: bounds a poll's records (and memory) when a file has a backlog. Default 4 MiB. */
  readBytesPerPoll?: number
  now?: () => number
}

/** Records read in one poll, and where each file will be once they are acknowledged (`null`: forget it). */
export interface FollowBatch {
  records: LogRecord[]
  positions: Map<string, FilePosition | null>
}

interface Tailed {
  path: string
  absolute: string
  handle: FileHandle
  dev: number
  ino: number
  reader: LineReader
  builder?: RecordBuilder
  format?: string
  /** Lines read before the format was known. */
  sample: TailLine[]
  /** End offsets of the lines handed to the framer and not yet in an emitted record, oldest first. */
  ends: { line: number; end: number }[]
  openFrame: boolean
  lastDataAt: number
}

/**
 * Follows files like a log agent: reads what is appended, turns complete lines into records (the same
 * frame → redact → parse as `ship` without --follow), and knows for each record the file position just
 * past it, so a checkpoint saved after the brokers acknowledged a batch lets a restart resume exactly
 * there. Rotation (the path names another inode: the old file is read to its end first, also across a
 * restart, where it is found again by inode in its directory) and truncation (the file is shorter than
 * the position: read again from 0) are handled. Polls `stat` rather than watching: inotify misses
 * changes on network file systems and in some containers, and a poll every 250 ms costs nothing.
 */
export class Follower {
  private readonly files = new Map<string, Tailed>()
  private readonly missing = new Set<string>()
  private lastScan = -Infinity
  private readonly rescanMs: number
  private readonly quietFlushMs: number
  private readonly readBytes: number
  private readonly now: () => number
  private readonly cwd: string

  constructor(private readonly options: FollowerOptions) {
    if (options.patterns.includes('-'))
      throw new ConfigError('--follow reads files: `-` (stdin) cannot be followed', {
        hint: 'pipe into `logward ship -` without --follow',
      })
    this.rescanMs = options.rescanMs ?? 5000
    this.quietFlushMs = options.quietFlushMs ?? 1000
    this.readBytes = options.readBytesPerPoll ?? 4 * 1024 * 1024
    this.now = options.now ?? Date.now
    this.cwd = options.cwd ?? process.cwd()
  }

  get fileCount(): number {
    return this.files.size
  }

  /** Read what is new in every file. Never waits for data: the caller sleeps between polls. */
  async poll(): Promise<FollowBatch> {
    const batch: FollowBatch = { records: [], positions: new Map() }
    if (this.now() - this.lastScan >= this.rescanMs) await this.scan()
    for (const tailed of [...this.files.values()]) await this.pollFile(tailed, batch)
    return batch
  }

  /** Everything read so far, with open records closed: for a clean stop. */
  async drain(): Promise<FollowBatch> {
    const batch = await this.poll()
    for (const tailed of this.files.values()) this.flushFrame(tailed, batch)
    return batch
  }

  /** Apply acknowledged positions to the checkpoint (the caller saves it). */
  commit(batch: FollowBatch): void {
    for (const [path, position] of batch.positions) {
      if (position === null) this.options.checkpoint.delete(path)
      else this.options.checkpoint.set(path, position)
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map((t) => t.handle.close().catch(() => {})))
    this.files.clear()
  }

  private async scan(): Promise<void> {
    this.lastScan = this.now()
    const { inputs } = await expandInputs(this.options.patterns, { cwd: this.cwd })
    const found = new Set<string>()
    for (const input of inputs) {
      if (input.kind !== 'file') continue
      found.add(input.path)
      if (this.files.has(input.path)) continue
      await this.start(input.path, input.absolutePath)
    }
    for (const pattern of this.options.patterns) {
      if (!found.has(pattern) && !this.files.has(pattern) && !this.missing.has(pattern)) {
        this.missing.add(pattern)
        this.options.logger.info(
          `${pattern}: nothing to follow yet; looking again every ${this.rescanMs / 1000} s`,
        )
      }
    }
  }

  /** Begin following a file: from its checkpoint (or the file it was rotated to), else from its start. */
  private async start(path: string, absolute: string): Promise<void> {
    const st = await stat(absolute).catch(() => undefined)
    if (!st) return
    const saved = this.options.checkpoint.get(path)
    let target = absolute
    let position = 0
    let line = 0
    if (saved && saved.dev === st.dev && saved.ino === st.ino) {
      if (st.size >= saved.offset) {
        position = saved.offset
        line = saved.line
      } else
        this.options.logger.warn(
          `${path}: shorter than its checkpoint (truncated while stopped); reading from its start`,
        )
    } else if (saved) {
      // Rotated while we were stopped: finish the old file (same directory, found by inode) first.
      const rotated = await findByInode(dirname(absolute), saved.dev, saved.ino)
      if (rotated) {
        this.options.logger.info(
          `${path}: rotated while stopped; finishing ${rotated} from the checkpoint first`,
        )
        target = rotated
        position = saved.offset
        line = saved.line
      } else
        this.options.logger.warn(
          `${path}: rotated while stopped and the old file is gone; lines written to it after the checkpoint are lost`,
        )
    }
    // A file resumed mid-way keeps the format it was first read with; one read from its start is detected again.
    const format = position > 0 ? saved?.format : undefined
    const tailed = await this.openTailed(path, target, position, line, format)
    if (tailed) this.files.set(path, tailed)
  }

  private async openTailed(
    path: string,
    file: string,
    position: number,
    line: number,
    format: string | undefined,
  ): Promise<Tailed | undefined> {
    let handle: FileHandle
    try {
      handle = await open(file, 'r')
    } catch (err) {
      this.options.logger.warn(`${path}: cannot open (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
      return undefined
    }
    const st = await handle.stat()
    const tailed: Tailed = {
      path,
      absolute: resolve(this.cwd, path),
      handle,
      dev: st.dev,
      ino: st.ino,
      reader: new LineReader(handle, position, line, this.options.config['max-record-bytes']),
      sample: [],
      ends: [],
      openFrame: false,
      lastDataAt: this.now(),
    }
    if (format) {
      tailed.format = format
      tailed.builder = this.builder(tailed, [])
    }
    return tailed
  }

  private builder(tailed: Tailed, sample: readonly string[]): RecordBuilder {
    const format = RecordBuilder.formatFor(tailed.format, sample)
    tailed.format = format.name
    return new RecordBuilder(tailed.path, this.options.config, this.options.redactor, this.options.ci, format)
  }

  private async pollFile(tailed: Tailed, batch: FollowBatch): Promise<void> {
    const st = await stat(tailed.absolute).catch(() => undefined)
    if (!st || st.ino !== tailed.ino || st.dev !== tailed.dev) {
      // Rotated or deleted: what is left in the old file is still ours (it stays readable while open).
      await this.readAll(tailed, batch)
      const last = tailed.reader.takePartial()
      if (last) this.push(tailed, [last], batch)
      this.flushFrame(tailed, batch)
      await tailed.handle.close().catch(() => {})
      this.files.delete(tailed.path)
      if (!st) {
        this.options.logger.info(`${tailed.path}: deleted; stopped following it`)
        batch.positions.set(tailed.path, null)
        return
      }
      this.options.logger.info(`${tailed.path}: rotated; following the new file from its start`)
      const next = await this.openTailed(tailed.path, tailed.absolute, 0, 0, undefined)
      if (!next) return
      this.files.set(tailed.path, next)
      batch.positions.set(tailed.path, { dev: next.dev, ino: next.ino, offset: 0, line: 0 })
      await this.pollFile(next, batch)
      return
    }
    if (st.size < tailed.reader.position) {
      this.options.logger.warn(`${tailed.path}: truncated (copytruncate?); reading again from its start`)
      this.flushFrame(tailed, batch)
      tailed.reader = new LineReader(tailed.handle, 0, 0, this.options.config['max-record-bytes'])
      tailed.ends = []
      batch.positions.set(tailed.path, this.position(tailed, 0, 0))
    }
    const { lines, eof } = await tailed.reader.read(this.readBytes)
    if (lines.length > 0) {
      tailed.lastDataAt = this.now()
      this.push(tailed, lines, batch)
    }
    if (eof && !tailed.builder && tailed.sample.some((l) => l.text.trim() !== '')) this.detect(tailed, batch)
    if (eof && tailed.openFrame && this.now() - tailed.lastDataAt >= this.quietFlushMs)
      this.flushFrame(tailed, batch)
  }

  private async readAll(tailed: Tailed, batch: FollowBatch): Promise<void> {
    for (;;) {
      const { lines, eof } = await tailed.reader.read(this.readBytes)
      if (lines.length > 0) this.push(tailed, lines, batch)
      if (eof) break
    }
    if (!tailed.builder && tailed.sample.length > 0) this.detect(tailed, batch)
  }

  private push(tailed: Tailed, lines: readonly TailLine[], batch: FollowBatch): void {
    if (!tailed.builder) {
      tailed.sample.push(...lines)
      if (tailed.sample.filter((l) => l.text.trim() !== '').length >= DETECTION_SAMPLE)
        this.detect(tailed, batch)
      return
    }
    for (const l of lines) tailed.ends.push({ line: l.line, end: l.end })
    const emitted = tailed.builder.push(lines)
    tailed.openFrame = true
    for (const { record, lastLine } of emitted) this.emit(tailed, record, lastLine, batch)
  }

  private detect(tailed: Tailed, batch: FollowBatch): void {
    const sample = tailed.sample
    tailed.sample = []
    tailed.builder = this.builder(
      tailed,
      sample.map((l) => l.text),
    )
    this.push(tailed, sample, batch)
  }

  private flushFrame(tailed: Tailed, batch: FollowBatch): void {
    if (!tailed.builder && tailed.sample.length > 0) this.detect(tailed, batch)
    const last = tailed.builder?.flush()
    tailed.openFrame = false
    if (last) this.emit(tailed, last.record, last.lastLine, batch)
  }

  private emit(tailed: Tailed, record: LogRecord, lastLine: number, batch: FollowBatch): void {
    batch.records.push(record)
    let end: number | undefined
    while (tailed.ends.length > 0 && tailed.ends[0]!.line <= lastLine) end = tailed.ends.shift()!.end
    if (end !== undefined) batch.positions.set(tailed.path, this.position(tailed, end, lastLine))
  }

  private position(tailed: Tailed, offset: number, line: number): FilePosition {
    return {
      dev: tailed.dev,
      ino: tailed.ino,
      offset,
      line,
      ...(tailed.format ? { format: tailed.format } : {}),
    }
  }
}

/** The file in `dir` with this device and inode (a rotated log keeps its inode under a new name). */
async function findByInode(dir: string, dev: number, ino: number): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    const path = join(dir, name)
    const st = await stat(path).catch(() => undefined)
    if (st && st.isFile() && st.dev === dev && st.ino === ino) return path
  }
  return undefined
}
