import { describe, expect, it } from 'vitest'
import { SessionCollector, sessionKeyReader } from '../../../src/analysis/collectors/sessions.js'
import type { LogRecord } from '../../../src/core/record.js'

function rec(message: string, extra: Partial<LogRecord> = {}): LogRecord {
  return {
    message,
    log: { level: 'info', file: { path: 'a.log', line: 1 } },
    logward: {},
    ...extra,
  } as LogRecord
}

describe('sessions', () => {
  it('reads a key from a dotted field, a label with dots in its name, or a regex capture', () => {
    const trace = sessionKeyReader({ field: 'trace.id' })!
    expect(trace(rec('x', { trace: { id: 'abc' } } as Partial<LogRecord>))).toBe('abc')
    expect(trace(rec('x'))).toBeUndefined()
    const label = sessionKeyReader({ field: 'labels.request.id' })!
    expect(label(rec('x', { labels: { 'request.id': 'r-1' } }))).toBe('r-1')
    const block = sessionKeyReader({ field: 'trace.id', regex: '(blk_-?\\d+)' })!
    expect(block(rec('Receiving block blk_-123 src'))).toBe('blk_-123')
    expect(block(rec('Receiving block blk_-123', { trace: { id: 't' } } as Partial<LogRecord>))).toBe('t')
    expect(sessionKeyReader({})).toBeUndefined()
  })

  it('collects template ids per key in record order, noting the first unknown event', () => {
    const c = new SessionCollector(sessionKeyReader({ regex: 'req=(\\w+)' })!, (id) => id !== 'tNew')
    c.add(rec('start req=a'), 't1')
    c.add(rec('start req=b'), 't1')
    c.add(rec('no session here'), 't9')
    c.add(rec('boom req=a'), 'tNew')
    c.add(rec('end req=a'), 't2')
    const [a, b] = c.result()
    expect(a).toMatchObject({
      key: 'a',
      events: ['t1', 'tNew', 't2'],
      firstUnknown: { message: 'boom req=a', templateId: 'tNew' },
    })
    expect(b).toMatchObject({ key: 'b', events: ['t1'] })
    expect(b!.firstUnknown).toBeUndefined()
  })
})
