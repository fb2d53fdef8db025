import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { LakeError } from '../../../src/sinks/lake/errors.js'
import { readLake } from '../../../src/sinks/lake/reader.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'
import { makeRecord, makeRecords } from './make-records.js'

const tempRoot = (): string => mkdtempSync(join(tmpdir(), 'logward-lake-'))

/** Every file under `dir`, relative, `/`-separated, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name))
      else out.push(relative(dir, join(d, e.name)).split('\\').join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

const linesOf = (path: string): string[] =>
  gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')

describe('LakeWriter', () => {
  it('writes raw/dt=YYYY-MM-DD/service=NAME/part-<writer>-<seq>.ndjson.gz', async () => {
    const root = tempRoot()
    const writer = await LakeWriter.open(root, {
      writerId: 'w1',
      ingestTime: new Date('2030-01-02T03:04:05Z'),
    })
    await writer.write([
      makeRecord({ service: 'api', timestamp: '2024-05-01T10:00:00.000Z' }),
      makeRecord({ service: 'api', timestamp: '2024-05-02T00:00:00.000Z', line: 2 }),
      makeRecord({ path: 'logs/worker.log.gz', timestamp: '2024-05-01T11:00:00.000Z' }),
      makeRecord({ path: '-', timestamp: null }),
    ])
    await writer.close()
    expect(listFiles(root)).toEqual([
      'raw/dt=2024-05-01/service=api/part-w1-00000.ndjson.gz',
      'raw/dt=2024-05-01/service=worker/part-w1-00000.ndjson.gz',
      'raw/dt=2024-05-02/service=api/part-w1-00000.ndjson.gz',
      'raw/dt=2030-01-02/service=unknown/part-w1-00000.ndjson.gz',
    ])
    expect(writer.stats.records).toBe(4)
    expect(writer.stats.files).toHaveLength(4)
    const [line] = linesOf(join(root, 'raw/dt=2024-05-01/service=api/part-w1-00000.ndjson.gz'))
    expect(JSON.parse(line!)).toEqual(makeRecord({ service: 'api', timestamp: '2024-05-01T10:00:00.000Z' }))
  })

  it('gives each writer a default id of its start time and random digits', async () => {
    const a = await LakeWriter.open(tempRoot(), { ingestTime: new Date('2024-05-01T10:15:00.123Z') })
    const b = await LakeWriter.open(tempRoot(), { ingestTime: new Date('2024-05-01T10:15:00.123Z') })
    expect(a.writerId).toMatch(/^20240501T101500Z-[0-9a-f]{6}$/)
    expect(a.writerId).not.toBe(b.writerId)
    await expect(LakeWriter.open(tempRoot(), { writerId: '../x' })).rejects.toBeInstanceOf(LakeError)
  })

  it('never shows a partial part: parts are .tmp until complete, then renamed', async () => {
    const root = tempRoot()
    const writer = await LakeWriter.open(root, { writerId: 'w', maxPartRecords: 600 })
    const seen = new Set<string>()
    const problems: string[] = []
    let stop = false
    let checks = 0
    // A reader listing the partition as often as the event loop lets it, while the writer writes.
    const watcher = (async () => {
      while (!stop) {
        for (const file of listFiles(root)) {
          const name = file.split('/').pop()!
          if (name.startsWith('.')) {
            if (!/^\.part-w-\d{5}\.ndjson\.gz\.tmp$/.test(name)) problems.push(`odd temporary name ${name}`)
            continue
          }
          // Any final-named part is complete: it decompresses whole, with all its records.
          try {
            const n = linesOf(join(root, file)).length
            const expected = name === 'part-w-00003.ndjson.gz' ? 200 : 600
            if (n !== expected) problems.push(`${name}: ${n} records visible, not ${expected}`)
          } catch (err) {
            problems.push(`${name}: ${String(err)}`)
          }
          seen.add(file)
        }
        checks++
        await new Promise((r) => setImmediate(r))
      }
    })()
    for (let i = 0; i < 20; i++)
      await writer.write(
        makeRecords(100, { service: 'api', message: `batch ${i}` }, Date.UTC(2024, 4, 1) + i * 100_000),
      )
    // Before close, the last part (200 of the 2,000 records) is still a temporary file.
    const beforeClose = listFiles(root)
    expect(beforeClose.filter((f) => f.endsWith('.tmp'))).toHaveLength(1)
    expect(beforeClose.filter((f) => f.endsWith('.ndjson.gz'))).toHaveLength(3)
    await writer.close()
    stop = true
    await watcher
    expect(problems).toEqual([])
    expect(checks).toBeGreaterThan(1)
    const after = listFiles(root)
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(after).toHaveLength(4)
    expect(seen.size).toBeGreaterThanOrEqual(3)
  })

  it('rolls to a new part at maxPartRecords and at maxPartBytes', async () => {
    const root = tempRoot()
    const byCount = await LakeWriter.open(root, { writerId: 'n', maxPartRecords: 10 })
    await byCount.write(makeRecords(25, { service: 'api' }))
    await byCount.close()
    const dir = join(root, 'raw/dt=2024-05-01/service=api')
    expect(readdirSync(dir).sort()).toEqual([
      'part-n-00000.ndjson.gz',
      'part-n-00001.ndjson.gz',
      'part-n-00002.ndjson.gz',
    ])
    expect(
      readdirSync(dir)
        .sort()
        .map((f) => linesOf(join(dir, f)).length),
    ).toEqual([10, 10, 5])

    const root2 = tempRoot()
    const bySize = await LakeWriter.open(root2, { writerId: 'b', maxPartBytes: 2000 })
    const records = makeRecords(30, { service: 'api' })
    await bySize.write(records)
    await bySize.close()
    const dir2 = join(root2, 'raw/dt=2024-05-01/service=api')
    const parts = readdirSync(dir2).sort()
    expect(parts.length).toBeGreaterThan(1)
    const lineBytes = Buffer.byteLength(JSON.stringify(records[0]) + '\n')
    // A part rolls on the record that reaches the limit: no part holds more than limit + one record.
    for (const f of parts) {
      const size = gunzipSync(readFileSync(join(dir2, f))).length
      expect(size).toBeLessThan(2000 + lineBytes + 10)
    }
    const total = parts.reduce((n, f) => n + linesOf(join(dir2, f)).length, 0)
    expect(total).toBe(30)
  })

  it('keeps at most maxOpenPartitions parts open, finishing the least recently written', async () => {
    const root = tempRoot()
    const writer = await LakeWriter.open(root, { writerId: 'l', maxOpenPartitions: 2 })
    const tmpCount = (): number => listFiles(root).filter((f) => f.endsWith('.tmp')).length
    await writer.write([makeRecord({ service: 'a' })])
    await writer.write([makeRecord({ service: 'b' })])
    expect(tmpCount()).toBe(2)
    await writer.write([makeRecord({ service: 'a', line: 2 })]) // a is now the most recent; b the least
    await writer.write([makeRecord({ service: 'c' })]) // evicts b
    expect(tmpCount()).toBe(2)
    expect(listFiles(root).filter((f) => f.endsWith('.ndjson.gz'))).toEqual([
      'raw/dt=2024-05-01/service=b/part-l-00000.ndjson.gz',
    ])
    await writer.write([makeRecord({ service: 'b', line: 2 })]) // evicts a; b gets a new part
    expect(tmpCount()).toBe(2)
    await writer.close()
    expect(listFiles(root)).toEqual([
      'raw/dt=2024-05-01/service=a/part-l-00000.ndjson.gz',
      'raw/dt=2024-05-01/service=b/part-l-00000.ndjson.gz',
      'raw/dt=2024-05-01/service=b/part-l-00001.ndjson.gz',
      'raw/dt=2024-05-01/service=c/part-l-00000.ndjson.gz',
    ])
    expect(linesOf(join(root, 'raw/dt=2024-05-01/service=a/part-l-00000.ndjson.gz'))).toHaveLength(2)
  })

  it('continues after the parts a reused writer id already has, never overwriting them', async () => {
    const root = tempRoot()
    for (let run = 0; run < 2; run++) {
      const writer = await LakeWriter.open(root, { writerId: 'same' })
      await writer.write([makeRecord({ service: 'api', message: `run ${run}` })])
      await writer.close()
    }
    expect(listFiles(root)).toEqual([
      'raw/dt=2024-05-01/service=api/part-same-00000.ndjson.gz',
      'raw/dt=2024-05-01/service=api/part-same-00001.ndjson.gz',
    ])
  })

  it('after a crash leaves only .tmp files, which readers skip and the next open removes once stale', async () => {
    const root = tempRoot()
    const crashed = await LakeWriter.open(root, { writerId: 'crash' })
    await crashed.write(makeRecords(10, { service: 'api' }))
    // No close(): as if the process died here.
    const left = listFiles(root)
    expect(left).toEqual(['raw/dt=2024-05-01/service=api/.part-crash-00000.ndjson.gz.tmp'])
    const records = []
    for await (const r of readLake(root)) records.push(r)
    expect(records).toEqual([])

    // A recent temporary file may be a live writer's: kept. An old one is removed.
    const fresh = join(root, 'raw/dt=2024-05-01/service=web/.part-live-00000.ndjson.gz.tmp')
    mkdirSync(join(root, 'raw/dt=2024-05-01/service=web'), { recursive: true })
    writeFileSync(fresh, 'x')
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000)
    utimesSync(join(root, left[0]!), old, old)
    await LakeWriter.open(root, { writerId: 'next' })
    expect(listFiles(root)).toEqual(['raw/dt=2024-05-01/service=web/.part-live-00000.ndjson.gz.tmp'])
    expect(statSync(fresh).size).toBe(1)
    await crashed.abort()
  })

  it('abort removes open parts and keeps committed ones; a closed writer refuses writes', async () => {
    const root = tempRoot()
    const writer = await LakeWriter.open(root, { writerId: 'a', maxPartRecords: 5 })
    await writer.write(makeRecords(7, { service: 'api' }))
    await writer.abort()
    expect(listFiles(root)).toEqual(['raw/dt=2024-05-01/service=api/part-a-00000.ndjson.gz'])
    await expect(writer.write([makeRecord()])).rejects.toThrow(/writer is failed/)

    const closed = await LakeWriter.open(tempRoot())
    await closed.close()
    await expect(closed.write([makeRecord()])).rejects.toBeInstanceOf(LakeError)
  })

  it('reports a directory it cannot write as a LakeError with a hint', async () => {
    const root = tempRoot()
    writeFileSync(join(root, 'raw'), 'not a directory')
    const writer = await LakeWriter.open(root, { staleTempAgeMs: 0 })
    const err = await writer.write([makeRecord()]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(LakeError)
    expect((err as LakeError).hint).toBeTruthy()
    expect((err as LakeError).message).not.toContain('hello')
  })

  it('serialises writes that are not awaited', async () => {
    const root = tempRoot()
    const writer = await LakeWriter.open(root, { writerId: 'p', maxOpenPartitions: 1 })
    await Promise.all(
      ['a', 'b', 'a', 'c', 'b'].map((s, i) => writer.write([makeRecord({ service: s, line: i })])),
    )
    await writer.close()
    const records = []
    for await (const r of readLake(root)) records.push(r)
    expect(records).toHaveLength(5)
  })
})
