import { createHash } from 'node:crypto'
import type { estypes } from '@elastic/elasticsearch'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import type { BulkDoc } from './bulk.js'
import { elasticsearchError } from './errors.js'
import type { ElasticsearchService } from './service.js'

/**
 * Per-window aggregates, as map/reduce. Map: each batch names the windows its records fall in
 * (`windowsOf`). Reduce: those windows are aggregated again from the record indices (a composite
 * aggregation by window and `service.name`, with counts by level and the top templates) and written as
 * rollup documents whose `_id` is the window and the key. Reducing from the indices, which hold each
 * record once whatever was redelivered, rather than adding a batch's counts to a running total, is what
 * makes this idempotent: a replayed batch recomputes the same numbers and overwrites them.
 */
export interface RollupOptions {
  /** Index pattern of the records (`logward-logs-*`, or the data stream). */
  source: string
  /** Rollups go to `<rollupPrefix>-YYYY.MM`: they are small, a month per index is plenty. */
  rollupPrefix: string
  windowMs: number
  /** `1m`, `5m`, … as Elasticsearch writes intervals. */
  window: string
  logger: Logger
  /** Top templates kept per window and service. Default 20. */
  topTemplates?: number
}

/** Disjoint time ranges one aggregation asks for; more windows than this are merged into wider ranges. */
const MAX_RANGES = 64
const PAGE = 500

export interface RollupDoc {
  '@timestamp': string
  rollup: { kind: 'service' | 'template'; window: string; window_end: string }
  service?: { name: string }
  count: number
  errors?: number
  error_rate?: number
  levels?: Record<string, number>
  template?: { id: string; text?: string }
}

export class RollupWriter {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly service: ElasticsearchService,
    private readonly options: RollupOptions,
  ) {}

  /** Map: the start (ms) of every window a record with a timestamp falls in. */
  windowsOf(records: Iterable<LogRecord>): Set<number> {
    const windows = new Set<number>()
    const w = this.options.windowMs
    for (const r of records) {
      const ts = r['@timestamp']
      if (!ts) continue
      const ms = Date.parse(ts)
      if (!Number.isNaN(ms)) windows.add(Math.floor(ms / w) * w)
    }
    return windows
  }

  /**
   * Reduce: aggregate these windows again and overwrite their rollups. Runs one at a time per process:
   * each run refreshes first, so it sees every record indexed before it started, and the last run to
   * write a window is one that saw all of them.
   */
  update(windows: ReadonlySet<number>): Promise<number> {
    const run = this.queue.then(() => this.reduce(windows))
    this.queue = run.catch(() => {})
    return run
  }

  private async reduce(windows: ReadonlySet<number>): Promise<number> {
    if (windows.size === 0) return 0
    // The pattern, not the batch's indices: a batch of old logs may touch hundreds of daily indices.
    await this.service.refresh(this.options.source.split(','))
    const ranges = toRanges(
      [...windows].sort((a, b) => a - b),
      this.options.windowMs,
    )
    const docs: BulkDoc[] = []
    let after: Record<string, string | number | null> | undefined
    for (;;) {
      const page = await this.search(ranges, after)
      const agg = page.aggregations?.windows as estypes.AggregationsCompositeAggregate | undefined
      const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[]
      for (const bucket of buckets) docs.push(...this.docsOf(bucket))
      if (buckets.length < PAGE || !agg?.after_key) break
      after = agg.after_key as Record<string, string | number | null>
    }
    const outcome = await this.service.bulk(docs)
    if (outcome.dead.length > 0)
      this.options.logger.warn(
        `rollups: ${outcome.dead.length} rollup document(s) refused: ${outcome.dead[0]!.reason}`,
      )
    return outcome.indexed
  }

  private async search(
    ranges: [number, number][],
    after: Record<string, string | number | null> | undefined,
  ): Promise<estypes.SearchResponse> {
    try {
      return await this.service.client.search({
        index: this.options.source,
        size: 0,
        ignore_unavailable: true,
        allow_no_indices: true,
        query: {
          bool: {
            filter: [
              {
                bool: {
                  should: ranges.map(([gte, lt]) => ({
                    range: { '@timestamp': { gte, lt, format: 'epoch_millis' } },
                  })),
                  minimum_should_match: 1,
                },
              },
            ],
          },
        },
        aggs: {
          windows: {
            composite: {
              size: PAGE,
              sources: [
                { window: { date_histogram: { field: '@timestamp', fixed_interval: this.options.window } } },
                { service: { terms: { field: 'service.name', missing_bucket: true } } },
              ],
              ...(after ? { after: after as Record<string, string | number> } : {}),
            },
            aggs: {
              levels: { terms: { field: 'log.level', size: 10, missing: 'none' } },
              templates: {
                terms: { field: 'logward.template_id', size: this.options.topTemplates ?? 20 },
                aggs: { text: { terms: { field: 'logward.template', size: 1 } } },
              },
            },
          },
        },
      })
    } catch (err) {
      throw elasticsearchError('rollup aggregation', err)
    }
  }

  private docsOf(bucket: estypes.AggregationsCompositeBucket): BulkDoc[] {
    const start = Number(bucket.key.window)
    const service =
      bucket.key.service === null || bucket.key.service === undefined ? undefined : String(bucket.key.service)
    const window = this.options.window
    const timestamp = new Date(start).toISOString()
    const base = {
      '@timestamp': timestamp,
      ...(service !== undefined ? { service: { name: service } } : {}),
    }
    const end = new Date(start + this.options.windowMs).toISOString()
    const levelBuckets = (bucket.levels as estypes.AggregationsStringTermsAggregate)
      .buckets as estypes.AggregationsStringTermsBucket[]
    const levels: Record<string, number> = {}
    for (const b of levelBuckets) levels[String(b.key)] = b.doc_count
    const errors = (levels.error ?? 0) + (levels.fatal ?? 0)
    const index = `${this.options.rollupPrefix}-${timestamp.slice(0, 7).replace(/-/g, '.')}`
    const docs: BulkDoc[] = []
    const serviceDoc: RollupDoc = {
      ...base,
      rollup: { kind: 'service', window, window_end: end },
      count: bucket.doc_count,
      errors,
      error_rate: bucket.doc_count > 0 ? errors / bucket.doc_count : 0,
      levels,
    }
    docs.push({
      id: rollupId(['service', window, start, service ?? '']),
      index,
      op: 'index',
      source: JSON.stringify(serviceDoc),
      ref: undefined,
    })
    const templateBuckets = (bucket.templates as estypes.AggregationsStringTermsAggregate)
      .buckets as estypes.AggregationsStringTermsBucket[]
    for (const t of templateBuckets) {
      const textBuckets = (t.text as estypes.AggregationsStringTermsAggregate)
        .buckets as estypes.AggregationsStringTermsBucket[]
      const text = textBuckets[0]?.key
      const doc: RollupDoc = {
        ...base,
        rollup: { kind: 'template', window, window_end: end },
        count: t.doc_count,
        template: { id: String(t.key), ...(text !== undefined ? { text: String(text) } : {}) },
      }
      docs.push({
        id: rollupId(['template', window, start, service ?? '', String(t.key)]),
        index,
        op: 'index',
        source: JSON.stringify(doc),
        ref: undefined,
      })
    }
    return docs
  }
}

/** A rollup's id: its kind, window size, window start and key; the same window and key, the same id. */
export function rollupId(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 20)
}

/** Sorted window starts → at most MAX_RANGES [start, end) ranges covering them (closing the smallest gaps). */
export function toRanges(starts: readonly number[], windowMs: number): [number, number][] {
  const ranges: [number, number][] = []
  for (const s of starts) {
    const last = ranges.at(-1)
    if (last && s <= last[1]) last[1] = Math.max(last[1], s + windowMs)
    else ranges.push([s, s + windowMs])
  }
  while (ranges.length > MAX_RANGES) {
    let best = 0
    for (let i = 1; i < ranges.length - 1; i++)
      if (ranges[i + 1]![0] - ranges[i]![1] < ranges[best + 1]![0] - ranges[best]![1]) best = i
    ranges[best]![1] = ranges[best + 1]![1]
    ranges.splice(best + 1, 1)
  }
  return ranges
}

/** The rollup index prefix beside a record prefix; never inside its `<prefix>-*` pattern. */
export function rollupPrefixFor(prefix: string): string {
  return prefix.endsWith('-logs') ? `${prefix.slice(0, -'-logs'.length)}-rollup` : `${prefix}_rollup`
}
