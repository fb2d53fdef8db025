import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame, JUNE_2024 } from './helpers.js'

describe('syslog RFC 3164', () => {
  const parser = createParser(createFormat('syslog-3164', { now: JUNE_2024 }))
  const records = fixtureLines('syslog-3164.log').map((line, i) => parser.parse(frame(line, i + 1)))

  it('reads PRI (severity → level, facility → label), host, app and message', () => {
    expect(records[0]).toEqual({
      message: "'su root' failed for lonvick on /dev/pts/8",
      '@timestamp': '2023-10-11T22:14:15.000Z', // October is after June: last year
      host: { name: 'mymachine' },
      service: { name: 'su' },
      log: { level: 'fatal', original_level: '2' },
      labels: { syslog_facility: 'auth' },
      logward: { format: 'syslog-3164' },
    })
  })

  it('reads lines without PRI, as files written by rsyslog have them, with the pid', () => {
    expect(records[1]).toEqual({
      message: '(root) CMD (run-parts /etc/cron.hourly)',
      '@timestamp': '2023-11-03T08:00:01.000Z',
      host: { name: 'build-7' },
      service: { name: 'CRON' },
      process: { pid: 1201 },
      logward: { format: 'syslog-3164' },
    })
  })

  it("takes the level from a daemon's `error:` prefix when there is no PRI", () => {
    expect(records[2]!.log).toEqual({ level: 'error', original_level: 'error' })
    expect(records[2]!.message).toMatch(/^error: maximum authentication attempts/)
  })

  it('reads an app without pid', () => {
    expect(records[3]).toMatchObject({ service: { name: 'kernel' }, message: '[12345.678] eth0: link up' })
    expect(records[3]!.process).toBeUndefined()
  })

  it('reads the RFC 3339 timestamps of rsyslog high-precision templates', () => {
    expect(parser.parse(frame('2024-05-01T12:00:00.123456+02:00 web-1 nginx[99]: started'))).toMatchObject({
      '@timestamp': '2024-05-01T10:00:00.123Z',
      host: { name: 'web-1' },
      service: { name: 'nginx' },
      process: { pid: 99 },
      message: 'started',
    })
  })

  it('reads a tag without host (local socket form)', () => {
    expect(parser.parse(frame('<13>Jan  9 10:11:12 myapp[5]: hello'))).toMatchObject({
      service: { name: 'myapp' },
      process: { pid: 5 },
      message: 'hello',
      log: { level: 'notice' },
    })
  })

  it('does not claim a "timestamp LEVEL logger: message" header', () => {
    const syslog = createFormat('syslog-3164')
    expect(syslog.match('2015-10-18 18:01:47,978 INFO org.x.Y: msg')).toBe(0)
    expect(syslog.match('17/06/09 20:10:40 INFO executor.X: msg')).toBe(0)
    expect(syslog.match('2024-05-01 12:00:00 Starting the server')).toBe(0)
  })
})

describe('syslog RFC 5424', () => {
  const parser = createParser(createFormat('syslog-5424'))
  const records = fixtureLines('syslog-5424.log').map((line, i) => parser.parse(frame(line, i + 1)))

  it('reads the header and turns structured data into labels', () => {
    expect(records[0]).toEqual({
      message: 'An application event log entry',
      '@timestamp': '2003-10-11T22:14:15.003Z',
      host: { name: 'mymachine.example.com' },
      service: { name: 'evntslog' },
      log: { level: 'notice', original_level: '5' },
      labels: {
        msgid: 'ID47',
        'exampleSDID@32473_iut': '3',
        'exampleSDID@32473_eventSource': 'Application',
        'exampleSDID@32473_eventID': '1011',
        syslog_facility: 'local4',
      },
      logward: { format: 'syslog-5424' },
    })
  })

  it('converts the offset and reads the procid as the pid', () => {
    expect(records[1]).toMatchObject({
      '@timestamp': '2003-10-12T05:14:15.003Z',
      process: { pid: 2211 },
      log: { level: 'fatal' },
      message: "'su root' failed for lonvick on /dev/pts/8",
    })
  })

  it('reads nil values as absent', () => {
    expect(records[2]).toEqual({
      message: '',
      log: { level: 'notice', original_level: '5' },
      labels: { syslog_facility: 'user' },
      logward: { format: 'syslog-5424' },
    })
  })

  it('unescapes structured-data values', () => {
    expect(records[3]!.labels).toMatchObject({ meta_sequenceId: '1', meta_note: 'a "quoted" ] value' })
    expect(records[3]!.message).toBe('disk full')
  })

  it('strips the BOM that marks a UTF-8 message', () => {
    expect(parser.parse(frame('<14>1 2024-05-01T12:00:00Z h a - - - \uFEFFhello')).message).toBe('hello')
  })
})
