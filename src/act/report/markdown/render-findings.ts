import type { Finding, RunAnalysis } from '../../../analysis/model.js'
import { formatTimestamp } from '../html/report-text.js'
import { mdCode, mdText } from './markdown-text.js'

const ICON = { error: '❌', warn: '⚠️', info: 'ℹ️' } as const

/**
 * The findings against the baseline, for summary.md: the run score, then each finding with its one-sentence
 * explanation and its evidence lines (`path:line`, time, message). Under the noise guard, the folded
 * findings are listed in a collapsed block. `rows` bounds the evidence lines per finding and the findings.
 */
export function findingsMarkdown(a: RunAnalysis, rows: number, chars: number): string {
  const f = a.findings
  if (!f) return ''
  const out = [
    `### Findings against the baseline (score ${f.score}/100)`,
    '',
    '_Score 0–100: how unusual this run is against its baseline; 0 = nothing found._',
    '',
  ]
  if (f.items.length === 0) out.push('✅ Nothing unusual against the baseline.', '')
  for (const item of f.items.slice(0, rows)) out.push(finding(item, rows, chars))
  if (f.items.length > rows)
    out.push(`_…and ${f.items.length - rows} more findings (report.json has them all)._`, '')
  if (f.notes.length > 0) out.push(`_Not judged:_ ${f.notes.map((n) => mdText(n, 300)).join('; ')}`)
  return out.join('\n')
}

function finding(item: Finding, rows: number, chars: number): string {
  const lines = [
    `#### ${ICON[item.severity]} ${mdText(item.title, 200)}`,
    '',
    mdText(item.explanation, 600),
    '',
    ...item.evidence.slice(0, Math.max(1, Math.min(rows, 5))).map((e) => `- ${evidenceLine(e, chars)}`),
    '',
  ]
  if (item.collapsed && item.collapsed.length > 0) {
    lines.push(
      '<details><summary>Findings folded under this one (' + String(item.collapsed.length) + ')</summary>',
      '',
      ...item.collapsed
        .slice(0, rows)
        .map((c) => `- ${ICON[c.severity]} **${mdText(c.title, 200)}**: ${mdText(c.explanation, 400)}`),
      '',
      '</details>',
      '',
    )
  }
  return lines.join('\n')
}

function evidenceLine(e: Finding['evidence'][number], chars: number): string {
  const where = e.path ? mdCode(e.line ? `${e.path}:${e.line}` : e.path, { max: 160 }) + ' ' : ''
  const when = e.timestamp ? `${mdText(formatTimestamp(e.timestamp), 40)} ` : ''
  const session = e.session ? ` (session ${mdCode(e.session, { max: 80 })})` : ''
  return `${where}${when}${mdText(e.message, Math.min(chars, 300))}${session}`
}
