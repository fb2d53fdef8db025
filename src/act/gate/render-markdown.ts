import {
  clipLines,
  flakyEvidence,
  flakyKind,
  formatCount,
  formatTimestamp,
  testLocation,
  testTitle,
} from '../report/html/report-text.js'
import {
  details,
  fence,
  htmlText,
  mdCode,
  mdText,
  table,
  tidyBlankLines,
} from '../report/markdown/markdown-text.js'
import { GITHUB_SUMMARY_LIMIT } from '../report/markdown/render-summary.js'
import { formatNumber } from './evaluate.js'
import type { Evidence, GateResult, ObjectiveResult, ObjectiveStatus } from './model.js'

const ICON: Record<ObjectiveStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-data': '❔' }
const VERDICT = { pass: '✅ PASS', warn: '⚠️ WARN', fail: '❌ FAIL' } as const
const STACK_LINES = 20
const CONTEXT_LINES = 8

/**
 * gate.md and the gate action's job summary: the verdict and score, the objectives table, then for each
 * objective that did not pass the log lines behind it. Every string from logs or reports goes through the
 * report's Markdown escaping. When the evidence would not fit GitHub's summary limit it is left out (gate.json
 * keeps it).
 */
export function renderGateMarkdown(r: GateResult, maxBytes = GITHUB_SUMMARY_LIMIT - 64 * 1024): string {
  const full = render(r, true)
  if (Buffer.byteLength(full, 'utf8') <= maxBytes) return full
  return render(r, false)
}

function render(r: GateResult, withEvidence: boolean): string {
  const parts = [header(r), objectivesTable(r)]
  // Several objectives can point at the same root cause (error-rate, new-error-templates): show it once.
  const shown = new Set<string>()
  if (withEvidence)
    parts.push(...r.objectives.filter((o) => o.status !== 'pass').map((o) => explain(o, shown)))
  else
    parts.push('_The log lines behind each objective were left out to fit the summary: gate.json has them._')
  parts.push(footer(r))
  return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'))
}

function header(r: GateResult): string {
  const lines = [
    `## ${VERDICT[r.verdict]} — gate score ${formatNumber(r.score)}%`,
    '',
    `Pass at ${formatNumber(r.total.pass)}%, warning at ${formatNumber(r.total.warning)}% · gate ${mdCode(r.gate)} · ` +
      `run: ${formatCount(r.run.records)} records, ${formatCount(r.run.tests)} tests · ` +
      `baseline: ${r.baseline.runs.length} run${r.baseline.runs.length === 1 ? '' : 's'} (${r.baseline.aggregate})`,
    '',
    ...r.reasons.map((reason) => `- ${mdText(reason)}`),
  ]
  return lines.join('\n')
}

function objectivesTable(r: GateResult): string {
  const rows = r.objectives.map((o) => [
    `${ICON[o.status]} ${o.status}`,
    `${mdText(o.name)}${o.key ? ' **(key)**' : ''}`,
    o.value === undefined ? '—' : formatNumber(o.value),
    o.baseline === undefined ? '—' : formatNumber(o.baseline.value),
    criteriaText(o, 'pass'),
    criteriaText(o, 'warning'),
    `${formatNumber(o.score)}/${formatNumber(o.weight)}`,
  ])
  return table(
    ['Result', 'Objective', 'Value', 'Baseline', 'Pass', 'Warning', 'Score'],
    ['l', 'l', 'r', 'r', 'l', 'l', 'r'],
    rows,
  )
}

/** `<=+10% ✗ and <0.02 ✓`, lists joined by `or`. */
function criteriaText(o: ObjectiveResult, list: 'pass' | 'warning'): string {
  const cs = o.criteria.filter((c) => c.list === list)
  if (cs.length === 0) return '—'
  const groups = new Map<number, string[]>()
  for (const c of cs) {
    const mark = c.holds === true ? ' ✓' : c.holds === false ? ' ✗' : ' ?'
    const target = c.relative && c.target !== undefined ? ` (${formatNumber(c.target)})` : ''
    groups.set(c.group, [
      ...(groups.get(c.group) ?? []),
      `${mdCode(c.text, { inTable: true })}${target}${mark}`,
    ])
  }
  return [...groups.values()].map((g) => g.join(' and ')).join(' **or** ')
}

function explain(o: ObjectiveResult, shown: Set<string>): string {
  const out = [
    `### ${ICON[o.status]} ${mdText(o.name)}${o.key ? ' (key objective)' : ''}`,
    '',
    mdText(o.reason, 1000),
  ]
  if (o.baseline && o.baseline.values.length > 0) {
    out.push('', `Baseline values per run: ${o.baseline.values.map(formatNumber).join(', ')}`)
  }
  if (o.evidence) out.push('', evidence(o.evidence, shown))
  return out.join('\n')
}

function evidence(e: Evidence, shown: Set<string>): string {
  const out: string[] = []
  if (e.templates) {
    out.push(
      table(
        ['Template', 'Count', 'Level', 'Example'],
        ['l', 'r', 'l', 'l'],
        e.templates.map((t) => [
          `${mdCode(t.template, { max: 200, inTable: true })}${t.new ? ' _new_' : ''}`,
          formatCount(t.count),
          t.level,
          `${mdCode(`${t.example.path}:${t.example.line}`, { inTable: true })} ${mdText(t.example.message, 200)}`,
        ]),
      ),
    )
  }
  const causes = (e.rootCauses ?? []).filter((rc) => !shown.has(`${rc.path}:${rc.line}`))
  if (causes.length < (e.rootCauses ?? []).length) out.push('_Root causes shown above are not repeated._')
  for (const rc of causes) {
    shown.add(`${rc.path}:${rc.line}`)
    const where = `${rc.path}:${rc.line}${rc.group ? ` (${rc.group})` : ''}`
    const lines = rc.context
      .filter((l) => Math.abs(l.line - rc.line) <= CONTEXT_LINES)
      .map((l) => `${l.focus ? '>' : ' '} ${String(l.line).padStart(5)} ${l.text}`)
      .join('\n')
    const stack = rc.stackTrace ? clipLines(rc.stackTrace, STACK_LINES, 4000) : undefined
    const body =
      fence(lines || rc.message) +
      (stack
        ? `\n${fence(stack.omitted > 0 ? `${stack.text}\n… ${stack.omitted} more lines` : stack.text)}`
        : '')
    out.push(details(`${htmlText(where)} — ${htmlText(rc.message, 160)}`, body))
  }
  if (e.tests) {
    out.push(
      table(
        ['Failing test', 'Where', 'Message'],
        ['l', 'l', 'l'],
        e.tests.map((t) => [
          mdText(testTitle(t), 200),
          mdCode(testLocation(t) ?? t.report, { inTable: true }),
          mdText(t.message ?? '', 300),
        ]),
      ),
    )
    for (const t of e.tests.filter((t) => t.stackTrace)) {
      const { text, omitted } = clipLines(t.stackTrace!, STACK_LINES, 4000)
      out.push(
        details(htmlText(testTitle(t)), fence(omitted > 0 ? `${text}\n… ${omitted} more lines` : text)),
      )
    }
  }
  if (e.flaky) {
    out.push(
      table(
        ['Flaky test', 'Flaky', 'Evidence', 'Report'],
        ['l', 'l', 'l', 'l'],
        e.flaky.map((t) => [
          mdText(testTitle(t), 200),
          flakyKind(t),
          mdText(flakyEvidence(t), 300),
          mdCode(t.report, { inTable: true }),
        ]),
      ),
    )
  }
  if (e.shifts) {
    out.push(
      table(
        ['Template', 'Now', 'Baseline (median run)', 'Rate change', 'p', 'Example'],
        ['l', 'r', 'r', 'r', 'r', 'l'],
        e.shifts.map((s) => [
          mdCode(s.template, { max: 200, inTable: true }),
          formatCount(s.count),
          formatCount(s.baselineCount),
          `${s.direction === 'up' ? '▲' : '▼'} ×${formatNumber(s.ratio)}`,
          s.p < 0.0001 ? '<0.0001' : formatNumber(s.p),
          s.example
            ? `${mdCode(`${s.example.path}:${s.example.line}`, { inTable: true })} ${mdText(s.example.message, 160)}`
            : '',
        ]),
      ),
    )
  }
  if (e.unreadable) {
    out.push(e.unreadable.map((u) => `- ${mdCode(u.path)}: ${mdText(u.message, 300)}`).join('\n'))
  }
  return out.join('\n\n')
}

function footer(r: GateResult): string {
  const runs = r.baseline.runs.map((b) => `${mdCode(b.path)} (${formatCount(b.records)})`).join(', ')
  const freq = r.frequency
    ? ` · template frequency: ${formatCount(r.frequency.tested)} templates tested, ${formatCount(r.frequency.shifted.length)} shifted`
    : ''
  return `<sub>logward gate · ${htmlText(formatTimestamp(r.generatedAt))} · analyze verdict: ${r.run.analysisVerdict}${freq}${runs ? ` · baseline runs: ${runs}` : ''}</sub>`
}
