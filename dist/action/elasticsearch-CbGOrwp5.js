import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { e as elasticsearchExports } from './index-CAKADorb.js';
import { S as ServiceError } from './index.js';
import 'node:events';
import 'tty';
import 'util';
import 'os';
import 'node:os';
import 'node:zlib';
import 'node:buffer';
import 'node:util';
import 'node:process';
import 'node:querystring';
import 'node:timers/promises';
import 'https';
import 'http';
import 'url';
import 'node:http';
import 'node:https';
import 'node:stream';
import 'node:url';
import 'node:assert';
import 'crypto';
import 'fs';
import 'path';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'node:net';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:fs/promises';
import 'node:path';
import 'module';
import 'node:fs';
import 'node:readline';
import 'node:crypto';
import 'process';
import 'buffer';
import 'node:stream/promises';

/**
 * Client errors as ServiceErrors. Messages name the operation and the status and error type the server
 * gave, never the URL (it may carry credentials) or request bodies (they hold records).
 */
function elasticsearchError(action, err) {
    if (err instanceof ServiceError)
        return err;
    if (err instanceof elasticsearchExports.errors.ResponseError) {
        const status = err.statusCode ?? 0;
        const body = err.body;
        const type = typeof body?.error === 'object' ? body.error.type : undefined;
        return new ServiceError(`Elasticsearch: ${action} failed: HTTP ${status}${type ? ` ${type}` : ''}`, {
            cause: err,
            retriable: status === 429 || status >= 500,
            hint: status === 401
                ? 'check LOGWARD_ELASTICSEARCH_API_KEY (or the user name and password)'
                : status === 403
                    ? 'the API key or user lacks privileges (create_index, index, manage_index_templates on logward-*)'
                    : status === 429
                        ? 'the cluster is overloaded: it will be retried; lower consume-concurrency if it persists'
                        : 'check the Elasticsearch log',
        });
    }
    if (err instanceof elasticsearchExports.errors.ConnectionError ||
        err instanceof elasticsearchExports.errors.TimeoutError ||
        err instanceof elasticsearchExports.errors.NoLivingConnectionsError)
        return new ServiceError(`Elasticsearch: ${action} failed: ${err.name}`, {
            cause: err,
            retriable: true,
            hint: 'check elasticsearch-url (LOGWARD_ELASTICSEARCH_URL), that the cluster is up, and elasticsearch-ca for HTTPS',
        });
    if (err instanceof elasticsearchExports.errors.ProductNotSupportedError)
        return new ServiceError(`Elasticsearch: ${action} failed: the server is not Elasticsearch`, {
            cause: err,
            hint: 'elasticsearch-url must point at Elasticsearch 8 or 9',
        });
    return new ServiceError(`Elasticsearch: ${action} failed: ${err.message ?? String(err)}`, {
        cause: err,
    });
}

/** Records fetched per scroll page: large enough to keep round trips few, small enough to bound memory. */
const PAGE = 2_000;
/** How long Elasticsearch keeps a scroll context between pages. */
const KEEP_ALIVE = '2m';
/** The index pattern the consumers write to: daily/monthly `<prefix>-*`, or the data stream `<prefix>`. */
function recordIndexPattern(prefix) {
    return `${prefix},${prefix}-*`;
}
function filterQuery(filter, runId) {
    const must = [{ exists: { field: 'ci.run_id' } }];
    const term = (field, value) => {
        if (value !== undefined)
            must.push({ term: { [field]: value } });
    };
    term('ci.repository', filter.repository);
    term('ci.workflow', filter.workflow);
    term('ci.job', filter.job);
    term('ci.ref', filter.ref);
    term('ci.run_id', runId);
    if (filter.services && filter.services.length > 0)
        must.push({ terms: { 'service.name': [...filter.services] } });
    if (filter.since)
        must.push({ range: { '@timestamp': { gte: filter.since } } });
    const mustNot = filter.excludeRunIds && filter.excludeRunIds.length > 0
        ? [{ terms: { 'ci.run_id': [...filter.excludeRunIds] } }]
        : [];
    return { bool: { filter: must, must_not: mustNot } };
}
/**
 * The newest `limit` runs that match, by their last record's time. One terms aggregation: a run id is a
 * keyword, and a baseline needs tens of runs, not thousands.
 */
async function listPastRuns(client, indexPattern, filter, limit) {
    let response;
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
        });
    }
    catch (err) {
        throw elasticsearchError(`list past runs in ${indexPattern}`, err);
    }
    const buckets = response.aggregations?.runs?.buckets ?? [];
    return buckets.map((b) => ({
        runId: String(b.key),
        records: b.doc_count,
        ...(b.first.value_as_string ? { first: b.first.value_as_string } : {}),
        ...(b.last.value_as_string ? { last: b.last.value_as_string } : {}),
        ...(b.sha.buckets[0] ? { sha: String(b.sha.buckets[0].key) } : {}),
    }));
}
/**
 * One run's records in log order (time, then source and line), in pages. A scroll rather than
 * search_after with a point in time: scroll is in every Elasticsearch distribution (point in time is not
 * in the OSS-only module set), and a finished run's records no longer change, so its snapshot semantics
 * cost nothing. The scroll is cleared however the reader stops.
 */
async function* readPastRun(client, indexPattern, runId, filter = {}) {
    let scrollId;
    try {
        let page;
        try {
            page = await client.search({
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
            });
        }
        catch (err) {
            throw elasticsearchError(`read run ${runId} from ${indexPattern}`, err);
        }
        for (;;) {
            scrollId = page._scroll_id ?? scrollId;
            const records = page.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
            if (records.length === 0)
                return;
            yield records;
            if (!scrollId || page.hits.hits.length < PAGE)
                return;
            try {
                page = await client.scroll({ scroll_id: scrollId, scroll: KEEP_ALIVE });
            }
            catch (err) {
                throw elasticsearchError(`read run ${runId} from ${indexPattern}`, err);
            }
        }
    }
    finally {
        if (scrollId)
            await client.clearScroll({ scroll_id: scrollId }).catch(() => undefined);
    }
}

export { listPastRuns, readPastRun, recordIndexPattern };
