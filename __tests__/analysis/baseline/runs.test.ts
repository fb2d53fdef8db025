import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runsFromLake } from '../../../src/analysis/baseline/runs.js'
import type { LogRecord } from '../../../src/core/record.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'

function rec(i: number, service: string, runId?: string): LogRecord {
  return {
    '@timestamp': `2026-11-2${i % 2}T09:00:0${i % 10}Z`,
    message: `line ${i}`,
    log: { level: 'info', file: { path: `${service}.log`, line: i } },
    service: { name: service },
    ...(runId ? { ci: { run_id: runId } } : {}),
    logward: {},
  } as LogRecord
}

describe('runsFromLake', () => {
  it('groups records by ci.run_id, else by day and service, each run readable twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-lake-runs-'))
    const writer = await LakeWriter.open(dir, { writerId: 'test' })
    await writer.write([
      ...Array.from({ length: 6 }, (_, i) => rec(i, 'api', i < 3 ? '101' : '102')),
      ...Array.from({ length: 4 }, (_, i) => rec(i, 'web')),
    ])
    await writer.close()
    const grouped = await runsFromLake(dir)
    const runs = grouped.runs
    const counts = async (r: (typeof runs)[number]): Promise<number> => {
      let n = 0
      for await (const b of r.batches()) n += b.length
      return n
    }
    const byName = Object.fromEntries(await Promise.all(runs.map(async (r) => [r.name, await counts(r)])))
    expect(byName).toEqual({ 'run 101': 3, 'run 102': 3, '2026-11-20/web': 2, '2026-11-21/web': 2 })
    expect(await counts(runs[0]!)).toBe(await counts(runs[0]!))
    grouped.dispose()
    // The newest runs only, when asked for fewer.
    const newest = await runsFromLake(dir, 1)
    expect(newest.runs.map((r) => r.name)).toEqual(['run 102'])
    newest.dispose()
  })

  it('lists nothing for a lake that was never written', async () => {
    expect((await runsFromLake(mkdtempSync(join(tmpdir(), 'logward-lake-empty-')))).runs).toEqual([])
  })
})
