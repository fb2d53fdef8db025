import { describe, expect, it } from 'vitest'
import { evaluateGate } from '../../../src/act/gate/evaluate.js'
import { parseGate } from '../../../src/act/gate/gate-file.js'
import type { RunMetrics } from '../../../src/act/gate/metrics.js'

function run(values: RunMetrics['values']): RunMetrics {
  return { values, records: values.records ?? 1000, templates: new Map() }
}
const baseline = (rates: number[]): RunMetrics[] =>
  rates.map((r) => run({ records: 1000, errors: r * 1000, 'error-rate': r }))

const gate = (yaml: string) => parseGate(yaml, 'test-gate.yml')

describe('gate scoring (Keptn)', () => {
  const spec = gate(`
objectives:
  - metric: error-rate
    pass: ['<=+10%']
    warning: ['<=+50%']
    weight: 2
  - metric: failed-tests
    pass: ['==0']
  - metric: flaky-tests
    pass: ['==0']
    weight: 1
total: { pass: 90%, warning: 75% }
min-samples: { baseline-runs: 3, records: 100 }
`)

  it('scores weight for a pass, half for a warning, nothing for a fail', () => {
    const base = baseline([0.01, 0.01, 0.012, 0.009])
    // Baseline median 0.01: 0.0105 passes (+5%), 0.013 warns (+30%), 0.02 fails (+100%).
    const ok = evaluateGate(spec, {
      current: run({ records: 1000, 'error-rate': 0.0105, 'failed-tests': 0, 'flaky-tests': 0 }),
      baseline: base,
    })
    expect(ok).toMatchObject({ verdict: 'pass', score: 100 })
    const warn = evaluateGate(spec, {
      current: run({ records: 1000, 'error-rate': 0.013, 'failed-tests': 0, 'flaky-tests': 0 }),
      baseline: base,
    })
    expect(warn.objectives[0]).toMatchObject({ status: 'warn', score: 1 })
    expect(warn.score).toBe(75) // (1 + 1 + 1) / 4
    expect(warn.verdict).toBe('warn')
    const bad = evaluateGate(spec, {
      current: run({ records: 1000, 'error-rate': 0.02, 'failed-tests': 0, 'flaky-tests': 1 }),
      baseline: base,
    })
    expect(bad.objectives.map((o) => o.status)).toEqual(['fail', 'pass', 'fail'])
    expect(bad.score).toBe(25)
    expect(bad.verdict).toBe('fail')
    expect(bad.reasons[0]).toBe('score 25% < 75% (warning)')
    expect(bad.objectives[0]!.reason).toBe(
      'error-rate failed: 0.02 against baseline median 0.01, where pass needs <=+10% (→ 0.011)',
    )
    expect(bad.objectives[0]!.baseline).toEqual({ value: 0.01, values: [0.01, 0.01, 0.012, 0.009] })
  })

  it('fails the gate when a key objective fails, whatever the score', () => {
    const keyed = gate(`
objectives:
  - metric: failed-tests
    pass: ['==0']
    key: true
  - metric: records
    pass: ['>0']
    weight: 9
`)
    const r = evaluateGate(keyed, { current: run({ records: 1000, 'failed-tests': 2 }), baseline: [] })
    expect(r.score).toBe(90)
    expect(r.verdict).toBe('fail')
    expect(r.reasons[0]).toBe('key objective failed-tests failed: 2, where pass needs ==0')
  })

  it('honours the total thresholds at their edges', () => {
    const s = gate(`
objectives:
  - { metric: records, pass: ['>0'], weight: 3 }
  - { metric: failed-tests, pass: ['==0'], weight: 1 }
total: { pass: 75%, warning: 70 }
`)
    expect(evaluateGate(s, { current: run({ records: 5, 'failed-tests': 1 }), baseline: [] })).toMatchObject({
      score: 75,
      verdict: 'pass',
    })
    const s2 = { ...s, total: { pass: 80, warning: 75 } }
    expect(evaluateGate(s2, { current: run({ records: 5, 'failed-tests': 1 }), baseline: [] }).verdict).toBe(
      'warn',
    )
    const s3 = { ...s, total: { pass: 80, warning: 76 } }
    expect(evaluateGate(s3, { current: run({ records: 5, 'failed-tests': 1 }), baseline: [] }).verdict).toBe(
      'fail',
    )
  })

  it('does not evaluate relative criteria below min-samples: no-data, scored as a warning, and says why', () => {
    const current = run({ records: 1000, 'error-rate': 0.5, 'failed-tests': 0, 'flaky-tests': 0 })
    const r = evaluateGate(spec, { current, baseline: baseline([0.01, 0.01]) })
    expect(r.enough).toBe(false)
    expect(r.objectives[0]).toMatchObject({ status: 'no-data', score: 1 })
    expect(r.objectives[0]!.criteria[0]).toMatchObject({ text: '<=+10%', holds: null })
    expect(r.score).toBe(75)
    expect(r.verdict).toBe('warn')
    expect(r.reasons).toContain(
      'relative criteria not evaluated: the baseline has 2 runs, min-samples asks for 3',
    )
    // Too few records in the run: the same.
    const few = evaluateGate(spec, {
      current: run({ records: 50, 'error-rate': 0, 'failed-tests': 0, 'flaky-tests': 0 }),
      baseline: baseline([0.01, 0.01, 0.01]),
    })
    expect(few.objectives[0]!.status).toBe('no-data')
    expect(few.note).toMatch(/too few records \(run 50/)
  })

  it('still fails an objective whose absolute criterion fails when the relative one cannot be evaluated', () => {
    const s = gate(`
objectives:
  - metric: error-rate
    pass: ['<=+10%', '<0.02']
`)
    const r = evaluateGate(s, { current: run({ records: 1000, 'error-rate': 0.05 }), baseline: [] })
    expect(r.objectives[0]!.status).toBe('fail')
    expect(r.verdict).toBe('fail')
  })

  it('has no data for new templates without a baseline', () => {
    const s = gate(`
objectives:
  - { metric: new-error-templates, pass: ['==0'], key: true }
`)
    const r = evaluateGate(s, { current: run({ records: 10 }), baseline: [] })
    expect(r.objectives[0]).toMatchObject({ status: 'no-data', score: 0.5 })
    expect(r.objectives[0]!.reason).toBe(
      'new-error-templates has no data (counts as warning): no baseline was given',
    )
    expect(r.verdict).toBe('fail') // 50% < 75%, but not because of the key objective
    expect(r.reasons[0]).toBe('score 50% < 75% (warning)')
  })

  it('uses the mean when asked, and turns a pass into a warning when inputs could not be read', () => {
    const s = { ...spec, aggregate: 'mean' as const }
    const r = evaluateGate(s, {
      current: run({ records: 1000, 'error-rate': 0.01, 'failed-tests': 0, 'flaky-tests': 0 }),
      baseline: baseline([0.01, 0.01, 0.04]),
      unreadable: 1,
    })
    expect(r.objectives[0]!.baseline!.value).toBeCloseTo(0.02)
    expect(r.score).toBe(100)
    expect(r.verdict).toBe('warn')
    expect(r.reasons.at(-1)).toBe('1 input could not be read')
  })
})
