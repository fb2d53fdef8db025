/** What a source hands to the transforms: decoded text lines, in batches, with where they came from. */
export interface SourceLine {
  /** The line without its terminator (LF, CRLF or CR). */
  text: string
  /** 1-based line number in the decoded source. */
  line: number
  /** The line was longer than the maximum record size and was cut there (the rest is discarded, not lost silently). */
  truncated?: boolean
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Filled in while a source is read; complete once its line iterator is done. */
export interface SourceStats {
  bytesRead: number
  gzip: boolean
  encoding: TextEncoding
  bom: boolean
  /** Number of invalid byte sequences replaced with U+FFFD. */
  invalidSequences: number
  lines: number
  linesTruncated: number
}

export interface OpenedSource {
  /** The path as the user named it (relative paths stay relative); `-` for stdin. */
  path: string
  /** Batches of lines, in order. Iterate once. */
  lines: AsyncIterable<SourceLine[]>
  stats: SourceStats
}
