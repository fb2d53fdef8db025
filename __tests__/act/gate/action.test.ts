import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { run } from '../../../src/action/gate/main.js'
import { SETTINGS } from '../../../src/config/settings-table.js'
import { repoRoot } from '../../helpers/shared-data.js'

/** The runner's file-command format for outputs: `name<<DELIM\nvalue\nDELIM`. */
function readOutputs(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8')
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!
  return out
}

/** The environment the runner gives a step, inputs as INPUT_<NAME>; run() is called in-process. */
async function runAction(
  inputs: Record<string, string>,
): Promise<{ dir: string; stdout: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'logward-gate-action-'))
  writeFileSync(join(dir, 'summary.md'), '')
  writeFileSync(join(dir, 'output.txt'), '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123abcd',
    GITHUB_RUN_ID: '1001',
    GITHUB_JOB: 'verify-deploy',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    INPUT_OUT: join(dir, 'gate'),
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v)
  let stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  await run()
  vi.mocked(process.stdout.write).mockRestore()
  return { dir, stdout, code: Number(process.exitCode ?? 0) }
}

describe('the gate action, run as the runner does', () => {
  afterEach(() => {
    process.exitCode = undefined
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('fails the step on the failing example: outputs, job summary, gate files', async () => {
    const { dir, stdout, code } = await runAction({
      paths: 'examples/runs/failing/logs',
      reports: 'examples/runs/failing/reports/*.xml',
      baseline: 'examples/runs/pass-*/logs',
      gate: 'examples/gate.yml',
    })
    expect(code).toBe(1)
    // Workflow commands escape `%` as `%25`.
    expect(stdout).toMatch(/::error::FAIL \(score 33\.33%25\): key objective new-error-templates failed/)
    const outputs = readOutputs(join(dir, 'output.txt'))
    expect(outputs).toMatchObject({
      verdict: 'fail',
      score: '33.33',
      failed: 'true',
      report: join(dir, 'gate', 'gate.md'),
      json: join(dir, 'gate', 'gate.json'),
    })
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
    expect(summary).toMatch(/❌ FAIL — gate score 33\.33%/)
    expect(summary).toContain('reservesStock')
    expect(summary).toBe(readFileSync(join(dir, 'gate', 'gate.md'), 'utf8'))
  })

  it('passes with thresholds as inputs', async () => {
    const { dir, code, stdout } = await runAction({
      paths: 'examples/runs/pass-5/logs',
      reports: 'examples/runs/pass-5/reports/*.xml',
      baseline: 'examples/runs/pass-[1-4]/logs',
      'max-error-rate': '1%',
      'max-new-error-templates': '0',
      'max-failed-tests': '0',
    })
    expect(code).toBe(0)
    expect(stdout).toMatch(/PASS \(score 100%\)/) // core.info does not escape
    expect(readOutputs(join(dir, 'output.txt'))).toMatchObject({
      verdict: 'pass',
      score: '100',
      failed: 'false',
    })
  })

  it('fails the step with the message of a bad input', async () => {
    const { stdout, code } = await runAction({ paths: 'examples/runs/pass-5/logs', 'max-error-rate': 'lots' })
    expect(code).toBe(1)
    expect(stdout).toContain('::error::action inputs: max-error-rate: "lots" is not a rate (0.02 or 2%25)')
  })
})

describe('gate/action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'gate', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>
    outputs: Record<string, unknown>
    runs: { using: string; main: string }
  }

  it('runs the bundled gate entry on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/gate/index.js' })
  })

  it('has the gate inputs and only settings besides, without defaults', () => {
    const own = ['config', 'gate', 'max-error-rate', 'max-new-error-templates', 'max-failed-tests']
    const settings = new Set(SETTINGS.map((s) => s.key as string))
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(own.includes(name) || settings.has(name), name).toBe(true)
      expect(input.default, name).toBeUndefined()
    }
    for (const name of [...own, 'paths', 'reports', 'baseline', 'out', 'secrets'])
      expect(action.inputs).toHaveProperty(name)
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['verdict', 'score']))
  })
})
