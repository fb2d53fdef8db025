import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import type { LogRecord } from '../../../src/core/record.js'
import { recordId } from '../../../src/core/record-id.js'
import type { BatchOrigin, LakeItem } from '../../../src/sinks/webhdfs/part.js'
import { WebHdfsSink } from '../../../src/sinks/webhdfs/sink.js'
import { requireWebHdfs, uniqueName } from '../reachability.js'
import { duplicates, hdfs, hdfsRecords } from './helpers.js'

// The HDFS lake sink against the real NameNode and DataNode: parts, and the intent that keeps a batch
// redelivered with other boundaries after a crash from being written twice.
describe('WebHdfsSink on real HDFS', () => {
  const root = `/${uniqueName('lwhdfs')}`
  const client = hdfs()
  const items: LakeItem[] = Array.from({ length: 400 }, (_, i) => {
    const record: LogRecord = {
      '@timestamp': new Date(Date.UTC(2024, 4, 1 + (i % 2), 10, 0, i % 60)).toISOString(),
      message: `event ${i}`,
      log: { level: 'info', file: { path: `svc-${i % 3}.log`, line: i + 1 } },
      ...(i % 3 === 0 ? { service: { name: 'api/v2' } } : {}),
      logward: { format: 'plain' },
    }
    return { record, ingestDay: '2024-05-03' }
  })
  const origin = (first: number, last: number): BatchOrigin => ({
    topic: 't',
    partition: 0,
    firstOffset: String(first),
    lastOffset: String(last),
    withTopic: false,
  })

  beforeAll(requireWebHdfs)
  afterAll(async () => {
    await client.delete(root, true).catch(() => undefined)
  })

  it('writes one part per partition directory, named by the offsets, in the lake layout', async () => {
    const sink = new WebHdfsSink(client, { root, group: 'g1', logger: memoryLogger() })
    const files = await sink.writeBatch(items.slice(0, 100), origin(0, 99))
    expect(files.map((f) => f.slice(root.length)).sort()).toEqual([
      '/raw/dt=2024-05-01/service=api%2Fv2/part-0-0-99.ndjson.gz',
      '/raw/dt=2024-05-01/service=svc-1/part-0-0-99.ndjson.gz',
      '/raw/dt=2024-05-01/service=svc-2/part-0-0-99.ndjson.gz',
      '/raw/dt=2024-05-02/service=api%2Fv2/part-0-0-99.ndjson.gz',
      '/raw/dt=2024-05-02/service=svc-1/part-0-0-99.ndjson.gz',
      '/raw/dt=2024-05-02/service=svc-2/part-0-0-99.ndjson.gz',
    ])
    // No temporary file is left beside the parts.
    const listing = await client.list(`${root}/raw/dt=2024-05-01/service=svc-1`)
    expect(listing.map((s) => s.pathSuffix)).toEqual(['part-0-0-99.ndjson.gz'])
    const lake = await hdfsRecords(client, root)
    expect(lake.ids.sort()).toEqual(
      items
        .slice(0, 100)
        .map((i) => recordId(i.record))
        .sort(),
    )
  })

  it('after a crash, a batch redelivered with other boundaries replaces the uncommitted parts', async () => {
    // The process that wrote 0-99 "crashed" before committing; a new one gets 0-249 in one batch.
    const logger = memoryLogger()
    const restarted = new WebHdfsSink(client, { root, group: 'g1', logger })
    await restarted.writeBatch(items.slice(0, 250), origin(0, 249))
    expect(logger.entries.some((e) => e.message.includes('removed 6 part file(s) of t/0 offsets 0-99'))).toBe(
      true,
    )
    let lake = await hdfsRecords(client, root)
    expect(lake.ids).toHaveLength(250)
    expect(duplicates(lake.ids)).toBe(0)
    expect(lake.parts.every((p) => p.endsWith('part-0-0-249.ndjson.gz'))).toBe(true)

    // The next batch follows on: nothing to recover, nothing removed.
    await restarted.writeBatch(items.slice(250, 400), origin(250, 399))
    // A restart after that batch was committed (the group resumes at 400) keeps everything.
    const again = new WebHdfsSink(client, { root, group: 'g1', logger })
    await again.writeBatch([], origin(400, 400)).catch(() => undefined)
    lake = await hdfsRecords(client, root)
    expect(lake.ids).toHaveLength(400)
    expect(duplicates(lake.ids)).toBe(0)
  })

  it('the same batch written twice leaves one copy (same names: replaced, not added)', async () => {
    const sink = new WebHdfsSink(client, { root: `${root}-twice`, group: 'g2', logger: memoryLogger() })
    await sink.writeBatch(items.slice(0, 50), origin(0, 49))
    sink.reset()
    await sink.writeBatch(items.slice(0, 50), origin(0, 49))
    const lake = await hdfsRecords(client, `${root}-twice`)
    expect(lake.ids).toHaveLength(50)
    await client.delete(`${root}-twice`, true)
  })
})
