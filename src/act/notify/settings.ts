import { z } from 'zod'
import { ConfigError } from '../../core/errors.js'
import { DEFAULT_STATE_PATH } from './state-file.js'
import { alertRulesSchema } from './rules.js'

/**
 * The alerting settings, kebab-case like every logward setting (ADR 0004), written to be spread into
 * `configSchema` (`...notifySettingsSchema.shape`). Until then, `resolveNotifySettings` reads them from
 * flags, `LOGWARD_*` environment variables and the config file. Secrets (tokens, the webhook URL) are
 * best given as environment variables or masked action inputs, not in `logward.yml`.
 */
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

export const notifySettingsSchema = z.object({
  // `prefault`, not `default`: the JSON schema the docs are made from then shows the default.
  alerts: alertRulesSchema
    .prefault([])
    .describe(
      'Alert rules: `- name, when: { failed-tests | new-error-templates | errors | error-rate | anomaly-score: "<threshold>", gate: fail|warn }, channels: [slack, jira], severity: critical|major|minor (major), cooldown: 6h`. All conditions of a rule must hold.',
    ),
  'alerts-state': z
    .string()
    .min(1)
    .default(DEFAULT_STATE_PATH)
    .describe(
      'JSON file remembering sent alerts (fingerprint → first alert, last sent, Slack thread, Jira issue) for deduplication and cooldowns. Cache it between CI runs.',
    ),
  'slack-token': z
    .string()
    .min(1)
    .optional()
    .describe('Slack bot token (xoxb-…, scope chat:write) for the Web API; enables threaded recurrences.'),
  'slack-channel': z
    .string()
    .min(1)
    .optional()
    .describe('Slack channel for alerts: an ID (C0123…) or a name. Needed with slack-token.'),
  'slack-api-url': httpUrl
    .optional()
    .describe('Slack Web API root (default https://slack.com/api/): for a proxy or a test server.'),
  'slack-webhook-url': httpUrl
    .optional()
    .describe(
      'Slack incoming-webhook URL: the alternative to slack-token. No threads: recurrences inside the cooldown are not posted.',
    ),
  'jira-url': httpUrl
    .optional()
    .describe(
      'Jira site root, e.g. https://acme.atlassian.net (Cloud) or https://jira.acme.com (Server/DC).',
    ),
  'jira-email': z
    .email({ error: 'must be an email address' })
    .optional()
    .describe(
      'Jira Cloud: the account email for basic auth with jira-token. Leave unset for Server/Data Center.',
    ),
  'jira-token': z
    .string()
    .min(1)
    .optional()
    .describe('Jira Cloud API token (with jira-email), or Server/Data Center personal access token.'),
  'jira-project': z
    .string()
    .min(1)
    .optional()
    .describe('Key of the Jira project alerts open issues in, e.g. OPS.'),
  'jira-issue-type': z.string().min(1).default('Bug').describe('Issue type of the issues alerts open.'),
  'jira-components': z
    .array(z.string().min(1))
    .default([])
    .describe('Components set on the issues alerts open (names that exist in the project).'),
  'kibana-url': httpUrl.optional().describe('A Kibana (Discover or dashboard) URL that alerts link to.'),
})

export type NotifySettings = z.output<typeof notifySettingsSchema>
export type NotifySettingKey = keyof NotifySettings

/** Environment variables read when the flag (or input) is not given. */
export const NOTIFY_ENV: Partial<Record<NotifySettingKey, string>> = {
  'slack-token': 'LOGWARD_SLACK_TOKEN',
  'slack-channel': 'LOGWARD_SLACK_CHANNEL',
  'slack-api-url': 'LOGWARD_SLACK_API_URL',
  'slack-webhook-url': 'LOGWARD_SLACK_WEBHOOK_URL',
  'jira-url': 'LOGWARD_JIRA_URL',
  'jira-email': 'LOGWARD_JIRA_EMAIL',
  'jira-token': 'LOGWARD_JIRA_TOKEN',
  'jira-project': 'LOGWARD_JIRA_PROJECT',
  'jira-issue-type': 'LOGWARD_JIRA_ISSUE_TYPE',
  'jira-components': 'LOGWARD_JIRA_COMPONENTS',
  'alerts-state': 'LOGWARD_ALERTS_STATE',
  'kibana-url': 'LOGWARD_KIBANA_URL',
}

/** Settings whose values are credentials: validation errors name them, never quote them. */
export const SECRET_SETTINGS: readonly NotifySettingKey[] = ['slack-token', 'slack-webhook-url', 'jira-token']

/**
 * Precedence: flags (or action inputs) > environment > config file > defaults. `flags` and `file` use
 * the setting names; empty strings count as unset, as an empty action input does.
 */
export function resolveNotifySettings(sources: {
  flags?: Partial<Record<NotifySettingKey, unknown>>
  env?: Record<string, string | undefined>
  file?: Partial<Record<NotifySettingKey, unknown>>
  /** Where `file` came from, for errors. */
  fileName?: string
}): NotifySettings {
  const merged: Record<string, unknown> = {}
  const origin: Record<string, string> = {}
  const put = (values: Record<string, unknown> | undefined, where: string) => {
    for (const [k, v] of Object.entries(values ?? {})) {
      if (v === undefined || v === '' || !(k in notifySettingsSchema.shape)) continue
      merged[k] = v
      origin[k] = where
    }
  }
  put(sources.file, sources.fileName ?? 'config file')
  const fromEnv: Record<string, unknown> = {}
  for (const [key, name] of Object.entries(NOTIFY_ENV)) {
    const v = sources.env?.[name]
    if (v !== undefined && v.trim() !== '')
      fromEnv[key] =
        key === 'jira-components'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : v.trim()
  }
  for (const [k, v] of Object.entries(fromEnv)) {
    merged[k] = v
    origin[k] = `environment (${NOTIFY_ENV[k as NotifySettingKey]})`
  }
  put(sources.flags, 'command line')
  const result = notifySettingsSchema.safeParse(merged)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const key = String(issue.path[0] ?? '')
    // A secret's value is never echoed: zod messages for strings and URLs do not quote the input.
    throw new ConfigError(`${origin[key] ?? 'settings'}: ${key}: ${issue.message}`, {
      hint: key === 'alerts' ? 'see docs/decisions/0008-alerts-slack-jira.md for the rule shape' : undefined,
    })
  }
  return result.data
}

/** The settings with credentials replaced, for `--dry-run` output and debug logs. */
export function redactSettings(settings: NotifySettings): Record<string, unknown> {
  const out: Record<string, unknown> = { ...settings }
  for (const key of SECRET_SETTINGS) if (out[key] !== undefined) out[key] = '[set]'
  return out
}
