import type { RunAnalysis, Verdict } from '../../analysis/model.js'

/**
 * The numbers alert rules test, taken from a run's analysis. Rules see only this object, so a metric that
 * a later stage computes (an anomaly score from the sequence model, a gate's verdict) is added here
 * without touching the rule engine.
 */
export interface AlertMetrics {
  /** 0..1 from an anomaly model; absent when no model scored the run (rules on it then do not fire). */
  anomalyScore?: number
  /** Error and fatal records over all records, as a fraction (0.05 is `5%`). */
  errorRate: number
  /** Error and fatal records. */
  errors: number
  /** Error-level templates the baseline never had. */
  newErrorTemplates: number
  /** Failed and errored tests. */
  failedTests: number
  /** The quality gate's verdict; absent when there is none. */
  gateVerdict?: Verdict
}

/** What a later analysis may carry; read defensively, as report.json files of older versions lack it. */
interface MaybeScored {
  score?: unknown
  gate?: { verdict?: unknown }
}

/**
 * `extra` wins over the analysis: the action passes the anomaly score and the gate verdict it computed.
 * Without a separate gate, the analysis verdict is the gate (it is what `fail-on` judges).
 */
export function alertMetrics(analysis: RunAnalysis, extra: Partial<AlertMetrics> = {}): AlertMetrics {
  const errors = analysis.logs.byLevel.error + analysis.logs.byLevel.fatal
  const records = analysis.logs.records
  const scored = analysis as RunAnalysis & MaybeScored
  const score = typeof scored.score === 'number' && Number.isFinite(scored.score) ? scored.score : undefined
  const gate = isVerdict(scored.gate?.verdict) ? scored.gate.verdict : analysis.verdict
  const metrics: AlertMetrics = {
    errorRate: records > 0 ? errors / records : 0,
    errors,
    newErrorTemplates: newErrorTemplates(analysis).length,
    failedTests: analysis.tests.failed + analysis.tests.errored,
    ...(score !== undefined ? { anomalyScore: score } : {}),
    gateVerdict: gate,
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) Object.assign(metrics, { [k]: v })
  return metrics
}

export function newErrorTemplates(analysis: RunAnalysis) {
  return (analysis.baseline?.newTemplates ?? []).filter((t) => t.level === 'error' || t.level === 'fatal')
}

function isVerdict(v: unknown): v is Verdict {
  return v === 'pass' || v === 'warn' || v === 'fail'
}
