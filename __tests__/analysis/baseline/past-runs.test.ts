import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  noPastRuns,
  openPastRuns,
  parsePastRunsLocation,
  pastRunFilter,
} from '../../../src/analysis/baseline/past-runs.js'
import { loadConfig } from '../../../src/config/load.js'
import type { LogRecord } from '../../../src/core/record.js'
import { LakeWriter } from '../../../src/sinks/lake/writer.js'

function rec(i: number, service: string, ci?: LogRecord['ci']): LogRecord {
  return {
    '@timestamp': `2026-11-2${i % 2}T09:00:0${i % 10}Z`,
    message: `line ${i}`,
    log: { level: 'info', file: { path: `${service}.log`, line: i } },
    service: { name: service },
    ...(ci ? { ci } : {}),
    logward: { format: 'plain' },
  }
}

describe('baseline values that name a store', () => {
  it('are recognised by their prefix; anything else is a path', () => {
    expect(parsePastRunsLocation('elasticsearch:')).toEqual({ kind: 'elasticsearch' })
    expect(parsePastRunsLocation('hdfs:')).toEqual({ kind: 'hdfs' })
    expect(parsePastRunsLocation('hdfs:/data/logward')).toEqual({ kind: 'hdfs', root: '/data/logward' })
    expect(parsePastRunsLocation('lake:.logward')).toEqual({ kind: 'lake', dir: '.logward' })
    for (const path of ['runs/pass-*/logs', 'elasticsearch', 'lake:', 'C:\\runs', 'hdfs:relative'])
      expect(parsePastRunsLocation(path)).toBeUndefined()
  })

  it('select the runs of the same repository, job and ref, never the run judged', () => {
    const config = loadConfig({ cwd: tmpdir(), overrides: { 'baseline-ref': 'refs/heads/main' } })
    expect(
      pastRunFilter(config, { repository: 'acme/shop', job: 'test', run_id: '7', workflow: 'ci' }),
    ).toEqual({
      repository: 'acme/shop',
      workflow: 'ci',
      job: 'test',
      ref: 'refs/heads/main',
      excludeRunIds: ['7'],
    })
    expect(pastRunFilter(loadConfig({ cwd: tmpdir(), overrides: {} }), {})).toEqual({})
    expect(noPastRuns('lake x', { repository: 'acme/shop', job: 'test' }).message).toBe(
      'no past runs in lake x for repository acme/shop, job test',
    )
  })

  it('lake:DIR gives the newest baseline-runs runs of the same job, each readable twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-lake-runs-'))
    const writer = await LakeWriter.open(dir, { writerId: 'test' })
    await writer.write([
      ...Array.from({ length: 6 }, (_, i) => rec(i, 'api', { job: 'test', run_id: i < 3 ? '101' : '102' })),
      ...Array.from({ length: 4 }, (_, i) => rec(i, 'web', { job: 'lint', run_id: '103' })),
      ...Array.from({ length: 3 }, (_, i) => rec(i, 'api', { job: 'test', run_id: '104' })),
    ])
    await writer.close()
    const config = loadConfig({ cwd: tmpdir(), overrides: { 'baseline-runs': 2 } })
    const past = await openPastRuns({ kind: 'lake', dir }, config, { job: 'test', run_id: '104' })
    try {
      expect(past.source).toBe(`lake ${dir}`)
      expect(past.runs.map((r) => r.name).sort()).toEqual(['run 101', 'run 102'])
      const count = async (i: number): Promise<number> => {
        let n = 0
        for await (const b of past.runs[i]!.batches()) n += b.length
        return n
      }
      expect([await count(0), await count(0)]).toEqual([3, 3])
    } finally {
      await past.dispose()
    }
  })
})
