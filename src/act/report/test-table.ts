import type { TestCase } from '../../sources/test-reports/model.js'
import type { ToolOutput } from '../../sources/test-reports/index.js'

export type FailingCase = Omit<TestCase, 'message' | 'stackTrace'> & {
  message?: string | undefined
  stackTrace?: string | undefined
  report: string
}

/** Terminal view of `logward junit`: a row per file, the totals, then each failing test with its reason. */
export function renderTestTable(
  output: ToolOutput,
  failing: FailingCase[],
  options: { color: boolean },
): string {
  const red = (s: string): string => (options.color ? `\x1b[31m${s}\x1b[0m` : s)
  const green = (s: string): string => (options.color ? `\x1b[32m${s}\x1b[0m` : s)
  const dim = (s: string): string => (options.color ? `\x1b[90m${s}\x1b[0m` : s)
  const header = ['tests', 'passed', 'failed', 'errored', 'skipped']
  const width = Math.min(60, Math.max(4, ...output.files.map((f) => f.path.length)))
  const row = (name: string, counts: number[]): string =>
    `${name.length > width ? '…' + name.slice(-(width - 1)) : name.padEnd(width)}  ${counts.map((n) => String(n).padStart(7)).join(' ')}`
  const lines = [dim(`${'report'.padEnd(width)}  ${header.map((h) => h.padStart(7)).join(' ')}`)]
  for (const f of output.files) {
    lines.push(
      f.error
        ? `${row(f.path, [0, 0, 0, 0, 0])}  ${red('unreadable')}`
        : row(f.path, [f.tests, f.passed, f.failed, f.errored, f.skipped]),
    )
  }
  const t = output.totals
  lines.push(row('total', [t.tests, t.passed, t.failed, t.errored, t.skipped]))
  lines.push('')
  if (failing.length === 0) {
    lines.push(t.tests > 0 ? green(`all ${t.tests - t.skipped} tests that ran passed`) : 'no tests found')
  } else {
    lines.push(red(`${failing.length} failing test${failing.length === 1 ? '' : 's'}:`))
    for (const c of failing) {
      const where = c.file ? ` (${c.file}${c.line ? `:${c.line}` : ''})` : ''
      const name = c.className && !c.name.startsWith(c.className) ? `${c.className} › ${c.name}` : c.name
      lines.push(`  ${red(c.status === 'errored' ? '!' : '✗')} ${name}${dim(where)}`)
      const message = (c.message ?? c.stackTrace ?? '').split('\n').find((l) => l.trim() !== '')
      if (message) lines.push(`      ${message.trim().slice(0, 300)}`)
    }
  }
  return lines.join('\n') + '\n'
}
