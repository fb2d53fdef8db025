import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame } from './helpers.js'

describe('logfmt', () => {
  const parser = createParser(createFormat('logfmt'))
  const records = fixtureLines('logfmt.log').map((line, i) => parser.parse(frame(line, i + 1)))

  it('maps the JSON aliases and keeps the other pairs as labels', () => {
    expect(records[0]).toEqual({
      message: 'server started',
      '@timestamp': '2024-05-01T12:00:00.123Z',
      log: { level: 'info', original_level: 'info' },
      host: { name: 'web-1' },
      labels: { port: '8080' },
      logward: { format: 'logfmt' },
    })
  })

  it('reads epoch seconds and unescapes quoted values', () => {
    expect(records[1]).toMatchObject({
      message: 'slow query',
      '@timestamp': '2024-05-01T12:00:01.000Z',
      log: { level: 'warn' },
      labels: { caller: 'db.go:42', duration: '1.5s', query: 'SELECT "x" FROM t' },
    })
  })

  it('reads a quoted timestamp, a component and a bare flag', () => {
    expect(records[2]).toMatchObject({
      '@timestamp': '2024-05-01T12:00:02.000Z',
      log: { level: 'error', logger: 'worker' },
      labels: { error: 'exit status 1', retry: 'true' },
    })
  })

  it('reads a line without time', () => {
    expect(records[3]).toEqual({
      message: 'tick',
      log: { level: 'debug', original_level: 'debug' },
      logward: { format: 'logfmt' },
    })
  })

  it('does not take prose with an equals sign for logfmt', () => {
    const logfmt = createFormat('logfmt')
    expect(logfmt.match('set x=1 and then carry on with the rest')).toBe(0)
    expect(logfmt.match('a = b')).toBe(0)
    expect(logfmt.match('level=info msg=hi')).toBeGreaterThan(0.5)
    expect(parser.parse(frame('no pairs here')).logward.format).toBe('plain')
  })

  it('reads an unterminated quote as plain rather than guessing', () => {
    expect(parser.parse(frame('level=info msg="oops')).logward.format).toBe('plain')
  })
})

describe('logfmt quoting', () => {
  const parser = createParser(createFormat('logfmt'))

  it('reads escaped quotes and backslashes, newlines and tab separators', () => {
    expect(parser.parse(frame('msg="say \\"hi\\"" path="C:\\\\dir\\\\" note="a\\nb"\tk=v'))).toMatchObject({
      message: 'say "hi"',
      labels: { path: 'C:\\dir\\', note: 'a\nb', k: 'v' },
    })
  })
})
