import { describe, expect, it } from 'vitest'
import { elasticsearchClientOptions } from '../../../src/sinks/elasticsearch/client-options.js'
import { safeUrl, type ElasticsearchSettings } from '../../../src/sinks/elasticsearch/config.js'
import { rollupId, rollupPrefixFor, RollupWriter, toRanges } from '../../../src/sinks/elasticsearch/rollup.js'
import { recordIndexTemplate, rollupIndexTemplate } from '../../../src/sinks/elasticsearch/templates.js'
import { memoryLogger } from '../../../src/core/logger.js'
import type { ElasticsearchService } from '../../../src/sinks/elasticsearch/service.js'
import { makeRecord } from '../lake/make-records.js'

describe('rollups', () => {
  it('map a batch to the windows its records fall in', () => {
    const writer = new RollupWriter({} as ElasticsearchService, {
      source: 'p-*',
      rollupPrefix: 'r',
      windowMs: 60_000,
      window: '1m',
      logger: memoryLogger(),
    })
    const windows = writer.windowsOf([
      makeRecord({ timestamp: '2024-05-01T10:00:59.999Z' }),
      makeRecord({ timestamp: '2024-05-01T10:00:00.000Z' }),
      makeRecord({ timestamp: '2024-05-01T10:01:00.000Z' }),
      makeRecord({ timestamp: null }),
    ])
    expect([...windows].sort()).toEqual([Date.UTC(2024, 4, 1, 10, 0), Date.UTC(2024, 4, 1, 10, 1)])
  })

  it('ask for contiguous windows as ranges, merging the closest when there are too many', () => {
    expect(toRanges([0, 60, 120, 600], 60)).toEqual([
      [0, 180],
      [600, 660],
    ])
    const many = Array.from({ length: 200 }, (_, i) => i * 1000 + (i % 2) * 100_000)
    const ranges = toRanges(
      many.sort((a, b) => a - b),
      10,
    )
    expect(ranges.length).toBeLessThanOrEqual(64)
    for (const s of many) expect(ranges.some(([a, b]) => s >= a && s + 10 <= b)).toBe(true)
  })

  it('have ids from window and key only (a replay overwrites), and their own index prefix', () => {
    expect(rollupId(['service', '1m', 0, 'api'])).toBe(rollupId(['service', '1m', 0, 'api']))
    expect(rollupId(['service', '1m', 0, 'api'])).not.toBe(rollupId(['service', '1m', 60_000, 'api']))
    expect(rollupPrefixFor('logward-logs')).toBe('logward-rollup')
    expect(rollupPrefixFor('acme')).toBe('acme_rollup')
    // Never inside the record template's pattern.
    const records = recordIndexTemplate({
      prefix: 'logward-logs',
      rollupPrefix: 'logward-rollup',
      shards: 1,
      replicas: 0,
    })
    const rollups = rollupIndexTemplate({
      prefix: 'logward-logs',
      rollupPrefix: 'logward-rollup',
      shards: 1,
      replicas: 0,
    })
    expect(records.index_patterns).toEqual(['logward-logs-*'])
    expect(rollups.index_patterns).toEqual(['logward-rollup-*'])
  })
})

describe('Elasticsearch client options', () => {
  const base = {
    'elasticsearch-url': 'https://user:pw@es.example:9200/',
  } as ElasticsearchSettings
  it('prefer an API key; keep credentials out of printed URLs', () => {
    expect(elasticsearchClientOptions({ ...base, 'elasticsearch-api-key': 'k' }).auth).toEqual({
      apiKey: 'k',
    })
    expect(
      elasticsearchClientOptions({ ...base, 'elasticsearch-username': 'u', 'elasticsearch-password': 'p' })
        .auth,
    ).toEqual({ username: 'u', password: 'p' })
    expect(() => elasticsearchClientOptions({ ...base, 'elasticsearch-username': 'u' })).toThrow(
      /no password/,
    )
    expect(safeUrl(base['elasticsearch-url'])).toBe('https://es.example:9200')
  })
})
