import type { CiContext } from '../core/record.js'
import type { Redactor } from '../transforms/redact.js'
import {
  allCases,
  emptyCounts,
  addCounts,
  summarize,
  type TestReport,
} from '../sources/test-reports/index.js'
import type { FailingTest, ReportDigest, TestDigest } from './model.js'

const MAX_FAILING = 1000
const STACK_LINES = 30

/** Test outcomes of a run from its parsed reports: counts, failing tests (redacted, bounded), flaky tests. */
export function digestTests(
  reports: readonly TestReport[],
  options: { redactor: Redactor; ci?: CiContext; serverUrl?: string },
): { tests: TestDigest; reports: ReportDigest[] } {
  const totals = emptyCounts()
  const digests: ReportDigest[] = []
  const failing: FailingTest[] = []
  const flaky: TestDigest['flaky'] = []
  const redact = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : options.redactor.redact(text).text
  for (const report of reports) {
    const counts = summarize(report)
    addCounts(totals, counts)
    digests.push({ path: report.path, format: report.format, ...counts })
    for (const { testCase: c } of allCases(report)) {
      if (c.flaky && c.status === 'passed') {
        flaky.push({
          name: c.name,
          ...(c.className ? { className: c.className } : {}),
          report: report.path,
          reruns: c.flaky.reruns.length,
        })
      }
      if ((c.status !== 'failed' && c.status !== 'errored') || failing.length >= MAX_FAILING) continue
      const url = sourceUrl(c.file, c.line, options)
      const message = redact(c.message)
      const stackTrace = redact(c.stackTrace?.split('\n').slice(0, STACK_LINES).join('\n'))
      failing.push({
        name: c.name,
        ...(c.className ? { className: c.className } : {}),
        status: c.status,
        ...(c.file ? { file: c.file } : {}),
        ...(c.line ? { line: c.line } : {}),
        ...(url ? { url } : {}),
        ...(message ? { message } : {}),
        ...(stackTrace ? { stackTrace } : {}),
        report: report.path,
        ...(c.time !== undefined ? { time: c.time } : {}),
      })
    }
  }
  return { tests: { ...totals, failing, flaky }, reports: digests }
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
