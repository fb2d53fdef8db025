import type { Level } from '../../../core/record.js'
import type { Frame, ParsedFields } from '../../types.js'
import type { ParseContext, ParserFormat } from '../format.js'
import { messageFrom } from '../format.js'
import { addContinuation } from '../stack.js'
import { plainLevel } from './plain.js'

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]

/**
 * The length of the timestamp the runner puts before every line (`2024-05-01T12:00:00.1234567Z `), or 0.
 * Checked by position: it is on every line, so it must cost next to nothing.
 */
export function envelopeLength(line: string): number {
  if (line.charCodeAt(4) !== 45 || line.charCodeAt(10) !== 84 || line.charCodeAt(13) !== 58) return 0
  for (const k of DIGIT_POSITIONS) {
    const c = line.charCodeAt(k)
    if (c < 48 || c > 57) return 0
  }
  let i = 19
  if (line.charCodeAt(i) === 46) {
    i++
    while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++
  }
  if (line.charCodeAt(i) !== 90) return 0
  return line.charCodeAt(i + 1) === 32 ? i + 2 : i + 1 === line.length ? i + 1 : 0
}

const COMMAND_LEVELS: Record<string, Level> = {
  error: 'error',
  warning: 'warn',
  notice: 'notice',
  debug: 'debug',
}

/** `##[command]data`: the runner's own markers. */
const RUNNER_COMMAND = /^##\[([a-z-]+)\]/
/** `::command key=value,key=value::data`: workflow commands a step printed. */
const WORKFLOW_COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::/

/** Workflow-command escapes: `%25` `%0D` `%0A`, and in property values also `%3A` `%2C`. */
const ESCAPE = /%(25|0D|0A|3A|2C)/gi
const UNESCAPED: Record<string, string> = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' }
function unescape(s: string): string {
  return s.includes('%') ? s.replace(ESCAPE, (_, code: string) => UNESCAPED[code.toUpperCase()]!) : s
}

/** Fills the record from a line body (the text after the envelope). */
function parseBody(line: string, from: number, fields: ParsedFields): void {
  const c = line.charCodeAt(from)
  const body = from === 0 ? line : line.slice(from)
  if (c === 35 && line.charCodeAt(from + 1) === 35) {
    const m = RUNNER_COMMAND.exec(body)
    if (m !== null) {
      command(fields, m[1]!, messageFrom(body, m[0].length))
      return
    }
  } else if (c === 58 && line.charCodeAt(from + 1) === 58) {
    const m = WORKFLOW_COMMAND.exec(body)
    if (m !== null) {
      const labels = command(fields, m[1]!, unescape(messageFrom(body, m[0].length)))
      if (m[2] !== undefined) {
        for (const pair of m[2].split(',')) {
          const eq = pair.indexOf('=')
          if (eq > 0) labels[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1))
        }
      }
      return
    }
  }
  fields.message = messageFrom(body, 0)
  plainLevel(body, 0, fields)
}

function command(fields: ParsedFields, name: string, data: string): Record<string, string> {
  const labels = (fields.labels = { command: name })
  // The value of `::add-mask::` is a secret by definition; it must not travel on in the record.
  fields.message = name === 'add-mask' ? '***' : data
  const level = COMMAND_LEVELS[name]
  if (level !== undefined) fields.log = { level, original_level: name }
  return labels
}

/**
 * GitHub Actions job logs: every line has the runner's timestamp envelope (→ `@timestamp`); the body is
 * a `##[group]`/`##[endgroup]`/`##[error]`/`##[warning]`/`##[notice]`/`##[debug]`/`##[command]` marker,
 * a `::error file=x,line=3::msg` workflow command (properties → labels, `labels.command` the command),
 * or a step's own output (plain: its level word, if any). The group a line belongs to needs state across
 * frames: see GroupTracker; createParser keeps one per source.
 */
export function githubActionsFormat(
  context: ParseContext,
  fallback: (frame: Frame) => ParsedFields,
): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    const body = envelopeLength(line)
    const fields: ParsedFields = { message: '' }
    if (body > 0) {
      const iso = ts.iso(ts.scan(line, 0))
      if (iso !== undefined) fields['@timestamp'] = iso
    } else if (!isCommand(line, 0)) {
      return undefined
    }
    parseBody(line, body, fields)
    return fields
  }

  const tryParse = (frame: Frame): ParsedFields | undefined => {
    const text = frame.text
    const nl = text.indexOf('\n')
    if (nl < 0) return parseLine(text)
    const fields = parseLine(text.slice(0, nl))
    if (fields !== undefined) addContinuation(fields, stripEnvelopes(text.slice(nl + 1)))
    return fields
  }

  return {
    name: 'github-actions',
    context,
    match: (line) => (envelopeLength(line) > 0 ? 1 : isCommand(line, 0) ? 0.9 : 0),
    envelope: (line) => {
      const n = envelopeLength(line)
      if (n === 0) return undefined
      const end = line.charCodeAt(n - 1) === 32 ? n - 1 : n
      return { timestamp: line.slice(0, end), body: line.slice(n) }
    },
    startsRecord: (line) => isCommand(line, envelopeLength(line)),
    tryParse,
    parse: (frame) => tryParse(frame) ?? fallback(frame),
  }
}

function isCommand(line: string, from: number): boolean {
  const c = line.charCodeAt(from)
  if (c === 35) return line.charCodeAt(from + 1) === 35 && line.charCodeAt(from + 2) === 91
  return c === 58 && line.charCodeAt(from + 1) === 58 && WORKFLOW_COMMAND.test(line.slice(from))
}

/** Continuation lines keep their own envelopes in the frame text; the stack trace should not. */
function stripEnvelopes(text: string): string {
  let out = ''
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const line = nl < 0 ? text.slice(start) : text.slice(start, nl)
    out += line.slice(envelopeLength(line))
    if (nl < 0) return out
    out += '\n'
    start = nl + 1
  }
}

/**
 * The `##[group]` each frame belongs to. Groups do not nest in GitHub's logs: `##[group]name` (or
 * `::group::name`) opens one, which its own line belongs to, and `##[endgroup]` closes it after its line.
 * One tracker per source, fed every frame in order.
 */
export class GroupTracker {
  private current: string | undefined

  /** The group of this frame; also advances the state for the frames after it. */
  track(text: string): string | undefined {
    // Most lines mention no group at all: one search decides that.
    if (!text.includes('group')) return this.current
    let group: string | undefined
    let first = true
    let start = 0
    for (;;) {
      const nl = text.indexOf('\n', start)
      const end = nl < 0 ? text.length : nl
      const lineStart = start
      const line = text.slice(lineStart, end)
      const b = envelopeLength(line)
      let close = false
      if (line.startsWith('##[group]', b)) this.current = messageFrom(line, b + 9)
      else if (line.startsWith('::group::', b)) this.current = unescape(messageFrom(line, b + 9))
      else close = line.startsWith('##[endgroup]', b) || line.startsWith('::endgroup::', b)
      if (first) {
        group = this.current
        first = false
      }
      if (close) this.current = undefined
      if (nl < 0) return group
      start = nl + 1
    }
  }
}
