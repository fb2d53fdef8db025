import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite'
import { LogwardError } from '../../core/errors.js'
import type { LogRecord } from '../../core/record.js'
import { recordId } from '../../core/record-id.js'
import { SearchIndexError, StoreNotFoundError } from './errors.js'
import { buildSql, normalizeTimestamp, type SearchFilters } from './filters.js'
import { toFtsQuery } from './fts-query.js'
import { ensureSchema, transaction } from './schema.js'
import { loadSqlite } from './sqlite.js'

/** The index's file name in a store directory. */
export const INDEX_FILE = 'index.sqlite'

export function indexPath(storeDir: string): string {
  return join(storeDir, INDEX_FILE)
}

export interface OpenIndexOptions {
  /** Open for searching only: nothing is created or written. Default false. */
  readOnly?: boolean
  /** How long to wait for another process's write lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number
}

export interface SearchOptions extends SearchFilters {
  /** At most this many hits. Default 50. */
  limit?: number
  /** Skip this many hits first (paging). Default 0. */
  offset?: number
  /**
   * `time` (default): newest first, records without a timestamp last; what a person reading logs
   * expects, and stable as the index grows. `rank`: best BM25 match first (message counts twice as much
   * as the stack trace), then newest; the same as `time` when the query has no positive text.
   */
  order?: 'time' | 'rank'
}

export interface SearchHit {
  /** The record's `recordId`. */
  id: string
  record: LogRecord
}

export type CountField = 'level' | 'service' | 'host' | 'template'

export interface CountRow {
  /** The field's value; null for records without one. */
  value: string | null
  count: number
  /** For `template`: the template text (`logward.template`) of one of its records. */
  label?: string
}

export interface InsertResult {
  inserted: number
  /** Records already in the index (same `recordId`), skipped. */
  duplicates: number
}

const COUNT_COLUMNS: Record<CountField, string> = {
  level: 'r.level',
  service: 'r.service',
  host: 'r.host',
  template: 'r.template_id',
}

const INSERT_SQL = `INSERT INTO records
  (id, timestamp, level, service, host, template_id, path, line, message, stack_trace, record)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO NOTHING`
const INSERT_FTS_SQL = `INSERT INTO records_fts (rowid, message, stack_trace) VALUES (?, ?, ?)`

/**
 * The embedded search index: one SQLite file (WAL mode) with a row per record and an FTS5 index over
 * message and stack trace. Synchronous, as `node:sqlite` is. Re-inserting a record is a no-op (its
 * `recordId` is the unique key: `ON CONFLICT (id) DO NOTHING`, which unlike `INSERT OR IGNORE` still
 * reports every other constraint failure).
 */
export class SearchIndex {
  private insertStatements: { record: StatementSync; fts: StatementSync } | undefined
  private closed = false

  private constructor(
    readonly path: string,
    private readonly db: DatabaseSync,
  ) {}

  /**
   * Open (or, unless read-only, create) the index at `path`. Read-only opening of a missing file is a
   * StoreNotFoundError; a file from a newer logward is an IndexVersionError.
   */
  static open(path: string, options: OpenIndexOptions = {}): SearchIndex {
    const readOnly = options.readOnly ?? false
    if (readOnly && !existsSync(path))
      throw new StoreNotFoundError(path, 'no search index here', {
        hint: 'run `logward analyze <logs>` first to build the store, or point --store at one',
      })
    const { DatabaseSync } = loadSqlite()
    let db: DatabaseSync | undefined
    try {
      if (!readOnly) mkdirSync(dirname(path), { recursive: true })
      db = new DatabaseSync(path, { readOnly, timeout: options.busyTimeoutMs ?? 5000 })
      if (!readOnly) {
        // WAL: searches never wait for a writer. NORMAL: a crash of logward loses nothing committed; a
        // power loss may lose the last transactions, which the next `analyze` of the same logs restores.
        db.exec('PRAGMA journal_mode = WAL')
        db.exec('PRAGMA synchronous = NORMAL')
      }
      db.exec('PRAGMA cache_size = -65536')
      ensureSchema(db, path, { readOnly })
      return new SearchIndex(path, db)
    } catch (err) {
      db?.close()
      throw sqliteError(path, 'open', err)
    }
  }

  /** Add records in one transaction; ones already indexed are skipped. */
  insert(records: readonly LogRecord[]): InsertResult {
    this.assertOpen()
    if (records.length === 0) return { inserted: 0, duplicates: 0 }
    const statements = (this.insertStatements ??= {
      record: this.db.prepare(INSERT_SQL),
      fts: this.db.prepare(INSERT_FTS_SQL),
    })
    try {
      const inserted = transaction(this.db, () => {
        let n = 0
        for (const record of records) {
          const stackTrace = record.error?.stack_trace ?? null
          const result = statements.record.run(
            recordId(record),
            normalizeTimestamp(record['@timestamp']),
            record.log.level ?? null,
            record.service?.name ?? null,
            record.host?.name ?? null,
            record.logward.template_id ?? null,
            String(record.log.file.path),
            Math.trunc(Number(record.log.file.line)) || 0,
            record.message,
            stackTrace,
            JSON.stringify(record),
          )
          if (Number(result.changes) === 0) continue
          statements.fts.run(result.lastInsertRowid, record.message, stackTrace)
          n++
        }
        return n
      })
      return { inserted, duplicates: records.length - inserted }
    } catch (err) {
      throw sqliteError(this.path, 'insert records', err)
    }
  }

  /**
   * Records matching `query` (see `toFtsQuery` for the language; '' lists everything the filters keep),
   * newest first by default.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    this.assertOpen()
    const fts = toFtsQuery(query)
    const { from, where, params } = buildSql(fts, options, (what) => this.invalid(what))
    const limit = this.count0(options.limit, 50, 'limit')
    const offset = this.count0(options.offset, 0, 'offset')
    const order =
      options.order === 'rank' && fts.match !== undefined
        ? 'bm25(records_fts, 2.0, 1.0), r.timestamp DESC, r.seq DESC'
        : 'r.timestamp DESC, r.seq DESC'
    const sql = `SELECT r.id AS id, r.record AS record FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`
    const rows = this.all(sql, [...params, limit, offset], 'search') as { id: string; record: string }[]
    return rows.map((row) => ({ id: row.id, record: JSON.parse(row.record) as LogRecord }))
  }

  /** How many records `search` would find without a limit. */
  count(query: string, filters: SearchFilters = {}): number {
    this.assertOpen()
    const { from, where, params } = buildSql(toFtsQuery(query), filters, (what) => this.invalid(what))
    const rows = this.all(`SELECT count(*) AS n FROM ${from} ${where}`, params, 'count') as { n: number }[]
    return rows[0]?.n ?? 0
  }

  /** Records per value of `field` (most first), among those `query` and the filters select. */
  countBy(field: CountField, options: SearchFilters & { query?: string; limit?: number } = {}): CountRow[] {
    this.assertOpen()
    const column = COUNT_COLUMNS[field]
    if (column === undefined) throw this.invalid(`cannot count by ${JSON.stringify(field)}`)
    const { from, where, params } = buildSql(toFtsQuery(options.query ?? ''), options, (what) =>
      this.invalid(what),
    )
    const limit = this.count0(options.limit, -1, 'limit')
    // The template text is read from one record per group (the first), after grouping and limiting.
    const label = field === 'template' ? `, json_extract(x.record, '$.logward.template') AS label` : ''
    const join = field === 'template' ? 'LEFT JOIN records x ON x.seq = g.first' : ''
    const sql = `SELECT g.value AS value, g.count AS count${label} FROM (
        SELECT ${column} AS value, count(*) AS count, min(r.seq) AS first FROM ${from} ${where}
        GROUP BY ${column} ORDER BY count DESC, value LIMIT ?
      ) g ${join} ORDER BY g.count DESC, g.value`
    const rows = this.all(sql, [...params, limit], 'count') as {
      value: string | null
      count: number
      label?: string | null
    }[]
    return rows.map((r) => ({
      value: r.value,
      count: r.count,
      ...(typeof r.label === 'string' ? { label: r.label } : {}),
    }))
  }

  /** The record with this `recordId`, if indexed. */
  get(id: string): LogRecord | undefined {
    this.assertOpen()
    const rows = this.all('SELECT record FROM records WHERE id = ?', [id], 'read') as { record: string }[]
    return rows[0] ? (JSON.parse(rows[0].record) as LogRecord) : undefined
  }

  /** Records in the index. */
  size(): number {
    return this.count('')
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }

  [Symbol.dispose](): void {
    this.close()
  }

  private all(sql: string, params: SQLInputValue[], action: string): unknown[] {
    try {
      return this.db.prepare(sql).all(...params)
    } catch (err) {
      throw sqliteError(this.path, action, err)
    }
  }

  private count0(value: number | undefined, fallback: number, name: string): number {
    if (value === undefined) return fallback
    if (!Number.isInteger(value) || value < 0) throw this.invalid(`${name} must be a whole number ≥ 0`)
    return value
  }

  private invalid(what: string): SearchIndexError {
    return new SearchIndexError(this.path, what, { hint: 'check the search options' })
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchIndexError(this.path, 'is closed')
  }
}

/** An SQLite failure as a SearchIndexError: the file, the action, SQLite's reason and what to do. */
function sqliteError(path: string, action: string, err: unknown): unknown {
  if (err instanceof LogwardError || !(err instanceof Error)) return err
  const { errcode, errstr } = err as { errcode?: number; errstr?: string }
  const primary = typeof errcode === 'number' ? errcode & 0xff : undefined
  // SQLite's message names the problem (`database is locked`), never a bound value such as a record.
  const reason = err.message || errstr || 'unknown error'
  switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
      return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
        cause: err,
        retriable: true,
        hint: 'another logward is writing this store: wait for it, or use another --store',
      })
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
      return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
        cause: err,
        hint: 'check that the store directory exists and is writable',
      })
    case 13: // SQLITE_FULL
      return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
        cause: err,
        hint: 'the disk is full: free space or use another --store',
      })
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
      return new SearchIndexError(path, `cannot ${action}: ${reason}`, {
        cause: err,
        hint: 'the file is damaged or not an index: move it away (it is rebuilt by `logward analyze`)',
      })
    default:
      return new SearchIndexError(path, `cannot ${action}: ${reason}`, { cause: err })
  }
}
