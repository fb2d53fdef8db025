import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../../src/core/errors.js'
import { createFormat, detectFormat, scoreFormats } from '../../../src/transforms/parse/index.js'
import { fixtureLines } from './helpers.js'

describe('detectFormat', () => {
  it.each([
    ['json.log', 'json'],
    ['logfmt.log', 'logfmt'],
    ['syslog-3164.log', 'syslog-3164'],
    ['syslog-5424.log', 'syslog-5424'],
    ['header.log', 'header'],
    ['access.log', 'access-log'],
    ['github-actions.log', 'github-actions'],
    ['plain.txt', 'plain'],
  ])('detects %s as %s', (fixture, name) => {
    expect(detectFormat(fixtureLines(fixture)).name).toBe(name)
  })

  it('falls back to plain for prose, empty samples and blank lines', () => {
    expect(detectFormat(['Hello there.', 'This is a README, not a log.']).name).toBe('plain')
    expect(detectFormat([]).name).toBe('plain')
    expect(detectFormat(['', '   ']).name).toBe('plain')
  })

  it('falls back to plain when no format fits most lines', () => {
    const mixed = ['{"msg":"a"}', 'prose', 'more prose', 'even more prose']
    expect(detectFormat(mixed).name).toBe('plain')
  })

  it('ignores indented continuation lines when scoring', () => {
    const lines = fixtureLines('header.log')
    const scores = scoreFormats(lines)
    expect(scores[0]).toEqual({ name: 'header', score: 0.8 }) // the `java.net.BindException` line counts
    expect(detectFormat(lines.filter((l) => !l.startsWith('\t'))).name).toBe('header')
  })

  it('binds the detected format to the options', () => {
    const format = detectFormat(['2024-05-01 12:00:00 INFO a.B: x'], { timezone: 'Europe/Berlin' })
    expect(
      format.parse({ text: '2024-05-01 12:00:00 INFO a.B: x', line: 1, lines: 1, truncated: false })[
        '@timestamp'
      ],
    ).toBe('2024-05-01T10:00:00.000Z')
  })
})

describe('detection details', () => {
  it('scores lines without their ANSI colours', () => {
    const lines = [
      '2024-05-01 12:00:00 \x1b[32mINFO\x1b[0m a.B: one',
      '2024-05-01 12:00:01 \x1b[31mERROR\x1b[0m a.B: two',
    ]
    expect(detectFormat(lines).name).toBe('header')
  })

  it('rejects an unknown format name with a ConfigError', () => {
    expect(() => createFormat('xml' as never)).toThrow(ConfigError)
  })
})
