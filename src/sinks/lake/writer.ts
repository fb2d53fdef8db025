import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import type { RecordSink } from '../types.js'
import { removeStaleTempFiles, STALE_TEMP_AGE_MS } from './cleanup.js'
import { LakeError } from './errors.js'
import { PartFile, partFileName } from './part-file.js'
import { dayOf, partitionOf, partitionPath } from './partition.js'

export interface LakeWriterOptions {
  /**
   * Names this writer's parts (`part-<writerId>-<seq>`), so writers sharing a lake never collide. Letters,
   * digits, `_` and `-`. Default: the UTC start time and 6 random hex digits, e.g. `20240501T101500Z-3f9a1c`.
   */
  writerId?: string
  /** Roll to a new part past this many uncompressed bytes. Default 64 MiB. */
  maxPartBytes?: number
  /** Roll to a new part past this many records. Default 1,000,000. */
  maxPartRecords?: number
  /** Parts open at once (one per partition); past it the least recently written is finished. Default 16. */
  maxOpenPartitions?: number
  /** gzip level, 1 (fast) to 9 (small). Default 6. */
  compressionLevel?: number
  /** The day records without a `@timestamp` are filed under. Default: when the writer was opened. */
  ingestTime?: Date
  /** Temporary files older than this are removed when the writer opens. Default 24 h; 0 disables. */
  staleTempAgeMs?: number
  logger?: Logger
}

export interface LakeWriteStats {
  records: number
  /** Uncompressed NDJSON bytes. */
  bytes: number
  /** Final paths of the parts committed so far, in commit order. */
  files: string[]
}

const WRITER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/**
 * The local lake: batches of records → `<root>/raw/dt=…/service=…/part-<writer>-<seq>.ndjson.gz`, the
 * layout of the HDFS lake. Memory is bounded by `maxOpenPartitions` parts, each holding a gzip stream
 * and at most one 64 KiB chunk; `write` waits for gzip to take each chunk. Parts become visible only when
 * complete (see PartFile). A RecordSink: `close` resolves once every part is renamed and fsynced.
 */
export class LakeWriter implements RecordSink {
  readonly name = 'lake'
  readonly writerId: string
  readonly stats: LakeWriteStats = { records: 0, bytes: 0, files: [] }
  /** Open parts by partition path, least recently written first (a Map keeps insertion order). */
  private readonly open = new Map<string, PartFile>()
  /** Next sequence number per partition path. */
  private readonly nextSeq = new Map<string, number>()
  private readonly ingestDay: string
  private readonly maxPartBytes: number
  private readonly maxPartRecords: number
  private readonly maxOpen: number
  private readonly level: number
  /** Writes run one after another even if a caller does not await: the LRU state is not shared safely. */
  private queue: Promise<void> = Promise.resolve()
  private state: 'open' | 'closed' | 'failed' = 'open'

  private constructor(
    readonly root: string,
    options: LakeWriterOptions,
  ) {
    const started = options.ingestTime ?? new Date()
    this.writerId = options.writerId ?? defaultWriterId(started)
    if (!WRITER_ID.test(this.writerId)) {
      throw new LakeError(root, `invalid writer id ${JSON.stringify(this.writerId)}`, {
        hint: 'use 1-64 letters, digits, `_` or `-`, starting with a letter or digit',
      })
    }
    this.ingestDay = dayOf(started)
    this.maxPartBytes = positive(options.maxPartBytes, 64 * 1024 * 1024, 'maxPartBytes', root)
    this.maxPartRecords = positive(options.maxPartRecords, 1_000_000, 'maxPartRecords', root)
    this.maxOpen = positive(options.maxOpenPartitions, 16, 'maxOpenPartitions', root)
    this.level = options.compressionLevel ?? 6
  }

  /** Open a writer on `root` (created as needed), first removing stale temporary files a crash left. */
  static async open(root: string, options: LakeWriterOptions = {}): Promise<LakeWriter> {
    const writer = new LakeWriter(root, options)
    const age = options.staleTempAgeMs ?? STALE_TEMP_AGE_MS
    if (age > 0) {
      const removed = await removeStaleTempFiles(root, { maxAgeMs: age }).catch((err: unknown) => {
        throw new LakeError(root, 'cannot clean up temporary files', {
          cause: err,
          hint: 'check that the store directory is readable and writable',
        })
      })
      if (removed.length > 0)
        options.logger?.info(
          `lake: removed ${removed.length} temporary file(s) left by an interrupted writer`,
        )
    }
    return writer
  }

  write(batch: readonly LogRecord[]): Promise<void> {
    return this.enqueue(() => this.writeBatch(batch))
  }

  /** Finish every open part. Resolves once all are renamed and fsynced; the writer takes no more records. */
  close(): Promise<void> {
    return this.enqueue(async () => {
      this.state = 'closed'
      const parts = [...this.open.values()]
      this.open.clear()
      for (const part of parts) this.stats.files.push(await part.commit())
    })
  }

  /** Stop without finishing: open parts are removed, never renamed. Committed parts stay. */
  async abort(): Promise<void> {
    this.state = 'failed'
    await this.queue.catch(() => {})
    const parts = [...this.open.values()]
    this.open.clear()
    await Promise.all(parts.map((p) => p.abort()))
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => {
      if (this.state !== 'open') throw new LakeError(this.root, `writer is ${this.state}`)
      return task()
    })
    // A failure fails this call and marks the writer; the next call then reports it as failed.
    this.queue = run.catch(async () => {
      if (this.state === 'open') this.state = 'failed'
      const parts = [...this.open.values()]
      this.open.clear()
      await Promise.all(parts.map((p) => p.abort()))
    })
    return run
  }

  private async writeBatch(batch: readonly LogRecord[]): Promise<void> {
    for (const record of batch) {
      const key = partitionPath(partitionOf(record, this.ingestDay))
      const part = await this.partFor(key)
      const line = JSON.stringify(record) + '\n'
      const size = Buffer.byteLength(line)
      await part.append(line, size)
      this.stats.records++
      this.stats.bytes += size
      if (part.bytes >= this.maxPartBytes || part.records >= this.maxPartRecords) {
        this.open.delete(key)
        this.stats.files.push(await part.commit())
      }
    }
  }

  /** The open part of a partition, moved to most recently used; opens one (evicting the LRU) if needed. */
  private async partFor(key: string): Promise<PartFile> {
    const existing = this.open.get(key)
    if (existing) {
      this.open.delete(key)
      this.open.set(key, existing)
      return existing
    }
    while (this.open.size >= this.maxOpen) {
      const [oldestKey, oldest] = this.open.entries().next().value as [string, PartFile]
      this.open.delete(oldestKey)
      this.stats.files.push(await oldest.commit())
    }
    const dir = join(this.root, ...key.split('/'))
    const seq = this.nextSeq.get(key) ?? (await this.firstFreeSeq(dir))
    this.nextSeq.set(key, seq + 1)
    const part = await PartFile.create(dir, partFileName(this.writerId, seq), { level: this.level })
    this.open.set(key, part)
    return part
  }

  /** After the highest sequence this writer id already has in `dir`, so a reused id never overwrites. */
  private async firstFreeSeq(dir: string): Promise<number> {
    const names = await readdir(dir).catch(() => [] as string[])
    const own = new RegExp(`^\\.?part-${this.writerId}-(\\d+)\\.ndjson\\.gz(\\.tmp)?$`)
    let next = 0
    for (const name of names) {
      const m = own.exec(name)
      if (m) next = Math.max(next, Number(m[1]) + 1)
    }
    return next
  }
}

function defaultWriterId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

function positive(value: number | undefined, fallback: number, name: string, root: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1)
    throw new LakeError(root, `${name} must be a positive integer`, { hint: `got ${value}` })
  return value
}
