import type { Frame, ParsedFields } from '../../types.js'
import { FieldMapper } from '../fields.js'
import type { ParseContext, ParserFormat } from '../format.js'
import { addContinuation } from '../stack.js'

/**
 * The object a text holds, or undefined. Only text that starts with `{` and ends with `}` reaches
 * JSON.parse: a failed parse throws, and throwing per line would cost far more than the check.
 */
function parseObject(text: string): Record<string, unknown> | undefined {
  let start = 0
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++
  if (text.charCodeAt(start) !== 123) return undefined
  let end = text.length - 1
  while (end > start && (text.charCodeAt(end) <= 32 || text.charCodeAt(end) === 13)) end--
  if (text.charCodeAt(end) !== 125) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * JSON lines: one object per line, mapped to ECS by FieldMapper. A frame that is one pretty-printed object
 * is read whole; a JSON line followed by raw lines (a stack trace printed beside the logger) keeps them as
 * continuation. No message field: the line itself is the message, so the record stays searchable.
 */
export function jsonFormat(context: ParseContext, fallback: (frame: Frame) => ParsedFields): ParserFormat {
  const mapper = new FieldMapper(context.ts)

  const fromObject = (object: Record<string, unknown>, text: string): ParsedFields => {
    const out = mapper.begin()
    for (const key in object) mapper.set(out, key, object[key])
    if (!mapper.hasMessage()) out.message = text
    return out
  }

  const tryParse = (frame: Frame): ParsedFields | undefined => {
    const text = frame.text
    const whole = parseObject(text)
    if (whole !== undefined) return fromObject(whole, text)
    const nl = text.indexOf('\n')
    if (nl < 0) return undefined
    const line = text.slice(0, nl)
    const object = parseObject(line)
    if (object === undefined) return undefined
    const fields = fromObject(object, line)
    addContinuation(fields, text.slice(nl + 1))
    return fields
  }

  return {
    name: 'json',
    context,
    match: (line) => (parseObject(line) === undefined ? 0 : 1),
    startsRecord: (line) => line.charCodeAt(0) === 123,
    tryParse,
    parse: (frame) => tryParse(frame) ?? fallback(frame),
  }
}
