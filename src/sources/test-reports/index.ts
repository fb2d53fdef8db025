import { ReportParseError } from '../../core/errors.js'
import { addCounts, emptyCounts, summarize, type TestCounts, type TestReport } from './model.js'
import { parseTestReport, type ParseReportOptions } from './parse-report.js'

export * from './model.js'
export { parseTestReport, type ParseReportOptions } from './parse-report.js'
export { canBoundTextNodes } from './xml-stream.js'

export interface ParsedReports {
  /** Reports that parsed, in the order of the paths given. */
  reports: TestReport[]
  /** One entry per file that failed, in the order of the paths given. */
  errors: ReportParseError[]
}

/** Files parsed at once: enough to overlap I/O, few enough that memory stays a few reports' worth. */
const CONCURRENCY = 4

/** Parse many reports; a file that fails gets an entry in `errors` and the others still parse. */
export async function parseTestReports(
  paths: string[],
  options: ParseReportOptions = {},
): Promise<ParsedReports> {
  const outcomes: (TestReport | ReportParseError)[] = new Array(paths.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i]!
      try {
        outcomes[i] = await parseTestReport(path, options)
      } catch (err) {
        // Anything unexpected is still this file's failure, not the batch's.
        outcomes[i] =
          err instanceof ReportParseError
            ? err
            : new ReportParseError(
                path,
                `could not be parsed: ${err instanceof Error ? err.message : String(err)}`,
                {
                  cause: err,
                },
              )
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker))
  const reports: TestReport[] = []
  const errors: ReportParseError[] = []
  for (const o of outcomes) {
    if (o instanceof ReportParseError) errors.push(o)
    else reports.push(o)
  }
  return { reports, errors }
}

/** One file of `logward junit FILE… --output json`. */
export interface ToolFileResult extends TestCounts {
  path: string
  /** Set when the file could not be parsed; its counts are then all zero. */
  error?: string
}

/**
 * The tool contract of `npx logward junit FILE… --output json`:
 * `{"files":[{path,tests,passed,failed,errored,skipped,error?}],"totals":{tests,passed,failed,errored,skipped}}`.
 * `tests` counts errored tests too: `tests = passed + failed + errored + skipped` for every file and for the
 * totals. Files are listed in the order of `paths`; a file that failed has `error` and zero counts.
 */
export interface ToolOutput {
  files: ToolFileResult[]
  totals: TestCounts
}

export function toToolOutput(paths: string[], parsed: ParsedReports): ToolOutput {
  const reports = new Map(parsed.reports.map((r) => [r.path, r]))
  const errors = new Map(parsed.errors.map((e) => [e.path, e]))
  const totals = emptyCounts()
  const files = paths.map((path): ToolFileResult => {
    const report = reports.get(path)
    if (report) {
      const counts = summarize(report)
      addCounts(totals, counts)
      return { path, ...counts }
    }
    const error = errors.get(path)
    return { path, ...emptyCounts(), error: error?.message ?? `${path}: not parsed` }
  })
  return { files, totals }
}

/** Parse `paths` and build the tool contract output in one step. */
export async function junitToolOutput(
  paths: string[],
  options: ParseReportOptions = {},
): Promise<ToolOutput> {
  return toToolOutput(paths, await parseTestReports(paths, options))
}
