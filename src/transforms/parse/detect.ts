import { ConfigError } from '../../core/errors.js'
import type { LineFormat } from '../types.js'
import { stripAnsi } from './ansi.js'
import { createContext, type ParseContext, type ParseOptions } from './format.js'
import { builtinFormats, FORMAT_NAMES, type FormatName } from './formats/index.js'

/** Below this average score no format is convincing, and the source is read as plain text. */
export const MIN_SCORE = 0.5
/** Two formats closer than this fit equally well; picking one would be a coin toss, so plain it is. */
export const TIE_MARGIN = 0.02
/** Lines of the sample that are looked at. */
export const SAMPLE_LINES = 100

export interface FormatScore {
  name: FormatName
  /** Mean `match` over the sample's header lines, 0..1. */
  score: number
}

function toContext(options: ParseOptions | ParseContext): ParseContext {
  return 'ts' in options ? options : createContext(options)
}

/**
 * How well each built-in format fits a sample, best first (plain excluded). Lines that start with
 * whitespace are left out when others remain: they are continuation lines (stack frames, wrapped
 * output) that no header format claims, and would otherwise penalise formats of multi-line logs. Lines
 * are scored without their ANSI colours, as createParser parses them.
 */
export function scoreFormats(
  sample: readonly string[],
  options: ParseOptions | ParseContext = {},
): FormatScore[] {
  const lines: string[] = []
  const indented: string[] = []
  for (const line of sample) {
    if (lines.length >= SAMPLE_LINES) break
    if (line.trim().length === 0) continue
    const c = line.charCodeAt(0)
    if (c === 32 || c === 9) indented.push(stripAnsi(line))
    else lines.push(stripAnsi(line))
  }
  const considered = lines.length > 0 ? lines : indented.slice(0, SAMPLE_LINES)
  const scores: FormatScore[] = []
  if (considered.length === 0) return scores
  for (const [name, format] of builtinFormats(toContext(options))) {
    if (name === 'plain') continue
    let sum = 0
    for (const line of considered) sum += format.match(line)
    scores.push({ name, score: sum / considered.length })
  }
  return scores.sort((a, b) => b.score - a.score)
}

/**
 * The format of a source from a sample of its first non-empty lines (50–100 is plenty): the best scoring
 * format, or plain when none scores at least MIN_SCORE or the best two tie. The format is bound to the
 * options (time zone, clock) for the whole source.
 */
export function detectFormat(
  sample: readonly string[],
  options: ParseOptions | ParseContext = {},
): LineFormat {
  const context = toContext(options)
  const formats = builtinFormats(context)
  const [best, second] = scoreFormats(sample, context)
  const name =
    best === undefined ||
    best.score < MIN_SCORE ||
    (second !== undefined && best.score - second.score < TIE_MARGIN)
      ? 'plain'
      : best.name
  return formats.get(name)!
}

/** A built-in format by name (for a format set in the configuration rather than detected). */
export function createFormat(name: FormatName, options: ParseOptions | ParseContext = {}): LineFormat {
  const format = builtinFormats(toContext(options)).get(name)
  if (format === undefined) {
    throw new ConfigError(`unknown log format '${String(name)}'`, {
      hint: `use one of ${FORMAT_NAMES.join(', ')}`,
    })
  }
  return format
}
