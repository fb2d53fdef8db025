import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../../src/core/errors.js'
import { TimestampParser } from '../../../src/transforms/parse/index.js'

const utc = new TimestampParser({ now: () => Date.UTC(2024, 2, 1, 12) })

describe('TimestampParser.parse', () => {
  it.each([
    ['2024-05-01T12:00:00Z', '2024-05-01T12:00:00.000Z'],
    ['2024-05-01 12:00:00', '2024-05-01T12:00:00.000Z'],
    ['2024-05-01t12:00:00.1z', '2024-05-01T12:00:00.100Z'],
    ['2024-05-01T12:00:00.123456789+02:00', '2024-05-01T10:00:00.123Z'],
    ['2024-05-01T12:00:00.9999-0530', '2024-05-01T17:30:00.999Z'],
    ['2024-05-01T12:00:00-05', '2024-05-01T17:00:00.000Z'],
    ['2024-05-01 12:00:00 +0200', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01 12:00:00 UTC', '2024-05-01T12:00:00.000Z'],
    ['2024-05-01T12:00', '2024-05-01T12:00:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
  ])('reads ISO 8601 / RFC 3339 %s', (input, expected) => {
    expect(utc.parse(input)).toBe(expected)
  })

  it.each([
    ['081109 203615', '2008-11-09T20:36:15.000Z'], // HDFS
    ['17/06/09 20:10:40', '2017-06-09T20:10:40.000Z'], // Spark
    ['2015-10-18 18:01:47,978', '2015-10-18T18:01:47.978Z'], // log4j
    ['10/Oct/2000:13:55:36 -0700', '2000-10-10T20:55:36.000Z'], // access log
    ['Sun Dec 04 04:47:44 2005', '2005-12-04T04:47:44.000Z'], // Apache error log, ctime
    ['Sun Dec 04 04:47:44.123456 2005', '2005-12-04T04:47:44.123Z'], // Apache 2.4
    ['20171223-22:15:29:606', '2017-12-23T22:15:29.606Z'], // HealthApp
    ['20171224-0:0:0:234', '2017-12-24T00:00:00.234Z'], // HealthApp, unpadded
    ['2005-06-03-15.42.50.675872', '2005-06-03T15:42:50.675Z'], // BGL
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37.000Z'], // RFC 1123
    ['2024/05/01 12:00:00', '2024-05-01T12:00:00.000Z'], // nginx error log
    ['05/01/2024 12:00:00', '2024-05-01T12:00:00.000Z'], // US
    ['Dec 10 06:55:46 2024', '2024-12-10T06:55:46.000Z'], // syslog with a year
  ])('reads %s', (input, expected) => {
    expect(utc.parse(input)).toBe(expected)
  })

  it.each([
    ['1714564800', '2024-05-01T12:00:00.000Z'],
    ['1714564800.5', '2024-05-01T12:00:00.500Z'],
    ['1714564800123', '2024-05-01T12:00:00.123Z'],
    ['1714564800123456', '2024-05-01T12:00:00.123Z'],
    ['1714564800123456789', '2024-05-01T12:00:00.123Z'],
  ])('reads the epoch string %s by magnitude', (input, expected) => {
    expect(utc.parse(input)).toBe(expected)
  })

  it.each([
    [1714564800, '2024-05-01T12:00:00.000Z'],
    [1714564800.25, '2024-05-01T12:00:00.250Z'],
    [1714564800123, '2024-05-01T12:00:00.123Z'],
    [1714564800123456, '2024-05-01T12:00:00.123Z'],
    [1714564800123456000, '2024-05-01T12:00:00.123Z'],
  ])('reads the epoch number %d by magnitude', (input, expected) => {
    expect(utc.epoch(input)).toBe(expected)
  })

  it.each([
    'hello',
    '2024',
    '20240501',
    '2024-13-01 00:00:00',
    '2024-04-31 00:00:00',
    '2023-02-29 00:00:00',
    '2024-05-01 25:00:00',
    '2024-05-01T12:00:00Zjunk',
    'Foo 10 06:55:46',
    '',
  ])('never invents a timestamp for %j', (input) => {
    expect(utc.parse(input)).toBeUndefined()
  })

  it('rejects epochs outside what ISO 8601 can show', () => {
    expect(utc.epoch(Number.POSITIVE_INFINITY)).toBeUndefined()
    expect(utc.iso(1e17)).toBeUndefined()
  })
})

describe('syslog year inference', () => {
  const at = (iso: string) => new TimestampParser({ now: () => Date.parse(iso) })

  it('takes the current year for a date in the past', () => {
    expect(at('2024-03-01T12:00:00Z').parse('Feb 28 10:00:00')).toBe('2024-02-28T10:00:00.000Z')
    expect(at('2024-03-01T12:00:00Z').parse('Feb 29 10:00:00')).toBe('2024-02-29T10:00:00.000Z')
  })

  it('takes the previous year when the current one would be in the future', () => {
    expect(at('2024-03-01T12:00:00Z').parse('Dec 10 06:55:46')).toBe('2023-12-10T06:55:46.000Z')
    expect(at('2024-03-01T12:00:00Z').parse('Mar  3 00:00:00')).toBe('2023-03-03T00:00:00.000Z')
  })

  it('allows a day of clock skew before deciding a date is in the future', () => {
    expect(at('2024-03-01T12:00:00Z').parse('Mar  1 23:00:00')).toBe('2024-03-01T23:00:00.000Z')
  })

  it("infers the year of Android logcat's MM-dd too", () => {
    expect(at('2024-03-01T12:00:00Z').parse('12-24 18:00:00.250')).toBe('2023-12-24T18:00:00.250Z')
    expect(at('2024-03-01T12:00:00Z').parse('02-24 18:00:00.250')).toBe('2024-02-24T18:00:00.250Z')
  })

  it('reads space-padded days', () => {
    expect(at('2024-06-01T00:00:00Z').parse('Jan  9 10:11:12')).toBe('2024-01-09T10:11:12.000Z')
  })

  it('follows the clock across a new year', () => {
    let now = Date.parse('2024-12-31T23:00:00Z')
    const ts = new TimestampParser({ now: () => now })
    expect(ts.parse('Dec 31 22:00:00')).toBe('2024-12-31T22:00:00.000Z')
    now = Date.parse('2025-01-02T00:00:00Z')
    expect(ts.parse('Jan  1 22:00:00')).toBe('2025-01-01T22:00:00.000Z')
    expect(ts.parse('Dec 31 22:00:00')).toBe('2024-12-31T22:00:00.000Z')
  })
})

describe('time zones', () => {
  const berlin = new TimestampParser({ timezone: 'Europe/Berlin' })
  const newYork = new TimestampParser({ timezone: 'America/New_York' })

  it('reads offset-less times in the configured zone', () => {
    expect(berlin.parse('2024-01-15 12:00:00')).toBe('2024-01-15T11:00:00.000Z') // CET
    expect(berlin.parse('2024-07-01 12:00:00')).toBe('2024-07-01T10:00:00.000Z') // CEST
    expect(berlin.parse('081109 203615')).toBe('2008-11-09T19:36:15.000Z')
  })

  it('uses the written offset, not the zone, when there is one', () => {
    expect(berlin.parse('2024-07-01T12:00:00+05:00')).toBe('2024-07-01T07:00:00.000Z')
    expect(berlin.parse('2024-07-01T12:00:00Z')).toBe('2024-07-01T12:00:00.000Z')
    expect(berlin.parse('10/Oct/2000:13:55:36 -0700')).toBe('2000-10-10T20:55:36.000Z')
  })

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(berlin.parse('2024-03-31 01:59:59')).toBe('2024-03-31T00:59:59.000Z')
    expect(berlin.parse('2024-03-31 02:30:00')).toBe('2024-03-31T01:30:00.000Z') // = 03:30 CEST
    expect(berlin.parse('2024-03-31 03:00:00')).toBe('2024-03-31T01:00:00.000Z')
    expect(newYork.parse('2024-03-10 02:30:00')).toBe('2024-03-10T07:30:00.000Z') // = 03:30 EDT
  })

  it('takes the earlier instant of a time repeated when the clocks go back', () => {
    expect(berlin.parse('2024-10-27 01:59:00')).toBe('2024-10-26T23:59:00.000Z')
    expect(berlin.parse('2024-10-27 02:30:00')).toBe('2024-10-27T00:30:00.000Z') // CEST, the first 02:30
    expect(berlin.parse('2024-10-27 03:00:00')).toBe('2024-10-27T02:00:00.000Z')
    expect(newYork.parse('2024-11-03 01:30:00')).toBe('2024-11-03T05:30:00.000Z') // EDT
  })

  it('gives the same answers whatever order the hours come in (the per-hour cache)', () => {
    const fresh = new TimestampParser({ timezone: 'Europe/Berlin' })
    const inputs = [
      '2024-10-27 03:00:00',
      '2024-03-31 02:30:00',
      '2024-10-27 02:30:00',
      '2024-01-15 12:00:00',
    ]
    const forward = inputs.map((s) => berlin.parse(s))
    expect(inputs.reverse().map((s) => fresh.parse(s))).toEqual(forward.reverse())
  })

  it('treats UTC aliases as UTC and rejects unknown zones with a ConfigError', () => {
    expect(new TimestampParser({ timezone: 'Etc/UTC' }).parse('2024-07-01 12:00:00')).toBe(
      '2024-07-01T12:00:00.000Z',
    )
    expect(() => new TimestampParser({ timezone: 'Mars/Olympus_Mons' })).toThrow(ConfigError)
  })
})

describe('TimestampParser.scan', () => {
  it('reports where the timestamp ends, so headers can go on from there', () => {
    const ts = new TimestampParser()
    const line = '2015-07-29 17:41:44,747 - INFO  [main] - hello'
    expect(ts.iso(ts.scan(line, 0))).toBe('2015-07-29T17:41:44.747Z')
    expect(line.slice(ts.end)).toBe(' - INFO  [main] - hello')
    expect(Number.isNaN(ts.scan('INFO starting', 0))).toBe(true)
  })
})
