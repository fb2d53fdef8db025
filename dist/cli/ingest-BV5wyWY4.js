import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { a as InputError, d as describeError } from './index.js';
import { t as toInputError, d as danglingSymlink, e as expandInputs } from './expand-inputs-EVvGJ3Wt.js';
import { open, lstat } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { a as formatBytes, d as detectFormat, c as createParser } from './parser-DEMDJLvQ.js';
import 'node:path';
import { Buffer as Buffer$1 } from 'node:buffer';
import { c as createRedactor } from './redact-DMW0fSiV.js';

async function readHead(iterator, bytes) {
    const chunks = [];
    let total = 0;
    let done = false;
    while (total < bytes) {
        const next = await iterator.next();
        if (next.done) {
            done = true;
            break;
        }
        chunks.push(next.value);
        total += next.value.length;
    }
    const head = chunks.length === 1 ? asBuffer(chunks[0]) : Buffer.concat(chunks, total);
    return { head, done, rest: iterator };
}
/** The head, then the rest, as one iterable again; returning early releases the underlying stream. */
async function* prepend(head, rest, done) {
    try {
        if (head.length > 0)
            yield head;
        if (done)
            return;
        for (;;) {
            const next = await rest.next();
            if (next.done)
                return;
            yield next.value;
        }
    }
    finally {
        await rest.return?.();
    }
}
function asBuffer(chunk) {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

/** How much of the (decompressed) start of an input is looked at to choose its encoding, or call it binary. */
const SNIFF_BYTES = 8192;
/**
 * Chooses the encoding from the first bytes: a BOM decides; otherwise ASCII-range text in UTF-16 shows as
 * a NUL in every other byte, on the odd bytes (LE) or the even ones (BE). Anything else is read as UTF-8,
 * unless it looks binary.
 */
function sniff(sample) {
    const [b0, b1, b2] = sample;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { encoding: 'utf-8', bomLength: 3 };
    if (b0 === 0xff && b1 === 0xfe)
        return { encoding: 'utf-16le', bomLength: 2 };
    if (b0 === 0xfe && b1 === 0xff)
        return { encoding: 'utf-16be', bomLength: 2 };
    const utf16 = utf16WithoutBom(sample);
    if (utf16)
        return { encoding: utf16, bomLength: 0 };
    const binary = binaryReason(sample);
    return binary ? { encoding: 'utf-8', bomLength: 0, binary } : { encoding: 'utf-8', bomLength: 0 };
}
function utf16WithoutBom(sample) {
    const pairs = sample.length >> 1;
    if (pairs < 2)
        return undefined;
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i + 1 < sample.length; i += 2) {
        if (sample[i] === 0)
            evenZero++;
        if (sample[i + 1] === 0)
            oddZero++;
    }
    // Non-ASCII UTF-16 text has fewer NULs, hence 30%; binary data has NULs on both sides, hence ~none.
    if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02)
        return 'utf-16le';
    if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02)
        return 'utf-16be';
    return undefined;
}
/** Control bytes that text logs do contain: BS, TAB, LF, VT, FF, CR and ESC (ANSI colours). */
const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/**
 * A known binary signature, or ≥ 1% NUL bytes, or > 5% other control bytes. A lone NUL does not make a
 * log binary (it happens in real logs); random or compressed data has ~10% control bytes.
 */
function binaryReason(sample) {
    const magic = binaryMagic(sample);
    if (magic)
        return `it is ${magic}`;
    let nul = 0;
    let control = 0;
    for (let i = 0; i < sample.length; i++) {
        const b = sample[i];
        if (b < 0x20 || b === 0x7f) {
            if (b === 0)
                nul++;
            else if (!TEXT_CONTROLS.has(b))
                control++;
        }
    }
    if (nul > 0 && nul * 100 >= sample.length)
        return 'it looks binary (NUL bytes near the start)';
    if ((nul + control) * 20 > sample.length)
        return 'it looks binary (many control bytes near the start)';
    return undefined;
}
const startsWith = (sample, bytes, at = 0) => sample.length >= at + bytes.length && bytes.every((b, i) => sample[at + i] === b);
/** Formats people pass by mistake; naming them tells the user what to do (decompress, extract). */
function binaryMagic(sample) {
    if (startsWith(sample, [0x1f, 0x8b]))
        return 'gzip-compressed twice (or a gzip file inside gzip)';
    if (startsWith(sample, [0x28, 0xb5, 0x2f, 0xfd]))
        return 'zstd-compressed (decompress it with `zstd -d` first)';
    if (startsWith(sample, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return 'xz-compressed (decompress it with `xz -d` first)';
    if (startsWith(sample, [0x42, 0x5a, 0x68]) && startsWith(sample, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) {
        return 'bzip2-compressed (decompress it with `bunzip2` first)';
    }
    if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04]))
        return 'a zip archive (extract it first)';
    if (startsWith(sample, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
        return 'a 7z archive (extract it first)';
    if (startsWith(sample, [0x75, 0x73, 0x74, 0x61, 0x72], 257))
        return 'a tar archive (extract it first)';
    return undefined;
}
/**
 * Sniffs the encoding, then decodes the byte stream to text, streaming (a multi-byte character split
 * across chunks is held until its last byte comes). Sets `stats.encoding`, `stats.bom` and keeps
 * `stats.invalidSequences` up to date. On `binary`, the byte stream has been released.
 */
async function decodeBytes(bytes, stats, options = {}) {
    const iterator = bytes[Symbol.asyncIterator]();
    const { head, done, rest } = await readHead(iterator, SNIFF_BYTES);
    const sniffed = sniff(head.subarray(0, SNIFF_BYTES));
    stats.encoding = sniffed.encoding;
    stats.bom = sniffed.bomLength > 0;
    if (sniffed.binary && options.binary !== 'text') {
        await iterator.return?.();
        return { kind: 'binary', reason: sniffed.binary };
    }
    return {
        kind: 'text',
        empty: done && head.length === 0,
        chunks: decodeChunks(head.subarray(sniffed.bomLength), rest, done, sniffed.encoding, stats),
    };
}
async function* decodeChunks(first, rest, done, encoding, stats) {
    // The BOM was dropped above; `ignoreBOM` keeps the decoder from eating a second one that is content.
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    const literal = new LiteralReplacementCounter(encoding);
    let replacements = 0;
    const decode = (chunk) => {
        const text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
        if (chunk !== undefined)
            literal.scan(chunk);
        replacements += countReplacements(text);
        // U+FFFD that was in the input is content, not an invalid sequence.
        stats.invalidSequences = replacements - literal.count;
        return text;
    };
    try {
        let text = decode(first);
        if (text.length > 0)
            yield text;
        if (!done) {
            for (;;) {
                const next = await rest.next();
                if (next.done)
                    break;
                text = decode(next.value);
                if (text.length > 0)
                    yield text;
            }
        }
        text = decode();
        if (text.length > 0)
            yield text;
    }
    finally {
        await rest.return?.();
    }
}
function countReplacements(text) {
    let n = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1))
        n++;
    return n;
}
/**
 * Counts U+FFFD literally encoded in the input (EF BF BD in UTF-8, one aligned code unit in UTF-16),
 * including one split across chunks, so that it can be told apart from the decoder's replacements.
 */
class LiteralReplacementCounter {
    count = 0;
    pattern;
    align;
    offset = 0;
    tail = Buffer.alloc(0);
    constructor(encoding) {
        this.pattern = Buffer.from(encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd]);
        this.align = encoding === 'utf-8' ? 1 : 2;
    }
    scan(chunk) {
        const buf = asBuffer(chunk);
        if (buf.length === 0)
            return;
        const keep = this.pattern.length - 1;
        if (this.tail.length > 0) {
            // Only matches that start in the previous chunk's tail and end in this chunk.
            const window = Buffer.concat([this.tail, buf.subarray(0, keep)]);
            const windowStart = this.offset - this.tail.length;
            for (let i = window.indexOf(this.pattern); i !== -1 && i < this.tail.length; i = window.indexOf(this.pattern, i + 1)) {
                if ((windowStart + i) % this.align === 0)
                    this.count++;
            }
        }
        for (let i = buf.indexOf(this.pattern); i !== -1; i = buf.indexOf(this.pattern, i + 1)) {
            if ((this.offset + i) % this.align === 0)
                this.count++;
        }
        this.tail =
            buf.length >= keep
                ? Buffer.from(buf.subarray(buf.length - keep))
                : Buffer.concat([this.tail, buf]).subarray(-keep);
        this.offset += buf.length;
    }
}

const DECOMPRESS_DEFAULTS = {
    maxDecompressedBytes: 10 * 1024 ** 3,
    maxCompressionRatio: 1000,
    compressionRatioMinBytes: 4 * 1024 ** 2,
};
/** gzip is recognised by its magic bytes, never by the file name: `.log` files are often gzip, and back. */
function isGzip(head) {
    return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
/**
 * Gunzips a byte stream (concatenated members too), stopping with an InputError as soon as the output
 * passes the size limit or the ratio guard — before the rest of a bomb is inflated. zlib respects
 * back-pressure, so the input consumed (`bytesWritten`) tracks the output we have pulled and the ratio is
 * measured on what was actually inflated, not on what was read ahead.
 */
async function* gunzipBounded(path, input, options = {}) {
    const { maxDecompressedBytes, maxCompressionRatio, compressionRatioMinBytes } = {
        ...DECOMPRESS_DEFAULTS,
        ...options,
    };
    const gunzip = createGunzip();
    const source = Readable.from(input, { objectMode: false });
    // Errors (read or zlib) surface through the iteration below; the callback only has to exist.
    pipeline(source, gunzip, () => { });
    let out = 0;
    try {
        for await (const chunk of gunzip) {
            out += chunk.length;
            if (out > maxDecompressedBytes) {
                throw new InputError(path, `gzip input expands past ${formatBytes(maxDecompressedBytes)}; stopped`, {
                    hint: 'if the file is genuine, raise `max-decompressed-bytes`',
                });
            }
            if (out > compressionRatioMinBytes && out > gunzip.bytesWritten * maxCompressionRatio) {
                const ratio = Math.round(out / Math.max(1, gunzip.bytesWritten));
                throw new InputError(path, `gzip input expands more than ${maxCompressionRatio}:1 (${ratio}:1 after ${formatBytes(out)}); ` +
                    'this looks like a decompression bomb, so it was stopped', { hint: 'if the file is genuine, decompress it first (`gunzip -k`) and pass the plain file' });
            }
            yield chunk;
        }
    }
    catch (err) {
        throw toInputError(path, err);
    }
    finally {
        gunzip.destroy();
        source.destroy();
    }
}

const SPLIT_DEFAULTS = {
    maxRecordBytes: 1024 * 1024,
    batchLines: 1000,
    batchChars: 64 * 1024,
};
const LF = 10;
/**
 * Cuts decoded text into lines (LF, CRLF or a lone CR end a line; a CRLF split across chunks is one
 * terminator) and groups them into batches, so that consumers pay one await per batch, not per line.
 *
 * Memory stays O(max line + chunk): a line longer than `maxRecordBytes` is cut there, and the rest is
 * skipped as it streams by — never accumulated — until its terminator.
 */
class LineSplitter {
    stats;
    maxBytes;
    batchLines;
    batchChars;
    /** The line begun in an earlier chunk, not yet terminated (at most maxBytes worth). */
    partial = '';
    /** The current line was cut: its remaining text is being skipped up to the terminator. */
    cut = false;
    /** The previous chunk ended with CR: an LF starting the next one belongs to it. */
    skipLf = false;
    lineNo = 0;
    batch = [];
    chars = 0;
    ready = [];
    constructor(stats, options = {}) {
        this.stats = stats;
        const o = { ...SPLIT_DEFAULTS, ...options };
        if (!(o.maxRecordBytes >= 1))
            throw new RangeError('maxRecordBytes must be at least 1');
        this.maxBytes = o.maxRecordBytes;
        this.batchLines = Math.max(1, o.batchLines);
        this.batchChars = Math.max(1, o.batchChars);
    }
    push(text) {
        const len = text.length;
        let start = 0;
        if (this.skipLf && len > 0) {
            this.skipLf = false;
            if (text.charCodeAt(0) === LF)
                start = 1;
        }
        // The next LF and CR are remembered between lines, so each chunk is scanned once for each.
        let lf = text.indexOf('\n', start);
        let cr = text.indexOf('\r', start);
        for (;;) {
            let end;
            let next;
            if (cr !== -1 && (lf === -1 || cr < lf)) {
                end = cr;
                if (cr + 1 < len) {
                    next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
                }
                else {
                    next = len;
                    this.skipLf = true;
                }
                if (lf !== -1 && lf < next)
                    lf = text.indexOf('\n', next);
                cr = text.indexOf('\r', next);
            }
            else if (lf !== -1) {
                end = lf;
                next = lf + 1;
                lf = text.indexOf('\n', next);
            }
            else {
                break;
            }
            this.endLine(text, start, end);
            start = next;
        }
        if (start < len)
            this.appendPartial(text.slice(start));
    }
    /** Ends the input: the last line, if it had no terminator. */
    end() {
        if (this.partial.length > 0 || this.cut)
            this.emit(this.partial, this.cut);
        this.partial = '';
        this.cut = false;
        this.flush();
    }
    /** Batches completed so far; taking them empties the queue. */
    take() {
        return this.ready.splice(0, this.ready.length);
    }
    endLine(text, start, end) {
        if (this.cut) {
            // The rest of an over-long line ends here; what was kept is already cut to size.
            this.emit(this.partial, true);
            this.partial = '';
            this.cut = false;
            return;
        }
        let line = this.partial.length === 0 ? text.slice(start, end) : this.partial + text.slice(start, end);
        this.partial = '';
        let truncated = false;
        // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long lines need their bytes counted.
        if (line.length * 3 > this.maxBytes && Buffer.byteLength(line) > this.maxBytes) {
            line = cutUtf8$1(line, this.maxBytes);
            truncated = true;
        }
        this.emit(line, truncated);
    }
    appendPartial(piece) {
        if (this.cut)
            return;
        this.partial = this.partial.length === 0 ? piece : this.partial + piece;
        if (this.partial.length * 3 > this.maxBytes && Buffer.byteLength(this.partial) > this.maxBytes) {
            this.partial = cutUtf8$1(this.partial, this.maxBytes);
            this.cut = true;
        }
    }
    emit(text, truncated) {
        const line = ++this.lineNo;
        this.batch.push(truncated ? { text, line, truncated: true } : { text, line });
        this.stats.lines++;
        if (truncated)
            this.stats.linesTruncated++;
        this.chars += text.length;
        if (this.batch.length >= this.batchLines || this.chars >= this.batchChars)
            this.flush();
    }
    flush() {
        if (this.batch.length === 0)
            return;
        this.ready.push(this.batch);
        this.batch = [];
        this.chars = 0;
    }
}
/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
function cutUtf8$1(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let cut = maxBytes;
    // Back up over continuation bytes (10xxxxxx) to the start of the character that does not fit.
    while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
        cut--;
    return bytes.toString('utf8', 0, cut);
}

const READ_CHUNK_BYTES = 256 * 1024;
/**
 * Opens one input and sniffs it (gzip by magic bytes, encoding, binary) before handing it over, so that
 * an input that cannot be read or is binary is known before any of its lines are. Errors that happen
 * later, while lines stream (a read error, a truncated or exploding gzip), go to `onStreamError` and end
 * the lines early: the lines read before are kept, and the caller's loop does not need a try/catch.
 */
async function openSource(input, options = {}, onStreamError = () => { }) {
    const path = input.path;
    const stats = {
        bytesRead: 0,
        gzip: false,
        encoding: 'utf-8',
        bom: false,
        invalidSequences: 0,
        lines: 0,
        linesTruncated: 0,
    };
    let file;
    let raw;
    if (input.kind === 'stdin') {
        raw = readStream(options.stdin ?? process.stdin, stats);
    }
    else {
        try {
            file = await openFile(input.absolutePath);
        }
        catch (err) {
            return { kind: 'failed', error: await explainOpenError(path, input.absolutePath, err) };
        }
        raw = readFile(file, options.readChunkBytes ?? READ_CHUNK_BYTES, stats);
    }
    // The stages stacked on the file, top last; set as they are built.
    const layers = {};
    let closing;
    const close = () => (closing ??= (async () => {
        // Each layer's finally releases the one below; the explicit calls cover layers never started.
        await layers.lines?.return().catch(() => { });
        await layers.bytes?.return().catch(() => { });
        await raw.return().catch(() => { });
        await file?.close().catch(() => { });
    })());
    let decoded;
    try {
        const { head, done, rest } = await readHead(raw, 2);
        layers.bytes = prepend(head, rest, done);
        if (isGzip(head)) {
            stats.gzip = true;
            layers.bytes = gunzipBounded(path, layers.bytes, options);
        }
        decoded = await decodeBytes(layers.bytes, stats, options);
    }
    catch (err) {
        await close();
        return { kind: 'failed', error: toInputError(path, err) };
    }
    if (decoded.kind === 'binary') {
        await close();
        return { kind: 'binary', path, reason: decoded.reason, stats };
    }
    const chunks = decoded.chunks;
    const lines = (async function* () {
        const splitter = new LineSplitter(stats, options);
        try {
            try {
                for await (const chunk of chunks) {
                    splitter.push(chunk);
                    for (const batch of splitter.take())
                        yield batch;
                }
            }
            catch (err) {
                onStreamError(toInputError(path, err));
            }
            // Also after an error: the lines read up to it are real and are kept.
            splitter.end();
            for (const batch of splitter.take())
                yield batch;
        }
        finally {
            await file?.close().catch(() => { });
        }
    })();
    layers.lines = lines;
    return { kind: 'opened', source: { path, lines, stats }, empty: decoded.empty, close };
}
async function openFile(absolutePath) {
    const file = await open(absolutePath, 'r');
    try {
        // Opening a directory for reading succeeds on Linux; reading it fails with a less helpful error.
        if ((await file.stat()).isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        return file;
    }
    catch (err) {
        await file.close().catch(() => { });
        throw err;
    }
}
async function explainOpenError(path, absolutePath, err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') {
        const link = await lstat(absolutePath).catch(() => undefined);
        if (link?.isSymbolicLink())
            return danglingSymlink(path, err);
    }
    return toInputError(path, err);
}
async function* readFile(file, chunkBytes, stats) {
    for (;;) {
        // A fresh buffer per read: later stages (zlib, the decoder's pending bytes) may still hold the last one.
        const buffer = Buffer.allocUnsafe(chunkBytes);
        const { bytesRead } = await file.read(buffer, 0, chunkBytes, null);
        if (bytesRead === 0)
            return;
        stats.bytesRead += bytesRead;
        yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
    }
}
async function* readStream(stream, stats) {
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        stats.bytesRead += bytes.length;
        yield bytes;
    }
}

/**
 * The collect stage: expands the inputs (files, globs, directories, `-`), then opens them one at a time,
 * lazily and in order, each as batches of decoded lines. An input that cannot be read is reported and
 * skipped; the rest are still read. Moving on to the next source releases the previous one, whether or
 * not its lines were read to the end. Iterate once.
 */
function collectSources(inputs, options, logger) {
    const summary = { opened: [], failed: [], skippedBinary: [], empty: [] };
    const report = (err) => {
        summary.failed.push(err);
        if (options.onInputError)
            options.onInputError(err);
        else
            logger.error(describeError(err));
    };
    async function* iterate() {
        const { inputs: expanded } = await expandInputs(inputs, {
            onInputError: report,
            logger,
            ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
        });
        let close;
        try {
            for (const input of expanded) {
                await close?.();
                close = undefined;
                if (input.kind === 'stdin' && !options.stdin && process.stdin.isTTY) {
                    // Otherwise a forgotten pipe looks like a hang.
                    logger.info('-: reading standard input from the terminal; end it with Ctrl-D');
                }
                const result = await openSource(input, options, report);
                if (result.kind === 'failed') {
                    report(result.error);
                    continue;
                }
                if (result.kind === 'binary') {
                    summary.skippedBinary.push({ path: result.path, reason: result.reason });
                    logger.warn(`${result.path}: skipped: ${result.reason}. ` +
                        'If it is a text log, check its encoding (UTF-8 or UTF-16 expected) or pass its decompressed text.');
                    continue;
                }
                const { source } = result;
                close = result.close;
                summary.opened.push(source.path);
                if (result.empty) {
                    summary.empty.push(source.path);
                    logger.debug(`${source.path}: empty; no lines`);
                }
                else {
                    const { gzip, encoding, bom } = source.stats;
                    logger.debug(`${source.path}: reading (${gzip ? 'gzip, ' : ''}${encoding}${bom ? ' with BOM' : ''})`);
                }
                yield source;
            }
        }
        finally {
            await close?.();
        }
    }
    return { summary, [Symbol.asyncIterator]: () => iterate() };
}

/**
 * Framing: groups physical lines into records. In `multiline` mode a stack trace, a Python traceback, a Go
 * panic dump or a PEM block becomes one frame with its header line, so the parser, the miner and the judge
 * see one record per event instead of one per line.
 *
 * Rules (multiline mode), in order, for each non-blank line:
 * 1. The format's `startsRecord(line)` says so: a new record, always.
 * 2. An indented line (leading space or tab) continues the current record (Java `\tat`, .NET `   at`, Node
 *    `    at`, Python `  File`, Go `\t/path/file.go:12 +0x1d`, wrapped messages), even across blank lines.
 * 3. Column-0 lines that only exist inside a record continue it: `Caused by:`, `Suppressed:`, `... N more`,
 *    `--- End of ...`, `---> Inner.Exception:`, unindented `at pkg.Class.method(` frames, and lines of
 *    closing brackets only (`}`, `]`, `})`) that end a pretty-printed object.
 * 4. Per-language state, set by the record's first line: Python tracebacks take their final unindented
 *    `ValueError: msg` line and the "During handling of the above exception" / "The above exception was the
 *    direct cause" chains; Go panics take `goroutine N [...]:` headers (across blank lines), `pkg.f(...)` and
 *    `created by` lines; Node's uncaught-exception report (`file.js:12`, source line, caret, `Error: msg`,
 *    frames, `{ code }`, `Node.js v22`) stays whole across its blank lines; a PEM block runs to its END line.
 * 5. A stack trace a logger prints under its message: a qualified exception line (`java.lang.X: msg`,
 *    `System.X: msg`) or `Traceback (most recent call last):` directly after a one-line log header (a line
 *    with a timestamp or a level word, or one the format says starts a record) continues that record, as does
 *    any exception line (`Error: msg`) directly after a line ending with `:`.
 * Anything else starts a new record. `Exception in thread "main" ...` and `Unhandled exception. ...` always do.
 *
 * Blank lines never start or end a record by themselves, and are never dropped: they are held until the next
 * non-blank line decides. If that line continues the record (a Go goroutine header, a Python chain line, an
 * indented line), the blank lines are inside the record; otherwise they stay at the end of the record they
 * follow, which is then closed. Blank lines before the first record form a frame of their own. So every input
 * line is in exactly one frame and `text.split('\n')` maps to line numbers (unless the frame was truncated);
 * parsers should trim trailing blank lines from a message.
 *
 * Envelopes (GitHub Actions' timestamp prefix): continuation is decided on the body, but the frame keeps the
 * full physical lines. The per-line timestamps are the only record of when each line was written, and the
 * parser, which strips envelopes anyway, can take the first one as the record's time; stripping them here
 * would lose them for good and make the frame text differ from the log a user greps.
 */
const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;
// What the current record is, as far as its continuation rules go.
const NONE = 0;
const PY_FRAMES = 1; // after `Traceback (most recent call last):`, in the frames
const PY_DONE = 2; // after the traceback's exception line
const PY_CHAIN = 3; // after "During handling of the above exception..."
const GO = 4;
const NODE = 5;
const PEM = 6;
const TRACEBACK = 'Traceback (most recent call last):';
const PY_CHAIN_1 = 'During handling of the above exception, another exception occurred:';
const PY_CHAIN_2 = 'The above exception was the direct cause of the following exception:';
// The last line of a traceback: `ValueError: msg`, `pkg.mod.Error: msg`, `KeyboardInterrupt`.
const PY_EXCEPTION = /^[A-Za-z_][\w.]*(?::|$)/;
// An exception line: `java.lang.IllegalStateException: msg`, `System.IO.IOException`, `TypeError: x`,
// `Error [ERR_MODULE_NOT_FOUND]: x`, `org.opentest4j.AssertionFailedError: x`.
const EXCEPTION_LINE = /^(?:[A-Za-z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Exception|Error|Throwable|Failure|Fault)(?: \[[\w.-]+\])?(?::|$)/;
const DOTS_MORE = /^\.\.\. \d+ (?:more|common frames omitted)/;
const JAVA_FRAME = /^at (?:[\w$<>-]+[./])+[\w$<>-]+\(/;
const GOROUTINE = /^goroutine \d+ .*\]:$/;
const GO_SIGNAL = /^SIG[A-Z]+: /;
const NODE_HEADER = /^(?:node:[\w/]+|file:\/\/\S+|\/\S+|[A-Za-z]:\\\S+|\[eval\]|\S+\.[cm]?[jt]sx?):\d+$/;
const CLOSERS = /^[\]})]+[,;]?\s*$/;
const PEM_BODY = /^(?:[A-Za-z0-9+/=]+|[A-Za-z-]+: .*)$/;
// What a log header looks like when the format cannot tell: a leading timestamp or an upper-case level word.
const HEADER = /^\[?\d{4}[-/.]?\d\d[-/.]?\d\d[T ]\d|^\[?\d\d:\d\d:\d\d|^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d|\b(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\b|\blevel=\w/;
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
const encoder = new TextEncoder();
function isBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12)
            return false;
    }
    return true;
}
function isLetter(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** The longest prefix of `s` that fits in `room` UTF-8 bytes, never splitting a character. */
function cutUtf8(s, room) {
    if (room <= 0)
        return '';
    const { read } = encoder.encodeInto(s, new Uint8Array(room));
    return s.slice(0, read);
}
/** The state a record starts in, from its first line's body. */
function startState(body) {
    let state = NONE;
    switch (body.charCodeAt(0)) {
        case 84: // T
            if (body.startsWith(TRACEBACK))
                state = PY_FRAMES;
            break;
        case 112: // p
            if (body.startsWith('panic: '))
                state = GO;
            break;
        case 102: // f
            if (body.startsWith('fatal error: '))
                state = GO;
            break;
        case 103: // g
            if (body.startsWith('goroutine ') && GOROUTINE.test(body))
                state = GO;
            break;
        case 83: // S: a Go runtime signal dump, `SIGQUIT: quit`
            if (body.startsWith('SIG') && GO_SIGNAL.test(body))
                state = GO;
            break;
    }
    if (state === NONE) {
        const last = body.charCodeAt(body.length - 1);
        if (last >= 48 && last <= 57 && body.indexOf(' ') === -1 && NODE_HEADER.test(body))
            state = NODE;
    }
    return state;
}
class Framer {
    stats = { lines: 0, frames: 0, truncated: 0 };
    multiline;
    max;
    envelope;
    startsRecord;
    // The open frame.
    open = false;
    first = 0;
    lines = 0;
    text = '';
    units = 0; // UTF-16 length of `text`: 3 × units bounds its UTF-8 size, so most frames never count bytes
    bytes = -1; // exact UTF-8 size of `text`, once the bound is no longer enough
    truncated = false;
    full = false; // text is at the limit: later lines are counted, not kept
    blankOnly = false;
    state = NONE;
    contentLines = 0; // non-blank lines
    lastColon = false; // the last non-blank line ends with ':'
    firstText = '';
    firstBody = '';
    header; // the first line looks like a log header (computed when needed)
    // Blank lines held until the next non-blank line says whose they are.
    pendingCount = 0;
    pendingText = '';
    pendingOverflow = false;
    constructor(options) {
        this.multiline = options.mode === 'multiline';
        this.max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
        if (!Number.isSafeInteger(this.max) || this.max < 1) {
            throw new RangeError(`maxRecordBytes must be a positive integer, got ${String(options.maxRecordBytes)}`);
        }
        this.envelope = options.format?.envelope?.bind(options.format);
        this.startsRecord = options.format?.startsRecord?.bind(options.format);
    }
    /** Adds one line; returns the frame this line closed, if any. In `line` mode, the line's own frame. */
    push(line) {
        this.stats.lines++;
        if (!this.multiline) {
            // Line mode keeps one exception: a PEM private-key block stays one frame, as in multiline mode,
            // because its base64 body lines alone cannot be recognised, and so redacted, as part of a key.
            if (this.open) {
                const trimmed = line.text.trim();
                if (trimmed.indexOf('-----END ') !== -1) {
                    this.append(line.text, 1, line.truncated);
                    return this.close();
                }
                if (PEM_BODY.test(trimmed)) {
                    this.append(line.text, 1, line.truncated);
                    return undefined;
                }
                // A block with no END line (a cut key): the line that ends it joins the frame rather than wait for
                // a second frame slot; nothing is lost and the rest of the file is one line per frame again.
                this.append(line.text, 1, line.truncated);
                return this.close();
            }
            if (line.text.indexOf('-----BEGIN ') !== -1 &&
                line.text.indexOf('PRIVATE KEY') !== -1 &&
                line.text.indexOf('-----END ') === -1) {
                this.start(line, line.text);
                return undefined;
            }
            return this.single(line);
        }
        let body = line.text;
        if (this.envelope) {
            const env = this.envelope(body);
            if (env)
                body = env.body;
        }
        // Colour codes (FORCE_COLOR in CI) would hide indentation and prefixes.
        if (body.indexOf('\x1b') !== -1)
            body = body.replace(ANSI, '');
        if (isBlank(body)) {
            if (!this.open) {
                this.start(line, body);
                this.blankOnly = true;
            }
            else if (this.blankOnly)
                this.append(line.text, 1, line.truncated);
            else
                this.hold(line);
            return undefined;
        }
        if (!this.open) {
            this.start(line, body);
            return undefined;
        }
        const gap = this.pendingCount > 0;
        if (!this.blankOnly && this.continues(line.text, body, gap)) {
            if (gap)
                this.releasePending();
            this.append(line.text, 1, line.truncated);
            this.noteContent(body);
            return undefined;
        }
        if (gap)
            this.releasePending();
        const frame = this.close();
        this.start(line, body);
        return frame;
    }
    /** Pushes every line; returns the frames they closed (call `flush()` at the end of the source). */
    pushAll(lines) {
        const frames = [];
        for (const line of lines) {
            const frame = this.push(line);
            if (frame)
                frames.push(frame);
        }
        return frames;
    }
    /** Closes and returns the open frame (end of the source). The framer can be reused afterwards. */
    flush() {
        if (!this.open)
            return undefined;
        if (this.pendingCount > 0)
            this.releasePending();
        return this.close();
    }
    single(line) {
        let text = line.text;
        let truncated = line.truncated === true;
        if (text.length * 3 > this.max && Buffer$1.byteLength(text) > this.max) {
            text = cutUtf8(text, this.max);
            truncated = true;
        }
        this.stats.frames++;
        if (truncated)
            this.stats.truncated++;
        return { text, line: line.line, lines: 1, truncated };
    }
    start(line, body) {
        this.open = true;
        this.first = line.line;
        this.lines = 0;
        this.text = '';
        this.units = 0;
        this.bytes = -1;
        this.truncated = false;
        this.full = false;
        this.blankOnly = false;
        this.contentLines = 0;
        this.lastColon = false;
        this.firstText = line.text;
        this.firstBody = body;
        this.header = undefined;
        this.state = NONE;
        this.append(line.text, 1, line.truncated);
        if (!isBlank(body)) {
            this.state = startState(body);
            this.noteContent(body);
        }
    }
    close() {
        const frame = { text: this.text, line: this.first, lines: this.lines, truncated: this.truncated };
        this.open = false;
        this.text = '';
        this.firstText = '';
        this.firstBody = '';
        this.stats.frames++;
        if (frame.truncated)
            this.stats.truncated++;
        return frame;
    }
    /** Bookkeeping after a non-blank line joined the frame. */
    noteContent(body) {
        this.contentLines++;
        let end = body.length - 1;
        while (end >= 0 && (body.charCodeAt(end) === 32 || body.charCodeAt(end) === 9))
            end--;
        this.lastColon = body.charCodeAt(end) === 58;
        // A PEM block's lines are unindented base64: without this state each would be a record of its own, and
        // the redactor could no longer recognise the key it belongs to.
        if (this.state !== PEM && body.indexOf('-----BEGIN ') !== -1 && body.indexOf('-----END ') === -1) {
            this.state = PEM;
        }
    }
    /** Appends `chunk` (one or more lines joined with `\n`), keeping the text within `max` bytes. */
    append(chunk, count, truncated) {
        if (truncated)
            this.truncated = true;
        if (this.full) {
            this.lines += count;
            return;
        }
        const piece = this.lines > 0 ? '\n' + chunk : chunk;
        this.lines += count;
        if (this.bytes < 0) {
            const units = this.units + piece.length;
            if (units * 3 <= this.max) {
                this.text += piece;
                this.units = units;
                return;
            }
            this.bytes = Buffer$1.byteLength(this.text);
        }
        const size = Buffer$1.byteLength(piece);
        if (this.bytes + size <= this.max) {
            this.text += piece;
            this.bytes += size;
            return;
        }
        const cut = cutUtf8(piece, this.max - this.bytes);
        this.text += cut;
        this.bytes += Buffer$1.byteLength(cut);
        this.full = true;
        this.truncated = true;
    }
    hold(line) {
        if (line.truncated)
            this.truncated = true;
        // Bounded like a frame: past `max` the blank lines are counted only (they are whitespace anyway).
        if (!this.pendingOverflow) {
            this.pendingText = this.pendingCount === 0 ? line.text : this.pendingText + '\n' + line.text;
            if (this.pendingText.length > this.max) {
                this.pendingText = this.pendingText.slice(0, this.max);
                this.pendingOverflow = true;
            }
        }
        this.pendingCount++;
    }
    releasePending() {
        this.append(this.pendingText, this.pendingCount, this.pendingOverflow);
        this.pendingCount = 0;
        this.pendingText = '';
        this.pendingOverflow = false;
    }
    isHeader() {
        this.header ??= (this.startsRecord?.(this.firstText) ?? false) || HEADER.test(this.firstBody);
        return this.header;
    }
    /** Does this non-blank line continue the open record? Updates the record's state when it does. */
    continues(text, body, gap) {
        if (this.startsRecord?.(text))
            return false;
        const c0 = body.charCodeAt(0);
        const state = this.state;
        if (state === PEM) {
            const trimmed = body.trim();
            if (trimmed.indexOf('-----END ') !== -1) {
                this.state = NONE;
                return true;
            }
            if (PEM_BODY.test(trimmed))
                return true;
            this.state = NONE; // not a PEM line after all: judge it like any other
        }
        if (c0 === 32 || c0 === 9)
            return true;
        switch (state) {
            case PY_FRAMES:
                if (!gap && PY_EXCEPTION.test(body)) {
                    this.state = PY_DONE;
                    return true;
                }
                break;
            case PY_DONE:
                if (body.startsWith(PY_CHAIN_1) || body.startsWith(PY_CHAIN_2)) {
                    this.state = PY_CHAIN;
                    return true;
                }
                break;
            case PY_CHAIN:
                if (body.startsWith(TRACEBACK)) {
                    this.state = PY_FRAMES;
                    return true;
                }
                break;
            case GO:
                if (this.goContinues(body, c0, gap))
                    return true;
                break;
            case NODE:
                if (EXCEPTION_LINE.test(body) ||
                    body.startsWith('Node.js v') ||
                    body.startsWith("Emitted 'error' event")) {
                    return true;
                }
                break;
        }
        switch (c0) {
            case 67: // C
                if (body.startsWith('Caused by: '))
                    return true;
                break;
            case 83: // S
                if (body.startsWith('Suppressed: '))
                    return true;
                break;
            case 46: // .
                if (DOTS_MORE.test(body))
                    return true;
                break;
            case 45: // -
                if (body.startsWith('--- End of ') || body.startsWith('---> '))
                    return true;
                break;
            case 97: // a
                if (JAVA_FRAME.test(body))
                    return true;
                break;
            case 125: // }
            case 93: // ]
            case 41: // )
                // The end of a pretty-printed object (`}`, `]`, `})`): it closes a record, it cannot open one.
                if (CLOSERS.test(body))
                    return true;
                break;
        }
        return !gap && isLetter(c0) && this.traceUnderHeader(body);
    }
    /** Go panic and goroutine dump lines. Goroutine headers follow a blank line; the others follow directly. */
    goContinues(body, c0, gap) {
        if (c0 === 103 && body.startsWith('goroutine ') && GOROUTINE.test(body))
            return true;
        if (c0 === 91 && body.startsWith('[signal '))
            return true;
        if (gap)
            return false;
        if (body.startsWith('created by ') || body.startsWith('...additional frames elided...'))
            return true;
        if (body.startsWith('PC='))
            return true;
        // A function line: `main.main()`, `net/http.(*conn).serve(0xc0000b4000, {0x6e1c38, 0xc0000a6f00})`.
        const paren = body.indexOf('(');
        return paren > 0 && body.charCodeAt(body.length - 1) === 41 && body.lastIndexOf(' ', paren) === -1;
    }
    /** Rule 5: a stack trace that a logger printed under its message line. */
    traceUnderHeader(body) {
        if (this.contentLines !== 1 && !this.lastColon)
            return false;
        if (body.startsWith(TRACEBACK)) {
            if (!this.lastColon && !this.isHeader())
                return false;
            this.state = PY_FRAMES;
            return true;
        }
        if (!EXCEPTION_LINE.test(body))
            return false;
        if (this.lastColon)
            return true;
        // Unqualified names (`Error: x`) are too common in tool output to attach on a header alone.
        const colon = body.indexOf(':');
        const name = colon === -1 ? body : body.slice(0, colon);
        return name.indexOf('.') !== -1 && this.isHeader();
    }
}

/**
 * One frame → one ECS record: redact the text first (so no field derived from it can carry a secret),
 * parse it, and add where it came from. Shared by `ingest` (whole files) and `ship --follow` (tailed
 * files), so both give the same record, and so the same id, for the same line. Hot path: plain
 * assignments rather than object spreads, which cost a third of the ingest time in profiles.
 */
function frameToRecord(frame, ctx) {
    const { text, count } = ctx.redactor.redact(frame.text);
    const fields = ctx.parser.parse(count > 0 ? { ...frame, text } : frame);
    const log = fields.log ?? {};
    log.file = { path: ctx.path, line: frame.line };
    const meta = { format: fields.logward?.format ?? ctx.format };
    if (frame.lines > 1)
        meta.lines = frame.lines;
    if (frame.truncated)
        meta.truncated = true;
    if (count > 0)
        meta.redactions = count;
    if (fields.logward?.group)
        meta.group = fields.logward.group;
    const record = fields;
    record.log = log;
    record.logward = meta;
    if (fields.labels) {
        // Labels come from structured fields: a value under a secret-looking key is redacted by its key.
        const labels = {};
        for (const [key, value] of Object.entries(fields.labels))
            labels[key] = ctx.redactor.redactValue(key, value);
        record.labels = labels;
    }
    if (ctx.service && !record.service?.name)
        record.service = { ...record.service, name: ctx.service };
    if (ctx.host && !record.host?.name)
        record.host = { ...record.host, name: ctx.host };
    if (ctx.ci !== undefined && Object.keys(ctx.ci).length > 0)
        record.ci = ctx.ci;
    return { record, redactions: count };
}

/** Lines looked at to recognise a source's format before its first record is parsed. */
const DETECTION_SAMPLE = 100;
/**
 * collect → frame → redact → parse: the ingest half of the pipeline, as batches of records. Every
 * record's text is redacted before it is parsed, so no field derived from it can carry a secret.
 */
async function* ingest(options) {
    const { config, logger } = options;
    const redactor = createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] });
    let bytesBefore = 0;
    let records = 0;
    const sources = collectSources([...config.paths], {
        maxRecordBytes: config['max-record-bytes'],
        maxDecompressedBytes: config['max-decompressed-bytes'],
        ...(options.stdin ? { stdin: options.stdin } : {}),
        onInputError: (err) => options.onInputError?.(err),
    }, logger);
    for await (const source of sources) {
        const summary = {
            path: source.path,
            format: 'plain',
            records: 0,
            lines: 0,
            bytesRead: 0,
            invalidSequences: 0,
            truncated: 0,
            redactions: 0,
        };
        const sourceService = options.serviceOf?.(source.path) ?? config.service;
        for await (const batch of recordsOf(source, config, redactor, options.ci, summary, sourceService)) {
            records += batch.length;
            options.onProgress?.(bytesBefore + source.stats.bytesRead, records);
            yield batch;
        }
        bytesBefore += source.stats.bytesRead;
        Object.assign(summary, {
            lines: source.stats.lines,
            bytesRead: source.stats.bytesRead,
            invalidSequences: source.stats.invalidSequences,
        });
        if (summary.invalidSequences > 0) {
            logger.warn(`${source.path}: ${summary.invalidSequences} invalid UTF-8 sequences replaced with U+FFFD`);
        }
        if (summary.truncated > 0) {
            logger.warn(`${source.path}: ${summary.truncated} records longer than ${config['max-record-bytes']} bytes were cut and marked logward.truncated`);
        }
        options.onSourceDone?.(summary);
    }
}
async function* recordsOf(source, config, redactor, ci, summary, service) {
    const iterator = source.lines[Symbol.asyncIterator]();
    // Buffer the first batches until there is a sample to recognise the format from.
    const buffered = [];
    const sample = [];
    let exhausted = false;
    while (sample.length < DETECTION_SAMPLE) {
        const next = await iterator.next();
        if (next.done) {
            exhausted = true;
            break;
        }
        buffered.push(next.value);
        for (const line of next.value) {
            if (sample.length < DETECTION_SAMPLE && line.text.trim() !== '')
                sample.push(line.text);
        }
    }
    const format = detectFormat(sample);
    summary.format = format.name;
    const parser = createParser(format, { timezone: config.timezone });
    const framer = new Framer({ mode: config.framing, maxRecordBytes: config['max-record-bytes'], format });
    const context = {
        path: source.path,
        format: format.name,
        parser,
        redactor,
        service,
        host: config.host,
        ci,
    };
    const toRecord = (frame) => {
        const { record, redactions } = frameToRecord(frame, context);
        summary.records++;
        summary.redactions += redactions;
        if (frame.truncated)
            summary.truncated++;
        return record;
    };
    const handle = (batch) => {
        const out = [];
        for (const line of batch) {
            const frame = framer.push(line);
            if (frame)
                out.push(toRecord(frame));
        }
        return out;
    };
    for (const batch of buffered) {
        const out = handle(batch);
        if (out.length > 0)
            yield out;
    }
    if (!exhausted) {
        for (;;) {
            const next = await iterator.next();
            if (next.done)
                break;
            const out = handle(next.value);
            if (out.length > 0)
                yield out;
        }
    }
    const last = framer.flush();
    if (last)
        yield [toRecord(last)];
}

export { Framer as F, frameToRecord as f, ingest as i };
