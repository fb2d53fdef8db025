import { describe, expect, it } from 'vitest'
import {
  escapePartitionValue,
  partitionDay,
  partitionOf,
  partitionPath,
  partitionService,
  serviceFromPath,
  unescapePartitionValue,
} from '../../../src/sinks/lake/partition.js'
import { makeRecord } from './make-records.js'

describe('lake partitions', () => {
  it('files a record under the UTC day of its @timestamp, else the ingest day', () => {
    expect(partitionDay(makeRecord({ timestamp: '2024-05-01T23:59:59.999Z' }), '2030-01-01')).toBe(
      '2024-05-01',
    )
    // An offset is converted to UTC before taking the day.
    expect(partitionDay(makeRecord({ timestamp: '2024-05-02T01:00:00+02:00' }), '2030-01-01')).toBe(
      '2024-05-01',
    )
    expect(partitionDay(makeRecord({ timestamp: null }), '2030-01-01')).toBe('2030-01-01')
    expect(partitionDay(makeRecord({ timestamp: 'yesterday-ish' }), '2030-01-01')).toBe('2030-01-01')
  })

  it('names the service from service.name, else the file base name, else unknown', () => {
    expect(partitionService(makeRecord({ service: 'api', path: 'logs/web.log' }))).toBe('api')
    expect(partitionService(makeRecord({ path: 'examples/logs/worker.log.gz' }))).toBe('worker')
    expect(partitionService(makeRecord({ path: 'C:\\ci\\logs\\deploy-job.log.2.gz' }))).toBe('deploy-job')
    expect(partitionService(makeRecord({ path: 'web.jsonl' }))).toBe('web')
    expect(partitionService(makeRecord({ path: '-' }))).toBe('unknown')
    expect(partitionService(makeRecord({ path: 'logs/.log' }))).toBe('unknown')
    expect(serviceFromPath('nginx.access.log')).toBe('nginx.access')
  })

  it('makes partition values one safe path segment, reversibly, Hive/Spark style', () => {
    const cases: [string, string][] = [
      ['api', 'api'],
      ['billing-api_v2.1', 'billing-api_v2.1'],
      ['a/b', 'a%2Fb'],
      ['..', '%2E.'],
      ['.', '%2E'],
      ['.hidden', '%2Ehidden'],
      ['_temporary', '%5Ftemporary'],
      ['ns:svc=1', 'ns%3Asvc%3D1'],
      ['C:\\x', 'C%3A%5Cx'],
      ['100%', '100%25'],
      ['a~b', 'a%7Eb'],
      ['tab\there', 'tab%09here'],
      ['my service', 'my service'],
      ['zürich-ünits', 'zürich-ünits'],
    ]
    for (const [value, escaped] of cases) {
      expect(escapePartitionValue(value), value).toBe(escaped)
      expect(unescapePartitionValue(escaped), value).toBe(value)
      expect(escaped).not.toMatch(/[/\\]/)
    }
  })

  it('cuts long values and keeps them apart with a hash', () => {
    const a = escapePartitionValue('x'.repeat(300) + 'a')
    const b = escapePartitionValue('x'.repeat(300) + 'b')
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200)
    expect(a).not.toBe(b)
    expect(a).toMatch(/~[0-9a-f]{16}$/)
    // Never cut inside a %XX escape.
    const slashes = escapePartitionValue('/'.repeat(300))
    expect(slashes).toMatch(/^(%2F)+~[0-9a-f]{16}$/)
  })

  it('builds raw/dt=…/service=… paths', () => {
    const record = makeRecord({ service: 'a/b', timestamp: '2024-05-01T10:00:00.000Z' })
    expect(partitionPath(partitionOf(record, '2030-01-01'))).toBe('raw/dt=2024-05-01/service=a%2Fb')
  })
})
