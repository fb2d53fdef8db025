import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { digestTests, testId, testKey } from '../../src/analysis/tests-digest.js'
import {
  allCases,
  parseTestReport,
  summarize,
  type TestReport,
} from '../../src/sources/test-reports/index.js'
import { createRedactor } from '../../src/transforms/redact.js'
import { noticeIfNoSharedData, sharedData, sharedPath } from '../helpers/shared-data.js'
import { fixture } from '../sources/test-reports/helpers.js'

const redactor = createRedactor()

async function digest(...paths: string[]): Promise<ReturnType<typeof digestTests>> {
  const reports = await Promise.all(paths.map((p) => parseTestReport(p)))
  return digestTests(reports, { redactor })
}

const retries = (name: string): string => fixture('retries', name)

describe('retries within a run', () => {
  it('Gradle test-retry (one testcase per execution): fail then pass is flaky, fail in every attempt is failing', async () => {
    const { tests, reports } = await digest(retries('gradle-test-retry.xml'))
    expect(tests.flaky).toEqual([
      expect.objectContaining({
        name: 'checksOutWithCoupon()',
        className: 'com.acme.cart.CartServiceTest',
        kind: 'retry',
        reruns: 1,
        evidence: 'failed once, then passed on attempt 2 in this run',
      }),
    ])
    expect(tests.failing).toHaveLength(1)
    expect(tests.failing[0]).toMatchObject({
      name: 'computesTax()',
      status: 'failed',
      attempts: 2,
      evidence: 'failed in all 2 attempts in this run',
    })
    // Per test: 4 tests (addsItem, checksOutWithCoupon, computesTax, removesItem), not 6 executions.
    expect(tests).toMatchObject({ tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0 })
    // The report's own counts stay as the file states them, attempt by attempt (dorny parity).
    expect(reports[0]).toMatchObject({ tests: 6, passed: 3, failed: 3 })
  })

  it('pytest-rerunfailures (empty testcases for the reruns, the outcome on the last) is one failing test with 3 attempts', async () => {
    const { tests } = await digest(retries('pytest-rerunfailures.xml'))
    expect(tests.flaky).toEqual([])
    expect(tests.failing.map((f) => [f.name, f.attempts])).toEqual([['test_retries_upload', 3]])
    expect(tests.failing[0]!.evidence).toContain('failed in 1 of 3 runs')
    expect(tests).toMatchObject({ tests: 3, passed: 2, failed: 1 })
  })

  it('gotestsum --rerun-fails (a second testcase for the rerun): the test and its subtest are flaky', async () => {
    const { tests } = await digest(retries('gotestsum-rerun-fails.xml'))
    expect(tests.failing).toEqual([])
    expect(tests.flaky.map((f) => f.name).sort()).toEqual(['TestCheckout', 'TestCheckout/with_coupon'])
    expect(tests).toMatchObject({ tests: 3, passed: 3, failed: 0 })
  })

  it('TRX with several UnitTestResult for one test id: Failed then Passed is flaky, Failed twice is failing', async () => {
    const { tests } = await digest(retries('mstest-retry.trx'))
    expect(tests.flaky).toEqual([
      expect.objectContaining({
        name: 'Reserves',
        className: 'Acme.Tests.StockTests',
        kind: 'retry',
        reruns: 1,
      }),
    ])
    expect(tests.failing).toEqual([
      expect.objectContaining({
        name: 'Releases',
        attempts: 2,
        message: expect.stringContaining('Expected:<0>'),
      }),
    ])
    expect(tests).toMatchObject({ tests: 3, passed: 2, failed: 1 })
  })

  it('a test failing in one report and passing in a later one (a retried job) is flaky, naming both reports', async () => {
    const first = retries('attempt-1/TEST-com.acme.api.OrdersIT.xml')
    const second = retries('attempt-2/TEST-com.acme.api.OrdersIT.xml')
    const { tests } = await digest(first, second)
    expect(tests.failing).toEqual([])
    expect(tests.flaky).toHaveLength(1)
    expect(tests.flaky[0]).toMatchObject({ name: 'listsOrders', kind: 'retry', report: second })
    expect(tests.flaky[0]!.evidence).toContain(`2 reports: ${first}, ${second}`)
    expect(tests).toMatchObject({ tests: 2, passed: 2, errored: 0 })

    // The other order: the pass came first, the failure last: a failure, not a retry.
    const reversed = await digest(second, first)
    expect(reversed.tests.flaky).toEqual([])
    expect(reversed.tests.failing).toEqual([
      expect.objectContaining({ name: 'listsOrders', status: 'errored', attempts: 2 }),
    ])
  })

  it('surefire rerun records stay flaky (kind retry) or failing with their attempts', async () => {
    const { tests } = await digest(fixture('junit', 'surefire-rerun.xml'))
    const flaky = tests.flaky.find((f) => f.name === 'retriesTimeout')
    expect(flaky).toMatchObject({ kind: 'retry', reruns: 2 })
    expect(flaky!.evidence).toContain('failed twice, then passed')
    expect(tests.failing.find((f) => f.name === 'refundsTwice')).toMatchObject({ attempts: 3 })
  })

  it('same-name cases that never failed are counted one by one (parameterised), and a pass before a failure is not a retry', async () => {
    const path = retries('testng-same-name.xml')
    const { tests, reports } = await digest(path)
    expect(tests.flaky).toEqual([])
    expect(tests.failing.map((f) => f.name)).toEqual(['truncates'])
    // `rounds` ×3 counted 3 times; `truncates` (pass, fail, pass) once, as failed.
    expect(tests).toMatchObject({ tests: 4, passed: 3, failed: 1 })
    expect(reports[0]!.tests).toBe(6)
  })
})

describe('passed test ids', () => {
  it('lists each test that passed once, by its 12-hex id, flaky ones included, failing ones not', async () => {
    const { tests } = await digest(retries('gradle-test-retry.xml'))
    const id = (name: string): string => testId(testKey({ name, className: 'com.acme.cart.CartServiceTest' }))
    expect(tests.passedIds).toEqual(
      [id('addsItem()'), id('checksOutWithCoupon()'), id('removesItem()')].sort(),
    )
    expect(tests.passedIds).not.toContain(id('computesTax()'))
    expect(tests.passedIds!.every((x) => /^[0-9a-f]{12}$/.test(x))).toBe(true)
    expect(tests.passedIdsTruncated).toBeUndefined()
  })

  it('identity ignores whitespace differences and keeps parameters', () => {
    expect(testKey({ name: 'adds  item ', className: 'A' })).toBe(
      testKey({ name: 'adds item', className: 'A' }),
    )
    expect(testKey({ name: 'add[1]', className: 'A' })).not.toBe(testKey({ name: 'add[2]', className: 'A' }))
    expect(testKey({ name: 'x', className: 'A' })).not.toBe(testKey({ name: 'x', className: 'B' }))
  })
})

/** Non-skipped statuses of each repeated test, in order, from the raw report. */
function repeatedWithFailures(report: TestReport): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const { testCase } of allCases(report)) {
    const key = testKey(testCase)
    groups.set(key, [...(groups.get(key) ?? []), testCase.status])
  }
  for (const [key, statuses] of groups) {
    if (statuses.length < 2 || !statuses.some((s) => s === 'failed' || s === 'errored')) groups.delete(key)
  }
  return groups
}

describe.skipIf(!sharedData)('real reports with repeated test names (../shared/data)', () => {
  noticeIfNoSharedData('real-report retry checks')
  const files = [
    ['external', 'java', 'pulsar-test-report.xml'],
    ['external', 'jest', 'jest-test-results.xml'],
  ]
  for (const parts of files) {
    it(`${parts.at(-1)}: repeated names are folded only when one of them failed`, async () => {
      const path = sharedData ? sharedPath('junit-dorny', 'fixtures', ...parts) : join('absent')
      const report = await parseTestReport(path)
      const raw = summarize(report)
      const { tests } = digestTests([report], { redactor })
      const folded = repeatedWithFailures(report)
      const extra = [...folded.values()].reduce((n, s) => n + s.length - 1, 0)
      expect(tests.tests).toBe(raw.tests - extra)
      expect(tests.tests).toBe(tests.passed + tests.failed + tests.errored + tests.skipped)
      // Every retry-flaky test is a repeated one whose runs were failures ending in one pass.
      for (const f of tests.flaky.filter((x) => x.kind === 'retry' && x.evidence?.includes('attempt'))) {
        const ran = folded.get(testKey(f))!.filter((s) => s !== 'skipped')
        expect(ran.at(-1)).toBe('passed')
        expect(ran.slice(0, -1).every((s) => s !== 'passed')).toBe(true)
      }
    })
  }
})
