import { ConfigError, LogwardError } from '../../core/errors.js'

/** The search index could not be opened, read or written. Names the file, never a record's content. */
export class SearchIndexError extends LogwardError {
  readonly path: string
  constructor(
    path: string,
    message: string,
    options: { cause?: unknown; retriable?: boolean; hint?: string } = {},
  ) {
    super(`search index ${path}: ${message}`, options)
    this.path = path
  }
}

/**
 * There is no store where the user pointed: nothing was searched. A ConfigError, so the CLI exits 2 (bad
 * usage) like any other setting that names something that is not there.
 */
export class StoreNotFoundError extends ConfigError {
  readonly path: string
  constructor(path: string, message: string, options: { hint?: string } = {}) {
    super(`${path}: ${message}`, options)
    this.path = path
  }
}

/**
 * The index was written by a newer logward (a higher schema version): reading it could misread columns,
 * writing it could corrupt it, so it is refused. A ConfigError: the fix is another store or an upgrade.
 */
export class IndexVersionError extends ConfigError {
  readonly path: string
  readonly found: number
  readonly supported: number
  constructor(path: string, found: number, supported: number) {
    super(
      `search index ${path}: schema version ${found} was written by a newer logward (this one reads up to version ${supported})`,
      {
        hint: 'upgrade logward, or point --store at another directory (the index is rebuilt by `logward analyze`)',
      },
    )
    this.path = path
    this.found = found
    this.supported = supported
  }
}
