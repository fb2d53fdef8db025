import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/core/errors.js'
import type { LogRecord } from '../../../src/core/record.js'
import { recordId } from '../../../src/core/record-id.js'
import {
  IndexVersionError,
  SearchIndexError,
  StoreNotFoundError,
} from '../../../src/sinks/search-index/errors.js'
import { SCHEMA_VERSION } from '../../../src/sinks/search-index/schema.js'
import { indexPath, SearchIndex } from '../../../src/sinks/search-index/search-index.js'
import { SearchIndexSink } from '../../../src/sinks/search-index/sink.js'
import { makeRecord, makeRecords } from '../lake/make-records.js'

const opened: SearchIndex[] = []
afterEach(() => {
  for (const index of opened.splice(0)) index.close()
})

function openTemp(): { index: SearchIndex; path: string } {
  const path = indexPath(mkdtempSync(join(tmpdir(), 'logward-index-')))
  const index = SearchIndex.open(path)
  opened.push(index)
  return { index, path }
}

const at = (minute: number): string => new Date(Date.UTC(2024, 4, 1, 10, minute)).toISOString()

/** A small, varied set: levels, services, templates, stack traces, addresses, punctuation. */
function corpus(): LogRecord[] {
  return [
    makeRecord({
      line: 1,
      timestamp: at(0),
      level: 'info',
      service: 'api',
      message: 'server started on port 8080',
      templateId: 't1',
      template: 'server started on port <*>',
    }),
    makeRecord({
      line: 2,
      timestamp: at(1),
      level: 'warn',
      service: 'api',
      message: 'slow query took 1200 ms',
      templateId: 't2',
      template: 'slow query took <*> ms',
    }),
    makeRecord({
      line: 3,
      timestamp: at(2),
      level: 'error',
      service: 'api',
      message: 'connection refused to 10.0.0.1:5432',
      templateId: 't3',
      template: 'connection refused to <*>',
    }),
    makeRecord({
      line: 4,
      timestamp: at(3),
      level: 'error',
      service: 'worker',
      message: 'connection refused to 10.0.0.2:5432',
      templateId: 't3',
      template: 'connection refused to <*>',
    }),
    makeRecord({
      line: 5,
      timestamp: at(4),
      level: 'fatal',
      service: 'worker',
      message: 'job crashed',
      stack: 'java.lang.IllegalStateException: pool exhausted\n\tat com.example.Pool.get(Pool.java:42)',
      templateId: 't4',
    }),
    makeRecord({
      line: 6,
      timestamp: at(5),
      level: 'info',
      service: 'web',
      message: 'GET /api/v1/users 200 foo-bar',
      host: 'web-1',
    }),
    makeRecord({ line: 7, timestamp: null, level: 'debug', message: 'connecting to cache' }),
    makeRecord({
      line: 8,
      timestamp: at(6),
      level: 'info',
      service: 'web',
      message: 'user typed \'; DROP TABLE records; -- and "quotes"',
    }),
  ]
}

const lines = (hits: { record: LogRecord }[]): number[] => hits.map((h) => h.record.log.file.line)

describe('SearchIndex', () => {
  it('stores records whole and finds them by id', () => {
    const { index } = openTemp()
    const records = corpus()
    expect(index.insert(records)).toEqual({ inserted: 8, duplicates: 0 })
    expect(index.get(recordId(records[4]!))).toEqual(records[4])
    expect(index.size()).toBe(8)
  })

  it('never duplicates: the same batch twice, or overlapping batches, keep one row per record', () => {
    const { index } = openTemp()
    const records = corpus()
    index.insert(records)
    expect(index.insert(records)).toEqual({ inserted: 0, duplicates: 8 })
    expect(index.insert([...records.slice(0, 2), makeRecord({ line: 99, message: 'new one' })])).toEqual({
      inserted: 1,
      duplicates: 2,
    })
    expect(index.size()).toBe(9)
    // The full-text index did not grow either: one hit per matching record.
    expect(index.search('connection refused')).toHaveLength(2)
  })

  it('lists newest first, records without a timestamp last', () => {
    const { index } = openTemp()
    index.insert(corpus())
    expect(lines(index.search(''))).toEqual([8, 6, 5, 4, 3, 2, 1, 7])
    expect(lines(index.search('', { limit: 3, offset: 2 }))).toEqual([5, 4, 3])
  })

  it('filters by level, service, time and template, alone and together', () => {
    const { index } = openTemp()
    index.insert(corpus())
    expect(lines(index.search('', { levels: ['error', 'fatal'] }))).toEqual([5, 4, 3])
    expect(lines(index.search('', { services: ['worker'] }))).toEqual([5, 4])
    expect(lines(index.search('', { since: at(2), until: at(5) }))).toEqual([5, 4, 3])
    expect(lines(index.search('', { since: new Date(at(5)) }))).toEqual([8, 6])
    expect(lines(index.search('', { templateId: 't3' }))).toEqual([4, 3])
    expect(lines(index.search('connection', { services: ['api'], levels: ['error'] }))).toEqual([3])
    expect(index.search('', { levels: [] })).toEqual([])
    expect(index.count('', { levels: ['info'] })).toBe(3)
  })

  it('searches words, phrases, prefixes and boolean operators over message and stack trace', () => {
    const { index } = openTemp()
    index.insert(corpus())
    expect(lines(index.search('refused'))).toEqual([4, 3])
    expect(lines(index.search('"connection refused"'))).toEqual([4, 3])
    expect(lines(index.search('"refused connection"'))).toEqual([])
    expect(lines(index.search('conn*'))).toEqual([4, 3, 7])
    expect(lines(index.search('connection OR crashed'))).toEqual([5, 4, 3])
    expect(lines(index.search('conn* NOT refused'))).toEqual([7])
    expect(lines(index.search('NOT connection', { levels: ['error', 'fatal'] }))).toEqual([5])
    expect(lines(index.search('IllegalStateException'))).toEqual([5])
    expect(lines(index.search('pool exhausted'))).toEqual([5])
    expect(lines(index.search('10.0.0.1'))).toEqual([3])
    expect(lines(index.search('10.0.0.1:5432'))).toEqual([3])
    expect(lines(index.search('foo-bar'))).toEqual([6])
    expect(lines(index.search('/api/v1/users'))).toEqual([6])
    expect(lines(index.search('Pool.java:42'))).toEqual([5])
    // Case and diacritics do not matter.
    expect(lines(index.search('CONNECTION'))).toEqual([4, 3])
  })

  it('orders by BM25 rank on request', () => {
    const { index } = openTemp()
    index.insert([
      makeRecord({
        line: 1,
        timestamp: at(9),
        message: 'timeout once, then something else entirely, a long line of other words',
      }),
      makeRecord({ line: 2, timestamp: at(1), message: 'timeout timeout timeout' }),
    ])
    expect(lines(index.search('timeout'))).toEqual([1, 2])
    expect(lines(index.search('timeout', { order: 'rank' }))).toEqual([2, 1])
  })

  it('never throws on hostile text, and never lets it act as SQL or FTS5 syntax', () => {
    const { index } = openTemp()
    index.insert(corpus())
    const hostile = [
      '"',
      '""',
      '"""',
      "'",
      '-',
      '--',
      '*',
      '**',
      'a*b',
      '*a',
      '^',
      '+',
      ':',
      '::',
      'a:',
      ':a',
      '.',
      '..',
      '/',
      '(',
      ')',
      ')(',
      '((',
      'NEAR(',
      'NEAR(a b)',
      'NEAR(a b, 2)',
      'a NEAR b',
      '{message}: a',
      'message:',
      'records_fts:',
      'rank:',
      'AND',
      'OR',
      'NOT',
      'AND OR NOT',
      'a AND',
      'OR a',
      'NOT',
      'a NOT',
      '\\',
      '\u0000',
      "'; DROP TABLE records; --",
      '"; DROP TABLE records; --',
      "1' OR '1'='1",
      '%',
      '_',
      '🙂',
      'x'.repeat(5000),
      Array.from({ length: 500 }, (_, i) => `w${i}`).join(' OR '),
      '('.repeat(100),
      'a'.repeat(10) + '"'.repeat(7),
    ]
    for (const q of hostile) {
      expect(() => index.search(q, { levels: ['error'] }), q).not.toThrow()
      expect(() => index.count(q), q).not.toThrow()
    }
    expect(index.size()).toBe(8)
    // The injection attempt is just words to look for.
    expect(lines(index.search("'; DROP TABLE records; --"))).toEqual([8])
    expect(lines(index.search('"quotes"'))).toEqual([8])
    // A random fuzz over the characters that mean something to FTS5 or SQL.
    const alphabet = [
      '"',
      "'",
      '(',
      ')',
      '*',
      '-',
      '+',
      ':',
      '^',
      ' ',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'a',
      'conn',
      ',',
      '.',
      '{',
      '}',
    ]
    let seed = 42
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: 1 + rand(12) }, () => alphabet[rand(alphabet.length)]).join(
        rand(2) ? ' ' : '',
      )
      expect(() => index.search(q), q).not.toThrow()
    }
  })

  it('counts by level, service, host and template (with the template text)', () => {
    const { index } = openTemp()
    index.insert(corpus())
    expect(index.countBy('level')).toEqual([
      { value: 'info', count: 3 },
      { value: 'error', count: 2 },
      { value: 'debug', count: 1 },
      { value: 'fatal', count: 1 },
      { value: 'warn', count: 1 },
    ])
    expect(index.countBy('service', { limit: 2 })).toEqual([
      { value: 'api', count: 3 },
      { value: 'web', count: 2 },
    ])
    expect(index.countBy('template', { levels: ['error', 'fatal'] })).toEqual([
      { value: 't3', count: 2, label: 'connection refused to <*>' },
      { value: 't4', count: 1 },
    ])
    expect(index.countBy('host', { query: 'users' })).toEqual([{ value: 'web-1', count: 1 }])
    expect(() => index.countBy('message' as 'level')).toThrow(SearchIndexError)
  })

  it('checks its options', () => {
    const { index } = openTemp()
    expect(() => index.search('', { limit: -1 })).toThrow(SearchIndexError)
    expect(() => index.search('', { limit: 1.5 })).toThrow(SearchIndexError)
    expect(() => index.search('', { since: 'last week' })).toThrow(SearchIndexError)
    // ISO text without an offset is UTC.
    index.insert(corpus())
    expect(lines(index.search('', { since: '2024-05-01T10:05:00' }))).toEqual([8, 6])
  })

  it('uses WAL mode and records its schema version', () => {
    const { index, path } = openTemp()
    index.close()
    const db = new DatabaseSync(path)
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get()).toEqual({
      value: String(SCHEMA_VERSION),
    })
    db.close()
  })

  it('refuses an index from a newer logward, and files that are not an index', () => {
    const { index, path } = openTemp()
    index.close()
    const db = new DatabaseSync(path)
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(SCHEMA_VERSION + 1))
    db.close()
    for (const readOnly of [false, true]) {
      const err = (() => {
        try {
          SearchIndex.open(path, { readOnly })
        } catch (e) {
          return e
        }
      })()
      expect(err).toBeInstanceOf(IndexVersionError)
      expect(err).toBeInstanceOf(ConfigError)
      expect((err as IndexVersionError).message).toMatch(/schema version 2 .*newer logward/)
      expect((err as IndexVersionError).hint).toMatch(/upgrade logward/)
    }

    const dir = mkdtempSync(join(tmpdir(), 'logward-index-'))
    const other = join(dir, 'other.sqlite')
    const foreign = new DatabaseSync(other)
    foreign.exec('CREATE TABLE t (x)')
    foreign.close()
    expect(() => SearchIndex.open(other)).toThrow(/not a logward search index/)

    const garbage = join(dir, 'garbage.sqlite')
    writeFileSync(
      garbage,
      'this is not a database, just text that is long enough to have a header'.repeat(20),
    )
    const err = (() => {
      try {
        SearchIndex.open(garbage)
      } catch (e) {
        return e
      }
    })() as SearchIndexError
    expect(err).toBeInstanceOf(SearchIndexError)
    expect(err.hint).toMatch(/damaged or not an index/)
  })

  it('opens read-only without creating anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-index-'))
    expect(() => SearchIndex.open(indexPath(dir), { readOnly: true })).toThrow(StoreNotFoundError)
    const writer = SearchIndex.open(indexPath(dir))
    writer.insert(corpus())
    writer.close()
    const reader = SearchIndex.open(indexPath(dir), { readOnly: true })
    opened.push(reader)
    expect(reader.size()).toBe(8)
    expect(() => reader.insert([makeRecord({ line: 50 })])).toThrow(SearchIndexError)
  })

  it('lets a reader search while a writer holds the index open (WAL)', () => {
    const { index, path } = openTemp()
    index.insert(corpus())
    const reader = SearchIndex.open(path, { readOnly: true })
    opened.push(reader)
    index.insert(makeRecords(10, { message: 'more' }, Date.UTC(2024, 5, 1)))
    expect(reader.count('more')).toBe(10)
  })

  it('works as a pipeline sink: buffers up to a transaction, commits all on close', async () => {
    const { index, path } = openTemp()
    const sink = new SearchIndexSink(index, { transactionRecords: 10 })
    await sink.write(corpus())
    expect(index.size()).toBe(0) // 8 records: below the transaction size, still buffered
    await sink.write(corpus())
    expect(index.size()).toBe(8) // 16 ≥ 10: inserted, the 8 repeats skipped
    await sink.write(makeRecords(3, { message: 'late' }))
    await sink.close()
    expect(sink.totals).toEqual({ inserted: 11, duplicates: 8 })
    expect(() => index.size()).toThrow(/closed/)
    const reopened = SearchIndex.open(path, { readOnly: true })
    opened.push(reopened)
    expect(reopened.size()).toBe(11)
  })
})
