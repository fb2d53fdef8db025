import { describe, expect, it } from 'vitest'

import { createFormat, createParser, detectFormat } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame } from './helpers.js'

const header = createParser(createFormat('header'))
const parse = (line: string) => header.parse(frame(line))

describe('the generic "timestamp level logger: message" header', () => {
  it('reads the HDFS shape: yyMMdd HHmmss, pid, level, component', () => {
    expect(
      parse('090315 101500 77 INFO dfs.DataNode$DataXceiver: Receiving block blk_42 src: /10.0.0.1:5000'),
    ).toEqual({
      message: 'Receiving block blk_42 src: /10.0.0.1:5000',
      '@timestamp': '2009-03-15T10:15:00.000Z',
      log: { level: 'info', logger: 'dfs.DataNode$DataXceiver', original_level: 'INFO' },
      process: { pid: 77 },
      logward: { format: 'header' },
    })
  })

  it('reads the Hadoop shape: a thread with spaces in brackets', () => {
    expect(
      parse(
        '2016-03-01 09:15:00,250 WARN [RMCommunicator Allocator] org.apache.hadoop.ipc.Client: Old: a:8030',
      ),
    ).toMatchObject({
      message: 'Old: a:8030',
      '@timestamp': '2016-03-01T09:15:00.250Z',
      log: { level: 'warn', logger: 'org.apache.hadoop.ipc.Client' },
      process: { thread: { name: 'RMCommunicator Allocator' } },
    })
  })

  it('reads the Spark shape: yy/MM/dd', () => {
    expect(parse('18/01/02 03:04:05 INFO storage.BlockManager: Found block rdd_2_3 locally')).toMatchObject({
      message: 'Found block rdd_2_3 locally',
      '@timestamp': '2018-01-02T03:04:05.000Z',
      log: { level: 'info', logger: 'storage.BlockManager' },
    })
  })

  it('reads the Zookeeper shape: dashes, padded level, nested brackets with thread:Class@line', () => {
    expect(
      parse(
        '2016-08-01 10:00:00,001 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200',
      ),
    ).toMatchObject({
      message: 'Notification time out: 3200',
      log: { level: 'info', logger: 'FastLeaderElection' },
      process: { thread: { name: 'QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181' } },
    })
  })

  it('reads the Apache error-log shape: bracketed ctime and level; the client stays in the message', () => {
    expect(
      parse('[Mon Jan 09 10:11:12 2006] [error] [client 10.1.2.3] File does not exist: /var/www/x'),
    ).toEqual({
      message: '[client 10.1.2.3] File does not exist: /var/www/x',
      '@timestamp': '2006-01-09T10:11:12.000Z',
      log: { level: 'error', original_level: 'error' },
      source: { ip: '10.1.2.3' },
      logward: { format: 'header' },
    })
  })

  it('reads the Apache 2.4 shape: module:level, pid:tid', () => {
    expect(
      parse('[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid 4328636416] AH00124: oops'),
    ).toMatchObject({
      message: 'AH00124: oops',
      '@timestamp': '2000-10-11T14:32:52.123Z',
      log: { level: 'error', original_level: 'core:error' },
      process: { pid: 35708, thread: { name: '4328636416' } },
    })
  })

  it.each([
    [
      'logback: thread before level, logger then dash',
      '2024-05-01 12:00:00.123 [main] INFO  com.example.App - Started',
      { logger: 'com.example.App', thread: 'main', message: 'Started' },
    ],
    [
      'Spring Boot: pid, ---, padded thread and logger',
      '2024-05-01 12:00:00.123  INFO 4242 --- [           main] c.e.Demo                                 : Started Demo',
      { logger: 'c.e.Demo', thread: 'main', message: 'Started Demo', pid: 4242 },
    ],
    [
      'Python logging: logger before level',
      '2024-05-01 12:00:00,123 - myapp.db - ERROR - connection lost',
      { logger: 'myapp.db', message: 'connection lost' },
    ],
    [
      'nginx error log',
      '2024/05/01 12:00:00 [error] 31#31: *1 open() failed',
      { message: '31#31: *1 open() failed' },
    ],
    [
      'ISO with offset, bracketed level',
      '2024-05-01T12:00:00+02:00 [WARN] disk 91% full',
      { message: 'disk 91% full' },
    ],
    ['level with a colon', '2024-05-01 12:00:00 ERROR: could not connect', { message: 'could not connect' }],
    [
      'logcat threadtime-like numbers',
      '2024-05-01 12:00:00.000  1234  5678 I ActivityManager: Start proc',
      { logger: undefined, message: 'ActivityManager: Start proc', pid: 1234 },
    ],
  ])('reads %s', (_, line, expected) => {
    const record = parse(line)
    expect(record.logward.format).toBe('header')
    expect(record.message).toBe(expected.message)
    if ('logger' in expected) expect(record.log?.logger).toBe(expected.logger)
    if ('thread' in expected) expect(record.process?.thread?.name).toBe(expected.thread)
    if ('pid' in expected) expect(record.process?.pid).toBe(expected.pid)
  })

  it('keeps a message that starts with "Word:" whole (only dotted names are loggers)', () => {
    expect(parse('2024-05-01 12:00:00 INFO Starting: the server').message).toBe('Starting: the server')
  })

  it('needs a level: a timestamp alone is plain', () => {
    expect(parse('2024-05-01 12:00:00 the server started').logward.format).toBe('plain')
    expect(createFormat('header').match('2024-05-01 12:00:00 the server started')).toBe(0)
  })

  it('folds a stack trace under the header line into error.*', () => {
    const lines = fixtureLines('header.log')
    const record = header.parse(frame(lines.slice(2, 6).join('\n'), 3))
    expect(record.message).toBe('Startup failed: port 8080 in use')
    expect(record.error).toEqual({
      type: 'java.net.BindException',
      stack_trace: lines.slice(3, 6).join('\n'),
    })
  })
})

describe('the other Loghub shapes', () => {
  const lines = fixtureLines('loghub-shapes.log')
  const expected = ['header', 'header', 'header', 'header', 'bgl', 'header', 'delimited', 'syslog-3164']

  it.each(lines.map((line, i) => [expected[i]!, line]))('detects %s for %s', (name, line) => {
    expect(detectFormat([line]).name).toBe(name)
  })

  it('reads BGL: epoch instant with the local time’s fraction, node, component, level', () => {
    expect(createParser(createFormat('bgl')).parse(frame(lines[4]!))).toEqual({
      message: 'data storage interrupt',
      '@timestamp': '2005-06-28T23:06:40.123Z',
      log: { level: 'fatal', logger: 'KERNEL', original_level: 'FATAL' },
      host: { name: 'R01-M0-N1-C:J02-U01' },
      labels: { bgl_type: 'RAS' },
      logward: { format: 'bgl' },
    })
  })

  it('reads the HealthApp pipe-delimited shape', () => {
    expect(createParser(createFormat('delimited')).parse(frame(lines[6]!))).toEqual({
      message: 'onStepChanged 17',
      '@timestamp': '2018-01-01T01:02:03.045Z',
      log: { logger: 'Step_Counter' },
      process: { pid: 1234 },
      logward: { format: 'delimited' },
    })
  })

  it('reads a level between the pipes', () => {
    expect(
      createParser(createFormat('delimited')).parse(frame('2024-05-01 12:00:00|WARN|db|slow | very slow')),
    ).toMatchObject({
      message: 'slow | very slow',
      log: { level: 'warn', logger: 'db' },
    })
  })
})

describe('header ambiguities', () => {
  it('reads a number after the level as part of the message unless Spring Boot’s --- follows', () => {
    const record = parse('2024-05-01 12:00:00 INFO 3 files copied')
    expect(record.message).toBe('3 files copied')
    expect(record.process).toBeUndefined()
  })
})

describe('Android logcat (threadtime)', () => {
  it('reads MM-dd time, pid, tid, one-letter level and tag', () => {
    const logcat = createParser(createFormat('header', { now: () => Date.UTC(2024, 5, 1) }))
    expect(logcat.parse(frame('05-01 12:00:00.000  1234  5678 W dalvik.vm: low memory'))).toEqual({
      message: 'low memory',
      '@timestamp': '2024-05-01T12:00:00.000Z',
      log: { level: 'warn', logger: 'dalvik.vm', original_level: 'W' },
      process: { pid: 1234, thread: { name: '5678' } },
      logward: { format: 'header' },
    })
  })
})
