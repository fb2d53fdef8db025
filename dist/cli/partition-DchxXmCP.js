import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { createHash } from 'node:crypto';
import { a as parseIsoTime } from './time-spec-0F7VOSkE.js';

const RAW_DIR = 'raw';
const UNKNOWN_SERVICE = 'unknown';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Longest escaped value, in UTF-8 bytes: `service=` and the value stay far below the 255-byte name limit. */
const MAX_VALUE_BYTES = 200;
/**
 * What Hive and Spark escape in partition values (`escapePathName`: control characters, DEL and
 * `"#%'*\/:=?\\{[]^`), plus `<>|` (not allowed in Windows names) and `~` (kept for cut names, below).
 * Everything else, spaces and non-ASCII included, stays readable: Hive and Spark decode `%XX` back to the
 * character, so the value those tools read from the path is the value written.
 */
const ESCAPE = /[\u0000-\u001f"#%'*/:=?\\{[\]^\u007f<>|~]/g;
/** The UTC day of `@timestamp`; `fallback` (the ingest day) when the record has none or it does not parse. */
function partitionDay(record, fallback) {
    const ts = record['@timestamp'];
    if (ts === undefined)
        return fallback;
    // Records leave the parser as UTC ISO strings: take the day without parsing them.
    if (ts.endsWith('Z') && DAY.test(ts.slice(0, 10)) && ts[10] === 'T')
        return ts.slice(0, 10);
    const ms = parseIsoTime(ts)?.getTime() ?? Date.parse(ts);
    if (Number.isNaN(ms))
        return fallback;
    const day = new Date(ms).toISOString().slice(0, 10);
    return DAY.test(day) ? day : fallback;
}
/** UTC day of a date, `YYYY-MM-DD`. */
function dayOf(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * The service a record belongs to, unescaped: `service.name`, else a name derived from the source file
 * (`logs/api.log.1.gz` → `api`), else `unknown` (stdin, or a name with nothing left).
 */
function partitionService(record) {
    const name = record.service?.name?.trim();
    if (name)
        return name;
    return serviceFromPath(record.log.file.path) ?? UNKNOWN_SERVICE;
}
/**
 * A file's base name without the suffixes that say how it is stored rather than what it is: compression,
 * log/text/JSON extensions and rotation numbers (`worker.log.2.gz` → `worker`).
 */
function serviceFromPath(path) {
    if (path === '-' || path === '')
        return undefined;
    let base = path.split(/[\\/]/).at(-1) ?? '';
    for (;;) {
        const next = base.replace(/\.(gz|gzip|bz2|xz|zst|log|txt|out|err|json|jsonl|ndjson|\d+)$/i, '');
        if (next === base)
            break;
        base = next;
    }
    base = base.trim();
    return base === '' ? undefined : base;
}
/**
 * A value made safe as one path segment on any file system and in HDFS, reversibly for Hive and Spark:
 * - the characters in `ESCAPE` become `%XX` (so `a/b` is `a%2Fb`, never a subdirectory);
 * - a leading `.` or `_` becomes `%2E`/`%5F`: Hadoop, Hive and Spark skip such paths as hidden, and `.`
 *   and `..` are not names;
 * - a value longer than 200 UTF-8 bytes is cut and ends in `~` and 16 hex digits of its SHA-256, so two
 *   long names stay apart (a literal `~` is escaped, so a cut name cannot equal any other name).
 * Case is kept: `API` and `api` are two partitions (and collide on a case-insensitive disk, as in HDFS
 * they do not).
 */
function escapePartitionValue(value) {
    let out = value.replace(ESCAPE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    if (out.startsWith('.') || out.startsWith('_'))
        out = (out[0] === '.' ? '%2E' : '%5F') + out.slice(1);
    if (out === '')
        return UNKNOWN_SERVICE;
    if (Buffer.byteLength(out) <= MAX_VALUE_BYTES)
        return out;
    const hash = createHash('sha256').update(value).digest('hex').slice(0, 16);
    let cut = '';
    for (const ch of out) {
        if (Buffer.byteLength(cut + ch) > MAX_VALUE_BYTES - 17)
            break;
        cut += ch;
    }
    // Never end inside a `%XX` escape.
    cut = cut.replace(/%[0-9A-F]?$/, '');
    return `${cut}~${hash}`;
}
function partitionOf(record, ingestDay) {
    return { dt: partitionDay(record, ingestDay), service: escapePartitionValue(partitionService(record)) };
}
/** `raw/dt=…/service=…`, relative to the lake root, with `/` (the reader and HDFS use the same form). */
function partitionPath(p) {
    return `${RAW_DIR}/dt=${p.dt}/service=${p.service}`;
}
/** `dt=YYYY-MM-DD` → the day, or undefined for any other directory name. */
function parseDayDir(name) {
    const m = /^dt=(\d{4}-\d{2}-\d{2})$/.exec(name);
    return m?.[1];
}
/** `service=NAME` → the escaped name, or undefined for any other directory name. */
function parseServiceDir(name) {
    return name.startsWith('service=') && name.length > 'service='.length
        ? name.slice('service='.length)
        : undefined;
}

export { RAW_DIR as R, parseServiceDir as a, partitionPath as b, partitionOf as c, dayOf as d, partitionDay as e, escapePartitionValue as f, partitionService as g, parseDayDir as p };
