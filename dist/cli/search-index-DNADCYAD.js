import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { C as ConfigError, L as LogwardError } from './index.js';
import { r as recordId } from './record-id-C-QpKwJj.js';
import { a as parseIsoTime } from './time-spec-0F7VOSkE.js';

/** The search index could not be opened, read or written. Names the file, never a record's content. */
class SearchIndexError extends LogwardError {
    path;
    constructor(path, message, options = {}) {
        super(`search index ${path}: ${message}`, options);
        this.path = path;
    }
}
/**
 * There is no store where the user pointed: nothing was searched. A ConfigError, so the CLI exits 2 (bad
 * usage) like any other setting that names something that is not there.
 */
class StoreNotFoundError extends ConfigError {
    path;
    constructor(path, message, options = {}) {
        super(`${path}: ${message}`, options);
        this.path = path;
    }
}
/**
 * The index was written by a newer logward (a higher schema version): reading it could misread columns,
 * writing it could corrupt it, so it is refused. A ConfigError: the fix is another store or an upgrade.
 */
class IndexVersionError extends ConfigError {
    path;
    found;
    supported;
    constructor(path, found, supported) {
        super(`search index ${path}: schema version ${found} was written by a newer logward (this one reads up to version ${supported})`, {
            hint: 'upgrade logward, or point --store at another directory (the index is rebuilt by `logward analyze`)',
        });
        this.path = path;
        this.found = found;
        this.supported = supported;
    }
}

/**
 * The FROM and WHERE of a search, with every value as a bound parameter: user text never becomes SQL.
 * `records r` is always aliased `r`; the FTS table keeps its name, as `bm25()` needs it.
 */
function buildSql(fts, filters, invalid) {
    const clauses = [];
    const params = [];
    let from = 'records r';
    if (fts.match !== undefined) {
        from = 'records_fts JOIN records r ON r.seq = records_fts.rowid';
        clauses.push('records_fts MATCH ?');
        params.push(fts.match);
    }
    if (fts.exclude !== undefined) {
        clauses.push('r.seq NOT IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)');
        params.push(fts.exclude);
    }
    const anyOf = (column, values) => {
        if (values === undefined)
            return;
        // An empty list matches nothing, as "any of none" should; never all records.
        if (values.length === 0) {
            clauses.push('0');
            return;
        }
        clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
    };
    anyOf('r.level', filters.levels);
    anyOf('r.service', filters.services);
    if (filters.templateId !== undefined) {
        clauses.push('r.template_id = ?');
        params.push(filters.templateId);
    }
    if (filters.since !== undefined) {
        clauses.push('r.timestamp >= ?');
        params.push(isoTime(filters.since, 'since', invalid));
    }
    if (filters.until !== undefined) {
        clauses.push('r.timestamp < ?');
        params.push(isoTime(filters.until, 'until', invalid));
    }
    return { from, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
/**
 * `@timestamp` as the index stores it: `toISOString()` (UTC, milliseconds), which sorts as text in time
 * order. Null when absent, unparsable or outside years 0000-9999 (whose ISO form would not sort).
 */
function normalizeTimestamp(value) {
    if (value === undefined)
        return null;
    // The parser's output is already in this form: skip the Date round trip for it.
    if (value.length === 24 && ISO_MS.test(value))
        return value;
    const ms = parseIsoTime(value)?.getTime() ?? Date.parse(value);
    if (Number.isNaN(ms))
        return null;
    const iso = new Date(ms).toISOString();
    return iso.length === 24 ? iso : null;
}
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function isoTime(value, name, invalid) {
    const date = value instanceof Date ? value : parseIsoTime(value);
    const iso = date === undefined || Number.isNaN(date.getTime()) ? null : normalizeTimestamp(date.toISOString());
    if (iso === null)
        throw invalid(`${name} is not a valid time`);
    return iso;
}

const MAX_DEPTH = 32;
/** Terms past this are ignored: a query is typed by a person, and FTS5 bounds expression size. */
const MAX_TERMS = 64;
const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u;
function toFtsQuery(text) {
    const warnings = [];
    let tokens = lex(text, true);
    if (!parensBalance(tokens))
        tokens = lex(text, false);
    let terms = 0;
    tokens = tokens.filter((t) => t.kind !== 'term' || terms++ < MAX_TERMS);
    if (terms > MAX_TERMS)
        warnings.push(`only the first ${MAX_TERMS} search terms are used`);
    const clause = new Parser(tokens, warnings).parse();
    if (!clause) {
        if (text.trim() !== '')
            warnings.push('the query has no letters or digits to search for: it matches every record');
        return { warnings };
    }
    if (clause.pos !== undefined)
        return { match: withNegations(clause.pos, clause.neg), warnings };
    return { exclude: anyOf(clause.neg), warnings };
}
function lex(text, groups) {
    const tokens = [];
    const s = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"') {
            let end = s.indexOf('"', i + 1);
            if (end < 0)
                end = s.length;
            const phrase = s.slice(i + 1, end);
            i = end + 1;
            const prefix = s[i] === '*';
            while (s[i] === '*')
                i++;
            pushTerm(tokens, phrase, prefix);
            continue;
        }
        let end = i;
        while (end < s.length && !/\s/.test(s[end]) && s[end] !== '"')
            end++;
        let chunk = s.slice(i, end);
        i = end;
        const closes = [];
        if (groups) {
            while (chunk.startsWith('(')) {
                tokens.push({ kind: 'open' });
                chunk = chunk.slice(1);
            }
            while (chunk.endsWith(')')) {
                closes.push({ kind: 'close' });
                chunk = chunk.slice(0, -1);
            }
        }
        if (chunk === 'AND' || chunk === 'OR' || chunk === 'NOT')
            tokens.push({ kind: 'op', op: chunk });
        else {
            const prefix = chunk.endsWith('*');
            pushTerm(tokens, chunk.replace(/\*+$/, ''), prefix);
        }
        tokens.push(...closes);
    }
    return tokens;
}
function pushTerm(tokens, text, prefix) {
    if (SEARCHABLE.test(text))
        tokens.push({ kind: 'term', text, prefix });
}
function parensBalance(tokens) {
    let depth = 0;
    for (const t of tokens) {
        if (t.kind === 'open' && ++depth > MAX_DEPTH)
            return false;
        if (t.kind === 'close' && --depth < 0)
            return false;
    }
    return depth === 0;
}
/** Recursive descent: or := and (OR and)* ; and := unary ((AND)? (NOT)? unary)* ; unary := term | ( or ). */
class Parser {
    tokens;
    warnings;
    i = 0;
    constructor(tokens, warnings) {
        this.tokens = tokens;
        this.warnings = warnings;
    }
    /** Parentheses are balanced by now (see `parensBalance`), so one `or` takes every token. */
    parse() {
        return this.or();
    }
    or() {
        const items = [];
        for (;;) {
            const item = this.and();
            if (item)
                items.push(item);
            const next = this.tokens[this.i];
            if (next?.kind === 'op' && next.op === 'OR') {
                this.i++;
                continue;
            }
            break;
        }
        if (items.length <= 1)
            return items[0];
        const positives = items.filter((c) => c.pos !== undefined);
        if (positives.length < items.length)
            this.warnings.push('a NOT-only part inside OR cannot be searched and was dropped');
        if (positives.length === 0)
            return undefined;
        return { pos: anyOf(positives.map((c) => withNegations(c.pos, c.neg))), neg: [] };
    }
    and() {
        const pos = [];
        const neg = [];
        for (;;) {
            const t = this.tokens[this.i];
            if (!t || t.kind === 'close' || (t.kind === 'op' && t.op === 'OR'))
                break;
            if (t.kind === 'op' && t.op === 'AND') {
                this.i++;
                continue;
            }
            let negated = false;
            while (this.tokens[this.i]?.kind === 'op' && this.tokens[this.i].op === 'NOT') {
                negated = !negated;
                this.i++;
            }
            const item = this.unary();
            if (!item)
                continue;
            // A negation-only group within an AND negates into it; a negated one turns back into a positive.
            const itemPos = item.pos === undefined ? undefined : withNegations(item.pos, item.neg);
            if (!negated) {
                if (itemPos !== undefined)
                    pos.push(itemPos);
                else
                    neg.push(...item.neg);
            }
            else if (itemPos !== undefined)
                neg.push(itemPos);
            else
                pos.push(anyOf(item.neg));
        }
        if (pos.length === 0 && neg.length === 0)
            return undefined;
        return { ...(pos.length > 0 ? { pos: allOf(pos) } : {}), neg };
    }
    unary() {
        const t = this.tokens[this.i];
        if (!t || t.kind === 'close' || (t.kind === 'op' && t.op === 'OR'))
            return undefined;
        this.i++;
        if (t.kind === 'term')
            return { pos: ftsString(t.text, t.prefix), neg: [] };
        if (t.kind === 'open') {
            const inner = this.or();
            if (this.tokens[this.i]?.kind === 'close')
                this.i++;
            return inner;
        }
        // A dangling AND/NOT (`a AND`, `NOT`) has nothing to apply to: skip it.
        return undefined;
    }
}
/** An FTS5 string: the only special character inside is `"`, doubled. `*` after it makes the last token a prefix. */
function ftsString(text, prefix) {
    return `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}
function allOf(parts) {
    return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}
function anyOf(parts) {
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}
function withNegations(pos, neg) {
    return neg.length === 0 ? pos : `(${pos} NOT ${anyOf(neg)})`;
}

/**
 * The index's schema version. Bump it with any change to the tables below, and add the step from the
 * previous version to MIGRATIONS: an index written by an older logward is upgraded when opened for
 * writing; one written by a newer logward is refused (IndexVersionError).
 */
const SCHEMA_VERSION = 1;
/**
 * - `seq` is the integer key the full-text index points at: FTS5 external content needs an INTEGER
 *   PRIMARY KEY (an implicit rowid may be renumbered by VACUUM); `id` (`recordId`) is the unique key that
 *   de-duplicates re-ingested records.
 * - `timestamp` is `@timestamp` normalised to `toISOString()` (always milliseconds), so that text order
 *   is time order; the record's own text is in `record`.
 * - `records_fts` is an external-content FTS5 table over `message` and `stack_trace`: the text is stored
 *   once (in `records`) and `snippet`/`highlight` still work. `SearchIndex.insert` adds the FTS row in the
 *   same transaction as the record, and only for records actually inserted (an AFTER INSERT trigger does
 *   the same at half the speed); a trigger removes it when a record is deleted.
 *   `unicode61` splits on punctuation, so `10.0.0.1` is the tokens `10 0 0 1` and is found as a phrase.
 * - Indexes on (filter column, timestamp) serve "filter, newest first" without sorting.
 */
const SCHEMA_V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE records (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  timestamp TEXT,
  level TEXT,
  service TEXT,
  host TEXT,
  template_id TEXT,
  path TEXT NOT NULL,
  line INTEGER NOT NULL,
  message TEXT NOT NULL,
  stack_trace TEXT,
  record TEXT NOT NULL
) STRICT;
CREATE INDEX records_timestamp ON records (timestamp);
CREATE INDEX records_level ON records (level, timestamp);
CREATE INDEX records_service ON records (service, timestamp);
CREATE INDEX records_template ON records (template_id, timestamp);
CREATE VIRTUAL TABLE records_fts USING fts5(
  message, stack_trace,
  content = 'records', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
  INSERT INTO records_fts (records_fts, rowid, message, stack_trace)
    VALUES ('delete', old.seq, old.message, old.stack_trace);
END;
`;
/** SQL that upgrades an index from version `n - 1` to `n`, keyed by `n`. None yet. */
const MIGRATIONS = {};
/**
 * Make `db` an index of the current version: create the schema in an empty database, check the version
 * of an existing one (refusing newer ones), migrate older ones when writable. Runs in one transaction.
 */
function ensureSchema(db, path, options) {
    const hasMeta = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'`).get();
    if (!hasMeta) {
        const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get();
        if (tables.n > 0)
            throw new SearchIndexError(path, 'is an SQLite database but not a logward search index', {
                hint: 'point --store at a logward store directory, or move this file away',
            });
        if (options.readOnly)
            throw new SearchIndexError(path, 'is empty', { hint: 'run `logward analyze` first to build the index' });
        transaction(db, () => {
            db.exec(SCHEMA_V1);
            db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('created_at', ?)`).run(String(SCHEMA_VERSION), new Date().toISOString());
        });
        return;
    }
    const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get();
    const version = Number(row?.value);
    if (!Number.isInteger(version) || version < 1)
        throw new SearchIndexError(path, 'has no valid schema version', {
            hint: 'the file is damaged: move it away (it is rebuilt by `logward analyze`)',
        });
    if (version > SCHEMA_VERSION)
        throw new IndexVersionError(path, version, SCHEMA_VERSION);
    if (version === SCHEMA_VERSION)
        return;
    if (options.readOnly)
        throw new SearchIndexError(path, `has schema version ${version}; this logward needs ${SCHEMA_VERSION}`, {
            hint: 'run `logward analyze` once with this logward to upgrade it',
        });
    transaction(db, () => {
        for (let v = version + 1; v <= SCHEMA_VERSION; v++) {
            const step = MIGRATIONS[v];
            if (step === undefined)
                throw new SearchIndexError(path, `no upgrade from schema version ${v - 1}`);
            db.exec(step);
        }
        db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(SCHEMA_VERSION));
    });
}
/** Run `body` in one IMMEDIATE transaction (takes the write lock up front: no deadlock on upgrade). */
function transaction(db, body) {
    db.exec('BEGIN IMMEDIATE');
    try {
        const result = body();
        db.exec('COMMIT');
        return result;
    }
    catch (err) {
        if (db.isTransaction)
            db.exec('ROLLBACK');
        throw err;
    }
}

let loaded;
/**
 * `node:sqlite`, loaded on first use. Two reasons not to `import` it at the top of a module:
 * - the CLI is bundled into one file, so a static import would load SQLite for every command, `parse` too;
 * - Node 24 before 24.15 prints `ExperimentalWarning: SQLite is an experimental feature` on load, which a
 *   user can do nothing about (24.15 made the module a release candidate and dropped the warning).
 * `process.getBuiltinModule` loads it synchronously, so the one warning can be filtered around that call.
 */
function loadSqlite() {
    loaded ??= withoutSqliteWarning(() => process.getBuiltinModule('node:sqlite'));
    return loaded;
}
/**
 * Run `load` with only the SQLite ExperimentalWarning dropped: every other warning, and this one from any
 * other code after `load` returns, goes through as usual. Node emits it through `process.emitWarning` once
 * per process, when the module is first loaded.
 */
function withoutSqliteWarning(load) {
    const emitWarning = process.emitWarning;
    process.emitWarning = function (warning, ...rest) {
        const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
        const name = warning instanceof Error ? warning.name : type;
        const text = warning instanceof Error ? warning.message : warning;
        if (name === 'ExperimentalWarning' && /^SQLite\b/.test(text))
            return;
        emitWarning.call(this, warning, ...rest);
    };
    try {
        return load();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}

/** The index's file name in a store directory. */
const INDEX_FILE = 'index.sqlite';
function indexPath(storeDir) {
    return join(storeDir, INDEX_FILE);
}
const COUNT_COLUMNS = {
    level: 'r.level',
    service: 'r.service',
    host: 'r.host',
    template: 'r.template_id',
};
const INSERT_SQL = `INSERT INTO records
  (id, timestamp, level, service, host, template_id, path, line, message, stack_trace, record)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO NOTHING`;
const INSERT_FTS_SQL = `INSERT INTO records_fts (rowid, message, stack_trace) VALUES (?, ?, ?)`;
/**
 * The embedded search index: one SQLite file (WAL mode) with a row per record and an FTS5 index over
 * message and stack trace. Synchronous, as `node:sqlite` is. Re-inserting a record is a no-op (its
 * `recordId` is the unique key: `ON CONFLICT (id) DO NOTHING`, which unlike `INSERT OR IGNORE` still
 * reports every other constraint failure).
 */
class SearchIndex {
    path;
    db;
    insertStatements;
    closed = false;
    constructor(path, db) {
        this.path = path;
        this.db = db;
    }
    /**
     * Open (or, unless read-only, create) the index at `path`. Read-only opening of a missing file is a
     * StoreNotFoundError; a file from a newer logward is an IndexVersionError.
     */
    static open(path, options = {}) {
        const readOnly = options.readOnly ?? false;
        if (readOnly && !existsSync(path))
            throw new StoreNotFoundError(path, 'no search index here', {
                hint: 'run `logward analyze <logs>` first to build the store, or point --store at one',
            });
        const { DatabaseSync } = loadSqlite();
        let db;
        try {
            if (!readOnly)
                mkdirSync(dirname(path), { recursive: true });
            db = new DatabaseSync(path, { readOnly, timeout: options.busyTimeoutMs ?? 5000 });
            if (!readOnly) {
                // WAL: searches never wait for a writer. NORMAL: a crash of logward loses nothing committed; a
                // power loss may lose the last transactions, which the next `analyze` of the same logs restores.
                db.exec('PRAGMA journal_mode = WAL');
                db.exec('PRAGMA synchronous = NORMAL');
            }
            db.exec('PRAGMA cache_size = -65536');
            ensureSchema(db, path, { readOnly });
            return new SearchIndex(path, db);
        }
        catch (err) {
            db?.close();
            throw sqliteError(path, 'open', err);
        }
    }
    /** Add records in one transaction; ones already indexed are skipped. */
    insert(records) {
        this.assertOpen();
        if (records.length === 0)
            return { inserted: 0, duplicates: 0 };
        const statements = (this.insertStatements ??= {
            record: this.db.prepare(INSERT_SQL),
            fts: this.db.prepare(INSERT_FTS_SQL),
        });
        try {
            const inserted = transaction(this.db, () => {
                let n = 0;
                for (const record of records) {
                    const stackTrace = record.error?.stack_trace ?? null;
                    const result = statements.record.run(recordId(record), normalizeTimestamp(record['@timestamp']), record.log.level ?? null, record.service?.name ?? null, record.host?.name ?? null, record.logward.template_id ?? null, String(record.log.file.path), Math.trunc(Number(record.log.file.line)) || 0, record.message, stackTrace, JSON.stringify(record));
                    if (Number(result.changes) === 0)
                        continue;
                    statements.fts.run(result.lastInsertRowid, record.message, stackTrace);
                    n++;
                }
                return n;
            });
            return { inserted, duplicates: records.length - inserted };
        }
        catch (err) {
            throw sqliteError(this.path, 'insert records', err);
        }
    }
    /**
     * Records matching `query` (see `toFtsQuery` for the language; '' lists everything the filters keep),
     * newest first by default.
     */
    search(query, options = {}) {
        this.assertOpen();
        const fts = toFtsQuery(query);
        const { from, where, params } = buildSql(fts, options, (what) => this.invalid(what));
        const limit = this.count0(options.limit, 50, 'limit');
        const offset = this.count0(options.offset, 0, 'offset');
        const order = options.order === 'rank' && fts.match !== undefined
            ? 'bm25(records_fts, 2.0, 1.0), r.timestamp DESC, r.seq DESC'
            : 'r.timestamp DESC, r.seq DESC';
        const sql = `SELECT r.id AS id, r.record AS record FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
        const rows = this.all(sql, [...params, limit, offset], 'search');
        return rows.map((row) => ({ id: row.id, record: JSON.parse(row.record) }));
    }
    /** How many records `search` would find without a limit. */
    count(query, filters = {}) {
        this.assertOpen();
        const { from, where, params } = buildSql(toFtsQuery(query), filters, (what) => this.invalid(what));
        const rows = this.all(`SELECT count(*) AS n FROM ${from} ${where}`, params, 'count');
        return rows[0]?.n ?? 0;
    }
    /** Records per value of `field` (most first), among those `query` and the filters select. */
    countBy(field, options = {}) {
        this.assertOpen();
        const column = COUNT_COLUMNS[field];
        if (column === undefined)
            throw this.invalid(`cannot count by ${JSON.stringify(field)}`);
        const { from, where, params } = buildSql(toFtsQuery(options.query ?? ''), options, (what) => this.invalid(what));
        const limit = this.count0(options.limit, -1, 'limit');
        // The template text is read from one record per group (the first), after grouping and limiting.
        const label = field === 'template' ? `, json_extract(x.record, '$.logward.template') AS label` : '';
        const join = field === 'template' ? 'LEFT JOIN records x ON x.seq = g.first' : '';
        const sql = `SELECT g.value AS value, g.count AS count${label} FROM (
        SELECT ${column} AS value, count(*) AS count, min(r.seq) AS first FROM ${from} ${where}
        GROUP BY ${column} ORDER BY count DESC, value LIMIT ?
      ) g ${join} ORDER BY g.count DESC, g.value`;
        const rows = this.all(sql, [...params, limit], 'count');
        return rows.map((r) => ({
            value: r.value,
            count: r.count,
            ...(typeof r.label === 'string' ? { label: r.label } : {}),
        }));
    }
    /** The record with this `recordId`, if indexed. */
    get(id) {
        this.assertOpen();
        const rows = this.all('SELECT record FROM records WHERE id = ?', [id], 'read');
        return rows[0] ? JSON.parse(rows[0].record) : undefined;
    }
    /** Records in the index. */
    size() {
        return this.count('');
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.db.close();
    }
    [Symbol.dispose]() {
        this.close();
    }
    all(sql, params, action) {
        try {
            return this.db.prepare(sql).all(...params);
        }
        catch (err) {
            throw sqliteError(this.path, action, err);
        }
    }
    count0(value, fallback, name) {
        if (value === undefined)
            return fallback;
        if (!Number.isInteger(value) || value < 0)
            throw this.invalid(`${name} must be a whole number ≥ 0`);
        return value;
    }
    invalid(what) {
        return new SearchIndexError(this.path, what, { hint: 'check the search options' });
    }
    assertOpen() {
        if (this.closed)
            throw new SearchIndexError(this.path, 'is closed');
    }
}
/** An SQLite failure as a SearchIndexError: the file, the action, SQLite's reason and what to do. */
function sqliteError(path, action, err) {
    if (err instanceof LogwardError || !(err instanceof Error))
        return err;
    const { errcode, errstr } = err;
    const primary = typeof errcode === 'number' ? errcode & 0xff : undefined;
    // SQLite's message names the problem (`database is locked`), never a bound value such as a record.
    const reason = err.message || errstr || 'unknown error';
    switch (primary) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
                cause: err,
                retriable: true,
                hint: 'another logward is writing this store: wait for it, or use another --store',
            });
        case 8: // SQLITE_READONLY
        case 14: // SQLITE_CANTOPEN
            return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
                cause: err,
                hint: 'check that the store directory exists and is writable',
            });
        case 13: // SQLITE_FULL
            return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
                cause: err,
                hint: 'the disk is full: free space or use another --store',
            });
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
                cause: err,
                hint: 'the file is damaged or not an index: move it away (it is rebuilt by `logward analyze`)',
            });
        default:
            return new SearchIndexError(path, `cannot ${action}: ${reason}`, { cause: err });
    }
}

export { SearchIndex as S, StoreNotFoundError as a, indexPath as i, toFtsQuery as t };
