import { firstLine, parseCount, parseLine, parseSeconds, type ReportBuilder } from '../builder.js'
import type { DeclaredCounts, TestAttempt, TestCase, TestReport, TestStatus, TestSuite } from '../model.js'
import { findLineInFile, findTestLocation } from '../source-location.js'
import { BoundedText, boundedValue, clip, type TextLimits } from '../text.js'
import type { Attributes, CutAttributes } from '../xml-stream.js'

/**
 * JUnit XML and its dialects, which all share one shape: `<testsuites>` (or a lone `<testsuite>` root) holding
 * `<testsuite>`s (possibly nested), holding `<testcase>`s whose child says how they ended:
 *
 * - nothing: passed; `<failure>`: failed; `<error>`: errored; `<skipped>`: skipped (pytest's xfail is a
 *   `<skipped type="pytest.xfail">`, so it is skipped too). A case with both `<failure>` and `<error>` (pytest:
 *   the test failed, then its teardown errored) is failed: the test's own verdict comes first.
 * - Maven surefire reruns: `<flakyFailure>`/`<flakyError>` on a case without `<failure>`/`<error>` mean it
 *   passed after failing (status passed, `flaky.reruns` lists the failed attempts); `<rerunFailure>`/
 *   `<rerunError>` beside a `<failure>`/`<error>` mean it failed on every run (`retries` counts the reruns).
 * - googletest marks tests it did not run with `status="notrun"` or `result="skipped"|"suppressed"` attributes.
 * - phpunit nests suites and writes `file`/`line` on cases; jest-junit names each suite by its test file;
 *   go-junit-report, bazel, nette-tester and swift's xunit output are plain JUnit.
 * - Suites with `tests`/`failures`/`errors`/`skipped` attributes but no `<testcase>` (aggregated or
 *   crashed-before-listing reports) keep those as declared counts.
 *
 * Output at suite level (`<testsuite><system-out>`) is not kept: it belongs to no case, and bazel/go put the
 * whole log there.
 */

const FAILURE = 'failure'
const ERROR = 'error'

interface CaseFrame {
  attrs: Attributes
  /** Nesting depth of the `<testcase>` element, to close the right one. */
  depth: number
  suite: SuiteFrame
  failures: number
  errors: number
  skipped: boolean
  message?: string
  type?: string
  skipMessage?: string
  body?: BoundedText
  skipText?: BoundedText
  stdout?: BoundedText
  stderr?: BoundedText
  flaky: TestAttempt[]
  reruns: number
  attempt?: { kind: string; message?: string; type?: string; stack: BoundedText }
}

interface SuiteFrame {
  suite: TestSuite
  attrs: Attributes
}

function skippedByAttributes(attrs: Attributes): boolean {
  const status = attrs.status?.toLowerCase()
  const result = attrs.result?.toLowerCase()
  return (
    status === 'notrun' ||
    status === 'skipped' ||
    status === 'disabled' ||
    result === 'skipped' ||
    result === 'suppressed'
  )
}

function declaredCounts(attrs: Attributes): DeclaredCounts | undefined {
  const d: DeclaredCounts = {
    tests: parseCount(attrs.tests),
    failures: parseCount(attrs.failures),
    errors: parseCount(attrs.errors),
    skipped: parseCount(attrs.skipped ?? attrs.skips) + parseCount(attrs.disabled),
  }
  return d.tests + d.failures + d.errors + d.skipped > 0 ? d : undefined
}

export class JUnitBuilder implements ReportBuilder {
  private readonly suites: TestSuite[] = []
  private readonly suiteStack: SuiteFrame[] = []
  private readonly elements: string[] = []
  /** Where the text of each open element goes (parallel to `elements`). */
  private readonly sinks: (BoundedText | undefined)[] = []
  private kase: CaseFrame | undefined
  private implicitSuite: SuiteFrame | undefined
  private name: string | undefined
  private time: number | undefined

  constructor(private readonly limits: TextLimits) {}

  open(name: string, attrs: Attributes, cut?: CutAttributes): void {
    const parent = this.elements[this.elements.length - 1]
    this.elements.push(name)
    this.sinks.push(this.openElement(name, attrs, parent, cut))
  }

  private openElement(
    name: string,
    attrs: Attributes,
    parent: string | undefined,
    cut: CutAttributes | undefined,
  ): BoundedText | undefined {
    // A message attribute can be megabytes (pytest puts the exception's repr there): bounded right away.
    const message = (): string | undefined => boundedValue(attrs.message, this.limits, cut?.message)?.trim()
    if (parent === undefined) {
      if (attrs.name !== undefined) this.name = clip(attrs.name)
      this.time = parseSeconds(attrs.time)
    }
    const c = this.kase
    if (c === undefined) {
      if (name === 'testsuite') this.openSuite(attrs)
      else if (name === 'testcase') this.openCase(attrs)
      return undefined
    }
    if (c.attempt) {
      // Inside a surefire rerun: its `<stackTrace>` is the attempt's; its own output is not the case's.
      return name === 'stackTrace' ? c.attempt.stack : undefined
    }
    if (parent !== 'testcase') return undefined
    switch (name) {
      case FAILURE:
      case ERROR: {
        if (name === FAILURE) c.failures++
        else c.errors++
        // The first failure's message and type describe the case; the bodies of all of them are kept.
        if (c.failures + c.errors === 1) {
          c.message = message()
          c.type = attrs.type
        }
        c.body ??= new BoundedText(this.limits)
        if (!c.body.isEmpty) c.body.append('\n\n')
        return c.body
      }
      case 'skipped':
        c.skipped = true
        c.skipMessage ??= message()
        return (c.skipText ??= new BoundedText(this.limits))
      case 'system-out':
        return (c.stdout ??= new BoundedText(this.limits))
      case 'system-err':
        return (c.stderr ??= new BoundedText(this.limits))
      case 'flakyFailure':
      case 'flakyError':
      case 'rerunFailure':
      case 'rerunError': {
        const attempt: NonNullable<CaseFrame['attempt']> = { kind: name, stack: new BoundedText(this.limits) }
        const m = message()
        if (m) attempt.message = m
        if (attrs.type !== undefined) attempt.type = attrs.type
        c.attempt = attempt
        // Older surefire writes the stack trace as the element's text rather than in `<stackTrace>`.
        return attempt.stack
      }
      default:
        return undefined
    }
  }

  private openSuite(attrs: Attributes): void {
    const suite: TestSuite = { name: clip(attrs.name?.trim() ?? ''), cases: [] }
    if (attrs.file) suite.file = clip(attrs.file)
    const time = parseSeconds(attrs.time)
    if (time !== undefined) suite.time = time
    const parent = this.suiteStack[this.suiteStack.length - 1]
    if (parent) (parent.suite.suites ??= []).push(suite)
    else this.suites.push(suite)
    this.suiteStack.push({ suite, attrs })
  }

  private openCase(attrs: Attributes): void {
    let suite = this.suiteStack[this.suiteStack.length - 1]
    if (!suite) {
      // `<testcase>` straight under `<testsuites>`: give it a suite named after the run.
      if (!this.implicitSuite) {
        this.implicitSuite = { suite: { name: this.name ?? '', cases: [] }, attrs: {} }
        this.suites.push(this.implicitSuite.suite)
      }
      suite = this.implicitSuite
    }
    const depth = this.elements.length
    this.kase = { attrs, depth, suite, failures: 0, errors: 0, skipped: false, flaky: [], reruns: 0 }
  }

  close(name: string): void {
    const depth = this.elements.length
    this.elements.pop()
    this.sinks.pop()
    const c = this.kase
    if (c) {
      if (depth === c.depth) {
        c.suite.suite.cases.push(this.finishCase(c))
        this.kase = undefined
      } else if (c.attempt && name === c.attempt.kind && depth === c.depth + 1) {
        if (name.startsWith('flaky')) {
          const attempt: TestAttempt = {}
          if (c.attempt.message) attempt.message = c.attempt.message
          if (c.attempt.type) attempt.type = clip(c.attempt.type)
          const stack = c.attempt.stack.value()
          if (stack) attempt.stackTrace = stack
          c.flaky.push(attempt)
        } else {
          c.reruns++
        }
        c.attempt = undefined
      }
      return
    }
    if (name === 'testsuite') {
      const frame = this.suiteStack.pop()
      if (frame && frame.suite.cases.length === 0 && !frame.suite.suites?.length) {
        const declared = declaredCounts(frame.attrs)
        if (declared) frame.suite.declared = declared
      }
    }
  }

  text(text: string): void {
    this.sinks[this.sinks.length - 1]?.append(text)
  }

  private finishCase(c: CaseFrame): TestCase {
    const a = c.attrs
    const status: TestStatus =
      c.failures > 0
        ? 'failed'
        : c.errors > 0
          ? 'errored'
          : c.skipped || skippedByAttributes(a)
            ? 'skipped'
            : 'passed'
    const tc: TestCase = { name: clip(a.name?.trim() ?? ''), status }
    if (a.classname) tc.className = clip(a.classname.trim())
    const time = parseSeconds(a.time)
    if (time !== undefined) tc.time = time

    const body = c.body?.value()
    if (status === 'failed' || status === 'errored') {
      const message = c.message || firstLine(body)
      if (message) tc.message = message
      if (c.type) tc.type = clip(c.type)
      if (body) tc.stackTrace = body
    } else if (status === 'skipped') {
      const message = c.skipMessage || c.skipText?.value()?.trim()
      if (message) tc.message = message
    }
    const stdout = c.stdout?.value()
    if (stdout) tc.stdout = stdout
    const stderr = c.stderr?.value()
    if (stderr) tc.stderr = stderr
    if (status === 'passed' && c.flaky.length > 0) tc.flaky = { reruns: c.flaky }
    if (c.reruns > 0) tc.retries = c.reruns

    // Where the test is: the case's own attributes, else the frame in its failure text that points into it.
    const texts = [body, c.skipText?.value(), tc.message, ...c.flaky.map((f) => f.stackTrace)]
    const line = parseLine(a.line)
    if (a.file) {
      tc.file = clip(a.file)
      const found = line ?? findLineInFile(texts, a.file)
      if (found !== undefined) tc.line = found
    } else {
      const suite = c.suite.suite
      const files = [suite.file, suite.name].filter((f): f is string => !!f)
      const hints = tc.className ? { className: tc.className, files } : { files }
      const loc = findTestLocation(texts, hints)
      if (loc) {
        tc.file = clip(loc.file)
        tc.line = loc.line
      } else if (suite.file) {
        tc.file = suite.file
        if (line !== undefined) tc.line = line
      }
    }
    return tc
  }

  finish(): Omit<TestReport, 'path' | 'gzip'> {
    const report: Omit<TestReport, 'path' | 'gzip'> = { format: 'junit', suites: this.suites }
    if (this.name) report.name = this.name
    if (this.time !== undefined) report.time = this.time
    return report
  }
}
