import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { glob } from 'tinyglobby'
import type { LogwardConfig } from '../../config/schema.js'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import { ingest } from '../../pipeline/ingest.js'

/**
 * One past run a baseline learns from: a name (a path, a CI run id, a lake partition) and its records in
 * batches. `batches()` may be called more than once (learning makes two passes: mine, then tally with the
 * final templates). Readers of Elasticsearch or HDFS plug in here as further `RunInput` producers.
 */
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
