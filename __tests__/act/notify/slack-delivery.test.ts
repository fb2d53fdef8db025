import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AlertDeliveryError, notifySettingsSchema, sendAlerts } from '../../../src/act/notify/index.js'
import { slackWebApiPoster } from '../../../src/act/notify/slack/web-api.js'
import { slackWebhookPoster } from '../../../src/act/notify/slack/webhook.js'
import { ConfigError, describeError } from '../../../src/core/errors.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { at, failingRun, HOUR } from './runs.js'

const TOKEN = 'xoxb-delivery-token'
const FAST = { retries: 4, initialDelayMs: 1, maxDelayMs: 5 }
const MESSAGE = {
  text: 'hello',
  blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'hi' } }],
}

let slack: FakeSlack
let dir: string
beforeEach(async () => {
  slack = await startFakeSlack({ token: TOKEN, channels: ['C0ALERTS', 'C0PRIVATE'], memberOf: ['C0ALERTS'] })
  dir = await mkdtemp(join(tmpdir(), 'logward-slack-'))
})
afterEach(async () => {
  await slack.close()
  await rm(dir, { recursive: true, force: true })
})

async function failure(promise: Promise<unknown>): Promise<AlertDeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AlertDeliveryError)
  return error as AlertDeliveryError
}

describe('Slack Web API errors', () => {
  const poster = (over: { token?: string; channel?: string } = {}) =>
    slackWebApiPoster({ token: TOKEN, channel: 'C0ALERTS', apiUrl: slack.apiUrl, retry: FAST, ...over })

  it('ok:false codes become errors with hints, not retried', async () => {
    const cases: [Parameters<typeof poster>[0], string, RegExp][] = [
      [{ token: 'xoxb-wrong' }, 'invalid_auth', /slack-token \(LOGWARD_SLACK_TOKEN\)/],
      [{ channel: 'C0NOPE' }, 'channel_not_found', /slack-channel \(LOGWARD_SLACK_CHANNEL\)/],
      [{ channel: 'C0PRIVATE' }, 'not_in_channel', /\/invite/],
    ]
    for (const [over, code, hint] of cases) {
      const before = slack.requests.length
      const e = await failure(poster(over).post(MESSAGE))
      expect(e.message).toBe(`Slack chat.postMessage failed: ${code}`)
      expect(e.code).toBe(code)
      expect(e.retriable).toBe(false)
      expect(e.hint).toMatch(hint)
      expect(slack.requests.length - before).toBe(1)
    }
  })

  it('msg_too_long and friends say it is a bug', async () => {
    slack.failNext('msg_too_long')
    const e = await failure(poster().post(MESSAGE))
    expect(e.hint).toMatch(/this is a bug/)
  })

  it('retries a 429 after Retry-After, with the SDK’s own retries off', async () => {
    const logger = memoryLogger()
    slack.rateLimit(2, 1)
    const started = Date.now()
    const result = await slackWebApiPoster({
      token: TOKEN,
      channel: 'C0ALERTS',
      apiUrl: slack.apiUrl,
      logger,
      retry: { ...FAST, maxDelayMs: 5_000 },
    }).post(MESSAGE)
    expect(result.ts).toBeDefined()
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
    expect(slack.requests.map((r) => r.status)).toEqual([429, 429, 200])
    const waits = logger.entries.filter((e) => e.level === 'warn').map((e) => e.message)
    expect(waits).toEqual([
      'Slack chat.postMessage: ratelimited; retrying in 1.0 s (attempt 1)',
      'Slack chat.postMessage: ratelimited; retrying in 1.0 s (attempt 2)',
    ])
  })

  it('gives up on a rate limit that outlasts the attempts', async () => {
    slack.rateLimit(10, 0)
    const e = await failure(poster().post(MESSAGE))
    expect(e.code).toBe('ratelimited')
    expect(e.retriable).toBe(true)
    expect(slack.requests).toHaveLength(4)
  })

  it('transient Slack errors are retried', async () => {
    slack.failNext('internal_error', 2)
    await poster().post(MESSAGE)
    expect(slack.messages).toHaveLength(1)
  })

  it('an unreachable API is a retriable network error', async () => {
    const e = await failure(
      slackWebApiPoster({
        token: TOKEN,
        channel: 'C0ALERTS',
        apiUrl: 'http://127.0.0.1:9/api/',
        retry: { retries: 2, initialDelayMs: 1 },
      }).post(MESSAGE),
    )
    expect(e.retriable).toBe(true)
    expect(e.message).toMatch(/^Slack chat\.postMessage failed: /)
  })
})

describe('Slack incoming webhook', () => {
  const settings = (over: Record<string, unknown> = {}) =>
    notifySettingsSchema.parse({
      alerts: [
        { name: 'tests-failing', when: { 'failed-tests': '>0' }, channels: ['slack'], cooldown: '6h' },
      ],
      'alerts-state': join(dir, 'state.json'),
      'slack-webhook-url': slack.webhookUrl,
      ...over,
    })

  it('posts the Block Kit alert; recurrences inside the cooldown are not posted (no threads)', async () => {
    const first = await sendAlerts(failingRun('1'), settings(), { now: at(0), retry: FAST })
    expect(first.actions).toMatchObject([{ channel: 'slack', type: 'post', target: 'webhook', ok: true }])
    expect(slack.messages).toHaveLength(1)
    expect(slack.messages[0]).toMatchObject({
      via: 'webhook',
      text: 'FAIL · tests-failing: 1 failing test: InventoryServiceTest.reservesStock',
    })
    expect(slack.messages[0]!.blocks[0]!.type).toBe('header')

    const second = await sendAlerts(failingRun('2'), settings(), { now: at(HOUR), retry: FAST })
    expect(second.actions).toMatchObject([{ type: 'suppress', note: expect.stringMatching(/no threads/) }])
    expect(slack.messages).toHaveLength(1)

    const later = await sendAlerts(failingRun('3'), settings(), { now: at(7 * HOUR), retry: FAST })
    expect(later.actions).toMatchObject([{ type: 'post', ok: true }])
    expect(slack.messages).toHaveLength(2)
    expect(slack.messages[1]!.blocks[2]!.fields![0]!.text).toMatch(/again: first alerted/)
  })

  it('the Web API wins when both are set (it can thread)', async () => {
    await sendAlerts(
      failingRun(),
      settings({ 'slack-token': TOKEN, 'slack-channel': 'C0ALERTS', 'slack-api-url': slack.apiUrl }),
      { now: at(0), retry: FAST },
    )
    expect(slack.messages.map((m) => m.via)).toEqual(['web-api'])
  })

  it('webhook errors carry hints and never the URL', async () => {
    const gone = slack.webhookUrl.replace('fake-webhook-secret', 'removed-hook')
    const e = await failure(slackWebhookPoster({ url: gone, retry: FAST }).post(MESSAGE))
    expect(e.message).toBe('Slack webhook failed: no_service')
    expect(e.hint).toMatch(/slack-webhook-url/)
    expect(describeError(e)).not.toContain('removed-hook')
    slack.rateLimit(1, 0)
    await slackWebhookPoster({ url: slack.webhookUrl, retry: FAST }).post(MESSAGE)
    expect(slack.requests.slice(-2).map((r) => r.status)).toEqual([429, 200])
    const down = await failure(
      slackWebhookPoster({ url: 'http://127.0.0.1:9/services/x', retry: { retries: 1 } }).post(MESSAGE),
    )
    expect(down.message).toMatch(/^Slack webhook request failed \(/)
    expect(describeError(down)).not.toContain('/services/x')
  })
})

describe('configuration checks', () => {
  it('a rule that sends to a channel that is not configured fails before sending anything', async () => {
    const base = {
      alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack', 'jira'] }],
      'alerts-state': join(dir, 'state.json'),
    }
    const e = await sendAlerts(failingRun(), notifySettingsSchema.parse(base)).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ConfigError)
    expect((e as ConfigError).message).toBe(
      'rule "r" sends to slack, but neither slack-token nor slack-webhook-url is set',
    )
    await expect(
      sendAlerts(failingRun(), notifySettingsSchema.parse({ ...base, 'slack-token': TOKEN })),
    ).rejects.toThrow(/slack-token is set but slack-channel is not/)
    await expect(
      sendAlerts(
        failingRun(),
        notifySettingsSchema.parse({ ...base, 'slack-webhook-url': slack.webhookUrl }),
      ),
    ).rejects.toThrow('rule "r" sends to jira, but jira-url, jira-token, jira-project not set')
    expect(slack.requests).toEqual([])
  })

  it('a state path that cannot be read fails before anything is sent', async () => {
    await writeFile(join(dir, 'not-a-dir'), 'x')
    const settings = notifySettingsSchema.parse({
      alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack'] }],
      'alerts-state': join(dir, 'not-a-dir', 'state.json'),
      'slack-webhook-url': slack.webhookUrl,
    })
    await expect(sendAlerts(failingRun(), settings, { now: at(0), retry: FAST })).rejects.toThrow(
      /^cannot read the alert state .*not-a-dir\/state\.json: ENOTDIR/,
    )
    expect(slack.messages).toEqual([])
  })

  it('a delivery failure is returned, and the other channel still goes', async () => {
    const { startFakeJira } = await import('../../helpers/fake-jira.js')
    const jira = await startFakeJira({ flavor: 'server', token: 'pat' })
    try {
      const result = await sendAlerts(
        failingRun(),
        notifySettingsSchema.parse({
          alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack', 'jira'] }],
          'alerts-state': join(dir, 'state.json'),
          'slack-token': TOKEN,
          'slack-channel': 'C0NOPE',
          'slack-api-url': slack.apiUrl,
          'jira-url': jira.url,
          'jira-token': 'pat',
          'jira-project': 'OPS',
        }),
        { now: at(0), retry: FAST, logger: memoryLogger() },
      )
      expect(result.errors.map((e) => e.message)).toEqual([
        'Slack chat.postMessage failed: channel_not_found',
      ])
      expect(result.actions.map((a) => [a.channel, a.ok])).toEqual([
        ['slack', false],
        ['jira', true],
      ])
      expect(jira.issues).toHaveLength(1)
      // The failed channel is tried again as new next run; Jira follows up.
      const next = await sendAlerts(
        failingRun('2'),
        notifySettingsSchema.parse({
          alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack', 'jira'] }],
          'alerts-state': join(dir, 'state.json'),
          'slack-token': TOKEN,
          'slack-channel': 'C0ALERTS',
          'slack-api-url': slack.apiUrl,
          'jira-url': jira.url,
          'jira-token': 'pat',
          'jira-project': 'OPS',
        }),
        { now: at(HOUR), retry: FAST },
      )
      expect(next.actions.map((a) => `${a.channel}:${a.type}`)).toEqual(['slack:post', 'jira:comment'])
    } finally {
      await jira.close()
    }
  })
})
