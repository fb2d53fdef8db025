import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { LogRecord } from '../../../src/core/record.js'
import { LakeError } from '../../../src/sinks/lake/errors.js'
import { listLakeFiles, readLake, type ReadLakeOptions } from '../../../src/sinks/lake/reader.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'
import { makeRecord, makeRecords } from './make-records.js'

const tempRoot = (): string => mkdtempSync(join(tmpdir(), 'logward-lake-'))

async function collect(root: string, options?: ReadLakeOptions): Promise<LogRecord[]> {
  const out: LogRecord[] = []
  for await (const r of readLake(root, options)) out.push(r)
  return out
}

/** Three days × two services (one named `a/b`), plus records without a timestamp. */
async function sampleLake(): Promise<{ root: string; records: LogRecord[] }> {
  const root = tempRoot()
  const records: LogRecord[] = []
  for (const day of [1, 2, 3]) {
    for (const service of ['api', 'a/b']) {
      records.push(
        ...makeRecords(5, { service, message: `${service} on day ${day}` }, Date.UTC(2024, 4, day, 12)),
      )
    }
  }
  records.push(makeRecord({ timestamp: null, path: 'logs/cron.log', message: 'no time' }))
  const writer = await LakeWriter.open(root, {
    writerId: 'r',
    maxPartRecords: 3,
    ingestTime: new Date('2024-05-02T08:00:00Z'),
  })
  await writer.write(records.slice(0, 20))
  await writer.write(records.slice(20))
  await writer.close()
  return { root, records }
}

const byKey = (r: LogRecord): string => `${r.service?.name ?? ''}|${r['@timestamp'] ?? ''}|${r.message}`
const sorted = (rs: LogRecord[]): LogRecord[] => [...rs].sort((a, b) => byKey(a).localeCompare(byKey(b)))

describe('readLake', () => {
  it('reads back exactly the records written', async () => {
    const { root, records } = await sampleLake()
    const read = await collect(root)
    expect(read).toHaveLength(records.length)
    expect(sorted(read)).toEqual(sorted(records))
  })

  it('keeps write order within a partition (parts by sequence, lines in order)', async () => {
    const { root } = await sampleLake()
    const api = await collect(root, { services: ['api'], from: '2024-05-01', to: '2024-05-02' })
    expect(api.map((r) => r.log.file.line)).toEqual([1, 2, 3, 4, 5])
  })

  it('prunes partitions by day and service without opening them', async () => {
    const { root } = await sampleLake()
    const files = await listLakeFiles(root, { from: '2024-05-02', to: '2024-05-03', services: ['a/b'] })
    expect(new Set(files.map((f) => `${f.dt} ${f.service}`))).toEqual(new Set(['2024-05-02 a%2Fb']))
    const all = await listLakeFiles(root)
    expect(new Set(all.map((f) => f.dt))).toEqual(new Set(['2024-05-01', '2024-05-02', '2024-05-03']))
  })

  it('filters by time within the kept days, and keeps undated records of a kept day', async () => {
    const { root } = await sampleLake()
    const from = new Date(Date.UTC(2024, 4, 2, 12, 0, 2))
    const to = new Date(Date.UTC(2024, 4, 3, 12, 0, 1))
    const read = await collect(root, { from, to })
    const dated = read.filter((r) => r['@timestamp'])
    expect(dated).toHaveLength(3 * 2 + 1 * 2)
    for (const r of dated) {
      const t = Date.parse(r['@timestamp']!)
      expect(t >= from.getTime() && t < to.getTime()).toBe(true)
    }
    // The undated record was filed under the ingest day, 2024-05-02.
    expect(read.filter((r) => !r['@timestamp']).map((r) => r.message)).toEqual(['no time'])
    expect(await collect(root, { from: '2024-05-03' })).not.toContainEqual(
      expect.objectContaining({ message: 'no time' }),
    )
  })

  it('skips temporary, hidden and foreign files, and a lake never written is empty', async () => {
    const root = tempRoot()
    expect(await collect(root)).toEqual([])
    const dir = join(root, 'raw/dt=2024-05-01/service=api')
    mkdirSync(dir, { recursive: true })
    const line = JSON.stringify(makeRecord({ service: 'api' })) + '\n'
    writeFileSync(join(dir, 'part-x-00000.ndjson.gz'), gzipSync(line))
    writeFileSync(join(dir, '.part-x-00001.ndjson.gz.tmp'), gzipSync(line).subarray(0, 10))
    writeFileSync(join(dir, '_SUCCESS'), '')
    writeFileSync(join(dir, 'notes.txt'), 'hello')
    mkdirSync(join(root, 'raw/dt=garbage/service=api'), { recursive: true })
    expect(await collect(root)).toHaveLength(1)
  })

  it('names the file and line of a damaged part', async () => {
    const root = tempRoot()
    const dir = join(root, 'raw/dt=2024-05-01/service=api')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'part-x-00000.ndjson.gz'),
      gzipSync('{"message":"ok","log":{"file":{"path":"a","line":1}}}\n{not json\n'),
    )
    const err = await collect(root).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(LakeError)
    expect((err as LakeError).message).toMatch(/part-x-00000\.ndjson\.gz:2/)
    expect((err as LakeError).message).not.toContain('not json')

    writeFileSync(
      join(dir, 'part-x-00000.ndjson.gz'),
      gzipSync('{"message":"ok"}\n'.repeat(1000)).subarray(0, 40),
    )
    const truncated = await collect(root).catch((e: unknown) => e)
    expect(truncated).toBeInstanceOf(LakeError)
    expect((truncated as LakeError).hint).toMatch(/damaged/)
  })

  it('rejects a from/to that is not a time', async () => {
    await expect(collect(tempRoot(), { from: 'last tuesday' })).rejects.toBeInstanceOf(LakeError)
  })
})
