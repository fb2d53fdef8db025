import { describe, expect, it } from 'vitest'

import { parseTestReport, summarize, summarizeSuite } from '../../../src/sources/test-reports/index.js'
import { caseNamed, fixture } from './helpers.js'

describe('NUnit 3', () => {
  it('keeps the suite tree, maps results and labels, and reads failure, reason and output', async () => {
    const report = await parseTestReport(fixture('nunit', 'nunit3.xml'))
    expect(report).toMatchObject({ format: 'nunit', name: 'Acme.Tests.dll', time: 0.845 })
    // Passed: Adds, Warns, IsPositive(1). Failed: Rounds, IsPositive(-1). Errored: Converts (label Error).
    // Skipped: Legacy (Ignored), Maybe (Inconclusive), and StockTests' 2 declared skipped tests.
    expect(summarize(report)).toEqual({ tests: 10, passed: 3, failed: 2, errored: 1, skipped: 4 })

    const assembly = report.suites[0]!
    expect(assembly.name).toBe('Acme.Tests.dll')
    const [price, stock] = assembly.suites![0]!.suites!
    expect(price?.name).toBe('PriceTests')
    expect(price?.suites?.[0]?.name).toBe('IsPositive')
    // A fixture that lists no cases (ignored as a whole) keeps its declared counts.
    expect(stock?.declared).toEqual({ tests: 2, failures: 0, errors: 0, skipped: 2 })
    expect(summarizeSuite(stock!)).toEqual({ tests: 2, passed: 0, failed: 0, errored: 0, skipped: 2 })

    expect(caseNamed(report, 'Adds')).toMatchObject({ status: 'passed', stdout: 'adding 1 + 2', time: 0.01 })
    const rounds = caseNamed(report, 'Rounds')
    expect(rounds).toMatchObject({
      className: 'Acme.PriceTests',
      status: 'failed',
      message: 'Expected: 1.5m\n  But was:  1.4m',
      file: '/src/Acme.Tests/PriceTests.cs',
      line: 27,
    })
    // <assertions> repeat the failure; they are not read as the case's message.
    expect(JSON.stringify(rounds)).not.toContain('not the case')
    expect(caseNamed(report, 'Converts')).toMatchObject({
      status: 'errored',
      message: 'System.InvalidOperationException : no rates',
      line: 35,
    })
    expect(caseNamed(report, 'Legacy')).toMatchObject({ status: 'skipped', message: 'replaced by Converts' })
    expect(caseNamed(report, 'Maybe')).toMatchObject({ status: 'skipped', message: 'no data' })
    expect(caseNamed(report, 'Warns')).toMatchObject({ status: 'passed', message: 'slow path used' })
    expect(caseNamed(report, 'IsPositive(-1)')).toMatchObject({ status: 'failed', line: 50 })
  })
})

describe('NUnit 2', () => {
  it('reads <test-results>, skips <results> wrappers, and cuts the class from full names', async () => {
    const report = await parseTestReport(fixture('nunit', 'nunit2.xml'))
    expect(report.format).toBe('nunit')
    // The root's time="10:11:12" is a time of day, not a duration.
    expect(report.time).toBeUndefined()
    expect(summarize(report)).toEqual({ tests: 5, passed: 1, failed: 1, errored: 2, skipped: 1 })
    expect(caseNamed(report, 'Adds')).toMatchObject({
      className: 'Acme.CartTests',
      status: 'passed',
      time: 0.01,
    })
    expect(caseNamed(report, 'Removes')).toMatchObject({ status: 'failed', line: 31 })
    expect(caseNamed(report, 'Loads')).toMatchObject({
      status: 'errored',
      file: '/src/Acme.Tests/CartTests.cs',
      line: 40,
    })
    expect(caseNamed(report, 'Old')).toMatchObject({ status: 'skipped', message: 'obsolete' })
    // The dot inside the argument does not split the class name.
    expect(caseNamed(report, 'Bad(1.5)')).toMatchObject({ className: 'Acme.CartTests', status: 'errored' })
  })
})
