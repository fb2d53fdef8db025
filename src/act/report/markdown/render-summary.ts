import type { FailingTest, RootCause, RunAnalysis, TemplateDigest } from '../../../analysis/model.js'
import type { Level } from '../../../core/record.js'
import {
  clipLines,
  countLines,
  fallbackHeadline,
  firstLine,
  flakyEvidence,
  flakyKind,
  formatCount,
  formatDuration,
  formatTimestamp,
  plural,
  safeHref,
  shortRef,
  shortSha,
  spanSeconds,
  testLocation,
  testTitle,
} from '../html/report-text.js'
import { boundaryLabel, regroupHistogram } from '../html/time-buckets.js'
import { details, fence, htmlText, mdCode, mdLink, mdText, table, tidyBlankLines } from './markdown-text.js'
import { findingsMarkdown } from './render-findings.js'
import { sparkline } from './sparkline.js'

/** GitHub's limit for one step's job summary. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024
/** Kept free under the limit by default, for whatever else the step appends to its summary. */
const SAFETY_MARGIN = 64 * 1024

export interface SummaryOptions {
  /** Upper bound of the output in UTF-8 bytes. Default: GitHub's 1 MiB job summary limit less 64 KiB. */
  maxBytes?: number
}

/**
 * How much detail a rendering carries. The summary is rendered at the first level of `LADDER` that fits,
 * so detail goes in the order the reader misses it least: context lines, stack traces, template examples,
 * then rows. The verdict, the counts and the first failing tests are in every level.
 */
interface Detail {
  /** Context lines shown on each side of a root cause's error; 0: none. */
  context: number
  /** Lines of each stack trace; 0: no stack traces (and no per-test details). */
  stackLines: number
  examples: boolean
  /** Rows per table (failing tests, templates, inputs, ...). */
  rows: number
  /** Characters of a message in a table cell. */
  chars: number
  /** Only the verdict, the counts and the first failing tests. */
  minimal?: boolean
}

const FULL: Detail = { context: 40, stackLines: 60, examples: true, rows: 200, chars: 400 }
const LADDER: Detail[] = [
  FULL,
  { ...FULL, context: 3 },
  { ...FULL, context: 0 },
  { ...FULL, context: 0, stackLines: 12 },
  { ...FULL, context: 0, stackLines: 0 },
  { ...FULL, context: 0, stackLines: 0, examples: false },
  { ...FULL, context: 0, stackLines: 0, examples: false, rows: 100 },
  { ...FULL, context: 0, stackLines: 0, examples: false, rows: 50, chars: 300 },
  { ...FULL, context: 0, stackLines: 0, examples: false, rows: 25, chars: 200 },
  { ...FULL, context: 0, stackLines: 0, examples: false, rows: 10, chars: 150 },
  { context: 0, stackLines: 0, examples: false, rows: 10, chars: 120, minimal: true },
  { context: 0, stackLines: 0, examples: false, rows: 5, chars: 100, minimal: true },
  { context: 0, stackLines: 0, examples: false, rows: 1, chars: 100, minimal: true },
]
/** Stack traces shown in full (collapsed) below the failing-tests table, at most. */
const MAX_TEST_DETAILS = 60
const MAX_ROOT_CAUSES = 20
const MAX_REASONS = 12
const MAX_SPARK_COLUMNS = 60

const VERDICT = {
  fail: { icon: '❌', word: 'FAIL' },
  warn: { icon: '⚠️', word: 'WARN' },
  pass: { icon: '✅', word: 'PASS' },
} as const

/**
 * summary.md and `$GITHUB_STEP_SUMMARY`: GitHub-flavoured Markdown in the order of report.html (verdict,
 * failing tests, root causes, counts, error templates, new templates, timeline, inputs), shrunk to fit
 * `maxBytes` instead of failing, with a note on what was left out.
 */
export function renderSummaryMarkdown(analysis: RunAnalysis, options: SummaryOptions = {}): string {
  const maxBytes = Math.max(0, Math.floor(options.maxBytes ?? GITHUB_SUMMARY_LIMIT - SAFETY_MARGIN))
  // Each level of the ladder carries less than the one before, so sizes shrink along it (but for the few
  // bytes of the note on what was left out): a binary search finds a fitting level in a few renders, where
  // trying each in turn would render a huge run a dozen times.
  const fits = new Map<number, string>()
  const tryLevel = (i: number): boolean => {
    const text = render(analysis, LADDER[i]!, maxBytes)
    if (Buffer.byteLength(text, 'utf8') > maxBytes) return false
    fits.set(i, text)
    return true
  }
  let lo = 0
  let hi = LADDER.length - 1
  if (!tryLevel(hi)) return hardCut(render(analysis, LADDER[hi]!, maxBytes), maxBytes)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (tryLevel(mid)) hi = mid
    else lo = mid + 1
  }
  return fits.get(lo)!
}

function render(a: RunAnalysis, d: Detail, maxBytes: number): string {
  const parts = [verdictBlock(a, d), countsTable(a), failingTests(a, d)]
  if (!d.minimal) {
    parts.push(
      findingsMarkdown(a, d.rows, d.chars),
      rootCauses(a, d),
      logs(a),
      topTemplates(a, d),
      newTemplates(a, d),
      timeline(a),
      inputs(a, d),
    )
  }
  parts.push(footer(a, d, maxBytes))
  return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'))
}

function verdictOf(a: RunAnalysis): (typeof VERDICT)[keyof typeof VERDICT] {
  return a.verdict in VERDICT ? VERDICT[a.verdict] : VERDICT.fail
}

function errorsOf(a: RunAnalysis): number {
  return (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0)
}

/** `…and 3 more failing tests`, or nothing when nothing was left out. */
function more(left: number, one: string, many = `${one}s`): string {
  return left > 0
    ? `\n_…and ${formatCount(left)} more ${left === 1 ? one : many} (report.json has them all)._\n`
    : ''
}

function verdictBlock(a: RunAnalysis, d: Detail): string {
  const v = verdictOf(a)
  const ci = a.ci
  const where = [ci.repository, [ci.workflow, ci.job].filter(Boolean).join(' / ')].filter((w): w is string =>
    Boolean(w),
  )
  const meta = [
    ci.run_id ? `run ${ci.run_id}${ci.run_attempt ? `.${ci.run_attempt}` : ''}` : '',
    ci.pr !== undefined ? `PR #${ci.pr}` : (shortRef(ci.ref) ?? ''),
    shortSha(ci.sha) ?? '',
    ci.environment ? `env ${ci.environment}` : '',
    formatTimestamp(a.generatedAt),
  ].filter((m) => m !== '')
  const [headline = fallbackHeadline(a), ...rest] = a.reasons
  const maxReasons = d.minimal ? 4 : MAX_REASONS
  const chars = d.minimal ? 300 : 600
  const lines = [
    `## ${v.icon} ${v.word}${where.length > 0 ? ` · ${where.map((w) => mdText(w, 120)).join(' · ')}` : ''}`,
    '',
    `<sub>${meta.map((m) => mdText(m, 120)).join(' · ')}</sub>`,
    '',
    `**${mdText(headline, chars)}**`,
  ]
  if (rest.length > 0) {
    lines.push('', ...rest.slice(0, maxReasons).map((r) => `- ${mdText(r, chars)}`))
    if (rest.length > maxReasons) lines.push(`- _…and ${plural(rest.length - maxReasons, 'more reason')}_`)
  }
  lines.push(
    '',
    a.failed
      ? `**This run fails the step** (fail-on: ${mdCode(a.failOn, { max: 40 })}).`
      : `The step does not fail (fail-on: ${mdCode(a.failOn, { max: 40 })}).`,
  )
  return lines.join('\n')
}

function countsTable(a: RunAnalysis): string {
  const t = a.tests
  const header = ['Tests', 'Passed', 'Failed', 'Errored', 'Skipped', 'Log errors', 'Warnings']
  const row = [t.tests, t.passed, t.failed, t.errored, t.skipped, errorsOf(a), a.logs.byLevel.warn ?? 0].map(
    formatCount,
  )
  if (t.failed > 0) row[2] = `❌ ${row[2]}`
  if (t.errored > 0) row[3] = `💥 ${row[3]}`
  if (errorsOf(a) > 0) row[5] = `🔴 ${row[5]}`
  if (a.baseline) {
    header.push('New templates')
    const n = a.baseline.newTemplates.length
    row.push(n > 0 ? `🆕 ${formatCount(n)}` : '0')
  }
  return table(
    header,
    header.map(() => 'r'),
    [row],
  )
}

function failingTests(a: RunAnalysis, d: Detail): string {
  const t = a.tests
  if (t.failing.length === 0) {
    if (t.tests === 0) return '_No test results: no test report was read, or the reports held no tests._'
    return `### Tests\n\n✅ All ${formatCount(t.tests - t.skipped)} tests that ran passed${t.skipped > 0 ? ` (${formatCount(t.skipped)} skipped)` : ''}.${flaky(a, d)}`
  }
  const shown = t.failing.slice(0, d.rows)
  const rows = shown.map((f) => [
    f.status === 'errored' ? '💥 errored' : '❌ failed',
    mdText(testTitle(f), 200) + (f.attempts ? ` (${formatCount(f.attempts)} attempts)` : ''),
    where(f),
    mdText(firstLine(f.message ?? f.stackTrace), d.chars),
  ])
  const out = [
    `### Failing tests (${formatCount(t.failed + t.errored)})`,
    '',
    table(['', 'Test', 'Where', 'Message'], ['l', 'l', 'l', 'l'], rows),
  ]
  if (shown.length < t.failing.length) out.push(more(t.failing.length - shown.length, 'failing test'))
  if (d.stackLines > 0) {
    const withDetail = shown.filter((f) => f.stackTrace || (f.message ?? '').includes('\n'))
    const detailed = withDetail.slice(0, MAX_TEST_DETAILS)
    if (detailed.length > 0) out.push(detailed.map((f) => testDetails(f, d)).join('\n'))
    if (withDetail.length > detailed.length) {
      out.push(`_Stack traces of the first ${detailed.length} failing tests only._`)
    }
  }
  return out.join('\n') + flaky(a, d)
}

function where(f: FailingTest): string {
  const loc = testLocation(f)
  if (!loc) return mdCode(f.report, { inTable: true, max: 120 })
  const href = safeHref(f.url)
  const code = mdCode(loc, { inTable: true, max: 160 })
  return href ? mdLink(code, href) : code
}

function testDetails(f: FailingTest, d: Detail): string {
  const icon = f.status === 'errored' ? '💥' : '❌'
  const message = clipLines(f.message ?? '', 20, 4000)
  // Most stack traces start with the message again (`AssertionError: expected …`): shown once is enough.
  let trace = f.stackTrace ?? ''
  const head = firstLine(trace)
  if (head !== '' && message.text.includes(head.replace(/^[\w.$]+: /, '')))
    trace = trace.replace(/^\s*[^\n]*\n?/, '')
  const stack = clipLines(trace, d.stackLines, d.stackLines * 200)
  const body = [
    f.evidence ? `(${f.evidence})\n` : '',
    message.text,
    message.omitted > 0 ? `… ${plural(message.omitted, 'more line')}` : '',
    stack.text ? (message.text ? '\n' : '') + stack.text : '',
    stack.omitted > 0 ? `… ${plural(stack.omitted, 'more line')}` : '',
  ]
    .filter((s) => s !== '')
    .join('\n')
  return details(`${icon} <b>${htmlText(testTitle(f), 150)}</b>`, fence(body))
}

function flaky(a: RunAnalysis, d: Detail): string {
  const f = a.tests.flaky
  if (f.length === 0 || d.minimal) return ''
  const shown = f.slice(0, d.rows)
  return (
    '\n\n#### Flaky tests (failed, then passed: not counted as failures)\n\n' +
    table(
      ['Test', 'Flaky', 'Evidence', 'Report'],
      ['l', 'l', 'l', 'l'],
      shown.map((x) => [
        mdText(testTitle(x), 200),
        flakyKind(x),
        mdText(flakyEvidence(x), d.chars),
        mdCode(x.report, { inTable: true, max: 120 }),
      ]),
    ) +
    more(f.length - shown.length, 'flaky test')
  )
}

function rootCauses(a: RunAnalysis, d: Detail): string {
  if (a.rootCauses.length === 0) return ''
  const shown = a.rootCauses.slice(0, Math.min(d.rows, MAX_ROOT_CAUSES))
  return [
    `### Root causes`,
    '',
    '_The first error of each log that has errors, with the lines around it._',
    '',
    shown.map((c) => rootCause(c, d)).join('\n'),
    more(a.rootCauses.length - shown.length, 'log with errors', 'logs with errors'),
  ].join('\n')
}

function rootCause(c: RootCause, d: Detail): string {
  const meta = [
    c.service ? `service **${mdText(c.service, 80)}**` : '',
    c.group ? `step **${mdText(c.group, 120)}**` : '',
    c.timestamp ? mdText(formatTimestamp(c.timestamp), 40) : '',
    `${plural(c.errors, 'error')} in this log`,
  ].filter((m) => m !== '')
  const out = [
    `#### ${mdCode(`${c.path}:${c.line}`, { max: 200 })}`,
    '',
    meta.join(' · '),
    '',
    `**${mdText(c.level.toUpperCase(), 10)}** ${mdText(firstLine(c.message), d.chars)}`,
    '',
  ]
  if (d.context > 0 && c.context.length > 0) {
    const focus = Math.max(
      0,
      c.context.findIndex((l) => l.focus),
    )
    const lines = c.context.slice(Math.max(0, focus - d.context), focus + d.context + 1)
    const width = Math.max(...lines.map((l) => String(l.line).length))
    const text = lines
      .map(
        (l) => `${l.focus ? '>' : ' '} ${String(l.line).padStart(width)} │ ${clipLines(l.text, 1, 300).text}`,
      )
      .join('\n')
    out.push(fence(text))
  }
  if (d.stackLines > 0 && c.stackTrace) {
    const s = clipLines(c.stackTrace, d.stackLines, d.stackLines * 200)
    out.push(
      details(
        `Stack trace (${plural(countLines(c.stackTrace), 'line')})`,
        fence(s.text + (s.omitted > 0 ? `\n… ${plural(s.omitted, 'more line')}` : '')),
      ),
    )
  }
  return out.join('\n')
}

function logs(a: RunAnalysis): string {
  const l = a.logs
  if (l.records === 0) return '### Logs\n\n_No log records: no log was read, or the logs were empty._'
  const span = spanSeconds(l.first, l.last)
  const facts = [
    `**${formatCount(l.records)}** records from ${plural(a.inputs.sources.length, 'log')}`,
    `**${formatCount(errorsOf(a))}** errors${l.byLevel.fatal ? ` (${formatCount(l.byLevel.fatal)} fatal)` : ''}`,
    `**${formatCount(l.byLevel.warn ?? 0)}** warnings`,
    `${plural(l.templates, 'distinct template')}`,
  ]
  if (l.first) {
    facts.push(
      `${mdText(formatTimestamp(l.first), 40)} → ${mdText(formatTimestamp(l.last), 40)}${span !== undefined ? ` (${formatDuration(span)})` : ''}`,
    )
  }
  const levels = (['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace'] as Level[])
    .filter((lv) => (l.byLevel[lv] ?? 0) > 0)
    .map((lv) => `${lv} ${formatCount(l.byLevel[lv])}`)
  return `### Logs\n\n${facts.join(' · ')}\n\nBy level: ${levels.join(' · ')}`
}

function templateRows(
  list: TemplateDigest[],
  d: Detail,
): { header: string[]; align: ('l' | 'r')[]; rows: string[][] } {
  const header = ['Count', 'Level', 'Template', 'Seen in']
  const align: ('l' | 'r')[] = ['r', 'l', 'l', 'l']
  if (d.examples) {
    header.push('Example')
    align.push('l')
  }
  const rows = list.map((t) => {
    const services =
      t.services.slice(0, 3).join(', ') + (t.services.length > 3 ? ` +${t.services.length - 3}` : '')
    const row = [
      formatCount(t.count),
      `${mdText(t.level, 10)}${t.new ? ' 🆕' : ''}`,
      mdCode(t.template, { inTable: true, max: 200 }),
      mdText(services, 120),
    ]
    if (d.examples) {
      const ex = t.example
      row.push(
        `${mdCode(`${ex.path}:${ex.line}`, { inTable: true, max: 120 })} ${mdText(ex.message, Math.min(200, d.chars))}`,
      )
    }
    return row
  })
  return { header, align, rows }
}

function topTemplates(a: RunAnalysis, d: Detail): string {
  const all = a.topErrorTemplates
  if (all.length === 0) return ''
  const shown = all.slice(0, d.rows)
  const t = templateRows(shown, d)
  return [
    `### Top error templates (${formatCount(all.length)})`,
    '',
    table(t.header, t.align, t.rows),
    more(all.length - shown.length, 'template'),
  ].join('\n')
}

function newTemplates(a: RunAnalysis, d: Detail): string {
  const b = a.baseline
  if (!b) return ''
  const intro = `Compared with the baseline learned from ${mdCode(b.source, { max: 200 })}: ${plural(b.runs, 'run')}, ${plural(b.records, 'record')}, ${plural(b.templates, 'template')}.`
  if (b.newTemplates.length === 0) {
    return `### New templates\n\n${intro}\n\n✅ Nothing new: every template of this run was seen in the baseline.`
  }
  const shown = b.newTemplates.slice(0, d.rows)
  const t = templateRows(shown, d)
  return [
    `### New templates (${formatCount(b.newTemplates.length)})`,
    '',
    intro,
    '',
    table(t.header, t.align, t.rows),
    more(b.newTemplates.length - shown.length, 'new template'),
  ].join('\n')
}

function timeline(a: RunAnalysis): string {
  const tb = regroupHistogram(a.histogram, MAX_SPARK_COLUMNS)
  if (tb.buckets === 0 || tb.series.length === 0) return ''
  const range = `${boundaryLabel(tb, 0)} → ${boundaryLabel(tb, tb.buckets)}${tb.start !== undefined ? ' UTC' : ''}`
  const rows = [...tb.series]
    .reverse()
    .map((s) => [s.level, formatCount(s.total), `\`${sparkline(s.counts)}\``])
  return [
    '### Timeline',
    '',
    `Records per ${formatDuration(tb.bucketSeconds)}, ${range}; each row on its own scale.`,
    '',
    table(['Level', 'Records', mdText(range, 60)], ['l', 'r', 'l'], rows),
  ].join('\n')
}

function inputs(a: RunAnalysis, d: Detail): string {
  const { sources, reports, unreadable } = a.inputs
  const out = ['### Inputs', '']
  if (unreadable.length > 0) {
    const shown = unreadable.slice(0, d.rows)
    out.push(
      `⚠️ **${plural(unreadable.length, 'input')} could not be read:**`,
      '',
      ...shown.map((u) => `- ${mdCode(u.path, { max: 200 })}: ${mdText(u.message, 300)}`),
      more(unreadable.length - shown.length, 'unreadable input'),
      '',
    )
  }
  if (sources.length === 0 && reports.length === 0) {
    if (unreadable.length === 0)
      out.push('_No inputs: no log and no test report matched the configured paths._')
    return out.join('\n')
  }
  const tables: string[] = []
  if (sources.length > 0) {
    const shown = sources.slice(0, d.rows)
    tables.push(
      table(
        ['Log', 'Format', 'Lines', 'Records', 'Errors', 'Warnings'],
        ['l', 'l', 'r', 'r', 'r', 'r'],
        shown.map((s) => [
          mdCode(s.path, { inTable: true, max: 160 }),
          mdText(s.format, 40),
          ...[s.lines, s.records, s.errors, s.warnings].map(formatCount),
        ]),
      ) + more(sources.length - shown.length, 'log'),
    )
  }
  if (reports.length > 0) {
    const shown = reports.slice(0, d.rows)
    tables.push(
      table(
        ['Test report', 'Format', 'Tests', 'Passed', 'Failed', 'Errored', 'Skipped'],
        ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
        shown.map((r) => [
          mdCode(r.path, { inTable: true, max: 160 }),
          mdText(r.format, 40),
          ...[r.tests, r.passed, r.failed, r.errored, r.skipped].map(formatCount),
        ]),
      ) + more(reports.length - shown.length, 'test report'),
    )
  }
  out.push(
    details(
      `Read ${htmlText(plural(sources.length, 'log'))} and ${htmlText(plural(reports.length, 'test report'))}`,
      tables.join('\n'),
    ),
  )
  return out.join('\n')
}

function footer(a: RunAnalysis, d: Detail, maxBytes: number): string {
  const left = leftOut(a, d)
  const note =
    left.length > 0
      ? `> ✂️ Shortened to fit ${formatBytes(maxBytes)}: left out ${left.join(', ')}. report.html and report.json have more.\n\n`
      : ''
  return `${note}<sub>logward · report format v${a.version} · generated ${mdText(formatTimestamp(a.generatedAt), 40)}</sub>`
}

/** What this level of detail actually left out of this analysis (nothing is claimed that was not there). */
function leftOut(a: RunAnalysis, d: Detail): string[] {
  if (d.minimal) return ['every section after the failing tests']
  const left: string[] = []
  const causes = a.rootCauses.slice(0, Math.min(d.rows, MAX_ROOT_CAUSES))
  if (d.context === 0 && causes.some((c) => c.context.length > 0))
    left.push('the log lines around each root cause')
  else if (d.context < FULL.context && causes.some((c) => c.context.length > 2 * d.context + 1)) {
    left.push(`log lines more than ${d.context} away from each root cause`)
  }
  const stacks = [
    ...a.tests.failing.slice(0, Math.min(d.rows, MAX_TEST_DETAILS)).map((f) => f.stackTrace),
    ...causes.map((c) => c.stackTrace),
  ].filter((t): t is string => Boolean(t))
  if (d.stackLines === 0 && stacks.length > 0) left.push('stack traces')
  else if (d.stackLines < FULL.stackLines && stacks.some((t) => hasMoreLines(t, d.stackLines))) {
    left.push(`stack trace lines after the first ${d.stackLines}`)
  }
  if (!d.examples && (a.topErrorTemplates.length > 0 || (a.baseline?.newTemplates.length ?? 0) > 0)) {
    left.push('template examples')
  }
  const longest = Math.max(
    a.tests.failing.length,
    a.tests.flaky.length,
    a.topErrorTemplates.length,
    a.baseline?.newTemplates.length ?? 0,
    a.inputs.sources.length,
    a.inputs.reports.length,
    a.inputs.unreadable.length,
  )
  if (d.rows < FULL.rows && longest > d.rows) left.push(`table rows after the first ${d.rows}`)
  return left
}

/** More than `n` lines, found without counting them all. */
function hasMoreLines(text: string, n: number): boolean {
  let i = -1
  for (let k = 0; k < n; k++) {
    i = text.indexOf('\n', i + 1)
    if (i === -1) return false
  }
  return text.slice(i + 1).trim() !== ''
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 && n % (1024 * 1024) === 0
    ? `${n / (1024 * 1024)} MiB`
    : n >= 1024
      ? `${formatCount(Math.floor(n / 1024))} KiB`
      : `${formatCount(n)} bytes`
}

/**
 * Last resort, for a `maxBytes` smaller than even the minimal summary: whole lines up to the limit, never
 * cutting inside a table row or a UTF-8 sequence, with a note when there is room for one.
 */
function hardCut(text: string, maxBytes: number): string {
  const note = `\n_…cut to fit ${formatBytes(maxBytes)}; report.html and report.json have the full report._\n`
  const budget = maxBytes - Buffer.byteLength(note, 'utf8')
  const lines = text.split('\n')
  let out = ''
  for (const line of lines) {
    const next = out + line + '\n'
    if (Buffer.byteLength(next, 'utf8') > budget) break
    out = next
  }
  if (out !== '') return out + note
  // Not even the verdict line fits: its first bytes, cut on a character boundary.
  const bytes = Buffer.from(text.split('\n')[0] ?? '', 'utf8')
  let end = Math.min(bytes.length, maxBytes)
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}
