import { Readable, pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { formatBytes } from '../core/format.js'
import { InputError } from '../core/errors.js'
import { toInputError } from './input-errors.js'

export interface DecompressOptions {
  /** Largest size one gzip input may expand to. Default 10 GiB (the `max-decompressed-bytes` setting). */
  maxDecompressedBytes?: number
  /**
   * Largest decompressed/compressed ratio accepted once the output passes `compressionRatioMinBytes`.
   * Default 1000: deflate cannot exceed ~1032:1, and only near-uniform data (a bomb) gets that close —
   * real logs compress 5–50:1, and even one line repeated verbatim stays in the hundreds.
   */
  maxCompressionRatio?: number
  /** Output size below which the ratio is not judged (tiny inputs have meaningless ratios). Default 4 MiB. */
  compressionRatioMinBytes?: number
}

export const DECOMPRESS_DEFAULTS: Required<DecompressOptions> = {
  maxDecompressedBytes: 10 * 1024 ** 3,
  maxCompressionRatio: 1000,
  compressionRatioMinBytes: 4 * 1024 ** 2,
}

/** gzip is recognised by its magic bytes, never by the file name: `.log` files are often gzip, and back. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
}

/**
 * Gunzips a byte stream (concatenated members too), stopping with an InputError as soon as the output
 * passes the size limit or the ratio guard — before the rest of a bomb is inflated. zlib respects
 * back-pressure, so the input consumed (`bytesWritten`) tracks the output we have pulled and the ratio is
 * measured on what was actually inflated, not on what was read ahead.
 */
export async function* gunzipBounded(
  path: string,
  input: AsyncIterable<Uint8Array>,
  options: DecompressOptions = {},
): AsyncGenerator<Buffer, void, undefined> {
  const { maxDecompressedBytes, maxCompressionRatio, compressionRatioMinBytes } = {
    ...DECOMPRESS_DEFAULTS,
    ...options,
  }
  const gunzip = createGunzip()
  const source = Readable.from(input, { objectMode: false })
  // Errors (read or zlib) surface through the iteration below; the callback only has to exist.
  pipeline(source, gunzip, () => {})
  let out = 0
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out += chunk.length
      if (out > maxDecompressedBytes) {
        throw new InputError(path, `gzip input expands past ${formatBytes(maxDecompressedBytes)}; stopped`, {
          hint: 'if the file is genuine, raise `max-decompressed-bytes`',
        })
      }
      if (out > compressionRatioMinBytes && out > gunzip.bytesWritten * maxCompressionRatio) {
        const ratio = Math.round(out / Math.max(1, gunzip.bytesWritten))
        throw new InputError(
          path,
          `gzip input expands more than ${maxCompressionRatio}:1 (${ratio}:1 after ${formatBytes(out)}); ` +
            'this looks like a decompression bomb, so it was stopped',
          { hint: 'if the file is genuine, decompress it first (`gunzip -k`) and pass the plain file' },
        )
      }
      yield chunk
    }
  } catch (err) {
    throw toInputError(path, err)
  } finally {
    gunzip.destroy()
    source.destroy()
  }
}
