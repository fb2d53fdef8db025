import { classOf, parseCount, parseSeconds, withoutClassPrefix, type ReportBuilder } from '../builder.js'
import type { DeclaredCounts, TestCase, TestReport, TestStatus, TestSuite } from '../model.js'
import { findTestLocation } from '../source-location.js'
import { BoundedText, clip, type TextLimits } from '../text.js'
import type { Attributes } from '../xml-stream.js'

/**
 * NUnit 3 (`<test-run>`) and NUnit 2 (`<test-results>`) result files: `test-suite`s nest (assembly,
 * namespaces, fixture, parameterized method or theory) down to `test-case`s. The tree is kept as written.
 * A failure is `failure/message` + `failure/stack-trace`, a skip reason is `reason/message`, NUnit 3 output is
 * `output`. NUnit 2 names cases by their full name and has no class attribute; the class is cut from it.
 */

/**
 * NUnit 3 `result` (+ `label`) and NUnit 2 `result` to statuses. NUnit 3 writes exceptions as
 * `result="Failed" label="Error"`; `Invalid` (bad test definition) and `Cancelled` did not reach a verdict
 * either. `Inconclusive` is skipped, not passed: nothing was verified. `Warning` passed (with a warning).
 */
function statusOf(attrs: Attributes, hasFailure: boolean): TestStatus {
  const result = attrs.result?.toLowerCase()
  const label = attrs.label?.toLowerCase()
  switch (result) {
    case 'passed':
    case 'success':
    case 'warning':
      return 'passed'
    case 'failed':
    case 'failure':
      return label === 'error' || label === 'invalid' || label === 'cancelled' ? 'errored' : 'failed'
    case 'error':
    case 'notrunnable':
    case 'invalid':
    case 'cancelled':
      return 'errored'
    case 'skipped':
    case 'ignored':
    case 'inconclusive':
    case 'notrun':
    case 'explicit':
      return 'skipped'
    default:
      // No result, or one we don't know: a failure element is a verdict; without one, nothing was verified.
      return hasFailure ? 'failed' : 'skipped'
  }
}

const FIXTURE_TYPES = new Set(['TestFixture', 'GenericFixture', 'SetUpFixture'])

interface SuiteFrame {
  suite: TestSuite
  attrs: Attributes
  depth: number
}

interface CaseFrame {
  attrs: Attributes
  depth: number
  hasFailure: boolean
  message?: BoundedText
  stackTrace?: BoundedText
  reason?: BoundedText
  output?: BoundedText
}

function declaredCounts(attrs: Attributes): DeclaredCounts | undefined {
  const d: DeclaredCounts = {
    tests: parseCount(attrs.total ?? attrs.testcasecount),
    failures: parseCount(attrs.failed),
    errors: 0,
    skipped: parseCount(attrs.skipped) + parseCount(attrs.inconclusive),
  }
  return d.tests + d.failures + d.skipped > 0 ? d : undefined
}

export class NUnitBuilder implements ReportBuilder {
  private readonly suites: TestSuite[] = []
  private readonly suiteStack: SuiteFrame[] = []
  private readonly elements: string[] = []
  private readonly sinks: (BoundedText | undefined)[] = []
  private kase: CaseFrame | undefined
  private name: string | undefined
  private time: number | undefined

  constructor(private readonly limits: TextLimits) {}

  open(name: string, attrs: Attributes): void {
    const parent = this.elements[this.elements.length - 1]
    this.elements.push(name)
    this.sinks.push(this.openElement(name, attrs, parent))
  }

  private openElement(name: string, attrs: Attributes, parent: string | undefined): BoundedText | undefined {
    if (parent === undefined) {
      if (attrs.name) this.name = clip(attrs.name)
      // NUnit 2's root `time` is the wall-clock time of day, not a duration.
      if (name === 'test-run') this.time = parseSeconds(attrs.duration ?? attrs.time)
      return undefined
    }
    const c = this.kase
    if (!c) {
      if (name === 'test-suite') this.openSuite(attrs)
      else if (name === 'test-case') this.kase = { attrs, depth: this.elements.length, hasFailure: false }
      return undefined
    }
    const grandparent = this.elements[this.elements.length - 3]
    const inCase = grandparent === 'test-case'
    if (name === 'failure' && parent === 'test-case') c.hasFailure = true
    if (name === 'output' && parent === 'test-case') return (c.output ??= new BoundedText(this.limits))
    if (name === 'message' && parent === 'failure' && inCase)
      return (c.message ??= new BoundedText(this.limits))
    if (name === 'stack-trace' && parent === 'failure' && inCase) {
      return (c.stackTrace ??= new BoundedText(this.limits))
    }
    if (name === 'message' && parent === 'reason' && inCase)
      return (c.reason ??= new BoundedText(this.limits))
    return undefined
  }

  private openSuite(attrs: Attributes): void {
    const suite: TestSuite = { name: clip(attrs.name ?? ''), cases: [] }
    const time = parseSeconds(attrs.duration ?? attrs.time)
    if (time !== undefined) suite.time = time
    const parent = this.suiteStack[this.suiteStack.length - 1]
    if (parent) (parent.suite.suites ??= []).push(suite)
    else this.suites.push(suite)
    this.suiteStack.push({ suite, attrs, depth: this.elements.length })
  }

  close(name: string): void {
    const depth = this.elements.length
    this.elements.pop()
    this.sinks.pop()
    const c = this.kase
    if (c) {
      if (depth === c.depth) {
        const suite = this.suiteStack[this.suiteStack.length - 1]
        const tc = this.finishCase(c)
        if (suite) suite.suite.cases.push(tc)
        else this.orphanSuite().cases.push(tc)
        this.kase = undefined
      }
      return
    }
    const frame = this.suiteStack[this.suiteStack.length - 1]
    if (name === 'test-suite' && frame && frame.depth === depth) {
      this.suiteStack.pop()
      if (frame.suite.cases.length === 0 && !frame.suite.suites?.length) {
        const declared = declaredCounts(frame.attrs)
        if (declared) frame.suite.declared = declared
      }
    }
  }

  /** A suite for cases written straight under the root (not NUnit's own output, but cheap to accept). */
  private orphanSuite(): TestSuite {
    let suite = this.suites.find((s) => s.name === '' && s.suites === undefined)
    if (!suite) {
      suite = { name: '', cases: [] }
      this.suites.push(suite)
    }
    return suite
  }

  text(text: string): void {
    this.sinks[this.sinks.length - 1]?.append(text)
  }

  private classNameOf(a: Attributes): string | undefined {
    if (a.classname) return a.classname
    // NUnit 3 without `classname`: the enclosing fixture's full name, else the full name minus the method.
    for (let i = this.suiteStack.length - 1; i >= 0; i--) {
      const s = this.suiteStack[i]!.attrs
      if (s.type && FIXTURE_TYPES.has(s.type) && s.fullname) return s.fullname
    }
    const full = a.fullname ?? a.name
    if (!full) return undefined
    if (a.fullname && a.name && a.fullname.endsWith('.' + a.name)) {
      return a.fullname.slice(0, a.fullname.length - a.name.length - 1)
    }
    return classOf(full)
  }

  private finishCase(c: CaseFrame): TestCase {
    const a = c.attrs
    const className = this.classNameOf(a)
    const status = statusOf(a, c.hasFailure)
    const rawName = a.name?.trim() ?? a.fullname?.trim() ?? ''
    const tc: TestCase = { name: clip(withoutClassPrefix(rawName, className)), status }
    if (className) tc.className = clip(className)
    const time = parseSeconds(a.duration ?? a.time)
    if (time !== undefined) tc.time = time
    const failureMessage = c.message?.value()?.trim()
    const reason = c.reason?.value()?.trim()
    const message = status === 'skipped' ? (reason ?? failureMessage) : (failureMessage ?? reason)
    if (message) tc.message = message
    const stackTrace = c.stackTrace?.value()
    if (stackTrace) tc.stackTrace = stackTrace
    const output = c.output?.value()
    if (output) tc.stdout = output
    const loc = findTestLocation([stackTrace], className ? { className } : {})
    if (loc) {
      tc.file = clip(loc.file)
      tc.line = loc.line
    }
    return tc
  }

  finish(): Omit<TestReport, 'path' | 'gzip'> {
    const report: Omit<TestReport, 'path' | 'gzip'> = { format: 'nunit', suites: this.suites }
    if (this.name) report.name = this.name
    if (this.time !== undefined) report.time = this.time
    return report
  }
}
