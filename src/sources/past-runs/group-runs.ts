import type { LogRecord } from '../../core/record.js'
import { RecordSpool } from '../../pipeline/spool.js'
import type { PastRunFilter } from './elasticsearch.js'

/** A record of a lake (local or HDFS) and the partition it was read from (`dt/service`). */
export interface LakeRecord {
  record: LogRecord
  partition: string
}

/** One past run: a name and its records in batches; `batches()` may be called more than once. */
export interface PastRun {
  name: string
  records: number
  last?: string
  batches(): AsyncIterable<readonly LogRecord[]>
}

export interface GroupedRuns {
  runs: PastRun[]
  /** Removes the runs' temporary files. */
  dispose(): void
}

/** A record's run: its CI run id, else its partition (a lake written by `ship` may know no run). */
function runOf(item: LakeRecord): string {
  return item.record.ci?.run_id ? `run ${item.record.ci.run_id}` : item.partition
}

export function matchesFilter(record: LogRecord, filter: PastRunFilter): boolean {
  const ci = record.ci
  if (filter.repository !== undefined && ci?.repository !== filter.repository) return false
  if (filter.workflow !== undefined && ci?.workflow !== filter.workflow) return false
  if (filter.job !== undefined && ci?.job !== filter.job) return false
  if (filter.ref !== undefined && ci?.ref !== filter.ref) return false
  if (filter.excludeRunIds && ci?.run_id !== undefined && filter.excludeRunIds.includes(ci.run_id))
    return false
  if (filter.services && filter.services.length > 0 && !filter.services.includes(record.service?.name ?? ''))
    return false
  if (filter.since !== undefined && (record['@timestamp'] ?? '') < filter.since) return false
  return true
}

/**
 * The newest `limit` runs of a lake, grouped by CI run id. A lake is partitioned by day and service, not
 * by run, so a run's records are spread over many parts. Two passes, so memory does not grow with the
 * lake: the first counts records and finds the last time of every run; the second spools only the chosen
 * runs' records to temporary files (one per run, `limit` is tens). Within a run, records keep the lake's
 * order (day, service, part, line), which keeps each source's own order.
 */
export async function groupRuns(
  read: () => AsyncIterable<LakeRecord>,
  options: { filter?: PastRunFilter; limit: number },
): Promise<GroupedRuns> {
  const filter = options.filter ?? {}
  const seen = new Map<string, { records: number; last: string }>()
  for await (const item of read()) {
    if (!matchesFilter(item.record, filter)) continue
    const name = runOf(item)
    const s = seen.get(name) ?? { records: 0, last: '' }
    s.records++
    const ts = item.record['@timestamp'] ?? ''
    if (ts > s.last) s.last = ts
    seen.set(name, s)
  }
  const chosen = [...seen]
    .sort(([a, x], [b, y]) => (x.last === y.last ? (a < b ? -1 : 1) : x.last > y.last ? -1 : 1))
    .slice(0, options.limit)
  const spools = new Map(
    chosen.map(([name]) => [name, { spool: new RecordSpool(), batch: [] as LogRecord[] }]),
  )
  try {
    if (spools.size > 0) {
      for await (const item of read()) {
        if (!matchesFilter(item.record, filter)) continue
        const s = spools.get(runOf(item))
        if (!s) continue
        s.batch.push(item.record)
        if (s.batch.length >= 1000) await s.spool.append(s.batch.splice(0))
      }
      for (const s of spools.values()) {
        await s.spool.append(s.batch.splice(0))
        await s.spool.finish()
      }
    }
  } catch (err) {
    for (const s of spools.values()) s.spool.dispose()
    throw err
  }
  return {
    runs: chosen.map(([name, s]) => ({
      name,
      records: s.records,
      ...(s.last ? { last: s.last } : {}),
      batches: () => spools.get(name)!.spool.read(),
    })),
    dispose: () => {
      for (const s of spools.values()) s.spool.dispose()
    },
  }
}
