import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { loadSqlite, withoutSqliteWarning } from '../../../src/sinks/search-index/sqlite.js'

describe('loading node:sqlite', () => {
  it('loads the module once, with FTS5', () => {
    const sqlite = loadSqlite()
    expect(loadSqlite()).toBe(sqlite)
    const db = new sqlite.DatabaseSync(':memory:')
    expect(() => db.exec('CREATE VIRTUAL TABLE t USING fts5(a)')).not.toThrow()
    db.close()
  })

  it('drops only the SQLite ExperimentalWarning while loading, and restores emitWarning', () => {
    const original = process.emitWarning
    const seen: string[] = []
    const spy = vi.fn((warning: string | Error, type?: unknown) => {
      seen.push(`${typeof type === 'string' ? type : (type as { type?: string })?.type}: ${String(warning)}`)
    })
    process.emitWarning = spy as unknown as typeof process.emitWarning
    try {
      withoutSqliteWarning(() => {
        process.emitWarning(
          'SQLite is an experimental feature and might change at any time',
          'ExperimentalWarning',
        )
        process.emitWarning('SQLite is an experimental feature', { type: 'ExperimentalWarning' })
        process.emitWarning('Something else is experimental', 'ExperimentalWarning')
        process.emitWarning('SQLite busy', 'DeprecationWarning')
      })
      process.emitWarning(
        'SQLite is an experimental feature and might change at any time',
        'ExperimentalWarning',
      )
      expect(seen).toEqual([
        'ExperimentalWarning: Something else is experimental',
        'DeprecationWarning: SQLite busy',
        'ExperimentalWarning: SQLite is an experimental feature and might change at any time',
      ])
    } finally {
      process.emitWarning = original
    }
  })

  it('prints no warning when the search index is used (this Node: ' + process.version + ')', () => {
    const script = `
      const { loadSqlite } = await import(${JSON.stringify(new URL('../../../src/sinks/search-index/sqlite.ts', import.meta.url).href)})
      const db = new (loadSqlite().DatabaseSync)(':memory:')
      db.close()
    `
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/ExperimentalWarning/)
  })
})
