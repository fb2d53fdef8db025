/**
 * Framing: groups physical lines into records. In `multiline` mode a stack trace, a Python traceback, a Go
 * panic dump or a PEM block becomes one frame with its header line, so the parser, the miner and the judge
 * see one record per event instead of one per line.
 *
 * Rules (multiline mode), in order, for each non-blank line:
 * 1. The format's `startsRecord(line)` says so: a new record, always.
 * 2. An indented line (leading space or tab) continues the current record (Java `\tat`, .NET `   at`, Node
 *    `    at`, Python `  File`, Go `\t/path/file.go:12 +0x1d`, wrapped messages), even across blank lines.
 * 3. Column-0 lines that only exist inside a record continue it: `Caused by:`, `Suppressed:`, `... N more`,
 *    `--- End of ...`, `---> Inner.Exception:`, unindented `at pkg.Class.method(` frames, and lines of
 *    closing brackets only (`}`, `]`, `})`) that end a pretty-printed object.
 * 4. Per-language state, set by the record's first line: Python tracebacks take their final unindented
 *    `ValueError: msg` line and the "During handling of the above exception" / "The above exception was the
 *    direct cause" chains; Go panics take `goroutine N [...]:` headers (across blank lines), `pkg.f(...)` and
 *    `created by` lines; Node's uncaught-exception report (`file.js:12`, source line, caret, `Error: msg`,
 *    frames, `{ code }`, `Node.js v22`) stays whole across its blank lines; a PEM block runs to its END line.
 * 5. A stack trace a logger prints under its message: a qualified exception line (`java.lang.X: msg`,
 *    `System.X: msg`) or `Traceback (most recent call last):` directly after a one-line log header (a line
 *    with a timestamp or a level word, or one the format says starts a record) continues that record, as does
 *    any exception line (`Error: msg`) directly after a line ending with `:`.
 * Anything else starts a new record. `Exception in thread "main" ...` and `Unhandled exception. ...` always do.
 *
 * Blank lines never start or end a record by themselves, and are never dropped: they are held until the next
 * non-blank line decides. If that line continues the record (a Go goroutine header, a Python chain line, an
 * indented line), the blank lines are inside the record; otherwise they stay at the end of the record they
 * follow, which is then closed. Blank lines before the first record form a frame of their own. So every input
 * line is in exactly one frame and `text.split('\n')` maps to line numbers (unless the frame was truncated);
 * parsers should trim trailing blank lines from a message.
 *
 * Envelopes (GitHub Actions' timestamp prefix): continuation is decided on the body, but the frame keeps the
 * full physical lines. The per-line timestamps are the only record of when each line was written, and the
 * parser, which strips envelopes anyway, can take the first one as the record's time; stripping them here
 * would lose them for good and make the frame text differ from the log a user greps.
 */
import { Buffer } from 'node:buffer'

import type { SourceLine } from '../sources/types.js'
import type { Frame, FramingMode, LineFormat } from './types.js'

export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024

export interface FramerOptions {
  mode: FramingMode
  /** Largest frame text in UTF-8 bytes; longer frames are cut and marked `truncated`. Default 1 MiB. */
  maxRecordBytes?: number
  /** The source's detected format: `envelope` to look past a line prefix, `startsRecord` to force a new record. */
  format?: Pick<LineFormat, 'envelope' | 'startsRecord'>
}

export interface FramerStats {
  /** Physical lines pushed. */
  lines: number
  /** Frames returned. */
  frames: number
  /** Frames returned with `truncated: true`. */
  truncated: number
}

// What the current record is, as far as its continuation rules go.
const NONE = 0
const PY_FRAMES = 1 // after `Traceback (most recent call last):`, in the frames
const PY_DONE = 2 // after the traceback's exception line
const PY_CHAIN = 3 // after "During handling of the above exception..."
const GO = 4
const NODE = 5
const PEM = 6
type State = 0 | 1 | 2 | 3 | 4 | 5 | 6

const TRACEBACK = 'Traceback (most recent call last):'
const PY_CHAIN_1 = 'During handling of the above exception, another exception occurred:'
const PY_CHAIN_2 = 'The above exception was the direct cause of the following exception:'
// The last line of a traceback: `ValueError: msg`, `pkg.mod.Error: msg`, `KeyboardInterrupt`.
const PY_EXCEPTION = /^[A-Za-z_][\w.]*(?::|$)/
// An exception line: `java.lang.IllegalStateException: msg`, `System.IO.IOException`, `TypeError: x`,
// `Error [ERR_MODULE_NOT_FOUND]: x`, `org.opentest4j.AssertionFailedError: x`.
const EXCEPTION_LINE =
  /^(?:[A-Za-z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Exception|Error|Throwable|Failure|Fault)(?: \[[\w.-]+\])?(?::|$)/
const DOTS_MORE = /^\.\.\. \d+ (?:more|common frames omitted)/
const JAVA_FRAME = /^at (?:[\w$<>-]+[./])+[\w$<>-]+\(/
const GOROUTINE = /^goroutine \d+ .*\]:$/
const GO_SIGNAL = /^SIG[A-Z]+: /
const NODE_HEADER = /^(?:node:[\w/]+|file:\/\/\S+|\/\S+|[A-Za-z]:\\\S+|\[eval\]|\S+\.[cm]?[jt]sx?):\d+$/
const CLOSERS = /^[\]})]+[,;]?\s*$/
const PEM_BODY = /^(?:[A-Za-z0-9+/=]+|[A-Za-z-]+: .*)$/
// What a log header looks like when the format cannot tell: a leading timestamp or an upper-case level word.
const HEADER =
  /^\[?\d{4}[-/.]?\d\d[-/.]?\d\d[T ]\d|^\[?\d\d:\d\d:\d\d|^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d|\b(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\b|\blevel=\w/
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g

const encoder = new TextEncoder()

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12) return false
  }
  return true
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** The longest prefix of `s` that fits in `room` UTF-8 bytes, never splitting a character. */
function cutUtf8(s: string, room: number): string {
  if (room <= 0) return ''
  const { read } = encoder.encodeInto(s, new Uint8Array(room))
  return s.slice(0, read)
}

/** The state a record starts in, from its first line's body. */
function startState(body: string): State {
  let state: State = NONE
  switch (body.charCodeAt(0)) {
    case 84: // T
      if (body.startsWith(TRACEBACK)) state = PY_FRAMES
      break
    case 112: // p
      if (body.startsWith('panic: ')) state = GO
      break
    case 102: // f
      if (body.startsWith('fatal error: ')) state = GO
      break
    case 103: // g
      if (body.startsWith('goroutine ') && GOROUTINE.test(body)) state = GO
      break
    case 83: // S: a Go runtime signal dump, `SIGQUIT: quit`
      if (body.startsWith('SIG') && GO_SIGNAL.test(body)) state = GO
      break
  }
  if (state === NONE) {
    const last = body.charCodeAt(body.length - 1)
    if (last >= 48 && last <= 57 && body.indexOf(' ') === -1 && NODE_HEADER.test(body)) state = NODE
  }
  return state
}

export class Framer {
  readonly stats: FramerStats = { lines: 0, frames: 0, truncated: 0 }
  private readonly multiline: boolean
  private readonly max: number
  private readonly envelope: LineFormat['envelope']
  private readonly startsRecord: LineFormat['startsRecord']

  // The open frame.
  private open = false
  private first = 0
  private lines = 0
  private text = ''
  private units = 0 // UTF-16 length of `text`: 3 × units bounds its UTF-8 size, so most frames never count bytes
  private bytes = -1 // exact UTF-8 size of `text`, once the bound is no longer enough
  private truncated = false
  private full = false // text is at the limit: later lines are counted, not kept
  private blankOnly = false
  private state: State = NONE
  private contentLines = 0 // non-blank lines
  private lastColon = false // the last non-blank line ends with ':'
  private firstText = ''
  private firstBody = ''
  private header: boolean | undefined // the first line looks like a log header (computed when needed)

  // Blank lines held until the next non-blank line says whose they are.
  private pendingCount = 0
  private pendingText = ''
  private pendingOverflow = false

  constructor(options: FramerOptions) {
    this.multiline = options.mode === 'multiline'
    this.max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES
    if (!Number.isSafeInteger(this.max) || this.max < 1) {
      throw new RangeError(`maxRecordBytes must be a positive integer, got ${String(options.maxRecordBytes)}`)
    }
    this.envelope = options.format?.envelope?.bind(options.format)
    this.startsRecord = options.format?.startsRecord?.bind(options.format)
  }

  /** Adds one line; returns the frame this line closed, if any. In `line` mode, the line's own frame. */
  push(line: SourceLine): Frame | undefined {
    this.stats.lines++
    if (!this.multiline) {
      // Line mode keeps one exception: a PEM private-key block stays one frame, as in multiline mode,
      // because its base64 body lines alone cannot be recognised, and so redacted, as part of a key.
      if (this.open) {
        const trimmed = line.text.trim()
        if (trimmed.indexOf('-----END ') !== -1) {
          this.append(line.text, 1, line.truncated)
          return this.close()
        }
        if (PEM_BODY.test(trimmed)) {
          this.append(line.text, 1, line.truncated)
          return undefined
        }
        // A block with no END line (a cut key): the line that ends it joins the frame rather than wait for
        // a second frame slot; nothing is lost and the rest of the file is one line per frame again.
        this.append(line.text, 1, line.truncated)
        return this.close()
      }
      if (
        line.text.indexOf('-----BEGIN ') !== -1 &&
        line.text.indexOf('PRIVATE KEY') !== -1 &&
        line.text.indexOf('-----END ') === -1
      ) {
        this.start(line, line.text)
        return undefined
      }
      return this.single(line)
    }

    let body = line.text
    if (this.envelope) {
      const env = this.envelope(body)
      if (env) body = env.body
    }
    // Colour codes (FORCE_COLOR in CI) would hide indentation and prefixes.
    if (body.indexOf('\x1b') !== -1) body = body.replace(ANSI, '')

    if (isBlank(body)) {
      if (!this.open) {
        this.start(line, body)
        this.blankOnly = true
      } else if (this.blankOnly) this.append(line.text, 1, line.truncated)
      else this.hold(line)
      return undefined
    }

    if (!this.open) {
      this.start(line, body)
      return undefined
    }
    const gap = this.pendingCount > 0
    if (!this.blankOnly && this.continues(line.text, body, gap)) {
      if (gap) this.releasePending()
      this.append(line.text, 1, line.truncated)
      this.noteContent(body)
      return undefined
    }
    if (gap) this.releasePending()
    const frame = this.close()
    this.start(line, body)
    return frame
  }

  /** Pushes every line; returns the frames they closed (call `flush()` at the end of the source). */
  pushAll(lines: Iterable<SourceLine>): Frame[] {
    const frames: Frame[] = []
    for (const line of lines) {
      const frame = this.push(line)
      if (frame) frames.push(frame)
    }
    return frames
  }

  /** Closes and returns the open frame (end of the source). The framer can be reused afterwards. */
  flush(): Frame | undefined {
    if (!this.open) return undefined
    if (this.pendingCount > 0) this.releasePending()
    return this.close()
  }

  private single(line: SourceLine): Frame {
    let text = line.text
    let truncated = line.truncated === true
    if (text.length * 3 > this.max && Buffer.byteLength(text) > this.max) {
      text = cutUtf8(text, this.max)
      truncated = true
    }
    this.stats.frames++
    if (truncated) this.stats.truncated++
    return { text, line: line.line, lines: 1, truncated }
  }

  private start(line: SourceLine, body: string): void {
    this.open = true
    this.first = line.line
    this.lines = 0
    this.text = ''
    this.units = 0
    this.bytes = -1
    this.truncated = false
    this.full = false
    this.blankOnly = false
    this.contentLines = 0
    this.lastColon = false
    this.firstText = line.text
    this.firstBody = body
    this.header = undefined
    this.state = NONE
    this.append(line.text, 1, line.truncated)
    if (!isBlank(body)) {
      this.state = startState(body)
      this.noteContent(body)
    }
  }

  private close(): Frame {
    const frame: Frame = { text: this.text, line: this.first, lines: this.lines, truncated: this.truncated }
    this.open = false
    this.text = ''
    this.firstText = ''
    this.firstBody = ''
    this.stats.frames++
    if (frame.truncated) this.stats.truncated++
    return frame
  }

  /** Bookkeeping after a non-blank line joined the frame. */
  private noteContent(body: string): void {
    this.contentLines++
    let end = body.length - 1
    while (end >= 0 && (body.charCodeAt(end) === 32 || body.charCodeAt(end) === 9)) end--
    this.lastColon = body.charCodeAt(end) === 58
    // A PEM block's lines are unindented base64: without this state each would be a record of its own, and
    // the redactor could no longer recognise the key it belongs to.
    if (this.state !== PEM && body.indexOf('-----BEGIN ') !== -1 && body.indexOf('-----END ') === -1) {
      this.state = PEM
    }
  }

  /** Appends `chunk` (one or more lines joined with `\n`), keeping the text within `max` bytes. */
  private append(chunk: string, count: number, truncated: boolean | undefined): void {
    if (truncated) this.truncated = true
    if (this.full) {
      this.lines += count
      return
    }
    const piece = this.lines > 0 ? '\n' + chunk : chunk
    this.lines += count
    if (this.bytes < 0) {
      const units = this.units + piece.length
      if (units * 3 <= this.max) {
        this.text += piece
        this.units = units
        return
      }
      this.bytes = Buffer.byteLength(this.text)
    }
    const size = Buffer.byteLength(piece)
    if (this.bytes + size <= this.max) {
      this.text += piece
      this.bytes += size
      return
    }
    const cut = cutUtf8(piece, this.max - this.bytes)
    this.text += cut
    this.bytes += Buffer.byteLength(cut)
    this.full = true
    this.truncated = true
  }

  private hold(line: SourceLine): void {
    if (line.truncated) this.truncated = true
    // Bounded like a frame: past `max` the blank lines are counted only (they are whitespace anyway).
    if (!this.pendingOverflow) {
      this.pendingText = this.pendingCount === 0 ? line.text : this.pendingText + '\n' + line.text
      if (this.pendingText.length > this.max) {
        this.pendingText = this.pendingText.slice(0, this.max)
        this.pendingOverflow = true
      }
    }
    this.pendingCount++
  }

  private releasePending(): void {
    this.append(this.pendingText, this.pendingCount, this.pendingOverflow)
    this.pendingCount = 0
    this.pendingText = ''
    this.pendingOverflow = false
  }

  private isHeader(): boolean {
    this.header ??= (this.startsRecord?.(this.firstText) ?? false) || HEADER.test(this.firstBody)
    return this.header
  }

  /** Does this non-blank line continue the open record? Updates the record's state when it does. */
  private continues(text: string, body: string, gap: boolean): boolean {
    if (this.startsRecord?.(text)) return false
    const c0 = body.charCodeAt(0)
    const state = this.state

    if (state === PEM) {
      const trimmed = body.trim()
      if (trimmed.indexOf('-----END ') !== -1) {
        this.state = NONE
        return true
      }
      if (PEM_BODY.test(trimmed)) return true
      this.state = NONE // not a PEM line after all: judge it like any other
    }

    if (c0 === 32 || c0 === 9) return true

    switch (state) {
      case PY_FRAMES:
        if (!gap && PY_EXCEPTION.test(body)) {
          this.state = PY_DONE
          return true
        }
        break
      case PY_DONE:
        if (body.startsWith(PY_CHAIN_1) || body.startsWith(PY_CHAIN_2)) {
          this.state = PY_CHAIN
          return true
        }
        break
      case PY_CHAIN:
        if (body.startsWith(TRACEBACK)) {
          this.state = PY_FRAMES
          return true
        }
        break
      case GO:
        if (this.goContinues(body, c0, gap)) return true
        break
      case NODE:
        if (
          EXCEPTION_LINE.test(body) ||
          body.startsWith('Node.js v') ||
          body.startsWith("Emitted 'error' event")
        ) {
          return true
        }
        break
    }

    switch (c0) {
      case 67: // C
        if (body.startsWith('Caused by: ')) return true
        break
      case 83: // S
        if (body.startsWith('Suppressed: ')) return true
        break
      case 46: // .
        if (DOTS_MORE.test(body)) return true
        break
      case 45: // -
        if (body.startsWith('--- End of ') || body.startsWith('---> ')) return true
        break
      case 97: // a
        if (JAVA_FRAME.test(body)) return true
        break
      case 125: // }
      case 93: // ]
      case 41: // )
        // The end of a pretty-printed object (`}`, `]`, `})`): it closes a record, it cannot open one.
        if (CLOSERS.test(body)) return true
        break
    }

    return !gap && isLetter(c0) && this.traceUnderHeader(body)
  }

  /** Go panic and goroutine dump lines. Goroutine headers follow a blank line; the others follow directly. */
  private goContinues(body: string, c0: number, gap: boolean): boolean {
    if (c0 === 103 && body.startsWith('goroutine ') && GOROUTINE.test(body)) return true
    if (c0 === 91 && body.startsWith('[signal ')) return true
    if (gap) return false
    if (body.startsWith('created by ') || body.startsWith('...additional frames elided...')) return true
    if (body.startsWith('PC=')) return true
    // A function line: `main.main()`, `net/http.(*conn).serve(0xc0000b4000, {0x6e1c38, 0xc0000a6f00})`.
    const paren = body.indexOf('(')
    return paren > 0 && body.charCodeAt(body.length - 1) === 41 && body.lastIndexOf(' ', paren) === -1
  }

  /** Rule 5: a stack trace that a logger printed under its message line. */
  private traceUnderHeader(body: string): boolean {
    if (this.contentLines !== 1 && !this.lastColon) return false
    if (body.startsWith(TRACEBACK)) {
      if (!this.lastColon && !this.isHeader()) return false
      this.state = PY_FRAMES
      return true
    }
    if (!EXCEPTION_LINE.test(body)) return false
    if (this.lastColon) return true
    // Unqualified names (`Error: x`) are too common in tool output to attach on a header alone.
    const colon = body.indexOf(':')
    const name = colon === -1 ? body : body.slice(0, colon)
    return name.indexOf('.') !== -1 && this.isHeader()
  }
}

/** Frames a whole array of lines (tests, small inputs): every frame, including the last. */
export function frameLines(lines: Iterable<SourceLine>, options: FramerOptions): Frame[] {
  const framer = new Framer(options)
  const frames = framer.pushAll(lines)
  const last = framer.flush()
  if (last) frames.push(last)
  return frames
}
