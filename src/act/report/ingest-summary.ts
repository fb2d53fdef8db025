import type { Level, LogRecord } from '../../core/record.js'
import type { TestCounts } from '../../sources/test-reports/model.js'
import type { FailingCase } from './test-table.js'

/** What the ingest half learned about a run, for the job summary. */
export interface IngestDigest {
  records: number
  byLevel: Partial<Record<Level, number>>
  /** The first error records (bounded), with where they are. */
  firstErrors: LogRecord[]
  sources: { path: string; format: string; records: number }[]
  unreadable: string[]
  tests?: TestCounts
  failing: FailingCase[]
}

/** GitHub's job summary limit is 1 MiB; stay well under it and shrink lists instead of failing. */
const SUMMARY_BUDGET = 900 * 1024

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function fence(text: string): string {
  // A fence longer than any backtick run inside, so log text cannot close it.
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const f = '`'.repeat(longest + 1)
  return `${f}text\n${text}\n${f}`
}

/** Markdown for `$GITHUB_STEP_SUMMARY`: most important first, shrinking lists to fit the budget. */
export function renderIngestSummary(d: IngestDigest): string {
  const out: string[] = ['## logward']
  if (d.tests) {
    const t = d.tests
    const bad = t.failed + t.errored
    out.push(
      '',
      `${bad > 0 ? '❌' : '✅'} **Tests:** ${t.tests} total, ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped`,
    )
  }
  if (d.failing.length > 0) {
    out.push('', '### Failing tests', '', '| test | where | message |', '| --- | --- | --- |')
    for (const c of d.failing.slice(0, 50)) {
      const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ''}` : c.report
      const message = (c.message ?? c.stackTrace ?? '').split('\n').find((l) => l.trim() !== '') ?? ''
      out.push(
        `| ${escapeCell(c.className ? `${c.className} › ${c.name}` : c.name)} | \`${escapeCell(where)}\` | ${escapeCell(message.slice(0, 300))} |`,
      )
    }
    if (d.failing.length > 50) out.push('', `…and ${d.failing.length - 50} more failing tests.`)
  }
  const errors = (d.byLevel.error ?? 0) + (d.byLevel.fatal ?? 0)
  out.push(
    '',
    `**Logs:** ${d.records.toLocaleString('en-US')} records from ${d.sources.length} inputs — ${errors} errors, ${d.byLevel.warn ?? 0} warnings`,
  )
  if (d.unreadable.length > 0)
    out.push('', `⚠️ Could not read: ${d.unreadable.map((p) => `\`${escapeCell(p)}\``).join(', ')}`)
  let text = out.join('\n')
  if (d.firstErrors.length > 0) {
    const parts = ['', '### First errors', '']
    for (const r of d.firstErrors) {
      const block = `\`${r.log.file.path}:${r.log.file.line}\`\n${fence([r.message, r.error?.stack_trace].filter(Boolean).join('\n').slice(0, 4000))}\n`
      if (text.length + parts.join('\n').length + block.length > SUMMARY_BUDGET) {
        parts.push('_(more errors left out to fit the job summary)_')
        break
      }
      parts.push(block)
    }
    text += parts.join('\n')
  }
  return text + '\n'
}
