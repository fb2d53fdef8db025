import type { Frame, ParsedFields } from '../../types.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromWord } from '../level.js'

/**
 * BlueGene/L RAS logs: `ALERT EPOCH yyyy.MM.dd NODE yyyy-MM-dd-HH.mm.ss.ffffff NODE TYPE COMPONENT LEVEL
 * message`. Nine fixed fields, so one anchored regex; no other system writes this.
 */
const BGL =
  /^(\S+) (\d{9,11}) \d{4}\.\d\d\.\d\d (\S+) \d{4}-\d\d-\d\d-\d\d\.\d\d\.\d\d\.(\d{1,6}) \S+ (\S+) (\S+) ([A-Za-z]+)(?: |$)/

/**
 * The record's instant is the epoch field (an explicit UTC instant) plus the milliseconds of the local
 * time field; the local time itself carries no zone (it is US Pacific in the Loghub sample).
 */
export function bglFormat(context: ParseContext, fallback: (frame: Frame) => ParsedFields): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    const m = BGL.exec(line)
    if (m === null) return undefined
    const [whole, alert, epoch, node, fraction, type, component, word] = m as unknown as string[]
    const level = levelFromWord(word!)
    if (level === undefined) return undefined
    const fields: ParsedFields = { message: messageFrom(line, whole!.length) }
    const iso = ts.iso(Number(epoch) * 1000 + Math.floor(Number(fraction!.padEnd(6, '0')) / 1000))
    if (iso !== undefined) fields['@timestamp'] = iso
    fields.log = { level, logger: component!, original_level: word! }
    if (node !== 'NULL') fields.host = { name: node! }
    const labels: Record<string, string> = { bgl_type: type! }
    if (alert !== '-') labels.alert = alert!
    fields.labels = labels
    return fields
  }

  return lineFormat(
    { name: 'bgl', match: (line) => (parseLine(line) === undefined ? 0 : 1), parseLine },
    context,
    fallback,
  )
}
