import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  notifySettingsSchema,
  resolveNotifySettings,
  sendAlerts,
  type NotifyResult,
} from '../../../src/act/notify/index.js'
import { describeError } from '../../../src/core/errors.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { startFakeJira, type FakeJira } from '../../helpers/fake-jira.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { runNotify } from './run-notify.js'
import { at, failingRun, FIXTURE, HOUR } from './runs.js'

/** Planted credentials: none of them may appear in any output, error, log line or state file. */
const SLACK_TOKEN = 'xoxb-PLANTED-1111-slack'
const WRONG_SLACK = 'xoxb-PLANTED-2222-wrong'
const JIRA_TOKEN = 'PLANTED-3333-jira'
const WRONG_JIRA = 'PLANTED-4444-wrong'
const EMAIL = 'ci@acme.test'
const PLANTED = [
  SLACK_TOKEN,
  WRONG_SLACK,
  JIRA_TOKEN,
  WRONG_JIRA,
  'PLANTED',
  'fake-webhook-secret',
  Buffer.from(`${EMAIL}:${JIRA_TOKEN}`).toString('base64'),
  Buffer.from(`${EMAIL}:${WRONG_JIRA}`).toString('base64'),
]
const FAST = { retries: 2, initialDelayMs: 1, maxDelayMs: 2 }

let slack: FakeSlack
let jira: FakeJira
let dir: string
const seen: string[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-secrets-'))
  slack = await startFakeSlack({ token: SLACK_TOKEN })
  jira = await startFakeJira({ flavor: 'cloud', email: EMAIL, token: JIRA_TOKEN })
  seen.length = 0
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await slack.close()
  await jira.close()
  await rm(dir, { recursive: true, force: true })
})

function record(result: NotifyResult, logger: ReturnType<typeof memoryLogger>): void {
  seen.push(JSON.stringify(result), inspect(result, { depth: 20 }))
  for (const e of result.errors)
    seen.push(describeError(e), inspect(e, { depth: 20, showHidden: true }), String(e.stack))
  for (const e of logger.entries) seen.push(e.message)
}

function expectClean(): void {
  const all = seen.join('\n')
  expect(all.length).toBeGreaterThan(1000)
  for (const secret of PLANTED) expect(all, secret).not.toContain(secret)
}

describe('credentials never leak', () => {
  it('from successful sends, failed sends, network errors, the state file and the CLI', async () => {
    const settings = (over: Record<string, unknown>) =>
      notifySettingsSchema.parse({
        alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack', 'jira'], cooldown: '1h' }],
        'alerts-state': join(dir, 'state.json'),
        'slack-token': SLACK_TOKEN,
        'slack-channel': 'C0ALERTS',
        'slack-api-url': slack.apiUrl,
        'jira-url': jira.url,
        'jira-email': EMAIL,
        'jira-token': JIRA_TOKEN,
        'jira-project': 'OPS',
        ...over,
      })
    const runs: [Record<string, unknown>, number][] = [
      [{}, 0],
      [{}, HOUR / 2],
      [{ 'slack-token': WRONG_SLACK, 'jira-token': WRONG_JIRA }, 2 * HOUR],
      [{ 'slack-api-url': 'http://127.0.0.1:9/api/', 'jira-url': 'http://127.0.0.1:9' }, 4 * HOUR],
      [{ 'slack-token': undefined, 'slack-webhook-url': slack.webhookUrl }, 6 * HOUR],
      [
        { 'slack-token': undefined, 'slack-webhook-url': slack.webhookUrl.replace('secret', 'secret-gone') },
        8 * HOUR,
      ],
    ]
    for (const [over, offset] of runs) {
      const logger = memoryLogger()
      slack.rateLimit(1, 0)
      jira.failNext(429, 1, { 'retry-after': '0' })
      const result = await sendAlerts(failingRun(), settings(over), { now: at(offset), retry: FAST, logger })
      record(result, logger)
    }
    // The failing runs did fail, so their errors were looked at.
    expect(seen.join('\n')).toMatch(/invalid_auth/)
    expect(seen.join('\n')).toMatch(/HTTP 401/)
    expect(seen.join('\n')).toMatch(/cannot reach jira-url/)
    expect(seen.join('\n')).toMatch(/no_service/)
    seen.push(await readFile(join(dir, 'state.json'), 'utf8'))
    // Slack got the token in the Authorization header only, never in a request body.
    for (const r of slack.requests) expect(r.body).not.toContain('PLANTED')
    for (const r of jira.requests) expect(r.body).not.toContain('PLANTED')

    vi.stubEnv('LOGWARD_SLACK_TOKEN', WRONG_SLACK)
    vi.stubEnv('LOGWARD_SLACK_CHANNEL', 'C0ALERTS')
    vi.stubEnv('LOGWARD_SLACK_API_URL', slack.apiUrl)
    vi.stubEnv('LOGWARD_JIRA_URL', jira.url)
    vi.stubEnv('LOGWARD_JIRA_EMAIL', EMAIL)
    vi.stubEnv('LOGWARD_JIRA_TOKEN', WRONG_JIRA)
    vi.stubEnv('LOGWARD_JIRA_PROJECT', 'OPS')
    await writeFile(
      join(dir, 'logward.yml'),
      `log-level: debug\nalerts:\n  - name: r\n    when: { failed-tests: '>0' }\n    channels: [slack, jira]\n`,
    )
    for (const extra of [['--dry-run'], ['--dry-run', '--json'], [], ['--json']]) {
      const r = await runNotify([
        '--analysis',
        FIXTURE,
        '--config',
        join(dir, 'logward.yml'),
        '--alerts-state',
        join(dir, 'cli.json'),
        ...extra,
      ])
      seen.push(r.stdout, r.stderr)
    }
    expect(seen.at(-1)).toMatch(/invalid_auth/)
    vi.stubEnv('LOGWARD_SLACK_WEBHOOK_URL', 'ftp://hooks.test/services/PLANTED')
    const bad = await runNotify(['--analysis', FIXTURE, '--config', join(dir, 'logward.yml'), '--dry-run'])
    expect(bad.code).toBe(2)
    seen.push(bad.stdout, bad.stderr)
    expectClean()
  })

  it('settings errors name the setting, never the value', () => {
    for (const env of [
      { LOGWARD_JIRA_URL: 'PLANTED-not-a-url' },
      { LOGWARD_JIRA_EMAIL: 'PLANTED-not-an-email' },
      { LOGWARD_SLACK_API_URL: 'PLANTED' },
    ]) {
      try {
        resolveNotifySettings({ env })
        throw new Error('expected an error')
      } catch (error) {
        seen.push(describeError(error), inspect(error, { depth: 10 }))
      }
    }
    seen.push('x'.repeat(1000))
    expectClean()
  })
})
