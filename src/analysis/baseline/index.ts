import type { LogwardConfig } from '../../config/schema.js'
import type { Logger } from '../../core/logger.js'
import { learnBaseline } from './learn.js'
import type { Baseline } from './model.js'
import { baselineRuns, runsFromPaths } from './runs.js'
import { isBaselineModel, loadBaseline } from './store.js'

export { learnBaseline, type LearnOptions } from './learn.js'
export * from './model.js'
export { baselineRuns, DEFAULT_LAKE_RUNS, runsFromLake, runsFromPaths, type RunInput } from './runs.js'
export { isBaselineModel, loadBaseline, saveBaseline } from './store.js'

/**
 * The baseline `analyze --baseline X` compares against: X is a model directory (has baseline.json, from
 * `logward baseline learn`), loaded; or logs of passing runs, learned in memory the same way (each glob
 * match is one run). Either way the findings are computed by the same code afterwards.
 */
export async function resolveBaseline(config: LogwardConfig, logger: Logger): Promise<Baseline> {
  const [first] = config.baseline
  if (config.baseline.length === 1 && first !== undefined && isBaselineModel(first)) {
    const baseline = await loadBaseline(first)
    const asked = { field: config['session-field'], regex: config['session-regex'] }
    if (
      (asked.field || asked.regex) &&
      (asked.field !== baseline.session.field || asked.regex !== baseline.session.regex)
    ) {
      // The sequence model only knows sessions cut the way they were when it was learned.
      logger.warn(
        `the baseline model ${first} groups sessions by ${describeSession(baseline.session)}; session-field/session-regex are ignored (learn the model again to change them)`,
      )
    }
    logger.debug(`baseline model ${first}: ${baseline.runs.length} runs, ${baseline.miner.size} templates`)
    return baseline
  }
  const paths = await baselineRuns(config)
  const session = {
    ...(config['session-field'] ? { field: config['session-field'] } : {}),
    ...(config['session-regex'] ? { regex: config['session-regex'] } : {}),
  }
  return learnBaseline(runsFromPaths(paths, config, logger), { source: config.baseline.join(', '), session })
}

function describeSession(s: Baseline['session']): string {
  const parts = [s.field ? `field ${s.field}` : '', s.regex ? `regex ${s.regex}` : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(', then ') : 'nothing (it was learned without sessions)'
}
