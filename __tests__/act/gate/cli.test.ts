import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GateResult } from '../../../src/act/gate/model.js'
import { learnBaseline, runsFromPaths, saveBaseline } from '../../../src/analysis/baseline/index.js'
import { registerGateCommand } from '../../../src/cli/commands/gate.js'
import { loadConfig } from '../../../src/config/load.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { ConfigError } from '../../../src/core/errors.js'

/** Run `logward gate ...` in-process (dist/ has no gate entry until rollup builds it): stdout and exit code. */
async function gate(args: string[]): Promise<{ stdout: string; code: number }> {
  const program = new Command('logward').exitOverride()
  registerGateCommand(program)
  let stdout = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  try {
    await program.parseAsync(['node', 'logward', 'gate', ...args])
  } finally {
    write.mockRestore()
  }
  return { stdout, code: Number(process.exitCode ?? 0) }
}

const failing = ['examples/runs/failing/logs', '--reports', 'examples/runs/failing/reports/*.xml']
const pass5 = ['examples/runs/pass-5/logs', '--reports', 'examples/runs/pass-5/reports/*.xml']

describe('logward gate on the example runs', () => {
  let out: string
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'logward-gate-cli-'))
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    process.exitCode = undefined
    vi.restoreAllMocks()
  })

  it('decides the same from a saved baseline model as from the runs’ logs, without analysing them again', async () => {
    const paths = [1, 2, 3, 4, 5].map((i) => `examples/runs/pass-${i}/logs`)
    const model = join(out, 'model')
    const config = loadConfig({ cwd: tmpdir() })
    await saveBaseline(
      await learnBaseline(runsFromPaths(paths, config, memoryLogger()), { source: 'examples' }),
      model,
    )
    const fromLogs = await gate([
      ...failing,
      '--baseline',
      'examples/runs/pass-*/logs',
      '--gate',
      'examples/gate.yml',
      '--out',
      join(out, 'a'),
    ])
    const fromModel = await gate([
      ...failing,
      '--baseline',
      model,
      '--gate',
      'examples/gate.yml',
      '--out',
      join(out, 'b'),
    ])
    expect(fromModel.code).toBe(1)
    expect(fromModel.stdout.split('\n')[0]).toBe(fromLogs.stdout.split('\n')[0])
    const read = (d: string) => JSON.parse(readFileSync(join(out, d, 'gate.json'), 'utf8')) as GateResult
    const strip = (g: GateResult) =>
      g.objectives.map((o) => [o.metric, o.status, o.value, o.baseline?.values])
    expect(strip(read('b'))).toEqual(strip(read('a')))
    expect(read('b').baseline.runs).toEqual(read('a').baseline.runs)
    expect(read('b').frequency?.tested).toBe(read('a').frequency?.tested)
  })

  it('fails the failing run against the passing ones, with reasons and the log lines behind them', async () => {
    const r = await gate([
      ...failing,
      '--baseline',
      'examples/runs/pass-*/logs',
      '--gate',
      'examples/gate.yml',
      '--out',
      out,
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^FAIL \(score 33\.33%\): key objective new-error-templates failed: 5, where pass needs ==0; key objective failed-tests failed: 1/,
    )
    expect(r.stdout).toContain(`gate: ${join(out, 'gate.md')}`)
    const json = JSON.parse(readFileSync(join(out, 'gate.json'), 'utf8')) as GateResult
    expect(json.verdict).toBe('fail')
    expect(json.baseline.runs).toHaveLength(5)
    const byMetric = Object.fromEntries(json.objectives.map((o) => [o.metric, o]))
    expect(byMetric['error-rate']).toMatchObject({
      status: 'fail',
      baseline: { value: 0, values: [0, 0, 0, 0, 0] },
    })
    expect(byMetric['new-error-templates']!.evidence!.templates!.map((t) => t.template)).toContain(
      'Inventory reservation failed for order <*>: connection pool exhausted',
    )
    expect(byMetric['failed-tests']!.evidence!.tests![0]).toMatchObject({
      name: 'reservesStock',
      message: 'expected reserved=3 but was 0',
    })
    expect(byMetric['template-frequency']).toMatchObject({ status: 'pass', value: 0 })
    expect(byMetric['warning-rate']!.status).toBe('pass')
    const md = readFileSync(join(out, 'gate.md'), 'utf8')
    expect(md).toMatch(/^## ❌ FAIL — gate score 33\.33%/)
    expect(md).toContain('### ❌ failed-tests (key objective)')
    expect(md).toContain('expected reserved=3 but was 0')
    expect(md).toContain('Caused by: java.sql.SQLTransientConnectionException') // a root cause's stack trace
    expect(md).toContain('>     9 Smoke test failed: checkout returned 502') // the context lines, error marked
    // The deploy log leaks a token; the gate shows the redacted line only.
    expect(md + JSON.stringify(json)).not.toContain('ghp_ExampleTokenDoNotUse')
  })

  it('passes the fifth passing run against the first four', async () => {
    const r = await gate([
      ...pass5,
      '--baseline',
      'examples/runs/pass-[1-4]/logs',
      '--gate',
      'examples/gate.yml',
      '--out',
      out,
    ])
    expect(r.stdout).toMatch(/^PASS \(score 100%\): score 100% ≥ 90% \(pass\)/)
    expect(r.code).toBe(0)
    const json = JSON.parse(readFileSync(join(out, 'gate.json'), 'utf8')) as GateResult
    expect(json.baseline.runs.map((b) => b.path)).toEqual(
      [1, 2, 3, 4].map((i) => `examples/runs/pass-${i}/logs`),
    )
    expect(json.objectives.every((o) => o.status === 'pass')).toBe(true)
    expect(json.frequency!.tested).toBeGreaterThan(0)
  })

  it('leaves the judged run out of a baseline glob that matches it', async () => {
    const r = await gate([
      ...pass5,
      '--baseline',
      'examples/runs/pass-*/logs',
      '--gate',
      'examples/gate.yml',
      '--out',
      out,
      '--json',
    ])
    const json = JSON.parse(r.stdout) as GateResult
    expect(json.baseline.runs).toHaveLength(4)
    expect(json.verdict).toBe('pass')
  })

  it('warns when the baseline is too small for relative criteria (no-data)', async () => {
    const r = await gate([
      ...pass5,
      '--baseline',
      'examples/runs/pass-1/logs',
      '--gate',
      'examples/gate.yml',
      '--out',
      out,
      '--json',
    ])
    const json = JSON.parse(r.stdout) as GateResult
    expect(r.code).toBe(0)
    expect(json.verdict).toBe('warn')
    expect(json.baseline).toMatchObject({
      enough: false,
      note: 'relative criteria not evaluated: the baseline has 1 run, min-samples asks for 3',
    })
    expect(json.objectives.filter((o) => o.status === 'no-data').map((o) => o.metric)).toEqual([
      'warning-rate',
      'template-frequency',
    ])
  })

  it('builds the gate from thresholds, and from the defaults', async () => {
    const t = await gate([
      ...failing,
      '--baseline',
      'examples/runs/pass-*/logs',
      '--max-error-rate',
      '10%',
      '--max-failed-tests',
      '1',
      '--out',
      out,
    ])
    expect(t.stdout).toMatch(/^PASS \(score 100%\)/)
    expect(t.code).toBe(0)
    process.exitCode = undefined
    const d = await gate([...failing, '--out', out, '--json'])
    const json = JSON.parse(d.stdout) as GateResult
    expect(json.gate).toMatch(/^defaults/)
    expect(json.objectives.map((o) => [o.metric, o.status])).toEqual([
      ['new-error-templates', 'no-data'],
      ['failed-tests', 'fail'],
    ])
    expect(d.code).toBe(1)
  })

  it('stops on a bad gate file with a ConfigError (exit 2) naming the file and the path', async () => {
    const file = join(out, 'gate.yml')
    writeFileSync(file, `objectives:\n  - metric: error-rate\n    pass: ['<1']\n    keys: true\n`)
    const run = gate([...failing, '--gate', file, '--out', out])
    await expect(run).rejects.toThrow(ConfigError)
    await expect(gate([...failing, '--gate', file, '--out', out])).rejects.toThrow(
      `${file}: objectives[0] (error-rate): unknown key "keys"`,
    )
  })
})
