import { describe, expect, it } from 'vitest'
import { noiseGuard } from '../../../src/analysis/findings/noise-guard.js'
import { runScore } from '../../../src/analysis/findings/score.js'
import type { Finding, RunAnalysis } from '../../../src/analysis/model.js'

function run(tests: number, failed: number, sources: { records: number; errors: number }[] = []) {
  return {
    tests: {
      tests,
      passed: tests - failed,
      failed,
      errored: 0,
      skipped: 0,
      failing: Array.from({ length: failed }, (_, i) => ({
        name: `test ${i}`,
        status: 'failed' as const,
        message: 'Connection refused: db:5432',
        report: 'junit.xml',
      })),
      flaky: [],
    },
    inputs: {
      sources: sources.map((s, i) => ({
        path: `s${i}.log`,
        format: 'plain',
        lines: s.records,
        bytes: 1,
        warnings: 0,
        ...s,
      })),
      reports: [],
      unreadable: [],
    },
    logs: { records: sources.reduce((n, s) => n + s.records, 0) },
    rootCauses: [],
  } as unknown as Pick<RunAnalysis, 'tests' | 'inputs' | 'logs' | 'rootCauses'>
}

const shift: Finding = {
  kind: 'frequency-shift',
  severity: 'warn',
  title: 'More x',
  explanation: 'x',
  evidence: [],
}
const many = Array.from({ length: 200 }, () => shift)

describe('noiseGuard', () => {
  it('folds every finding under one infrastructure finding when most tests failed', () => {
    const out = noiseGuard(run(50, 45), 1000, many)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ kind: 'infrastructure', severity: 'error' })
    expect(out[0]!.collapsed).toHaveLength(200)
    expect(out[0]!.explanation).toContain('45 of 50 tests failed (90 %')
    expect(out[0]!.evidence[0]!.message).toContain('Connection refused')
    expect(runScore(out)).toBe(100)
  })

  it('leaves findings alone below the thresholds', () => {
    expect(noiseGuard(run(50, 39), 1000, many)).toHaveLength(200) // 78 %
    expect(noiseGuard(run(4, 4), 1000, many)).toHaveLength(200) // too few tests to call it
  })

  it('fires when every source errs and the run stopped early', () => {
    const short = run(0, 0, [
      { records: 40, errors: 3 },
      { records: 20, errors: 1 },
    ])
    expect(noiseGuard(short, 1000, [shift])[0]!.kind).toBe('infrastructure')
    // The same run at the baseline's length is not "early".
    expect(noiseGuard(short, 100, [shift])).toEqual([shift])
    // One source without errors: not every source failed.
    expect(
      noiseGuard(
        run(0, 0, [
          { records: 40, errors: 3 },
          { records: 20, errors: 0 },
        ]),
        1000,
        [shift],
      ),
    ).toEqual([shift])
  })
})

describe('runScore', () => {
  it('combines severities as independent evidence, 0 for nothing', () => {
    const f = (severity: Finding['severity']): Finding => ({ ...shift, severity })
    expect(runScore([])).toBe(0)
    expect(runScore([f('error')])).toBe(50)
    expect(runScore([f('error'), f('error')])).toBe(75)
    expect(runScore([f('warn')])).toBe(20)
    expect(runScore([f('error'), f('warn'), f('info')])).toBe(62)
  })
})
