import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderHtmlReport } from '../../src/act/report/html/render-html.js'
import { renderSummaryMarkdown } from '../../src/act/report/markdown/render-summary.js'
import { analyzeRun } from '../../src/analysis/analyze-run.js'
import type { RunAnalysis } from '../../src/analysis/model.js'
import { buildProgram } from '../../src/cli/program.js'
import { loadConfig } from '../../src/config/load.js'
import { memoryLogger } from '../../src/core/logger.js'
import { repoRoot } from '../helpers/shared-data.js'

const examples = join(repoRoot, 'examples', 'runs')

async function cli(args: string[]): Promise<string> {
  const out: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk))
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    await buildProgram()
      .exitOverride()
      .parseAsync(['node', 'logward', ...args])
  } finally {
    write.mockRestore()
    err.mockRestore()
  }
  return out.join('')
}

async function analyze(
  paths: string[],
  baseline: string[],
  extra: Record<string, unknown> = {},
): Promise<RunAnalysis> {
  const config = loadConfig({
    cwd: tmpdir(),
    overrides: { paths, baseline, 'store-records': false, ...extra },
  })
  return analyzeRun({ config, logger: memoryLogger(), ci: {}, now: () => new Date('2026-11-28T00:00:00Z') })
}

afterEach(() => vi.restoreAllMocks())

describe('analyze --baseline: findings', () => {
  it('learns a model from the passing examples and explains the failing run with evidence, as from paths', async () => {
    const model = join(mkdtempSync(join(tmpdir(), 'logward-model-')), 'baseline')
    const summary = await cli(['baseline', 'learn', join(examples, 'pass-*', 'logs'), '--model', model])
    expect(summary).toMatch(/^baseline: 5 runs, [\d,]+ records, \d+ templates; no sessions .* → /)
    expect(readdirSync(model)).toEqual(['baseline.json'])

    const failing = [join(examples, 'failing', 'logs')]
    const fromModel = await analyze(failing, [model], {
      reports: [join(examples, 'failing', 'reports', '*.xml')],
    })
    const f = fromModel.findings!
    expect(f.items.map((i) => [i.kind, i.severity])).toEqual([
      ['new-templates', 'error'],
      ['error-burst', 'warn'],
    ])
    const burst = f.items[1]!
    expect(burst.burst!.errors).toBeGreaterThanOrEqual(5)
    expect(burst.evidence[0]!.path).toMatch(/failing\/logs\//)
    expect(burst.explanation).toMatch(/error records between .* UTC .* where the baseline averages/)
    expect(f.score).toBe(60)
    expect(fromModel.verdict).toBe('fail')
    expect(fromModel.reasons).toContain('1 error burst')

    // Learning from the paths in memory gives the same findings: one code path after the baseline.
    const fromPaths = await analyze(failing, [join(examples, 'pass-*', 'logs')], {
      reports: [join(examples, 'failing', 'reports', '*.xml')],
    })
    expect(fromPaths.findings).toEqual(fromModel.findings)

    // All three report formats carry them.
    const md = renderSummaryMarkdown(fromModel)
    expect(md).toContain('### Findings against the baseline (score 60/100)')
    expect(md).toMatch(/#### ⚠️ Error burst: \d+ errors at/)
    const html = renderHtmlReport(fromModel)
    expect(html).toContain('id="findings"')
    expect(html).toContain('class="chart burst"')
    expect(JSON.parse(JSON.stringify(fromModel)).findings.items).toHaveLength(2)

    // A passing run against the others: nothing to report.
    const pass = await analyze([join(examples, 'pass-5', 'logs')], [join(examples, 'pass-[1-4]', 'logs')])
    expect(pass.findings!.items.filter((i) => i.severity !== 'info')).toEqual([])
    expect(pass.verdict).not.toBe('fail')
  })

  it('scores sessions with the model trained by baseline learn, grouping anomalous ones by evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-sessions-'))
    const writeRun = (name: string, sessions: number, bad: number): string => {
      const path = join(dir, name)
      mkdirSync(path)
      const lines: string[] = []
      let t = 0
      const at = (): string => {
        t++
        return `2026-11-21 09:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}.000`
      }
      for (let s = 0; s < sessions; s++) {
        const id = `req-${name}-${s}`
        const steps =
          s < bad
            ? [
                `received ${id} from client ${s % 9}`,
                `cache miss storm for ${id}`,
                `response 200 sent for ${id}`,
              ]
            : [
                `received ${id} from client ${s % 9}`,
                `auth ok for ${id} user ${s % 5}`,
                `query took ${s % 40} ms for ${id}`,
                `response 200 sent for ${id}`,
              ]
        for (const m of steps) lines.push(`${at()} INFO [main] app.Server : ${m}`)
      }
      writeFileSync(join(path, 'app.log'), lines.join('\n') + '\n')
      return path
    }
    for (const i of [1, 2, 3]) writeRun(`pass-${i}`, 30, 0)
    const bad = writeRun('bad', 30, 12)
    const model = join(dir, 'model')
    const summary = await cli([
      'baseline',
      'learn',
      join(dir, 'pass-*'),
      '--model',
      model,
      '--session-regex',
      '(req-\\S+)',
      '--epochs',
      '5',
    ])
    expect(summary).toContain('sequence model on 90 sessions')
    expect(readdirSync(model).some((e) => e.startsWith('sequences-'))).toBe(true)
    const a = await analyze([bad], [model])
    const sessions = a.findings!.items.filter((i) => i.kind === 'anomalous-sessions')
    expect(sessions).toHaveLength(1)
    expect(sessions[0]!.sessions).toEqual({ anomalous: 12, total: 30, evidence: 'unknown-events' })
    expect(sessions[0]!.evidence).toHaveLength(3)
    expect(sessions[0]!.evidence[0]!.message).toMatch(/^cache miss storm for req-bad-\d+$/)
    expect(a.reasons).toContain('12 anomalous sessions')
    expect(a.verdict).toBe('warn')
  }, 60_000)

  it('finds a template whose rate moved, with the rates drawn in report.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-shift-'))
    let seed = 7
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000
    const writeRun = (name: string, share: number): string => {
      const path = join(dir, name)
      mkdirSync(path)
      const lines = Array.from({ length: 600 }, (_, i) => {
        const slow = rand() < share
        const at = `2026-11-21 09:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000`
        return slow
          ? `${at} WARN [main] app.Pay : payment gateway slow, retry ${1 + (i % 3)}`
          : `${at} INFO [main] app.Orders : created order ${1000 + i} in ${i % 300} ms`
      })
      writeFileSync(join(path, 'app.log'), lines.join('\n') + '\n')
      return path
    }
    for (const i of [1, 2, 3]) writeRun(`pass-${i}`, 0.05)
    const a = await analyze([writeRun('slow', 0.3)], [join(dir, 'pass-*')])
    const shifts = a.findings!.items.filter((i) => i.kind === 'frequency-shift')
    expect(shifts).toHaveLength(1)
    expect(shifts[0]!.shift).toMatchObject({ template: 'payment gateway slow, retry <*>' })
    expect(shifts[0]!.shift!.ratio).toBeGreaterThan(3)
    expect(shifts[0]!.shift!.p).toBeLessThan(0.01)
    expect(shifts[0]!.title).toMatch(/^More "payment gateway slow, retry <\*>" \(×\d/)
    expect(a.verdict).toBe('warn')
    expect(a.reasons).toEqual(['1 template frequency shift'])
    expect(renderHtmlReport(a)).toContain('Template rates per 1,000 records, baseline against this run')
  })

  it('reports a run where most tests fail as one infrastructure finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-infra-'))
    const cases = Array.from({ length: 10 }, (_, i) =>
      i < 9
        ? `<testcase classname="shop.Db" name="t${i}"><failure message="Connection refused: db:5432">x</failure></testcase>`
        : `<testcase classname="shop.Db" name="t${i}"/>`,
    )
    writeFileSync(
      join(dir, 'junit.xml'),
      `<testsuite name="s" tests="10" failures="9">${cases.join('')}</testsuite>`,
    )
    const a = await analyze([join(examples, 'failing', 'logs')], [join(examples, 'pass-*', 'logs')], {
      reports: [join(dir, 'junit.xml')],
    })
    const items = a.findings!.items
    expect(items).toHaveLength(1)
    expect(items[0]!.kind).toBe('infrastructure')
    expect(items[0]!.collapsed!.map((c) => c.kind)).toEqual(['new-templates', 'error-burst'])
    expect(a.findings!.score).toBe(100)
    expect(a.reasons[0]).toBe('likely an infrastructure failure: most tests failed')
    expect(renderSummaryMarkdown(a)).toContain('Findings folded under this one (2)')
  })
})
