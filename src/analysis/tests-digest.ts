import { createHash } from 'node:crypto'
import type { CiContext } from '../core/record.js'
import type { Redactor } from '../transforms/redact.js'
import {
  allCases,
  emptyCounts,
  addCounts,
  summarize,
  type TestCase,
  type TestCounts,
  type TestReport,
} from '../sources/test-reports/index.js'
import type { FailingTest, FlakyTest, ReportDigest, TestDigest } from './model.js'

const MAX_FAILING = 1000
const STACK_LINES = 30
/** 20,000 ids of 12 hex digits are about 300 KB of report.json: enough for most suites, bounded for all. */
export const MAX_PASSED_IDS = 20_000

/**
 * A test's identity across reports, formats and runs: class and name, Unicode-normalised, whitespace
 * collapsed. Parameters stay in the name (`add[1]`, `add(2, 3)`): they tell the cases of a parameterised
 * test apart. Tools that give every parameter set the same name cannot be told from retries; see
 * docs/decisions/0017-flaky-tests.md for how the attempts' order keeps that rare.
 */
export function testKey(t: { name: string; className?: string | undefined }): string {
  const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim()
  return `${norm(t.className ?? '')}\u0000${norm(t.name)}`
}

/** The compact id of a test in `passedIds`: 12 hex digits (48 bits) of SHA-256 of its key. */
export function testId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12)
}

interface Attempt {
  report: TestReport
  testCase: TestCase
}

/**
 * Test outcomes of a run from its parsed reports: counts per test, failing tests (redacted, bounded),
 * flaky tests, and the ids of the tests that passed.
 *
 * A test listed more than once (in one report or across them) with at least one failure is one test run
 * several times: failed attempts ending in a single pass are a retry (flaky, counted as passed); anything
 * else — every attempt failed, or a pass came before a failure — is a failure with its attempt count.
 * Skipped attempts are left out of that pattern (TestNG reports retried attempts as skipped). Repeated
 * cases that never failed are counted one by one: they are parameterised cases or repeated runs.
 */
export function digestTests(
  reports: readonly TestReport[],
  options: { redactor: Redactor; ci?: CiContext; serverUrl?: string },
): { tests: TestDigest; reports: ReportDigest[] } {
  const totals = emptyCounts()
  const digests: ReportDigest[] = []
  const failing: FailingTest[] = []
  const flaky: FlakyTest[] = []
  const passed = new Set<string>()
  const redact = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : options.redactor.redact(text).text

  // Group every case by identity, in the order the reports were given and the cases appear in them.
  const groups = new Map<string, Attempt[]>()
  for (const report of reports) {
    const counts = summarize(report)
    addCounts(totals, counts)
    digests.push({ path: report.path, format: report.format, ...counts })
    for (const { testCase } of allCases(report)) {
      const key = testKey(testCase)
      const group = groups.get(key)
      if (group) group.push({ report, testCase })
      else groups.set(key, [{ report, testCase }])
    }
  }

  const addFailing = (a: Attempt, extra: Pick<FailingTest, 'attempts' | 'evidence'>): void => {
    if (failing.length >= MAX_FAILING) return
    const c = a.testCase
    const url = sourceUrl(c.file, c.line, options)
    const message = redact(c.message)
    const stackTrace = redact(c.stackTrace?.split('\n').slice(0, STACK_LINES).join('\n'))
    failing.push({
      name: c.name,
      ...(c.className ? { className: c.className } : {}),
      status: c.status as FailingTest['status'],
      ...(c.file ? { file: c.file } : {}),
      ...(c.line ? { line: c.line } : {}),
      ...(url ? { url } : {}),
      ...(message ? { message } : {}),
      ...(stackTrace ? { stackTrace } : {}),
      report: a.report.path,
      ...(c.time !== undefined ? { time: c.time } : {}),
      ...extra,
    })
  }

  for (const [key, group] of groups) {
    if (group.length === 1 || !group.some(isFailure)) {
      for (const a of group) judgeSingle(a, key)
      continue
    }
    // One test run several times: count it once, with its final outcome.
    for (const a of group) uncount(totals, a.testCase.status)
    const ran = group.filter((a) => a.testCase.status !== 'skipped')
    const last = ran[ran.length - 1]!
    const failures = ran.filter(isFailure)
    // A case may carry reruns of its own (surefire `<rerunFailure>`, `<flakyFailure>`): count those too.
    const runsOf = (a: Attempt): number =>
      1 + (a.testCase.retries ?? 0) + (a.testCase.flaky?.reruns.length ?? 0)
    const attempts = ran.reduce((n, a) => n + runsOf(a), 0)
    const reruns = attempts - 1
    if (last.testCase.status === 'passed' && failures.length === ran.length - 1) {
      totals.tests++
      totals.passed++
      passed.add(testId(key))
      flaky.push(
        flakyEntry(last, {
          kind: 'retry',
          reruns,
          evidence: `failed ${times(reruns)}, then passed on attempt ${attempts} in this run${where(group)}`,
        }),
      )
      continue
    }
    const final = isFailure(last) ? last : failures[failures.length - 1]!
    totals.tests++
    totals[final.testCase.status]++
    addFailing(final, {
      attempts,
      evidence:
        failures.length === ran.length
          ? `failed in all ${attempts} attempts in this run${where(group)}`
          : `failed in ${failures.length} of ${ran.length} runs in this run${where(group)}; a pass came before a failure, so this is not taken for a retry (a parameterised test may share the name)`,
    })
  }

  function judgeSingle(a: Attempt, key: string): void {
    const c = a.testCase
    if (c.status === 'passed') passed.add(testId(key))
    if (c.flaky && c.status === 'passed') {
      const reruns = c.flaky.reruns.length
      flaky.push(
        flakyEntry(a, {
          kind: 'retry',
          reruns,
          evidence: `failed ${times(reruns)}, then passed on a rerun in this run (the report's rerun records)`,
        }),
      )
    }
    if (c.status !== 'failed' && c.status !== 'errored') return
    const attempts = 1 + (c.retries ?? 0)
    addFailing(
      a,
      attempts > 1
        ? {
            attempts,
            evidence: `failed in all ${attempts} attempts in this run (the report's rerun records)`,
          }
        : {},
    )
  }

  const ids = [...passed].sort()
  return {
    tests: {
      ...totals,
      failing,
      flaky,
      passedIds: ids.slice(0, MAX_PASSED_IDS),
      ...(ids.length > MAX_PASSED_IDS ? { passedIdsTruncated: true } : {}),
    },
    reports: digests,
  }
}

function isFailure(a: Attempt): boolean {
  return a.testCase.status === 'failed' || a.testCase.status === 'errored'
}

function flakyEntry(a: Attempt, f: Pick<FlakyTest, 'kind' | 'reruns' | 'evidence'>): FlakyTest {
  const c = a.testCase
  return {
    name: c.name,
    ...(c.className ? { className: c.className } : {}),
    report: a.report.path,
    reruns: f.reruns,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.evidence ? { evidence: f.evidence } : {}),
  }
}

function uncount(totals: TestCounts, status: TestCase['status']): void {
  totals.tests--
  totals[status]--
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

/** ` (2 reports: a.xml, b.xml)` when the attempts are spread over reports; nothing within one report. */
function where(group: readonly Attempt[]): string {
  const paths = [...new Set(group.map((a) => a.report.path))]
  if (paths.length === 1) return ''
  const shown = paths.slice(0, 3).join(', ')
  return ` (${paths.length} reports: ${shown}${paths.length > 3 ? ', …' : ''})`
}

/**
 * A link to the test's file and line in the repository at the run's commit, when the file is a
 * repository-relative path and the CI context names the repository and commit.
 */
function sourceUrl(
  file: string | undefined,
  line: number | undefined,
  options: { ci?: CiContext; serverUrl?: string },
): string | undefined {
  const ci = options.ci
  if (!file || !ci?.repository || !ci.sha || ci.provider !== 'github-actions') return undefined
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '')
  // Absolute paths point into a runner's work directory, not the repository.
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('..')) return undefined
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/$/, '')
  return `${server}/${ci.repository}/blob/${ci.sha}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`
}
