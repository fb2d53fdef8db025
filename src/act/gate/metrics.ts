import type { BaselineRunStats } from '../../analysis/baseline/model.js'
import type { RunAnalysis } from '../../analysis/model.js'
import type { TemplateCount, TemplateTallyResult } from '../../analysis/frequency/template-tally.js'

/** Metrics an objective can name, besides `template-count:<id>` and `template-rate:<id>`. */
export const METRICS = [
  'records',
  'errors',
  'error-rate',
  'warnings',
  'warning-rate',
  'tests',
  'failed-tests',
  'flaky-tests',
  'new-error-templates',
  'new-templates',
  'unreadable-inputs',
  'template-frequency',
] as const
export type BuiltinMetric = (typeof METRICS)[number]

/**
 * Metrics that a baseline run has a value for, so that relative criteria (`<=+10%`) make sense. Test
 * metrics do not: baseline runs are logs only. New templates and template-frequency are measured against
 * the baseline already.
 */
export const BASELINE_METRICS: ReadonlySet<string> = new Set([
  'records',
  'errors',
  'error-rate',
  'warnings',
  'warning-rate',
])

export const TEMPLATE_METRIC = /^template-(count|rate):(t[0-9a-f]{16})$/

export function isKnownMetric(metric: string): boolean {
  return (METRICS as readonly string[]).includes(metric) || TEMPLATE_METRIC.test(metric)
}

export function hasBaselineValue(metric: string): boolean {
  return BASELINE_METRICS.has(metric) || TEMPLATE_METRIC.test(metric)
}

export interface RunMetrics {
  /** Undefined when the run cannot say (new templates without a baseline). */
  values: Partial<Record<Exclude<BuiltinMetric, 'template-frequency'>, number>>
  records: number
  /** Every template of the run (empty when no tally was kept). */
  templates: ReadonlyMap<string, TemplateCount>
}

/**
 * A run's metrics, from its RunAnalysis and, for per-template metrics, the tally of all its templates
 * (RunAnalysis keeps error templates only). Pure.
 */
export function metricsOf(analysis: RunAnalysis, tally?: TemplateTallyResult): RunMetrics {
  const records = analysis.logs.records
  const errors = analysis.logs.byLevel.error + analysis.logs.byLevel.fatal
  const warnings = analysis.logs.byLevel.warn
  const newTemplates = analysis.baseline?.newTemplates
  return {
    records,
    values: {
      records,
      errors,
      // No records, no errors: a rate of 0 rather than NaN, and `records` objectives catch the empty run.
      'error-rate': records > 0 ? errors / records : 0,
      warnings,
      'warning-rate': records > 0 ? warnings / records : 0,
      tests: analysis.tests.tests,
      'failed-tests': analysis.tests.failed + analysis.tests.errored,
      'flaky-tests': analysis.tests.flaky.length,
      ...(newTemplates
        ? {
            'new-error-templates': newTemplates.filter((t) => t.level === 'error' || t.level === 'fatal')
              .length,
            'new-templates': newTemplates.length,
          }
        : {}),
      'unreadable-inputs': analysis.inputs.unreadable.length,
    },
    templates: tally?.templates ?? new Map(),
  }
}

/** A baseline run's metrics from a saved baseline model: the log metrics only, as a baseline run has. */
export function metricsOfBaselineRun(run: BaselineRunStats, tally: TemplateTallyResult): RunMetrics {
  const errors = run.errors
  return {
    records: run.records,
    values: {
      records: run.records,
      errors,
      'error-rate': run.records > 0 ? errors / run.records : 0,
      warnings: run.warnings,
      'warning-rate': run.records > 0 ? run.warnings / run.records : 0,
    },
    templates: tally.templates,
  }
}

/** The value of a metric in one run (template-frequency is not a per-run metric: see frequency.ts). */
export function metricValue(m: RunMetrics, metric: string): number | undefined {
  const t = TEMPLATE_METRIC.exec(metric)
  if (t) {
    const count = m.templates.get(t[2]!)?.count ?? 0
    return t[1] === 'count' ? count : m.records > 0 ? count / m.records : 0
  }
  return m.values[metric as keyof RunMetrics['values']]
}

export { mean, median } from '../../core/stats.js'
