import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startFakeJira, type FakeJira } from '../../helpers/fake-jira.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { runNotify } from './run-notify.js'
import { FIXTURE } from './runs.js'

const RULES = `alerts:
  - name: tests-failing
    when: { failed-tests: '>0' }
    channels: [slack, jira]
    severity: critical
    cooldown: 6h
`

let dir: string
let slack: FakeSlack
let jira: FakeJira
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-cli-notify-'))
  await writeFile(join(dir, 'alerts.yml'), RULES)
  await writeFile(join(dir, 'logward.yml'), `log-level: warn\nservice: web\n${RULES}`)
  slack = await startFakeSlack({ token: 'xoxb-cli-token' })
  jira = await startFakeJira({ flavor: 'server', token: 'cli-pat' })
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await slack.close()
  await jira.close()
  await rm(dir, { recursive: true, force: true })
})

function env(): void {
  vi.stubEnv('LOGWARD_SLACK_TOKEN', 'xoxb-cli-token')
  vi.stubEnv('LOGWARD_SLACK_CHANNEL', 'C0ALERTS')
  vi.stubEnv('LOGWARD_SLACK_API_URL', slack.apiUrl)
  vi.stubEnv('LOGWARD_JIRA_URL', jira.url)
  vi.stubEnv('LOGWARD_JIRA_TOKEN', 'cli-pat')
  vi.stubEnv('LOGWARD_JIRA_PROJECT', 'OPS')
}

describe('logward notify', () => {
  it('--dry-run prints what would be sent and sends nothing', async () => {
    const r = await runNotify([
      '--analysis',
      FIXTURE,
      '--alerts',
      join(dir, 'alerts.yml'),
      '--dry-run',
      '--config',
      join(dir, 'logward.yml'),
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'rule "tests-failing" fired (failed-tests 1 >0): 1 alert(s)',
        'slack: would post <slack-channel> — rule "tests-failing", 1 alert(s)',
        '    message: FAIL · tests-failing: 1 failing test: InventoryServiceTest.reservesStock',
        'jira: would create an issue — rule "tests-failing", 1 alert(s)',
        '    summary: [logward] tests-failing: InventoryServiceTest.reservesStock fails',
        '    Jira is not searched in a dry run: an open issue with the label would get a comment instead',
        '',
      ].join('\n'),
    )
    expect(slack.requests).toEqual([])
  })

  it('--dry-run --json prints the messages and issues in full', async () => {
    const r = await runNotify([
      '--analysis',
      FIXTURE,
      '--config',
      join(dir, 'logward.yml'),
      '--dry-run',
      '--json',
    ])
    const result = JSON.parse(r.stdout) as {
      actions: { payload: { blocks?: unknown[]; description?: unknown } }[]
    }
    expect(result.actions[0]!.payload.blocks).toHaveLength(4)
    expect(typeof result.actions[1]!.payload.description).toBe('string')
  })

  it('sends with settings from the environment and rules from logward.yml, then threads the recurrence', async () => {
    env()
    const state = join(dir, 'state.json')
    const first = await runNotify([
      '--analysis',
      FIXTURE,
      '--config',
      join(dir, 'logward.yml'),
      '--alerts-state',
      state,
    ])
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^slack: posted C0ALERTS\/\d+\.\d+ — rule "tests-failing"/m)
    expect(first.stdout).toMatch(/^jira: created OPS-1 — rule "tests-failing"/m)
    expect(first.stdout).toContain(`state: ${state}`)
    const second = await runNotify([
      '--analysis',
      FIXTURE,
      '--config',
      join(dir, 'logward.yml'),
      '--alerts-state',
      state,
    ])
    expect(second.stdout).toMatch(/^slack: replied in thread C0ALERTS\/\d+\.\d+/m)
    expect(second.stdout).toMatch(/^jira: commented on OPS-1/m)
    expect(slack.topLevel()).toHaveLength(1)
    expect(JSON.parse(await readFile(state, 'utf8'))).toHaveProperty('version', 1)
  })

  it('flags win over the environment; a failed delivery exits 1 with the hint', async () => {
    env()
    const r = await runNotify([
      '--analysis',
      FIXTURE,
      '--config',
      join(dir, 'logward.yml'),
      '--alerts-state',
      join(dir, 's.json'),
      '--slack-channel',
      'C0MISSING',
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /slack: could not post C0MISSING — rule "tests-failing", 1 alert\(s\)\n {4}Slack chat\.postMessage failed: channel_not_found/,
    )
    expect(r.stderr).toContain(
      'error: slack: rule "tests-failing": Slack chat.postMessage failed: channel_not_found',
    )
    expect(r.stderr).toContain('hint: check slack-channel (LOGWARD_SLACK_CHANNEL)')
    expect(jira.issues).toHaveLength(1)
  })

  it('usage and configuration errors exit 2', async () => {
    const noRules = await runNotify(['--analysis', FIXTURE, '--config', join(dir, 'alerts-none.yml')])
    expect(noRules.code).toBe(2)
    await writeFile(join(dir, 'empty.yml'), 'log-level: info\n')
    const none = await runNotify(['--analysis', FIXTURE, '--config', join(dir, 'empty.yml')])
    expect(none.stderr).toMatch(/error: no alert rules/)
    expect(none.code).toBe(2)
    const unconfigured = await runNotify([
      '--analysis',
      FIXTURE,
      '--alerts',
      join(dir, 'alerts.yml'),
      '--config',
      join(dir, 'empty.yml'),
    ])
    expect(unconfigured.code).toBe(2)
    expect(unconfigured.stderr).toMatch(/rule "tests-failing" sends to slack/)
    await writeFile(
      join(dir, 'bad.yml'),
      `alerts:\n  - name: x\n    when: { failed-tests: lots }\n    channels: [slack]\n`,
    )
    const bad = await runNotify([
      '--analysis',
      FIXTURE,
      '--alerts',
      join(dir, 'bad.yml'),
      '--dry-run',
      '--config',
      join(dir, 'empty.yml'),
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/bad\.yml: alerts: rule "x": when\.failed-tests: "lots" is not a threshold/)
    const missing = await runNotify([
      '--analysis',
      join(dir, 'nope.json'),
      '--dry-run',
      '--config',
      join(dir, 'logward.yml'),
    ])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(
      /nope\.json: cannot read \(ENOENT\)\n {2}hint: run `logward analyze` first/,
    )
  })
})
