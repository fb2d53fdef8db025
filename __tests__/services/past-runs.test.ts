import { Client, HttpConnection } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../src/core/logger.js'
import { recordId } from '../../src/core/record-id.js'
import type { LogRecord } from '../../src/core/record.js'
import { elasticsearchSettingsSchema } from '../../src/sinks/elasticsearch/config.js'
import { ElasticsearchSink } from '../../src/sinks/elasticsearch/sink.js'
import { listPastRuns, readPastRun, recordIndexPattern } from '../../src/sources/past-runs/elasticsearch.js'
import { gzipSync } from 'node:zlib'
import { WebHdfsClient } from '../../src/sinks/webhdfs/client.js'
import { groupRuns } from '../../src/sources/past-runs/group-runs.js'
import { readHdfsLake } from '../../src/sources/past-runs/lake.js'
import { ES_URL, requireElasticsearch, requireWebHdfs, uniqueName, WEBHDFS_URL } from './reachability.js'

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
      ci: {
        provider: 'github-actions',
        repository: 'acme/shop',
        run_id: `r${n}`,
        sha: `sha${n}`,
        workflow,
        job,
      },
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

// The same runs from the HDFS lake the consumers write: parts by partition and offsets, a run spread
// over services and parts, grouped back into runs by their CI run id.
describe('past runs from the real HDFS lake', () => {
  const client = new WebHdfsClient({ url: WEBHDFS_URL, user: 'logward' })
  const root = `/${uniqueName('lwpast')}`
  const record = (run: string, service: string, line: number, minute: number): LogRecord => ({
    '@timestamp': new Date(Date.UTC(2024, 4, 1, 10, minute, line)).toISOString(),
    message: `line ${line}`,
    log: { level: 'info', file: { path: `${service}.log`, line } },
    service: { name: service },
    ci: { run_id: run, workflow: 'ci' },
    logward: { format: 'plain' },
  })
  const part = async (service: string, first: number, records: LogRecord[]): Promise<void> => {
    const body = gzipSync(records.map((r) => JSON.stringify(r) + '\n').join(''))
    const last = first + records.length - 1
    await client.create(
      `${root}/raw/dt=2024-05-01/service=${service}/part-0-${first}-${last}.ndjson.gz`,
      body,
    )
  }

  beforeAll(async () => {
    await requireWebHdfs()
    const api = (run: string, from: number, n: number, minute: number): LogRecord[] =>
      Array.from({ length: n }, (_, i) => record(run, 'api', from + i, minute))
    await part('api', 0, [...api('r1', 1, 40, 0), ...api('r2', 1, 10, 5)])
    await part('api', 50, api('r2', 11, 15, 5))
    await part(
      'web',
      0,
      Array.from({ length: 5 }, (_, i) => record('r2', 'web', i + 1, 6)),
    )
  }, 120_000)
  afterAll(async () => {
    await client.delete(root, true).catch(() => undefined)
  })

  it('groups the lake into runs, newest first, each with all its records', async () => {
    const grouped = await groupRuns(() => readHdfsLake(client, root), { limit: 5 })
    try {
      expect(grouped.runs.map((r) => [r.name, r.records])).toEqual([
        ['run r2', 30],
        ['run r1', 40],
      ])
      const r2: LogRecord[] = []
      for await (const b of grouped.runs[0]!.batches()) r2.push(...b)
      expect(r2.filter((r) => r.service?.name === 'api').map((r) => r.log.file.line)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1),
      )
    } finally {
      grouped.dispose()
    }
  })
})
