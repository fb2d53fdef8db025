import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command, CommanderError } from 'commander'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run as runKibanaAction } from '../../../src/action/kibana/main.js'
import { registerGrafanaCommand } from '../../../src/cli/commands/grafana.js'
import { registerKibanaCommand } from '../../../src/cli/commands/kibana.js'
import { ConfigError, describeError } from '../../../src/core/errors.js'
import { FakeGrafana } from '../../helpers/fake-grafana.js'
import { FakeKibana } from '../../helpers/fake-kibana.js'
import { repoRoot } from '../../helpers/shared-data.js'

/**
 * The commands run in-process through a Commander program of their own (dist/ gets them once they are
 * registered in program.ts). An error reaches the test as it reaches src/cli/index.ts, which prints
 * `describeError(err)`; the test keeps that text with the output, so every byte a user could see is checked.
 */
const ENV_KEYS = [
  'LOGWARD_KIBANA_URL',
  'LOGWARD_KIBANA_SPACE',
  'LOGWARD_KIBANA_API_KEY',
  'LOGWARD_KIBANA_USERNAME',
  'LOGWARD_KIBANA_PASSWORD',
  'LOGWARD_GRAFANA_URL',
  'LOGWARD_GRAFANA_TOKEN',
  'LOGWARD_GRAFANA_USERNAME',
  'LOGWARD_GRAFANA_PASSWORD',
  'LOGWARD_GRAFANA_FOLDER',
  'LOGWARD_GRAFANA_DATASOURCE',
]

interface Run {
  stdout: string
  stderr: string
  error: unknown
  /** stdout, stderr and the error as the CLI would print it. */
  all: string
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const stdout: string[] = []
  const stderr: string[] = []
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk))
    return true
  })
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]))
  for (const k of ENV_KEYS) delete process.env[k]
  Object.assign(process.env, env)
  const program = new Command('logward')
    .exitOverride()
    .configureOutput({ writeOut: (s) => stdout.push(s), writeErr: (s) => stderr.push(s) })
  registerKibanaCommand(program)
  registerGrafanaCommand(program)
  let error: unknown
  try {
    await program.parseAsync(args, { from: 'user' })
  } catch (e) {
    error = e
  } finally {
    out.mockRestore()
    err.mockRestore()
    for (const k of ENV_KEYS) delete process.env[k]
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v
  }
  const printed =
    error === undefined || error instanceof CommanderError ? '' : `error: ${describeError(error)}\n`
  return {
    stdout: stdout.join(''),
    stderr: stderr.join(''),
    error,
    all: stdout.join('') + stderr.join('') + printed,
  }
}

/** Every form a planted secret could leak in: as is, base64 (basic auth), URL-encoded. */
function expectNoSecret(text: string, secrets: string[]): void {
  for (const s of secrets) {
    expect(text).not.toContain(s)
    expect(text).not.toContain(encodeURIComponent(s))
  }
}

const API_KEY = 'Rm9vQmFyQmF6OlF1dXhDb3JnZUdyYXVsdEdhcnBseQ=='
const GRAFANA_TOKEN = 'glsa_PlantedTokenPlantedToken0123456789_feedbeef'
const PASSWORD = 'Planted-Passw0rd-42!'

describe('logward kibana import / export', () => {
  let kibana: FakeKibana
  let url: string
  beforeEach(async () => {
    kibana = new FakeKibana({ apiKey: API_KEY, spaces: ['ci'] })
    url = await kibana.start()
  })
  afterEach(() => kibana.stop())

  it('imports from env settings, and a second run changes nothing', async () => {
    const env = { LOGWARD_KIBANA_URL: url, LOGWARD_KIBANA_API_KEY: API_KEY }
    const first = await cli(['kibana', 'import'], env)
    expect(first.error).toBeUndefined()
    expect(first.stdout).toMatch(
      /^imported 31 of 31 saved objects \(built-in\) into Kibana http:\/\/127\.0\.0\.1:\d+ \(space default\)/,
    )
    const before = kibana.snapshot()
    const second = await cli(['kibana', 'import', '--output', 'json'], env)
    expect(second.error).toBeUndefined()
    const result = JSON.parse(second.stdout) as { success: boolean; successCount: number; errors: unknown[] }
    expect(result).toMatchObject({ success: true, successCount: 31, errors: [] })
    expect(kibana.snapshot()).toEqual(before)
  })

  it('lets flags win over env, and says what is missing', async () => {
    const flags = await cli(['kibana', 'import', '--kibana-url', url, '--kibana-space', 'ci'], {
      LOGWARD_KIBANA_URL: 'http://127.0.0.1:1',
      LOGWARD_KIBANA_API_KEY: API_KEY,
    })
    expect(flags.error).toBeUndefined()
    expect(kibana.snapshot('ci')).toHaveLength(31)
    const missing = await cli(['kibana', 'import'])
    expect(missing.error).toBeInstanceOf(ConfigError)
    expect(missing.all).toContain('kibana-url is not set')
    expect(missing.all).toContain('LOGWARD_KIBANA_URL')
  })

  it('imports a --file, lists per-object errors and fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-kibana-'))
    const file = join(dir, 'export.ndjson')
    writeFileSync(
      file,
      JSON.stringify({
        type: 'search',
        id: 's1',
        attributes: { title: 'Lost search' },
        references: [
          { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'nowhere' },
        ],
      }) + '\n{"exportedCount":1,"missingRefCount":0,"missingReferences":[]}\n',
    )
    const r = await cli(['kibana', 'import', '--file', file], {
      LOGWARD_KIBANA_URL: url,
      LOGWARD_KIBANA_API_KEY: API_KEY,
    })
    expect(r.stdout).toContain('imported only 0 of 1 saved objects')
    expect(r.stdout).toContain('search s1 "Lost search": missing_references')
    expect(r.all).toContain('error: 1 of 1 saved objects were not imported into Kibana')
    const bad = join(dir, 'bad.ndjson')
    writeFileSync(bad, '{"type":"search","id":"a"}\nnot json\n')
    const broken = await cli(['kibana', 'import', '--file', bad], { LOGWARD_KIBANA_URL: url })
    expect(broken.all).toContain('line 2 is not JSON')
    expect(kibana.requests).toHaveLength(1)
  })

  it('export prints kibana-objects/logward.ndjson', async () => {
    const r = await cli(['kibana', 'export'])
    expect(r.stdout).toBe(readFileSync(join(repoRoot, 'kibana-objects', 'logward.ndjson'), 'utf8'))
  })
})

describe('logward grafana import / export', () => {
  let grafana: FakeGrafana
  let url: string
  beforeEach(async () => {
    grafana = new FakeGrafana({ token: GRAFANA_TOKEN })
    url = await grafana.start()
  })
  afterEach(() => grafana.stop())

  it('imports into a folder, and a second run changes nothing', async () => {
    const env = {
      LOGWARD_GRAFANA_URL: url,
      LOGWARD_GRAFANA_TOKEN: GRAFANA_TOKEN,
      LOGWARD_GRAFANA_FOLDER: 'logward',
    }
    const first = await cli(['grafana', 'import'], env)
    expect(first.error).toBeUndefined()
    expect(first.stdout).toContain('dashboard "logward: logs" (uid logward-logs) created in Grafana')
    expect(first.stdout).toContain('folder "logward" (created)')
    const second = await cli(['grafana', 'import', '-o', 'json'], env)
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'unchanged', uid: 'logward-logs', version: 1 })
    expect(grafana.dashboards.size).toBe(1)
    expect(grafana.folders).toHaveLength(1)
  })

  it('export prints grafana/logward-logs.json', async () => {
    const r = await cli(['grafana', 'export'])
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(join(repoRoot, 'grafana', 'logward-logs.json'), 'utf8')),
    )
  })
})

describe('credentials never reach the output', () => {
  it('keeps planted keys, tokens and passwords out of every line, error and hint', async () => {
    const kibana = new FakeKibana({ apiKey: API_KEY, user: { username: 'ci-bot', password: PASSWORD } })
    const grafana = new FakeGrafana({
      token: GRAFANA_TOKEN,
      user: { username: 'ci-bot', password: PASSWORD },
    })
    const kibanaUrl = await kibana.start()
    const grafanaUrl = await grafana.start()
    const wrongKey = 'V3JvbmdLZXlXcm9uZ0tleTpXcm9uZ1NlY3JldA=='
    const wrongToken = 'glsa_WrongPlantedTokenWrongPlanted_00000000'
    const wrongPassword = 'Wrong-Planted-Pass-99'
    const secrets = [
      API_KEY,
      GRAFANA_TOKEN,
      PASSWORD,
      wrongKey,
      wrongToken,
      wrongPassword,
      Buffer.from(`ci-bot:${PASSWORD}`).toString('base64'),
      Buffer.from(`ci-bot:${wrongPassword}`).toString('base64'),
      Buffer.from(API_KEY, 'base64').toString('utf8'),
    ]
    try {
      const runs = [
        // Successes, with debug logging on.
        await cli(['kibana', 'import', '--log-level', 'debug'], {
          LOGWARD_KIBANA_URL: kibanaUrl,
          LOGWARD_KIBANA_API_KEY: API_KEY,
        }),
        await cli([
          'kibana',
          'import',
          '--kibana-url',
          kibanaUrl,
          '--kibana-username',
          'ci-bot',
          '--kibana-password',
          PASSWORD,
        ]),
        await cli(['grafana', 'import', '--log-level', 'debug', '-o', 'json'], {
          LOGWARD_GRAFANA_URL: grafanaUrl,
          LOGWARD_GRAFANA_TOKEN: GRAFANA_TOKEN,
        }),
        await cli([
          'grafana',
          'import',
          '--grafana-url',
          grafanaUrl,
          '--grafana-username',
          'ci-bot',
          '--grafana-password',
          PASSWORD,
        ]),
        // Refusals: the fakes quote the Authorization header they got in their 401 bodies.
        await cli(['kibana', 'import', '-o', 'json'], {
          LOGWARD_KIBANA_URL: kibanaUrl,
          LOGWARD_KIBANA_API_KEY: wrongKey,
        }),
        await cli(['kibana', 'import'], {
          LOGWARD_KIBANA_URL: kibanaUrl,
          LOGWARD_KIBANA_USERNAME: 'ci-bot',
          LOGWARD_KIBANA_PASSWORD: wrongPassword,
        }),
        await cli(['grafana', 'import'], {
          LOGWARD_GRAFANA_URL: grafanaUrl,
          LOGWARD_GRAFANA_TOKEN: wrongToken,
        }),
        await cli(
          ['grafana', 'import', '--grafana-username', 'ci-bot', '--grafana-password', wrongPassword],
          {
            LOGWARD_GRAFANA_URL: grafanaUrl,
          },
        ),
        // Configuration errors that involve the secrets.
        await cli(['kibana', 'import', '--kibana-url', kibanaUrl.replace('//', `//ci-bot:${PASSWORD}@`)]),
        await cli([
          'kibana',
          'import',
          '--kibana-url',
          kibanaUrl,
          '--kibana-api-key',
          API_KEY,
          '--kibana-username',
          'x',
          '--kibana-password',
          PASSWORD,
        ]),
        await cli([
          'grafana',
          'import',
          '--grafana-url',
          'http://127.0.0.1:1',
          '--grafana-token',
          GRAFANA_TOKEN,
        ]),
      ]
      expect(runs.slice(0, 4).map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined])
      expect(runs.slice(4).every((r) => r.error !== undefined)).toBe(true)
      for (const r of runs) expectNoSecret(r.all, secrets)
      expect(runs[4]!.all).toContain('Kibana did not accept the credentials (401)')
      expect(runs[6]!.all).toContain('Grafana did not accept the credentials (401)')
    } finally {
      await kibana.stop()
      await grafana.stop()
    }
  })
})

describe('the kibana sub-action', () => {
  it('imports with inputs, masks the secrets, sets outputs, and fails on a bad key without printing it', async () => {
    const kibana = new FakeKibana({ apiKey: API_KEY })
    const url = await kibana.start()
    const dir = mkdtempSync(join(tmpdir(), 'logward-kibana-action-'))
    const output = join(dir, 'output.txt')
    const runAction = async (
      inputs: Record<string, string>,
    ): Promise<{ stdout: string; outputs: string; code: unknown }> => {
      writeFileSync(output, '')
      const saved = { ...process.env }
      const exitCode = process.exitCode
      process.env.GITHUB_OUTPUT = output
      for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
      const lines: string[] = []
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(String(chunk))
        return true
      })
      try {
        await runKibanaAction()
        return { stdout: lines.join(''), outputs: readFileSync(output, 'utf8'), code: process.exitCode }
      } finally {
        spy.mockRestore()
        process.exitCode = exitCode
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
        Object.assign(process.env, saved)
      }
    }
    try {
      const ok = await runAction({ 'kibana-url': url, 'kibana-api-key': API_KEY })
      expect(ok.stdout).toContain(`::add-mask::${API_KEY}`)
      expect(ok.stdout).toContain('imported 31 of 31 saved objects')
      expect(ok.outputs).toMatch(/imported<<(.+)\n31\n\1/)
      expect(ok.outputs).toMatch(/failed<<(.+)\n0\n\1/)
      expect(ok.code).not.toBe(1)
      expectNoSecret(ok.stdout.replace(/^::add-mask::.*$/gm, ''), [API_KEY])

      const wrong = 'V3JvbmdBY3Rpb25LZXk6V3JvbmdBY3Rpb25TZWNyZXQ='
      const refused = await runAction({ 'kibana-url': url, 'kibana-api-key': wrong })
      expect(refused.code).toBe(1)
      expect(refused.stdout).toContain('::error::Kibana did not accept the credentials (401)')
      expectNoSecret(refused.stdout.replace(/^::add-mask::.*$/gm, ''), [wrong])
    } finally {
      await kibana.stop()
    }
  })

  it('is described by kibana/action.yml with one input per Kibana setting', async () => {
    const { parse } = await import('yaml')
    const { KIBANA_SETTINGS } = await import('../../../src/act/dashboards/settings.js')
    const action = parse(readFileSync(join(repoRoot, 'kibana', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>
      runs: { using: string; main: string }
    }
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/kibana/index.js' })
    expect(Object.keys(action.inputs).sort()).toEqual(
      [...KIBANA_SETTINGS.map((s) => s.key), 'file', 'overwrite'].sort(),
    )
    for (const s of KIBANA_SETTINGS) expect(action.inputs[s.key]!.description).toContain(s.env)
    for (const input of Object.values(action.inputs)) expect(input.default).toBeUndefined()
  })
})
