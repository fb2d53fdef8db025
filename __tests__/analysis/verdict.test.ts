import { describe, expect, it } from 'vitest'
import type { FlakyTest, RunAnalysis } from '../../src/analysis/model.js'
import { decideVerdict } from '../../src/analysis/verdict.js'
import { passingRun } from '../fixtures/report/analysis.js'

function findings(flaky: FlakyTest[], failed = 0): Pick<RunAnalysis, 'tests' | 'logs' | 'inputs'> {
  const a = passingRun()
  return { tests: { ...a.tests, failed, flaky }, logs: a.logs, inputs: a.inputs }
}

const retry: FlakyTest = { name: 'a', report: 'r.xml', reruns: 1, kind: 'retry' }
const flip: FlakyTest = { name: 'b', report: 'r.xml', reruns: 1, kind: 'commit-flip' }

describe('decideVerdict with flaky tests', () => {
  it('passes without flaky tests, and warns (never fails) with them alone, whatever fail-on says', () => {
    expect(decideVerdict(findings([]), 'test-failures').verdict).toBe('pass')
    for (const failOn of ['test-failures', 'errors', 'new-error-templates'] as const) {
      const v = decideVerdict(findings([retry, flip]), failOn)
      expect(v).toMatchObject({ verdict: 'warn', failed: false })
    }
  })

  it('says which kind of flakiness, one reason each; older entries without a kind are reruns', () => {
    const { reasons } = decideVerdict(findings([retry, { ...retry, kind: undefined }, flip]), 'test-failures')
    expect(reasons).toEqual([
      '2 tests passed only on a rerun (flaky)',
      '1 failing test passed in an earlier run of this commit (flaky)',
    ])
  })

  it('still fails on a real failure beside flaky tests', () => {
    expect(decideVerdict(findings([retry], 1), 'test-failures')).toMatchObject({
      verdict: 'fail',
      failed: true,
    })
  })
})
