import type { LogwardConfig } from '../../config/schema.js'
import { ConfigError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import type { CiContext } from '../../core/record.js'
import { learnBaseline } from './learn.js'
import {
  noPastRuns,
  openPastRuns,
  parsePastRunsLocation,
  pastRunFilter,
  type PastRunsLocation,
} from './past-runs.js'
import type { Baseline } from './model.js'
import { baselineRuns, runsFromPaths } from './runs.js'
import { isBaselineModel, loadBaseline } from './store.js'

export { learnBaseline, type LearnOptions } from './learn.js'
export * from './model.js'
export { baselineRuns, runsFromPaths, type RunInput } from './runs.js'
export { isBaselineModel, loadBaseline, saveBaseline } from './store.js'

/**
 * The baseline `analyze --baseline X` compares against: X is a model directory (has baseline.json, from
 * `logward baseline learn`), loaded; or logs of passing runs, learned in memory the same way (each glob
 * match is one run). Either way the findings are computed by the same code afterwards.
 */
export async function resolveBaseline(
  config: LogwardConfig,
  logger: Logger,
  ci: CiContext = {},
): Promise<Baseline | undefined> {
  const [first] = config.baseline
  const location = first === undefined ? undefined : parsePastRunsLocation(first)
  if (location) {
    if (config.baseline.length > 1) {
      throw new ConfigError(`baseline: ${first} names a store; give it alone, not with other paths`, {
        hint: 'one baseline: a model directory, log paths, or one of elasticsearch:, hdfs:, lake:DIR',
      })
    }
    return learnFromStore(location, config, logger, ci)
  }
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
  return learnBaseline(runsFromPaths(paths, config, logger), {
    source: config.baseline.join(', '),
    session: sessionSettings(config),
  })
}

/**
 * A baseline learned now from the past runs a store holds. None there (a new project, a filter that
 * matches nothing) is not an error for `analyze`: it warns and judges the run without a baseline.
 */
async function learnFromStore(
  location: PastRunsLocation,
  config: LogwardConfig,
  logger: Logger,
  ci: CiContext,
): Promise<Baseline | undefined> {
  const past = await openPastRuns(location, config, ci)
  try {
    if (past.runs.length === 0) {
      logger.warn(`${noPastRuns(past.source, pastRunFilter(config, ci)).message}: judging without a baseline`)
      return undefined
    }
    logger.info(`baseline: learning from ${past.runs.length} past runs in ${past.source}`)
    return await learnBaseline(past.runs, { source: past.source, session: sessionSettings(config) })
  } finally {
    await past.dispose()
  }
}

/** The session settings as `learnBaseline` takes them. */
export function sessionSettings(config: LogwardConfig): { field?: string; regex?: string } {
  return {
    ...(config['session-field'] ? { field: config['session-field'] } : {}),
    ...(config['session-regex'] ? { regex: config['session-regex'] } : {}),
  }
}

function describeSession(s: Baseline['session']): string {
  const parts = [s.field ? `field ${s.field}` : '', s.regex ? `regex ${s.regex}` : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(', then ') : 'nothing (it was learned without sessions)'
}
