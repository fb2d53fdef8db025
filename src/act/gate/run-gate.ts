import { analyzeRun } from '../../analysis/analyze-run.js'
import { baselineRuns } from '../../analysis/baseline/runs.js'
import type { RunAnalysis } from '../../analysis/model.js'
import type { LogwardConfig } from '../../config/schema.js'
import type { Logger } from '../../core/logger.js'
import type { CiContext } from '../../core/record.js'
import { evaluateGate } from './evaluate.js'
import { evidenceFor } from './explain.js'
import { compareFrequencies, type FrequencyResult } from '../../analysis/frequency/compare-frequencies.js'
import { metricsOf } from './metrics.js'
import type { GateResult, GateSpec } from './model.js'
import { TemplateTally, type TemplateTallyResult } from '../../analysis/frequency/template-tally.js'

export interface RunGateOptions {
  /** `paths` and `reports`: the run (or deploy window) to judge; `baseline`: passing runs, one per match. */
  config: LogwardConfig
  spec: GateSpec
  logger: Logger
  ci: CiContext
  serverUrl?: string
  now?: () => Date
  /** Called before each run is analysed (baseline runs, then the run itself). */
  onRun?: (path: string, index: number, total: number) => void
}

export interface GateOutcome {
  result: GateResult
  /** The run's own analysis (what `logward analyze` would have written). */
  analysis: RunAnalysis
}

/**
 * The gate: analyse each baseline run on its own (one value per run, so the baseline has a spread and a
 * median), analyse the run against the whole baseline (new templates), compare template frequencies,
 * then score the objectives and attach the log lines behind each one that did not pass.
 */
export async function runGate(options: RunGateOptions): Promise<GateOutcome> {
  const { config, spec, logger } = options
  const runs = await baselineRuns(config)
  const total = runs.length + 1
  const baseline: { path: string; analysis: RunAnalysis; tally: TemplateTallyResult }[] = []
  for (const [i, path] of runs.entries()) {
    options.onRun?.(path, i, total)
    const tally = new TemplateTally(spec.frequency.slice)
    const analysis = await analyzeRun({
      config: { ...config, paths: [path], reports: [], baseline: [], 'store-records': false },
      logger: logger.child('baseline'),
      ci: options.ci,
      sinks: [tally],
    })
    baseline.push({ path, analysis, tally: tally.result() })
  }
  options.onRun?.(config.paths.join(', '), runs.length, total)
  const tally = new TemplateTally(spec.frequency.slice)
  const analysis = await analyzeRun({
    config: { ...config, baseline: runs, 'store-records': false },
    logger,
    ci: options.ci,
    sinks: [tally],
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
  const runTally = tally.result()
  const frequency: FrequencyResult | undefined = spec.objectives.some(
    (o) => o.metric === 'template-frequency',
  )
    ? compareFrequencies(
        runTally,
        baseline.map((b) => b.tally),
        spec.frequency,
      )
    : undefined
  const decision = evaluateGate(spec, {
    current: metricsOf(analysis, runTally),
    baseline: baseline.map((b) => metricsOf(b.analysis, b.tally)),
    ...(frequency
      ? {
          frequency: {
            ...(frequency.unavailable === undefined ? { value: frequency.shifted.length } : {}),
            ...(frequency.unavailable ? { unavailable: frequency.unavailable } : {}),
          },
        }
      : {}),
    unreadable: analysis.inputs.unreadable.length,
  })
  const objectives = decision.objectives.map((o) => {
    const evidence = evidenceFor(o, analysis, runTally, frequency?.shifted ?? [])
    return evidence ? { ...o, evidence } : o
  })
  const result: GateResult = {
    version: 1,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    gate: spec.source,
    verdict: decision.verdict,
    score: decision.score,
    total: spec.total,
    reasons: decision.reasons,
    objectives,
    run: {
      paths: [...config.paths],
      reports: [...config.reports],
      records: analysis.logs.records,
      tests: analysis.tests.tests,
      analysisVerdict: analysis.verdict,
      unreadable: analysis.inputs.unreadable,
    },
    baseline: {
      runs: baseline.map((b) => ({ path: b.path, records: b.analysis.logs.records })),
      aggregate: spec.aggregate,
      enough: decision.enough,
      ...(decision.note ? { note: decision.note } : {}),
    },
    ...(frequency ? { frequency: { tested: frequency.tested, shifted: frequency.shifted } } : {}),
  }
  return { result, analysis }
}
