import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { a as parseIsoTime } from './time-spec-0F7VOSkE.js';
import { L as LogwardError } from './index.js';
import { f as escapePartitionValue, R as RAW_DIR, p as parseDayDir, a as parseServiceDir } from './partition-DchxXmCP.js';
import { W as WebHdfsError } from './client-CIH8O2p4.js';

/** A lake file or directory could not be written or read. Names the path, never a record's content. */
class LakeError extends LogwardError {
    path;
    constructor(path, message, options = {}) {
        super(`lake ${path}: ${message}`, options);
        this.path = path;
    }
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Only finished parts: temporary (`.…tmp`) and other dot or underscore files are skipped, as Spark does. */
const PART_FILE = /^part-.+\.ndjson\.gz$/;
/**
 * The part files to read, oldest day first, then by service and by name (writer, then sequence). Prunes
 * by path alone: days outside [from, to) and services not asked for are never opened. A lake that was
 * never written (no `raw/`) lists nothing.
 */
async function listLakeFiles(root, options = {}) {
    const from = toTime(options.from, 'from', root);
    const to = toTime(options.to, 'to', root);
    const services = options.services ? new Set(options.services.map(escapePartitionValue)) : undefined;
    const raw = join(root, RAW_DIR);
    const files = [];
    for (const dayDir of (await dirNames(raw)).sort()) {
        const dt = parseDayDir(dayDir);
        if (dt === undefined)
            continue;
        const start = Date.parse(`${dt}T00:00:00Z`);
        // The day [start, start + 1 day) must overlap [from, to).
        if (from !== undefined && start + DAY_MS <= from)
            continue;
        if (to !== undefined && start >= to)
            continue;
        for (const serviceDir of (await dirNames(join(raw, dayDir))).sort()) {
            const service = parseServiceDir(serviceDir);
            if (service === undefined || (services && !services.has(service)))
                continue;
            const dir = join(raw, dayDir, serviceDir);
            for (const name of (await fileNames(dir)).sort()) {
                if (PART_FILE.test(name))
                    files.push({ path: join(dir, name), dt, service });
            }
        }
    }
    return files;
}
/** The records of one part file, in the order they were written. */
async function* readPart(path) {
    const input = createReadStream(path);
    const gunzip = createGunzip();
    const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
    // `pipe` does not forward errors: a missing file or a corrupt stream must end the loop with an error.
    let failure;
    const fail = (err) => {
        failure ??= err;
        lines.close();
    };
    input.on('error', fail);
    gunzip.on('error', fail);
    let lineNumber = 0;
    try {
        for await (const line of lines) {
            lineNumber++;
            if (line === '')
                continue;
            let record;
            try {
                record = JSON.parse(line);
            }
            catch (err) {
                throw new LakeError(`${path}:${lineNumber}`, 'not a JSON record', {
                    cause: err,
                    hint: 'the part file is damaged: move it out of the lake',
                });
            }
            yield record;
        }
        if (failure !== undefined)
            throw failure;
    }
    catch (err) {
        if (err instanceof LakeError)
            throw err;
        const code = err.code;
        throw new LakeError(path, `cannot read${code ? ` (${code})` : ''}`, {
            cause: err,
            hint: 'the part file is damaged or unreadable: move it out of the lake',
        });
    }
    finally {
        lines.close();
        input.destroy();
        gunzip.destroy();
    }
}
function toTime(value, name, root) {
    if (value === undefined)
        return undefined;
    // Text without an offset is UTC, as every timestamp in the lake is.
    const ms = value instanceof Date ? value.getTime() : (parseIsoTime(value)?.getTime() ?? NaN);
    if (Number.isNaN(ms))
        throw new LakeError(root, `${name} is not a date or time`, {
            hint: 'use an ISO date (2024-05-01) or timestamp (2024-05-01T10:00:00Z)',
        });
    return ms;
}
async function dirNames(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty);
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
async function fileNames(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty);
    return entries.filter((e) => e.isFile()).map((e) => e.name);
}
function missingIsEmpty(err) {
    if (err.code === 'ENOENT')
        return [];
    throw err;
}

const PART = /^part-.+\.ndjson\.gz$/;
/**
 * The finished parts of the HDFS lake, oldest day first, pruned by path as the local lake reader does
 * (src/sinks/lake/reader.ts): temporary dot files and anything that is not a part are skipped.
 */
async function listHdfsParts(client, root, options = {}) {
    const base = `${root.replace(/\/+$/, '')}/${RAW_DIR}`;
    const services = options.services ? new Set(options.services.map(escapePartitionValue)) : undefined;
    const parts = [];
    const days = (await client.list(base)).filter((s) => s.type === 'DIRECTORY').map((s) => s.pathSuffix);
    for (const dayDir of days.sort()) {
        const dt = parseDayDir(dayDir);
        if (dt === undefined)
            continue;
        if (options.fromDay && dt < options.fromDay)
            continue;
        if (options.toDay && dt > options.toDay)
            continue;
        const serviceDirs = (await client.list(`${base}/${dayDir}`)).filter((s) => s.type === 'DIRECTORY');
        for (const serviceDir of serviceDirs.map((s) => s.pathSuffix).sort()) {
            const service = parseServiceDir(serviceDir);
            if (service === undefined || (services && !services.has(service)))
                continue;
            const dir = `${base}/${dayDir}/${serviceDir}`;
            for (const file of (await client.list(dir)).sort((a, b) => (a.pathSuffix < b.pathSuffix ? -1 : 1))) {
                if (file.type === 'FILE' && PART.test(file.pathSuffix))
                    parts.push({ path: `${dir}/${file.pathSuffix}`, dt, service, length: file.length });
            }
        }
    }
    return parts;
}
/** The records of one part, streamed (gunzip as the bytes arrive; memory holds one line). */
async function* readHdfsPart(client, path) {
    const input = await client.open(path);
    const gunzip = createGunzip();
    let failure;
    const fail = (err) => {
        failure ??= err;
        lines.close();
    };
    input.on('error', fail);
    gunzip.on('error', fail);
    const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
    let n = 0;
    try {
        for await (const line of lines) {
            n++;
            if (line === '')
                continue;
            try {
                yield JSON.parse(line);
            }
            catch (err) {
                throw new WebHdfsError('OPEN', `${path}:${n}`, {
                    status: 200,
                    message: 'not a JSON record',
                    cause: err,
                });
            }
        }
        if (failure !== undefined)
            throw failure;
    }
    catch (err) {
        if (err instanceof WebHdfsError)
            throw err;
        throw new WebHdfsError('OPEN', path, {
            status: 200,
            message: `cannot read: ${err.message}`,
            cause: err,
        });
    }
    finally {
        lines.close();
        input.destroy();
        gunzip.destroy();
    }
}

export { LakeError as L, listHdfsParts as a, readHdfsPart as b, listLakeFiles as l, readPart as r };
