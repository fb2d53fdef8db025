import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import type { WebHdfsClient } from '../../../src/sinks/webhdfs/client.js'
import { partName, planParts, type BatchOrigin, type LakeItem } from '../../../src/sinks/webhdfs/part.js'
import { WebHdfsSink } from '../../../src/sinks/webhdfs/sink.js'
import { makeRecord } from '../lake/make-records.js'

/** An in-memory file system with WebHDFS's rename rule: never over an existing file. */
function memoryHdfs() {
  const files = new Map<string, Buffer>()
  const client = {
    create: async (path: string, body: Buffer) => void files.set(path, body),
    rename: async (from: string, to: string) => {
      if (!files.has(from) || files.has(to)) return false
      files.set(to, files.get(from)!)
      files.delete(from)
      return true
    },
    delete: async (path: string) => files.delete(path),
    status: async (path: string) =>
      files.has(path) ? { pathSuffix: '', type: 'FILE', length: 0, modificationTime: 0 } : undefined,
    read: async (path: string) => files.get(path)!,
  }
  return { files, client: client as unknown as WebHdfsClient }
}

const origin = (first: number, last: number, topic = 'logs'): BatchOrigin => ({
  topic,
  partition: 2,
  firstOffset: String(first),
  lastOffset: String(last),
  withTopic: false,
})
const items = (n: number): LakeItem[] =>
  Array.from({ length: n }, (_, i) => ({
    record: makeRecord({
      line: i + 1,
      service: i % 2 ? 'api' : 'web',
      timestamp: i === 0 ? null : undefined,
    }),
    ingestDay: '2024-06-01',
  }))
const lines = (files: Map<string, Buffer>): number =>
  [...files]
    .filter(([p]) => /\/part-[^/]+\.ndjson\.gz$/.test(p))
    .reduce((n, [, b]) => n + gunzipSync(b).toString().split('\n').filter(Boolean).length, 0)

describe('HDFS parts', () => {
  it('are named after the batch offsets (with the topic when several feed the lake), in the lake layout', () => {
    expect(partName(origin(10, 99))).toBe('part-2-10-99.ndjson.gz')
    expect(partName({ ...origin(10, 99, 'logs-api'), withTopic: true })).toBe(
      'part-logs-api-2-10-99.ndjson.gz',
    )
    const parts = planParts('/logward/', items(4), origin(0, 3))
    expect(parts.map((p) => `${p.dir}/${p.name} ${p.records.length}`)).toEqual([
      '/logward/raw/dt=2024-06-01/service=web/part-2-0-3.ndjson.gz 1',
      '/logward/raw/dt=2024-05-01/service=api/part-2-0-3.ndjson.gz 2',
      '/logward/raw/dt=2024-05-01/service=web/part-2-0-3.ndjson.gz 1',
    ])
  })
})

describe('WebHdfsSink', () => {
  it('publishes parts by rename and leaves no temporary file', async () => {
    const { files, client } = memoryHdfs()
    const sink = new WebHdfsSink(client, { root: '/l', group: 'g', logger: memoryLogger() })
    const written = await sink.writeBatch(items(10), origin(0, 9))
    expect(written).toHaveLength(3)
    expect([...files.keys()].filter((p) => p.endsWith('.tmp'))).toEqual([])
    expect(lines(files)).toBe(10)
    expect(JSON.parse(files.get('/l/_logward/consumers/g/logs/2.json')!.toString())).toMatchObject({
      first: '0',
      last: '9',
      files: written,
    })
  })

  it('removes an uncommitted batch before a redelivery with other boundaries, keeps committed ones', async () => {
    const { files, client } = memoryHdfs()
    const logger = memoryLogger()
    await new WebHdfsSink(client, { root: '/l', group: 'g', logger }).writeBatch(items(5), origin(0, 4))
    // A new process: the group had not committed 0-4, Kafka now hands over 0-9.
    const restarted = new WebHdfsSink(client, { root: '/l', group: 'g', logger })
    await restarted.writeBatch(items(10), origin(0, 9))
    expect(lines(files)).toBe(10)
    expect(logger.entries.map((e) => e.message)).toContain(
      'webhdfs: removed 3 part file(s) of logs/2 offsets 0-4, written but never committed; writing them again',
    )
    // After 0-9 was committed a new process starts at 10: nothing is removed.
    const later = new WebHdfsSink(client, { root: '/l', group: 'g', logger })
    await later.writeBatch(
      items(3).map((i) => ({ ...i, record: { ...i.record, message: 'later' } })),
      origin(10, 12),
    )
    expect(lines(files)).toBe(13)
  })

  it('replaces a part that already has its name (the same batch written again)', async () => {
    const { files, client } = memoryHdfs()
    const sink = new WebHdfsSink(client, { root: '/l', group: 'g', logger: memoryLogger() })
    await sink.writeBatch(items(4), origin(0, 3))
    sink.reset()
    await sink.writeBatch(items(4), origin(0, 3))
    expect(lines(files)).toBe(4)
  })
})
