/**
 * Peeking at the start of a byte stream without losing it: gzip and encoding sniffing both need the
 * first bytes before deciding how to read the rest.
 */
export interface Head {
  /** At least `bytes` bytes, or everything if the stream is shorter. */
  head: Buffer
  /** True when the stream ended within the head. */
  done: boolean
  /** The rest of the stream, after the head. */
  rest: AsyncIterator<Uint8Array>
}

export async function readHead(iterator: AsyncIterator<Uint8Array>, bytes: number): Promise<Head> {
  const chunks: Uint8Array[] = []
  let total = 0
  let done = false
  while (total < bytes) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    chunks.push(next.value)
    total += next.value.length
  }
  const head = chunks.length === 1 ? asBuffer(chunks[0]!) : Buffer.concat(chunks, total)
  return { head, done, rest: iterator }
}

/** The head, then the rest, as one iterable again; returning early releases the underlying stream. */
export async function* prepend(
  head: Buffer,
  rest: AsyncIterator<Uint8Array>,
  done: boolean,
): AsyncGenerator<Uint8Array> {
  try {
    if (head.length > 0) yield head
    if (done) return
    for (;;) {
      const next = await rest.next()
      if (next.done) return
      yield next.value
    }
  } finally {
    await rest.return?.()
  }
}

export function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
}
