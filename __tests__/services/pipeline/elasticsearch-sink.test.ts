import { Client, HttpConnection } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import { recordId } from '../../../src/core/record-id.js'
import type { LogRecord } from '../../../src/core/record.js'
import { elasticsearchSettingsSchema } from '../../../src/sinks/elasticsearch/config.js'
import { ElasticsearchSink } from '../../../src/sinks/elasticsearch/sink.js'
import { ES_URL, requireElasticsearch, uniqueName } from '../reachability.js'

// The Elasticsearch sink against the real node (8.19, without x-pack): templates, the data-stream
// fallback, and rollups that a replay overwrites rather than adds to.
describe('ElasticsearchSink on real Elasticsearch', () => {
  const prefix = `${uniqueName('lwes')}-logs`
  const rollups = prefix.replace(/-logs$/, '-rollup')
  const client = new Client({ node: ES_URL, Connection: HttpConnection })
  const settings = elasticsearchSettingsSchema.parse({
    'elasticsearch-url': ES_URL,
    'elasticsearch-index': prefix,
    'elasticsearch-replicas': 0,
    'elasticsearch-index-mode': 'data-stream',
    'rollup-window': '1m',
  })
  const records: LogRecord[] = Array.from({ length: 120 }, (_, i) => ({
    '@timestamp': new Date(Date.UTC(2024, 4, 1, 10, Math.floor(i / 60), i % 60)).toISOString(),
    message: `request ${i} ${i % 10 === 0 ? 'failed' : 'ok'}`,
    log: { level: i % 10 === 0 ? 'error' : 'info', file: { path: 'api.log', line: i + 1 } },
    service: { name: i % 2 ? 'api' : 'web' },
    logward: { format: 'plain', template_id: i % 10 === 0 ? 'T-fail' : 'T-ok', template: 'request <*> <*>' },
  }))

  beforeAll(requireElasticsearch)
  afterAll(async () => {
    const names = Object.keys(
      await client.indices.get({ index: `${prefix}*,${rollups}*`, allow_no_indices: true }),
    )
    if (names.length > 0) await client.indices.delete({ index: names })
    for (const name of [prefix, rollups, `${prefix}-data-stream`])
      await client.indices.deleteIndexTemplate({ name }).catch(() => undefined)
    await client.close()
  })

  it('falls back from a data stream to daily indices where the cluster has none, and says so', async () => {
    const logger = memoryLogger()
    const sink = await ElasticsearchSink.open<number>(settings, logger)
    expect(logger.entries.some((e) => e.level === 'warn' && e.message.includes('has no data streams'))).toBe(
      true,
    )
    const result = await sink.writeBatch(
      records.map((record, i) => ({ record, id: recordId(record), ref: i })),
    )
    expect(result).toMatchObject({ indexed: 120, dead: [], indices: [`${prefix}-2024.05.01`] })
    await sink.close()
    const mapping = await client.indices.getMapping({ index: `${prefix}-2024.05.01` })
    const props = mapping[`${prefix}-2024.05.01`]!.mappings.properties!
    expect(props['@timestamp']).toEqual({ type: 'date' })
    expect(props.labels).toEqual({ type: 'flattened' })
    expect(props.message).toEqual({ type: 'text' })
  })

  it('writes rollups per window and key; a replayed batch overwrites them with the same numbers', async () => {
    const read = async () => {
      await client.indices.refresh({ index: `${rollups}-*` })
      const res = await client.search<{
        count: number
        levels?: Record<string, number>
        template?: { id: string }
      }>({
        index: `${rollups}-*`,
        size: 100,
        sort: ['_doc'],
      })
      return res.hits.hits.map((h) => ({ id: h._id, ...h._source! })).sort((a, b) => (a.id! < b.id! ? -1 : 1))
    }
    const first = await read()
    // 2 windows × 2 services, plus their templates.
    expect(first.filter((d) => d.levels)).toHaveLength(4)
    expect(first.filter((d) => d.levels).reduce((n, d) => n + d.count, 0)).toBe(120)
    expect(first.filter((d) => d.template?.id === 'T-fail').reduce((n, d) => n + d.count, 0)).toBe(12)

    const sink = await ElasticsearchSink.open<number>(settings, memoryLogger())
    await sink.writeBatch(records.slice(0, 70).map((record, i) => ({ record, id: recordId(record), ref: i })))
    await sink.close()
    expect(await read()).toEqual(first)
  })
})
