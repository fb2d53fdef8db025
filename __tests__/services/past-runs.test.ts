import { Client, HttpConnection } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../src/core/logger.js'
import { recordId } from '../../src/core/record-id.js'
import type { LogRecord } from '../../src/core/record.js'
import { elasticsearchSettingsSchema } from '../../src/sinks/elasticsearch/config.js'
import { ElasticsearchSink } from '../../src/sinks/elasticsearch/sink.js'
import { listPastRuns, readPastRun, recordIndexPattern } from '../../src/sources/past-runs/elasticsearch.js'
import { ES_URL, requireElasticsearch, uniqueName } from './reachability.js'

// Past runs read back from the real node: which runs a filter selects (newest first, the judged run
// left out), and every record of a run in log order across daily indices and scroll pages.
describe('past runs from real Elasticsearch', () => {
  const prefix = `${uniqueName('lwpast')}-logs`
  const client = new Client({ node: ES_URL, Connection: HttpConnection })
  const settings = elasticsearchSettingsSchema.parse({
    'elasticsearch-url': ES_URL,
    'elasticsearch-index': prefix,
    'elasticsearch-replicas': 0,
    'elasticsearch-rollups': false,
  })

  /** Run `n` of a workflow: `size` records over two days (so two daily indices), shuffled on write. */
  function run(n: number, size: number, workflow = 'ci', job = 'test'): LogRecord[] {
    const start = Date.UTC(2024, 4, 1, 23, 50) + n * 3_600_000
    return Array.from({ length: size }, (_, i) => ({
      '@timestamp': new Date(start + i * 1_000).toISOString(),
      message: `step ${i} of run ${n}`,
      log: { level: 'info' as const, file: { path: `run-${n}.log`, line: i + 1 } },
      service: { name: 'api' },
      ci: { provider: 'github-actions', repository: 'acme/shop', run_id: `r${n}`, sha: `sha${n}`, workflow, job },
      logward: { format: 'plain' },
    }))
  }

  beforeAll(async () => {
    await requireElasticsearch()
    const sink = await ElasticsearchSink.open<number>(settings, memoryLogger())
    const all = [...run(1, 2_500), ...run(2, 700), ...run(3, 300), ...run(4, 200, 'nightly'), ...run(5, 50)]
    // Written out of order: the reader, not the writer, must give log order.
    const shuffled = all.map((r, i) => ({ r, k: (i * 7919) % all.length })).sort((a, b) => a.k - b.k)
    const result = await sink.writeBatch(shuffled.map(({ r }, i) => ({ record: r, id: recordId(r), ref: i })))
    expect(result.dead).toEqual([])
    await sink.close()
    await client.indices.refresh({ index: `${prefix}-*` })
  }, 120_000)

  afterAll(async () => {
    const names = Object.keys(await client.indices.get({ index: `${prefix}*`, allow_no_indices: true }))
    if (names.length > 0) await client.indices.delete({ index: names })
    await client.indices.deleteIndexTemplate({ name: prefix }).catch(() => undefined)
    await client.close()
  })

  it('lists the newest matching runs first, without the judged run or other workflows', async () => {
    const runs = await listPastRuns(
      client,
      recordIndexPattern(prefix),
      { repository: 'acme/shop', workflow: 'ci', excludeRunIds: ['r5'] },
      2,
    )
    expect(runs.map((r) => [r.runId, r.records, r.sha])).toEqual([
      ['r3', 300, 'sha3'],
      ['r2', 700, 'sha2'],
    ])
    expect(runs[0]!.first! < runs[0]!.last!).toBe(true)
  })

  it('reads every record of a run once, in log order, across indices and scroll pages', async () => {
    const batches: LogRecord[][] = []
    for await (const batch of readPastRun(client, recordIndexPattern(prefix), 'r1')) batches.push(batch)
    expect(batches.length).toBeGreaterThan(1)
    const lines = batches.flat().map((r) => r.log.file.line)
    expect(lines).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1))
    expect(new Set(batches.flat().map((r) => r.ci?.run_id))).toEqual(new Set(['r1']))
  })

  it('an unknown index pattern is no runs, not an error; a server that is down is a clear error', async () => {
    expect(await listPastRuns(client, 'lw-nothing-here-*', {}, 10)).toEqual([])
    const down = new Client({ node: 'http://127.0.0.1:9', Connection: HttpConnection, maxRetries: 0 })
    await expect(listPastRuns(down, recordIndexPattern(prefix), {}, 10)).rejects.toThrow(/Elasticsearch/)
    await down.close()
  })
})
