import { describe, expect, it } from 'vitest'
import type { BaselineRunStats } from '../../../src/analysis/baseline/model.js'
import { ErrorBucketCollector } from '../../../src/analysis/collectors/error-buckets.js'
import { errorBurstFindings } from '../../../src/analysis/findings/error-bursts.js'
import type { Level, LogRecord } from '../../../src/core/record.js'

const T0 = Date.parse('2026-11-27T09:00:00Z')

function record(second: number, level: Level, line: number): LogRecord {
  return {
    '@timestamp': new Date(T0 + second * 1000).toISOString(),
    message: `${level} at ${second}`,
    log: { level, file: { path: 'app.log', line } },
    logward: {},
  } as LogRecord
}

/** A run of `minutes` minutes with an info line every 10 s and errors at the given seconds. */
function run(minutes: number, errorSeconds: number[]) {
  const c = new ErrorBucketCollector(60)
  let line = 0
  for (let s = 0; s < minutes * 60; s += 10) c.add(record(s, 'info', ++line))
  for (const s of errorSeconds) c.add(record(s, 'error', ++line))
  return c.result()
}

function baseline(runs: number, buckets: number, errors: number): BaselineRunStats[] {
  return Array.from({ length: runs }, (_, i) => ({
    name: `run-${i}`,
    records: 1000,
    errors,
    warnings: 0,
    buckets,
    timedErrors: errors,
    maxErrorsPerBucket: 1,
    sessions: 0,
  }))
}

describe('errorBurstFindings', () => {
  it('finds a minute with many more errors than the baseline rate, with its window and examples', () => {
    // Baseline: 6 errors over 5 × 30 minutes (0.04 per minute). Run: 12 errors in minute 7.
    const r = run(
      30,
      Array.from({ length: 12 }, (_, i) => 7 * 60 + i * 4),
    )
    const { findings } = errorBurstFindings(r, baseline(5, 30, 6 / 5))
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.kind).toBe('error-burst')
    expect(f.burst).toMatchObject({
      start: '2026-11-27T09:07:00.000Z',
      end: '2026-11-27T09:08:00.000Z',
      errors: 12,
    })
    expect(f.burst!.expected).toBeCloseTo(0.04, 5)
    expect(f.evidence).toHaveLength(3)
    expect(f.evidence[0]).toMatchObject({ path: 'app.log', message: 'error at 420' })
    expect(f.explanation).toContain('12 error records')
  })

  it('merges adjacent bursting minutes into one finding', () => {
    const seconds = [
      ...Array.from({ length: 8 }, (_, i) => 120 + i * 5),
      ...Array.from({ length: 8 }, (_, i) => 180 + i * 5),
    ]
    const { findings } = errorBurstFindings(run(10, seconds), baseline(3, 10, 0))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.burst).toMatchObject({
      errors: 16,
      start: '2026-11-27T09:02:00.000Z',
      end: '2026-11-27T09:04:00.000Z',
    })
  })

  it('does not flag errors spread at the baseline rate, nor fewer than the minimum count', () => {
    // Baseline: 2 errors per minute. Run: 2 to 3 per minute throughout.
    const spread = Array.from({ length: 60 }, (_, i) => i * 25)
    expect(errorBurstFindings(run(25, spread), baseline(4, 25, 50)).findings).toEqual([])
    // Baseline without errors, run with 4 errors in one minute: below the minimum of 5.
    expect(errorBurstFindings(run(10, [60, 61, 62, 63]), baseline(3, 10, 0)).findings).toEqual([])
  })

  it('says why when the baseline has no timestamps', () => {
    const r = errorBurstFindings(run(10, [1, 2, 3, 4, 5, 6]), baseline(2, 0, 0))
    expect(r.findings).toEqual([])
    expect(r.notes[0]).toMatch(/no timestamps/)
  })
})
