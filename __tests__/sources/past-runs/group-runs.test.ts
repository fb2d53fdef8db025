import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { LogRecord } from '../../../src/core/record.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'
import { groupRuns, type GroupedRuns } from '../../../src/sources/past-runs/group-runs.js'
import { readLocalLake } from '../../../src/sources/past-runs/lake.js'
import { makeRecord } from '../../sinks/lake/make-records.js'

function runRecords(run: string | undefined, n: number, startMinute: number, service = 'api'): LogRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const r = makeRecord({
      message: `step ${i}`,
      service,
      line: i + 1,
      path: `${run ?? 'none'}.log`,
      timestamp: new Date(Date.UTC(2024, 4, 1, 10, startMinute, i)).toISOString(),
    })
    if (run) r.ci = { run_id: run, workflow: run === 'nightly' ? 'nightly' : 'ci', repository: 'acme/shop' }
    return r
  })
}

describe('groupRuns over a lake', () => {
  const dirs: string[] = []
  let grouped: GroupedRuns | undefined
  afterEach(() => {
    grouped?.dispose()
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  async function lake(records: LogRecord[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'lw-lake-runs-'))
    dirs.push(dir)
    const writer = await LakeWriter.open(dir, { maxPartRecords: 7 })
    await writer.write(records)
    await writer.close()
    return dir
  }

  it('groups records by CI run across services and parts, newest runs first, each run complete and in order', async () => {
    const dir = await lake([
      ...runRecords('r1', 30, 0),
      ...runRecords('r2', 20, 10),
      ...runRecords('r2', 5, 12, 'web'),
      ...runRecords('r3', 10, 20),
      ...runRecords('nightly', 10, 30),
    ])
    grouped = await groupRuns(() => readLocalLake(dir), {
      filter: { workflow: 'ci', excludeRunIds: ['r3'] },
      limit: 5,
    })
    expect(grouped.runs.map((r) => [r.name, r.records])).toEqual([
      ['run r2', 25],
      ['run r1', 30],
    ])
    const r2: LogRecord[] = []
    for await (const b of grouped.runs[0]!.batches()) r2.push(...b)
    // Read twice: learning makes two passes over a run.
    const again: LogRecord[] = []
    for await (const b of grouped.runs[0]!.batches()) again.push(...b)
    expect(again).toEqual(r2)
    expect(r2.filter((r) => r.service?.name === 'api').map((r) => r.log.file.line)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    expect(new Set(r2.map((r) => r.ci?.run_id))).toEqual(new Set(['r2']))
  })

  it('keeps only the newest `limit` runs; records without a run id form one run per partition', async () => {
    const dir = await lake([
      ...runRecords('r1', 3, 0),
      ...runRecords(undefined, 4, 5),
      ...runRecords('r2', 3, 9),
    ])
    grouped = await groupRuns(() => readLocalLake(dir), { limit: 2 })
    expect(grouped.runs.map((r) => [r.name, r.records])).toEqual([
      ['run r2', 3],
      ['2024-05-01/api', 4],
    ])
  })

  it('an empty or filtered-out lake is no runs', async () => {
    const dir = await lake(runRecords('r1', 3, 0))
    grouped = await groupRuns(() => readLocalLake(dir), { filter: { repository: 'other/repo' }, limit: 5 })
    expect(grouped.runs).toEqual([])
  })
})
