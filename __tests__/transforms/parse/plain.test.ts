import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { frame } from './helpers.js'

const plain = createParser(createFormat('plain', { now: () => Date.UTC(2024, 5, 1) }))
const parse = (text: string) => plain.parse(frame(text))

describe('plain', () => {
  it('keeps the whole text as the message', () => {
    expect(parse('Build started by user alice.')).toEqual({
      message: 'Build started by user alice.',
      logward: { format: 'plain' },
    })
  })

  it('still reads a leading timestamp, bracketed or not', () => {
    expect(parse('2024-05-01 12:00:00 the server started')['@timestamp']).toBe('2024-05-01T12:00:00.000Z')
    expect(parse('[2024-05-01T12:00:00Z] the server started')['@timestamp']).toBe('2024-05-01T12:00:00.000Z')
    expect(parse('Jan  9 10:11:12 something')['@timestamp']).toBe('2024-01-09T10:11:12.000Z')
  })

  it.each([
    ['error: cannot find module', 'error', 'error'],
    ['Warning: deprecated', 'warn', 'Warning'],
    ['[WARN] low disk', 'warn', 'WARN'],
    ['npm ERR! code ELIFECYCLE', 'error', 'ERR'],
    ['12:00:00 [main] ERROR db down', 'error', 'ERROR'],
    ['2024-05-01 12:00:00 fatal - out of memory', 'fatal', 'fatal'],
  ])('reads a level word near the start: %s', (text, level, original) => {
    expect(parse(text).log).toEqual({ level, original_level: original })
  })

  it.each([
    'An error occurred in the parser',
    'GET /INFO HTTP/1.1',
    'Uploading ERROR-report.txt',
    `${'x'.repeat(100)} ERROR far away`,
  ])('does not read a level from prose, paths or names: %s', (text) => {
    expect(parse(text).log).toBeUndefined()
  })

  it('keeps a multi-line frame whole unless the rest is a stack trace', () => {
    expect(parse('SELECT *\n  FROM t\n  WHERE x = 1\n\n').message).toBe('SELECT *\n  FROM t\n  WHERE x = 1')
  })
})
