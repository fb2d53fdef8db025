import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LogRecord } from '../../../src/core/record.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'
import { requireElasticsearch, requireKafka, requireWebHdfs, uniqueName } from '../reachability.js'
import {
  cleanUp,
  duplicates,
  es,
  esIds,
  flags,
  hdfs,
  hdfsRecords,
  kafka,
  resources,
  runCli,
} from './helpers.js'
import { KAFKA_BROKER, WEBHDFS_URL } from '../reachability.js'

// Records shipped by an older logward, whose parser did not know their format (stored as `plain`, the
// whole JSON line as the message, no template), are backfilled from HDFS with today's parser and miner.
describe('backfill from HDFS and from a local lake (real servers)', () => {
  const r = resources(uniqueName('lwback'))
  const client = es()
  const dir = mkdtempSync(join(tmpdir(), 'logward-backfill-'))
  const levels = ['info', 'warn', 'error'] as const
  const old: LogRecord[] = Array.from({ length: 300 }, (_, i) => ({
    '@timestamp': new Date(Date.UTC(2024, 4, 1, 10, 0, i % 60, i)).toISOString(),
    message: JSON.stringify({
      ts: new Date(Date.UTC(2024, 4, 1, 10, 0, i % 60, i)).toISOString(),
      level: levels[i % 3],
      msg: `job ${i % 7} finished in ${i * 3} ms`,
    }),
    log: { file: { path: 'old/worker.log', line: i + 1 } },
    service: { name: 'worker' },
    logward: { format: 'plain' },
  }))
  const backfillFlags = [
    '--kafka-brokers',
    KAFKA_BROKER,
    '--kafka-topic',
    r.topic,
    '--webhdfs-url',
    WEBHDFS_URL,
    '--webhdfs-root',
    r.hdfsRoot,
  ]

  beforeAll(async () => {
    await Promise.all([requireKafka(), requireElasticsearch(), requireWebHdfs()])
    const producer = kafka().producer()
    await producer.connect()
    const admin = kafka().admin()
    await admin.connect()
    await admin.createTopics({ topics: [{ topic: r.topic, numPartitions: 2 }], waitForLeaders: true })
    await admin.disconnect()
    await producer.send({
      topic: r.topic,
      acks: -1,
      messages: old.map((rec) => ({ key: 'worker', value: JSON.stringify(rec) })),
    })
    await producer.disconnect()
    const consume = await runCli(['consume', '--until-idle', ...flags(r)], dir)
    expect(consume.code, consume.stderr).toBe(0)
  }, 300_000)

  afterAll(async () => {
    await cleanUp(r, client)
    await client.close()
    rmSync(dir, { recursive: true, force: true })
  }, 120_000)

  it('parses and labels HDFS records again; Elasticsearch keeps one document each; HDFS is not rewritten', async () => {
    const before = await esIds(client, `${r.prefix}-*`)
    expect(before.count).toBe(300)

    const run = await runCli(
      ['backfill', ...backfillFlags, '--from', '2024-05-01', '--to', '2024-05-01'],
      dir,
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('backfilled 300 records')
    expect(run.stderr).toContain('300 parsed anew')
    const consume = await runCli(['consume', '--until-idle', ...flags(r)], dir)
    expect(consume.code, consume.stderr).toBe(0)

    const after = await esIds(client, `${r.prefix}-*`)
    expect(after.count).toBe(300)
    expect(new Set(after.ids)).toEqual(new Set(before.ids))
    const docs = await client.search<LogRecord>({ index: `${r.prefix}-*`, size: 300 })
    const sources = docs.hits.hits.map((h) => h._source!)
    expect(sources.every((d) => d.logward.format === 'json')).toBe(true)
    expect(sources.every((d) => d.logward.template_id && d.logward.template?.includes('job'))).toBe(true)
    expect(new Set(sources.map((d) => d.log.level))).toEqual(new Set(levels))
    expect(sources.every((d) => /^job \d finished in \d+ ms$/.test(d.message))).toBe(true)
    expect(new Set(sources.map((d) => d.logward.template_id)).size).toBeLessThan(10)
    // Read from HDFS: not written to it again.
    expect((await hdfsRecords(hdfs(), r.hdfsRoot)).ids).toHaveLength(300)
  }, 300_000)

  it('backfills a local lake (--from-lake): into Elasticsearch and the HDFS lake', async () => {
    const lakeDir = join(dir, 'store')
    const writer = await LakeWriter.open(lakeDir)
    const local: LogRecord[] = Array.from({ length: 50 }, (_, i) => ({
      '@timestamp': new Date(Date.UTC(2024, 4, 2, 9, 0, i)).toISOString(),
      message: `deploy step ${i} ok`,
      log: { level: 'info', file: { path: 'ci/deploy.log', line: i + 1 } },
      service: { name: 'deploy' },
      logward: { format: 'plain' },
    }))
    await writer.write(local)
    await writer.close()

    const run = await runCli(['backfill', ...backfillFlags, '--from-lake', lakeDir], dir)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('backfilled 50 records')
    const consume = await runCli(['consume', '--until-idle', ...flags(r)], dir)
    expect(consume.code, consume.stderr).toBe(0)
    const { ids, count } = await esIds(client, `${r.prefix}-*`)
    expect(count).toBe(350)
    expect(duplicates(ids)).toBe(0)
    expect((await hdfsRecords(hdfs(), r.hdfsRoot)).ids).toHaveLength(350)
  }, 300_000)
})
