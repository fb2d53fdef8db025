import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { memoryLogger } from '../../src/core/logger.js'
import { collectSources } from '../../src/sources/index.js'
import { toInputError } from '../../src/sources/input-errors.js'
import { openSource } from '../../src/sources/open-source.js'
import { chunked, collectAll, tempDir, texts } from './helpers.js'

let dir: string
let cleanup: () => Promise<void>
const at = (name: string): string => join(dir, name)

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
})
afterAll(() => cleanup())

describe('collectSources', () => {
  it('reads files in order as batches of numbered lines, with stats', async () => {
    await writeFile(at('one.log'), 'a\r\nb\rc\n')
    await writeFile(at('two.log'), 'd')
    const { sources, errors, summary } = await collectAll(['one.log', 'two.log'], { cwd: dir })
    expect(errors).toEqual([])
    expect(sources.map((s) => [s.path, texts(s.lines)])).toEqual([
      ['one.log', ['a', 'b', 'c']],
      ['two.log', ['d']],
    ])
    expect(sources[0]!.lines.map((l) => l.line)).toEqual([1, 2, 3])
    expect(sources[0]!.stats).toEqual({
      bytesRead: 7,
      gzip: false,
      encoding: 'utf-8',
      bom: false,
      invalidSequences: 0,
      lines: 3,
      linesTruncated: 0,
    })
    expect(summary.opened).toEqual(['one.log', 'two.log'])
  })

  it('recognises gzip by its magic bytes, not by its name', async () => {
    await writeFile(at('really-gzip.txt'), gzipSync('zipped line 1\nzipped line 2\n'))
    await writeFile(at('not-gzip.log.gz'), 'plain despite the name\n')
    // Concatenated gzip members are one stream (what `cat a.gz b.gz` gives).
    await writeFile(at('two-members.log'), Buffer.concat([gzipSync('first\n'), gzipSync('second\n')]))
    const { sources, errors } = await collectAll(['really-gzip.txt', 'not-gzip.log.gz', 'two-members.log'], {
      cwd: dir,
    })
    expect(errors).toEqual([])
    expect(sources.map((s) => [texts(s.lines), s.stats.gzip])).toEqual([
      [['zipped line 1', 'zipped line 2'], true],
      [['plain despite the name'], false],
      [['first', 'second'], true],
    ])
  })

  it('decodes gzip of UTF-16 text with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('wide\r\nchars\r\n', 'utf16le')])
    await writeFile(at('wide.log.gz'), gzipSync(utf16))
    const { sources } = await collectAll(['wide.log.gz'], { cwd: dir })
    expect(texts(sources[0]!.lines)).toEqual(['wide', 'chars'])
    expect(sources[0]!.stats).toMatchObject({ gzip: true, encoding: 'utf-16le', bom: true })
  })

  it('stops a gzip bomb with a clear error naming the file, and reads the other files', async () => {
    // 20 MiB of one letter deflates to ~20 KB: a ratio over 1000:1.
    await writeFile(at('bomb.log.gz'), gzipSync(Buffer.alloc(20 * 1024 * 1024, 'A'), { level: 9 }))
    await writeFile(at('after.log'), 'still read\n')
    const { sources, errors, summary } = await collectAll(['bomb.log.gz', 'after.log'], { cwd: dir })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(InputError)
    expect(errors[0]!.path).toBe('bomb.log.gz')
    expect(errors[0]!.message).toMatch(
      /^bomb\.log\.gz: gzip input expands more than 1000:1 .*decompression bomb/,
    )
    expect(errors[0]!.hint).toBeTruthy()
    // It was stopped early: far less than the 20 MiB it would expand to.
    expect(sources[0]!.stats.bytesRead).toBeLessThan(100_000)
    expect(sources.map((s) => s.path)).toEqual(['bomb.log.gz', 'after.log'])
    expect(texts(sources[1]!.lines)).toEqual(['still read'])
    expect(summary.failed).toEqual(errors)
  })

  it('stops a gzip input at maxDecompressedBytes', async () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n')
    await writeFile(at('large.gz'), gzipSync(text))
    const { errors, sources } = await collectAll(['large.gz'], { cwd: dir, maxDecompressedBytes: 64 * 1024 })
    expect(errors.map((e) => e.message)).toEqual(['large.gz: gzip input expands past 64 KiB; stopped'])
    // Lines read before the limit are kept.
    expect(sources[0]!.lines.length).toBeGreaterThan(1000)
    expect(sources[0]!.lines[0]!.text).toBe('line 0 0')
  })

  it('skips a gzip of NULs (a bomb or a disk image) as binary after a few KiB', async () => {
    await writeFile(at('zeros.gz'), gzipSync(Buffer.alloc(10 * 1024 * 1024)))
    const { sources, errors, summary, logger } = await collectAll(['zeros.gz'], { cwd: dir })
    expect(sources).toEqual([])
    expect(errors).toEqual([])
    expect(summary.skippedBinary.map((s) => s.path)).toEqual(['zeros.gz'])
    expect(logger.entries.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      expect.stringMatching(/^zeros\.gz: skipped: it looks binary/),
    ])
  })

  it('reports a truncated gzip and keeps the lines read before the damage', async () => {
    const whole = gzipSync(Array.from({ length: 50_000 }, (_, i) => `entry ${i}`).join('\n'))
    await writeFile(at('cut.gz'), whole.subarray(0, whole.length >> 1))
    const { sources, errors } = await collectAll(['cut.gz'], { cwd: dir })
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^cut\.gz: gzip data is corrupt or truncated/),
    ])
    expect(sources[0]!.lines[0]!.text).toBe('entry 0')
  })

  it('skips a binary file with a warning naming it, and reads the others', async () => {
    const binary = Buffer.alloc(2048)
    binary.write('\x7fELF', 0, 'latin1')
    await writeFile(at('tool.bin'), binary)
    await writeFile(at('text.log'), 'text\n')
    const { sources, errors, logger, summary } = await collectAll(['tool.bin', 'text.log'], { cwd: dir })
    expect(errors).toEqual([])
    expect(sources.map((s) => s.path)).toEqual(['text.log'])
    const warnings = logger.entries.filter((e) => e.level === 'warn').map((e) => e.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^tool\.bin: skipped: it looks binary \(NUL bytes near the start\)\. If it is a text log/,
    )
    expect(summary.skippedBinary).toEqual([{ path: 'tool.bin', reason: expect.stringMatching(/binary/) }])
  })

  it('strips a UTF-8 BOM and counts invalid sequences', async () => {
    await writeFile(
      at('bom.log'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('first\nbad \xff byte\n', 'latin1')]),
    )
    const { sources } = await collectAll(['bom.log'], { cwd: dir })
    expect(texts(sources[0]!.lines)).toEqual(['first', 'bad \uFFFD byte'])
    expect(sources[0]!.stats).toMatchObject({ bom: true, invalidSequences: 1 })
  })

  it('hands out an empty file with no lines, not as an error', async () => {
    await writeFile(at('empty.log'), '')
    const { sources, errors, summary, logger } = await collectAll(['empty.log'], { cwd: dir })
    expect(errors).toEqual([])
    expect(sources).toEqual([{ path: 'empty.log', lines: [], stats: expect.objectContaining({ lines: 0 }) }])
    expect(summary.empty).toEqual(['empty.log'])
    expect(logger.entries).toContainEqual({ level: 'debug', message: 'empty.log: empty; no lines' })
  })

  it('reads stdin for `-`, from a stream with characters split across tiny chunks', async () => {
    // 9000 bytes first: the first 8 KiB are sniffed as one piece; the rest arrives byte by byte.
    const text = 'pad line\n'.repeat(1000) + 'héllo wörld 😀\r\nzweite Zeile\rdritte\n'
    const stdin = Readable.from(chunked(Buffer.from(text), 1), { objectMode: false })
    await writeFile(at('file.log'), 'from a file\n')
    const { sources } = await collectAll(['-', 'file.log'], { cwd: dir, stdin })
    expect(sources.map((s) => [s.path, texts(s.lines).slice(-3)])).toEqual([
      ['-', ['héllo wörld 😀', 'zweite Zeile', 'dritte']],
      ['file.log', ['from a file']],
    ])
    expect(sources[0]!.lines.at(-1)).toEqual({ text: 'dritte', line: 1003 })
    expect(sources[0]!.stats.invalidSequences).toBe(0)
    expect(sources[0]!.stats.bytesRead).toBe(Buffer.byteLength(text))
  })

  it('reports unreadable inputs with their path and a hint, and reads the rest', async () => {
    await mkdir(at('a-dir/sub'), { recursive: true })
    await writeFile(at('a-dir/sub/inside.log'), 'inside\n')
    await writeFile(at('ok.log'), 'ok\n')
    await symlink('nowhere.log', at('dangling.log'))
    await symlink('loop-b', at('loop-a'))
    await symlink('loop-a', at('loop-b'))
    const { sources, errors } = await collectAll(
      ['missing.log', 'dangling.log', 'loop-a', 'nothing-*.log', 'a-dir', 'ok.log'],
      { cwd: dir },
    )
    expect(errors.map((e) => e.message)).toEqual([
      'missing.log: no such file',
      'dangling.log: is a symbolic link whose target does not exist',
      'loop-a: too many levels of symbolic links (a symlink loop)',
      'nothing-*.log: glob matched no files',
    ])
    expect(errors.every((e) => e instanceof InputError && e.hint)).toBe(true)
    // A directory where a file could be is read recursively.
    expect(sources.map((s) => [s.path, texts(s.lines)])).toEqual([
      ['a-dir/sub/inside.log', ['inside']],
      ['ok.log', ['ok']],
    ])
  })

  it('logs input errors when no onInputError is given', async () => {
    const logger = memoryLogger()
    const collection = collectSources(['missing.log'], { cwd: dir }, logger)
    for await (const _ of collection) expect.unreachable()
    expect(logger.entries).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(/^missing\.log: no such file\n {2}hint: check the path/),
      },
    ])
    expect(collection.summary.failed).toHaveLength(1)
  })

  it('moves on when a source is left unread or abandoned mid-way', async () => {
    await writeFile(at('many.log'), Array.from({ length: 5000 }, (_, i) => `l${i}`).join('\n'))
    await writeFile(at('last.log'), 'last\n')
    const seen: string[] = []
    for await (const source of collectSources(
      ['many.log', 'one.log', 'last.log'],
      { cwd: dir },
      memoryLogger(),
    )) {
      seen.push(source.path)
      if (source.path === 'many.log') {
        for await (const batch of source.lines) {
          expect(batch[0]!.text).toBe('l0')
          break
        }
      }
      // one.log is never iterated.
    }
    expect(seen).toEqual(['many.log', 'one.log', 'last.log'])
  })

  it('cuts a 10 MB line at maxRecordBytes, marks it, and reads on', async () => {
    await writeFile(at('long.log'), `before\n${'x'.repeat(10 * 1024 * 1024)}\r\nafter\n`)
    const { sources } = await collectAll(['long.log'], { cwd: dir })
    const [before, long, after] = sources[0]!.lines
    expect(before).toEqual({ text: 'before', line: 1 })
    expect(long!.text.length).toBe(1_048_576)
    expect(long!.truncated).toBe(true)
    expect(long!.line).toBe(2)
    expect(after).toEqual({ text: 'after', line: 3 })
    expect(sources[0]!.stats).toMatchObject({ lines: 3, linesTruncated: 1 })
  })

  it('keeps memory bounded on a 256 MiB line (the rest is skipped, not buffered)', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'y')
    const before = process.memoryUsage().heapUsed
    let peak = before
    async function* huge(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 256; i++) {
        if (i % 16 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed)
        yield chunk
      }
      yield Buffer.from('\nend\n')
    }
    const { sources } = await collectAll(['-'], { stdin: huge(), maxRecordBytes: 4096 })
    expect(sources[0]!.lines).toEqual([
      { text: 'y'.repeat(4096), line: 1, truncated: true },
      { text: 'end', line: 2 },
    ])
    expect(peak - before).toBeLessThan(64 * 1024 * 1024)
  })
})

describe('openSource', () => {
  it('reports a directory opened as a file', async () => {
    await mkdir(at('just-a-dir'), { recursive: true })
    const result = await openSource({ kind: 'file', path: 'just-a-dir', absolutePath: at('just-a-dir') })
    expect(result.kind).toBe('failed')
    if (result.kind === 'failed') {
      expect(result.error.message).toBe('just-a-dir: is a directory, not a file')
      expect(result.error.hint).toMatch(/recursively/)
    }
  })
})

describe('toInputError', () => {
  // Tests run as root, where chmod cannot make a file unreadable: check the wording on the error itself.
  it('explains permission errors without quoting the underlying message', () => {
    const err = toInputError(
      'secret.log',
      Object.assign(new Error('EACCES: open secret.log (content?)'), { code: 'EACCES' }),
    )
    expect(err.message).toBe('secret.log: permission denied')
    expect(err.hint).toMatch(/readable/)
    expect(err.cause).toBeInstanceOf(Error)
  })

  it('keeps an InputError as it is, and names unknown codes', () => {
    const original = new InputError('x', 'already explained')
    expect(toInputError('x', original)).toBe(original)
    expect(toInputError('y', Object.assign(new Error('?'), { code: 'EWEIRD' })).message).toBe(
      'y: could not be read (EWEIRD)',
    )
  })
})
