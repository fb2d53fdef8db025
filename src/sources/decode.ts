import { asBuffer, readHead } from './byte-stream.js'
import type { SourceStats, TextEncoding } from './types.js'

export interface DecodeOptions {
  /**
   * What to do with input that looks binary: `skip` it (the caller warns), or decode it as `text` anyway
   * (for a log that is text but starts with NUL padding, as `copytruncate` can leave). Default `skip`.
   */
  binary?: 'skip' | 'text'
}

/** How much of the (decompressed) start of an input is looked at to choose its encoding, or call it binary. */
export const SNIFF_BYTES = 8192

export interface Sniffed {
  encoding: TextEncoding
  /** Length of the byte order mark to drop (0 when there is none). */
  bomLength: number
  /** Why the input looks binary; undefined for text. */
  binary?: string
}

/**
 * Chooses the encoding from the first bytes: a BOM decides; otherwise ASCII-range text in UTF-16 shows as
 * a NUL in every other byte, on the odd bytes (LE) or the even ones (BE). Anything else is read as UTF-8,
 * unless it looks binary.
 */
export function sniff(sample: Uint8Array): Sniffed {
  const [b0, b1, b2] = sample
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 }
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return { encoding: utf16, bomLength: 0 }
  const binary = binaryReason(sample)
  return binary ? { encoding: 'utf-8', bomLength: 0, binary } : { encoding: 'utf-8', bomLength: 0 }
}

function utf16WithoutBom(sample: Uint8Array): TextEncoding | undefined {
  const pairs = sample.length >> 1
  if (pairs < 2) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++
    if (sample[i + 1] === 0) oddZero++
  }
  // Non-ASCII UTF-16 text has fewer NULs, hence 30%; binary data has NULs on both sides, hence ~none.
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02) return 'utf-16le'
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02) return 'utf-16be'
  return undefined
}

/** Control bytes that text logs do contain: BS, TAB, LF, VT, FF, CR and ESC (ANSI colours). */
const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b])

/**
 * A known binary signature, or ≥ 1% NUL bytes, or > 5% other control bytes. A lone NUL does not make a
 * log binary (it happens in real logs); random or compressed data has ~10% control bytes.
 */
export function binaryReason(sample: Uint8Array): string | undefined {
  const magic = binaryMagic(sample)
  if (magic) return `it is ${magic}`
  let nul = 0
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!
    if (b < 0x20 || b === 0x7f) {
      if (b === 0) nul++
      else if (!TEXT_CONTROLS.has(b)) control++
    }
  }
  if (nul > 0 && nul * 100 >= sample.length) return 'it looks binary (NUL bytes near the start)'
  if ((nul + control) * 20 > sample.length) return 'it looks binary (many control bytes near the start)'
  return undefined
}

const startsWith = (sample: Uint8Array, bytes: number[], at = 0): boolean =>
  sample.length >= at + bytes.length && bytes.every((b, i) => sample[at + i] === b)

/** Formats people pass by mistake; naming them tells the user what to do (decompress, extract). */
function binaryMagic(sample: Uint8Array): string | undefined {
  if (startsWith(sample, [0x1f, 0x8b])) return 'gzip-compressed twice (or a gzip file inside gzip)'
  if (startsWith(sample, [0x28, 0xb5, 0x2f, 0xfd]))
    return 'zstd-compressed (decompress it with `zstd -d` first)'
  if (startsWith(sample, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    return 'xz-compressed (decompress it with `xz -d` first)'
  if (startsWith(sample, [0x42, 0x5a, 0x68]) && startsWith(sample, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) {
    return 'bzip2-compressed (decompress it with `bunzip2` first)'
  }
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return 'a zip archive (extract it first)'
  if (startsWith(sample, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7z archive (extract it first)'
  if (startsWith(sample, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return 'a tar archive (extract it first)'
  return undefined
}

export type Decoded =
  | {
      kind: 'text'
      /** Nothing at all to decode: an empty file (or gzip of nothing). */
      empty: boolean
      /** Decoded text, in order, in pieces of about the size of the byte chunks. Iterate once. */
      chunks: AsyncGenerator<string, void, undefined>
    }
  | { kind: 'binary'; reason: string }

/**
 * Sniffs the encoding, then decodes the byte stream to text, streaming (a multi-byte character split
 * across chunks is held until its last byte comes). Sets `stats.encoding`, `stats.bom` and keeps
 * `stats.invalidSequences` up to date. On `binary`, the byte stream has been released.
 */
export async function decodeBytes(
  bytes: AsyncIterable<Uint8Array>,
  stats: SourceStats,
  options: DecodeOptions = {},
): Promise<Decoded> {
  const iterator = bytes[Symbol.asyncIterator]()
  const { head, done, rest } = await readHead(iterator, SNIFF_BYTES)
  const sniffed = sniff(head.subarray(0, SNIFF_BYTES))
  stats.encoding = sniffed.encoding
  stats.bom = sniffed.bomLength > 0
  if (sniffed.binary && options.binary !== 'text') {
    await iterator.return?.()
    return { kind: 'binary', reason: sniffed.binary }
  }
  return {
    kind: 'text',
    empty: done && head.length === 0,
    chunks: decodeChunks(head.subarray(sniffed.bomLength), rest, done, sniffed.encoding, stats),
  }
}

async function* decodeChunks(
  first: Buffer,
  rest: AsyncIterator<Uint8Array>,
  done: boolean,
  encoding: TextEncoding,
  stats: SourceStats,
): AsyncGenerator<string, void, undefined> {
  // The BOM was dropped above; `ignoreBOM` keeps the decoder from eating a second one that is content.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true })
  const literal = new LiteralReplacementCounter(encoding)
  let replacements = 0
  const decode = (chunk?: Uint8Array): string => {
    const text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true })
    if (chunk !== undefined) literal.scan(chunk)
    replacements += countReplacements(text)
    // U+FFFD that was in the input is content, not an invalid sequence.
    stats.invalidSequences = replacements - literal.count
    return text
  }
  try {
    let text = decode(first)
    if (text.length > 0) yield text
    if (!done) {
      for (;;) {
        const next = await rest.next()
        if (next.done) break
        text = decode(next.value)
        if (text.length > 0) yield text
      }
    }
    text = decode()
    if (text.length > 0) yield text
  } finally {
    await rest.return?.()
  }
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++
  return n
}

/**
 * Counts U+FFFD literally encoded in the input (EF BF BD in UTF-8, one aligned code unit in UTF-16),
 * including one split across chunks, so that it can be told apart from the decoder's replacements.
 */
class LiteralReplacementCounter {
  count = 0
  private readonly pattern: Buffer
  private readonly align: number
  private offset = 0
  private tail: Buffer = Buffer.alloc(0)

  constructor(encoding: TextEncoding) {
    this.pattern = Buffer.from(
      encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd],
    )
    this.align = encoding === 'utf-8' ? 1 : 2
  }

  scan(chunk: Uint8Array): void {
    const buf = asBuffer(chunk)
    if (buf.length === 0) return
    const keep = this.pattern.length - 1
    if (this.tail.length > 0) {
      // Only matches that start in the previous chunk's tail and end in this chunk.
      const window = Buffer.concat([this.tail, buf.subarray(0, keep)])
      const windowStart = this.offset - this.tail.length
      for (
        let i = window.indexOf(this.pattern);
        i !== -1 && i < this.tail.length;
        i = window.indexOf(this.pattern, i + 1)
      ) {
        if ((windowStart + i) % this.align === 0) this.count++
      }
    }
    for (let i = buf.indexOf(this.pattern); i !== -1; i = buf.indexOf(this.pattern, i + 1)) {
      if ((this.offset + i) % this.align === 0) this.count++
    }
    this.tail =
      buf.length >= keep
        ? Buffer.from(buf.subarray(buf.length - keep))
        : Buffer.concat([this.tail, buf]).subarray(-keep)
    this.offset += buf.length
  }
}
