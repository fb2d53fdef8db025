import { analyzeRun } from '../../analysis/analyze-run.js'
import { baselineRuns } from '../../analysis/baseline/runs.js'
import { resolveBaseline, type Baseline } from '../../analysis/baseline/index.js'
import { parsePastRunsLocation } from '../../analysis/baseline/past-runs.js'
import { isBaselineModel, loadBaseline } from '../../analysis/baseline/store.js'
import type { RunAnalysis } from '../../analysis/model.js'
import type { LogwardConfig } from '../../config/schema.js'
import type { Logger } from '../../core/logger.js'
import type { CiContext } from '../../core/record.js'
import { evaluateGate } from './evaluate.js'
import { evidenceFor } from './explain.js'
import { compareFrequencies, type FrequencyResult } from '../../analysis/frequency/compare-frequencies.js'
import { metricsOf, metricsOfBaselineRun, type RunMetrics } from './metrics.js'
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
  const { config, spec } = options
  const [first] = config.baseline
  const fromStore = first !== undefined && parsePastRunsLocation(first) !== undefined
  const model =
    config.baseline.length === 1 && first !== undefined && isBaselineModel(first)
      ? await loadBaseline(first)
      : fromStore
        ? await resolveBaseline(config, options.logger, options.ci)
        : undefined
  const judged = model
    ? await againstModel(options, model, first!)
    : await againstRuns(fromStore ? { ...options, config: { ...config, baseline: [] } } : options)
  const { analysis, runTally, baseline } = judged
  const frequency: FrequencyResult | undefined = spec.objectives.some(
    (o) => o.metric === 'template-frequency',
  )
    ? compareFrequencies(
        runTally,
        baseline.map((b) => b.tally),
        { ...spec.frequency, slice: judged.slice },
      )
    : undefined
  const decision = evaluateGate(spec, {
    current: metricsOf(analysis, runTally),
    baseline: baseline.map((b) => b.metrics),
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
      runs: baseline.map((b) => ({ path: b.path, records: b.metrics.records })),
      aggregate: spec.aggregate,
      enough: decision.enough,
      ...(decision.note ? { note: decision.note } : {}),
    },
    ...(frequency ? { frequency: { tested: frequency.tested, shifted: frequency.shifted } } : {}),
  }
  return { result, analysis }
}

interface Judged {
  analysis: RunAnalysis
  /** The run's templates per slice, keyed as the baseline's are. */
  runTally: TemplateTallyResult
  baseline: { path: string; metrics: RunMetrics; tally: TemplateTallyResult }[]
  /** Records per slice of the tallies (the gate file's, or the saved model's). */
  slice: number
}

/** Logs of passing runs: each is analysed on its own, then the run against all of them. */
async function againstRuns(options: RunGateOptions): Promise<Judged> {
  const { config, spec, logger } = options
  const runs = await baselineRuns(config)
  const total = runs.length + 1
  const baseline: Judged['baseline'] = []
  for (const [i, path] of runs.entries()) {
    options.onRun?.(path, i, total)
    const tally = new TemplateTally(spec.frequency.slice)
    const analysis = await analyzeRun({
      config: { ...config, paths: [path], reports: [], baseline: [], 'store-records': false },
      logger: logger.child('baseline'),
      ci: options.ci,
      sinks: [tally],
    })
    const t = tally.result()
    baseline.push({ path, metrics: metricsOf(analysis, t), tally: t })
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
  return { analysis, runTally: tally.result(), baseline, slice: spec.frequency.slice }
}

/**
 * A baseline model (`logward baseline learn`): the per-run statistics and template tallies saved in it
 * stand for the baseline runs, so nothing is analysed again but the run itself. The frequency test uses the
 * model's slices (they were cut when it was learned); a gate file asking for another size is told so.
 */
async function againstModel(options: RunGateOptions, model: Baseline, dir: string): Promise<Judged> {
  const { config, spec, logger } = options
  if (model.slice !== spec.frequency.slice) {
    logger.warn(
      `template-frequency: the baseline model ${dir} was cut in slices of ${model.slice} records, not ${spec.frequency.slice}; using ${model.slice}`,
    )
  }
  options.onRun?.(config.paths.join(', '), 0, 1)
  let runTally: TemplateTallyResult | undefined
  const analysis = await analyzeRun({
    config: { ...config, 'store-records': false },
    logger,
    ci: options.ci,
    baseline: model,
    onBaselineTally: (t) => (runTally = t),
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
  const baseline = model.runs.map((r, i) => ({
    path: r.name,
    metrics: metricsOfBaselineRun(r, model.tallies[i]!),
    tally: model.tallies[i]!,
  }))
  return { analysis, runTally: runTally!, baseline, slice: model.slice }
}
