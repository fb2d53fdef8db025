import type { LogRecord } from '../../core/record.js'
import type { Frame, LineFormat, ParsedFields } from '../types.js'
import { stripAnsi } from './ansi.js'
import { createContext, isParserFormat, type ParseOptions, type ParserFormat } from './format.js'
import { GroupTracker } from './formats/github-actions.js'
import { builtinFormats, type FormatName } from './formats/index.js'
import { plainFormat } from './formats/plain.js'

/** A frame's fields, plus what the caller needs for `logward.*`: the format that read it, and its group. */
export type ParsedFrame = ParsedFields & { logward: Pick<LogRecord['logward'], 'format' | 'group'> }

export interface FrameParser {
  readonly format: LineFormat
  /** Parses one frame; frames must come in source order (GitHub Actions groups span frames). */
  parse(frame: Frame): ParsedFrame
}

/**
 * The parser of one source in a given format. A frame the format does not fit (a stray non-JSON line in
 * a JSON file, a banner before the first header) is read as plain, and `logward.format` says so, rather
 * than failing the record. A built-in format keeps the options it was detected with unless `options`
 * sets some (then it is rebuilt with them), so `createParser(detectFormat(sample), { timezone })` works.
 * ANSI colour codes are removed before parsing: no field of the record carries them.
 */
export function createParser(format: LineFormat, options: ParseOptions = {}): FrameParser {
  const rebind = options.timezone !== undefined || options.now !== undefined
  let own: ParserFormat | undefined = isParserFormat(format) ? format : undefined
  if (own !== undefined && rebind)
    own = builtinFormats(createContext(options)).get(own.name as FormatName) ?? own
  const plain = plainFormat(own !== undefined && !rebind ? own.context : createContext(options))
  const name = format.name
  const tryParse =
    own !== undefined ? own.tryParse : (frame: Frame): ParsedFields | undefined => format.parse(frame)
  const groups = name === 'github-actions' ? new GroupTracker() : undefined

  return {
    format,
    parse(frame: Frame): ParsedFrame {
      const text = stripAnsi(frame.text)
      if (text !== frame.text) frame = { ...frame, text }
      let fields = tryParse(frame)
      let used = name
      if (fields === undefined) {
        fields = plain.tryParse(frame)!
        used = 'plain'
      }
      const out = fields as ParsedFrame
      out.logward = { format: used }
      if (groups !== undefined) {
        const group = groups.track(frame.text)
        if (group !== undefined) out.logward.group = group
      }
      return out
    },
  }
}
