import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { LogRecord } from '../core/record.js'

/**
 * Records kept on disk between two passes over a run: the template miner needs every message before a
 * record's final template is known, and a 1 GB run must not be held in memory. NDJSON in a private
 * temporary directory, removed by `dispose()`; records in it are already redacted.
 */
export class RecordSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'logward-spool-'))
  private readonly path = join(this.dir, 'records.ndjson')
  private readonly out: WriteStream = createWriteStream(this.path)
  private closed = false
  count = 0

  async append(batch: readonly LogRecord[]): Promise<void> {
    if (batch.length === 0) return
    let chunk = ''
    for (const r of batch) chunk += JSON.stringify(r) + '\n'
    this.count += batch.length
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve))
  }

  async finish(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await new Promise<void>((resolve, reject) =>
      this.out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    )
  }

  /** The records in the order they were appended, in batches. */
  async *read(batchSize = 1000): AsyncGenerator<LogRecord[]> {
    await this.finish()
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity })
    let batch: LogRecord[] = []
    for await (const line of lines) {
      if (line.length === 0) continue
      batch.push(JSON.parse(line) as LogRecord)
      if (batch.length >= batchSize) {
        yield batch
        batch = []
      }
    }
    if (batch.length > 0) yield batch
  }

  dispose(): void {
    if (!this.closed) this.out.destroy()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
