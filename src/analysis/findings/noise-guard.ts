import { plural } from '../../core/format.js'
import type { Finding, RunAnalysis } from '../model.js'

/** A run where at least this share of its tests failed… */
export const INFRA_FAILED_SHARE = 0.8
/** …and that had at least this many tests (two of two failing is not a pattern). */
export const INFRA_MIN_TESTS = 5
/** Or: every log source has errors and the run has fewer records than this share of the median baseline run. */
export const INFRA_SHORT_SHARE = 0.5

const EVIDENCE = 5

/**
 * The noise guard: a run where most tests fail, or where every source errs and the run stops early, is
 * an infrastructure failure (a dead database, a full disk, a missing secret). Reported as one
 * `infrastructure` finding that holds the per-template findings, instead of hundreds of anomalies that
 * would all say the same. Thresholds: docs/decisions/0015-findings.md.
 */
export function noiseGuard(
  run: Pick<RunAnalysis, 'tests' | 'inputs' | 'logs' | 'rootCauses'>,
  baselineMedianRecords: number,
  findings: readonly Finding[],
): Finding[] {
  const failing = run.tests.failed + run.tests.errored
  const mostFail = run.tests.tests >= INFRA_MIN_TESTS && failing >= INFRA_FAILED_SHARE * run.tests.tests
  const sources = run.inputs.sources.filter((s) => s.records > 0)
  const allErr =
    sources.length > 0 &&
    sources.every((s) => s.errors > 0) &&
    baselineMedianRecords > 0 &&
    run.logs.records < INFRA_SHORT_SHARE * baselineMedianRecords
  if (!mostFail && !allErr) return [...findings]
  const explanation = mostFail
    ? `${failing} of ${run.tests.tests} tests failed (${Math.round((100 * failing) / run.tests.tests)} %, the guard is ${INFRA_FAILED_SHARE * 100} % of at least ${INFRA_MIN_TESTS}): most likely the environment (a service, network, disk or secret), not ${plural(failing, 'separate failure')}; ${plural(findings.length, 'other finding')} folded under this one.`
    : `Every log source (${sources.length}) has errors and the run stopped early: ${run.logs.records} records against ${baselineMedianRecords} in the median baseline run; most likely the environment, not the code; ${plural(findings.length, 'other finding')} folded under this one.`
  const evidence: Finding['evidence'] = [
    ...run.tests.failing.slice(0, mostFail ? EVIDENCE : 0).map((t) => ({
      ...(t.file ? { path: t.file } : {}),
      ...(t.line ? { line: t.line } : {}),
      message: `${t.className ? `${t.className}.` : ''}${t.name}: ${(t.message ?? t.status).split('\n', 1)[0]}`,
    })),
    ...run.rootCauses.map((r) => ({
      path: r.path,
      line: r.line,
      ...(r.timestamp ? { timestamp: r.timestamp } : {}),
      message: r.message.split('\n', 1)[0] ?? '',
      ...(r.templateId ? { templateId: r.templateId } : {}),
    })),
  ].slice(0, EVIDENCE)
  return [
    {
      kind: 'infrastructure',
      severity: 'error',
      title: mostFail
        ? 'Infrastructure failure: most tests failed'
        : 'Infrastructure failure: every source failed early',
      explanation,
      evidence,
      collapsed: [...findings],
    },
  ]
}
