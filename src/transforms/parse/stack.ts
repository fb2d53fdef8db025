import type { ParsedFields } from '../types.js'

/**
 * Lines that only appear in stack traces: Java/JS `at` frames, `Caused by:`, `... N more`, Python's
 * traceback, Go's goroutine dump, Rust's backtrace, gdb/native `#N 0x...` frames, and a leading exception
 * line (`java.lang.IllegalStateException: ...`, `TypeError: ...`).
 */
const STACK_LINE =
  /^(?:\s+at\s|\s*Caused by:|\s*Suppressed:|\s*\.\.\. \d+ (?:more|common frames omitted)|Traceback \(most recent call last\)|\s+File ".*", line \d+|goroutine \d+ \[|panic: |stack backtrace:|\s*#\d+\s+0x[0-9a-fA-F]+|\s*(?:[\w$]+\.)+[\w$]*(?:Exception|Error|Throwable)\b|[A-Z]\w*(?:Error|Exception): )/m

/** The exception class on the first line of a Java/JS trace (`java.io.IOException: ...`). */
const LEADING_TYPE = /^\s*((?:[\w$]+\.)*[\w$]*(?:Exception|Error|Throwable))(?::|$)/
/** The exception class on the last line of a Python traceback (`ValueError: bad value`). */
const TRAILING_TYPE = /^([A-Za-z_][\w.]*)(?::|$)/

/** How much of a long continuation to search for stack lines: they show up near its start. */
const SEARCH_LIMIT = 4096

/**
 * Folds a frame's continuation lines (everything after its first line) into the record. A stack trace goes
 * whole into `error.stack_trace` (with `error.type` when its exception class is legible), and `message`
 * stays the first line's message, so searches and grouping see the one-line summary; any other
 * continuation is part of the message (a multi-line message, a SQL statement, a config dump).
 */
export function addContinuation(fields: ParsedFields, rest: string): void {
  // Framing keeps blank lines inside the frame that follows them; they are layout, not content.
  rest = rest.trimEnd()
  if (rest.length === 0) return
  const head = rest.length > SEARCH_LIMIT ? rest.slice(0, SEARCH_LIMIT) : rest
  if (!STACK_LINE.test(head)) {
    fields.message = fields.message.length === 0 ? rest : `${fields.message}\n${rest}`
    return
  }
  const error = (fields.error ??= {})
  if (error.stack_trace === undefined) error.stack_trace = rest
  else error.stack_trace += `\n${rest}`
  if (error.type === undefined) {
    const type = rest.startsWith('Traceback')
      ? TRAILING_TYPE.exec(lastLine(rest))?.[1]
      : LEADING_TYPE.exec(rest)?.[1]
    if (type !== undefined) error.type = type
  }
}

function lastLine(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim()
}
