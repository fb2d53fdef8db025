import { describeError, LogwardError } from '../../core/errors.js'
import { afterAlert, afterFollowUp, afterSuppress, decideDelivery } from './cooldown.js'
import type { TriggeredRule } from './evaluate.js'
import type { DeliveryContext } from './result.js'
import { alertMessage, followUpMessage, type SubjectLine } from './slack/blocks.js'
import type { SlackPoster } from './slack/poster.js'

/**
 * One rule's alerts to Slack: the subjects due a top-level alert (new, or cooldown over) share one
 * message; recurrences inside the cooldown get one reply per thread they belong to; the rest are counted.
 * The state of a subject changes only when its message went out, so a failed post is tried again as new
 * next run. A dry run goes through the same steps without posting (its state is never saved).
 */
export async function deliverSlack(
  t: TriggeredRule,
  poster: SlackPoster,
  ctx: DeliveryContext,
): Promise<void> {
  const now = ctx.now.toISOString()
  const fresh: SubjectLine[] = []
  const threads = new Map<string, SubjectLine[]>()
  const suppressed: string[] = []
  for (const subject of t.subjects) {
    const entry = ctx.state.alerts[subject.fingerprint]!
    const previous = entry.slack
    // A thread in another channel (the setting changed) cannot be replied to from here: start afresh.
    const sameChannel = previous?.channel === poster.channel
    let delivery = decideDelivery(sameChannel ? previous : undefined, ctx.now.getTime(), t.cooldownMs)
    if (delivery === 'follow-up' && !(poster.threads && previous?.ts)) delivery = 'suppress'
    if (delivery === 'alert' || delivery === 'reminder') {
      fresh.push({
        subject,
        ...(delivery === 'reminder' ? { again: { firstAlertAt: entry.firstAlertAt, seen: entry.seen } } : {}),
      })
    } else if (delivery === 'follow-up') {
      const list = threads.get(previous!.ts!) ?? []
      list.push({ subject, suppressed: previous!.suppressed })
      threads.set(previous!.ts!, list)
    } else {
      suppressed.push(subject.fingerprint)
      entry.slack = afterSuppress(previous!)
    }
  }
  if (suppressed.length > 0) {
    ctx.actions.push({
      channel: 'slack',
      type: 'suppress',
      rule: t.rule.name,
      fingerprints: suppressed,
      dryRun: ctx.dryRun,
      ok: true,
      note: poster.threads
        ? 'already followed up in this cooldown window'
        : 'the incoming webhook has no threads: recurrences inside the cooldown are not posted',
    })
  }
  if (fresh.length > 0) {
    const message = alertMessage(t, fresh, ctx.analysis, ctx.links)
    await send(ctx, t, 'post', fresh, target(poster, undefined), async () => {
      const { ts } = ctx.dryRun ? {} : await poster.post(message)
      for (const line of fresh) {
        const entry = ctx.state.alerts[line.subject.fingerprint]!
        entry.slack = afterAlert(now, {
          ...(poster.channel ? { channel: poster.channel } : {}),
          ...(ts ? { ts } : {}),
        })
        entry.lastSentAt = now
      }
      return { target: target(poster, ts), payload: message }
    })
  }
  for (const [ts, lines] of threads) {
    const message = followUpMessage(t, lines, ctx.analysis, ctx.links)
    await send(ctx, t, 'reply', lines, target(poster, ts), async () => {
      if (!ctx.dryRun) await poster.post(message, ts)
      for (const line of lines) {
        const entry = ctx.state.alerts[line.subject.fingerprint]!
        entry.slack = afterFollowUp(entry.slack!, now)
        entry.lastSentAt = now
      }
      return { target: target(poster, ts), payload: message }
    })
  }
}

async function send(
  ctx: DeliveryContext,
  t: TriggeredRule,
  type: 'post' | 'reply',
  lines: readonly SubjectLine[],
  where: string | undefined,
  run: () => Promise<{ target: string | undefined; payload: unknown }>,
): Promise<void> {
  const fingerprints = lines.map((l) => l.subject.fingerprint)
  try {
    const { target, payload } = await run()
    ctx.actions.push({
      channel: 'slack',
      type,
      rule: t.rule.name,
      fingerprints,
      ...(target ? { target } : {}),
      dryRun: ctx.dryRun,
      ok: true,
      ...(ctx.dryRun ? { payload } : {}),
    })
    if (!ctx.dryRun)
      ctx.logger?.info(`slack: ${type === 'post' ? 'posted' : 'replied in thread'} for rule "${t.rule.name}"`)
  } catch (error) {
    const e = error instanceof LogwardError ? error : new LogwardError(String(error))
    ctx.errors.push(e)
    ctx.actions.push({
      channel: 'slack',
      type,
      rule: t.rule.name,
      fingerprints,
      ...(where ? { target: where } : {}),
      dryRun: ctx.dryRun,
      ok: false,
      note: describeError(e),
    })
    ctx.logger?.error(`slack: rule "${t.rule.name}": ${describeError(e)}`)
  }
}

function target(poster: SlackPoster, ts: string | undefined): string | undefined {
  if (poster.via === 'webhook') return 'webhook'
  return ts ? `${poster.channel}/${ts}` : poster.channel
}
