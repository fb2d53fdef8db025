import { describe, expect, it } from 'vitest'

import type { Frame, LineFormat } from '../../../src/transforms/types.js'
import { createFormat, createParser, detectFormat } from '../../../src/transforms/parse/index.js'
import { frame } from './helpers.js'

describe('createParser', () => {
  it('falls back to plain per frame, and says so in logward.format', () => {
    const parser = createParser(createFormat('json'))
    expect(parser.parse(frame('{"msg":"ok"}')).logward).toEqual({ format: 'json' })
    expect(parser.parse(frame('WARN: not json')).logward).toEqual({ format: 'plain' })
    expect(parser.parse(frame('WARN: not json')).log?.level).toBe('warn')
  })

  it('applies the options it is given to a format detected without them', () => {
    const format = detectFormat(['2024-07-01 12:00:00 INFO a.B: x'])
    const berlin = createParser(format, { timezone: 'Europe/Berlin' })
    expect(berlin.parse(frame('2024-07-01 12:00:00 INFO a.B: x'))['@timestamp']).toBe(
      '2024-07-01T10:00:00.000Z',
    )
    expect(berlin.parse(frame('garbage 2024'))['@timestamp']).toBeUndefined()
    const utc = createParser(format)
    expect(utc.parse(frame('2024-07-01 12:00:00 INFO a.B: x'))['@timestamp']).toBe('2024-07-01T12:00:00.000Z')
  })

  it('parses with a format that is not built in', () => {
    const custom: LineFormat = {
      name: 'custom',
      match: () => 1,
      parse: (f: Frame) => ({ message: f.text.toUpperCase() }),
    }
    expect(createParser(custom).parse(frame('hi'))).toEqual({ message: 'HI', logward: { format: 'custom' } })
  })

  it('gives every frame a message, even an empty one', () => {
    for (const name of [
      'json',
      'logfmt',
      'syslog-3164',
      'syslog-5424',
      'header',
      'access-log',
      'bgl',
      'delimited',
      'github-actions',
      'plain',
    ] as const) {
      const parser = createParser(createFormat(name))
      expect(typeof parser.parse(frame('')).message).toBe('string')
      expect(typeof parser.parse(frame('\n\n')).message).toBe('string')
    }
  })
})

describe('ANSI escape sequences', () => {
  it('are removed before parsing, so levels and messages read as if uncoloured', () => {
    const parser = createParser(createFormat('header'))
    const record = parser.parse(
      frame(
        '2024-05-01 12:00:00 \x1b[31mERROR\x1b[0m \x1b[1ma.B\x1b[0m: \x1b]8;;https://x\x07link\x1b]8;;\x07 done',
      ),
    )
    expect(record).toMatchObject({ message: 'link done', log: { level: 'error', logger: 'a.B' } })
  })

  it('are removed from GitHub Actions step output', () => {
    const parser = createParser(createFormat('github-actions'))
    expect(parser.parse(frame('2024-05-01T12:00:00.0000000Z \x1b[36;1mnpm test\x1b[0m')).message).toBe(
      'npm test',
    )
  })
})
