import type { Writable } from 'node:stream'

/**
 * Writes one JSON object per line to a stream (stdout for `--output jsonl`), waiting for `drain` when
 * the reader is slower than we are, so memory stays bounded however much is piped.
 */
export class JsonlWriter {
  private pending = ''
  constructor(
    private readonly stream: Writable,
    private readonly flushAt = 64 * 1024,
  ) {}

  async write(value: unknown): Promise<void> {
    this.pending += JSON.stringify(value) + '\n'
    if (this.pending.length >= this.flushAt) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const chunk = this.pending
    this.pending = ''
    if (!this.stream.write(chunk)) await waitForDrain(this.stream)
  }
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      stream.off('error', onError)
      resolve()
    }
    const onError = (err: Error): void => {
      stream.off('drain', onDrain)
      reject(err)
    }
    stream.once('drain', onDrain)
    stream.once('error', onError)
  })
}
