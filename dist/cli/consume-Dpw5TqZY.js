import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { S as ServiceError, L as LogwardError, O as Option, E as ExitCode } from './index.js';
import { e as safeUrl, R as ROLLUP_WINDOW_MS, f as deadLetterTopic, E as ELASTICSEARCH_KEYS, W as WEBHDFS_KEYS, C as CONSUME_KEYS, K as KAFKA_KEYS } from './logger-DezpSed9.js';
import { e as elasticsearchExports } from './index-BX5jLJuX.js';
import { e as partitionDay, b as partitionPath, c as partitionOf, f as escapePartitionValue } from './partition-DchxXmCP.js';
import { elasticsearchClientOptions } from './client-options-f__n57Sh.js';
import { createHash, randomBytes } from 'node:crypto';
import { e as elasticsearchError } from './errors-CQmBkU_W.js';
import { r as retry } from './retry-CQdCV2e0.js';
import { k as kafkaError, b as kafkajsExports, c as createKafka, h as hasFields, t as topicPattern, a as addPipelineFlags, m as mergedKeys, r as resolvePipelineSettings } from './open-BXQORT6A.js';
import { W as WebHdfsError, w as webHdfsClientFor } from './client-CIH8O2p4.js';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { d as decodeMessage } from './decode-DUAH-aNB.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import 'process';
import 'buffer';
import 'node:fs/promises';
import 'tty';
import 'util';
import 'os';
import 'node:os';
import 'node:buffer';
import 'node:querystring';
import 'node:timers/promises';
import 'https';
import 'http';
import 'url';
import 'node:http';
import 'node:https';
import 'node:stream';
import './index-BRabQE79.js';
import 'node:assert';
import 'node:net';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import './time-spec-0F7VOSkE.js';
import 'events';
import 'zlib';
import 'crypto';
import 'assert';
import 'net';
import 'tls';
import './record-id-C-QpKwJj.js';

const UNDATED_SUFFIX = 'undated';
/**
 * Where a record goes: `<prefix>-YYYY.MM.DD` (or `-YYYY.MM`) by its `@timestamp` (UTC), `<prefix>-undated` without a
 * usable one. The index must follow from the record alone: were it the day it arrived, a record shipped
 * twice on two days would land in two indices, and `_id` de-duplicates only within one. Data streams
 * take dated records only (they route by `@timestamp` themselves), so undated ones go to the index.
 */
function indexFor(record, prefix, mode) {
    const day = partitionDay(record, '');
    if (day === '')
        return { index: `${prefix}-${UNDATED_SUFFIX}`, op: 'index' };
    if (mode === 'data-stream')
        return { index: prefix, op: 'create' };
    const period = mode === 'monthly' ? day.slice(0, 7) : day;
    return { index: `${prefix}-${period.replace(/-/g, '.')}`, op: 'index' };
}
function toBulkDoc(record, id, prefix, mode, ref) {
    const { index, op } = indexFor(record, prefix, mode);
    return { id, index, op, source: JSON.stringify(record), ref };
}
/** Docs cut into requests of at most `maxBytes` (a document larger than that goes alone). */
function chunkDocs(docs, maxBytes) {
    const chunks = [];
    let current = [];
    let bytes = 0;
    for (const doc of docs) {
        // Action line (~80 bytes) + source + two newlines; `length` counts UTF-16 units, close enough here.
        const size = doc.source.length + doc.index.length + doc.id.length + 48;
        if (current.length > 0 && bytes + size > maxBytes) {
            chunks.push(current);
            current = [];
            bytes = 0;
        }
        current.push(doc);
        bytes += size;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/** NDJSON lines of a bulk request (the client sends strings as they are). */
function bulkLines(docs) {
    const lines = [];
    for (const doc of docs) {
        lines.push(JSON.stringify({ [doc.op]: { _index: doc.index, _id: doc.id } }));
        lines.push(doc.source);
    }
    return lines;
}
/** Error types that say "not now", not "never" (even inside an HTTP 200 bulk answer). */
const RETRIABLE_TYPES = new Set([
    'es_rejected_execution_exception',
    'circuit_breaking_exception',
    'unavailable_shards_exception',
    'cluster_block_exception',
    'node_not_connected_exception',
    'no_shard_available_action_exception',
    'primary_missing_action_exception',
    'process_cluster_event_timeout_exception',
]);
/**
 * One item of a bulk response: done, worth retrying (429, 5xx, rejected execution, shards not ready),
 * or dead (the document itself is refused: a mapping conflict, a malformed value). A 409 on `create` means
 * the document is already there (a data stream de-duplicating a redelivery): done.
 */
function classifyItem(item) {
    const result = item.index ?? item.create ?? item.update ?? item.delete;
    if (!result)
        return { kind: 'dead', status: 0, reason: 'empty bulk item' };
    const status = result.status;
    if (status >= 200 && status < 300)
        return { kind: 'ok' };
    if (status === 409 && item.create)
        return { kind: 'ok' };
    const error = result.error;
    const type = error?.type ?? 'unknown';
    const reason = `${type}: ${error?.reason ?? `HTTP ${status}`}${error?.caused_by?.reason ? ` (${error.caused_by.reason})` : ''}`;
    if (status === 429 || status >= 500 || RETRIABLE_TYPES.has(type))
        return { kind: 'retry', reason };
    return { kind: 'dead', status, reason };
}

/** Disjoint time ranges one aggregation asks for; more windows than this are merged into wider ranges. */
const MAX_RANGES = 64;
const PAGE = 500;
class RollupWriter {
    service;
    options;
    queue = Promise.resolve();
    constructor(service, options) {
        this.service = service;
        this.options = options;
    }
    /** Map: the start (ms) of every window a record with a timestamp falls in. */
    windowsOf(records) {
        const windows = new Set();
        const w = this.options.windowMs;
        for (const r of records) {
            const ts = r['@timestamp'];
            if (!ts)
                continue;
            const ms = Date.parse(ts);
            if (!Number.isNaN(ms))
                windows.add(Math.floor(ms / w) * w);
        }
        return windows;
    }
    /**
     * Reduce: aggregate these windows again and overwrite their rollups. Runs one at a time per process:
     * each run refreshes first, so it sees every record indexed before it started, and the last run to
     * write a window is one that saw all of them.
     */
    update(windows) {
        const run = this.queue.then(() => this.reduce(windows));
        this.queue = run.catch(() => { });
        return run;
    }
    async reduce(windows) {
        if (windows.size === 0)
            return 0;
        // The pattern, not the batch's indices: a batch of old logs may touch hundreds of daily indices.
        await this.service.refresh(this.options.source.split(','));
        const ranges = toRanges([...windows].sort((a, b) => a - b), this.options.windowMs);
        const docs = [];
        let after;
        for (;;) {
            const page = await this.search(ranges, after);
            const agg = page.aggregations?.windows;
            const buckets = (agg?.buckets ?? []);
            for (const bucket of buckets)
                docs.push(...this.docsOf(bucket));
            if (buckets.length < PAGE || !agg?.after_key)
                break;
            after = agg.after_key;
        }
        const outcome = await this.service.bulk(docs);
        if (outcome.dead.length > 0)
            this.options.logger.warn(`rollups: ${outcome.dead.length} rollup document(s) refused: ${outcome.dead[0].reason}`);
        return outcome.indexed;
    }
    async search(ranges, after) {
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
                            ...(after ? { after: after } : {}),
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
            });
        }
        catch (err) {
            throw elasticsearchError('rollup aggregation', err);
        }
    }
    docsOf(bucket) {
        const start = Number(bucket.key.window);
        const service = bucket.key.service === null || bucket.key.service === undefined ? undefined : String(bucket.key.service);
        const window = this.options.window;
        const timestamp = new Date(start).toISOString();
        const base = {
            '@timestamp': timestamp,
            ...(service !== undefined ? { service: { name: service } } : {}),
        };
        const end = new Date(start + this.options.windowMs).toISOString();
        const levelBuckets = bucket.levels
            .buckets;
        const levels = {};
        for (const b of levelBuckets)
            levels[String(b.key)] = b.doc_count;
        const errors = (levels.error ?? 0) + (levels.fatal ?? 0);
        const index = `${this.options.rollupPrefix}-${timestamp.slice(0, 7).replace(/-/g, '.')}`;
        const docs = [];
        const serviceDoc = {
            ...base,
            rollup: { kind: 'service', window, window_end: end },
            count: bucket.doc_count,
            errors,
            error_rate: bucket.doc_count > 0 ? errors / bucket.doc_count : 0,
            levels,
        };
        docs.push({
            id: rollupId(['service', window, start, service ?? '']),
            index,
            op: 'index',
            source: JSON.stringify(serviceDoc),
            ref: undefined,
        });
        const templateBuckets = bucket.templates
            .buckets;
        for (const t of templateBuckets) {
            const textBuckets = t.text
                .buckets;
            const text = textBuckets[0]?.key;
            const doc = {
                ...base,
                rollup: { kind: 'template', window, window_end: end },
                count: t.doc_count,
                template: { id: String(t.key), ...(text !== undefined ? { text: String(text) } : {}) },
            };
            docs.push({
                id: rollupId(['template', window, start, service ?? '', String(t.key)]),
                index,
                op: 'index',
                source: JSON.stringify(doc),
                ref: undefined,
            });
        }
        return docs;
    }
}
/** A rollup's id: its kind, window size, window start and key; the same window and key, the same id. */
function rollupId(parts) {
    return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 20);
}
/** Sorted window starts → at most MAX_RANGES [start, end) ranges covering them (closing the smallest gaps). */
function toRanges(starts, windowMs) {
    const ranges = [];
    for (const s of starts) {
        const last = ranges.at(-1);
        if (last && s <= last[1])
            last[1] = Math.max(last[1], s + windowMs);
        else
            ranges.push([s, s + windowMs]);
    }
    while (ranges.length > MAX_RANGES) {
        let best = 0;
        for (let i = 1; i < ranges.length - 1; i++)
            if (ranges[i + 1][0] - ranges[i][1] < ranges[best + 1][0] - ranges[best][1])
                best = i;
        ranges[best][1] = ranges[best + 1][1];
        ranges.splice(best + 1, 1);
    }
    return ranges;
}
/** The rollup index prefix beside a record prefix; never inside its `<prefix>-*` pattern. */
function rollupPrefixFor(prefix) {
    return prefix.endsWith('-logs') ? `${prefix.slice(0, -'-logs'.length)}-rollup` : `${prefix}_rollup`;
}

/**
 * The I/O half of the Elasticsearch sink: bulk requests with per-item results checked. An HTTP 200 bulk
 * answer may still refuse some items: those worth retrying (429, `es_rejected_execution_exception`) are
 * sent again, alone, with backoff (core/retry); those refused for good come back as dead letters.
 */
class ElasticsearchService {
    client;
    logger;
    retryOptions;
    constructor(client, logger, retryOptions = {}) {
        this.client = client;
        this.logger = logger;
        this.retryOptions = retryOptions;
    }
    /** The server's version; warns when the v8 client does not support it. */
    async checkVersion() {
        try {
            const info = await this.client.info();
            const version = info.version.number;
            const major = Number(version.split('.')[0]);
            if (major < 8 || major > 9)
                this.logger.warn(`Elasticsearch ${version}: logward's client supports 8.x and 9.x servers`);
            return version;
        }
        catch (err) {
            throw elasticsearchError('connect', err);
        }
    }
    /**
     * Whether the cluster has data streams. Asked, not assumed: a cluster without the data-streams module
     * (or this project's embedded test node) answers GET /_data_stream with 400, 404 or 405.
     */
    async supportsDataStreams() {
        try {
            await this.client.indices.getDataStream({ name: '*' });
            return true;
        }
        catch (err) {
            const status = err.statusCode;
            if (status === 400 || status === 404 || status === 405)
                return false;
            throw elasticsearchError('check data streams', err);
        }
    }
    /** Create or update an index template (PUT is idempotent: running it on every start is safe). */
    async putIndexTemplate(request) {
        try {
            await this.client.indices.putIndexTemplate(request);
        }
        catch (err) {
            throw elasticsearchError(`install index template ${request.name}`, err);
        }
    }
    async bulk(docs) {
        const dead = [];
        let pending = [...docs];
        let retries = 0;
        let indexed = 0;
        await retry(async () => {
            const response = await this.send(pending);
            const again = [];
            let lastReason = '';
            response.items.forEach((item, i) => {
                const doc = pending[i];
                const outcome = classifyItem(item);
                if (outcome.kind === 'ok')
                    indexed++;
                else if (outcome.kind === 'dead')
                    dead.push({ doc, status: outcome.status, reason: outcome.reason });
                else {
                    again.push(doc);
                    lastReason = outcome.reason;
                }
            });
            pending = again;
            if (again.length > 0) {
                retries += again.length;
                throw new ServiceError(`Elasticsearch: ${again.length} bulk item(s) not accepted yet: ${lastReason.split(':')[0]}`, {
                    retriable: true,
                    hint: 'the cluster is overloaded: lower consume-concurrency or elasticsearch-bulk-bytes, or add nodes',
                });
            }
        }, {
            retries: 10,
            initialDelayMs: 500,
            maxDelayMs: 30_000,
            onRetry: (err, attempt, delay) => this.logger.warn(`${err.message}; retry ${attempt} in ${(delay / 1000).toFixed(1)} s`),
            ...this.retryOptions,
        });
        return { indexed, dead, retries };
    }
    async refresh(indices) {
        if (indices.length === 0)
            return;
        try {
            await this.client.indices.refresh({
                index: [...indices],
                ignore_unavailable: true,
                allow_no_indices: true,
            });
        }
        catch (err) {
            throw elasticsearchError('refresh', err);
        }
    }
    async send(docs) {
        try {
            return await this.client.bulk({ operations: bulkLines(docs) });
        }
        catch (err) {
            throw elasticsearchError(`bulk of ${docs.length} documents`, err);
        }
    }
}

/**
 * ECS types for the fields a LogRecord has (src/core/record.ts). `dynamic: false`: a field not listed is
 * kept in `_source` but not indexed, so odd input can never grow the mapping without bound. Free text
 * (`message`, stack traces) is `text`; what is filtered or aggregated on is `keyword`; `labels` (any
 * key/value found in a line) is one `flattened` field, whatever its keys.
 */
const keyword = { type: 'keyword', ignore_above: 1024 };
const long = { type: 'long' };
const RECORD_MAPPINGS = {
    dynamic: false,
    properties: {
        '@timestamp': { type: 'date' },
        message: { type: 'text' },
        log: {
            properties: {
                level: keyword,
                logger: keyword,
                original_level: keyword,
                file: { properties: { path: keyword, line: long } },
            },
        },
        service: { properties: { name: keyword } },
        host: { properties: { name: keyword } },
        process: { properties: { pid: long, thread: { properties: { name: keyword } } } },
        error: { properties: { stack_trace: { type: 'text' }, type: keyword } },
        http: {
            properties: {
                request: { properties: { method: keyword } },
                response: { properties: { status_code: long, body: { properties: { bytes: long } } } },
            },
        },
        url: { properties: { original: { type: 'keyword', ignore_above: 8191 } } },
        // keyword, not ip: a parser's guess at an address must not make a record fail to index.
        source: { properties: { ip: keyword } },
        user_agent: { properties: { original: keyword } },
        labels: { type: 'flattened' },
        ci: {
            properties: {
                provider: keyword,
                repository: keyword,
                sha: keyword,
                ref: keyword,
                run_id: keyword,
                run_attempt: keyword,
                workflow: keyword,
                job: keyword,
                pr: long,
                environment: keyword,
            },
        },
        event: { properties: { dataset: keyword } },
        logward: {
            properties: {
                format: keyword,
                lines: long,
                truncated: { type: 'boolean' },
                redactions: long,
                group: keyword,
                template_id: keyword,
                template: keyword,
            },
        },
    },
};
/** Rollup documents (src/sinks/elasticsearch/rollup.ts). */
const ROLLUP_MAPPINGS = {
    dynamic: false,
    properties: {
        '@timestamp': { type: 'date' },
        rollup: { properties: { kind: keyword, window: keyword, window_end: { type: 'date' } } },
        service: { properties: { name: keyword } },
        count: long,
        errors: long,
        error_rate: { type: 'double' },
        levels: { type: 'flattened' },
        template: { properties: { id: keyword, text: keyword } },
    },
};

function settings(s) {
    return { number_of_shards: s.shards, number_of_replicas: s.replicas };
}
function recordIndexTemplate(s) {
    return {
        name: s.prefix,
        index_patterns: [`${s.prefix}-*`],
        priority: 200,
        template: { settings: settings(s), mappings: RECORD_MAPPINGS },
        _meta: { managed_by: 'logward', description: 'logward records, daily indices' },
    };
}
function recordDataStreamTemplate(s) {
    return {
        name: `${s.prefix}-data-stream`,
        index_patterns: [s.prefix],
        data_stream: {},
        priority: 201,
        template: { settings: settings(s), mappings: RECORD_MAPPINGS },
        _meta: { managed_by: 'logward', description: 'logward records, data stream' },
    };
}
function rollupIndexTemplate(s) {
    return {
        name: s.rollupPrefix,
        index_patterns: [`${s.rollupPrefix}-*`],
        priority: 200,
        template: { settings: settings(s), mappings: ROLLUP_MAPPINGS },
        _meta: { managed_by: 'logward', description: 'logward per-window aggregates' },
    };
}

/**
 * The sink loop of Elasticsearch: a batch of records becomes bulk requests of at most
 * `elasticsearch-bulk-bytes`, up to `elasticsearch-bulk-concurrency` at once (besides the partitions a
 * consumer works on at once), then the rollups of the windows the batch touched are recomputed. Resolves once
 * Elasticsearch confirmed every item, or gave a reason never to retry it (a dead letter).
 */
class ElasticsearchSink {
    service;
    prefix;
    mode;
    bulkBytes;
    bulkConcurrency;
    rollups;
    logger;
    name = 'elasticsearch';
    constructor(service, prefix, mode, bulkBytes, bulkConcurrency, rollups, logger) {
        this.service = service;
        this.prefix = prefix;
        this.mode = mode;
        this.bulkBytes = bulkBytes;
        this.bulkConcurrency = bulkConcurrency;
        this.rollups = rollups;
        this.logger = logger;
    }
    /** Connect, pick daily indices or a data stream (when asked for and supported), install the templates. */
    static async open(settings, logger) {
        const client = new elasticsearchExports.Client(elasticsearchClientOptions(settings));
        const service = new ElasticsearchService(client, logger);
        try {
            const version = await service.checkVersion();
            logger.debug(`Elasticsearch ${version} at ${safeUrl(settings['elasticsearch-url'])}`);
            const prefix = settings['elasticsearch-index'];
            let mode = settings['elasticsearch-index-mode'];
            if (mode === 'data-stream' && !(await service.supportsDataStreams())) {
                logger.warn(`Elasticsearch at ${safeUrl(settings['elasticsearch-url'])} has no data streams; writing daily indices ${prefix}-YYYY.MM.DD instead`);
                mode = 'daily';
            }
            const rollupPrefix = rollupPrefixFor(prefix);
            const templateSettings = {
                prefix,
                rollupPrefix,
                shards: settings['elasticsearch-shards'],
                replicas: settings['elasticsearch-replicas'],
            };
            // Daily indices always: undated records go to `<prefix>-undated` even in data-stream mode.
            await service.putIndexTemplate(recordIndexTemplate(templateSettings));
            if (mode === 'data-stream')
                await service.putIndexTemplate(recordDataStreamTemplate(templateSettings));
            const rollups = settings['elasticsearch-rollups']
                ? new RollupWriter(service, {
                    source: mode === 'data-stream' ? `${prefix},${prefix}-*` : `${prefix}-*`,
                    rollupPrefix,
                    windowMs: ROLLUP_WINDOW_MS[settings['rollup-window']],
                    window: settings['rollup-window'],
                    logger,
                })
                : undefined;
            if (rollups)
                await service.putIndexTemplate(rollupIndexTemplate(templateSettings));
            return new ElasticsearchSink(service, prefix, mode, settings['elasticsearch-bulk-bytes'], settings['elasticsearch-bulk-concurrency'], rollups, logger);
        }
        catch (err) {
            await client.close().catch(() => { });
            throw err;
        }
    }
    async writeBatch(items) {
        const docs = items.map((item) => toBulkDoc(item.record, item.id, this.prefix, this.mode, item.ref));
        const result = { indexed: 0, dead: [], indices: [...new Set(docs.map((d) => d.index))] };
        const started = Date.now();
        // Chunks are independent (each item's result is checked on its own), so several can be in flight.
        const chunks = chunkDocs(docs, this.bulkBytes);
        let next = 0;
        const worker = async () => {
            while (next < chunks.length) {
                const outcome = await this.service.bulk(chunks[next++]);
                result.indexed += outcome.indexed;
                result.dead.push(...outcome.dead);
            }
        };
        await Promise.all(Array.from({ length: Math.min(this.bulkConcurrency, chunks.length) }, worker));
        const bulked = Date.now();
        if (this.rollups)
            await this.rollups.update(this.rollups.windowsOf(items.map((i) => i.record)));
        this.logger.debug(`bulk ${docs.length} docs ${bulked - started} ms, rollups ${Date.now() - bulked} ms`);
        return result;
    }
    async close() {
        await this.service.client.close();
    }
}

const gzipAsync = promisify(gzip);
function partName(origin) {
    const topic = origin.withTopic ? `${origin.topic}-` : '';
    return `part-${topic}${origin.partition}-${origin.firstOffset}-${origin.lastOffset}.ndjson.gz`;
}
/** The batch's records grouped by partition directory, in batch order within each. */
function planParts(root, items, origin) {
    const byDir = new Map();
    for (const { record, ingestDay } of items) {
        const dir = `${root.replace(/\/+$/, '')}/${partitionPath(partitionOf(record, ingestDay))}`;
        let list = byDir.get(dir);
        if (!list)
            byDir.set(dir, (list = []));
        list.push(record);
    }
    const name = partName(origin);
    return [...byDir].map(([dir, records]) => ({ dir, name, records }));
}
/** NDJSON, gzip-compressed (level 6, as the local lake). Runs on the libuv pool, off the event loop. */
async function partBody(records) {
    let text = '';
    for (const r of records)
        text += JSON.stringify(r) + '\n';
    return gzipAsync(Buffer.from(text), { level: 6 });
}

/**
 * The sink loop of the HDFS lake. Each Kafka batch becomes one part per partition directory, written
 * under a dot-prefixed temporary name (readers, Hive and Spark skip it) and renamed into place, so no
 * reader ever sees half a part. A part's name is the batch's offsets, so the same batch makes the same
 * names. But after a crash the redelivered batch may end elsewhere (a fetch returns what the broker has
 * then), so names alone cannot prevent a duplicate. Hence the intent: before its parts, a batch records
 * its offsets and part paths in `<root>/_logward/consumers/<group>/<topic>/<partition>.json`. When a
 * partition is taken up again at an offset that intent covers, that batch was never committed: its parts
 * are deleted before the batch is written again (the Kafka Connect HDFS connector's write-ahead log,
 * reduced to one batch because offsets are committed after every batch).
 */
class WebHdfsSink {
    client;
    options;
    name = 'webhdfs';
    /** Next offset expected per topic/partition; a batch starting elsewhere is a redelivery. */
    expected = new Map();
    root;
    concurrency;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.root = options.root.replace(/\/+$/, '');
        this.concurrency = options.concurrency ?? 8;
    }
    /** Write a batch's records; resolves with the part paths once every part is in place. */
    async writeBatch(items, origin) {
        const key = `${origin.topic}\u0000${origin.partition}`;
        const first = BigInt(origin.firstOffset);
        if (this.expected.get(key) !== first)
            await this.recover(origin);
        const parts = planParts(this.root, items, origin);
        const files = parts.map((p) => `${p.dir}/${p.name}`);
        await this.saveIntent({
            topic: origin.topic,
            partition: origin.partition,
            first: origin.firstOffset,
            last: origin.lastOffset,
            files,
        });
        let next = 0;
        const worker = async () => {
            while (next < parts.length) {
                const part = parts[next++];
                await this.writePart(part.dir, part.name, await partBody(part.records));
            }
        };
        await Promise.all(Array.from({ length: Math.min(this.concurrency, parts.length) }, worker));
        this.expected.set(key, BigInt(origin.lastOffset) + 1n);
        return files;
    }
    /** A batch with nothing for the lake (a backfill from it): only its offsets move on. */
    skip(origin) {
        this.expected.set(`${origin.topic}\u0000${origin.partition}`, BigInt(origin.lastOffset) + 1n);
    }
    /** Forget what was expected (after a rebalance the next batch of a partition is checked again). */
    reset() {
        this.expected.clear();
    }
    /** Remove the parts of an uncommitted batch this partition is about to process again. */
    async recover(origin) {
        const intent = await this.loadIntent(origin.topic, origin.partition);
        if (!intent)
            return;
        if (BigInt(origin.firstOffset) > BigInt(intent.last))
            return;
        let removed = 0;
        for (const file of intent.files)
            if (await this.client.delete(file))
                removed++;
        if (removed > 0)
            this.options.logger.info(`webhdfs: removed ${removed} part file(s) of ${origin.topic}/${origin.partition} offsets ${intent.first}-${intent.last}, written but never committed; writing them again`);
    }
    intentPath(topic, partition) {
        return `${this.root}/_logward/consumers/${escapePartitionValue(this.options.group)}/${escapePartitionValue(topic)}/${partition}.json`;
    }
    async loadIntent(topic, partition) {
        const path = this.intentPath(topic, partition);
        if (!(await this.client.status(path)))
            return undefined;
        const text = (await this.client.read(path)).toString('utf8');
        try {
            return JSON.parse(text);
        }
        catch {
            // Written by create-then-rename, so never half of one; a damaged one cannot name files to remove.
            this.options.logger.warn(`webhdfs: ${path} is not JSON; ignoring it`);
            return undefined;
        }
    }
    async saveIntent(intent) {
        const path = this.intentPath(intent.topic, intent.partition);
        await this.replace(path, Buffer.from(JSON.stringify(intent)));
    }
    async writePart(dir, name, body) {
        await this.replace(`${dir}/${name}`, body);
    }
    /**
     * Write `path` atomically: the bytes go to a temporary dot file beside it, then RENAME. WebHDFS's rename
     * never replaces: when `path` exists (the same batch written before), it is deleted first, and a reader
     * may miss that one file for the moment between the two calls, but never sees it half-written.
     */
    async replace(path, body) {
        const slash = path.lastIndexOf('/');
        const tmp = `${path.slice(0, slash)}/.${path.slice(slash + 1)}.${randomBytes(4).toString('hex')}.tmp`;
        await this.client.create(tmp, body, { overwrite: true });
        if (await this.client.rename(tmp, path))
            return;
        await this.client.delete(path);
        if (await this.client.rename(tmp, path))
            return;
        await this.client.delete(tmp).catch(() => false);
        throw new WebHdfsError('RENAME', path, { message: 'the temporary part could not be renamed into place' });
    }
}

/**
 * How far a consumer group is behind on these topics: per partition, the committed offset against the
 * high watermark. A partition with no commit yet starts at its earliest offset (consumers read from the
 * beginning). Drained means every position has reached its high watermark: `consume --until-idle` stops
 * then. Asked of the brokers, so it also holds with several consumers in the group.
 */
async function groupLag(admin, groupId, topics) {
    if (topics.length === 0)
        return [];
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    const lags = [];
    for (const topic of topics) {
        const offsets = await admin.fetchTopicOffsets(topic);
        const byPartition = new Map((committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, p.offset]));
        for (const o of offsets) {
            const c = byPartition.get(o.partition);
            const position = c !== undefined && c !== '-1' ? BigInt(c) : BigInt(o.low);
            lags.push({ topic, partition: o.partition, position, high: BigInt(o.high) });
        }
    }
    return lags;
}
function isDrained(lags) {
    return lags.every((l) => l.position >= l.high);
}
function totalLag(lags) {
    return lags.reduce((sum, l) => sum + (l.high > l.position ? l.high - l.position : 0n), 0n);
}

/**
 * A consumer group member that hands over whole batches and commits a batch's offsets only after the
 * handler resolved, i.e. after every sink confirmed it (`autoCommit: false`; kafkajs's
 * `commitOffsetsIfNecessary()` without offsets commits nothing when autoCommit is off, so the offsets are
 * passed explicitly). A handler that throws leaves the batch uncommitted: kafkajs restarts the consumer
 * (after a back-off) and the batch comes again, unless the error is not retriable, which stops `run`.
 */
class KafkaBatchSource {
    options;
    consumer;
    admin;
    inFlight = 0;
    crashed;
    wake;
    constructor(kafka, options) {
        this.options = options;
        this.consumer = kafka.consumer({
            groupId: options.groupId,
            maxBytesPerPartition: options.maxBytesPerPartition,
            maxBytes: Math.max(options.maxBytesPerPartition * options.concurrency, 10 * 1024 * 1024),
            maxWaitTimeInMs: 1000,
            retry: {
                // A failure retrying cannot fix (bad credentials, a refused template) stops the consumer at once.
                restartOnFailure: async (err) => !(err instanceof LogwardError) || err.retriable,
            },
        });
        this.admin = kafka.admin();
    }
    async run(handler, options = {}) {
        const { consumer } = this;
        try {
            await Promise.all([consumer.connect(), this.admin.connect()]);
            await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
        }
        catch (err) {
            await this.disconnect();
            throw kafkaError('subscribe', err);
        }
        consumer.on(consumer.events.GROUP_JOIN, () => this.options.onRebalance?.());
        consumer.on(consumer.events.CRASH, (event) => {
            const { error, restart } = event.payload;
            if (restart)
                this.options.logger.warn(`consumer restarts after: ${error.message}`);
            else {
                // kafkajs wraps what the handler threw; ours carries the message and the hint.
                const cause = error.cause;
                this.crashed = cause instanceof LogwardError ? cause : error;
                this.wake?.();
            }
        });
        await consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            partitionsConsumedConcurrently: this.options.concurrency,
            eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale, }) => {
                if (batch.isEmpty() || !isRunning() || isStale())
                    return;
                this.inFlight++;
                try {
                    const lastOffset = batch.lastOffset();
                    await handler({
                        topic: batch.topic,
                        partition: batch.partition,
                        messages: batch.messages,
                        firstOffset: batch.firstOffset(),
                        lastOffset,
                        heartbeat,
                        isStale: () => !isRunning() || isStale(),
                    });
                    // Taken away while the sinks worked: the new owner starts from the last commit and redoes it.
                    if (!isRunning() || isStale())
                        return;
                    resolveOffset(lastOffset);
                    await commitOffsetsIfNecessary({
                        topics: [
                            {
                                topic: batch.topic,
                                partitions: [{ partition: batch.partition, offset: (BigInt(lastOffset) + 1n).toString() }],
                            },
                        ],
                    });
                    await heartbeat();
                }
                finally {
                    this.inFlight--;
                }
            },
        });
        try {
            await this.waitForStop(options);
        }
        finally {
            await this.disconnect();
        }
        if (this.crashed !== undefined)
            throw this.crashed;
    }
    async waitForStop(options) {
        const every = options.idleCheckMs ?? 1000;
        let lastLagLog = 0;
        while (this.crashed === undefined && !options.signal?.aborted) {
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, every);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
                options.signal?.addEventListener('abort', this.wake, { once: true });
            });
            if (!options.untilIdle || this.inFlight > 0 || this.crashed !== undefined)
                continue;
            const lags = await groupLag(this.admin, this.options.groupId, this.options.topics).catch((err) => {
                this.options.logger.debug(`lag check failed: ${err.message}`);
                return undefined;
            });
            if (!lags)
                continue;
            if (isDrained(lags) && this.inFlight === 0)
                return;
            if (Date.now() - lastLagLog > 10_000) {
                lastLagLog = Date.now();
                this.options.logger.debug(`lag: ${totalLag(lags)} messages`);
            }
        }
    }
    async disconnect() {
        await Promise.allSettled([this.consumer.disconnect(), this.admin.disconnect()]);
    }
}

const DLQ_HEADERS = {
    reason: 'logward-dlq-reason',
    stage: 'logward-dlq-stage',
    status: 'logward-dlq-status',
    topic: 'logward-dlq-topic',
    partition: 'logward-dlq-partition',
    offset: 'logward-dlq-offset',
    at: 'logward-dlq-at',
};
/**
 * The dead-letter topic: the original message (key, value and headers unchanged) plus headers saying
 * where it came from and why it was refused. Sent with acks=all before the batch's offsets are
 * committed, so a refused record is in the dead-letter topic or still in its own: never nowhere.
 */
class DeadLetterQueue {
    topic;
    producer;
    connected = false;
    sent = 0;
    constructor(kafka, topic) {
        this.topic = topic;
        this.producer = kafka.producer({
            idempotent: true,
            maxInFlightRequests: 1,
            createPartitioner: kafkajsExports.Partitioners.DefaultPartitioner,
            // The dead-letter topic is created on first use, with the broker's defaults.
            allowAutoTopicCreation: true,
        });
    }
    async send(letters) {
        if (letters.length === 0)
            return;
        try {
            if (!this.connected) {
                await this.producer.connect();
                this.connected = true;
            }
            await this.producer.send({
                topic: this.topic,
                acks: -1,
                compression: kafkajsExports.CompressionTypes.GZIP,
                messages: letters.map((l) => ({
                    key: l.message.key,
                    value: l.message.value,
                    headers: {
                        ...copyHeaders(l.message.headers),
                        [DLQ_HEADERS.reason]: l.reason.slice(0, 2000),
                        [DLQ_HEADERS.stage]: l.stage,
                        ...(l.status !== undefined ? { [DLQ_HEADERS.status]: String(l.status) } : {}),
                        [DLQ_HEADERS.topic]: l.topic,
                        [DLQ_HEADERS.partition]: String(l.partition),
                        [DLQ_HEADERS.offset]: l.message.offset,
                        [DLQ_HEADERS.at]: new Date().toISOString(),
                    },
                })),
            });
            this.sent += letters.length;
        }
        catch (err) {
            throw kafkaError(`send ${letters.length} message(s) to the dead-letter topic ${this.topic}`, err);
        }
    }
    async close() {
        if (this.connected)
            await this.producer.disconnect().catch(() => { });
        this.connected = false;
    }
}
function copyHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers ?? {}))
        if (v !== undefined)
            out[k] = v;
    return out;
}

/**
 * One Kafka batch through the sinks: decode, then Elasticsearch (bulk + rollups) and HDFS (one part per
 * partition directory) at once, then the dead letters (messages that are not records, records
 * Elasticsearch refused for good). Resolves only when all of that is confirmed; the caller then commits
 * the batch's offsets. Throws otherwise, and the batch comes again: every step is idempotent (`_id`,
 * rollup ids, part names with the intent), so a repeat adds nothing.
 */
function createBatchProcessor(options) {
    const stats = {
        batches: 0,
        messages: 0,
        indexed: 0,
        lakeRecords: 0,
        lakeFiles: 0,
        deadLetters: 0,
    };
    const process = async (batch) => {
        const decoded = [];
        const dead = [];
        for (const message of batch.messages) {
            const d = decodeMessage(message, options.service ? { service: options.service } : {});
            if (d.ok)
                decoded.push(d.value);
            else
                dead.push({
                    message,
                    topic: batch.topic,
                    partition: batch.partition,
                    stage: 'decode',
                    reason: d.reason,
                });
        }
        const origin = {
            topic: batch.topic,
            partition: batch.partition,
            firstOffset: batch.firstOffset,
            lastOffset: batch.lastOffset,
            withTopic: options.multipleTopics,
        };
        // A long batch must not cost the group membership: kafkajs throttles heartbeats itself.
        const beat = setInterval(() => void batch.heartbeat().catch(() => { }), 3000);
        const where = `${batch.topic}/${batch.partition} offsets ${batch.firstOffset}-${batch.lastOffset}`;
        try {
            const lakeItems = decoded.filter((d) => !d.fromLake);
            const started = Date.now();
            const timed = async (what, work) => {
                const value = await work;
                options.logger.debug(`${where}: ${what} done in ${Date.now() - started} ms`);
                return value;
            };
            const [es, files] = await Promise.all([
                options.elasticsearch
                    ? timed('elasticsearch', options.elasticsearch.writeBatch(decoded.map((d) => ({ record: d.record, id: d.id, ref: d.message }))))
                    : undefined,
                options.webhdfs && !batch.isStale()
                    ? lakeItems.length > 0
                        ? timed('webhdfs', options.webhdfs.writeBatch(lakeItems, origin))
                        : Promise.resolve((options.webhdfs.skip(origin), []))
                    : undefined,
            ]);
            if (es) {
                stats.indexed += es.indexed;
                for (const d of es.dead)
                    dead.push({
                        message: d.doc.ref,
                        topic: batch.topic,
                        partition: batch.partition,
                        stage: 'elasticsearch',
                        status: d.status,
                        reason: d.reason,
                    });
            }
            if (files) {
                stats.lakeFiles += files.length;
                stats.lakeRecords += lakeItems.length;
            }
            if (dead.length > 0) {
                await options.dlq.send(dead);
                stats.deadLetters += dead.length;
                const kinds = [...new Set(dead.map((d) => d.reason.split(':')[0]))].join(', ');
                options.logger.warn(`${batch.topic}/${batch.partition} offsets ${batch.firstOffset}-${batch.lastOffset}: ${dead.length} message(s) to ${options.dlq.topic} (${kinds})`);
            }
        }
        finally {
            clearInterval(beat);
        }
        stats.batches++;
        stats.messages += batch.messages.length;
    };
    return { process, stats };
}

/**
 * `consume`: a consumer group member that writes every batch to Elasticsearch and the HDFS lake and
 * commits its offsets once both confirmed it (at-least-once delivery, made duplicate-free by idempotent
 * writes). Runs until stopped, or with `untilIdle` until the group has committed all there is.
 */
async function runConsume(options) {
    const { settings, logger } = options;
    const started = Date.now();
    const kafka = createKafka(settings, logger, options.logLevel, 'logward-consume');
    const dlqTopic = deadLetterTopic(settings);
    const topics = await resolveTopics(kafka, settings, dlqTopic, logger);
    const sinks = settings['consume-sinks'];
    let elasticsearch;
    let webhdfs;
    const dlq = new DeadLetterQueue(kafka, dlqTopic);
    try {
        if (sinks.includes('elasticsearch'))
            elasticsearch = await ElasticsearchSink.open(settings, logger);
        if (sinks.includes('webhdfs')) {
            const client = webHdfsClientFor(settings);
            // Fail at start, with a hint, rather than on the first batch.
            await client.mkdirs(settings['webhdfs-root']);
            webhdfs = new WebHdfsSink(client, {
                root: settings['webhdfs-root'],
                group: settings['kafka-group'],
                logger,
            });
        }
        logger.info(`consuming ${topics.join(', ') || '(no topic yet)'} as group ${settings['kafka-group']} → ` +
            [
                elasticsearch ? `Elasticsearch ${safeUrl(settings['elasticsearch-url'])}` : undefined,
                webhdfs ? `HDFS ${settings['webhdfs-root']}` : undefined,
            ]
                .filter(Boolean)
                .join(' and ') +
            `; dead letters to ${dlqTopic}`);
        const processor = createBatchProcessor({
            ...(elasticsearch ? { elasticsearch } : {}),
            ...(webhdfs ? { webhdfs } : {}),
            dlq,
            ...(options.service ? { service: options.service } : {}),
            multipleTopics: hasFields(settings['kafka-topic']),
            logger,
        });
        if (topics.length > 0) {
            const source = new KafkaBatchSource(kafka, {
                groupId: settings['kafka-group'],
                topics,
                concurrency: settings['consume-concurrency'],
                maxBytesPerPartition: settings['consume-batch-bytes'],
                logger,
                onRebalance: () => webhdfs?.reset(),
            });
            await source.run(async (batch) => {
                await processor.process(batch);
                options.onBatch?.(processor.stats);
            }, {
                ...(options.untilIdle ? { untilIdle: true } : {}),
                ...(options.signal ? { signal: options.signal } : {}),
            });
        }
        return { ...processor.stats, topics, seconds: (Date.now() - started) / 1000 };
    }
    finally {
        await dlq.close();
        await elasticsearch?.close().catch(() => { });
    }
}
/** The topic, created if missing; or every existing topic a template can produce (never the dead letters). */
async function resolveTopics(kafka, settings, dlqTopic, logger) {
    const admin = kafka.admin();
    try {
        await admin.connect();
        const existing = await admin.listTopics();
        const template = settings['kafka-topic'];
        if (hasFields(template)) {
            const pattern = topicPattern(template);
            const topics = existing.filter((t) => pattern.test(t) && t !== dlqTopic).sort();
            if (topics.length === 0)
                logger.warn(`no topic matches ${template} yet`);
            return topics;
        }
        if (!existing.includes(template)) {
            await admin.createTopics({
                topics: [{ topic: template, numPartitions: settings['kafka-partitions'] }],
                waitForLeaders: true,
            });
            logger.info(`created topic ${template} (${settings['kafka-partitions']} partitions)`);
        }
        return [template];
    }
    catch (err) {
        throw kafkaError('list topics', err);
    }
    finally {
        await admin.disconnect().catch(() => { });
    }
}

const KEYS = ['service', 'log-level'];
const PIPELINE = [
    ...KAFKA_KEYS.filter((k) => ![
        'kafka-key',
        'kafka-compression',
        'kafka-batch-bytes',
        'kafka-max-message-bytes',
        'kafka-oversize',
    ].includes(k)),
    ...ELASTICSEARCH_KEYS,
    ...WEBHDFS_KEYS,
    ...CONSUME_KEYS,
];
function registerConsumeCommand(program) {
    const command = program
        .command('consume')
        .description('Consume records from Kafka (a consumer group) into Elasticsearch and the HDFS lake; offsets are committed only after both confirmed a batch.')
        .addOption(new Option('--until-idle', 'stop once the group has consumed everything in the topic (CI, tests)'))
        .addHelpText('after', `
Delivery: at-least-once, duplicate-free. Elasticsearch documents have deterministic ids, rollups are
recomputed per window, HDFS parts are named by their offsets (an unfinished batch's parts are removed
before it is written again). Refused records go to the dead-letter topic (default <topic>-dlq) with the
reason in the header logward-dlq-reason.

Examples:
  $ logward consume --kafka-brokers kafka:9092 --elasticsearch-url https://es:9200 --webhdfs-url http://nn:9870/webhdfs/v1
  $ LOGWARD_KAFKA_BROKERS=127.0.0.1:9092 logward consume --until-idle --elasticsearch-replicas 0
  $ logward consume --consume-sinks elasticsearch --kafka-group logward-es-only`);
    addSettingFlags(command, KEYS);
    addPipelineFlags(command, PIPELINE);
    command.action(async (opts) => {
        const { config, logger } = commandContext(opts, [...KEYS, ...mergedKeys(PIPELINE)]);
        const settings = resolvePipelineSettings(config, opts);
        const controller = new AbortController();
        const stop = () => {
            if (controller.signal.aborted)
                process.exit(ExitCode.internal);
            logger.info('stopping after the batches in progress (Ctrl-C again to quit at once)');
            controller.abort();
        };
        process.once('SIGINT', stop).once('SIGTERM', stop);
        try {
            const summary = await runConsume({
                settings,
                logger,
                logLevel: config['log-level'],
                ...(config.service ? { service: config.service } : {}),
                untilIdle: Boolean(opts.untilIdle),
                signal: controller.signal,
                onBatch: (s) => logger.debug(`batches ${s.batches}, messages ${s.messages}, indexed ${s.indexed}, lake ${s.lakeRecords}`),
            });
            const rate = summary.seconds > 0 ? Math.round(summary.messages / summary.seconds) : summary.messages;
            logger.info(`consumed ${summary.messages.toLocaleString('en-US')} messages in ${summary.batches} batches (${summary.seconds.toFixed(1)} s, ${rate.toLocaleString('en-US')}/s): ` +
                `${summary.indexed.toLocaleString('en-US')} indexed, ${summary.lakeRecords.toLocaleString('en-US')} to HDFS in ${summary.lakeFiles} part(s)` +
                (summary.deadLetters > 0 ? `, ${summary.deadLetters} to the dead-letter topic` : ''));
        }
        finally {
            process.off('SIGINT', stop).off('SIGTERM', stop);
        }
    });
}

export { registerConsumeCommand };
