import type { RunAnalysis } from '../../analysis/model.js'
import type { LogwardError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import type { AlertChannel } from './errors.js'
import type { AlertLinks } from './links.js'
import type { AlertState } from './state-file.js'

/**
 * One thing alerting did (or, in a dry run, would do). `post`/`reply` are Slack top-level messages and
 * thread replies; `create`/`comment` are Jira issues and comments; `suppress` is a recurrence inside the
 * cooldown that sent nothing.
 */
export interface NotifyAction {
  channel: AlertChannel
  type: 'post' | 'reply' | 'create' | 'comment' | 'suppress'
  rule: string
  fingerprints: string[]
  /** Slack: `channel/ts` (ts absent for a webhook); Jira: the issue key. */
  target?: string
  dryRun: boolean
  ok: boolean
  /** Why it failed, or a note (dry run: what was not checked). Never holds a credential. */
  note?: string
  /** In a dry run: the message or issue that would be sent. */
  payload?: unknown
}

export interface NotifyResult {
  /** Rules that fired, with what matched and how many subjects. */
  triggered: { rule: string; matched: string[]; subjects: number }[]
  actions: NotifyAction[]
  /** Delivery failures; the other channels and rules went on. */
  errors: LogwardError[]
  /** Where the state was written (not in a dry run, nor when no rule fired). */
  stateWritten?: string
}

/** What the per-channel deliveries share for one run. */
export interface DeliveryContext {
  analysis: RunAnalysis
  links: AlertLinks
  state: AlertState
  now: Date
  dryRun: boolean
  logger?: Logger
  actions: NotifyAction[]
  errors: LogwardError[]
}
