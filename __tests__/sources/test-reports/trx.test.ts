import { describe, expect, it } from 'vitest'

import { parseTestReport, summarize } from '../../../src/sources/test-reports/index.js'
import { caseNamed, fixture } from './helpers.js'

describe('TRX', () => {
  it('maps outcomes, joins class names from TestDefinitions (which come after Results), and groups by class', async () => {
    const report = await parseTestReport(fixture('trx', 'mstest.trx'))
    expect(report.format).toBe('trx')
    expect(report.name).toBe('runner@ci 2024-05-02 10:11:12')
    expect(report.time).toBe(2.5)
    // Passed: Creates, Rows (1,2). Failed: Totals, Rows (3,4), cleanup. Errored: Timeout, Error.
    // Skipped: NotExecuted, Inconclusive. The data-driven parent "Rows" is not counted beside its rows.
    expect(summarize(report)).toEqual({ tests: 9, passed: 2, failed: 3, errored: 2, skipped: 2 })
    expect(report.suites.map((s) => s.name)).toEqual([
      'Acme.Tests.OrderTests',
      'Acme.Tests.StockTests',
      'Unclassified',
    ])

    const totals = caseNamed(report, 'Totals')
    expect(totals).toMatchObject({
      className: 'Acme.Tests.OrderTests',
      status: 'failed',
      time: 0.05,
      message: 'Assert.AreEqual failed. Expected:<90>. Actual:<100>.',
      stdout: 'computing total',
      stderr: 'warning: rounding',
      // The first frame is in Order.cs (code under test); the test's own frame is chosen.
      file: '/src/Acme.Tests/OrderTests.cs',
      line: 42,
    })
    expect(totals.stackTrace).toContain('Order.cs:line 30')
    expect(JSON.stringify(totals)).not.toContain('a trace message that is not the error')

    // xUnit/MSTest put the skip reason in StdOut.
    expect(caseNamed(report, 'Ships')).toMatchObject({
      status: 'skipped',
      message: 'needs a carrier sandbox',
    })
    expect(caseNamed(report, 'Waits')).toMatchObject({ status: 'errored', time: 30 })
    expect(caseNamed(report, 'Loads')).toMatchObject({ status: 'errored' })
    expect(caseNamed(report, 'Loads').message).toContain('FileNotFoundException')
    expect(caseNamed(report, 'Maybe').status).toBe('skipped')
    expect(caseNamed(report, 'Rows (3,4)')).toMatchObject({
      status: 'failed',
      file: 'C:\\src\\Acme.Tests\\StockTests.cs',
      line: 55,
    })
    expect(caseNamed(report, 'Rows (1,2)').status).toBe('passed')
    // No class in its definition: kept whole, in the Unclassified suite.
    const cleanup = caseNamed(report, '[Test Class Cleanup Failure (Acme.Tests.StockTests)]')
    expect(cleanup.status).toBe('failed')
    expect(cleanup.className).toBeUndefined()
  })
})
