import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame } from './helpers.js'

const parse = (text: string) => createParser(createFormat('json')).parse(frame(text))

describe('json lines', () => {
  const lines = fixtureLines('json.log')
  const parser = createParser(createFormat('json'))
  const records = lines.map((line, i) => parser.parse(frame(line, i + 1)))

  it('maps pino fields: numeric level, epoch ms, pid, hostname; the rest to labels', () => {
    expect(records[0]).toEqual({
      message: 'request completed',
      '@timestamp': '2024-05-01T12:00:00.123Z',
      log: { level: 'info', original_level: '30' },
      process: { pid: 4242 },
      host: { name: 'web-1' },
      labels: { name: 'api', req_id: 'r-1', req_method: 'GET', responseTime: '12' },
      logward: { format: 'json' },
    })
  })

  it("maps pino's err object to error.*", () => {
    expect(records[1]!.log?.level).toBe('error')
    expect(records[1]!.error).toEqual({
      type: 'TypeError',
      stack_trace: 'TypeError: x is undefined\n    at handler (/app/h.js:3:9)',
    })
    expect(records[1]!.labels).toEqual({ err_message: 'x is undefined' })
  })

  it('reads ECS nested objects, with offsets converted to UTC', () => {
    expect(records[2]).toMatchObject({
      '@timestamp': '2024-05-01T10:00:02.500Z',
      message: 'pool nearly exhausted',
      log: { level: 'warn', logger: 'com.example.Pool', original_level: 'WARN' },
      service: { name: 'orders' },
      host: { name: 'db-2' },
      process: { thread: { name: 'worker-3' } },
      labels: { env: 'prod' },
    })
  })

  it('keeps arrays and booleans as label strings, and reads epoch seconds with a fraction', () => {
    expect(records[3]!['@timestamp']).toBe('2024-05-01T12:00:03.250Z')
    expect(records[3]!.labels).toEqual({ tags: '["a","b"]', ok: 'true' })
    expect(records[3]!.log?.logger).toBe('sqlalchemy.engine')
  })

  it("reads Docker's json-file lines (log, stream, nanosecond time)", () => {
    expect(records[4]).toEqual({
      message: 'listening on :8080',
      '@timestamp': '2024-05-01T12:00:04.000Z',
      labels: { stream: 'stdout' },
      logward: { format: 'json' },
    })
  })

  it('reads a stray non-JSON line as plain instead of failing', () => {
    expect(records[5]).toEqual({
      message: 'this line is not JSON, the service printed it raw',
      logward: { format: 'plain' },
    })
  })

  it('reads severity, component, a comma-fraction timestamp and stack_trace', () => {
    expect(records[6]).toMatchObject({
      '@timestamp': '2024-05-01T12:00:05.000Z',
      log: { level: 'error', logger: 'scheduler' },
      error: { stack_trace: 'java.lang.IllegalStateException: boom\n\tat x.Y.run(Y.java:3)' },
    })
  })

  it('reads dotted keys like nested ones', () => {
    expect(parse('{"log.level":"error","service.name":"api","message":"x"}')).toMatchObject({
      log: { level: 'error' },
      service: { name: 'api' },
    })
  })

  it('prefers msg/message over a template or Docker log field, whatever the order', () => {
    expect(
      parse('{"@mt":"Hello {Name}","@m":"Hello Ann","@l":"Warning","@t":"2024-05-01T12:00:00Z"}'),
    ).toMatchObject({
      message: 'Hello Ann',
      log: { level: 'warn' },
      '@timestamp': '2024-05-01T12:00:00.000Z',
    })
  })

  it('keeps the whole line as the message when no field is one', () => {
    expect(parse('{"a":1}').message).toBe('{"a":1}')
  })

  it('keeps an unparseable time and an unknown level rather than dropping them', () => {
    const record = parse('{"time":"yesterday","level":"loud","msg":"x"}')
    expect(record['@timestamp']).toBeUndefined()
    expect(record.labels).toEqual({ time: 'yesterday' })
    expect(record.log).toEqual({ original_level: 'loud' })
  })

  it('reads a pretty-printed object framed as one record', () => {
    expect(parse('{\n  "level": "info",\n  "msg": "multi"\n}')).toMatchObject({
      message: 'multi',
      log: { level: 'info' },
    })
  })

  it('keeps raw continuation lines after a JSON line as the stack trace', () => {
    const record = parse(
      '{"level":"error","msg":"crashed"}\njava.lang.RuntimeException: x\n\tat a.B.c(B.java:1)',
    )
    expect(record.message).toBe('crashed')
    expect(record.error).toEqual({
      type: 'java.lang.RuntimeException',
      stack_trace: 'java.lang.RuntimeException: x\n\tat a.B.c(B.java:1)',
    })
  })

  it('scores only objects', () => {
    const json = createFormat('json')
    expect(json.match('{"a":1}')).toBe(1)
    expect(json.match('[1,2]')).toBe(0)
    expect(json.match('{not json}')).toBe(0)
    expect(json.match('plain text')).toBe(0)
  })
})

describe('json edge cases', () => {
  it('keeps a __proto__ key as a label without touching prototypes', () => {
    const record = createParser(createFormat('json')).parse(
      frame('{"msg":"x","__proto__":"p","constructor":"c"}'),
    )
    expect(Object.getPrototypeOf(record.labels)).toBe(Object.prototype)
    expect(JSON.stringify(record.labels)).toBe('{"__proto__":"p","constructor":"c"}')
  })
})
