import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { dirname, resolve, join } from 'node:path';
import { L as LogwardError, C as ConfigError, O as Option, E as ExitCode } from './index.js';
import { c as createProgress } from './progress-Bmp1ztJ5.js';
import { a as addPipelineFlags, m as mergedKeys, r as resolvePipelineSettings, o as openKafkaSink } from './open-BXQORT6A.js';
import { setTimeout } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { readFile, mkdir, open, rename, rm, stat, readdir } from 'node:fs/promises';
import { e as expandInputs } from './expand-inputs-EVvGJ3Wt.js';
import { F as Framer, f as frameToRecord, i as ingest } from './ingest-BV5wyWY4.js';
import { c as createParser, F as FORMAT_NAMES, b as createFormat, d as detectFormat } from './parser-DEMDJLvQ.js';
import { T as TemplateMiner, m as miningText } from './mining-text-Bkr20PUU.js';
import { c as createRedactor } from './redact-DMW0fSiV.js';
import { d as detectCiContext } from './ci-context-DcX3teIv.js';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS } from './context-DU3jDRdf.js';
import { K as KAFKA_KEYS } from './logger-DezpSed9.js';
import 'node:events';
import 'node:child_process';
import 'node:fs';
import 'node:process';
import 'events';
import 'util';
import 'zlib';
import 'crypto';
import 'assert';
import 'net';
import 'tls';
import './partition-DchxXmCP.js';
import './time-spec-0F7VOSkE.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:stream';
import 'node:zlib';
import 'node:buffer';
import 'process';
import 'buffer';

class CheckpointStore {
    path;
    data;
    constructor(path, data) {
        this.path = path;
        this.data = data;
    }
    /** Read the checkpoint; a missing file is an empty one, a damaged one an error (never silently reset). */
    static async load(path) {
        let text;
        try {
            text = await readFile(path, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return new CheckpointStore(path, { version: 1, files: {} });
            throw new LogwardError(`checkpoint ${path}: cannot read (${err.code ?? 'error'})`, {
                cause: err,
            });
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (err) {
            throw new ConfigError(`checkpoint ${path}: not JSON`, {
                cause: err,
                hint: 'the file is damaged: remove it to ship every followed file from its start (Elasticsearch de-duplicates)',
            });
        }
        if (!isCheckpoint(data))
            throw new ConfigError(`checkpoint ${path}: not a logward checkpoint (version 1)`, {
                hint: 'point --checkpoint at another file',
            });
        return new CheckpointStore(path, data);
    }
    get(path) {
        return this.data.files[path];
    }
    set(path, position) {
        this.data.files[path] = position;
    }
    delete(path) {
        delete this.data.files[path];
    }
    paths() {
        return Object.keys(this.data.files);
    }
    /**
     * Write atomically: a temporary file beside it, fsynced, renamed over the old one. A crash leaves the
     * old checkpoint or the new one, never half of one.
     */
    async save() {
        const tmp = `${this.path}.${randomBytes(4).toString('hex')}.tmp`;
        try {
            await mkdir(dirname(this.path), { recursive: true });
            const handle = await open(tmp, 'w');
            try {
                await handle.writeFile(JSON.stringify(this.data, null, 1) + '\n');
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await rename(tmp, this.path);
        }
        catch (err) {
            await rm(tmp, { force: true }).catch(() => { });
            throw new LogwardError(`checkpoint ${this.path}: cannot write (${err.code ?? 'error'})`, { cause: err, hint: 'check that its directory is writable' });
        }
    }
}
function isCheckpoint(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    if (v.version !== 1 || typeof v.files !== 'object' || v.files === null)
        return false;
    return Object.values(v.files).every((p) => {
        const f = p;
        return (typeof f === 'object' &&
            typeof f.dev === 'number' &&
            typeof f.ino === 'number' &&
            Number.isSafeInteger(f.offset) &&
            Number.isSafeInteger(f.line));
    });
}

const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder('utf-8');
/**
 * Complete lines from an open file, starting at a byte offset. Lines are cut on LF bytes before decoding,
 * so each line's end offset is exact; a line is handed out only once its LF is there (a writer may be in
 * the middle of it), except by `takePartial` when the file is done (rotated away or deleted). A line longer
 * than `maxLineBytes` is cut there and marked, its rest skipped: memory holds at most one such line.
 */
class LineReader {
    handle;
    position;
    lineNo;
    maxLineBytes;
    carry = Buffer.alloc(0);
    carryCut = false;
    buffer;
    constructor(handle, 
    /** Next byte to read. */
    position, 
    /** Lines handed out so far (the next is `lineNo + 1`). */
    lineNo, maxLineBytes, chunkBytes = 256 * 1024) {
        this.handle = handle;
        this.position = position;
        this.lineNo = lineNo;
        this.maxLineBytes = maxLineBytes;
        this.buffer = Buffer.allocUnsafe(chunkBytes);
    }
    /** Read up to `maxBytes` more; returns the lines completed, and whether the end of the file was reached. */
    async read(maxBytes) {
        const lines = [];
        let budget = maxBytes;
        while (budget > 0) {
            const { bytesRead } = await this.handle.read(this.buffer, 0, Math.min(this.buffer.length, budget), this.position);
            if (bytesRead === 0)
                return { lines, eof: true };
            this.take(this.buffer.subarray(0, bytesRead), this.position, lines);
            this.position += bytesRead;
            budget -= bytesRead;
        }
        return { lines, eof: false };
    }
    /** The unterminated last line, as a line (the file will not grow any more). */
    takePartial() {
        if (this.carry.length === 0 && !this.carryCut)
            return undefined;
        const line = this.makeLine(this.carry, this.position);
        this.carry = Buffer.alloc(0);
        this.carryCut = false;
        return line;
    }
    /** Bytes read but not yet handed out as a line. */
    get pendingBytes() {
        return this.carry.length;
    }
    take(chunk, chunkStart, out) {
        let start = 0;
        for (;;) {
            const lf = chunk.indexOf(LF, start);
            if (lf === -1) {
                this.append(chunk.subarray(start));
                return;
            }
            // The common case, a whole line inside the chunk: decode it in place, without a copy.
            if (this.carry.length === 0 && !this.carryCut && lf - start <= this.maxLineBytes) {
                out.push(this.makeLine(chunk.subarray(start, lf), chunkStart + lf + 1));
                start = lf + 1;
                continue;
            }
            this.append(chunk.subarray(start, lf));
            out.push(this.makeLine(this.carry, chunkStart + lf + 1));
            this.carry = Buffer.alloc(0);
            this.carryCut = false;
            start = lf + 1;
        }
    }
    append(bytes) {
        if (bytes.length === 0)
            return;
        if (this.carryCut)
            return;
        const room = this.maxLineBytes - this.carry.length;
        if (bytes.length > room) {
            // Keep whole characters only: back up over UTF-8 continuation bytes.
            let cut = Math.max(0, room);
            while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
                cut--;
            this.carry = Buffer.concat([this.carry, bytes.subarray(0, cut)]);
            this.carryCut = true;
            return;
        }
        this.carry = this.carry.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.carry, bytes]);
    }
    makeLine(bytes, end) {
        const body = !this.carryCut && bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
        this.lineNo++;
        const line = { text: decoder.decode(body), line: this.lineNo, end };
        if (this.carryCut)
            line.truncated = true;
        return line;
    }
}

/** Lines looked at to recognise a followed file's format, as ingest does for whole files. */
const DETECTION_SAMPLE = 100;
/**
 * frame → redact → parse for one followed file, the same steps `ingest` (src/pipeline/ingest.ts) takes
 * for whole files, so a followed file yields the records `ship` without `--follow` would (same ids).
 * The format is detected once, or restored from the checkpoint so a resumed file is parsed as before.
 */
class RecordBuilder {
    path;
    config;
    redactor;
    ci;
    format;
    framer;
    parser;
    constructor(path, config, redactor, ci, format) {
        this.path = path;
        this.config = config;
        this.redactor = redactor;
        this.ci = ci;
        this.format = format;
        this.parser = createParser(format, { timezone: config.timezone });
        this.framer = new Framer({ mode: config.framing, maxRecordBytes: config['max-record-bytes'], format });
    }
    /** The format of a file: the one a checkpoint names, else detected from its first lines. */
    static formatFor(name, sample) {
        if (name && FORMAT_NAMES.includes(name))
            return createFormat(name);
        return detectFormat(sample.filter((l) => l.trim() !== '').slice(0, DETECTION_SAMPLE));
    }
    /** Records for the frames these lines closed; the last frame stays open until `flush`. */
    push(lines) {
        const out = [];
        for (const line of lines) {
            const frame = this.framer.push(line);
            if (frame)
                out.push({ record: this.toRecord(frame), lastLine: frame.line + frame.lines - 1 });
        }
        return out;
    }
    /** Close the open frame (the file went quiet, rotated or ended). */
    flush() {
        const frame = this.framer.flush();
        return frame ? { record: this.toRecord(frame), lastLine: frame.line + frame.lines - 1 } : undefined;
    }
    toRecord(frame) {
        return frameToRecord(frame, {
            path: this.path,
            format: this.format.name,
            parser: this.parser,
            redactor: this.redactor,
            service: this.config.service,
            host: this.config.host,
            ci: this.ci,
        }).record;
    }
}

/**
 * Follows files like a log agent: reads what is appended, turns complete lines into records (the same
 * frame → redact → parse as `ship` without --follow), and knows for each record the file position just
 * past it, so a checkpoint saved after the brokers acknowledged a batch lets a restart resume exactly
 * there. Rotation (the path names another inode: the old file is read to its end first, also across a
 * restart, where it is found again by inode in its directory) and truncation (the file is shorter than
 * the position: read again from 0) are handled. Polls `stat` rather than watching: inotify misses
 * changes on network file systems and in some containers, and a poll every 250 ms costs nothing.
 */
class Follower {
    options;
    files = new Map();
    missing = new Set();
    lastScan = -Infinity;
    rescanMs;
    quietFlushMs;
    readBytes;
    now;
    cwd;
    constructor(options) {
        this.options = options;
        if (options.patterns.includes('-'))
            throw new ConfigError('--follow reads files: `-` (stdin) cannot be followed', {
                hint: 'pipe into `logward ship -` without --follow',
            });
        this.rescanMs = options.rescanMs ?? 5000;
        this.quietFlushMs = options.quietFlushMs ?? 1000;
        this.readBytes = options.readBytesPerPoll ?? 4 * 1024 * 1024;
        this.now = options.now ?? Date.now;
        this.cwd = options.cwd ?? process.cwd();
    }
    get fileCount() {
        return this.files.size;
    }
    /** Read what is new in every file. Never waits for data: the caller sleeps between polls. */
    async poll() {
        const batch = { records: [], positions: new Map() };
        if (this.now() - this.lastScan >= this.rescanMs)
            await this.scan();
        for (const tailed of [...this.files.values()])
            await this.pollFile(tailed, batch);
        return batch;
    }
    /** Everything read so far, with open records closed: for a clean stop. */
    async drain() {
        const batch = await this.poll();
        for (const tailed of this.files.values())
            this.flushFrame(tailed, batch);
        return batch;
    }
    /** Apply acknowledged positions to the checkpoint (the caller saves it). */
    commit(batch) {
        for (const [path, position] of batch.positions) {
            if (position === null)
                this.options.checkpoint.delete(path);
            else
                this.options.checkpoint.set(path, position);
        }
    }
    async close() {
        await Promise.all([...this.files.values()].map((t) => t.handle.close().catch(() => { })));
        this.files.clear();
    }
    async scan() {
        this.lastScan = this.now();
        const { inputs } = await expandInputs(this.options.patterns, { cwd: this.cwd });
        const found = new Set();
        for (const input of inputs) {
            if (input.kind !== 'file')
                continue;
            found.add(input.path);
            if (this.files.has(input.path))
                continue;
            await this.start(input.path, input.absolutePath);
        }
        for (const pattern of this.options.patterns) {
            if (!found.has(pattern) && !this.files.has(pattern) && !this.missing.has(pattern)) {
                this.missing.add(pattern);
                this.options.logger.info(`${pattern}: nothing to follow yet; looking again every ${this.rescanMs / 1000} s`);
            }
        }
    }
    /** Begin following a file: from its checkpoint (or the file it was rotated to), else from its start. */
    async start(path, absolute) {
        const st = await stat(absolute).catch(() => undefined);
        if (!st)
            return;
        const saved = this.options.checkpoint.get(path);
        let target = absolute;
        let position = 0;
        let line = 0;
        if (saved && saved.dev === st.dev && saved.ino === st.ino) {
            if (st.size >= saved.offset) {
                position = saved.offset;
                line = saved.line;
            }
            else
                this.options.logger.warn(`${path}: shorter than its checkpoint (truncated while stopped); reading from its start`);
        }
        else if (saved) {
            // Rotated while we were stopped: finish the old file (same directory, found by inode) first.
            const rotated = await findByInode(dirname(absolute), saved.dev, saved.ino);
            if (rotated) {
                this.options.logger.info(`${path}: rotated while stopped; finishing ${rotated} from the checkpoint first`);
                target = rotated;
                position = saved.offset;
                line = saved.line;
            }
            else
                this.options.logger.warn(`${path}: rotated while stopped and the old file is gone; lines written to it after the checkpoint are lost`);
        }
        // A file resumed mid-way keeps the format it was first read with; one read from its start is detected again.
        const format = position > 0 ? saved?.format : undefined;
        const tailed = await this.openTailed(path, target, position, line, format);
        if (tailed)
            this.files.set(path, tailed);
    }
    async openTailed(path, file, position, line, format) {
        let handle;
        try {
            handle = await open(file, 'r');
        }
        catch (err) {
            this.options.logger.warn(`${path}: cannot open (${err.code ?? 'error'})`);
            return undefined;
        }
        const st = await handle.stat();
        const tailed = {
            path,
            absolute: resolve(this.cwd, path),
            handle,
            dev: st.dev,
            ino: st.ino,
            reader: new LineReader(handle, position, line, this.options.config['max-record-bytes']),
            sample: [],
            ends: [],
            openFrame: false,
            lastDataAt: this.now(),
        };
        if (format) {
            tailed.format = format;
            tailed.builder = this.builder(tailed, []);
        }
        return tailed;
    }
    builder(tailed, sample) {
        const format = RecordBuilder.formatFor(tailed.format, sample);
        tailed.format = format.name;
        return new RecordBuilder(tailed.path, this.options.config, this.options.redactor, this.options.ci, format);
    }
    async pollFile(tailed, batch) {
        const st = await stat(tailed.absolute).catch(() => undefined);
        if (!st || st.ino !== tailed.ino || st.dev !== tailed.dev) {
            // Rotated or deleted: what is left in the old file is still ours (it stays readable while open).
            await this.readAll(tailed, batch);
            const last = tailed.reader.takePartial();
            if (last)
                this.push(tailed, [last], batch);
            this.flushFrame(tailed, batch);
            await tailed.handle.close().catch(() => { });
            this.files.delete(tailed.path);
            if (!st) {
                this.options.logger.info(`${tailed.path}: deleted; stopped following it`);
                batch.positions.set(tailed.path, null);
                return;
            }
            this.options.logger.info(`${tailed.path}: rotated; following the new file from its start`);
            const next = await this.openTailed(tailed.path, tailed.absolute, 0, 0, undefined);
            if (!next)
                return;
            this.files.set(tailed.path, next);
            batch.positions.set(tailed.path, { dev: next.dev, ino: next.ino, offset: 0, line: 0 });
            await this.pollFile(next, batch);
            return;
        }
        if (st.size < tailed.reader.position) {
            this.options.logger.warn(`${tailed.path}: truncated (copytruncate?); reading again from its start`);
            this.flushFrame(tailed, batch);
            tailed.reader = new LineReader(tailed.handle, 0, 0, this.options.config['max-record-bytes']);
            tailed.ends = [];
            batch.positions.set(tailed.path, this.position(tailed, 0, 0));
        }
        const { lines, eof } = await tailed.reader.read(this.readBytes);
        if (lines.length > 0) {
            tailed.lastDataAt = this.now();
            this.push(tailed, lines, batch);
        }
        if (eof && !tailed.builder && tailed.sample.some((l) => l.text.trim() !== ''))
            this.detect(tailed, batch);
        if (eof && tailed.openFrame && this.now() - tailed.lastDataAt >= this.quietFlushMs)
            this.flushFrame(tailed, batch);
    }
    async readAll(tailed, batch) {
        for (;;) {
            const { lines, eof } = await tailed.reader.read(this.readBytes);
            if (lines.length > 0)
                this.push(tailed, lines, batch);
            if (eof)
                break;
        }
        if (!tailed.builder && tailed.sample.length > 0)
            this.detect(tailed, batch);
    }
    push(tailed, lines, batch) {
        if (!tailed.builder) {
            tailed.sample.push(...lines);
            if (tailed.sample.filter((l) => l.text.trim() !== '').length >= DETECTION_SAMPLE)
                this.detect(tailed, batch);
            return;
        }
        for (const l of lines)
            tailed.ends.push({ line: l.line, end: l.end });
        const emitted = tailed.builder.push(lines);
        tailed.openFrame = true;
        for (const { record, lastLine } of emitted)
            this.emit(tailed, record, lastLine, batch);
    }
    detect(tailed, batch) {
        const sample = tailed.sample;
        tailed.sample = [];
        tailed.builder = this.builder(tailed, sample.map((l) => l.text));
        this.push(tailed, sample, batch);
    }
    flushFrame(tailed, batch) {
        if (!tailed.builder && tailed.sample.length > 0)
            this.detect(tailed, batch);
        const last = tailed.builder?.flush();
        tailed.openFrame = false;
        if (last)
            this.emit(tailed, last.record, last.lastLine, batch);
    }
    emit(tailed, record, lastLine, batch) {
        batch.records.push(record);
        let end;
        while (tailed.ends.length > 0 && tailed.ends[0].line <= lastLine)
            end = tailed.ends.shift().end;
        if (end !== undefined)
            batch.positions.set(tailed.path, this.position(tailed, end, lastLine));
    }
    position(tailed, offset, line) {
        return {
            dev: tailed.dev,
            ino: tailed.ino,
            offset,
            line,
            ...(tailed.format ? { format: tailed.format } : {}),
        };
    }
}
/** The file in `dir` with this device and inode (a rotated log keeps its inode under a new name). */
async function findByInode(dir, dev, ino) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names) {
        const path = join(dir, name);
        const st = await stat(path).catch(() => undefined);
        if (st && st.isFile() && st.dev === dev && st.ino === ino)
            return path;
    }
    return undefined;
}

/**
 * Labels records with their template as they stream by (one pass: a template may still generalise, and
 * its id with it, after its first records went out; `backfill` labels them again with a miner that has
 * seen everything). Template ids come from the template text, so they agree across shippers.
 */
function templateLabeller(miner = new TemplateMiner()) {
    return (batch) => {
        for (const record of batch) {
            const found = miner.add(miningText(record));
            record.logward.template_id = found.templateId;
            record.logward.template = found.template;
        }
    };
}
/**
 * `ship PATHS…`: ingest (collect → frame → redact → parse) into the Kafka sink. The sink's `write` waits
 * while a request is in flight and the next one is full, so reading stops until the brokers catch up;
 * `close` returns once every message is acknowledged (acks=all).
 */
async function shipFiles(options) {
    const started = Date.now();
    let records = 0;
    let sources = 0;
    let closed = false;
    try {
        for await (const batch of ingest({
            config: options.config,
            logger: options.logger,
            ...(options.ci ? { ci: options.ci } : {}),
            ...(options.stdin ? { stdin: options.stdin } : {}),
            ...(options.onInputError ? { onInputError: options.onInputError } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
            onSourceDone: () => sources++,
        })) {
            options.label?.(batch);
            await options.sink.write(batch);
            records += batch.length;
        }
        closed = true;
        await options.sink.close();
    }
    finally {
        if (!closed)
            await options.sink.close().catch(() => { });
    }
    return { records, sources, seconds: (Date.now() - started) / 1000 };
}
/**
 * `ship --follow`: tail the files like an agent. Each poll's records are sent, and only once the brokers
 * acknowledged all of them is the checkpoint moved past them and saved (atomically). A crash or kill
 * between the two resends at most that last batch on restart, with the same record ids, so Elasticsearch
 * keeps one copy; nothing acknowledged is read again, nothing unacknowledged is skipped.
 */
async function shipFollow(options) {
    const started = Date.now();
    const checkpoint = await CheckpointStore.load(options.checkpointPath);
    const { config, logger } = options;
    const follower = new Follower({
        patterns: config.paths,
        config,
        redactor: createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] }),
        ...(options.ci ? { ci: options.ci } : {}),
        checkpoint,
        logger,
        ...(options.rescanMs !== undefined ? { rescanMs: options.rescanMs } : {}),
        ...(options.quietFlushMs !== undefined ? { quietFlushMs: options.quietFlushMs } : {}),
    });
    const pollMs = options.pollMs ?? 250;
    let records = 0;
    let failed = true;
    try {
        while (!options.signal.aborted) {
            const batch = await follower.poll();
            if (batch.records.length > 0 || batch.positions.size > 0) {
                await deliver(batch);
            }
            else {
                await setTimeout(pollMs, undefined, { signal: options.signal }).catch(() => { });
            }
        }
        await deliver(await follower.drain());
        failed = false;
    }
    finally {
        await follower.close();
        if (failed)
            await options.sink.close().catch(() => { });
        else
            await options.sink.close();
    }
    return { records, sources: checkpoint.paths().length, seconds: (Date.now() - started) / 1000 };
    async function deliver(batch) {
        if (batch.records.length > 0) {
            options.label?.(batch.records);
            await options.sink.write(batch.records);
            await options.sink.flush();
            records += batch.records.length;
            options.onBatch?.(batch.records, records);
        }
        follower.commit(batch);
        if (batch.positions.size > 0)
            await checkpoint.save();
    }
}

const SHIP_KAFKA_KEYS = KAFKA_KEYS.filter((k) => k !== 'kafka-group' && k !== 'kafka-dlq-topic');
const KEYS = [...INGEST_KEYS, 'store'];
function registerShipCommand(program) {
    const command = program
        .command('ship')
        .description('Read logs like `parse` and ship the records to Kafka (idempotent producer, acks=all); `--follow` tails files like an agent.')
        .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
        .addOption(new Option('-f, --follow', 'keep reading what is appended (rotation and truncation handled); stop with Ctrl-C'))
        .addOption(new Option('--checkpoint <file>', 'where --follow keeps its position in each file (default: <store>/ship-checkpoint.json)'))
        .addOption(new Option('--poll-ms <n>', 'how often --follow looks for new lines').default('250'))
        .addOption(new Option('--no-templates', 'do not label records with their template (logward.template_id)'))
        .addHelpText('after', `
Examples:
  $ logward ship 'logs/**/*.log' --service api --kafka-brokers kafka-1:9092,kafka-2:9092
  $ LOGWARD_KAFKA_BROKERS=kafka:9092 logward ship /var/log/app/*.log --follow
  $ logward ship build.log --kafka-topic 'logs-{service}' --kafka-key '{service}/{host}'`);
    addSettingFlags(command, KEYS);
    addPipelineFlags(command, SHIP_KAFKA_KEYS);
    command.action(async (paths, opts) => {
        const { config, logger } = commandContext(opts, [...KEYS, ...mergedKeys(SHIP_KAFKA_KEYS)], paths.length > 0 ? { paths } : {});
        const settings = resolvePipelineSettings(config, opts);
        if (config.paths.length === 0) {
            logger.error('no inputs: name log files, globs or directories, or `-` to read stdin (or set `paths` in logward.yml)');
            process.exitCode = ExitCode.usage;
            return;
        }
        const failed = [];
        let oversize = 0;
        const sink = await openKafkaSink(settings, {
            logger,
            logLevel: config['log-level'],
            onOversize: (record, size, limit) => {
                oversize++;
                logger.error(`${record.log.file.path}:${record.log.file.line}: record of ${size} bytes is larger than the broker accepts (${limit} bytes); not shipped` +
                    (settings['kafka-oversize'] === 'error'
                        ? ' (kafka-oversize: error; use split to send it in pieces)'
                        : ''));
            },
        });
        const ci = detectCiContext(process.env, config);
        const label = opts.templates === false ? undefined : templateLabeller();
        if (opts.follow) {
            const controller = new AbortController();
            const stop = () => {
                if (controller.signal.aborted)
                    process.exit(ExitCode.internal);
                logger.info('stopping: sending what was read, then saving the checkpoint (Ctrl-C again to quit at once)');
                controller.abort();
            };
            process.once('SIGINT', stop).once('SIGTERM', stop);
            const checkpointPath = typeof opts.checkpoint === 'string' ? opts.checkpoint : join(config.store, 'ship-checkpoint.json');
            logger.info(`following ${config.paths.join(', ')}; checkpoint ${checkpointPath}`);
            const summary = await shipFollow({
                config,
                logger,
                ci,
                sink,
                checkpointPath,
                signal: controller.signal,
                pollMs: Number(opts.pollMs),
                ...(label ? { label } : {}),
                onBatch: (_batch, total) => logger.debug(`shipped ${total} records`),
            });
            process.off('SIGINT', stop).off('SIGTERM', stop);
            logger.info(`shipped ${summary.records.toLocaleString('en-US')} records in ${summary.seconds.toFixed(1)} s`);
        }
        else {
            const progress = createProgress({ label: 'ship' });
            const summary = await shipFiles({
                config,
                logger,
                ci,
                sink,
                ...(label ? { label } : {}),
                onInputError: (err) => {
                    failed.push(err);
                    logger.error(err.hint ? `${err.message} (${err.hint})` : err.message);
                },
                onProgress: (bytes, n) => progress.update(bytes, n),
            });
            progress.done();
            const rate = summary.seconds > 0 ? Math.round(summary.records / summary.seconds) : summary.records;
            const stats = sink.stats;
            logger.info(`shipped ${stats.acked.toLocaleString('en-US')} messages (${summary.records.toLocaleString('en-US')} records from ${summary.sources} input${summary.sources === 1 ? '' : 's'}) ` +
                `to ${settings['kafka-topic']} in ${summary.seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} records/s)` +
                (stats.split > 0 ? `; ${stats.split} oversized record(s) sent in pieces` : ''));
        }
        if (oversize > 0)
            process.exitCode = ExitCode.verdictFailed;
        else if (failed.length > 0)
            process.exitCode = ExitCode.partialInput;
    });
}

export { registerShipCommand };
