export { formatCount, plural } from '../../../core/format.js'
import type { FailingTest, FlakyTest, RunAnalysis } from '../../../analysis/model.js'

/**
 * Plain-text helpers shared by the HTML and Markdown renderers: cleaning hostile log text, numbers, times,
 * test names. Nothing here escapes for a target format; that is each renderer's job.
 */

// CSI (colours, cursor moves) and OSC (titles, hyperlinks) sequences: noise in a report, and an OSC 8
// hyperlink would otherwise show its target URL as text.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g
// Lone surrogates cannot be encoded as UTF-8; noncharacters are parse errors in HTML.
const BAD_UNICODE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

/** Log text made safe to show: ANSI sequences removed, other control characters shown as symbols (␛, ␀). */
export function cleanText(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) =>
      c === '\x7f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0)),
    )
    .replace(/[\x80-\x9f]/g, '\uFFFD')
    .replace(BAD_UNICODE, '\uFFFD')
}

/** At most `max` characters (UTF-16 units), ending with `…` when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1
  return text.slice(0, end) + '…'
}

/**
 * The first `maxLines` lines (at most `maxChars` in all), and how many lines were left out. Walks only as
 * far as it keeps, then counts the rest: stack traces can be megabytes.
 */
export function clipLines(
  text: string,
  maxLines: number,
  maxChars: number,
): { text: string; omitted: number } {
  const body = text.replace(/\s+$/, '')
  if (body === '') return { text: '', omitted: 0 }
  const kept: string[] = []
  let chars = 0
  let pos = 0
  while (pos <= body.length && kept.length < maxLines && chars < maxChars) {
    const nl = body.indexOf('\n', pos)
    const end = nl === -1 ? body.length : nl
    const piece = clip(
      body.slice(pos, Math.min(end, pos + maxChars - chars + 1)),
      Math.max(1, maxChars - chars),
    )
    kept.push(piece)
    chars += piece.length + 1
    pos = end + 1
  }
  let omitted = 0
  if (pos <= body.length) {
    omitted = 1
    for (let i = body.indexOf('\n', pos); i !== -1; i = body.indexOf('\n', i + 1)) omitted++
  }
  return { text: kept.join('\n'), omitted }
}

/** Lines in a text, without splitting it. */
export function countLines(text: string): number {
  const body = text.replace(/\s+$/, '')
  if (body === '') return 0
  let n = 1
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) n++
  return n
}

export function firstLine(text: string | undefined): string {
  return (
    (text ?? '')
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  )
}

/** 12345 → `12,345`, the same on every machine (no locale). */

/** An ISO timestamp as `2026-05-01 12:03:04 UTC`, or the text itself when it is not one. */
export function formatTimestamp(iso: string | undefined): string {
  if (!iso) return ''
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return cleanText(iso)
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$|Z$/, ' UTC')
}

/** `4.2 s`, `3 min 20 s`, `2 h 5 min`, `3 d 4 h`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return ''
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`
  const s = Math.round(seconds)
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
  if (s < 86400)
    return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`
}

/** Seconds between two ISO timestamps, when both parse. */
export function spanSeconds(first: string | undefined, last: string | undefined): number | undefined {
  const a = first ? Date.parse(first) : NaN
  const b = last ? Date.parse(last) : NaN
  return Number.isNaN(a) || Number.isNaN(b) || b < a ? undefined : (b - a) / 1000
}

/** `Class › name`, unless the name already says the class (pytest and vitest names often do). */
export function testTitle(t: { name: string; className?: string | undefined }): string {
  return t.className && !t.name.startsWith(t.className) ? `${t.className} › ${t.name}` : t.name
}

/** Why a test is flaky, in words; report.json files older than `kind` held reruns in this run only. */
export function flakyKind(f: Pick<FlakyTest, 'kind'>): string {
  return f.kind === 'commit-flip' ? 'passed in an earlier run of this commit' : 'passed on a rerun'
}

/** The evidence sentence of a flaky test (built from its rerun count for older report.json files). */
export function flakyEvidence(f: Pick<FlakyTest, 'kind' | 'evidence' | 'reruns'>): string {
  if (f.evidence) return f.evidence
  return `failed ${f.reruns === 1 ? 'once' : `${f.reruns} times`}, then passed on a rerun in this run`
}

/** `file:line` of a failing test, or undefined when the report does not say where it is. */
export function testLocation(t: Pick<FailingTest, 'file' | 'line'>): string | undefined {
  if (!t.file) return undefined
  return t.line ? `${t.file}:${t.line}` : t.file
}

/** Only http(s) links are kept: a `javascript:` or `data:` URL from a hostile report must not become a link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

export function shortSha(sha: string | undefined): string | undefined {
  return sha ? sha.slice(0, 7) : undefined
}

/** `refs/heads/main` → `main`, `refs/pull/17/merge` → `PR #17 (merge)`. */
export function shortRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined
  const pr = /^refs\/pull\/(\d+)\/(\w+)$/.exec(ref)
  if (pr) return `PR #${pr[1]} (${pr[2]})`
  return ref.replace(/^refs\/(heads|tags)\//, '')
}

/**
 * The headline when the analysis gives no reason. A run that read nothing says so: "no errors" would
 * reassure a reader whose globs matched no file.
 */
export function fallbackHeadline(a: RunAnalysis): string {
  if (a.tests.tests === 0 && a.tests.failing.length === 0 && a.logs.records === 0) {
    return a.inputs.unreadable.length > 0
      ? 'Nothing to judge: no input could be read.'
      : 'Nothing to judge: no log records and no test results were read.'
  }
  if (a.verdict === 'fail') return 'The run failed.'
  if (a.verdict === 'warn') return 'The logs have errors.'
  return 'No failing tests and no errors in the logs.'
}
