import { describe, expect, it } from 'vitest'
import {
  binaryReason,
  decodeBytes,
  sniff,
  SNIFF_BYTES,
  type DecodeOptions,
} from '../../src/sources/decode.js'
import type { SourceStats } from '../../src/sources/types.js'
import { chunked } from './helpers.js'

const newStats = (): SourceStats => ({
  bytesRead: 0,
  gzip: false,
  encoding: 'utf-8',
  bom: false,
  invalidSequences: 0,
  lines: 0,
  linesTruncated: 0,
})

/** Decodes `bytes` fed in pieces of `chunkSize`, returning the text and the stats. */
async function decode(bytes: Uint8Array, chunkSize = 64 * 1024, options: DecodeOptions = {}) {
  const stats = newStats()
  const decoded = await decodeBytes(chunked(bytes, chunkSize), stats, options)
  if (decoded.kind === 'binary') return { binary: decoded.reason, text: undefined, stats }
  let text = ''
  for await (const piece of decoded.chunks) text += piece
  return { binary: undefined, text, stats, empty: decoded.empty }
}

const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16()

/**
 * The first SNIFF_BYTES are read whole before decoding starts, so a test about chunk boundaries puts
 * this much plain text first: what follows then reaches the decoder in the small chunks asked for.
 */
const PAD = 'p'.repeat(SNIFF_BYTES)
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))))

describe('sniff', () => {
  it('recognises byte order marks', () => {
    expect(sniff(bytes([0xef, 0xbb, 0xbf], 'hi'))).toEqual({ encoding: 'utf-8', bomLength: 3 })
    expect(sniff(bytes([0xff, 0xfe], Buffer.from('hi', 'utf16le').toJSON().data))).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    })
    expect(sniff(bytes([0xfe, 0xff], utf16be('hi').toJSON().data))).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    })
  })

  it('recognises UTF-16 without a BOM by where its NUL bytes are', () => {
    expect(sniff(Buffer.from('2024-01-01 INFO started\n', 'utf16le')).encoding).toBe('utf-16le')
    expect(sniff(utf16be('2024-01-01 INFO started\n')).encoding).toBe('utf-16be')
    expect(sniff(Buffer.from('plain text\n')).encoding).toBe('utf-8')
  })
})

describe('binaryReason', () => {
  it('calls NUL-rich or control-rich data binary, and names known formats', () => {
    const elfLike = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'rest of header')
    expect(binaryReason(elfLike)).toMatch(/binary/)
    const random = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) >>> 24))
    expect(binaryReason(random)).toMatch(/binary/)
    expect(binaryReason(bytes([0x50, 0x4b, 0x03, 0x04], 'xxxx'))).toMatch(/zip archive/)
    expect(binaryReason(bytes([0x28, 0xb5, 0x2f, 0xfd], 'xxxx'))).toMatch(/zstd/)
  })

  it('does not call a log with ANSI colours, tabs or one stray NUL binary', () => {
    const log = '\x1b[32mINFO\x1b[0m\tok\r\n'.repeat(200)
    expect(binaryReason(Buffer.from(log))).toBeUndefined()
    expect(binaryReason(Buffer.from(log + '\0' + log))).toBeUndefined()
  })
})

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM (only the first one)', async () => {
    const { text, stats } = await decode(bytes([0xef, 0xbb, 0xbf], 'a\n', [0xef, 0xbb, 0xbf], 'b'))
    expect(text).toBe('a\n\uFEFFb')
    expect(stats).toMatchObject({ encoding: 'utf-8', bom: true, invalidSequences: 0 })
  })

  it('decodes UTF-16 LE and BE, with and without BOM, whatever the chunk size', async () => {
    const sample = PAD + 'Grüße — 日本 😀\nline 2\r\n'
    for (const chunkSize of [1, 3, 64 * 1024]) {
      const le = await decode(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]),
        chunkSize,
      )
      expect(le.text).toBe(sample)
      expect(le.stats).toMatchObject({ encoding: 'utf-16le', bom: true, invalidSequences: 0 })
      const be = await decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sample)]), chunkSize)
      expect(be.text).toBe(sample)
      expect(be.stats).toMatchObject({ encoding: 'utf-16be', bom: true, invalidSequences: 0 })
    }
    const ascii = 'build started\nbuild finished\n'
    const le = await decode(Buffer.from(ascii, 'utf16le'), 5)
    expect(le.text).toBe(ascii)
    expect(le.stats).toMatchObject({ encoding: 'utf-16le', bom: false })
    const be = await decode(utf16be(ascii), 5)
    expect(be.text).toBe(ascii)
    expect(be.stats).toMatchObject({ encoding: 'utf-16be', bom: false })
  })

  it('keeps a multi-byte UTF-8 character split across chunks whole', async () => {
    const sample = PAD + 'é😀日\n'.repeat(10)
    for (const chunkSize of [1, 2, 3, 5]) {
      const { text, stats } = await decode(Buffer.from(sample), chunkSize)
      expect(text).toBe(sample)
      expect(stats.invalidSequences).toBe(0)
    }
  })

  it('replaces invalid UTF-8 with U+FFFD and counts each invalid sequence exactly', async () => {
    const input = bytes(
      PAD,
      'a',
      [0xff], // 1: never valid
      'b',
      [0xc3], // 2: lead byte, then no continuation
      'c',
      [0xe2, 0x82], // 3: truncated 3-byte sequence (one maximal subpart)
      'd',
      [0xef, 0xbf, 0xbd], // literally U+FFFD: content, not counted
      [0xed, 0xa0, 0x80], // 4, 5, 6: a UTF-16 surrogate encoded in UTF-8 is three invalid bytes
      'e',
      [0xf0, 0x9f, 0x98], // 7: truncated at the end of the input
    )
    for (const chunkSize of [1, 2, 64 * 1024]) {
      const { text, stats } = await decode(input, chunkSize)
      expect(text).toBe(PAD + 'a\uFFFDb\uFFFDc\uFFFDd\uFFFD\uFFFD\uFFFD\uFFFDe\uFFFD')
      expect(stats.invalidSequences).toBe(7)
    }
  })

  it('does not count U+FFFD that is in the input, even split across chunks', async () => {
    const input = bytes(PAD, 'x', [0xef, 0xbf, 0xbd], [0xef, 0xbf, 0xbd], 'y', [0xef, 0xbf, 0xbd])
    for (const chunkSize of [1, 2, 3, 4, 64 * 1024]) {
      const { text, stats } = await decode(input, chunkSize)
      expect(text).toBe(PAD + 'x\uFFFD\uFFFDy\uFFFD')
      expect(stats.invalidSequences).toBe(0)
    }
    for (const chunkSize of [1, 2, 3]) {
      const le = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(PAD + 'a\uFFFDb\uFFFD', 'utf16le'),
        Buffer.from([0x00, 0xd8]),
      ])
      const decoded = await decode(le, chunkSize)
      // The lone high surrogate at the end is invalid; the literal U+FFFDs are not.
      expect(decoded.text).toBe(PAD + 'a\uFFFDb\uFFFD\uFFFD')
      expect(decoded.stats.invalidSequences).toBe(1)
      // FF FD astride two code units (U+00FF, U+FDxx) is not a literal U+FFFD.
      const be = Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        utf16be(PAD),
        Buffer.from([0x00, 0xff, 0xfd, 0x00]),
      ])
      const odd = await decode(be, chunkSize)
      expect(odd.text).toBe(PAD + '\u00FF\uFD00')
      expect(odd.stats.invalidSequences).toBe(0)
    }
  })

  it('reports binary input, or decodes it when asked to', async () => {
    const data = Buffer.alloc(4096)
    data.write('header', 0)
    expect((await decode(data)).binary).toMatch(/NUL bytes/)
    const forced = await decode(data, 64 * 1024, { binary: 'text' })
    expect(forced.text?.startsWith('header\0')).toBe(true)
  })

  it('reports an empty input as empty', async () => {
    const { text, empty } = await decode(Buffer.alloc(0))
    expect(text).toBe('')
    expect(empty).toBe(true)
  })
})
