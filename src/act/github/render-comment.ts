import type { FailingTest, RootCause, RunAnalysis, TemplateDigest } from '../../analysis/model.js'
import {
  clipLines,
  firstLine,
  formatCount,
  formatTimestamp,
  plural,
  safeHref,
  shortSha,
  testLocation,
  testTitle,
} from '../report/html/report-text.js'
import {
  details,
  fence,
  htmlText,
  mdCode,
  mdLink,
  mdText,
  table,
  tidyBlankLines,
} from '../report/markdown/markdown-text.js'
import type { DigestDelta } from './delta.js'
import { testId, type DigestCounts } from './digest.js'

/** GitHub refuses a comment body longer than 65,536 characters. */
export const COMMENT_LIMIT = 65_536
/** Measured in UTF-8 bytes (never fewer than characters), with room to spare for GitHub's own counting. */
const DEFAULT_MAX = COMMENT_LIMIT - 512

export interface CommentInput {
  analysis: RunAnalysis
  /** The hidden marker line the comment is found by on later runs. */
  marker: string
  /** The encoded digest (hidden comment), kept whole at every size. */
  digestComment: string
  workflow: string
  job: string
  runUrl?: string | undefined
  /** The delta against the base branch's last run, when one was found. */
  delta?: DigestDelta | undefined
  /** The base branch, when one was looked at: says so when no run of it was found. */
  baseRef?: string | undefined
}

/**
 * Detail levels, least missed first: context lines around root causes, stack traces, then rows and
 * characters. The verdict, the counts, the delta and the first failing tests are in every level.
 */
interface Detail {
  context: number
  stackLines: number
  rows: number
  chars: number
  minimal?: boolean
}
const LADDER: Detail[] = [
  { context: 6, stackLines: 20, rows: 50, chars: 300 },
  { context: 3, stackLines: 10, rows: 50, chars: 300 },
  { context: 3, stackLines: 0, rows: 50, chars: 300 },
  { context: 0, stackLines: 0, rows: 30, chars: 200 },
  { context: 0, stackLines: 0, rows: 15, chars: 150 },
  { context: 0, stackLines: 0, rows: 8, chars: 120, minimal: true },
  { context: 0, stackLines: 0, rows: 3, chars: 100, minimal: true },
]
const MAX_ROOT_CAUSES = 5
const MAX_REASONS = 6

const VERDICT = {
  fail: { icon: '❌', word: 'FAIL' },
  warn: { icon: '⚠️', word: 'WARN' },
  pass: { icon: '✅', word: 'PASS' },
} as const

/**
 * The PR comment: marker, verdict, counts against the base, what changed since the base (new failures,
 * fixed tests, new error templates), failing tests linked to file:line, root-cause log lines, templates
 * new against the baseline, and the digest. The first level of detail that fits `maxBytes` wins; the
 * job summary and report.html keep the whole story.
 */
export function renderComment(input: CommentInput, options: { maxBytes?: number } = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX
  const tail = `\n${input.digestComment}\n`
  const budget = maxBytes - Buffer.byteLength(tail, 'utf8')
  let text = ''
  for (const d of LADDER) {
    text = render(input, d, d !== LADDER[0])
    if (Buffer.byteLength(text, 'utf8') <= budget) return text + tail
  }
  return cutLines(text, budget) + tail
}

function render(input: CommentInput, d: Detail, shortened: boolean): string {
  const a = input.analysis
  const parts = [input.marker, heading(input, d), countsTable(a, input.delta), changes(input, d)]
  parts.push(failingTests(a, d))
  if (!d.minimal) parts.push(rootCauses(a, d), anomalies(a, d))
  parts.push(footer(input, shortened))
  return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'))
}

function heading(input: CommentInput, d: Detail): string {
  const a = input.analysis
  const v = a.verdict in VERDICT ? VERDICT[a.verdict] : VERDICT.fail
  const href = safeHref(input.runUrl)
  const run = a.ci.run_id ? `run ${a.ci.run_id}${a.ci.run_attempt ? `.${a.ci.run_attempt}` : ''}` : 'run'
  const meta = [
    href ? mdLink(mdText(run, 60), href) : a.ci.run_id ? mdText(run, 60) : '',
    a.ci.sha ? mdCode(shortSha(a.ci.sha) ?? '', { max: 12 }) : '',
    mdText(formatTimestamp(a.generatedAt), 40),
  ].filter((m) => m !== '')
  const [headline, ...rest] = a.reasons
  const lines = [
    `### ${v.icon} ${v.word} · logward · ${mdText(input.workflow, 100)} / ${mdText(input.job, 100)}`,
    '',
    `<sub>${meta.join(' · ')}</sub>`,
  ]
  if (headline) lines.push('', `**${mdText(headline, d.chars * 2)}**`)
  const more = rest.slice(0, d.minimal ? 2 : MAX_REASONS)
  if (more.length > 0) lines.push('', ...more.map((r) => `- ${mdText(r, d.chars * 2)}`))
  return lines.join('\n')
}

const COUNT_LABELS: Partial<Record<keyof DigestCounts, string>> = {
  tests: 'Tests',
  failed: 'Failed',
  errored: 'Errored',
  skipped: 'Skipped',
  errors: 'Log errors',
  warnings: 'Warnings',
  newTemplates: 'New templates',
}

function countsTable(a: RunAnalysis, delta: DigestDelta | undefined): string {
  const now: DigestCounts = {
    tests: a.tests.tests,
    passed: a.tests.passed,
    failed: a.tests.failed,
    errored: a.tests.errored,
    skipped: a.tests.skipped,
    errors: (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0),
    warnings: a.logs.byLevel.warn ?? 0,
  }
  if (a.baseline) now.newTemplates = a.baseline.newTemplates.length
  const keys = (Object.keys(COUNT_LABELS) as (keyof DigestCounts)[]).filter(
    (k) => now[k] !== undefined || delta?.counts.some((c) => c.key === k),
  )
  const header = ['', ...keys.map((k) => COUNT_LABELS[k]!)]
  const rows = [['This run', ...keys.map((k) => formatCount(now[k] ?? 0))]]
  if (delta) {
    const base = new Map(delta.counts.map((c) => [c.key, c]))
    rows.push(['Base', ...keys.map((k) => formatCount(base.get(k)?.base ?? 0))])
    rows.push([
      '±',
      ...keys.map((k) => {
        const diff = (now[k] ?? 0) - (base.get(k)?.base ?? 0)
        const text = diff > 0 ? `+${formatCount(diff)}` : diff < 0 ? `−${formatCount(-diff)}` : '0'
        // More of anything but tests is worse; call it out.
        return diff > 0 && k !== 'tests' ? `**${text}**` : text
      }),
    ])
  }
  return table(
    header,
    header.map((_, i) => (i === 0 ? 'l' : 'r')),
    rows,
  )
}

function changes(input: CommentInput, d: Detail): string {
  const delta = input.delta
  if (!delta) {
    return input.baseRef
      ? `_No logward run of this job was found on ${mdCode(input.baseRef, { max: 100 })} to compare with._`
      : ''
  }
  const a = input.analysis
  const b = delta.base
  const baseHref = safeHref(b.runUrl)
  const baseName = [input.baseRef ? mdCode(input.baseRef, { max: 100 }) : 'the base branch']
  if (b.sha) baseName.push(`at ${mdCode(shortSha(b.sha) ?? '', { max: 12 })}`)
  const baseLabel = baseHref ? `${baseName.join(' ')} (${mdLink('run', baseHref)})` : baseName.join(' ')
  const out = [`#### Compared with ${baseLabel}`, '']
  const byId = new Map(a.tests.failing.map((f) => [testId(f), f]))
  if (delta.newFailures.length === 0 && delta.fixed.length === 0) {
    out.push(
      delta.stillFailing > 0
        ? `No change in failing tests (${plural(delta.stillFailing, 'test')} failing on both).`
        : 'No failing tests on either side.',
    )
  }
  if (delta.newFailures.length > 0) {
    out.push(`🆕 **${plural(delta.newFailures.length, 'new failure')}**:`, '')
    out.push(
      ...delta.newFailures.slice(0, d.rows).map((n) => {
        const f = byId.get(n.id)
        return `- ${f ? `${mdText(testTitle(f), d.chars)} ${where(f)}` : mdText(n.name ?? `test ${n.id}`, d.chars)}`
      }),
    )
    out.push(more(delta.newFailures.length - d.rows, 'new failure'), '')
  }
  if (delta.fixed.length > 0) {
    const named = delta.fixed.filter((f) => f.name !== undefined)
    out.push(`✅ **${plural(delta.fixed.length, 'test')} no longer failing** (fixed, or not run):`, '')
    out.push(...named.slice(0, d.rows).map((f) => `- ${mdText(f.name!, d.chars)}`))
    out.push(more(delta.fixed.length - Math.min(named.length, d.rows), 'test'), '')
  }
  if (delta.stillFailing > 0 && (delta.newFailures.length > 0 || delta.fixed.length > 0)) {
    out.push(`${plural(delta.stillFailing, 'test')} failing on both.`, '')
  }
  if (delta.newErrorTemplates.length > 0) {
    const text = templateTexts(a)
    out.push(
      `🆕 **${plural(delta.newErrorTemplates.length, 'error template')} the base run did not have**:`,
      '',
    )
    out.push(
      ...delta.newErrorTemplates
        .slice(0, Math.min(d.rows, 10))
        .map((id) => `- ${mdCode(text.get(id) ?? id, { max: d.chars })}`),
    )
    out.push(more(delta.newErrorTemplates.length - Math.min(d.rows, 10), 'template'), '')
  }
  if (delta.goneErrorTemplates.length > 0) {
    out.push(`${plural(delta.goneErrorTemplates.length, 'error template')} of the base run did not occur.`)
  }
  if (delta.partial)
    out.push('', '_Partial: a run had more failing tests or templates than its digest keeps._')
  return out.join('\n')
}

function templateTexts(a: RunAnalysis): Map<string, string> {
  const m = new Map<string, string>()
  for (const t of [...(a.baseline?.newTemplates ?? []), ...a.topErrorTemplates])
    m.set(t.templateId, t.template)
  return m
}

/** One line naming the flaky tests (not failures; report.html and summary.md have the evidence). */
function flakyLine(a: RunAnalysis): string {
  const f = a.tests.flaky
  if (f.length === 0) return ''
  const names = f.slice(0, 5).map((x) => mdText(testTitle(x), 120))
  const rest = f.length > names.length ? `, and ${formatCount(f.length - names.length)} more` : ''
  return `\n\n⚠️ ${plural(f.length, 'flaky test')} (failed, then passed on a rerun or in an earlier run of this commit; not counted as failures): ${names.join(', ')}${rest}.`
}

function failingTests(a: RunAnalysis, d: Detail): string {
  const t = a.tests
  if (t.failing.length === 0) {
    if (t.tests === 0) return ''
    return `✅ All ${formatCount(t.tests - t.skipped)} tests that ran passed.${flakyLine(a)}`
  }
  const shown = t.failing.slice(0, d.rows)
  const rows = shown.map((f) => [
    f.status === 'errored' ? '💥' : '❌',
    mdText(testTitle(f), 200),
    where(f, true),
    mdText(firstLine(f.message ?? f.stackTrace), d.chars),
  ])
  const out = [
    `#### Failing tests (${formatCount(t.failed + t.errored)})`,
    '',
    table(['', 'Test', 'Where', 'Message'], ['l', 'l', 'l', 'l'], rows),
    more(t.failing.length - shown.length, 'failing test'),
    flakyLine(a).trim(),
  ]
  if (d.stackLines > 0) {
    const traced = shown.filter((f) => f.stackTrace).slice(0, 10)
    const body = traced
      .map((f) => {
        const s = clipLines(f.stackTrace!, d.stackLines, d.stackLines * 200)
        return `**${mdText(testTitle(f), 150)}**\n\n${fence(s.text + (s.omitted > 0 ? `\n… ${plural(s.omitted, 'more line')}` : ''))}`
      })
      .join('\n')
    if (body) out.push(details(`Stack traces (${traced.length})`, body))
  }
  return out.join('\n')
}

/** `file:line` linked to the repository at the run's commit, when the analysis made a link. */
function where(f: FailingTest, inTable = false): string {
  const loc = testLocation(f)
  if (!loc) return inTable ? mdCode(f.report, { inTable, max: 120 }) : ''
  const href = safeHref(f.url)
  const code = mdCode(loc, { inTable, max: 160 })
  return href ? mdLink(code, href) : code
}

function rootCauses(a: RunAnalysis, d: Detail): string {
  if (a.rootCauses.length === 0) return ''
  const shown = a.rootCauses.slice(0, MAX_ROOT_CAUSES)
  return [
    '#### Root causes',
    '',
    ...shown.map((c) => rootCause(c, d)),
    more(a.rootCauses.length - shown.length, 'log with errors', 'logs with errors'),
  ].join('\n')
}

function rootCause(c: RootCause, d: Detail): string {
  const meta = [
    mdCode(`${c.path}:${c.line}`, { max: 160 }),
    c.service ? `service **${mdText(c.service, 80)}**` : '',
    c.group ? `step **${mdText(c.group, 120)}**` : '',
    plural(c.errors, 'error'),
  ].filter((m) => m !== '')
  const out = [`${meta.join(' · ')}`, '']
  if (d.context > 0 && c.context.length > 0) {
    const focus = Math.max(
      0,
      c.context.findIndex((l) => l.focus),
    )
    const lines = c.context.slice(Math.max(0, focus - d.context), focus + d.context + 1)
    const width = Math.max(...lines.map((l) => String(l.line).length))
    out.push(
      fence(
        lines
          .map(
            (l) =>
              `${l.focus ? '>' : ' '} ${String(l.line).padStart(width)} │ ${clipLines(l.text, 1, 300).text}`,
          )
          .join('\n'),
      ),
    )
  } else {
    out.push(`> **${mdText(c.level.toUpperCase(), 10)}** ${mdText(firstLine(c.message), d.chars)}`, '')
  }
  return out.join('\n')
}

function anomalies(a: RunAnalysis, d: Detail): string {
  const b = a.baseline
  if (!b) return ''
  const against = `the baseline (${plural(b.runs, 'run')}, ${plural(b.templates, 'template')})`
  const found = otherFindings(a, d)
  if (b.newTemplates.length === 0) return `#### Anomalies\n\n${found}✅ Nothing new against ${against}.`
  const errors = b.newTemplates.filter((t) => t.level === 'error' || t.level === 'fatal').length
  const shown = b.newTemplates.slice(0, Math.min(d.rows, 20))
  return [
    '#### Anomalies',
    '',
    found +
      `🆕 **${plural(b.newTemplates.length, 'template')} new** against ${against}${errors > 0 ? `, ${formatCount(errors)} at error level` : ''}.`,
    '',
    table(
      ['Count', 'Level', 'Template', 'Seen in'],
      ['r', 'l', 'l', 'l'],
      shown.map((t: TemplateDigest) => [
        formatCount(t.count),
        mdText(t.level, 10),
        mdCode(t.template, { inTable: true, max: d.chars }),
        mdText(t.services.slice(0, 3).join(', '), 100),
      ]),
    ),
    more(b.newTemplates.length - shown.length, 'new template'),
  ].join('\n')
}

/**
 * The findings other than new templates (listed below them) as one line each, with the run score; the job
 * summary has their evidence. Empty without findings.
 */
function otherFindings(a: RunAnalysis, d: Detail): string {
  const f = a.findings
  if (!f) return ''
  const icon = { error: '❌', warn: '⚠️', info: 'ℹ️' } as const
  const items = f.items.filter((i) => i.kind !== 'new-templates')
  const lines = items
    .slice(0, Math.min(d.rows, 10))
    .map((i) => `- ${icon[i.severity]} **${mdText(i.title, 160)}**: ${mdText(i.explanation, d.chars)}`)
  return (
    [
      `Run score **${f.score}/100** against the baseline (0: nothing unusual).`,
      '',
      ...lines,
      more(items.length - lines.length, 'finding'),
      '',
    ]
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n') + '\n'
  )
}

function footer(input: CommentInput, shortened: boolean): string {
  const href = safeHref(input.runUrl)
  const report = href ? ` The job summary of the ${mdLink('run', href)} has the full report.` : ''
  const note = shortened ? `> ✂️ Shortened to fit GitHub's comment limit.${report}\n\n` : ''
  return `${note}<sub>${htmlText('logward')} · updated on every run of this job</sub>`
}

function more(left: number, one: string, many = `${one}s`): string {
  return left > 0 ? `_…and ${formatCount(left)} more ${left === 1 ? one : many}._` : ''
}

/** Whole lines up to the budget (never inside a UTF-8 sequence), for a budget below even the minimal level. */
function cutLines(text: string, budget: number): string {
  let out = ''
  let fenceOpen = false
  for (const line of text.split('\n')) {
    if (Buffer.byteLength(out + line + '\n', 'utf8') > budget - 8) break
    if (/^`{3,}/.test(line)) fenceOpen = !fenceOpen
    out += line + '\n'
  }
  return fenceOpen ? out + '```\n' : out
}
