import type { Frame, ParsedFields } from '../../types.js'
import { FieldMapper } from '../fields.js'
import { lineFormat, type ParseContext, type ParserFormat } from '../format.js'

function isKeyStart(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 64 // letter, _, @
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47 // digit . - /
}

/** Go-style escapes inside a quoted value. */
function unescape(s: string): string {
  return s.replace(/\\(["\\ntr])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c,
  )
}

/** True when the backslashes ending at `at` (going back to `from`) are an even number: they escape each other. */
function evenBackslashes(line: string, at: number, from: number): boolean {
  let k = at
  while (k >= from && line.charCodeAt(k) === 92) k--
  return (at - k) % 2 === 0
}

/** Bare keys (flags) the last scanPairs call met. */
let flags = 0

/**
 * Reads `key=value key="quoted \"value\"" flag` pairs, calling `pair` for each; returns how many
 * `key=value` pairs the line held (flags are counted in `flags`), or -1 when a token is neither (a line
 * of prose with one `=` in it is not logfmt).
 */
function scanPairs(line: string, pair: ((key: string, value: string) => void) | undefined): number {
  flags = 0
  const n = line.length
  let i = 0
  let count = 0
  while (i < n) {
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++
    if (i >= n) break
    if (!isKeyStart(line.charCodeAt(i))) return -1
    const keyStart = i
    while (isKeyChar(line.charCodeAt(i))) i++
    const key = line.slice(keyStart, i)
    const c = line.charCodeAt(i)
    if (c === 61) {
      i++
      let value: string
      // Values are most of a line: indexOf finds their ends faster than a loop over characters.
      if (line.charCodeAt(i) === 34) {
        const from = i + 1
        let close = line.indexOf('"', from)
        while (close > 0 && line.charCodeAt(close - 1) === 92 && !evenBackslashes(line, close - 1, from)) {
          close = line.indexOf('"', close + 1)
        }
        if (close < 0) return -1 // unterminated quote
        value = line.slice(from, close)
        if (value.includes('\\')) value = unescape(value)
        i = close + 1
      } else {
        const from = i
        let end = line.indexOf(' ', i)
        if (end < 0) end = n
        value = line.slice(from, end)
        const tab = value.indexOf('\t')
        if (tab >= 0) {
          end = from + tab
          value = value.slice(0, tab)
        }
        i = end
      }
      pair?.(key, value)
      count++
    } else if (i >= n || c === 32 || c === 9) {
      // A bare key is a flag: logfmt reads it as true.
      pair?.(key, 'true')
      flags++
    } else {
      return -1
    }
  }
  return count
}

/** logfmt (`time=... level=info msg="..." key=value`), with the same field names as JSON lines. */
export function logfmtFormat(context: ParseContext, fallback: (frame: Frame) => ParsedFields): ParserFormat {
  const mapper = new FieldMapper(context.ts)
  let out: ParsedFields = { message: '' }
  const pair = (key: string, value: string): void => mapper.set(out, key, value)

  const parseLine = (line: string): ParsedFields | undefined => {
    // A cheap first test: logfmt starts with `key=`.
    const eq = line.indexOf('=')
    if (eq <= 0 || !isKeyStart(line.charCodeAt(0))) return undefined
    out = mapper.begin()
    const count = scanPairs(line, pair)
    if (count < 1) return undefined
    const fields = out
    if (!mapper.hasMessage()) fields.message = line
    return fields
  }

  const match = (line: string): number => {
    const eq = line.indexOf('=')
    if (eq <= 0 || !isKeyStart(line.charCodeAt(0)) || line.charCodeAt(eq - 1) === 32) return 0
    // Prose with a `key=value` in it would be pairs and many flags; logfmt is mostly pairs.
    const count = scanPairs(line, undefined)
    if (flags * 2 > count) return 0
    return count >= 3 ? 1 : count === 2 ? 0.8 : 0
  }

  return lineFormat({ name: 'logfmt', match, parseLine }, context, fallback)
}
