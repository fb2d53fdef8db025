import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { O as Option, C as ConfigError } from './index.js';
import { c as createProgress } from './progress-Bmp1ztJ5.js';
import { T as TemplateMiner, m as miningText } from './mining-text-Bkr20PUU.js';
import { r as recordId } from './record-id-C-QpKwJj.js';
import { a as listHdfsParts, b as readHdfsPart, l as listLakeFiles, r as readPart } from './reader-Jegfsww6.js';
import { S as SOURCE_HDFS, a as SOURCE_HEADER, I as ID_HEADER } from './decode-DUAH-aNB.js';
import 'node:crypto';
import { d as detectFormat, c as createParser } from './parser-DEMDJLvQ.js';
import { R as RecordSpool } from './spool-1dq89pCD.js';
import { a as addPipelineFlags, m as mergedKeys, r as resolvePipelineSettings, o as openKafkaSink } from './open-BXQORT6A.js';
import { w as webHdfsClientFor } from './client-CIH8O2p4.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import { W as WEBHDFS_KEYS, K as KAFKA_KEYS } from './logger-DezpSed9.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import 'node:fs/promises';
import 'node:readline';
import 'node:zlib';
import './time-spec-0F7VOSkE.js';
import './partition-DchxXmCP.js';
import 'node:os';
import 'events';
import 'util';
import 'zlib';
import 'crypto';
import 'assert';
import 'net';
import 'tls';
import 'node:http';
import 'node:https';
import 'node:stream';
import './retry-CQdCV2e0.js';
import 'node:timers/promises';
import 'process';
import 'buffer';

/** Plain records looked at per part to recognise a format the parser now knows. */
const SAMPLE = 100;
/**
 * Backfill: records from the HDFS lake (or a local lake) parsed and labelled again with today's parser and
 * miner, streamed through Kafka so the running consumers index them. Each keeps the `_id` it was first
 * indexed with (the `logward-id` header), so Elasticsearch overwrites it rather than adding a copy; records
 * read from HDFS are marked (`logward-source: hdfs`) so the consumers do not write them to the lake again.
 *
 * Two passes, as `analyze` mines: pass 1 reads and re-parses every part and mines every message, spooling
 * the records to a temporary file; pass 2 labels each with the final template and sends it. Memory holds
 * the miner (bounded) and one part's format sample, whatever the volume.
 */
async function backfill(options, openSink) {
    const started = Date.now();
    const miner = new TemplateMiner();
    const spool = new RecordSpool();
    const fromHdfs = options.source.kind === 'hdfs';
    const ids = new WeakMap();
    let sink;
    let parts = 0;
    let records = 0;
    let reparsed = 0;
    try {
        for await (const part of readParts(options)) {
            parts++;
            const out = [];
            for await (const record of reparsePart(part, options.timezone, () => reparsed++)) {
                miner.add(miningText(record.value));
                out.push(tagged(record.value, record.id));
                if (out.length >= 1000)
                    await spool.append(out.splice(0));
            }
            await spool.append(out);
            records = spool.count;
            options.onProgress?.('read', records);
        }
        sink = await openSink((record) => ({
            [ID_HEADER]: ids.get(record) ?? recordId(record),
            ...(fromHdfs ? { [SOURCE_HEADER]: SOURCE_HDFS } : {}),
        }));
        let sent = 0;
        for await (const batch of spool.read()) {
            for (const stored of batch) {
                const record = untag(stored, ids);
                const found = miner.match(miningText(record)) ?? miner.add(miningText(record));
                record.logward.template_id = found.templateId;
                record.logward.template = found.template;
            }
            await sink.write(batch);
            sent += batch.length;
            options.onProgress?.('send', sent);
        }
        await sink.close();
        sink = undefined;
        return { parts, records, reparsed, templates: miner.size, seconds: (Date.now() - started) / 1000 };
    }
    finally {
        await sink?.close().catch(() => { });
        spool.dispose();
    }
}
async function* readParts(options) {
    const { source } = options;
    if (source.kind === 'hdfs') {
        const parts = await listHdfsParts(source.client, source.root, {
            ...(options.fromDay ? { fromDay: options.fromDay } : {}),
            ...(options.toDay ? { toDay: options.toDay } : {}),
            ...(options.services ? { services: options.services } : {}),
        });
        options.logger.info(`backfill: ${parts.length} part(s) in HDFS ${source.root}`);
        for (const part of parts)
            yield { path: part.path, records: readHdfsPart(source.client, part.path) };
        return;
    }
    // The local lake reader filters by time; its `to` is exclusive, ours is the last day kept.
    const files = await listLakeFiles(source.dir, {
        ...(options.fromDay ? { from: options.fromDay } : {}),
        ...(options.toDay ? { to: nextDay(options.toDay) } : {}),
        ...(options.services ? { services: options.services } : {}),
    });
    options.logger.info(`backfill: ${files.length} part(s) in the lake ${source.dir}`);
    for (const file of files)
        yield { path: file.path, records: readPart(file.path) };
}
/**
 * One part's records, parsed again where the current parser can do better: records stored as `plain` (no
 * format was recognised when they were shipped) are tried against the formats known now, on a sample of
 * the part's plain messages. A record of a recognised format keeps its fields: its message no longer
 * holds the header to parse again. Each comes with the id it was indexed under, taken before any change.
 */
async function* reparsePart(part, timezone, onReparsed) {
    const held = [];
    let parse;
    const decide = () => {
        const sample = held.filter((h) => h.value.logward.format === 'plain').map((h) => miningText(h.value));
        const format = detectFormat(sample);
        if (format.name === 'plain') {
            parse = () => undefined;
            return;
        }
        const parser = createParser(format, timezone ? { timezone } : {});
        parse = (record) => {
            const fields = parser.parse({
                text: record.message,
                line: record.log.file.line,
                lines: record.logward.lines ?? 1,
                truncated: record.logward.truncated === true,
            });
            if (fields.logward.format === 'plain')
                return undefined;
            const { logward: parsedMeta, log: parsedLog, ...rest } = fields;
            return {
                ...record,
                ...rest,
                log: { ...record.log, ...parsedLog, file: record.log.file },
                logward: { ...record.logward, format: parsedMeta.format },
            };
        };
    };
    const emit = function* (item) {
        if (item.value.logward.format === 'plain') {
            const again = parse(item.value);
            if (again) {
                onReparsed();
                yield { value: again, id: item.id };
                return;
            }
        }
        yield item;
    };
    let plain = 0;
    for await (const value of part.records) {
        const item = { value, id: recordId(value) };
        if (parse) {
            yield* emit(item);
            continue;
        }
        held.push(item);
        if (value.logward.format === 'plain')
            plain++;
        if (plain >= SAMPLE) {
            decide();
            for (const h of held.splice(0))
                yield* emit(h);
        }
    }
    if (!parse)
        decide();
    for (const h of held)
        yield* emit(h);
}
/**
 * The spool keeps records as JSON: the original id rides along in one extra property, taken off (and
 * into `ids`) when the record is read back.
 */
const ID_PROPERTY = '__logward_backfill_id';
function tagged(record, id) {
    return Object.assign(record, { [ID_PROPERTY]: id });
}
function untag(record, ids) {
    const bag = record;
    const id = bag[ID_PROPERTY];
    delete bag[ID_PROPERTY];
    if (typeof id === 'string')
        ids.set(record, id);
    return record;
}
function nextDay(day) {
    return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const KEYS = ['timezone', 'log-level'];
const PIPELINE = [
    ...KAFKA_KEYS.filter((k) => k !== 'kafka-group' && k !== 'kafka-dlq-topic'),
    ...WEBHDFS_KEYS,
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
function registerBackfillCommand(program) {
    const command = program
        .command('backfill')
        .description('Read the HDFS lake (or a local lake), parse and label the records again with the current parser and miner, and stream them through Kafka into Elasticsearch (same ids: overwritten, not duplicated).')
        .addOption(new Option('--from-lake <dir>', 'read a local lake (a `store` directory) instead of HDFS'))
        .addOption(new Option('--from <day>', 'first day to backfill, YYYY-MM-DD (UTC, inclusive)'))
        .addOption(new Option('--to <day>', 'last day to backfill, YYYY-MM-DD (UTC, inclusive)'))
        .addOption(new Option('--services <names...>', 'only these services (as records name them)').argParser((v, prev) => [...(prev ?? []), ...v.split(',').filter(Boolean)]))
        .addHelpText('after', `
A running \`logward consume\` indexes what backfill sends. Records read from HDFS are not written to the
lake again; records from a local lake are (the HDFS lake does not have them yet).

Examples:
  $ logward backfill --from 2024-05-01 --to 2024-05-31 --services api
  $ logward backfill --from-lake .logward --kafka-brokers kafka:9092`);
    addSettingFlags(command, KEYS);
    addPipelineFlags(command, PIPELINE);
    command.action(async (opts) => {
        const { config, logger } = commandContext(opts, [...KEYS, ...mergedKeys(PIPELINE)]);
        const settings = resolvePipelineSettings(config, opts);
        for (const key of ['from', 'to']) {
            const value = opts[key];
            if (value !== undefined && (typeof value !== 'string' || !DAY.test(value)))
                throw new ConfigError(`--${key}: expected a day, YYYY-MM-DD`);
        }
        const source = typeof opts.fromLake === 'string'
            ? { kind: 'lake', dir: opts.fromLake }
            : {
                kind: 'hdfs',
                client: webHdfsClientFor(settings),
                root: settings['webhdfs-root'],
            };
        const progress = createProgress({ label: 'backfill' });
        let oversize = 0;
        const summary = await backfill({
            source,
            ...(typeof opts.from === 'string' ? { fromDay: opts.from } : {}),
            ...(typeof opts.to === 'string' ? { toDay: opts.to } : {}),
            ...(Array.isArray(opts.services) ? { services: opts.services } : {}),
            timezone: config.timezone,
            logger,
            onProgress: (_phase, n) => progress.update(0, n),
        }, (headers) => openKafkaSink(settings, {
            logger,
            logLevel: config['log-level'],
            headers,
            onOversize: (record, size, limit) => {
                oversize++;
                logger.error(`${record.log.file.path}:${record.log.file.line}: record of ${size} bytes is larger than the broker accepts (${limit} bytes); not sent`);
            },
        }));
        progress.done();
        logger.info(`backfilled ${summary.records.toLocaleString('en-US')} records from ${summary.parts} part(s) to ${settings['kafka-topic']} in ${summary.seconds.toFixed(1)} s: ` +
            `${summary.reparsed.toLocaleString('en-US')} parsed anew, ${summary.templates.toLocaleString('en-US')} templates`);
        if (oversize > 0)
            process.exitCode = 1;
    });
}

export { registerBackfillCommand };
