import type { Frame, LineFormat, ParsedFields } from '../types.js'
import { addContinuation } from './stack.js'
import { TimestampParser, type TimestampOptions } from './timestamp.js'

/** Options of the parse transform. */
export type ParseOptions = TimestampOptions

/** What the formats of one source share: the timestamp reader, with its zone and caches. */
export interface ParseContext {
  readonly ts: TimestampParser
}

export function createContext(options: ParseOptions = {}): ParseContext {
  return { ts: new TimestampParser(options) }
}

/**
 * A built-in format: a LineFormat that can also say "this frame is not mine" (`tryParse` returns
 * undefined), so the parser can fall back to plain for that frame and record that it did.
 */
export interface ParserFormat extends LineFormat {
  readonly context: ParseContext
  tryParse(frame: Frame): ParsedFields | undefined
}

export function isParserFormat(format: LineFormat): format is ParserFormat {
  return typeof (format as Partial<ParserFormat>).tryParse === 'function'
}

export interface FormatSpec {
  name: string
  match(line: string): number
  startsRecord?(line: string): boolean
  /** Parses a frame's first line, or returns undefined when it is not in this format. */
  parseLine(line: string): ParsedFields | undefined
}

/**
 * A format from its first-line parser: continuation lines are folded in by `addContinuation`, and
 * `parse` (the LineFormat contract, which must always produce a record) falls back to `fallback`.
 */
export function lineFormat(
  spec: FormatSpec,
  context: ParseContext,
  fallback: ((frame: Frame) => ParsedFields) | undefined,
): ParserFormat {
  const { parseLine } = spec
  const tryParse = (frame: Frame): ParsedFields | undefined => {
    const text = frame.text
    const nl = text.indexOf('\n')
    if (nl < 0) return parseLine(text)
    const fields = parseLine(text.slice(0, nl))
    if (fields !== undefined) addContinuation(fields, text.slice(nl + 1))
    return fields
  }
  const format: ParserFormat = {
    name: spec.name,
    context,
    match: spec.match,
    tryParse,
    parse: (frame) => tryParse(frame) ?? fallback?.(frame) ?? { message: frame.text },
  }
  if (spec.startsRecord) format.startsRecord = spec.startsRecord
  return format
}

/** The message part of a line from `start`: trailing whitespace is layout, not content. */
export function messageFrom(line: string, start: number): string {
  let end = line.length
  while (end > start) {
    const c = line.charCodeAt(end - 1)
    if (c !== 32 && c !== 9 && c !== 13) break
    end--
  }
  return start === 0 && end === line.length ? line : line.slice(start, end)
}
