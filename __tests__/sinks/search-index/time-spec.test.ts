import { describe, expect, it } from 'vitest'
import { parseIsoTime, parseTimeSpec } from '../../../src/sinks/search-index/time-spec.js'

const now = new Date('2024-05-10T12:00:00.000Z')

describe('parseTimeSpec', () => {
  it.each([
    ['15m', '2024-05-10T11:45:00.000Z'],
    ['2h', '2024-05-10T10:00:00.000Z'],
    ['3d', '2024-05-07T12:00:00.000Z'],
    ['1w', '2024-05-03T12:00:00.000Z'],
    ['90s', '2024-05-10T11:58:30.000Z'],
    ['1.5h', '2024-05-10T10:30:00.000Z'],
    ['now', '2024-05-10T12:00:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T10:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01 10:00:05', '2024-05-01T10:00:05.000Z'],
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00+02:00', '2024-05-01T08:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseTimeSpec(text, now)?.toISOString()).toBe(iso)
  })

  it.each(['', 'yesterday', '15', 'm', '-2h', '2024-13-45', '5y'])('rejects %j', (text) => {
    expect(parseTimeSpec(text, now)).toBeUndefined()
  })

  it('reads timestamps without an offset as UTC', () => {
    expect(parseIsoTime('2024-05-01T23:30:00')?.toISOString()).toBe('2024-05-01T23:30:00.000Z')
  })
})
