import type { CiContext, Level } from '../core/record.js'
import type { TestCounts, TestStatus } from '../sources/test-reports/model.js'

/**
 * What `logward analyze` finds in a run: the one document behind report.json, report.html and
 * summary.md (renderers are pure functions of it). Versioned: a change that removes or renames a field
 * bumps `version`. All text in it has been redacted.
 */
export interface RunAnalysis {
  version: 1
  generatedAt: string
  /** `fail`: failing tests or new error templates; `warn`: errors in the logs or flaky tests only; `pass`: neither. */
  verdict: Verdict
  /** Why the verdict is what it is, most important first, one sentence each. */
  reasons: string[]
  /** What makes the command (and the action) fail, and whether it did. */
  failOn: FailOn
  failed: boolean
  ci: CiContext
  inputs: {
    sources: SourceDigest[]
    reports: ReportDigest[]
    /** Inputs (logs or reports) that could not be read, with why. */
    unreadable: { path: string; message: string }[]
  }
  tests: TestDigest
  logs: LogDigest
  /** Per source (log file or job log) that has errors: the first error and the lines around it. */
  rootCauses: RootCause[]
  /** Templates of error and fatal records, most frequent first (bounded). */
  topErrorTemplates: TemplateDigest[]
  /** Set when a baseline was given. */
  baseline?: BaselineDigest
  /** Records per time bucket and level, for the chart. */
  histogram: Histogram
  /** What is unusual about this run against the baseline, with evidence (set when a baseline was given). */
  findings?: Findings
}

export type Verdict = 'pass' | 'warn' | 'fail'
export type FailOn = 'errors' | 'test-failures' | 'new-error-templates' | 'never'

export interface SourceDigest {
  path: string
  format: string
  records: number
  lines: number
  bytes: number
  errors: number
  warnings: number
}

export interface ReportDigest extends TestCounts {
  path: string
  format: string
}

export interface FailingTest {
  name: string
  className?: string
  status: Extract<TestStatus, 'failed' | 'errored'>
  file?: string
  line?: number
  /** A link to the file and line in the repository, when the CI context makes one. */
  url?: string
  message?: string
  /** Bounded (first lines). */
  stackTrace?: string
  report: string
  time?: number
  /** Runs of this test in this run (reruns and repeated cases counted), when more than one. */
  attempts?: number
  /** Why it counts as a consistent failure, when reruns or an earlier run of the commit say so. */
  evidence?: string
}

/**
 * A test whose failure did not reproduce: `retry` — it failed, then passed on a rerun in this run;
 * `commit-flip` — it failed here but passed in an earlier run of the same commit (docs/decisions/0017).
 */
export interface FlakyTest {
  name: string
  className?: string
  report: string
  /** Failed attempts in this run (the runs before the one that passed, for `retry`). */
  reruns: number
  /** Absent in report.json files written before flips were detected (read them as `retry`). */
  kind?: 'retry' | 'commit-flip'
  /** One sentence: the attempts, or the earlier run the test passed in. */
  evidence?: string
  /** `commit-flip`: the report.json of the earlier run it passed in. */
  earlier?: { path: string; runId?: string; runAttempt?: string }
}

/**
 * Counts are per test, not per attempt: a test run several times in this run (reruns, retried jobs'
 * reports) counts once, with its final outcome; a flaky test counts as passed. `inputs.reports` keeps
 * each report's own counts, attempt by attempt, as the files state them.
 */
export interface TestDigest extends TestCounts {
  failing: FailingTest[]
  /** Tests that failed then passed on a rerun in this run, or that passed in an earlier run of the commit. */
  flaky: FlakyTest[]
  /**
   * Tests that passed, as `testId`s (12 hex digits of SHA-256 of class and name, see tests-digest.ts),
   * sorted and at most 20,000: what lets a later run of the same commit tell a flip from a consistent
   * failure. Absent in report.json files written before it (their passes are unknown).
   */
  passedIds?: string[]
  /** More tests passed than `passedIds` holds (a test not in it may have passed). */
  passedIdsTruncated?: boolean
}

export interface LogDigest {
  records: number
  byLevel: Record<Level, number>
  first?: string
  last?: string
  /** Distinct templates seen. */
  templates: number
}

export interface ContextLine {
  line: number
  level?: Level
  timestamp?: string
  text: string
  /** This is the error the root cause is about. */
  focus?: boolean
}

export interface RootCause {
  path: string
  service?: string
  /** GitHub Actions job logs: the `##[group]` (step) the error is in. */
  group?: string
  line: number
  timestamp?: string
  level: Level
  message: string
  stackTrace?: string
  templateId?: string
  /** Error and fatal records in this source. */
  errors: number
  /** Lines before and after the first error (the error itself has `focus`). */
  context: ContextLine[]
}

export interface TemplateDigest {
  templateId: string
  template: string
  count: number
  level: Level
  /** Services (or source paths when no service is known) the template appeared in. */
  services: string[]
  example: { message: string; path: string; line: number; timestamp?: string }
  /** Not in the baseline (only when a baseline was given). */
  new?: boolean
}

export interface BaselineDigest {
  /** What the baseline was learned from (paths, or a store directory). */
  source: string
  runs: number
  records: number
  templates: number
  /** Templates of this run that the baseline never saw, error-level first, then by count. */
  newTemplates: TemplateDigest[]
}

export interface Histogram {
  /** ISO start of the first bucket. */
  start?: string
  bucketSeconds: number
  /** Counts per bucket for each level (same length as `buckets`). */
  series: Partial<Record<Level, number[]>>
  buckets: number
}

/**
 * Findings of `analyze --baseline` (docs/decisions/0015-findings.md). `score` is 0–100: how unusual the run
 * is against its baseline, 0 = nothing found, combined from the findings' severities as
 * 100 × (1 − Π(1 − w)) with w = 1 (infrastructure), 0.5 (error), 0.2 (warn), 0.05 (info).
 */
export interface Findings {
  score: number
  /** Most severe first. When the noise guard fired, one `infrastructure` finding holds the others. */
  items: Finding[]
  /** What could not be judged and why (too few slices for the frequency test, no sequence model, …). */
  notes: string[]
}

export type FindingKind =
  'infrastructure' | 'new-templates' | 'frequency-shift' | 'error-burst' | 'anomalous-sessions'

export type FindingSeverity = 'error' | 'warn' | 'info'

export interface Finding {
  kind: FindingKind
  severity: FindingSeverity
  title: string
  /** One sentence, with the numbers behind it. */
  explanation: string
  /** The log lines behind it (bounded). */
  evidence: FindingEvidence[]
  /** Kind-specific numbers, for charts and tools. */
  shift?: {
    templateId: string
    template: string
    count: number
    baselineCount: number
    rate: number
    baselineRate: number
    ratio: number
    p: number
  }
  burst?: {
    start: string
    end: string
    bucketSeconds: number
    errors: number
    /** Errors per bucket expected from the baseline. */
    expected: number
    p: number
  }
  sessions?: { anomalous: number; total: number; evidence: 'unknown-events' | 'event-counts' | 'event-order' }
  templates?: { templateId: string; template: string; count: number; level: Level }[]
  /** Findings the noise guard folded under an `infrastructure` finding. */
  collapsed?: Finding[]
}

export interface FindingEvidence {
  path?: string
  line?: number
  timestamp?: string
  message: string
  templateId?: string
  /** The session the line belongs to (anomalous sessions). */
  session?: string
}
