import { describe, expect, it } from 'vitest'

import {
  countsFromDeclared,
  summarize,
  summarizeSuite,
  type TestReport,
  type TestSuite,
} from '../../../src/sources/test-reports/index.js'

const report = (suites: TestSuite[]): TestReport => ({ path: 'r.xml', format: 'junit', suites })

describe('summarize', () => {
  it('counts cases through nested suites; tests = passed + failed + errored + skipped', () => {
    const r = report([
      {
        name: 'outer',
        cases: [{ name: 'a', status: 'passed' }],
        suites: [
          {
            name: 'inner',
            cases: [
              { name: 'b', status: 'failed' },
              { name: 'c', status: 'errored' },
              { name: 'd', status: 'skipped' },
            ],
          },
        ],
      },
    ])
    expect(summarize(r)).toEqual({ tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1 })
  })

  it('uses declared counts only for suites with no cases and no nested suites', () => {
    const declared = { tests: 10, failures: 2, errors: 1, skipped: 3 }
    expect(summarizeSuite({ name: 's', cases: [], declared })).toEqual({
      tests: 10,
      passed: 4,
      failed: 2,
      errored: 1,
      skipped: 3,
    })
    // Cases present: they are counted, the declared numbers are not.
    expect(summarizeSuite({ name: 's', cases: [{ name: 'a', status: 'passed' }], declared })).toEqual({
      tests: 1,
      passed: 1,
      failed: 0,
      errored: 0,
      skipped: 0,
    })
  })

  it('an inconsistent declaration keeps the failing kinds and the identity', () => {
    expect(countsFromDeclared({ tests: 1, failures: 2, errors: 1, skipped: 0 })).toEqual({
      tests: 3,
      passed: 0,
      failed: 2,
      errored: 1,
      skipped: 0,
    })
  })

  it('does not recurse: a very deep tree is fine', () => {
    let suite: TestSuite = { name: 'leaf', cases: [{ name: 'x', status: 'failed' }] }
    for (let i = 0; i < 100_000; i++) suite = { name: `s${i}`, cases: [], suites: [suite] }
    expect(summarize(report([suite])).failed).toBe(1)
  })
})
