import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { rollup, type Plugin } from 'rollup'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../helpers/shared-data.js'
import { startFakeJira, type FakeJira } from '../../helpers/fake-jira.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { FIXTURE } from './runs.js'

/**
 * The Slack and Jira clients must survive the bundle GitHub runs (dist/ is Rollup output; the runner does
 * no `npm install`). This bundles src/act/notify with the resolve/commonjs/json plugins and options of
 * rollup.config.js, then runs the bundle in a separate Node process against the fake servers. TypeScript
 * is stripped per file here (tsc checks types) so that the test takes seconds, not the 20 s of a checked
 * build; the third-party code goes through exactly the plugins dist/ uses.
 */
const stripTypes: Plugin = {
  name: 'strip-types',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null
    const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'))
    return existsSync(candidate) ? candidate : null
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null
    const out = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
      },
    })
    return { code: out.outputText, map: null }
  },
}

type PluginFactory = (options?: Record<string, unknown>) => Plugin

/** The plugins are CommonJS-typed; under NodeNext their default export sits one level down. */
async function plugin(name: string): Promise<PluginFactory> {
  const m = (await import(name)) as { default: PluginFactory | { default: PluginFactory } }
  return typeof m.default === 'function' ? m.default : m.default.default
}

let dir: string
let slack: FakeSlack
let jira: FakeJira
let bundleText: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-notify-bundle-'))
  const [nodeResolve, commonjs, json] = await Promise.all(
    ['@rollup/plugin-node-resolve', '@rollup/plugin-commonjs', '@rollup/plugin-json'].map(plugin),
  )
  const bundle = await rollup({
    input: join(repoRoot, 'src/act/notify/index.ts'),
    onwarn(warning, warn) {
      if (['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code ?? ''))
        return
      warn(warning)
    },
    plugins: [
      stripTypes,
      nodeResolve!({ preferBuiltins: true, exportConditions: ['node'] }),
      commonjs!(),
      json!(),
    ],
  })
  await bundle.write({ file: join(dir, 'notify.js'), format: 'es', inlineDynamicImports: true })
  await bundle.close()
  bundleText = await readFile(join(dir, 'notify.js'), 'utf8')
  await writeFile(
    join(dir, 'driver.mjs'),
    `import { readFileSync } from 'node:fs'
import { notifySettingsSchema, sendAlerts } from './notify.js'
const [analysis, settings] = process.argv.slice(2)
const result = await sendAlerts(JSON.parse(readFileSync(analysis, 'utf8')), notifySettingsSchema.parse(JSON.parse(settings)), {
  retry: { retries: 3, initialDelayMs: 1, maxDelayMs: 5 },
})
process.stdout.write(JSON.stringify({
  node: process.versions.node,
  actions: result.actions.map((a) => [a.channel, a.type, a.ok]),
  errors: result.errors.map((e) => e.message),
}))
`,
  )
  slack = await startFakeSlack({ token: 'xoxb-bundle' })
  jira = await startFakeJira({ flavor: 'cloud', email: 'ci@acme.test', token: 'bundle-token' })
}, 60_000)

afterAll(async () => {
  await slack?.close()
  await jira?.close()
  await rm(dir, { recursive: true, force: true })
})

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(dir, 'driver.mjs'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

describe('the bundled alerting', () => {
  it('holds @slack/web-api and jira.js, and not jira-client / postman-request', () => {
    expect(bundleText).toContain('chat.postMessage')
    expect(bundleText).toContain('/rest/api/3/search/jql')
    expect(bundleText).not.toMatch(/postman-request|tough-cookie/)
  })

  it('sends to Slack and Jira from a plain Node process, with nothing on stderr', async () => {
    const settings = {
      alerts: [{ name: 'tests-failing', when: { 'failed-tests': '>0' }, channels: ['slack', 'jira'] }],
      'alerts-state': join(dir, 'state.json'),
      'slack-token': 'xoxb-bundle',
      'slack-channel': 'C0ALERTS',
      'slack-api-url': slack.apiUrl,
      'jira-url': jira.url,
      'jira-email': 'ci@acme.test',
      'jira-token': 'bundle-token',
      'jira-project': 'OPS',
    }
    slack.rateLimit(1, 0)
    const r = await run([FIXTURE, JSON.stringify(settings)])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { node: string; actions: unknown[]; errors: string[] }
    expect(Number(out.node.split('.')[0])).toBeGreaterThanOrEqual(24)
    expect(out.errors).toEqual([])
    expect(out.actions).toEqual([
      ['slack', 'post', true],
      ['jira', 'create', true],
    ])
    expect(slack.messages).toHaveLength(1)
    expect(jira.issues).toHaveLength(1)
  })
})
