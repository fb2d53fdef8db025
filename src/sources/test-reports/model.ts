/**
 * The one result tree every test-report dialect is parsed into (the dorny/test-reporter model): a report holds
 * suites, suites hold cases (and maybe nested suites), and every count is *computed* from the cases by
 * `summarize`, never stored beside them, so a tree and its totals cannot disagree. The only stored counts are
 * `declared` ones, for suites that carry counts but list no cases (there is nothing to compute them from).
 */

export type TestReportFormat = 'junit' | 'trx' | 'nunit'

/**
 * - `failed`: an assertion failed (JUnit `<failure>`, TRX `Failed`, NUnit `Failed`).
 * - `errored`: the test could not run to a verdict: an unexpected exception, a timeout, a setup error (JUnit
 *   `<error>`, TRX `Error`/`Timeout`/`Aborted`, NUnit `Failed` labelled `Error`/`Invalid`/`Cancelled`).
 * - `skipped`: not run, or run without a verdict (JUnit `<skipped>`, pytest xfail, TRX `NotExecuted`,
 *   NUnit `Skipped`/`Inconclusive`).
 */
export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped'

/** One failed attempt of a test that was run again (Maven surefire `<flakyFailure>`/`<rerunFailure>`, ...). */
export interface TestAttempt {
  message?: string
  /** The exception class or failure type, when the report names it. */
  type?: string
  stackTrace?: string
}

export interface TestCase {
  name: string
  /** The class (JUnit `classname`, TRX/NUnit class name); absent when the report has none. */
  className?: string
  /** The test's source file, as written in the report (relative or absolute, `\` or `/`; never rewritten). */
  file?: string
  /** 1-based line in `file`, as written in the report or found in a stack frame. */
  line?: number
  status: TestStatus
  /** Duration in seconds. */
  time?: number
  /** Why it failed, errored or was skipped. */
  message?: string
  /** The exception class or failure type (JUnit `type` attribute), when the report names it. */
  type?: string
  stackTrace?: string
  /** Captured output. Bounded, like `message` and `stackTrace`: a cut text ends with a `[truncated: N more characters]` marker. */
  stdout?: string
  stderr?: string
  /** The test passed after failing: each failed attempt, in order (surefire `<flakyFailure>`/`<flakyError>`). */
  flaky?: { reruns: TestAttempt[] }
  /** The test kept failing when run again: how many extra runs it got (surefire `<rerunFailure>`/`<rerunError>`). */
  retries?: number
}

/** Counts a suite declares in attributes, used only when it lists no cases to count. */
export interface DeclaredCounts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

export interface TestSuite {
  name: string
  file?: string
  /** Duration in seconds, as the report states it. */
  time?: number
  /** Nested suites (phpunit, NUnit namespaces and fixtures, JUnit files that nest `<testsuite>`). */
  suites?: TestSuite[]
  cases: TestCase[]
  /** Set only when the suite carries counts but no cases and no nested suites (see `summarize`). */
  declared?: DeclaredCounts
}

export interface TestReport {
  /** The path as the caller gave it. */
  path: string
  format: TestReportFormat
  /** The run's name, when the report has one (JUnit `<testsuites name>`, TRX `TestRun name`, NUnit `name`). */
  name?: string
  /** Duration of the whole run in seconds, as the report states it. */
  time?: number
  /** The file was gzip-compressed. */
  gzip?: boolean
  suites: TestSuite[]
}

/**
 * `tests` counts every test, errored ones included: `tests = passed + failed + errored + skipped`, always.
 * (A report's own `tests` attribute is ignored: generators disagree on whether it includes skipped or errored
 * tests, and some write a stale number.)
 */
export interface TestCounts {
  tests: number
  passed: number
  failed: number
  errored: number
  skipped: number
}

export function emptyCounts(): TestCounts {
  return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 }
}

export function addCounts(into: TestCounts, more: TestCounts): TestCounts {
  into.tests += more.tests
  into.passed += more.passed
  into.failed += more.failed
  into.errored += more.errored
  into.skipped += more.skipped
  return into
}

/** Counts for declared attributes: the failing kinds are taken as stated, `passed` is what remains of `tests`. */
export function countsFromDeclared(d: DeclaredCounts): TestCounts {
  const failed = Math.max(0, d.failures)
  const errored = Math.max(0, d.errors)
  const skipped = Math.max(0, d.skipped)
  // A report whose `tests` is smaller than its failures+errors+skipped is inconsistent; trusting the
  // failing kinds (what a reader acts on) keeps `tests = passed + failed + errored + skipped` true.
  const passed = Math.max(0, d.tests - failed - errored - skipped)
  return { tests: passed + failed + errored + skipped, passed, failed, errored, skipped }
}

/** Counts of one suite and everything nested in it. */
export function summarizeSuite(suite: TestSuite): TestCounts {
  // Iterative rather than recursive: nesting depth comes from the file, and a hostile file must not be able
  // to overflow the stack here (the parser also caps depth).
  const counts = emptyCounts()
  const pending: TestSuite[] = [suite]
  for (let s = pending.pop(); s !== undefined; s = pending.pop()) {
    const hasChildren = s.cases.length > 0 || (s.suites?.length ?? 0) > 0
    if (!hasChildren && s.declared) addCounts(counts, countsFromDeclared(s.declared))
    for (const c of s.cases) {
      counts.tests++
      counts[c.status]++
    }
    if (s.suites) pending.push(...s.suites)
  }
  return counts
}

/** Counts of a whole report, computed from its cases (and the declared counts of case-less suites). */
export function summarize(report: TestReport): TestCounts {
  const counts = emptyCounts()
  for (const suite of report.suites) addCounts(counts, summarizeSuite(suite))
  return counts
}

/** Every case of a report, depth-first in document order, with the names of the suites it sits in. */
export function* allCases(report: TestReport): Generator<{ suitePath: string[]; testCase: TestCase }> {
  const stack: { suite: TestSuite; path: string[] }[] = report.suites
    .map((suite) => ({ suite, path: [suite.name] }))
    .reverse()
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    for (const testCase of item.suite.cases) yield { suitePath: item.path, testCase }
    const children = item.suite.suites ?? []
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!
      stack.push({ suite: child, path: [...item.path, child.name] })
    }
  }
}
