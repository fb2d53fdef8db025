import { parseSeconds, withoutClassPrefix, firstLine, type ReportBuilder } from '../builder.js'
import type { TestCase, TestReport, TestStatus, TestSuite } from '../model.js'
import { findTestLocation } from '../source-location.js'
import { BoundedText, clip, own, type TextLimits } from '../text.js'
import type { Attributes } from '../xml-stream.js'

/**
 * Visual Studio TRX (`dotnet test --logger trx`, MSTest, xUnit and NUnit adapters):
 * `TestRun/Results/UnitTestResult` carries each result (outcome, duration, `Output/ErrorInfo/Message`,
 * `StackTrace`, `StdOut`, `StdErr`), and `TestRun/TestDefinitions/UnitTest/TestMethod` names its class. The
 * definitions come *after* the results, so results are kept (bounded) until the end and joined by `testId`.
 * Cases are grouped into one suite per class, in order of first appearance; results without a class (xUnit
 * v3 class-cleanup failures) go to an `Unclassified` suite, as dorny does.
 *
 * Data-driven MSTest results nest the rows under the parent result (`InnerResults`): only the rows are
 * counted, or every row would be counted twice.
 */

/** TRX outcomes (Microsoft.VisualStudio.TestTools.Common.TestOutcome) to statuses. */
function statusOf(outcome: string | undefined): TestStatus {
  switch (outcome) {
    case 'Passed':
    case 'PassedButRunAborted':
    case 'Completed':
    case 'Warning': // a passed test that reported something worth a look
      return 'passed'
    case 'Failed':
      return 'failed'
    case 'Error':
    case 'Timeout':
    case 'Aborted':
    case 'Disconnected':
    case 'NotRunnable':
      return 'errored'
    default:
      // NotExecuted, Inconclusive, Pending, InProgress, or an outcome we don't know: no verdict.
      return 'skipped'
  }
}

/** `hh:mm:ss.fffffff` (or `d.hh:mm:ss.fffffff`) to seconds. */
function parseTimeSpan(value: string | undefined): number | undefined {
  if (!value) return undefined
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim())
  if (!m) return parseSeconds(value)
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])
}

interface ResultFrame {
  attrs: Attributes
  depth: number
  hasInner: boolean
  message?: BoundedText
  stackTrace?: BoundedText
  stdout?: BoundedText
  stderr?: BoundedText
}

interface Pending {
  testId: string | undefined
  testName: string
  tc: TestCase
}

const UNCLASSIFIED = 'Unclassified'

export class TrxBuilder implements ReportBuilder {
  private readonly elements: string[] = []
  private readonly sinks: (BoundedText | undefined)[] = []
  private readonly results: ResultFrame[] = []
  private readonly pending: Pending[] = []
  /** testId -> class name, from `TestDefinitions`. */
  private readonly classes = new Map<string, string>()
  private definitionId: string | undefined
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
      return undefined
    }
    const r = this.results[this.results.length - 1]
    switch (name) {
      case 'Times': {
        const start = Date.parse(attrs.start ?? '')
        const finish = Date.parse(attrs.finish ?? '')
        if (Number.isFinite(start) && Number.isFinite(finish) && finish >= start)
          this.time = (finish - start) / 1000
        return undefined
      }
      case 'UnitTestResult':
        if (r) r.hasInner = true
        this.results.push({ attrs, depth: this.elements.length, hasInner: false })
        return undefined
      case 'UnitTest':
        this.definitionId = attrs.id
        return undefined
      case 'TestMethod':
        if (this.definitionId !== undefined && attrs.className) {
          // Owned copies: kept until the end, a slice of the chunk would keep the chunk alive (see `own`).
          this.classes.set(own(this.definitionId), clip(attrs.className))
        }
        return undefined
    }
    if (!r) return undefined
    // Only the result's own Output: `TextMessages/Message` is not the error message.
    if (name === 'Message' && parent === 'ErrorInfo') return (r.message ??= new BoundedText(this.limits))
    if (name === 'StackTrace' && parent === 'ErrorInfo')
      return (r.stackTrace ??= new BoundedText(this.limits))
    if (name === 'StdOut' && parent === 'Output') return (r.stdout ??= new BoundedText(this.limits))
    if (name === 'StdErr' && parent === 'Output') return (r.stderr ??= new BoundedText(this.limits))
    return undefined
  }

  close(name: string): void {
    const depth = this.elements.length
    this.elements.pop()
    this.sinks.pop()
    if (name === 'UnitTest') this.definitionId = undefined
    const r = this.results[this.results.length - 1]
    if (name === 'UnitTestResult' && r && r.depth === depth) {
      this.results.pop()
      if (!r.hasInner) this.pending.push(this.finishResult(r))
    }
  }

  text(text: string): void {
    this.sinks[this.sinks.length - 1]?.append(text)
  }

  private finishResult(r: ResultFrame): Pending {
    const a = r.attrs
    const testName = clip(a.testName?.trim() ?? '')
    const tc: TestCase = { name: testName, status: statusOf(a.outcome) }
    const time = parseTimeSpan(a.duration)
    if (time !== undefined) tc.time = time
    const message = r.message?.value()?.trim()
    const stackTrace = r.stackTrace?.value()
    if (message) tc.message = message
    if (stackTrace) tc.stackTrace = stackTrace
    const stdout = r.stdout?.value()
    if (stdout) tc.stdout = stdout
    const stderr = r.stderr?.value()
    if (stderr) tc.stderr = stderr
    if (tc.status === 'skipped' && !tc.message) {
      // xUnit writes the skip reason to StdOut; a one-line reason reads better as the message.
      const reason = firstLine(stdout)
      if (reason && reason === stdout?.trim()) tc.message = reason
    }
    return { testId: a.testId === undefined ? undefined : own(a.testId), testName, tc }
  }

  finish(): Omit<TestReport, 'path' | 'gzip'> {
    const suites = new Map<string, TestSuite>()
    for (const p of this.pending) {
      const className = p.testId === undefined ? undefined : this.classes.get(p.testId)
      const tc = p.tc
      if (className) {
        tc.className = className
        tc.name = withoutClassPrefix(p.testName, className)
      }
      const loc = findTestLocation([tc.stackTrace], className ? { className } : {})
      if (loc) {
        tc.file = clip(loc.file)
        tc.line = loc.line
      }
      const key = className ?? UNCLASSIFIED
      let suite = suites.get(key)
      if (!suite) {
        suite = { name: key, cases: [] }
        suites.set(key, suite)
      }
      suite.cases.push(tc)
    }
    const report: Omit<TestReport, 'path' | 'gzip'> = { format: 'trx', suites: [...suites.values()] }
    if (this.name) report.name = this.name
    if (this.time !== undefined) report.time = this.time
    return report
  }
}
