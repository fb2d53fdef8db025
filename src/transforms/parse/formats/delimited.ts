import type { Frame, ParsedFields } from '../../types.js'
import { toInt } from '../fields.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromWord } from '../level.js'

/** Longest header field between pipes; anything longer is message text. */
const MAX_FIELD = 80

/**
 * Pipe-delimited headers: `timestamp|field|field|message`, as HealthApp writes
 * (`20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`). The two fields are told apart by
 * their content: digits are a pid, a level word is the level, anything else the logger. The message is
 * everything after the third pipe, pipes included.
 */
export function delimitedFormat(
  context: ParseContext,
  fallback: (frame: Frame) => ParsedFields,
): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    const ms = ts.scan(line, 0)
    if (Number.isNaN(ms)) return undefined
    let i = ts.end
    while (line.charCodeAt(i) === 32) i++
    if (line.charCodeAt(i) !== 124) return undefined
    const fields: ParsedFields = { message: '' }
    for (let k = 0; k < 2; k++) {
      const from = i + 1
      i = line.indexOf('|', from)
      if (i < 0 || i - from > MAX_FIELD) return undefined
      const value = line.slice(from, i).trim()
      const pid = toInt(value)
      const level = Number.isNaN(pid) ? levelFromWord(value) : undefined
      if (!Number.isNaN(pid)) (fields.process ??= {}).pid = pid
      else if (level !== undefined) fields.log = { ...fields.log, level, original_level: value }
      else if (fields.log?.logger === undefined) fields.log = { ...fields.log, logger: value }
      else (fields.process ??= {}).thread = { name: value }
    }
    fields.message = messageFrom(line, i + 1)
    const iso = ts.iso(ms)
    if (iso !== undefined) fields['@timestamp'] = iso
    return fields
  }

  return lineFormat(
    {
      name: 'delimited',
      match: (line) => (parseLine(line) === undefined ? 0 : 1),
      startsRecord: (line) => !Number.isNaN(ts.scan(line, 0)),
      parseLine,
    },
    context,
    fallback,
  )
}
