import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  fingerprintLabel,
  notifySettingsSchema,
  sendAlerts,
  type NotifySettings,
} from '../../../src/act/notify/index.js'
import { evaluateRules } from '../../../src/act/notify/evaluate.js'
import { alertMetrics } from '../../../src/act/notify/metrics.js'
import type { AlertState } from '../../../src/act/notify/state-file.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { startFakeJira, type FakeJira } from '../../helpers/fake-jira.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { at, failingRun, HOUR, otherFailure, passingRun } from './runs.js'

const SLACK_TOKEN = 'xoxb-test-slack-token'
const JIRA_EMAIL = 'ci@acme.test'
const JIRA_TOKEN = 'jira-test-token'
const FAST = { retries: 4, initialDelayMs: 1, maxDelayMs: 5 }

const RULES = [
  {
    name: 'tests-failing',
    when: { 'failed-tests': '>0' },
    channels: ['slack', 'jira'],
    severity: 'critical',
    cooldown: '6h',
  },
]

let slack: FakeSlack
let jira: FakeJira
let dir: string

async function readState(): Promise<AlertState> {
  return JSON.parse(await readFile(join(dir, 'alerts-state.json'), 'utf8')) as AlertState
}

describe.each(['cloud', 'server'] as const)('Slack Web API + Jira %s', (flavor) => {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logward-notify-'))
    slack = await startFakeSlack({ token: SLACK_TOKEN })
    jira = await startFakeJira({
      flavor,
      token: JIRA_TOKEN,
      ...(flavor === 'cloud' ? { email: JIRA_EMAIL } : {}),
    })
  })
  afterEach(async () => {
    await slack.close()
    await jira.close()
    await rm(dir, { recursive: true, force: true })
  })

  const settings = (over: Record<string, unknown> = {}): NotifySettings =>
    notifySettingsSchema.parse({
      alerts: RULES,
      'alerts-state': join(dir, 'alerts-state.json'),
      'slack-token': SLACK_TOKEN,
      'slack-channel': 'C0ALERTS',
      'slack-api-url': slack.apiUrl,
      'jira-url': jira.url,
      'jira-token': JIRA_TOKEN,
      ...(flavor === 'cloud' ? { 'jira-email': JIRA_EMAIL } : {}),
      'jira-project': 'OPS',
      'kibana-url': 'https://kibana.acme.test/app/discover#/view/ci',
      ...over,
    })
  const send = (analysis = failingRun(), when = at(0), over: Record<string, unknown> = {}) =>
    sendAlerts(analysis, settings(over), { now: when, retry: FAST, logger: memoryLogger() })

  it('first failing run: one Slack message and one Jira issue', async () => {
    const result = await send()
    expect(result.errors).toEqual([])
    expect(slack.messages).toHaveLength(1)
    const msg = slack.messages[0]!
    expect(msg.thread_ts).toBeUndefined()
    expect(msg.text).toBe('FAIL · tests-failing: 1 failing test: InventoryServiceTest.reservesStock')
    expect(msg.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context'])
    expect(msg.blocks[0]!.text!.text).toBe(':red_circle: FAIL · tests-failing')
    expect(msg.blocks[1]!.text!.text).toContain('• 1 test failed (of 8)')
    expect(msg.blocks[2]!.fields![0]!.text).toContain(
      '`InventoryServiceTest.reservesStock` — expected reserved=3 but was 0',
    )
    const context = msg.blocks[3]!.elements!.map((e) => e.text).join(' ')
    expect(context).toContain('<https://github.com/acme/shop/actions/runs/1001|Run 1001>')
    expect(context).toContain('<https://github.com/acme/shop/pull/7|PR #7>')
    expect(context).toContain('|Kibana>')

    expect(jira.issues).toHaveLength(1)
    const issue = jira.issues[0]!
    const fp = result.actions.find((a) => a.channel === 'jira')!.fingerprints[0]!
    expect(issue).toMatchObject({
      project: 'OPS',
      issueType: 'Bug',
      priority: 'Highest',
      labels: ['logward', fingerprintLabel(fp)],
      summary: '[logward] tests-failing: InventoryServiceTest.reservesStock fails',
      api: flavor === 'cloud' ? '3' : '2',
    })
    if (flavor === 'cloud') {
      expect(issue.description).toMatchObject({ type: 'doc', version: 1 })
      expect(JSON.stringify(issue.description)).toContain('expected reserved=3 but was 0')
    } else {
      expect(typeof issue.description).toBe('string')
      expect(issue.description).toContain('h3. Failing tests (1)')
      expect(issue.description).toContain('{noformat}')
    }

    const state = await readState()
    expect(state.alerts[fp]).toMatchObject({
      rule: 'tests-failing',
      kind: 'test',
      seen: 1,
      firstAlertAt: at(0).toISOString(),
      lastSentAt: at(0).toISOString(),
      slack: { channel: 'C0ALERTS', ts: msg.ts, alertedAt: at(0).toISOString() },
      jira: { issueKey: issue.key },
    })
  })

  it('second run with the same failure: a threaded reply and a Jira comment, no new issue', async () => {
    await send(failingRun('1001'), at(0))
    const result = await send(failingRun('1002'), at(1 * HOUR))
    expect(result.errors).toEqual([])
    expect(slack.topLevel()).toHaveLength(1)
    const first = slack.topLevel()[0]!
    expect(slack.replies(first.ts)).toHaveLength(1)
    expect(slack.replies(first.ts)[0]!.blocks[0]!.text!.text).toMatch(
      /Seen again\* in <.*runs\/1002\|Run 1002>/,
    )
    expect(jira.issues).toHaveLength(1)
    expect(jira.issues[0]!.comments).toHaveLength(1)
    expect(JSON.stringify(jira.issues[0]!.comments[0]!.body)).toContain('Seen again')
    expect(result.actions.map((a) => `${a.channel}:${a.type}`)).toEqual(['slack:reply', 'jira:comment'])
    const [entry] = Object.values((await readState()).alerts)
    expect(entry).toMatchObject({ seen: 2, slack: { followedUpAt: at(HOUR).toISOString() } })
  })

  it('at most one follow-up per cooldown window; the rest are counted and told later', async () => {
    await send(failingRun('1'), at(0))
    await send(failingRun('2'), at(1 * HOUR))
    const third = await send(failingRun('3'), at(2 * HOUR))
    const fourth = await send(failingRun('4'), at(3 * HOUR))
    expect(third.actions.map((a) => `${a.channel}:${a.type}`)).toEqual(['slack:suppress', 'jira:suppress'])
    expect(fourth.actions.every((a) => a.type === 'suppress')).toBe(true)
    expect(slack.messages).toHaveLength(2)
    expect(jira.issues[0]!.comments).toHaveLength(1)
    const [entry] = Object.values((await readState()).alerts)
    expect(entry).toMatchObject({ seen: 4, slack: { suppressed: 2 }, jira: { suppressed: 2 } })
  })

  it('after the cooldown: a new top-level message (new thread) and a comment on the open issue', async () => {
    await send(failingRun('1'), at(0))
    await send(failingRun('2'), at(1 * HOUR))
    await send(failingRun('3'), at(2 * HOUR))
    const later = await send(failingRun('4'), at(7 * HOUR))
    expect(later.actions.map((a) => `${a.channel}:${a.type}`)).toEqual(['slack:post', 'jira:comment'])
    expect(slack.topLevel()).toHaveLength(2)
    const reminder = slack.topLevel()[1]!
    expect(reminder.blocks[2]!.fields![0]!.text).toMatch(/again: first alerted <!date\^\d+\^/)
    expect(jira.issues).toHaveLength(1)
    expect(jira.issues[0]!.comments).toHaveLength(2)
    const [entry] = Object.values((await readState()).alerts)
    // The window starts again: the next recurrence is a reply in the new thread.
    expect(entry!.slack).toMatchObject({
      ts: reminder.ts,
      alertedAt: at(7 * HOUR).toISOString(),
      suppressed: 0,
    })
    expect(entry!.slack!.followedUpAt).toBeUndefined()
    await send(failingRun('5'), at(8 * HOUR))
    expect(slack.replies(reminder.ts)).toHaveLength(1)
  })

  it('a different failure has a new fingerprint: a new message and a new issue', async () => {
    const one = await send(failingRun('1'), at(0))
    const two = await send(otherFailure('2'), at(HOUR))
    expect(one.actions[0]!.fingerprints).not.toEqual(two.actions[0]!.fingerprints)
    expect(slack.topLevel()).toHaveLength(2)
    expect(jira.issues.map((i) => i.summary)).toEqual([
      '[logward] tests-failing: InventoryServiceTest.reservesStock fails',
      '[logward] tests-failing: PaymentServiceTest.refundsPayment fails',
    ])
    expect(Object.keys((await readState()).alerts)).toHaveLength(2)
  })

  it('a closed issue is not reopened by comment: a recurrence after it is Done opens a new one', async () => {
    await send(failingRun('1'), at(0))
    jira.resolve(jira.issues[0]!.key)
    await send(failingRun('2'), at(HOUR))
    expect(jira.issues).toHaveLength(2)
    expect(jira.issues[0]!.comments).toHaveLength(0)
    expect(jira.issues[1]!.labels).toEqual(jira.issues[0]!.labels)
  })

  it('a lost state file (a fresh runner) still finds the open issue by its label', async () => {
    await send(failingRun('1'), at(0))
    await rm(join(dir, 'alerts-state.json'))
    await send(failingRun('2'), at(HOUR))
    expect(jira.issues).toHaveLength(1)
    expect(jira.issues[0]!.comments).toHaveLength(1)
    // Slack has no such memory: without the state the recurrence is a new message.
    expect(slack.topLevel()).toHaveLength(2)
  })

  it('a passing run sends nothing and writes no state', async () => {
    const result = await send(passingRun(), at(0))
    expect(result.triggered).toEqual([])
    expect(slack.messages).toEqual([])
    expect(jira.requests).toEqual([])
    await expect(readFile(join(dir, 'alerts-state.json'))).rejects.toThrow()
  })

  it('dry run: builds everything, sends nothing, writes no state', async () => {
    const result = await sendAlerts(failingRun(), settings(), { now: at(0), dryRun: true })
    expect(result.actions.map((a) => [a.channel, a.type, a.dryRun])).toEqual([
      ['slack', 'post', true],
      ['jira', 'create', true],
    ])
    expect(result.actions[0]!.payload).toMatchObject({
      text: 'FAIL · tests-failing: 1 failing test: InventoryServiceTest.reservesStock',
    })
    expect(result.actions[1]!.payload).toMatchObject({ summary: expect.stringContaining('reservesStock') })
    expect(slack.requests).toEqual([])
    expect(jira.requests).toEqual([])
    await expect(readFile(join(dir, 'alerts-state.json'))).rejects.toThrow()
  })
})

describe('one rule, many subjects', () => {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logward-notify-'))
    slack = await startFakeSlack({ token: SLACK_TOKEN })
    jira = await startFakeJira({ flavor: 'cloud', email: JIRA_EMAIL, token: JIRA_TOKEN, pageSize: 2 })
  })
  afterEach(async () => {
    await slack.close()
    await jira.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('new templates share one message; open issues are found through paginated search, the rest share a new issue', async () => {
    const s = notifySettingsSchema.parse({
      alerts: [{ name: 'new-errors', when: { 'new-error-templates': '>=1' }, channels: ['slack', 'jira'] }],
      'alerts-state': join(dir, 'state.json'),
      'slack-token': SLACK_TOKEN,
      'slack-channel': 'C0ALERTS',
      'slack-api-url': slack.apiUrl,
      'jira-url': jira.url,
      'jira-email': JIRA_EMAIL,
      'jira-token': JIRA_TOKEN,
      'jira-project': 'OPS',
    })
    const a = failingRun('1')
    const fps = evaluateRules(s.alerts, alertMetrics(a), a)[0]!.subjects.map((x) => x.fingerprint)
    expect(fps).toHaveLength(5)
    // Three templates already have open issues (a lost state file; an older run): with a page size of 2
    // the search needs two pages to find them all.
    const seeded = fps
      .slice(0, 3)
      .map((fp) => jira.seed({ project: 'OPS', labels: ['logward', fingerprintLabel(fp)] }))
    jira.seed({ project: 'OPS', labels: ['logward', fingerprintLabel(fps[0]!)], status: 'Done' })

    await sendAlerts(a, s, { now: at(0), retry: FAST })
    expect(slack.messages).toHaveLength(1)
    expect(slack.messages[0]!.blocks[2]!.fields![0]!.text).toMatch(/^\*New error templates \(5\)\*/)
    expect(seeded.map((i) => i.comments.length)).toEqual([1, 1, 1])
    const created = jira.issues.filter((i) => i.summary.startsWith('[logward]'))
    expect(created).toHaveLength(1)
    expect(created[0]!.labels).toEqual(['logward', ...fps.slice(3).map(fingerprintLabel)])
    expect(created[0]!.summary).toMatch(/^\[logward\] new-errors: 2 new error templates: /)
    expect(created[0]!.priority).toBe('High')
    const searches = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql')
    expect(searches).toHaveLength(2)
    expect(JSON.parse(searches[1]!.body)).toHaveProperty('nextPageToken')

    await sendAlerts(failingRun('2'), s, { now: at(HOUR), retry: FAST })
    expect(jira.issues.filter((i) => i.summary.startsWith('[logward]'))).toHaveLength(1)
    expect([...seeded, created[0]!].map((i) => i.comments.length)).toEqual([2, 2, 2, 1])
    expect(slack.replies(slack.messages[0]!.ts)).toHaveLength(1)
    expect(jira.requests.some((r) => r.path === '/rest/api/3/search')).toBe(false)
  })

  it('Server/DC pages with startAt/maxResults/total', async () => {
    await jira.close()
    jira = await startFakeJira({ flavor: 'server', token: JIRA_TOKEN, pageSize: 2 })
    const s = notifySettingsSchema.parse({
      alerts: [{ name: 'new-errors', when: { 'new-error-templates': '>=1' }, channels: ['jira'] }],
      'alerts-state': join(dir, 'state.json'),
      'jira-url': jira.url,
      'jira-token': JIRA_TOKEN,
      'jira-project': 'OPS',
    })
    const a = failingRun('1')
    const fps = evaluateRules(s.alerts, alertMetrics(a), a)[0]!.subjects.map((x) => x.fingerprint)
    const seeded = fps.map((fp) => jira.seed({ project: 'OPS', labels: ['logward', fingerprintLabel(fp)] }))
    const result = await sendAlerts(a, s, { now: at(0), retry: FAST })
    expect(result.errors).toEqual([])
    expect(seeded.map((i) => i.comments.length)).toEqual([1, 1, 1, 1, 1])
    expect(typeof seeded[0]!.comments[0]!.body).toBe('string')
    const searches = jira.requests
      .filter((r) => r.path === '/rest/api/2/search')
      .map((r) => JSON.parse(r.body))
    expect(searches.map((b: { startAt: number }) => b.startAt)).toEqual([0, 2, 4])
  })
})
