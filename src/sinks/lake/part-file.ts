import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip, type Gzip } from 'node:zlib'
import { LakeError } from './errors.js'

/** Serialised records are handed to gzip in chunks of about this size: fewer, larger writes. */
const CHUNK_BYTES = 64 * 1024

/** `part-<writer>-<seq>.ndjson.gz`; `seq` is zero-padded so names sort in write order. */
export function partFileName(writerId: string, seq: number): string {
  return `part-${writerId}-${String(seq).padStart(5, '0')}.ndjson.gz`
}

/** The name a part has while it is written: a dot file, which lake readers, Hive and Spark all skip. */
export function tempFileName(finalName: string): string {
  return `.${finalName}.tmp`
}

export const TEMP_FILE = /^\.part-.+\.ndjson\.gz\.tmp$/

/**
 * One part file being written: NDJSON through gzip into a temporary name in its partition directory.
 * `commit` finishes the gzip stream, fsyncs the file, renames it to its final name (atomic within a
 * directory) and fsyncs the directory, so a reader sees either no part or the whole of it, and a crash
 * leaves only a `.tmp` file behind.
 */
export class PartFile {
  records = 0
  /** Uncompressed bytes written so far (the roll limit counts these). */
  bytes = 0
  private chunk: string[] = []
  private chunkBytes = 0
  private settled = false

  private constructor(
    readonly dir: string,
    readonly finalPath: string,
    readonly tempPath: string,
    private readonly gzip: Gzip,
    private readonly out: WriteStream,
    private readonly done: Promise<void>,
  ) {}

  static async create(dir: string, name: string, options: { level: number }): Promise<PartFile> {
    const finalPath = join(dir, name)
    const tempPath = join(dir, tempFileName(name))
    try {
      await mkdir(dir, { recursive: true })
      // `wx`: never truncate a temporary file another writer is filling. `flush`: fsync before close.
      const out = createWriteStream(tempPath, { flags: 'wx', flush: true })
      await once(out, 'open')
      const gzip = createGzip({ level: options.level })
      const done = pipeline(gzip, out)
      // Failures surface in append/commit; this only keeps an early one from being unhandled.
      done.catch(() => {})
      return new PartFile(dir, finalPath, tempPath, gzip, out, done)
    } catch (err) {
      throw writeError(tempPath, err)
    }
  }

  /** Add one NDJSON line (with its `\n`). Resolves when gzip has room again: this is the backpressure. */
  async append(line: string, byteLength: number): Promise<void> {
    this.chunk.push(line)
    this.chunkBytes += byteLength
    this.records++
    this.bytes += byteLength
    if (this.chunkBytes >= CHUNK_BYTES) await this.flushChunk()
  }

  async commit(): Promise<string> {
    if (this.settled) throw new LakeError(this.finalPath, 'part already closed')
    this.settled = true
    try {
      await this.flushChunk()
      this.gzip.end()
      await this.done
      await rename(this.tempPath, this.finalPath)
      await syncDirectory(this.dir)
      return this.finalPath
    } catch (err) {
      await this.discard()
      throw writeError(this.tempPath, err)
    }
  }

  /** Drop the part: stop writing and remove its temporary file (best effort; cleanup catches leftovers). */
  async abort(): Promise<void> {
    if (this.settled) return
    this.settled = true
    await this.discard()
  }

  private async discard(): Promise<void> {
    this.chunk = []
    this.gzip.destroy()
    this.out.destroy()
    await this.done.catch(() => {})
    await rm(this.tempPath, { force: true }).catch(() => {})
  }

  private async flushChunk(): Promise<void> {
    if (this.chunkBytes === 0) return
    const text = this.chunk.join('')
    this.chunk = []
    this.chunkBytes = 0
    try {
      if (!this.gzip.write(text)) await drainOrFail(this.gzip, this.done)
    } catch (err) {
      throw writeError(this.tempPath, err)
    }
  }
}

/** Wait for `drain`, or for the pipeline to fail (a write error on the file surfaces there, not on gzip). */
async function drainOrFail(gzip: Gzip, done: Promise<void>): Promise<void> {
  const controller = new AbortController()
  try {
    await Promise.race([
      once(gzip, 'drain', { signal: controller.signal }),
      done.then(() => {
        throw new Error('stream ended while data was pending')
      }),
    ])
  } finally {
    controller.abort()
  }
}

/** fsync a directory so a rename in it survives a power loss. Not possible on Windows; skipped there. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function writeError(path: string, err: unknown): LakeError {
  if (err instanceof LakeError) return err
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  const hint =
    code === 'ENOSPC'
      ? 'the disk is full: free space or point --store elsewhere'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the store directory is not writable: fix its permissions or point --store elsewhere'
        : code === 'EEXIST'
          ? 'another writer uses the same writer id: give each writer its own'
          : 'check that the store directory is writable and the disk has space'
  return new LakeError(path, `cannot write${code ? ` (${code})` : ''}`, { cause: err, hint })
}
