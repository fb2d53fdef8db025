import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

import { noticeIfNoSharedData, sharedData, sharedPath } from '../../helpers/shared-data.js'
import { ReportParseError } from '../../../src/core/errors.js'
import { parseTestReport, summarize, type TestCounts } from '../../../src/sources/test-reports/index.js'

/**
 * logward against dorny/test-reporter on dorny's own fixtures: each expected-reports/*.md is the summary dorny
 * rendered for one fixture, and its first table row holds passed/failed/skipped. dorny has no "errored": it
 * counts <error> (and TRX/NUnit errors) as failed, so its failed is compared with logward's failed + errored.
 */

noticeIfNoSharedData('the dorny/test-reporter comparison')

interface Expected {
  /** The fixture path as the .md's report table names it. */
  source: string
  passed: number
  failed: number
  skipped: number
}

/** The report row of a dorny summary: `|[fixtures/x.xml](#user-content-r0)|5 ✅|1 ❌||16s|` (empty cell = 0). */
function readExpected(mdPath: string): Expected {
  const row = readFileSync(mdPath, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('|[fixtures/'))
  if (!row) throw new Error(`no report row in ${mdPath}`)
  const cells = row.split('|')
  const source = /^\[(.+?)\]\(/.exec(cells[1]!)![1]!
  const n = (cell: string | undefined): number => Number(/(\d+)/.exec(cell ?? '')?.[1] ?? 0)
  return { source, passed: n(cells[2]), failed: n(cells[3]), skipped: n(cells[4]) }
}

/** fixture (under fixtures/) -> the expected report rendered from it. The .md names differ from the fixtures'. */
const MAPPING: { fixture: string; report: string }[] = [
  // jest-junit output, Windows paths, one skipped test.
  { fixture: 'jest-junit.xml', report: 'jest-junit.md' },
  // eslint's junit formatter: one passing "test" per linted file.
  { fixture: 'jest-junit-eslint.xml', report: 'jest-junit-eslint.md' },
  // jest with two suites that failed to run: <error> cases (logward: errored 2; dorny: failed 2).
  { fixture: 'test-errors/jest/jest-test-results.xml', report: 'jest-test-errors-results.md' },
  // The jest repository's own run: 4239 cases (the largest JUnit fixture).
  { fixture: 'external/jest/jest-test-results.xml', report: 'jest-test-results.md' },
  // A single React component test.
  {
    fixture: 'external/jest/jest-react-component-test-results.xml',
    report: 'jest-react-component-test-results.md',
  },
  // pytest (junit_family=xunit2): its suite claims tests="15" but lists 10 cases; xfail is a <skipped>.
  { fixture: 'python-xunit-pytest.xml', report: 'python-xunit-pytest.md' },
  // unittest-xml-reporting: one <failure> and one <error> (logward: failed 1 + errored 1; dorny: failed 2).
  { fixture: 'python-xunit-unittest.xml', report: 'python-xunit-unittest.md' },
  // `swift test --xunit-output`: the "skip" test has no <skipped>, so both tools count it passed.
  { fixture: 'swift-xunit.xml', report: 'swift-xunit.md' },
  // googletest-style output whose suite claims tests="6" for a single listed case.
  { fixture: 'junit-with-message.xml', report: 'junit-with-message.md' },
  // phpunit 11: nested suites, file/line attributes.
  { fixture: 'phpunit/phpunit.xml', report: 'phpunit-test-results.md' },
  // Testmo's basic example, in its phpunit variant (a nested suite that the Java variant comments out).
  { fixture: 'external/phpunit/junit-basic.xml', report: 'phpunit-junit-basic-results.md' },
  // phpunit three suites deep, with <system-out> per case.
  { fixture: 'external/phpunit/phpcheckstyle-phpunit.xml', report: 'phpunit-phpcheckstyle-results.md' },
  // nette/tester: unnamed suite, classname = name.
  { fixture: 'nette-tester/BootstrapFormRenderer-report.xml', report: 'tester-bootstrap-test-results.md' },
  // nette/tester 1.7: a failure with its message only, three <skipped/>.
  { fixture: 'nette-tester/tester-v1.7-report.xml', report: 'tester-v1.7-test-results.md' },
  // Testmo's basic example (Java): flat suites.
  { fixture: 'external/java/junit4-basic.xml', report: 'junit-basic.md' },
  // Testmo's complete example: one <failure>, one <error> (logward: failed 1 + errored 1; dorny: failed 2).
  { fixture: 'external/java/junit4-complete.xml', report: 'junit-complete.md' },
  // Apache Pulsar's merged surefire/TestNG report: 176 suites, 808 cases.
  { fixture: 'external/java/pulsar-test-report.xml', report: 'pulsar-test-results.md' },
  // One Pulsar suite file: TestNG reports a retried test twice (skipped, then failed); both tools count both.
  {
    fixture: 'external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml',
    report: 'pulsar-test-results-no-merge.md',
  },
  // TRX from xUnit: Failed/NotExecuted; RunInfos carry other outcomes that are not results.
  { fixture: 'dotnet-trx.trx', report: 'dotnet-trx.md' },
  // The same TRX rendered with "only failed" listing: the counts are the same.
  { fixture: 'dotnet-trx.trx', report: 'dotnet-trx-only-failed.md' },
  // TRX from xUnit v3: two class-cleanup failures with no class (dorny's and logward's "Unclassified" suite).
  { fixture: 'dotnet-xunitv3.trx', report: 'dotnet-xunitv3.md' },
  // TRX with 804 results for 755 definitions (theory rows share a definition): the largest fixture.
  { fixture: 'external/FluentValidation.Tests.trx', report: 'fluent-validation-test-results.md' },
  // TRX with 12 NotExecuted results.
  { fixture: 'external/SilentNotes.trx', report: 'silent-notes-test-results.md' },
  // NUnit 3: two `Failed label="Error"` cases (logward: failed 3 + errored 2; dorny: failed 5).
  { fixture: 'dotnet-nunit.xml', report: 'dotnet-nunit.md' },
]

/** Fixtures dorny has no expected report for: logward's counts, with why they are right. */
const UNMAPPED: { fixture: string; counts: TestCounts }[] = [
  // phpunit file/line forms: six failing cases.
  {
    fixture: 'phpunit/phpunit-paths.xml',
    counts: { tests: 6, passed: 0, failed: 6, errored: 0, skipped: 0 },
  },
  // A failure with a message attribute and no body.
  {
    fixture: 'external/java/empty_failures.xml',
    counts: { tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0 },
  },
  // NUnit 3's sample: the root says passed=12 failed=2 inconclusive=1 skipped=3. logward: one of the 2 failed is
  // `label="Error"` (errored), and Inconclusive is skipped (nothing verified), hence skipped 4. (dorny would
  // count the Inconclusive test as passed.)
  {
    fixture: 'external/nunit-sample.xml',
    counts: { tests: 18, passed: 12, failed: 1, errored: 1, skipped: 4 },
  },
  // Empty runs in every shape: no cases, and suites declaring tests="0" (nothing to declare).
  { fixture: 'empty/java-junit.xml', counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 } },
  { fixture: 'empty/jest-junit.xml', counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 } },
  {
    fixture: 'empty/jest-junit-empty-testsuite.xml',
    counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
  },
  { fixture: 'empty/phpunit-empty.xml', counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 } },
  { fixture: 'empty/dotnet-trx.trx', counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 } },
  {
    fixture: 'empty/dotnet-trx-empty-test-definitions.trx',
    counts: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
  },
]

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

describe.skipIf(!sharedData)('dorny/test-reporter fixtures', () => {
  const root = sharedData ? sharedPath('junit-dorny') : ''
  const fixturePath = (f: string): string => join(root, 'fixtures', f)

  it('every XML/TRX fixture is compared or accounted for', () => {
    const all = walk(join(root, 'fixtures'))
      .map((p) => relative(join(root, 'fixtures'), p))
      .filter((p) => /\.(xml|trx)$/.test(p))
      .sort()
    const covered = new Set([...MAPPING.map((m) => m.fixture), ...UNMAPPED.map((u) => u.fixture)])
    expect(all.filter((f) => !covered.has(f))).toEqual([])
  })

  for (const { fixture, report } of MAPPING) {
    it(`${fixture} agrees with ${report}`, async () => {
      const expected = readExpected(join(root, 'expected-reports', report))
      // The .md's own link names the fixture it came from: the mapping is checked, not assumed.
      expect(expected.source).toBe(`fixtures/${fixture}`)
      const counts = summarize(await parseTestReport(fixturePath(fixture)))
      expect({
        passed: counts.passed,
        failed: counts.failed + counts.errored,
        skipped: counts.skipped,
      }).toEqual({
        passed: expected.passed,
        failed: expected.failed,
        skipped: expected.skipped,
      })
      expect(counts.tests).toBe(counts.passed + counts.failed + counts.errored + counts.skipped)
    })
  }

  for (const { fixture, counts } of UNMAPPED) {
    it(`${fixture} (no dorny report)`, async () => {
      expect(summarize(await parseTestReport(fixturePath(fixture)))).toEqual(counts)
    })
  }

  it('the JSON fixtures (dart, mocha, go test -json, rspec, flutter) are refused as not XML', async () => {
    const json = walk(join(root, 'fixtures')).filter((p) => p.endsWith('.json'))
    expect(json.length).toBeGreaterThan(0)
    for (const path of json) {
      const err = await parseTestReport(path).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ReportParseError)
      expect((err as Error).message).toMatch(/not XML \(it looks like JSON\)/)
    }
  })

  it('parses the largest fixtures quickly', async () => {
    const largest = ['external/FluentValidation.Tests.trx', 'external/jest/jest-test-results.xml']
    for (const fixture of largest) {
      const path = fixturePath(fixture)
      await parseTestReport(path) // warm up (JIT), as a long-running action would be
      const started = performance.now()
      await parseTestReport(path)
      const ms = performance.now() - started
      console.info(`${fixture} (${(statSync(path).size / 1024).toFixed(0)} KiB): ${ms.toFixed(1)} ms`)
      expect(ms).toBeLessThan(2000)
    }
  })
})
