import type { Client, estypes } from '@elastic/elasticsearch'
import type { LogRecord } from '../../core/record.js'
import { elasticsearchError } from '../../sinks/elasticsearch/errors.js'

/**
 * Past runs read back from Elasticsearch, for a baseline learned from what the consumers indexed rather
 * than from files on the runner. A run is the set of records with one `ci.run_id`; which runs count is a
 * filter on the other `ci.*` fields (same repository, workflow, job, branch), newest first.
 */
export interface PastRunFilter {
  repository?: string
  workflow?: string
  job?: string
  ref?: string
  services?: readonly string[]
  /** ISO time: only records at or after it. */
  since?: string
  /** Runs never to include (the run being judged). */
  excludeRunIds?: readonly string[]
}

export interface PastRunSummary {
  runId: string
  records: number
  first?: string
  last?: string
  sha?: string
}

/** Records fetched per scroll page: large enough to keep round trips few, small enough to bound memory. */
const PAGE = 2_000
/** How long Elasticsearch keeps a scroll context between pages. */
const KEEP_ALIVE = '2m'

/** The index pattern the consumers write to: daily/monthly `<prefix>-*`, or the data stream `<prefix>`. */
export function recordIndexPattern(prefix: string): string {
  return `${prefix},${prefix}-*`
}

function filterQuery(filter: PastRunFilter, runId?: string): estypes.QueryDslQueryContainer {
  const must: estypes.QueryDslQueryContainer[] = [{ exists: { field: 'ci.run_id' } }]
  const term = (field: string, value: string | undefined): void => {
    if (value !== undefined) must.push({ term: { [field]: value } })
  }
  term('ci.repository', filter.repository)
  term('ci.workflow', filter.workflow)
  term('ci.job', filter.job)
  term('ci.ref', filter.ref)
  term('ci.run_id', runId)
  if (filter.services && filter.services.length > 0)
    must.push({ terms: { 'service.name': [...filter.services] } })
  if (filter.since) must.push({ range: { '@timestamp': { gte: filter.since } } })
  const mustNot: estypes.QueryDslQueryContainer[] =
    filter.excludeRunIds && filter.excludeRunIds.length > 0
      ? [{ terms: { 'ci.run_id': [...filter.excludeRunIds] } }]
      : []
  return { bool: { filter: must, must_not: mustNot } }
}

/**
 * The newest `limit` runs that match, by their last record's time. One terms aggregation: a run id is a
 * keyword, and a baseline needs tens of runs, not thousands.
 */
export async function listPastRuns(
  client: Client,
  indexPattern: string,
  filter: PastRunFilter,
  limit: number,
): Promise<PastRunSummary[]> {
  let response: estypes.SearchResponse
  try {
    response = await client.search({
      index: indexPattern,
      ignore_unavailable: true,
      allow_no_indices: true,
      size: 0,
      query: filterQuery(filter),
      aggs: {
        runs: {
          terms: { field: 'ci.run_id', size: limit, order: { last: 'desc' } },
          aggs: {
            first: { min: { field: '@timestamp' } },
            last: { max: { field: '@timestamp' } },
            sha: { terms: { field: 'ci.sha', size: 1 } },
          },
        },
      },
    })
  } catch (err) {
    throw elasticsearchError(`list past runs in ${indexPattern}`, err)
  }
  type Bucket = {
    key: string
    doc_count: number
    first: { value_as_string?: string }
    last: { value_as_string?: string }
    sha: { buckets: { key: string }[] }
  }
  const buckets = (response.aggregations?.runs as { buckets?: Bucket[] } | undefined)?.buckets ?? []
  return buckets.map((b) => ({
    runId: String(b.key),
    records: b.doc_count,
    ...(b.first.value_as_string ? { first: b.first.value_as_string } : {}),
    ...(b.last.value_as_string ? { last: b.last.value_as_string } : {}),
    ...(b.sha.buckets[0] ? { sha: String(b.sha.buckets[0].key) } : {}),
  }))
}

/**
 * One run's records in log order (time, then source and line), in pages. A scroll rather than
 * search_after with a point in time: scroll is in every Elasticsearch distribution (point in time is not
 * in the OSS-only module set), and a finished run's records no longer change, so its snapshot semantics
 * cost nothing. The scroll is cleared however the reader stops.
 */
export async function* readPastRun(
  client: Client,
  indexPattern: string,
  runId: string,
  filter: PastRunFilter = {},
): AsyncGenerator<LogRecord[]> {
  let scrollId: string | undefined
  try {
    let page: estypes.SearchResponse<LogRecord>
    try {
      page = await client.search<LogRecord>({
        index: indexPattern,
        ignore_unavailable: true,
        allow_no_indices: true,
        scroll: KEEP_ALIVE,
        size: PAGE,
        query: filterQuery({ ...filter, excludeRunIds: [] }, runId),
        sort: [
          { '@timestamp': { order: 'asc', missing: '_first', unmapped_type: 'date' } },
          { 'log.file.path': { order: 'asc', unmapped_type: 'keyword' } },
          { 'log.file.line': { order: 'asc', unmapped_type: 'long' } },
        ],
      })
    } catch (err) {
      throw elasticsearchError(`read run ${runId} from ${indexPattern}`, err)
    }
    for (;;) {
      scrollId = page._scroll_id ?? scrollId
      const records = page.hits.hits.flatMap((h) => (h._source ? [h._source] : []))
      if (records.length === 0) return
      yield records
      if (!scrollId || page.hits.hits.length < PAGE) return
      try {
        page = await client.scroll<LogRecord>({ scroll_id: scrollId, scroll: KEEP_ALIVE })
      } catch (err) {
        throw elasticsearchError(`read run ${runId} from ${indexPattern}`, err)
      }
    }
  } finally {
    if (scrollId) await client.clearScroll({ scroll_id: scrollId }).catch(() => undefined)
  }
}
