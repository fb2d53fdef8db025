import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { SourceLine } from '../../src/sources/types.js'
import {
  DEFAULT_MAX_RECORD_BYTES,
  Framer,
  frameLines,
  type FramerOptions,
} from '../../src/transforms/framing.js'
import type { Frame, LineFormat } from '../../src/transforms/types.js'
import { createRedactor } from '../../src/transforms/redact.js'
import { repoRoot } from '../helpers/shared-data.js'

const fixtures = join(repoRoot, '__tests__', 'fixtures', 'framing')

function toLines(text: string): SourceLine[] {
  const parts = text.split('\n')
  if (parts.at(-1) === '') parts.pop()
  return parts.map((t, i) => ({ text: t, line: i + 1 }))
}

function fixture(name: string): SourceLine[] {
  return toLines(readFileSync(join(fixtures, name), 'utf8'))
}

/** Each frame as [first line, number of lines]: the boundaries the tests pin down. */
function bounds(frames: Frame[]): [number, number][] {
  return frames.map((f) => [f.line, f.lines])
}

function multiline(lines: SourceLine[], options: Partial<FramerOptions> = {}): Frame[] {
  const frames = frameLines(lines, { mode: 'multiline', ...options })
  // No line is ever lost or counted twice, whatever the input.
  expect(frames.reduce((n, f) => n + f.lines, 0)).toBe(lines.length)
  return frames
}

// GitHub Actions: every physical line carries a timestamp.
const GHA_LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) ?(.*)$/
const githubActions: Pick<LineFormat, 'envelope'> = {
  envelope(line) {
    const m = GHA_LINE.exec(line)
    return m ? { timestamp: m[1], body: m[2] ?? '' } : undefined
  },
}

describe('Framer, multiline: languages', () => {
  it('folds Java traces: frames, Caused by, Suppressed, ... N more, exception line under a header', () => {
    const lines = fixture('java.log')
    const frames = multiline(lines)
    expect(bounds(frames)).toEqual([
      [1, 1],
      [2, 15],
      [17, 1],
      [18, 4],
      [22, 2],
      [24, 3],
    ])
    expect(frames[1]!.text.split('\n')[1]).toBe(
      'java.lang.IllegalStateException: Inventory reservation failed for sku=AB-1',
    )
    expect(frames[1]!.text.split('\n').at(-1)).toBe('\t\t... 5 more')
    expect(frames[4]!.text.startsWith('Exception in thread "main"')).toBe(true)
    // The text is exactly the physical lines, in order.
    expect(frames.map((f) => f.text).join('\n')).toBe(lines.map((l) => l.text).join('\n'))
    expect(frames.every((f) => !f.truncated)).toBe(true)
  })

  it('folds Python tracebacks: the unindented exception line, chained tracebacks, logger.exception', () => {
    const frames = multiline(fixture('python.log'))
    expect(bounds(frames)).toEqual([
      [1, 1],
      [2, 9],
      [11, 1],
      [12, 1],
      [13, 18],
      [31, 1],
      [32, 12],
      [44, 4],
    ])
    expect(frames[1]!.text.split('\n').at(-1)).toBe(
      "ValueError: invalid literal for int() with base 10: 'wide'",
    )
    expect(frames[4]!.text).toContain('The above exception was the direct cause of the following exception:')
    expect(frames[4]!.text.split('\n').at(-2)).toBe('app.errors.DatabaseUnavailable: primary is down')
    expect(frames[6]!.text).toContain('During handling of the above exception, another exception occurred:')
    expect(frames[6]!.text.endsWith('LookupError: user:7')).toBe(true)
  })

  it("keeps Node's uncaught-exception report whole, across its blank lines", () => {
    const frames = multiline(fixture('node.log'))
    expect(bounds(frames)).toEqual([
      [1, 1],
      [2, 2],
      [4, 17],
      [21, 1],
      [22, 1],
      [23, 1],
      [24, 12],
      [36, 4],
    ])
    expect(frames[2]!.text.split('\n').at(-1)).toBe('Node.js v22.12.0')
    expect(frames[6]!.text).toContain("  code: 'ERR_MODULE_NOT_FOUND'\n}")
    expect(frames[7]!.text.split('\n')[1]).toBe(
      "TypeError: Cannot read properties of undefined (reading 'id')",
    )
  })

  it('keeps a Go panic and its goroutine dump (several goroutines, blank lines) in one record', () => {
    const frames = multiline(fixture('go.log'))
    expect(bounds(frames)).toEqual([
      [1, 1],
      [2, 1],
      [3, 20],
      [23, 1],
      [24, 1],
      [25, 6],
      [31, 1],
    ])
    expect(frames[2]!.text).toContain('goroutine 9 [select, 2 minutes]:')
    expect(frames[2]!.text.split('\n').at(-1)).toBe(
      '\t/opt/hostedtoolcache/go/1.22.1/x64/src/net/http/transport.go:1777 +0x16f1',
    )
    expect(frames[6]!.text).toBe('Program exited.')
  })

  it('folds .NET traces: ---> inner exceptions and End of ... markers', () => {
    const frames = multiline(fixture('dotnet.log'))
    expect(bounds(frames)).toEqual([
      [1, 2],
      [3, 5],
      [8, 13],
      [21, 1],
    ])
  })
})

describe('Framer, multiline: rules', () => {
  it('decides on the envelope body and keeps the full physical lines', () => {
    const lines = fixture('github-actions.log')
    const frames = multiline(lines, { format: githubActions })
    expect(bounds(frames)).toEqual([
      [1, 3],
      [4, 1],
      [5, 7],
      [12, 1],
    ])
    expect(frames[2]!.text.split('\n')[0]).toBe(
      '2024-03-12T14:10:01.5000000Z Traceback (most recent call last):',
    )
    expect(frames[2]!.text.split('\n')[5]).toBe('2024-03-12T14:10:01.5010000Z SystemExit: no database')
    // Without the envelope every line starts with a timestamp at column 0: nothing folds.
    expect(multiline(lines)).toHaveLength(lines.length)
  })

  it('a line the format says starts a record always does, even when indented', () => {
    const format: Pick<LineFormat, 'startsRecord'> = { startsRecord: (line) => line.startsWith('  <14>') }
    const lines = toLines(
      '<13>Mar 12 14:00:00 host app: first\n  wrapped\n  <14>Mar 12 14:00:01 host app: second\n',
    )
    expect(bounds(multiline(lines, { format }))).toEqual([
      [1, 2],
      [3, 1],
    ])
  })

  it('keeps a pretty-printed JSON object whole: its closing bracket cannot start a record', () => {
    const format: Pick<LineFormat, 'startsRecord'> = { startsRecord: (line) => line.charCodeAt(0) === 123 }
    const lines = toLines('{\n  "level": "error",\n  "tags": [\n    "db"\n  ]\n}\n{"level":"info"}\n')
    expect(bounds(multiline(lines, { format }))).toEqual([
      [1, 6],
      [7, 1],
    ])
  })

  it('folds indented lines, also across blank lines, and looks past colour codes', () => {
    const lines = toLines(
      'ERROR config invalid\n  key: a\n\n  key: b\n\x1b[31m    at check (x.js:1:1)\x1b[0m\nnext\n',
    )
    expect(bounds(multiline(lines))).toEqual([
      [1, 5],
      [6, 1],
    ])
  })

  it('blank lines: never dropped; they trail the record they follow; leading ones form their own frame', () => {
    const lines = toLines('\n\nINFO one\n\n\nINFO two\n   \nINFO three\n\n')
    const frames = multiline(lines)
    expect(bounds(frames)).toEqual([
      [1, 2],
      [3, 3],
      [6, 2],
      [8, 2],
    ])
    expect(frames[0]!.text).toBe('\n')
    expect(frames[1]!.text).toBe('INFO one\n\n')
    expect(frames[2]!.text).toBe('INFO two\n   ')
    expect(frames[3]!.text).toBe('INFO three\n')
  })

  it('does not attach an unqualified error or a traceback to a line that is not a log header', () => {
    const lines = toLines(
      [
        'Running tests',
        'Error: expected 2, got 3',
        'Collecting data',
        'Traceback (most recent call last):',
        '  File "x.py", line 1, in <module>',
        'RuntimeError: boom',
        'Error details:',
        'Error: connect ECONNREFUSED 127.0.0.1:5432',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
      ].join('\n'),
    )
    expect(bounds(multiline(lines))).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 3],
      [7, 3],
    ])
  })

  it('keeps a PEM block (unindented base64 lines) in one record, and stops at its END line', () => {
    const lines = toLines(
      [
        'writing key file:',
        '-----BEGIN RSA PRIVATE KEY-----',
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,3F17F5316E2BAC89',
        '',
        'MIIEowIBAAKCAQEAwJ0m1yH5b2o0Vq1cJ8xqfK3t',
        'lZ0s5m9vQ2l3e4r5t6y7u8i9o0pAa1s2d3f4g5h6',
        '-----END RSA PRIVATE KEY-----',
        'done',
        '-----BEGIN CERTIFICATE-----',
        'not base64 at all, so not a PEM body',
      ].join('\n'),
    )
    expect(bounds(multiline(lines))).toEqual([
      [1, 1],
      [2, 7],
      [9, 1],
      [10, 1],
      [11, 1],
    ])
  })

  it('streams: push returns the frame the new line closed, flush the last one', () => {
    const framer = new Framer({ mode: 'multiline' })
    expect(framer.push({ text: 'INFO a', line: 1 })).toBeUndefined()
    expect(framer.push({ text: '  more', line: 2 })).toBeUndefined()
    expect(framer.push({ text: 'INFO b', line: 3 })).toEqual({
      text: 'INFO a\n  more',
      line: 1,
      lines: 2,
      truncated: false,
    })
    expect(framer.flush()).toEqual({ text: 'INFO b', line: 3, lines: 1, truncated: false })
    expect(framer.flush()).toBeUndefined()
    expect(framer.stats).toEqual({ lines: 3, frames: 2, truncated: 0 })
  })
})

describe('Framer, line mode', () => {
  it('makes every line a frame, blank and indented ones too, returned at once', () => {
    const lines = fixture('java.log').slice(0, 4)
    const framer = new Framer({ mode: 'line' })
    const frames = lines.map((l) => framer.push(l))
    expect(framer.flush()).toBeUndefined()
    expect(frames.map((f) => [f!.line, f!.lines, f!.text])).toEqual(lines.map((l) => [l.line, 1, l.text]))
    expect(bounds(frameLines(toLines('a\n\n  b\n'), { mode: 'line' }))).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ])
  })

  it('cuts a line longer than maxRecordBytes on a character boundary and marks it', () => {
    const [frame] = frameLines([{ text: 'ab€€€', line: 7 }], { mode: 'line', maxRecordBytes: 6 })
    expect(frame).toEqual({ text: 'ab€', line: 7, lines: 1, truncated: true })
  })
})

describe('Framer, truncation', () => {
  it('cuts a frame at maxRecordBytes, marks it, still counts every line', () => {
    const lines = toLines(
      ['ERROR boom', ...Array.from({ length: 1000 }, (_, i) => `\tat f${i} (x.js:${i}:1)`)].join('\n'),
    )
    const frames = multiline(lines, { maxRecordBytes: 100 })
    expect(frames).toHaveLength(1)
    expect(frames[0]!.lines).toBe(1001)
    expect(frames[0]!.truncated).toBe(true)
    expect(Buffer.byteLength(frames[0]!.text)).toBe(100)
    expect(frames[0]!.text.startsWith('ERROR boom\n\tat f0 (x.js:0:1)')).toBe(true)
  })

  it('counts UTF-8 bytes, not characters, and never splits a character', () => {
    const lines = toLines('héllo wörld\n  ☃☃☃☃☃\n  more')
    const [frame] = multiline(lines, { maxRecordBytes: 20 })
    expect(frame!.truncated).toBe(true)
    expect(frame!.text).toBe('héllo wörld\n  ☃')
    expect(frame!.lines).toBe(3)
  })

  it('a frame that exactly fits is not truncated; the next one is not affected', () => {
    const frames = multiline(toLines('ERROR 12\n  345\nINFO next'), { maxRecordBytes: 14 })
    expect(frames.map((f) => [f.text, f.truncated])).toEqual([
      ['ERROR 12\n  345', false],
      ['INFO next', false],
    ])
  })

  it('marks the frame of a line the source already truncated', () => {
    const frames = multiline([
      { text: 'ERROR x', line: 1 },
      { text: '  cut here', line: 2, truncated: true },
      { text: 'INFO y', line: 3 },
    ])
    expect(frames.map((f) => f.truncated)).toEqual([true, false])
  })

  it('keeps memory bounded on an endless record (text never grows past the limit)', () => {
    const framer = new Framer({ mode: 'multiline', maxRecordBytes: 4096 })
    framer.push({ text: 'panic: out of memory', line: 1 })
    const pad = ' '.repeat(200)
    for (let i = 2; i <= 200_000; i++) {
      // Blank lines too: held blanks are bounded as well.
      framer.push({ text: i % 10 === 0 ? '' : `${pad}frame ${i}`, line: i })
    }
    const frame = framer.flush()!
    expect(frame.lines).toBe(200_000)
    expect(frame.truncated).toBe(true)
    expect(Buffer.byteLength(frame.text)).toBeLessThanOrEqual(4096)
    expect(framer.stats).toEqual({ lines: 200_000, frames: 1, truncated: 1 })
  })

  it('defaults to 1 MiB and rejects a nonsensical limit', () => {
    expect(DEFAULT_MAX_RECORD_BYTES).toBe(1024 * 1024)
    expect(() => new Framer({ mode: 'line', maxRecordBytes: 0 })).toThrow(RangeError)
  })
})

describe('Framer, every fixture', () => {
  it.each(['java.log', 'python.log', 'node.log', 'go.log', 'dotnet.log', 'github-actions.log'])(
    '%s: no line lost, lines contiguous, text = physical lines',
    (name) => {
      const lines = fixture(name)
      for (const mode of ['line', 'multiline'] as const) {
        const frames = frameLines(lines, { mode })
        expect(frames.reduce((n, f) => n + f.lines, 0)).toBe(lines.length)
        let next = 1
        for (const f of frames) {
          expect(f.line).toBe(next)
          expect(f.text.split('\n')).toHaveLength(f.lines)
          next += f.lines
        }
        expect(frames.map((f) => f.text).join('\n')).toBe(lines.map((l) => l.text).join('\n'))
      }
    },
  )
})

describe('line mode and private keys', () => {
  it('keeps a PEM private-key block whole so it can be redacted, and every other line alone', () => {
    const body = [
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
      'q4XwXbZ0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/=',
    ]
    const lines = [
      'INFO before',
      '-----BEGIN PRIVATE KEY-----',
      ...body,
      '-----END PRIVATE KEY-----',
      'INFO after',
    ].map((text, i) => ({ text, line: i + 1 }))
    const framer = new Framer({ mode: 'line' })
    const frames = [...framer.pushAll(lines), framer.flush()].filter((f) => f !== undefined)
    expect(frames.map((f) => [f.line, f.lines])).toEqual([
      [1, 1],
      [2, 4],
      [6, 1],
    ])
    const redacted = createRedactor({}).redact(frames[1]!.text).text
    for (const b of body) expect(redacted).not.toContain(b)
  })
})
