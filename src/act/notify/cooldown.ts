import type { ChannelState } from './state-file.js'

/**
 * What a channel does with an alert that matched this run, from what it sent before:
 *
 * - `alert`: never sent (or forgotten): a new top-level Slack message; a Jira issue (or a comment when an
 *   open issue already carries the label).
 * - `follow-up`: inside the cooldown window and nothing followed up yet: a reply in the Slack thread, a
 *   Jira comment. At most one per window, so a test failing in every run of a busy day makes two messages
 *   per cooldown, not fifty.
 * - `suppress`: inside the window and already followed up: nothing is sent; the count goes in the state
 *   and into the next message.
 * - `reminder`: the window is over: a new top-level Slack message (a new thread), a Jira comment on the
 *   open issue (or a new issue if it was closed); the window starts again.
 *
 * The window starts when the top-level alert was sent, and is per channel: a channel that failed to send
 * tries again as `alert` next run while the other keeps its window.
 */
export type Delivery = 'alert' | 'follow-up' | 'suppress' | 'reminder'

export function decideDelivery(
  previous: ChannelState | undefined,
  now: number,
  cooldownMs: number,
): Delivery {
  if (!previous) return 'alert'
  const since = now - Date.parse(previous.alertedAt)
  // NaN (a damaged time) counts as "long ago".
  if (!(since < cooldownMs)) return 'reminder'
  return previous.followedUpAt === undefined ? 'follow-up' : 'suppress'
}

export function afterAlert(now: string, where: Partial<ChannelState> = {}): ChannelState {
  return { alertedAt: now, suppressed: 0, ...where }
}

export function afterFollowUp(previous: ChannelState, now: string): ChannelState {
  return { ...previous, followedUpAt: now, suppressed: 0 }
}

export function afterSuppress(previous: ChannelState): ChannelState {
  return { ...previous, suppressed: previous.suppressed + 1 }
}
