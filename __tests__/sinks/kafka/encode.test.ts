import { describe, expect, it } from 'vitest'
import type { LogRecord } from '../../../src/core/record.js'
import {
  MESSAGE_OVERHEAD,
  PART_LABEL,
  RecordEncoder,
  SCHEMA_HEADER,
  splitRecord,
} from '../../../src/sinks/kafka/encode.js'
import { compileKeyTemplate, compileTopicTemplate } from '../../../src/sinks/kafka/template.js'
import { makeRecord } from '../lake/make-records.js'

const encoder = (maxMessageBytes: number): RecordEncoder =>
  new RecordEncoder({
    topic: compileTopicTemplate('logs-{service}'),
    key: compileKeyTemplate('{service}/{host}'),
    maxMessageBytes,
  })

function parse(value: Buffer): LogRecord {
  return JSON.parse(value.toString('utf8')) as LogRecord
}

describe('RecordEncoder', () => {
  it('makes one message per record: JSON value, templated topic and key, schema header', () => {
    const record = makeRecord({ service: 'api', host: 'h1', message: 'hello' })
    const result = encoder(1_000_000).encode(record, true)
    expect(result.kind).toBe('ok')
    if (result.kind !== 'ok') return
    expect(result.split).toBe(false)
    const [m] = result.messages
    expect(m!.topic).toBe('logs-api')
    expect(m!.key).toBe('api/h1')
    expect(m!.headers[SCHEMA_HEADER]).toBe('1')
    expect(parse(m!.value)).toEqual(record)
  })

  it('splits a record larger than the limit into pieces that fit, losing nothing', () => {
    const big = 'x'.repeat(10_000) + ' "quoted" \\ \u0001 ' + 'é'.repeat(3000) + '😀'.repeat(2000)
    const record = makeRecord({ service: 'api', message: big, stack: 'Error: boom\n    at f (a.js:1)' })
    const limit = 4096
    const result = encoder(limit).encode(record, true)
    expect(result.kind).toBe('ok')
    if (result.kind !== 'ok') return
    expect(result.split).toBe(true)
    const pieces = result.messages.map((m) => parse(m.value))
    for (const m of result.messages)
      expect(m.value.length + m.key.length + MESSAGE_OVERHEAD).toBeLessThanOrEqual(limit + 64)
    expect(pieces.map((p) => p.message).join('')).toBe(`${big}\nError: boom\n    at f (a.js:1)`)
    expect(pieces.every((p, i) => p.labels?.[PART_LABEL] === `${i + 1}/${pieces.length}`)).toBe(true)
    expect(pieces.every((p) => p.logward.truncated === true && p.error?.stack_trace === undefined)).toBe(true)
    expect(pieces[0]!.error).toEqual({ type: 'Error' })
    // No piece cuts a surrogate pair: every piece is valid text on its own.
    for (const p of pieces) expect(p.message).toBe(Buffer.from(p.message, 'utf8').toString('utf8'))
  })

  it('reports a record too large when splitting is off, or when even an empty piece cannot fit', () => {
    const record = makeRecord({ message: 'y'.repeat(5000) })
    expect(encoder(2048).encode(record, false)).toMatchObject({ kind: 'too-large' })
    const labelled: LogRecord = { ...makeRecord(), labels: { huge: 'z'.repeat(5000) } }
    expect(encoder(2048).encode(labelled, true)).toMatchObject({ kind: 'too-large' })
    expect(splitRecord(labelled, 1000)).toBeUndefined()
  })
})
