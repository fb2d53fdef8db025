import { plural } from '../core/format.js'
import type { FailOn, RunAnalysis, Verdict } from './model.js'

type Findings = Pick<RunAnalysis, 'tests' | 'logs' | 'baseline' | 'inputs' | 'findings'>

/**
 * The verdict and its reasons, most important first. `fail`: failing tests, or error templates the
 * baseline never had; `warn`: errors in the logs, flaky tests, inputs that could not be read, or findings
 * against the baseline (frequency shifts, error bursts, anomalous sessions); `pass`: none of these. An
 * infrastructure finding (the noise guard) is the first reason. `failed` says whether `failOn` turns the
 * findings into a failing exit; findings other than new error templates never do
 * (docs/decisions/0015-findings.md).
 */
export function decideVerdict(
  f: Findings,
  failOn: FailOn,
): { verdict: Verdict; reasons: string[]; failed: boolean } {
  const reasons: string[] = []
  const failingTests = f.tests.failed + f.tests.errored
  const errors = f.logs.byLevel.error + f.logs.byLevel.fatal
  const newErrors = (f.baseline?.newTemplates ?? []).filter(
    (t) => t.level === 'error' || t.level === 'fatal',
  ).length
  const infrastructure = f.findings?.items.find((i) => i.kind === 'infrastructure')
  // Under the noise guard the other findings are folded into it; they still explain, not count.
  const warnings = (f.findings?.items ?? []).filter((i) => i.severity === 'warn')
  if (infrastructure)
    reasons.push(
      `likely an infrastructure failure: ${infrastructure.title.replace(/^Infrastructure failure: /, '')}`,
    )
  if (failingTests > 0) reasons.push(`${plural(failingTests, 'test')} failed (of ${f.tests.tests})`)
  if (newErrors > 0) reasons.push(`${plural(newErrors, 'error template')} the baseline never had`)
  if (errors > 0) reasons.push(`${plural(errors, 'error record')} in the logs`)
  for (const [kind, one] of [
    ['frequency-shift', 'template frequency shift'],
    ['error-burst', 'error burst'],
  ] as const) {
    const n = warnings.filter((w) => w.kind === kind).length
    if (n > 0) reasons.push(plural(n, one))
  }
  const sessions = warnings.reduce((n, w) => n + (w.sessions?.anomalous ?? 0), 0)
  if (sessions > 0) reasons.push(plural(sessions, 'anomalous session'))
  // Flaky tests are a warning, never a failure: the failure did not reproduce (docs/decisions/0017).
  const flips = f.tests.flaky.filter((t) => t.kind === 'commit-flip').length
  const retried = f.tests.flaky.length - flips
  if (retried > 0) reasons.push(`${plural(retried, 'test')} passed only on a rerun (flaky)`)
  if (flips > 0)
    reasons.push(`${plural(flips, 'failing test')} passed in an earlier run of this commit (flaky)`)
  if (f.inputs.unreadable.length > 0)
    reasons.push(`${plural(f.inputs.unreadable.length, 'input')} could not be read`)
  const verdict: Verdict =
    failingTests > 0 || newErrors > 0 || infrastructure
      ? 'fail'
      : errors > 0 || f.inputs.unreadable.length > 0 || f.tests.flaky.length > 0 || warnings.length > 0
        ? 'warn'
        : 'pass'
  if (reasons.length === 0) {
    reasons.push(
      f.tests.tests + f.logs.records === 0
        ? 'no logs and no tests were found'
        : 'no failing tests and no errors',
    )
  }
  const failed =
    failOn === 'never'
      ? false
      : failOn === 'test-failures'
        ? failingTests > 0
        : failOn === 'errors'
          ? failingTests > 0 || errors > 0
          : newErrors > 0
  return { verdict, reasons, failed }
}
