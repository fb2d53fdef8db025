import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '@elastic/elasticsearch'
import { ES_URL, requireElasticsearch, uniqueName } from './reachability.js'

// Needs the real server: Elasticsearch 8.19 (embedded single node) at 127.0.0.1:9200, started by
// `npm run services:start`. The v8 JS client talks to ES 8 (and 9) servers.
describe(`Elasticsearch at ${ES_URL} (real server, @elastic/elasticsearch v8)`, () => {
  const index = uniqueName('logward-smoke')
  const client = new Client({ node: ES_URL, requestTimeout: 30_000 })

  beforeAll(async () => {
    await requireElasticsearch()
  })

  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true }).catch(() => undefined)
    await client.close()
  })

  it('answers info() as an Elasticsearch 8 server', async () => {
    const info = await client.info()
    expect(info.version.number).toMatch(/^8\./)
    expect(info.tagline).toBe('You Know, for Search')
    expect(await client.ping()).toBe(true)
  })

  it('creates an index with a mapping, bulk-indexes, searches and aggregates', async () => {
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        properties: {
          '@timestamp': { type: 'date' },
          message: { type: 'text' },
          'log.level': { type: 'keyword' },
          'service.name': { type: 'keyword' },
        },
      },
    })
    const docs = Array.from({ length: 20 }, (_, i) => ({
      '@timestamp': new Date(Date.UTC(2024, 4, 1, 10, 0, i)).toISOString(),
      message: i % 5 === 0 ? `deploy failed: timeout on step ${i}` : `step ${i} ok`,
      'log.level': i % 5 === 0 ? 'error' : 'info',
      'service.name': i % 2 === 0 ? 'api' : 'worker',
    }))
    const bulk = await client.bulk({
      refresh: 'wait_for',
      operations: docs.flatMap((doc, i) => [{ index: { _index: index, _id: `doc-${i}` } }, doc]),
    })
    expect(bulk.errors).toBe(false)
    expect(bulk.items).toHaveLength(docs.length)

    const count = await client.count({ index })
    expect(count.count).toBe(docs.length)

    const found = await client.search<{ message: string; 'log.level': string }>({
      index,
      query: {
        bool: { must: [{ match: { message: 'timeout' } }], filter: [{ term: { 'log.level': 'error' } }] },
      },
      sort: [{ '@timestamp': 'asc' }],
      aggs: { by_service: { terms: { field: 'service.name' } } },
      size: 10,
    })
    expect(found.hits.hits.map((h) => h._id)).toEqual(['doc-0', 'doc-5', 'doc-10', 'doc-15'])
    expect(found.hits.hits.every((h) => h._source?.['log.level'] === 'error')).toBe(true)
    const buckets = (found.aggregations?.by_service as { buckets: { key: string; doc_count: number }[] })
      .buckets
    expect(Object.fromEntries(buckets.map((b) => [b.key, b.doc_count]))).toEqual({ api: 2, worker: 2 })
  })
})
