import type { LogRecord } from '../core/record.js'
import type { SourceLine } from '../sources/types.js'

/** One log record's raw text after framing: one line, or a header line plus its continuation lines. */
export interface Frame {
  /** Lines joined with `\n`. */
  text: string
  /** 1-based line number of the first line. */
  line: number
  /** How many physical lines were folded into this frame. */
  lines: number
  /** The frame exceeded the maximum record size and was cut (marked, never dropped). */
  truncated: boolean
}

export type FramingMode = 'multiline' | 'line'

/**
 * A line format (JSON lines, logfmt, syslog, a Loghub-style header, GitHub Actions, ...). Detected once
 * per source from a sample of its first lines, then used for every frame of that source.
 */
export interface LineFormat {
  readonly name: string
  /**
   * Score how well one line fits this format: 0 (not at all) to 1 (certain). Used by detection.
   */
  match(line: string): number
  /**
   * For formats that wrap every physical line in an envelope (GitHub Actions' timestamp prefix): the
   * envelope's parts and the body, so framing can look at the body only. Other formats omit it.
   */
  envelope?(line: string): { timestamp?: string; body: string } | undefined
  /** True when the line is certainly the first line of a record (it carries the format's header). */
  startsRecord?(line: string): boolean
  /** Parse one frame into record fields. `message` must be set; `log.file` is filled in by the caller. */
  parse(frame: Frame): ParsedFields
}

export type ParsedFields = Omit<LogRecord, 'log' | 'logward'> & {
  log?: Partial<LogRecord['log']>
}

export interface SourceContext {
  path: string
  lines: SourceLine[]
}
