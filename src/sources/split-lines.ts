import type { SourceLine, SourceStats } from './types.js'

export interface SplitOptions {
  /** Longest line kept, in UTF-8 bytes; the rest of a longer line is discarded. Default 1 MiB. */
  maxRecordBytes?: number
  /** Most lines per batch. Default 1000. */
  batchLines?: number
  /** A batch is closed once its text reaches this many characters. Default 64 Ki. */
  batchChars?: number
}

export const SPLIT_DEFAULTS: Required<SplitOptions> = {
  maxRecordBytes: 1024 * 1024,
  batchLines: 1000,
  batchChars: 64 * 1024,
}

const LF = 10

/**
 * Cuts decoded text into lines (LF, CRLF or a lone CR end a line; a CRLF split across chunks is one
 * terminator) and groups them into batches, so that consumers pay one await per batch, not per line.
 *
 * Memory stays O(max line + chunk): a line longer than `maxRecordBytes` is cut there, and the rest is
 * skipped as it streams by — never accumulated — until its terminator.
 */
export class LineSplitter {
  private readonly maxBytes: number
  private readonly batchLines: number
  private readonly batchChars: number
  /** The line begun in an earlier chunk, not yet terminated (at most maxBytes worth). */
  private partial = ''
  /** The current line was cut: its remaining text is being skipped up to the terminator. */
  private cut = false
  /** The previous chunk ended with CR: an LF starting the next one belongs to it. */
  private skipLf = false
  private lineNo = 0
  private batch: SourceLine[] = []
  private chars = 0
  private readonly ready: SourceLine[][] = []

  constructor(
    private readonly stats: Pick<SourceStats, 'lines' | 'linesTruncated'>,
    options: SplitOptions = {},
  ) {
    const o = { ...SPLIT_DEFAULTS, ...options }
    if (!(o.maxRecordBytes >= 1)) throw new RangeError('maxRecordBytes must be at least 1')
    this.maxBytes = o.maxRecordBytes
    this.batchLines = Math.max(1, o.batchLines)
    this.batchChars = Math.max(1, o.batchChars)
  }

  push(text: string): void {
    const len = text.length
    let start = 0
    if (this.skipLf && len > 0) {
      this.skipLf = false
      if (text.charCodeAt(0) === LF) start = 1
    }
    // The next LF and CR are remembered between lines, so each chunk is scanned once for each.
    let lf = text.indexOf('\n', start)
    let cr = text.indexOf('\r', start)
    for (;;) {
      let end: number
      let next: number
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        end = cr
        if (cr + 1 < len) {
          next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1
        } else {
          next = len
          this.skipLf = true
        }
        if (lf !== -1 && lf < next) lf = text.indexOf('\n', next)
        cr = text.indexOf('\r', next)
      } else if (lf !== -1) {
        end = lf
        next = lf + 1
        lf = text.indexOf('\n', next)
      } else {
        break
      }
      this.endLine(text, start, end)
      start = next
    }
    if (start < len) this.appendPartial(text.slice(start))
  }

  /** Ends the input: the last line, if it had no terminator. */
  end(): void {
    if (this.partial.length > 0 || this.cut) this.emit(this.partial, this.cut)
    this.partial = ''
    this.cut = false
    this.flush()
  }

  /** Batches completed so far; taking them empties the queue. */
  take(): SourceLine[][] {
    return this.ready.splice(0, this.ready.length)
  }

  private endLine(text: string, start: number, end: number): void {
    if (this.cut) {
      // The rest of an over-long line ends here; what was kept is already cut to size.
      this.emit(this.partial, true)
      this.partial = ''
      this.cut = false
      return
    }
    let line = this.partial.length === 0 ? text.slice(start, end) : this.partial + text.slice(start, end)
    this.partial = ''
    let truncated = false
    // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long lines need their bytes counted.
    if (line.length * 3 > this.maxBytes && Buffer.byteLength(line) > this.maxBytes) {
      line = cutUtf8(line, this.maxBytes)
      truncated = true
    }
    this.emit(line, truncated)
  }

  private appendPartial(piece: string): void {
    if (this.cut) return
    this.partial = this.partial.length === 0 ? piece : this.partial + piece
    if (this.partial.length * 3 > this.maxBytes && Buffer.byteLength(this.partial) > this.maxBytes) {
      this.partial = cutUtf8(this.partial, this.maxBytes)
      this.cut = true
    }
  }

  private emit(text: string, truncated: boolean): void {
    const line = ++this.lineNo
    this.batch.push(truncated ? { text, line, truncated: true } : { text, line })
    this.stats.lines++
    if (truncated) this.stats.linesTruncated++
    this.chars += text.length
    if (this.batch.length >= this.batchLines || this.chars >= this.batchChars) this.flush()
  }

  private flush(): void {
    if (this.batch.length === 0) return
    this.ready.push(this.batch)
    this.batch = []
    this.chars = 0
  }
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function cutUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let cut = maxBytes
  // Back up over continuation bytes (10xxxxxx) to the start of the character that does not fit.
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--
  return bytes.toString('utf8', 0, cut)
}

/** Splits a stream of decoded text into batches of lines; stats are complete when it is done. */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  stats: Pick<SourceStats, 'lines' | 'linesTruncated'>,
  options: SplitOptions = {},
): AsyncGenerator<SourceLine[], void, undefined> {
  const splitter = new LineSplitter(stats, options)
  for await (const chunk of chunks) {
    splitter.push(chunk)
    for (const batch of splitter.take()) yield batch
  }
  splitter.end()
  for (const batch of splitter.take()) yield batch
}
