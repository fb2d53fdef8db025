import type { ParsedFields } from '../../types.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromWord } from '../level.js'

/** The first word after the timestamp, in any case, when it stands alone: `error: ...`, `[WARN] ...`. */
const FIRST_WORD = /[\s[(<|:-]*([A-Za-z]{3,13})(?=$|[\s\]):>|,!])/y
/**
 * Otherwise an upper-case level word near the start (`npm ERR! ...`, `... [main] ERROR ...`), not part of
 * a path, a name or a URL. Bounded so a long line costs no more than a short one.
 */
const UPPER_WORD =
  /^[^]{0,80}?(?<![\w./-])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|FATAL|CRIT|CRITICAL|ALERT|EMERG|PANIC)(?![\w/-])/

/** Two upper-case letters in a row within UPPER_WORD's reach: most lines have none, and skip the regex. */
function hasUpperPair(line: string): boolean {
  const end = Math.min(line.length, 96)
  let previous = false
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i)
    const upper = c >= 65 && c <= 90
    if (upper && previous) return true
    previous = upper
  }
  return false
}

/**
 * Reads what a line of unknown format still tells: a leading timestamp and a level word near the start.
 * The whole line stays the message, since nothing says where a header would end.
 */
export function plainLevel(line: string, from: number, fields: ParsedFields): void {
  FIRST_WORD.lastIndex = from
  const first = FIRST_WORD.exec(line)
  let word = first?.[1]
  let level = word === undefined ? undefined : levelFromWord(word)
  if (level === undefined && hasUpperPair(line)) {
    word = UPPER_WORD.exec(line)?.[1]
    level = word === undefined ? undefined : levelFromWord(word)
  }
  if (level !== undefined) fields.log = { level, original_level: word }
}

export function plainLine(context: ParseContext, line: string): ParsedFields {
  const ts = context.ts
  const fields: ParsedFields = { message: messageFrom(line, 0) }
  let from = 0
  const c = line.charCodeAt(0)
  if (c === 91) {
    // `[timestamp] ...`
    const ms = ts.scan(line, 1)
    if (!Number.isNaN(ms) && line.charCodeAt(ts.end) === 93) {
      const iso = ts.iso(ms)
      if (iso !== undefined) fields['@timestamp'] = iso
      from = ts.end + 1
    }
  } else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
    const ms = ts.scan(line, 0)
    if (!Number.isNaN(ms)) {
      const iso = ts.iso(ms)
      if (iso !== undefined) fields['@timestamp'] = iso
      from = ts.end
    }
  }
  plainLevel(line, from, fields)
  return fields
}

/** The fallback format: any text. Its `match` is low so every real format beats it. */
export function plainFormat(context: ParseContext): ParserFormat {
  return lineFormat(
    { name: 'plain', match: () => 0.01, parseLine: (line) => plainLine(context, line) },
    context,
    undefined,
  )
}
