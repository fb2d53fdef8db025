import type { FileHandle } from 'node:fs/promises'
import { lstat, open } from 'node:fs/promises'
import type { InputError } from '../core/errors.js'
import { prepend, readHead } from './byte-stream.js'
import { decodeBytes, type DecodeOptions } from './decode.js'
import { gunzipBounded, isGzip, type DecompressOptions } from './decompress.js'
import type { ExpandedInput } from './expand-inputs.js'
import { danglingSymlink, toInputError } from './input-errors.js'
import { LineSplitter, type SplitOptions } from './split-lines.js'
import type { OpenedSource, SourceLine, SourceStats } from './types.js'

export interface OpenSourceOptions extends DecompressOptions, DecodeOptions, SplitOptions {
  /** What `-` reads. Default `process.stdin`; tests pass a Readable. */
  stdin?: AsyncIterable<Uint8Array | string>
  /** Size of each read from a file. Default 256 KiB: few enough reads, small enough to stay cache-friendly. */
  readChunkBytes?: number
}

export const READ_CHUNK_BYTES = 256 * 1024

export type OpenResult =
  | {
      kind: 'opened'
      source: OpenedSource
      /** The input has no bytes at all (after decompression). */
      empty: boolean
      /** Releases the file (idempotent); needed only when `source.lines` is not iterated to its end. */
      close(): Promise<void>
    }
  | { kind: 'binary'; path: string; reason: string; stats: SourceStats }
  | { kind: 'failed'; error: InputError }

/**
 * Opens one input and sniffs it (gzip by magic bytes, encoding, binary) before handing it over, so that
 * an input that cannot be read or is binary is known before any of its lines are. Errors that happen
 * later, while lines stream (a read error, a truncated or exploding gzip), go to `onStreamError` and end
 * the lines early: the lines read before are kept, and the caller's loop does not need a try/catch.
 */
export async function openSource(
  input: ExpandedInput,
  options: OpenSourceOptions = {},
  onStreamError: (err: InputError) => void = () => {},
): Promise<OpenResult> {
  const path = input.path
  const stats: SourceStats = {
    bytesRead: 0,
    gzip: false,
    encoding: 'utf-8',
    bom: false,
    invalidSequences: 0,
    lines: 0,
    linesTruncated: 0,
  }

  let file: FileHandle | undefined
  let raw: AsyncGenerator<Uint8Array, void, undefined>
  if (input.kind === 'stdin') {
    raw = readStream(options.stdin ?? process.stdin, stats)
  } else {
    try {
      file = await openFile(input.absolutePath)
    } catch (err) {
      return { kind: 'failed', error: await explainOpenError(path, input.absolutePath, err) }
    }
    raw = readFile(file, options.readChunkBytes ?? READ_CHUNK_BYTES, stats)
  }

  // The stages stacked on the file, top last; set as they are built.
  const layers: {
    bytes?: AsyncGenerator<Uint8Array, void, undefined>
    lines?: AsyncGenerator<SourceLine[], void, undefined>
  } = {}
  let closing: Promise<void> | undefined
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      // Each layer's finally releases the one below; the explicit calls cover layers never started.
      await layers.lines?.return().catch(() => {})
      await layers.bytes?.return().catch(() => {})
      await raw.return().catch(() => {})
      await file?.close().catch(() => {})
    })())

  let decoded: Awaited<ReturnType<typeof decodeBytes>>
  try {
    const { head, done, rest } = await readHead(raw, 2)
    layers.bytes = prepend(head, rest, done)
    if (isGzip(head)) {
      stats.gzip = true
      layers.bytes = gunzipBounded(path, layers.bytes, options)
    }
    decoded = await decodeBytes(layers.bytes, stats, options)
  } catch (err) {
    await close()
    return { kind: 'failed', error: toInputError(path, err) }
  }
  if (decoded.kind === 'binary') {
    await close()
    return { kind: 'binary', path, reason: decoded.reason, stats }
  }

  const chunks = decoded.chunks
  const lines = (async function* (): AsyncGenerator<SourceLine[], void, undefined> {
    const splitter = new LineSplitter(stats, options)
    try {
      try {
        for await (const chunk of chunks) {
          splitter.push(chunk)
          for (const batch of splitter.take()) yield batch
        }
      } catch (err) {
        onStreamError(toInputError(path, err))
      }
      // Also after an error: the lines read up to it are real and are kept.
      splitter.end()
      for (const batch of splitter.take()) yield batch
    } finally {
      await file?.close().catch(() => {})
    }
  })()
  layers.lines = lines
  return { kind: 'opened', source: { path, lines, stats }, empty: decoded.empty, close }
}

async function openFile(absolutePath: string): Promise<FileHandle> {
  const file = await open(absolutePath, 'r')
  try {
    // Opening a directory for reading succeeds on Linux; reading it fails with a less helpful error.
    if ((await file.stat()).isDirectory())
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    return file
  } catch (err) {
    await file.close().catch(() => {})
    throw err
  }
}

async function explainOpenError(path: string, absolutePath: string, err: unknown): Promise<InputError> {
  if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') {
    const link = await lstat(absolutePath).catch(() => undefined)
    if (link?.isSymbolicLink()) return danglingSymlink(path, err)
  }
  return toInputError(path, err)
}

async function* readFile(
  file: FileHandle,
  chunkBytes: number,
  stats: SourceStats,
): AsyncGenerator<Uint8Array, void, undefined> {
  for (;;) {
    // A fresh buffer per read: later stages (zlib, the decoder's pending bytes) may still hold the last one.
    const buffer = Buffer.allocUnsafe(chunkBytes)
    const { bytesRead } = await file.read(buffer, 0, chunkBytes, null)
    if (bytesRead === 0) return
    stats.bytesRead += bytesRead
    yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead)
  }
}

async function* readStream(
  stream: AsyncIterable<Uint8Array | string>,
  stats: SourceStats,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    stats.bytesRead += bytes.length
    yield bytes
  }
}
