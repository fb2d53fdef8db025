import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDist } from '../helpers/run-dist.js'

/** The runner's file-command format for outputs: `name<<DELIM\nvalue\nDELIM`. */
function readOutputs(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8')
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!
  return out
}

function runnerEnv(inputs: Record<string, string>): { env: Record<string, string>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'logward-action-'))
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }))
  writeFileSync(join(dir, 'summary.md'), '')
  writeFileSync(join(dir, 'output.txt'), '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123abcd',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_RUN_ID: '1001',
    GITHUB_JOB: 'test',
    GITHUB_EVENT_PATH: event,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
  }
  // The runner passes inputs as INPUT_<NAME> with the name upper-cased and spaces as underscores.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, dir }
}

describe('the logward action (dist/action), run as the runner does', () => {
  it('summarises failing tests and first errors, and sets outputs', async () => {
    const { env, dir } = runnerEnv({
      paths: 'examples/runs/failing/logs/*.log\nexamples/runs/failing/logs/*.gz',
      reports: 'examples/runs/failing/reports/*.xml',
      secrets: JSON.stringify({
        DEPLOY_TOKEN: 'ghp_ExampleTokenDoNotUse0123456789abcdef',
        github_token: 'abc',
      }),
    })
    const r = await runDist('action', [], { env })
    expect(r.stdout).not.toMatch(/::error::/)
    expect(r.code).toBe(0)
    // setSecret registers the value as a mask with the runner.
    expect(r.stdout).toContain('::add-mask::ghp_ExampleTokenDoNotUse0123456789abcdef')
    const outputs = readOutputs(join(dir, 'output.txt'))
    expect(Number(outputs.records)).toBeGreaterThan(100)
    expect(Number(outputs.errors)).toBeGreaterThan(0)
    expect(outputs.tests).toBe('8')
    expect(outputs['failed-tests']).toBe('1')
    expect(outputs['unreadable-inputs']).toBe('0')
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
    expect(summary).toMatch(/Tests:\*\* 8 total, 6 passed, 1 failed/)
    expect(summary).toMatch(/reservesStock/)
    expect(summary).toMatch(/InventoryServiceTest\.java:41/)
    expect(summary).toMatch(/IllegalStateException/)
    expect(summary).not.toContain('ghp_ExampleTokenDoNotUse')
  })

  it('fails the step with a clear message for an unknown setting in the config file', async () => {
    const { env, dir } = runnerEnv({})
    writeFileSync(join(dir, 'logward.yml'), 'pathz: [x]\n')
    const r = await runDist('action', [], { env: { ...env, INPUT_CONFIG: join(dir, 'logward.yml') } })
    expect(r.stdout).toMatch(/::error::.*logward\.yml: unknown key "pathz" \(did you mean "paths"\?\)/)
    expect(r.code).toBe(1)
  })

  it('reports unreadable inputs without failing the step', async () => {
    const { env, dir } = runnerEnv({ paths: 'nope/*.log', reports: join('nope', 'junit.xml') })
    const r = await runDist('action', [], { env })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::.*nope/)
    expect(readOutputs(join(dir, 'output.txt'))['unreadable-inputs']).toBe('2')
  })
})
