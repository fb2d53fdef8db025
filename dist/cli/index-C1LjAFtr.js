import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { C as ConfigError } from './index.js';
import { T as TemplateMiner, m as miningText } from './mining-text-Bkr20PUU.js';
import 'node:crypto';
import { L as LEVELS } from './record-DDFyZkeT.js';
import { e as safeUrl } from './logger-DezpSed9.js';
import { w as webHdfsClientFor } from './client-CIH8O2p4.js';
import { R as RecordSpool } from './spool-1dq89pCD.js';
import { l as listLakeFiles, r as readPart, a as listHdfsParts, b as readHdfsPart } from './reader-Jegfsww6.js';
import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { g as glob } from './expand-inputs-EVvGJ3Wt.js';
import { i as ingest } from './ingest-BV5wyWY4.js';
import { mkdir, writeFile, rename, readdir, rm, readFile } from 'node:fs/promises';

const EXAMPLES_PER_BUCKET = 3;
const EXAMPLE_CHARS$1 = 300;
/** A run spanning more buckets than this keeps counts for all of them but examples for the first ones only. */
const MAX_BUCKETS_WITH_EXAMPLES = 10_000;
/**
 * Error and fatal records per fixed time bucket (aligned to multiples of `bucketSeconds` since the epoch,
 * so a baseline and a run bucket alike), with a few example lines per bucket: the samples of the error
 * burst test. Records without a timestamp cannot be placed and are not counted.
 */
class ErrorBucketCollector {
    bucketSeconds;
    counts = new Map();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    errors = 0;
    constructor(bucketSeconds) {
        this.bucketSeconds = bucketSeconds;
    }
    add(record) {
        const ts = record['@timestamp'];
        if (!ts)
            return;
        const t = Date.parse(ts);
        if (Number.isNaN(t))
            return;
        const bucket = Math.floor(t / 1000 / this.bucketSeconds);
        if (bucket < this.first)
            this.first = bucket;
        if (bucket > this.last)
            this.last = bucket;
        const level = record.log.level;
        if (level !== 'error' && level !== 'fatal')
            return;
        this.errors++;
        let b = this.counts.get(bucket);
        if (!b) {
            b = { errors: 0, examples: [] };
            this.counts.set(bucket, b);
        }
        b.errors++;
        if (b.examples.length < EXAMPLES_PER_BUCKET && this.counts.size <= MAX_BUCKETS_WITH_EXAMPLES) {
            const line = record.message.split('\n', 1)[0] ?? '';
            b.examples.push({
                path: record.log.file.path,
                line: record.log.file.line,
                timestamp: ts,
                message: line.length > EXAMPLE_CHARS$1 ? line.slice(0, EXAMPLE_CHARS$1) + '…' : line,
            });
        }
    }
    result() {
        if (this.first > this.last)
            return { bucketSeconds: this.bucketSeconds, buckets: 0, errors: 0, counts: new Map() };
        const counts = new Map([...this.counts].map(([k, v]) => [k - this.first, v]));
        return {
            bucketSeconds: this.bucketSeconds,
            buckets: this.last - this.first + 1,
            errors: this.errors,
            start: new Date(this.first * this.bucketSeconds * 1000).toISOString(),
            counts,
        };
    }
}

const MAX_SESSIONS = 200_000;
const MAX_EVENTS = 2_000;
const MESSAGE_CHARS = 300;
function sessionKeyReader(settings) {
    const { field, regex } = settings;
    if (!field && !regex)
        return undefined;
    const path = field?.split('.');
    const re = regex ? new RegExp(regex) : undefined;
    return (record) => {
        if (path) {
            const v = fieldValue(record, path);
            if (v !== undefined)
                return v;
        }
        if (re) {
            const m = re.exec(record.message);
            if (m?.[1])
                return m[1];
        }
        return undefined;
    };
}
/**
 * A dotted path into the record. A name may itself hold dots (`labels` keys such as `request.id`), so when
 * a step is missing the rest of the path is tried as one key.
 */
function fieldValue(record, path) {
    let node = record;
    for (let i = 0; i < path.length; i++) {
        if (node === null || typeof node !== 'object')
            return undefined;
        const obj = node;
        const step = path[i];
        if (step in obj) {
            node = obj[step];
            continue;
        }
        const rest = path.slice(i).join('.');
        node = obj[rest];
        break;
    }
    return typeof node === 'string' && node !== '' ? node : typeof node === 'number' ? String(node) : undefined;
}
/**
 * Records grouped into sessions by key, each a sequence of template ids in record order (DeepLog's
 * sessions: an HDFS block, a trace, a request). Bounded: past MAX_SESSIONS new keys are counted, not kept.
 */
class SessionCollector {
    keyOf;
    known;
    sessions = new Map();
    dropped = 0;
    constructor(keyOf, known) {
        this.keyOf = keyOf;
        this.known = known;
    }
    add(record, templateId) {
        const key = this.keyOf(record);
        if (key === undefined)
            return;
        let s = this.sessions.get(key);
        if (!s) {
            if (this.sessions.size >= MAX_SESSIONS) {
                this.dropped++;
                return;
            }
            s = { key, events: [], first: locate(record, templateId) };
            this.sessions.set(key, s);
        }
        if (s.events.length < MAX_EVENTS)
            s.events.push(templateId);
        if (!s.firstUnknown && this.known && !this.known(templateId))
            s.firstUnknown = locate(record, templateId);
    }
    result() {
        return [...this.sessions.values()];
    }
}
function locate(record, templateId) {
    const line = record.message.split('\n', 1)[0] ?? '';
    return {
        path: record.log.file.path,
        line: record.log.file.line,
        ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
        message: line.length > MESSAGE_CHARS ? line.slice(0, MESSAGE_CHARS) + '…' : line,
        templateId,
    };
}

/** The gate file's defaults (`template-frequency:`), also used by `analyze --baseline`. */
const DEFAULT_FREQUENCY = {
    slice: 50,
    alpha: 0.01,
    minRatio: 2,
    minCount: 5,
    minSlices: 5,
};

const SEVERITY = new Map(LEVELS.map((l, i) => [l, i]));
const EXAMPLE_CHARS = 500;
/**
 * Counts for every template of a run, all levels, and per slice of `slice` consecutive records (the
 * samples of the frequency test). A RecordSink, so `analyzeRun` feeds it in its second pass, once each
 * record carries its final template: the gate reuses the analysis instead of mining the logs again.
 * RunAnalysis only keeps error templates (topErrorTemplates), hence this.
 */
class TemplateTally {
    slice;
    name = 'template-tally';
    templates = new Map();
    records = 0;
    constructor(slice) {
        this.slice = slice;
    }
    async write(batch) {
        for (const record of batch) {
            const index = Math.floor(this.records / this.slice);
            this.records++;
            const id = record.logward.template_id;
            if (!id)
                continue;
            const level = record.log.level ?? 'info';
            let t = this.templates.get(id);
            if (!t) {
                t = {
                    templateId: id,
                    template: record.logward.template ?? '',
                    level,
                    count: 0,
                    slices: new Map(),
                    example: exampleOf(record),
                };
                this.templates.set(id, t);
            }
            else if ((SEVERITY.get(level) ?? 0) > (SEVERITY.get(t.level) ?? 0)) {
                // Show the most severe line of a template, as the report does.
                t.level = level;
                t.example = exampleOf(record);
            }
            t.count++;
            t.slices.set(index, (t.slices.get(index) ?? 0) + 1);
        }
    }
    async close() { }
    result() {
        const full = Math.floor(this.records / this.slice);
        const rest = this.records - full * this.slice;
        const sliceSizes = [...new Array(full).fill(this.slice), ...(rest > 0 ? [rest] : [])];
        return { records: this.records, sliceSizes, templates: this.templates };
    }
}
function exampleOf(record) {
    const first = record.message.split('\n', 1)[0] ?? '';
    return {
        message: first.length > EXAMPLE_CHARS ? first.slice(0, EXAMPLE_CHARS) + '…' : first,
        path: record.log.file.path,
        line: record.log.file.line,
    };
}

/**
 * A baseline: what N passing runs looked like, learned once (`logward baseline learn`) or on the fly
 * (`analyze --baseline PATHS`), then used the same way. Saved as `baseline.json` (versioned) plus the
 * sequence model in a `sequences-*` directory beside it.
 */
const BASELINE_JSON = 'baseline.json';
const BASELINE_FORMAT = 'logward-baseline';
/** Bumped when baseline.json changes shape; older or newer files are refused with a hint to relearn. */
const BASELINE_VERSION = 1;
/** Time bucket of the error burst test: one minute is the grain a person reads a CI log or deploy at. */
const DEFAULT_BUCKET_SECONDS = 60;
/** Fewer baseline sessions than this do not train a sequence model: it would only learn noise. */
const MIN_TRAINING_SESSIONS = 20;

/**
 * Learns a baseline from passing runs. Two passes, as `analyzeRun` does, because a record's final template
 * is known only once every message has been mined: pass 1 mines every run into one miner (the vocabulary),
 * pass 2 labels each record with its final template and counts per run (template slices, error buckets,
 * sessions). The sequence model is then trained on all runs' sessions.
 */
async function learnBaseline(runs, options) {
    const slice = options.slice ?? DEFAULT_FREQUENCY.slice;
    const bucketSeconds = options.bucketSeconds ?? DEFAULT_BUCKET_SECONDS;
    const session = options.session ?? {};
    const keyOf = sessionKeyReader(session);
    const miner = new TemplateMiner();
    for (const [i, run] of runs.entries()) {
        options.onProgress?.('mine', run.name, i, runs.length);
        for await (const batch of run.batches())
            for (const record of batch)
                miner.add(miningText(record));
    }
    const stats = [];
    const tallies = [];
    const sessions = [];
    for (const [i, run] of runs.entries()) {
        options.onProgress?.('tally', run.name, i, runs.length);
        const tally = new TemplateTally(slice);
        const buckets = new ErrorBucketCollector(bucketSeconds);
        const collector = keyOf ? new SessionCollector(keyOf) : undefined;
        let errors = 0;
        let warnings = 0;
        for await (const batch of run.batches()) {
            const labelled = [];
            for (const record of batch) {
                const text = miningText(record);
                const found = miner.match(text) ?? miner.add(text);
                const r = {
                    ...record,
                    logward: { ...record.logward, template_id: found.templateId, template: found.template },
                };
                labelled.push(r);
                buckets.add(r);
                collector?.add(r, found.templateId);
                const level = r.log.level;
                if (level === 'error' || level === 'fatal')
                    errors++;
                else if (level === 'warn')
                    warnings++;
            }
            await tally.write(labelled);
        }
        const b = buckets.result();
        const runSessions = collector?.result() ?? [];
        for (const s of runSessions)
            sessions.push(s.events);
        const t = tally.result();
        tallies.push(t);
        stats.push({
            name: run.name,
            records: t.records,
            errors,
            warnings,
            buckets: b.buckets,
            timedErrors: b.errors,
            maxErrorsPerBucket: Math.max(0, ...[...b.counts.values()].map((c) => c.errors)),
            sessions: runSessions.length,
        });
    }
    const baseline = {
        source: options.source,
        learnedAt: (options.now?.() ?? new Date()).toISOString(),
        miner,
        runs: stats,
        tallies,
        slice,
        bucketSeconds,
        session,
    };
    if (!keyOf)
        return baseline;
    if (sessions.length < MIN_TRAINING_SESSIONS) {
        baseline.sequencesNote = `${sessions.length} sessions in the baseline runs (need ${MIN_TRAINING_SESSIONS} to train a sequence model)`;
        return baseline;
    }
    if (options.trainSequences === false) {
        baseline.sequencesNote = 'the sequence model is trained by `logward baseline learn` only';
        return baseline;
    }
    options.onProgress?.('train', `${sessions.length} sessions`, 0, 1);
    // Imported here: TensorFlow.js costs hundreds of milliseconds to load, paid only when sessions are used.
    const { SequenceScorer } = await import('./sequence-scorer-BqAZP8AV.js');
    const scorer = await SequenceScorer.train(sessions, {
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
    });
    baseline.sequences = { scorer, trainingSessions: sessions.length };
    return baseline;
}

/** A record's run: its CI run id, else its partition (a lake written by `ship` may know no run). */
function runOf(item) {
    return item.record.ci?.run_id ? `run ${item.record.ci.run_id}` : item.partition;
}
function matchesFilter(record, filter) {
    const ci = record.ci;
    if (filter.repository !== undefined && ci?.repository !== filter.repository)
        return false;
    if (filter.workflow !== undefined && ci?.workflow !== filter.workflow)
        return false;
    if (filter.job !== undefined && ci?.job !== filter.job)
        return false;
    if (filter.ref !== undefined && ci?.ref !== filter.ref)
        return false;
    if (filter.excludeRunIds && ci?.run_id !== undefined && filter.excludeRunIds.includes(ci.run_id))
        return false;
    if (filter.services && filter.services.length > 0 && !filter.services.includes(record.service?.name ?? ''))
        return false;
    if (filter.since !== undefined && (record['@timestamp'] ?? '') < filter.since)
        return false;
    return true;
}
/**
 * The newest `limit` runs of a lake, grouped by CI run id. A lake is partitioned by day and service, not
 * by run, so a run's records are spread over many parts. Two passes, so memory does not grow with the
 * lake: the first counts records and finds the last time of every run; the second spools only the chosen
 * runs' records to temporary files (one per run, `limit` is tens). Within a run, records keep the lake's
 * order (day, service, part, line), which keeps each source's own order.
 */
async function groupRuns(read, options) {
    const filter = options.filter ?? {};
    const seen = new Map();
    for await (const item of read()) {
        if (!matchesFilter(item.record, filter))
            continue;
        const name = runOf(item);
        const s = seen.get(name) ?? { records: 0, last: '' };
        s.records++;
        const ts = item.record['@timestamp'] ?? '';
        if (ts > s.last)
            s.last = ts;
        seen.set(name, s);
    }
    const chosen = [...seen]
        .sort(([a, x], [b, y]) => (x.last === y.last ? (a < b ? -1 : 1) : x.last > y.last ? -1 : 1))
        .slice(0, options.limit);
    const spools = new Map(chosen.map(([name]) => [name, { spool: new RecordSpool(), batch: [] }]));
    try {
        if (spools.size > 0) {
            for await (const item of read()) {
                if (!matchesFilter(item.record, filter))
                    continue;
                const s = spools.get(runOf(item));
                if (!s)
                    continue;
                s.batch.push(item.record);
                if (s.batch.length >= 1000)
                    await s.spool.append(s.batch.splice(0));
            }
            for (const s of spools.values()) {
                await s.spool.append(s.batch.splice(0));
                await s.spool.finish();
            }
        }
    }
    catch (err) {
        for (const s of spools.values())
            s.spool.dispose();
        throw err;
    }
    return {
        runs: chosen.map(([name, s]) => ({
            name,
            records: s.records,
            ...(s.last ? { last: s.last } : {}),
            batches: () => spools.get(name).spool.read(),
        })),
        dispose: () => {
            for (const s of spools.values())
                s.spool.dispose();
        },
    };
}

function rangeOptions(range) {
    return {
        ...(range.fromDay ? { fromDay: range.fromDay } : {}),
        ...(range.toDay ? { toDay: range.toDay } : {}),
        ...(range.services ? { services: range.services } : {}),
    };
}
/** Every record of a local lake (the embedded store's `raw/`, or a copy of the HDFS lake), oldest day first. */
async function* readLocalLake(dir, range = {}) {
    const files = await listLakeFiles(dir, {
        ...(range.fromDay ? { from: range.fromDay } : {}),
        ...(range.services ? { services: range.services } : {}),
    });
    for (const file of files) {
        if (range.toDay && file.dt > range.toDay)
            continue;
        const partition = `${file.dt}/${file.service}`;
        for await (const record of readPart(file.path))
            yield { record, partition };
    }
}
/** Every record of the HDFS lake under `root` (WebHDFS), oldest day first, streamed part by part. */
async function* readHdfsLake(client, root, range = {}) {
    for (const part of await listHdfsParts(client, root, rangeOptions(range))) {
        const partition = `${part.dt}/${part.service}`;
        for await (const record of readHdfsPart(client, part.path))
            yield { record, partition };
    }
}

/** The location a `baseline` value names, or undefined when it is a path (or a model directory). */
function parsePastRunsLocation(value) {
    if (value === 'elasticsearch:')
        return { kind: 'elasticsearch' };
    if (value === 'hdfs:')
        return { kind: 'hdfs' };
    if (value.startsWith('hdfs:/'))
        return { kind: 'hdfs', root: value.slice('hdfs:'.length) };
    if (value.startsWith('lake:') && value.length > 'lake:'.length)
        return { kind: 'lake', dir: value.slice('lake:'.length) };
    return undefined;
}
/**
 * Which past runs: the newest `baseline-runs` of the same repository, workflow and job as the run judged
 * (its CI context), on `baseline-ref` when set, the judged run itself left out. Without a CI context
 * (a laptop), every run in the store qualifies.
 */
function pastRunFilter(config, ci) {
    return {
        ...(ci.repository ? { repository: ci.repository } : {}),
        ...(ci.workflow ? { workflow: ci.workflow } : {}),
        ...(ci.job ? { job: ci.job } : {}),
        ...(config['baseline-ref'] ? { ref: config['baseline-ref'] } : {}),
        ...(ci.run_id ? { excludeRunIds: [ci.run_id] } : {}),
    };
}
/** Opens the past runs of a location: listed now, their records read when learning asks for them. */
async function openPastRuns(location, config, ci) {
    const filter = pastRunFilter(config, ci);
    const limit = config['baseline-runs'];
    switch (location.kind) {
        case 'elasticsearch': {
            // Loaded here: only a baseline read from Elasticsearch needs its client library.
            const [{ Client }, { elasticsearchClientOptions }, { listPastRuns, readPastRun, recordIndexPattern }] = await Promise.all([
                import('./index-BX5jLJuX.js').then(function (n) { return n.i; }),
                import('./client-options-f__n57Sh.js'),
                import('./elasticsearch-Co6wTX6H.js'),
            ]);
            const client = new Client(elasticsearchClientOptions(config));
            const index = recordIndexPattern(config['elasticsearch-index']);
            try {
                const listed = await listPastRuns(client, index, filter, limit);
                return {
                    runs: listed.map((run) => ({
                        name: `run ${run.runId}`,
                        batches: () => readPastRun(client, index, run.runId, filter),
                    })),
                    source: `Elasticsearch ${safeUrl(config['elasticsearch-url'])} ${config['elasticsearch-index']}`,
                    dispose: () => client.close(),
                };
            }
            catch (err) {
                await client.close();
                throw err;
            }
        }
        case 'hdfs': {
            const client = webHdfsClientFor(config);
            const root = location.root ?? config['webhdfs-root'];
            const grouped = await groupRuns(() => readHdfsLake(client, root), { filter, limit });
            return {
                runs: grouped.runs,
                source: `HDFS lake ${root}`,
                dispose: async () => grouped.dispose(),
            };
        }
        case 'lake': {
            const grouped = await groupRuns(() => readLocalLake(location.dir), { filter, limit });
            return { runs: grouped.runs, source: `lake ${location.dir}`, dispose: async () => grouped.dispose() };
        }
    }
}
/** The one error for a store that has no past run to learn from, with what to do. */
function noPastRuns(source, filter) {
    const by = [
        filter.repository && `repository ${filter.repository}`,
        filter.workflow && `workflow ${filter.workflow}`,
        filter.job && `job ${filter.job}`,
        filter.ref && `ref ${filter.ref}`,
    ].filter(Boolean);
    return new ConfigError(`no past runs in ${source}${by.length > 0 ? ` for ${by.join(', ')}` : ''}`, {
        hint: 'store runs there first (`logward analyze --store DIR` keeps a local lake; `logward ship` and `consume` fill Elasticsearch and HDFS), or widen the filter: baseline-ref, and the CI context (repository, job)',
    });
}

/**
 * One run per `baseline` entry that exists as named, else per glob match (a directory of logs, or a file).
 * A run that is also being judged is left out, so `--baseline 'runs/*'` can include the current run's
 * directory without comparing it with itself.
 */
async function baselineRuns(config) {
    const judged = new Set(config.paths.map((p) => resolve(p)));
    const out = [];
    for (const pattern of config.baseline) {
        const matches = existsSync(pattern)
            ? [pattern]
            : (await glob(pattern, { onlyFiles: false, expandDirectories: false })).sort();
        for (const m of matches) {
            const path = m.replace(/\/$/, '');
            if (!judged.has(resolve(path)) && !out.includes(path))
                out.push(path);
        }
    }
    return out;
}
/** Runs read from log paths with the same ingest settings (framing, redaction, time zone) as the run judged. */
function runsFromPaths(paths, config, logger) {
    return paths.map((path) => ({
        name: path,
        batches: () => ingest({
            config: { ...config, paths: [path] },
            logger: logger.child('baseline'),
            onInputError: (err) => logger.warn(`baseline ${path}: ${err.message}`),
        }),
    }));
}

const RELEARN = 'learn it again: logward baseline learn PATHS… --model DIR';
/** Whether `dir` is a saved baseline model (analyze --baseline accepts both a model and log paths). */
function isBaselineModel(dir) {
    return existsSync(join(dir, BASELINE_JSON));
}
/**
 * Saves a baseline to `dir`: the sequence model first, into a new `sequences-<time>` directory, then
 * baseline.json (temp file + rename) naming it, then older sequence directories are removed. A crash at
 * any point leaves the previous baseline.json and the model it names intact.
 */
async function saveBaseline(baseline, dir) {
    await mkdir(dir, { recursive: true });
    let sequences;
    if (baseline.sequences && 'scorer' in baseline.sequences) {
        const name = `sequences-${Date.now().toString(36)}`;
        await mkdir(join(dir, name));
        await baseline.sequences.scorer.save(join(dir, name));
        sequences = { dir: name, trainingSessions: baseline.sequences.trainingSessions };
    }
    else if (baseline.sequences && 'dir' in baseline.sequences) {
        throw new ConfigError('a loaded baseline cannot be saved again', { hint: RELEARN });
    }
    const json = toJSON(baseline, sequences);
    const path = join(dir, BASELINE_JSON);
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(json) + '\n');
    await rename(tmp, path);
    for (const entry of await readdir(dir)) {
        if (entry.startsWith('sequences-') && entry !== sequences?.dir)
            await rm(join(dir, entry), { recursive: true, force: true });
    }
}
/** Loads a saved baseline; every problem is a ConfigError that names the file and says what to do. */
async function loadBaseline(dir) {
    const path = join(dir, BASELINE_JSON);
    let json;
    try {
        json = JSON.parse(await readFile(path, 'utf8'));
    }
    catch (cause) {
        const code = cause.code;
        throw new ConfigError(code === 'ENOENT'
            ? `${path} does not exist: ${dir} is not a baseline model`
            : `${path} cannot be read (${code ?? 'not valid JSON'})`, { cause, hint: RELEARN });
    }
    if (json === null || typeof json !== 'object' || json.format !== BASELINE_FORMAT) {
        throw new ConfigError(`${path} is not a logward baseline (no "format": "${BASELINE_FORMAT}")`, {
            hint: RELEARN,
        });
    }
    if (json.version !== BASELINE_VERSION) {
        throw new ConfigError(`${path} is baseline version ${String(json.version)}; this logward reads version ${BASELINE_VERSION}`, { hint: RELEARN });
    }
    const shapeProblem = checkShape(json);
    if (shapeProblem)
        throw new ConfigError(`${path} is damaged: ${shapeProblem}`, { hint: RELEARN });
    let miner;
    try {
        miner = TemplateMiner.fromJSON(json.miner);
    }
    catch (cause) {
        throw new ConfigError(`${path}: ${cause.message}`, { cause, hint: RELEARN });
    }
    const sequencesDir = json.sequences ? join(dir, json.sequences.dir) : undefined;
    if (sequencesDir && !existsSync(sequencesDir)) {
        throw new ConfigError(`${path} names the sequence model ${sequencesDir}, which is missing`, {
            hint: RELEARN,
        });
    }
    return {
        source: `${dir} (learned ${json.learnedAt} from ${json.source})`,
        learnedAt: json.learnedAt,
        miner,
        runs: json.runs,
        tallies: json.tallies.map((t) => tallyFromJSON(t, json.templates, json.settings.slice)),
        slice: json.settings.slice,
        bucketSeconds: json.settings.bucketSeconds,
        session: json.settings.session,
        ...(json.sequences && sequencesDir
            ? { sequences: { dir: sequencesDir, trainingSessions: json.sequences.trainingSessions } }
            : {}),
        ...(json.sequencesNote ? { sequencesNote: json.sequencesNote } : {}),
    };
}
function checkShape(json) {
    const s = json.settings;
    if (!s || !(Number(s.slice) > 0) || !(Number(s.bucketSeconds) > 0) || typeof s.session !== 'object')
        return 'settings (slice, bucketSeconds, session) missing';
    if (!Array.isArray(json.runs) || !Array.isArray(json.tallies) || json.runs.length !== json.tallies.length)
        return 'runs and tallies missing or of different lengths';
    if (json.templates === null || typeof json.templates !== 'object')
        return 'templates missing';
    for (const [i, t] of json.tallies.entries()) {
        if (typeof t.records !== 'number' || typeof t.counts !== 'object')
            return `tallies[${i}] malformed`;
        for (const [id, pairs] of Object.entries(t.counts)) {
            if (!json.templates[id])
                return `tallies[${i}] counts template ${id}, which templates lacks`;
            if (!Array.isArray(pairs) || pairs.length % 2 !== 0)
                return `tallies[${i}].counts.${id} malformed`;
        }
    }
    return undefined;
}
function toJSON(b, sequences) {
    const templates = {};
    const tallies = b.tallies.map((t) => {
        const counts = {};
        for (const [id, c] of t.templates) {
            const known = templates[id];
            if (!known || severity(c.level) > severity(known.level))
                templates[id] = { template: c.template, level: c.level, example: c.example };
            counts[id] = [...c.slices].sort(([a], [z]) => a - z).flat();
        }
        return { records: t.records, counts };
    });
    return {
        format: BASELINE_FORMAT,
        version: BASELINE_VERSION,
        learnedAt: b.learnedAt,
        source: b.source,
        settings: { slice: b.slice, bucketSeconds: b.bucketSeconds, session: b.session },
        runs: b.runs,
        templates,
        tallies,
        miner: b.miner.toJSON(),
        ...(sequences ? { sequences } : {}),
        ...(b.sequencesNote ? { sequencesNote: b.sequencesNote } : {}),
    };
}
function tallyFromJSON(t, templates, slice) {
    const full = Math.floor(t.records / slice);
    const rest = t.records - full * slice;
    const sliceSizes = [...new Array(full).fill(slice), ...(rest > 0 ? [rest] : [])];
    const counts = new Map();
    for (const [id, pairs] of Object.entries(t.counts)) {
        const info = templates[id];
        const slices = new Map();
        let count = 0;
        for (let i = 0; i < pairs.length; i += 2) {
            slices.set(pairs[i], pairs[i + 1]);
            count += pairs[i + 1];
        }
        counts.set(id, {
            templateId: id,
            template: info.template,
            level: info.level,
            count,
            slices,
            example: info.example,
        });
    }
    return { records: t.records, sliceSizes, templates: counts };
}
function severity(level) {
    return LEVELS.indexOf(level);
}

/**
 * The baseline `analyze --baseline X` compares against: X is a model directory (has baseline.json, from
 * `logward baseline learn`), loaded; or logs of passing runs, learned in memory the same way (each glob
 * match is one run). Either way the findings are computed by the same code afterwards.
 */
async function resolveBaseline(config, logger, ci = {}) {
    const [first] = config.baseline;
    const location = first === undefined ? undefined : parsePastRunsLocation(first);
    if (location) {
        if (config.baseline.length > 1) {
            throw new ConfigError(`baseline: ${first} names a store; give it alone, not with other paths`, {
                hint: 'one baseline: a model directory, log paths, or one of elasticsearch:, hdfs:, lake:DIR',
            });
        }
        return learnFromStore(location, config, logger, ci);
    }
    if (config.baseline.length === 1 && first !== undefined && isBaselineModel(first)) {
        const baseline = await loadBaseline(first);
        const asked = { field: config['session-field'], regex: config['session-regex'] };
        if ((asked.field || asked.regex) &&
            (asked.field !== baseline.session.field || asked.regex !== baseline.session.regex)) {
            // The sequence model only knows sessions cut the way they were when it was learned.
            logger.warn(`the baseline model ${first} groups sessions by ${describeSession(baseline.session)}; session-field/session-regex are ignored (learn the model again to change them)`);
        }
        logger.debug(`baseline model ${first}: ${baseline.runs.length} runs, ${baseline.miner.size} templates`);
        return baseline;
    }
    const paths = await baselineRuns(config);
    return learnBaseline(runsFromPaths(paths, config, logger), {
        source: config.baseline.join(', '),
        session: sessionSettings(config),
    });
}
/**
 * A baseline learned now from the past runs a store holds. None there (a new project, a filter that
 * matches nothing) is not an error for `analyze`: it warns and judges the run without a baseline.
 */
async function learnFromStore(location, config, logger, ci) {
    const past = await openPastRuns(location, config, ci);
    try {
        if (past.runs.length === 0) {
            logger.warn(`${noPastRuns(past.source, pastRunFilter(config, ci)).message}: judging without a baseline`);
            return undefined;
        }
        logger.info(`baseline: learning from ${past.runs.length} past runs in ${past.source}`);
        return await learnBaseline(past.runs, { source: past.source, session: sessionSettings(config) });
    }
    finally {
        await past.dispose();
    }
}
/** The session settings as `learnBaseline` takes them. */
function sessionSettings(config) {
    return {
        ...(config['session-field'] ? { field: config['session-field'] } : {}),
        ...(config['session-regex'] ? { regex: config['session-regex'] } : {}),
    };
}
function describeSession(s) {
    const parts = [s.field ? `field ${s.field}` : '', s.regex ? `regex ${s.regex}` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(', then ') : 'nothing (it was learned without sessions)';
}

export { DEFAULT_FREQUENCY as D, ErrorBucketCollector as E, SessionCollector as S, TemplateTally as T, pastRunFilter as a, baselineRuns as b, runsFromPaths as c, learnBaseline as d, sessionSettings as e, saveBaseline as f, isBaselineModel as i, loadBaseline as l, noPastRuns as n, openPastRuns as o, parsePastRunsLocation as p, resolveBaseline as r, sessionKeyReader as s };
