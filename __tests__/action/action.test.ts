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
    // Reports and the embedded store go to the temporary folder, not the repository.
    INPUT_OUT: join(dir, 'report'),
    INPUT_STORE: join(dir, 'store'),
  }
  // The runner passes inputs as INPUT_<NAME> with the name upper-cased and spaces as underscores.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, dir }
}

describe('the logward action (dist/action), run as the runner does', () => {
  it('judges the failing example run: job summary, report files, outputs, and the step fails', async () => {
    const { env, dir } = runnerEnv({
      paths: 'examples/runs/failing/logs/*.log\nexamples/runs/failing/logs/*.gz',
      reports: 'examples/runs/failing/reports/*.xml',
      baseline: 'examples/runs/pass-*/logs',
      secrets: JSON.stringify({
        DEPLOY_TOKEN: 'ghp_ExampleTokenDoNotUse0123456789abcdef',
        github_token: 'abc',
      }),
    })
    const r = await runDist('action', [], { env })
    // fail-on defaults to test-failures, and the example run has one.
    expect(r.stdout).toMatch(/::error::FAIL: 1 test failed \(of 8\)/)
    expect(r.code).toBe(1)
    // setSecret registers the value as a mask with the runner.
    expect(r.stdout).toContain('::add-mask::ghp_ExampleTokenDoNotUse0123456789abcdef')
    const outputs = readOutputs(join(dir, 'output.txt'))
    expect(Number(outputs.records)).toBeGreaterThan(100)
    expect(Number(outputs.errors)).toBeGreaterThan(0)
    expect(outputs.tests).toBe('8')
    expect(outputs['failed-tests']).toBe('1')
    expect(outputs['unreadable-inputs']).toBe('0')
    expect(outputs.verdict).toBe('fail')
    expect(outputs.failed).toBe('true')
    expect(Number(outputs['new-error-templates'])).toBeGreaterThan(0)
    expect(outputs.report).toBe(join(dir, 'report', 'report.html'))
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
    expect(summary).toMatch(/FAIL/)
    expect(summary).toMatch(/reservesStock/)
    expect(summary).toMatch(/InventoryServiceTest\.java:41/)
    expect(summary).toMatch(/IllegalStateException/)
    expect(summary).not.toContain('ghp_ExampleTokenDoNotUse')
    for (const file of ['summary.md', 'report.html', 'report.json']) {
      const text = readFileSync(join(dir, 'report', file), 'utf8')
      expect(text.length, file).toBeGreaterThan(1000)
      expect(text, file).not.toContain('ghp_ExampleTokenDoNotUse')
    }
    const json = JSON.parse(readFileSync(join(dir, 'report', 'report.json'), 'utf8')) as {
      ci: Record<string, unknown>
    }
    expect(json.ci).toMatchObject({ repository: 'acme/shop', pr: 7, run_id: '1001' })
  })

  it('passes the step with fail-on never, on a passing run, and on a run with a flaky test', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        {
          paths: 'examples/runs/failing/logs',
          reports: 'examples/runs/failing/reports/*.xml',
          'fail-on': 'never',
        },
        'fail',
      ],
      [{ paths: 'examples/runs/pass-1/logs', reports: 'examples/runs/pass-1/reports/junit-web.xml' }, 'pass'],
      // The example's API report has a test that passed on a rerun: flaky alone warns, never fails.
      [{ paths: 'examples/runs/pass-1/logs', reports: 'examples/runs/pass-1/reports/*.xml' }, 'warn'],
    ]
    for (const [inputs, verdict] of cases) {
      const { env, dir } = runnerEnv(inputs)
      const r = await runDist('action', [], { env })
      expect(r.stdout).not.toMatch(/::error::/)
      expect(r.code).toBe(0)
      const outputs = readOutputs(join(dir, 'output.txt'))
      expect(outputs.verdict).toBe(verdict)
      expect(outputs.failed).toBe('false')
    }
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
