import { existsSync } from 'node:fs'
import { glob } from 'tinyglobby'
import type { LogwardConfig } from '../config/schema.js'
import type { Logger } from '../core/logger.js'
import { ingest } from '../pipeline/ingest.js'
import { TemplateMiner } from '../transforms/mine/index.js'
import { miningText } from './mining-text.js'

export interface LearnedBaseline {
  miner: TemplateMiner
  source: string
  runs: number
  records: number
}

/**
 * The template vocabulary of passing runs: their logs are read with the same settings as the run under
 * analysis and mined into their own miner, which the run is then matched against in match-only mode.
 * `runs` counts the inputs named (each directory or file given, after glob expansion, is one run).
 */
export async function learnBaseline(config: LogwardConfig, logger: Logger): Promise<LearnedBaseline> {
  const miner = new TemplateMiner()
  let records = 0
  const baselineConfig = { ...config, paths: [...config.baseline] }
  for await (const batch of ingest({
    config: baselineConfig,
    logger: logger.child('baseline'),
    onInputError: (err) => logger.warn(`baseline: ${err.message}`),
  })) {
    for (const record of batch) miner.add(miningText(record))
    records += batch.length
  }
  let runs = 0
  for (const pattern of config.baseline) {
    runs += existsSync(pattern)
      ? 1
      : (await glob(pattern, { onlyFiles: false, expandDirectories: false })).length
  }
  return { miner, source: config.baseline.join(', '), runs, records }
}
