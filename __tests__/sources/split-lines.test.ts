import { describe, expect, it } from 'vitest'
import { cutUtf8, LineSplitter, splitLines, type SplitOptions } from '../../src/sources/split-lines.js'
import type { SourceLine } from '../../src/sources/types.js'

async function* from(chunks: string[]): AsyncGenerator<string> {
  yield* chunks
}

async function split(chunks: string[], options: SplitOptions = {}) {
  const stats = { lines: 0, linesTruncated: 0 }
  const batches: SourceLine[][] = []
  for await (const batch of splitLines(from(chunks), stats, options)) batches.push(batch)
  return { lines: batches.flat(), batches, stats }
}

const texts = (lines: SourceLine[]): string[] => lines.map((l) => l.text)

describe('splitLines', () => {
  it('ends lines at LF, CRLF and a lone CR, and numbers them from 1', async () => {
    const { lines, stats } = await split(['a\nb\r\nc\rd'])
    expect(lines).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: 'c', line: 3 },
      { text: 'd', line: 4 },
    ])
    expect(stats).toEqual({ lines: 4, linesTruncated: 0 })
  })

  it('keeps empty lines, and adds no line for a final terminator', async () => {
    expect(texts((await split(['\n\nx\n'])).lines)).toEqual(['', '', 'x'])
    expect(texts((await split(['\r\n\r\n'])).lines)).toEqual(['', ''])
    expect(texts((await split(['\r\r'])).lines)).toEqual(['', ''])
    expect((await split([''])).lines).toEqual([])
    expect((await split([])).lines).toEqual([])
  })

  it('treats a CRLF split across chunks as one terminator', async () => {
    expect(texts((await split(['a\r', '\nb\r', '', '\nc'])).lines)).toEqual(['a', 'b', 'c'])
    // A CR at the end of a chunk followed by text is a lone CR.
    expect(texts((await split(['a\r', 'b\r'])).lines)).toEqual(['a', 'b'])
  })

  it('joins a line that spans many chunks', async () => {
    expect(texts((await split(['he', 'll', 'o\nwor', 'ld'])).lines)).toEqual(['hello', 'world'])
    const oneCharChunks = 'one\r\ntwo\rthree\n'.split('')
    expect(texts((await split(oneCharChunks)).lines)).toEqual(['one', 'two', 'three'])
  })

  it('yields batches of at most batchLines lines or about batchChars characters', async () => {
    const input = Array.from({ length: 2500 }, (_, i) => `line ${i}`).join('\n')
    const { batches, lines } = await split([input], { batchLines: 1000 })
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500])
    expect(lines.at(-1)).toEqual({ text: 'line 2499', line: 2500 })

    const wide = await split(
      ['x'.repeat(100) + '\n'.repeat(1)].concat(Array(9).fill('y'.repeat(100) + '\n')),
      {
        batchChars: 250,
      },
    )
    expect(wide.batches.map((b) => b.length)).toEqual([3, 3, 3, 1])
  })

  it('cuts a line longer than maxRecordBytes, marks it, and skips its rest', async () => {
    const { lines, stats } = await split(['short\n', 'x'.repeat(30) + '\n', 'after'], { maxRecordBytes: 10 })
    expect(lines).toEqual([
      { text: 'short', line: 1 },
      { text: 'x'.repeat(10), line: 2, truncated: true },
      { text: 'after', line: 3 },
    ])
    expect(stats).toEqual({ lines: 3, linesTruncated: 1 })
  })

  it('cuts a long line that arrives over many chunks, and one that ends the input', async () => {
    const chunks = ['ab', ...Array(50).fill('cdefgh'), '\r', '\nnext\n', 'z'.repeat(40)]
    const { lines, stats } = await split(chunks, { maxRecordBytes: 16 })
    expect(lines).toEqual([
      { text: 'abcdefghcdefghcd', line: 1, truncated: true },
      { text: 'next', line: 2 },
      { text: 'z'.repeat(16), line: 3, truncated: true },
    ])
    expect(stats.linesTruncated).toBe(2)
  })

  it('measures the maximum in UTF-8 bytes and never cuts a character in two', async () => {
    // 'é' is 2 bytes: 5 of them are 10 bytes; a 6th does not fit in 11.
    const { lines } = await split(['é'.repeat(8) + '\n'], { maxRecordBytes: 11 })
    expect(lines[0]).toEqual({ text: 'é'.repeat(5), line: 1, truncated: true })
    // A line exactly at the limit is not cut.
    expect((await split(['é'.repeat(5)], { maxRecordBytes: 10 })).lines[0]).toEqual({
      text: 'é'.repeat(5),
      line: 1,
    })
    expect(cutUtf8('a😀b', 4)).toBe('a')
    expect(cutUtf8('a😀b', 5)).toBe('a😀')
  })

  it('can be driven synchronously, one chunk at a time', () => {
    const stats = { lines: 0, linesTruncated: 0 }
    const splitter = new LineSplitter(stats)
    splitter.push('a\nb')
    expect(splitter.take().flat()).toEqual([])
    splitter.push('c\n')
    splitter.end()
    expect(texts(splitter.take().flat())).toEqual(['a', 'bc'])
  })
})
