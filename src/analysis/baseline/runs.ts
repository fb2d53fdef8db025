import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { glob } from 'tinyglobby'
import type { LogwardConfig } from '../../config/schema.js'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import { ingest } from '../../pipeline/ingest.js'
import { groupRuns } from '../../sources/past-runs/group-runs.js'
import { readLocalLake } from '../../sources/past-runs/lake.js'

/**
 * One past run a baseline learns from: a name (a path, a CI run id, a lake partition) and its records in
 * batches. `batches()` may be called more than once (learning makes two passes: mine, then tally with the
 * final templates). Readers of Elasticsearch or HDFS plug in here as further `RunInput` producers.
 */
/** Runs `--from-lake` learns from by default: the newest twenty, a few weeks of a busy pipeline. */
export const DEFAULT_LAKE_RUNS = 20

export interface RunInput {
  name: string
  batches(): AsyncIterable<readonly LogRecord[]>
}

/**
 * One run per `baseline` entry that exists as named, else per glob match (a directory of logs, or a file).
 * A run that is also being judged is left out, so `--baseline 'runs/*'` can include the current run's
 * directory without comparing it with itself.
 */
export async function baselineRuns(config: Pick<LogwardConfig, 'baseline' | 'paths'>): Promise<string[]> {
  const judged = new Set(config.paths.map((p) => resolve(p)))
  const out: string[] = []
  for (const pattern of config.baseline) {
    const matches = existsSync(pattern)
      ? [pattern]
      : (await glob(pattern, { onlyFiles: false, expandDirectories: false })).sort()
    for (const m of matches) {
      const path = m.replace(/\/$/, '')
      if (!judged.has(resolve(path)) && !out.includes(path)) out.push(path)
    }
  }
  return out
}

/** Runs read from log paths with the same ingest settings (framing, redaction, time zone) as the run judged. */
export function runsFromPaths(paths: readonly string[], config: LogwardConfig, logger: Logger): RunInput[] {
  return paths.map((path) => ({
    name: path,
    batches: () =>
      ingest({
        config: { ...config, paths: [path] },
        logger: logger.child('baseline'),
        onInputError: (err) => logger.warn(`baseline ${path}: ${err.message}`),
      }),
  }))
}

/**
 * Runs from a local lake (the embedded store's `raw/`, or a copy of the HDFS lake), the newest `limit`:
 * grouped by `ci.run_id`, else by partition (day and service), by the past-runs reader that `analyze
 * --history` and the Elasticsearch/HDFS readers share (two passes, each run spooled to a temporary file,
 * so memory does not grow with the lake). `dispose()` removes the spools once learning is done.
 */
export async function runsFromLake(
  dir: string,
  limit = DEFAULT_LAKE_RUNS,
): Promise<{ runs: RunInput[]; dispose(): void }> {
  return groupRuns(() => readLocalLake(dir), { limit })
}
