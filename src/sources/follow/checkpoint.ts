import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ConfigError, LogwardError } from '../../core/errors.js'

/**
 * Where `ship --follow` is in each file: the file's identity (device and inode, so a rotated file is
 * told from its successor), the byte offset just past the last line whose record the brokers acknowledged,
 * how many lines that is (so line numbers, and so record ids, continue), and the format detected when the
 * file was first read. A restart resumes every file from here.
 */
export interface FilePosition {
  dev: number
  ino: number
  offset: number
  line: number
  format?: string
}

export interface CheckpointData {
  version: 1
  files: Record<string, FilePosition>
}

export class CheckpointStore {
  private constructor(
    readonly path: string,
    private data: CheckpointData,
  ) {}

  /** Read the checkpoint; a missing file is an empty one, a damaged one an error (never silently reset). */
  static async load(path: string): Promise<CheckpointStore> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        return new CheckpointStore(path, { version: 1, files: {} })
      throw new LogwardError(
        `checkpoint ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        {
          cause: err,
        },
      )
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (err) {
      throw new ConfigError(`checkpoint ${path}: not JSON`, {
        cause: err,
        hint: 'the file is damaged: remove it to ship every followed file from its start (Elasticsearch de-duplicates)',
      })
    }
    if (!isCheckpoint(data))
      throw new ConfigError(`checkpoint ${path}: not a logward checkpoint (version 1)`, {
        hint: 'point --checkpoint at another file',
      })
    return new CheckpointStore(path, data)
  }

  get(path: string): FilePosition | undefined {
    return this.data.files[path]
  }

  set(path: string, position: FilePosition): void {
    this.data.files[path] = position
  }

  delete(path: string): void {
    delete this.data.files[path]
  }

  paths(): string[] {
    return Object.keys(this.data.files)
  }

  /**
   * Write atomically: a temporary file beside it, fsynced, renamed over the old one. A crash leaves the
   * old checkpoint or the new one, never half of one.
   */
  async save(): Promise<void> {
    const tmp = `${this.path}.${randomBytes(4).toString('hex')}.tmp`
    try {
      await mkdir(dirname(this.path), { recursive: true })
      const handle = await open(tmp, 'w')
      try {
        await handle.writeFile(JSON.stringify(this.data, null, 1) + '\n')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(tmp, this.path)
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => {})
      throw new LogwardError(
        `checkpoint ${this.path}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        { cause: err, hint: 'check that its directory is writable' },
      )
    }
  }
}

function isCheckpoint(value: unknown): value is CheckpointData {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { version?: unknown; files?: unknown }
  if (v.version !== 1 || typeof v.files !== 'object' || v.files === null) return false
  return Object.values(v.files as Record<string, unknown>).every((p) => {
    const f = p as Partial<FilePosition>
    return (
      typeof f === 'object' &&
      typeof f.dev === 'number' &&
      typeof f.ino === 'number' &&
      Number.isSafeInteger(f.offset) &&
      Number.isSafeInteger(f.line)
    )
  })
}
