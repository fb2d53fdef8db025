import type { DatabaseSync } from 'node:sqlite'
import { IndexVersionError, SearchIndexError } from './errors.js'

/**
 * The index's schema version. Bump it with any change to the tables below, and add the step from the
 * previous version to MIGRATIONS: an index written by an older logward is upgraded when opened for
 * writing; one written by a newer logward is refused (IndexVersionError).
 */
export const SCHEMA_VERSION = 1

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
`

/** SQL that upgrades an index from version `n - 1` to `n`, keyed by `n`. None yet. */
const MIGRATIONS: Record<number, string> = {}

/**
 * Make `db` an index of the current version: create the schema in an empty database, check the version
 * of an existing one (refusing newer ones), migrate older ones when writable. Runs in one transaction.
 */
export function ensureSchema(db: DatabaseSync, path: string, options: { readOnly: boolean }): void {
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'`).get()
  if (!hasMeta) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number }
    if (tables.n > 0)
      throw new SearchIndexError(path, 'is an SQLite database but not a logward search index', {
        hint: 'point --store at a logward store directory, or move this file away',
      })
    if (options.readOnly)
      throw new SearchIndexError(path, 'is empty', { hint: 'run `logward analyze` first to build the index' })
    transaction(db, () => {
      db.exec(SCHEMA_V1)
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('created_at', ?)`).run(
        String(SCHEMA_VERSION),
        new Date().toISOString(),
      )
    })
    return
  }
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as
    { value: string } | undefined
  const version = Number(row?.value)
  if (!Number.isInteger(version) || version < 1)
    throw new SearchIndexError(path, 'has no valid schema version', {
      hint: 'the file is damaged: move it away (it is rebuilt by `logward analyze`)',
    })
  if (version > SCHEMA_VERSION) throw new IndexVersionError(path, version, SCHEMA_VERSION)
  if (version === SCHEMA_VERSION) return
  if (options.readOnly)
    throw new SearchIndexError(path, `has schema version ${version}; this logward needs ${SCHEMA_VERSION}`, {
      hint: 'run `logward analyze` once with this logward to upgrade it',
    })
  transaction(db, () => {
    for (let v = version + 1; v <= SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v]
      if (step === undefined) throw new SearchIndexError(path, `no upgrade from schema version ${v - 1}`)
      db.exec(step)
    }
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(SCHEMA_VERSION))
  })
}

/** Run `body` in one IMMEDIATE transaction (takes the write lock up front: no deadlock on upgrade). */
export function transaction<T>(db: DatabaseSync, body: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = body()
    db.exec('COMMIT')
    return result
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw err
  }
}
