import { describe, expect, it } from 'vitest'
import { formatDuration, holds, parseDuration, parseThreshold } from '../../../src/act/notify/conditions.js'
import { parseAlertRules, parseAlertRulesText } from '../../../src/act/notify/rules.js'
import { resolveNotifySettings } from '../../../src/act/notify/settings.js'
import { ConfigError } from '../../../src/core/errors.js'

const rule = (over: Record<string, unknown> = {}) => ({
  name: 'tests-failing',
  when: { 'failed-tests': '>0' },
  channels: ['slack', 'jira'],
  ...over,
})

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('thresholds and durations', () => {
  it('parses comparisons, percentages and fractions', () => {
    expect(parseThreshold('>0', false)).toEqual({ op: '>', value: 0, text: '>0' })
    expect(parseThreshold(' >= 1 ', false)).toMatchObject({ op: '>=', value: 1 })
    expect(parseThreshold('>5%', true)).toMatchObject({ op: '>', value: 0.05 })
    expect(parseThreshold('=0', false)).toMatchObject({ op: '==', value: 0 })
    expect(parseThreshold('>=0.8', false)).toMatchObject({ op: '>=', value: 0.8 })
    expect(parseThreshold('>5%', false)).toHaveProperty('error')
    expect(parseThreshold('more than 3', false)).toHaveProperty('error')
  })

  it('compares with tolerance for floating-point noise', () => {
    expect(holds(1 / 20, parseThreshold('==5%', true) as never)).toBe(true)
    expect(holds(0.05, parseThreshold('>5%', true) as never)).toBe(false)
    expect(holds(0.0501, parseThreshold('>5%', true) as never)).toBe(true)
    expect(holds(1, parseThreshold('>=1', false) as never)).toBe(true)
    expect(holds(0, parseThreshold('>0', false) as never)).toBe(false)
  })

  it('parses durations with units', () => {
    expect(parseDuration('6h')).toBe(6 * 3_600_000)
    expect(parseDuration('30m')).toBe(1_800_000)
    expect(parseDuration('1.5d')).toBe(36 * 3_600_000)
    expect(parseDuration('0')).toBe(0)
    expect(parseDuration('6')).toHaveProperty('error')
    expect(formatDuration(6 * 3_600_000)).toBe('6h')
    expect(formatDuration(90 * 60_000)).toBe('90m')
  })
})

describe('alert rule schema', () => {
  it('applies defaults: severity major, cooldown 6h; dedupes channels', () => {
    const [r] = parseAlertRules([rule({ channels: ['slack', 'slack'] })], 'test')
    expect(r).toEqual({
      name: 'tests-failing',
      when: { 'failed-tests': '>0' },
      channels: ['slack'],
      severity: 'major',
      cooldown: '6h',
    })
  })

  it('accepts every condition of the issue', () => {
    const rules = parseAlertRules(
      {
        alerts: [
          rule(),
          rule({ name: 'new', when: { 'new-error-templates': '>=1' } }),
          rule({ name: 'rate', when: { 'error-rate': '>5%' }, severity: 'minor', cooldown: '30m' }),
          rule({ name: 'anomaly', when: { 'anomaly-score': '>=0.8' } }),
          rule({ name: 'gate', when: { gate: 'fail' } }),
          rule({ name: 'errors', when: { errors: '>100', 'error-rate': '>1%' } }),
        ],
      },
      'logward.yml',
    )
    expect(rules.map((r) => r.name)).toEqual(['tests-failing', 'new', 'rate', 'anomaly', 'gate', 'errors'])
  })

  it('names the rule in every error', () => {
    const cases: [unknown, RegExp][] = [
      [
        [rule({ when: { 'failed-tests': 'lots' } })],
        /rule "tests-failing": when\.failed-tests: "lots" is not a threshold/,
      ],
      [
        [rule({ when: { 'failed-tests': 1 } })],
        /rule "tests-failing": when\.failed-tests: write a threshold in quotes/,
      ],
      [
        [rule({ when: { 'failed-test': '>0' } })],
        /rule "tests-failing": when: Unrecognized key: "failed-test"/,
      ],
      [[rule({ when: {} })], /rule "tests-failing": when: needs at least one condition/],
      [[rule({ channels: ['email'] })], /rule "tests-failing": channels\.0: /],
      [[rule({ channels: [] })], /rule "tests-failing": channels: name at least one channel/],
      [[rule({ severity: 'blocker' })], /rule "tests-failing": severity: /],
      [[rule({ cooldown: '6 hours' })], /rule "tests-failing": cooldown: "6 hours" is not a duration/],
      [[rule({ when: { 'new-error-templates': '>2%' } })], /percentage only makes sense for error-rate/],
      [[rule({ when: { gate: 'red' } })], /rule "tests-failing": when\.gate: gate is `fail`/],
      [[rule(), rule()], /rule "tests-failing": two rules have this name/],
      [[{ when: { 'failed-tests': '>0' }, channels: ['slack'] }], /rule #1: name: /],
    ]
    for (const [input, message] of cases) {
      const e = errorOf(() => parseAlertRules(input, 'logward.yml'))
      expect(e.message).toMatch(/^logward\.yml: alerts: /)
      expect(e.message).toMatch(message)
    }
  })

  it('reads YAML text, and explains an unquoted >', () => {
    const rules = parseAlertRulesText(
      `alerts:
  - name: tests-failing
    when: { failed-tests: '>0' }
    channels: [slack, jira]
    severity: critical
    cooldown: 6h
`,
      'alerts.yml',
    )
    expect(rules[0]).toMatchObject({ severity: 'critical', cooldown: '6h' })
    const e = errorOf(() =>
      parseAlertRulesText(
        `alerts:\n  - name: x\n    when: { failed-tests: >0 }\n    channels: [slack]\n`,
        'alerts.yml',
      ),
    )
    expect(e.message).toMatch(/alerts\.yml/)
  })

  it('rejects a non-list', () => {
    expect(errorOf(() => parseAlertRules({ alerts: { name: 'x' } }, 'f')).message).toMatch(/must be a list/)
  })
})

describe('settings', () => {
  it('flags > environment > config file > defaults', () => {
    const s = resolveNotifySettings({
      file: { 'slack-channel': 'C-file', 'jira-project': 'FILE', alerts: [rule()] },
      env: { LOGWARD_SLACK_CHANNEL: 'C-env', LOGWARD_JIRA_COMPONENTS: 'api, web', LOGWARD_JIRA_TOKEN: 'tok' },
      flags: { 'slack-channel': 'C-flag', 'jira-url': undefined },
    })
    expect(s['slack-channel']).toBe('C-flag')
    expect(s['jira-project']).toBe('FILE')
    expect(s['jira-components']).toEqual(['api', 'web'])
    expect(s['jira-issue-type']).toBe('Bug')
    expect(s['alerts-state']).toBe('.logward/alerts-state.json')
    expect(s.alerts).toHaveLength(1)
  })

  it('says where a bad value came from without quoting it', () => {
    const e = errorOf(() =>
      resolveNotifySettings({ env: { LOGWARD_SLACK_WEBHOOK_URL: 'not-a-url-SECRET-PART' } }),
    )
    expect(e.message).toBe(
      'environment (LOGWARD_SLACK_WEBHOOK_URL): slack-webhook-url: must be an http(s) URL',
    )
    expect(e.message).not.toContain('SECRET')
  })
})

describe('settings schema, as the config schema will hold it', () => {
  it('spreads into a strict config object and yields a JSON schema for the docs', async () => {
    const { z } = await import('zod')
    const { notifySettingsSchema } = await import('../../../src/act/notify/settings.js')
    const config = z.strictObject({ 'log-level': z.string().default('info'), ...notifySettingsSchema.shape })
    const json = z.toJSONSchema(config, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { type?: string; default?: unknown; description?: string }>
    }
    expect(json.properties.alerts).toMatchObject({ type: 'array', default: [] })
    expect(json.properties['alerts-state']).toMatchObject({ default: '.logward/alerts-state.json' })
    expect(json.properties['jira-issue-type']).toMatchObject({ default: 'Bug' })
    expect(json.properties['slack-token']!.description).toMatch(/xoxb/)
    const parsed = config.parse({ alerts: [rule()], 'slack-channel': 'C1' })
    expect(parsed.alerts[0]!.cooldown).toBe('6h')
  })
})
