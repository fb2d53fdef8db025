import type { RunAnalysis } from '../../analysis/model.js'
import { ConfigError, describeError, type LogwardError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import type { RetryOptions } from '../../core/retry.js'
import { deliverJira } from './deliver-jira.js'
import { deliverSlack } from './deliver-slack.js'
import { evaluateRules, type TriggeredRule } from './evaluate.js'
import { JiraAlertClient } from './jira/client.js'
import { alertLinks, type AlertLinks } from './links.js'
import { alertMetrics, type AlertMetrics } from './metrics.js'
import type { DeliveryContext, NotifyResult } from './result.js'
import type { NotifySettings } from './settings.js'
import type { SlackPoster } from './slack/poster.js'
import { slackWebApiPoster } from './slack/web-api.js'
import { slackWebhookPoster } from './slack/webhook.js'
import { loadAlertState, pruneAlertState, saveAlertState, type AlertState } from './state-file.js'

export interface SendAlertsOptions {
  logger?: Logger
  /** Evaluate and build every message, send nothing, write no state. */
  dryRun?: boolean
  /** The clock, for tests. */
  now?: Date
  /** Metrics computed outside the analysis: the anomaly score, the gate's verdict. */
  metrics?: Partial<AlertMetrics>
  /** Links to use instead of the ones built from the CI context (other CIs than GitHub). */
  links?: AlertLinks
  /** `GITHUB_SERVER_URL`, for GitHub Enterprise run and PR links. */
  serverUrl?: string
  /** Shorter waits, for tests. */
  retry?: RetryOptions
}

/**
 * Judge a run's analysis against the alert rules and send what is due: the API the action calls after
 * `analyze`, and what `logward notify` runs on a saved report.json. Delivery failures do not throw: they
 * are logged and returned in `errors` (one channel down must not hide the other, nor fail the analysis
 * step); misconfiguration throws a ConfigError before anything is sent.
 */
export async function sendAlerts(
  analysis: RunAnalysis,
  settings: NotifySettings,
  options: SendAlertsOptions = {},
): Promise<NotifyResult> {
  const dryRun = options.dryRun ?? false
  const logger = options.logger
  if (!dryRun) checkChannels(settings)
  const metrics = alertMetrics(analysis, options.metrics)
  const triggered = evaluateRules(settings.alerts, metrics, analysis, logger)
  const result: NotifyResult = {
    triggered: triggered.map((t) => ({ rule: t.rule.name, matched: t.matched, subjects: t.subjects.length })),
    actions: [],
    errors: [],
  }
  if (triggered.length === 0) {
    logger?.info(`alerts: no rule fired (${settings.alerts.length} rules)`)
    return result
  }
  const now = options.now ?? new Date()
  const statePath = settings['alerts-state']
  const state = pruneAlertState(await loadAlertState(statePath, logger), now.getTime())
  recordSightings(state, triggered, now.toISOString())
  const ctx: DeliveryContext = {
    analysis,
    links: alertLinks(analysis.ci, { kibana: settings['kibana-url'], ...options.links }, options.serverUrl),
    state,
    now,
    dryRun,
    ...(logger ? { logger } : {}),
    actions: result.actions,
    errors: result.errors,
  }
  const slack = triggered.some((t) => t.rule.channels.includes('slack'))
    ? slackPoster(settings, options, dryRun)
    : undefined
  const jira = jiraClient(settings, options, dryRun)
  const flavor = settings['jira-email'] ? 'cloud' : 'server'
  for (const t of triggered) {
    if (slack && t.rule.channels.includes('slack')) await deliverSlack(t, slack, ctx)
    if (t.rule.channels.includes('jira')) await deliverJira(t, jira, flavor, ctx)
  }
  if (!dryRun) {
    try {
      await saveAlertState(statePath, state)
      result.stateWritten = statePath
    } catch (error) {
      // What was sent stays sent; the next run may repeat it, which the caller should hear about.
      const e = error as LogwardError
      result.errors.push(e)
      logger?.error(`alerts: ${describeError(e)}`)
    }
  }
  return result
}

/** Count the run in each subject's memory; a first sighting starts its entry. */
function recordSightings(state: AlertState, triggered: readonly TriggeredRule[], now: string): void {
  for (const t of triggered) {
    for (const s of t.subjects) {
      const entry = state.alerts[s.fingerprint]
      if (entry) {
        entry.seen += 1
        entry.lastSeenAt = now
        entry.title = s.title
      } else {
        state.alerts[s.fingerprint] = {
          rule: t.rule.name,
          kind: s.kind,
          key: s.key,
          title: s.title,
          firstAlertAt: now,
          lastSeenAt: now,
          seen: 1,
        }
      }
    }
  }
}

/**
 * Every rule's channels must be usable before anything is sent, checked on every run (a green one too),
 * so that a missing token is found before the red run that needed it. Errors name settings, not values.
 */
function checkChannels(settings: NotifySettings): void {
  const uses = (channel: 'slack' | 'jira') => settings.alerts.filter((r) => r.channels.includes(channel))
  const slackRules = uses('slack')
  if (slackRules.length > 0) {
    const token = settings['slack-token']
    if (token && !settings['slack-channel'])
      throw new ConfigError('slack-token is set but slack-channel is not', {
        hint: 'set slack-channel (LOGWARD_SLACK_CHANNEL) to the channel ID alerts go to',
      })
    if (!token && !settings['slack-webhook-url'])
      throw new ConfigError(
        `rule "${slackRules[0]!.name}" sends to slack, but neither slack-token nor slack-webhook-url is set`,
        {
          hint: 'set LOGWARD_SLACK_TOKEN and LOGWARD_SLACK_CHANNEL (threads), or LOGWARD_SLACK_WEBHOOK_URL',
        },
      )
  }
  const jiraRules = uses('jira')
  if (jiraRules.length > 0) {
    const missing = (['jira-url', 'jira-token', 'jira-project'] as const).filter((k) => !settings[k])
    if (missing.length > 0)
      throw new ConfigError(`rule "${jiraRules[0]!.name}" sends to jira, but ${missing.join(', ')} not set`, {
        hint: 'set LOGWARD_JIRA_URL, LOGWARD_JIRA_TOKEN and LOGWARD_JIRA_PROJECT (and LOGWARD_JIRA_EMAIL for Jira Cloud)',
      })
  }
}

/**
 * The Web API when a token is set (threads), else the webhook. In a dry run without Slack settings, a
 * stand-in that threads like the Web API, so the plan shows what a full setup would do.
 */
function slackPoster(settings: NotifySettings, options: SendAlertsOptions, dryRun: boolean): SlackPoster {
  const common = {
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  }
  const token = settings['slack-token']
  const channel = settings['slack-channel']
  if (token && channel)
    return slackWebApiPoster({
      token,
      channel,
      ...(settings['slack-api-url'] ? { apiUrl: settings['slack-api-url'] } : {}),
      ...common,
    })
  const webhook = settings['slack-webhook-url']
  if (webhook) return slackWebhookPoster({ url: webhook, ...common })
  if (!dryRun) throw new ConfigError('Slack is not configured')
  return {
    via: 'web-api',
    threads: true,
    channel: channel ?? '<slack-channel>',
    post: () => Promise.reject(new Error('dry run')),
  }
}

function jiraClient(
  settings: NotifySettings,
  options: SendAlertsOptions,
  dryRun: boolean,
): JiraAlertClient | undefined {
  const url = settings['jira-url']
  const token = settings['jira-token']
  const project = settings['jira-project']
  if (dryRun || !url || !token || !project) return undefined
  return new JiraAlertClient({
    url,
    token,
    project,
    ...(settings['jira-email'] ? { email: settings['jira-email'] } : {}),
    issueType: settings['jira-issue-type'],
    components: settings['jira-components'],
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  })
}
