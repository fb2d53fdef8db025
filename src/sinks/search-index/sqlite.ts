import type * as Sqlite from 'node:sqlite'

type SqliteModule = typeof Sqlite

let loaded: SqliteModule | undefined

/**
 * `node:sqlite`, loaded on first use. Two reasons not to `import` it at the top of a module:
 * - the CLI is bundled into one file, so a static import would load SQLite for every command, `parse` too;
 * - Node 24 before 24.15 prints `ExperimentalWarning: SQLite is an experimental feature` on load, which a
 *   user can do nothing about (24.15 made the module a release candidate and dropped the warning).
 * `process.getBuiltinModule` loads it synchronously, so the one warning can be filtered around that call.
 */
export function loadSqlite(): SqliteModule {
  loaded ??= withoutSqliteWarning(() => process.getBuiltinModule('node:sqlite'))
  return loaded
}

/**
 * Run `load` with only the SQLite ExperimentalWarning dropped: every other warning, and this one from any
 * other code after `load` returns, goes through as usual. Node emits it through `process.emitWarning` once
 * per process, when the module is first loaded.
 */
export function withoutSqliteWarning<T>(load: () => T): T {
  const emitWarning = process.emitWarning
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type
    const name = warning instanceof Error ? warning.name : type
    const text = warning instanceof Error ? warning.message : warning
    if (name === 'ExperimentalWarning' && /^SQLite\b/.test(text)) return
    ;(emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest)
  } as typeof process.emitWarning
  try {
    return load()
  } finally {
    process.emitWarning = emitWarning
  }
}
