import type { SQLInputValue } from 'node:sqlite'
import type { FtsQuery } from './fts-query.js'
import { parseIsoTime } from './time-spec.js'

/** What a search can be narrowed to besides its text. Every filter given must hold (AND). */
export interface SearchFilters {
  /** Any of these `log.level` values. */
  levels?: readonly string[]
  /** Any of these `service.name` values. */
  services?: readonly string[]
  /**
   * `@timestamp` at or after this: a Date, or ISO text (no offset: UTC). Records without a timestamp are
   * then left out.
   */
  since?: Date | string
  /** `@timestamp` before this (exclusive). */
  until?: Date | string
  /** `logward.template_id`. */
  templateId?: string
}

export interface SqlParts {
  /** `FROM …` clause; joins the full-text table only when the query has a positive text condition. */
  from: string
  /** `WHERE …`, or '' when nothing filters. */
  where: string
  params: SQLInputValue[]
}

/**
 * The FROM and WHERE of a search, with every value as a bound parameter: user text never becomes SQL.
 * `records r` is always aliased `r`; the FTS table keeps its name, as `bm25()` needs it.
 */
export function buildSql(fts: FtsQuery, filters: SearchFilters, invalid: (what: string) => Error): SqlParts {
  const clauses: string[] = []
  const params: SQLInputValue[] = []
  let from = 'records r'
  if (fts.match !== undefined) {
    from = 'records_fts JOIN records r ON r.seq = records_fts.rowid'
    clauses.push('records_fts MATCH ?')
    params.push(fts.match)
  }
  if (fts.exclude !== undefined) {
    clauses.push('r.seq NOT IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)')
    params.push(fts.exclude)
  }
  const anyOf = (column: string, values: readonly string[] | undefined): void => {
    if (values === undefined) return
    // An empty list matches nothing, as "any of none" should; never all records.
    if (values.length === 0) {
      clauses.push('0')
      return
    }
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  anyOf('r.level', filters.levels)
  anyOf('r.service', filters.services)
  if (filters.templateId !== undefined) {
    clauses.push('r.template_id = ?')
    params.push(filters.templateId)
  }
  if (filters.since !== undefined) {
    clauses.push('r.timestamp >= ?')
    params.push(isoTime(filters.since, 'since', invalid))
  }
  if (filters.until !== undefined) {
    clauses.push('r.timestamp < ?')
    params.push(isoTime(filters.until, 'until', invalid))
  }
  return { from, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/**
 * `@timestamp` as the index stores it: `toISOString()` (UTC, milliseconds), which sorts as text in time
 * order. Null when absent, unparsable or outside years 0000-9999 (whose ISO form would not sort).
 */
export function normalizeTimestamp(value: string | undefined): string | null {
  if (value === undefined) return null
  // The parser's output is already in this form: skip the Date round trip for it.
  if (value.length === 24 && ISO_MS.test(value)) return value
  const ms = parseIsoTime(value)?.getTime() ?? Date.parse(value)
  if (Number.isNaN(ms)) return null
  const iso = new Date(ms).toISOString()
  return iso.length === 24 ? iso : null
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

function isoTime(value: Date | string, name: string, invalid: (what: string) => Error): string {
  const date = value instanceof Date ? value : parseIsoTime(value)
  const iso =
    date === undefined || Number.isNaN(date.getTime()) ? null : normalizeTimestamp(date.toISOString())
  if (iso === null) throw invalid(`${name} is not a valid time`)
  return iso
}
