import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Loghub-2k systems in ../shared/data/loghub-2k, with Drain's published GA (docs: benchmarks.md). */
export const LOGHUB_SYSTEMS = [
  { name: 'HDFS', drainGA: 0.998 },
  { name: 'Hadoop', drainGA: 0.948 },
  { name: 'Spark', drainGA: 0.92 },
  { name: 'Zookeeper', drainGA: 0.967 },
  { name: 'BGL', drainGA: 0.963 },
  { name: 'Apache', drainGA: 1.0 },
  { name: 'OpenSSH', drainGA: 0.788 },
  { name: 'HealthApp', drainGA: 0.78 },
] as const

export interface LabelledLines {
  /** The message part of each line (the `Content` column): what the miner is given. */
  contents: string[]
  /** The ground-truth template id of each line (`EventId`). */
  eventIds: string[]
}

/** Read `<dir>/<System>/<System>_2k.log_structured.csv`. */
export function readLoghub(dir: string, system: string): LabelledLines {
  const rows = parseCsv(readFileSync(join(dir, system, `${system}_2k.log_structured.csv`), 'utf8'))
  const header = rows.shift() ?? []
  const content = header.indexOf('Content')
  const eventId = header.indexOf('EventId')
  if (content < 0 || eventId < 0) throw new Error(`${system}: no Content/EventId columns`)
  const contents: string[] = []
  const eventIds: string[] = []
  for (const row of rows) {
    if (row.length < header.length) continue
    contents.push(row[content]!)
    eventIds.push(row[eventId]!)
  }
  return { contents, eventIds }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
