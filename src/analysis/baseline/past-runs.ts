import type { LogwardConfig } from '../../config/schema.js'
import { ConfigError } from '../../core/errors.js'
import type { CiContext } from '../../core/record.js'
import { safeUrl } from '../../sinks/elasticsearch/config.js'
import { webHdfsClientFor } from '../../sinks/webhdfs/client.js'
import type { PastRunFilter } from '../../sources/past-runs/elasticsearch.js'
import { groupRuns } from '../../sources/past-runs/group-runs.js'
import { readHdfsLake, readLocalLake } from '../../sources/past-runs/lake.js'
import type { RunInput } from './runs.js'

/**
 * Where past runs are read from when they are not log files on this machine: what the pipeline stored.
 * Written as a `baseline` value: `elasticsearch:` (the indices `consume` writes, with the elasticsearch-*
 * settings), `hdfs:` or `hdfs:/root` (the HDFS lake, with the webhdfs-* settings), `lake:DIR` (a local lake,
 * e.g. the embedded store `.logward`).
 */
export type PastRunsLocation =
  { kind: 'elasticsearch' } | { kind: 'hdfs'; root?: string } | { kind: 'lake'; dir: string }

/** The location a `baseline` value names, or undefined when it is a path (or a model directory). */
export function parsePastRunsLocation(value: string): PastRunsLocation | undefined {
  if (value === 'elasticsearch:') return { kind: 'elasticsearch' }
  if (value === 'hdfs:') return { kind: 'hdfs' }
  if (value.startsWith('hdfs:/')) return { kind: 'hdfs', root: value.slice('hdfs:'.length) }
  if (value.startsWith('lake:') && value.length > 'lake:'.length)
    return { kind: 'lake', dir: value.slice('lake:'.length) }
  return undefined
}

export interface PastRuns {
  runs: RunInput[]
  /** For reports: where the runs came from (no credentials). */
  source: string
  /** Closes clients and removes the spooled runs. */
  dispose(): Promise<void>
}

/**
 * Which past runs: the newest `baseline-runs` of the same repository, workflow and job as the run judged
 * (its CI context), on `baseline-ref` when set, the judged run itself left out. Without a CI context
 * (a laptop), every run in the store qualifies.
 */
export function pastRunFilter(config: LogwardConfig, ci: CiContext): PastRunFilter {
  return {
    ...(ci.repository ? { repository: ci.repository } : {}),
    ...(ci.workflow ? { workflow: ci.workflow } : {}),
    ...(ci.job ? { job: ci.job } : {}),
    ...(config['baseline-ref'] ? { ref: config['baseline-ref'] } : {}),
    ...(ci.run_id ? { excludeRunIds: [ci.run_id] } : {}),
  }
}

/** Opens the past runs of a location: listed now, their records read when learning asks for them. */
export async function openPastRuns(
  location: PastRunsLocation,
  config: LogwardConfig,
  ci: CiContext,
): Promise<PastRuns> {
  const filter = pastRunFilter(config, ci)
  const limit = config['baseline-runs']
  switch (location.kind) {
    case 'elasticsearch': {
      // Loaded here: only a baseline read from Elasticsearch needs its client library.
      const [{ Client }, { elasticsearchClientOptions }, { listPastRuns, readPastRun, recordIndexPattern }] =
        await Promise.all([
          import('@elastic/elasticsearch'),
          import('../../sinks/elasticsearch/client-options.js'),
          import('../../sources/past-runs/elasticsearch.js'),
        ])
      const client = new Client(elasticsearchClientOptions(config))
      const index = recordIndexPattern(config['elasticsearch-index'])
      try {
        const listed = await listPastRuns(client, index, filter, limit)
        return {
          runs: listed.map((run) => ({
            name: `run ${run.runId}`,
            batches: () => readPastRun(client, index, run.runId, filter),
          })),
          source: `Elasticsearch ${safeUrl(config['elasticsearch-url'])} ${config['elasticsearch-index']}`,
          dispose: () => client.close(),
        }
      } catch (err) {
        await client.close()
        throw err
      }
    }
    case 'hdfs': {
      const client = webHdfsClientFor(config)
      const root = location.root ?? config['webhdfs-root']
      const grouped = await groupRuns(() => readHdfsLake(client, root), { filter, limit })
      return {
        runs: grouped.runs,
        source: `HDFS lake ${root}`,
        dispose: async () => grouped.dispose(),
      }
    }
    case 'lake': {
      const grouped = await groupRuns(() => readLocalLake(location.dir), { filter, limit })
      return { runs: grouped.runs, source: `lake ${location.dir}`, dispose: async () => grouped.dispose() }
    }
  }
}

/** The one error for a store that has no past run to learn from, with what to do. */
export function noPastRuns(source: string, filter: PastRunFilter): ConfigError {
  const by = [
    filter.repository && `repository ${filter.repository}`,
    filter.workflow && `workflow ${filter.workflow}`,
    filter.job && `job ${filter.job}`,
    filter.ref && `ref ${filter.ref}`,
  ].filter(Boolean)
  return new ConfigError(`no past runs in ${source}${by.length > 0 ? ` for ${by.join(', ')}` : ''}`, {
    hint: 'store runs there first (`logward analyze --store DIR` keeps a local lake; `logward ship` and `consume` fill Elasticsearch and HDFS), or widen the filter: baseline-ref, and the CI context (repository, job)',
  })
}
