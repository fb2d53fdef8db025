import { describeError, LogwardError } from '../../core/errors.js'
import { afterAlert, afterFollowUp, afterSuppress, decideDelivery, type Delivery } from './cooldown.js'
import type { TriggeredRule } from './evaluate.js'
import { fingerprintLabel } from './fingerprint.js'
import type { JiraAlertClient } from './jira/client.js'
import { issueDescription, issueSummary, recurrenceComment, type JiraSubjectLine } from './jira/content.js'
import { toAdf, toWiki, type DocBlock } from './jira/document.js'
import type { JiraFlavor } from './jira/errors.js'
import type { DeliveryContext } from './result.js'

interface Due {
  line: JiraSubjectLine
  delivery: Delivery
}

/**
 * One rule's alerts to Jira. Jira is the durable record, so the question "is there an open issue for
 * this?" is asked of Jira itself (a JQL search on the fingerprint labels), not only of the state file,
 * which an ephemeral runner may have lost. Subjects with an open issue get one comment per issue;
 * the others share one new issue that carries all their labels. In a dry run Jira is not asked: the
 * issue remembered in the state stands in for the search.
 */
export async function deliverJira(
  t: TriggeredRule,
  jira: JiraAlertClient | undefined,
  flavor: JiraFlavor,
  ctx: DeliveryContext,
): Promise<void> {
  const now = ctx.now.toISOString()
  const due: Due[] = []
  const suppressed: string[] = []
  for (const subject of t.subjects) {
    const entry = ctx.state.alerts[subject.fingerprint]!
    const delivery = decideDelivery(entry.jira, ctx.now.getTime(), t.cooldownMs)
    if (delivery === 'suppress') {
      suppressed.push(subject.fingerprint)
      entry.jira = afterSuppress(entry.jira!)
      continue
    }
    due.push({
      delivery,
      line: {
        subject,
        seen: entry.seen,
        firstAlertAt: entry.firstAlertAt,
        ...(entry.jira?.suppressed ? { suppressed: entry.jira.suppressed } : {}),
      },
    })
  }
  if (suppressed.length > 0) {
    ctx.actions.push({
      channel: 'jira',
      type: 'suppress',
      rule: t.rule.name,
      fingerprints: suppressed,
      dryRun: ctx.dryRun,
      ok: true,
      note: 'already commented in this cooldown window',
    })
  }
  if (due.length === 0) return

  let open: Map<string, string>
  try {
    open = await openIssues(due, jira, ctx)
  } catch (error) {
    fail(ctx, t, 'create', due, error)
    return
  }
  const byIssue = new Map<string, Due[]>()
  const toCreate: Due[] = []
  for (const d of due) {
    const key = open.get(fingerprintLabel(d.line.subject.fingerprint))
    if (key) byIssue.set(key, [...(byIssue.get(key) ?? []), d])
    else toCreate.push(d)
  }

  for (const [key, list] of byIssue) {
    const body = recurrenceComment(
      t,
      list.map((d) => d.line),
      ctx.analysis,
      ctx.links,
    )
    try {
      if (!ctx.dryRun) await jira!.addComment(key, body)
      for (const d of list) {
        const entry = ctx.state.alerts[d.line.subject.fingerprint]!
        entry.jira =
          d.delivery === 'follow-up' && entry.jira
            ? { ...afterFollowUp(entry.jira, now), issueKey: key }
            : afterAlert(now, { issueKey: key })
        entry.lastSentAt = now
      }
      done(ctx, t, 'comment', list, key, ctx.dryRun ? { issue: key, body: render(flavor, body) } : undefined)
    } catch (error) {
      fail(ctx, t, 'comment', list, error, key)
    }
  }

  if (toCreate.length > 0) {
    const subjects = toCreate.map((d) => d.line.subject)
    const issue = {
      summary: issueSummary(t, subjects),
      description: issueDescription(
        t,
        toCreate.map((d) => d.line),
        ctx.analysis,
        ctx.links,
      ),
      labels: ['logward', ...subjects.map((s) => fingerprintLabel(s.fingerprint))],
      severity: t.rule.severity,
    }
    try {
      const key = ctx.dryRun ? undefined : await jira!.createIssue(issue)
      for (const d of toCreate) {
        const entry = ctx.state.alerts[d.line.subject.fingerprint]!
        entry.jira = afterAlert(now, key ? { issueKey: key } : {})
        entry.lastSentAt = now
      }
      done(
        ctx,
        t,
        'create',
        toCreate,
        key,
        ctx.dryRun ? { ...issue, description: render(flavor, issue.description) } : undefined,
      )
    } catch (error) {
      fail(ctx, t, 'create', toCreate, error)
    }
  }
}

/**
 * Label → open issue key. The search can lag behind a just-created issue (Jira Cloud's search index is
 * eventually consistent), so an issue the state remembers is checked directly when the search misses it.
 */
async function openIssues(
  due: readonly Due[],
  jira: JiraAlertClient | undefined,
  ctx: DeliveryContext,
): Promise<Map<string, string>> {
  const remembered = (d: Due) => ctx.state.alerts[d.line.subject.fingerprint]?.jira?.issueKey
  if (ctx.dryRun || !jira) {
    const out = new Map<string, string>()
    for (const d of due) {
      const key = remembered(d)
      if (key) out.set(fingerprintLabel(d.line.subject.fingerprint), key)
    }
    return out
  }
  const open = await jira.findOpenIssues(due.map((d) => fingerprintLabel(d.line.subject.fingerprint)))
  const checked = new Map<string, boolean>()
  for (const d of due) {
    const label = fingerprintLabel(d.line.subject.fingerprint)
    const key = remembered(d)
    if (open.has(label) || !key) continue
    if (!checked.has(key)) checked.set(key, await jira.isOpen(key))
    if (checked.get(key)) open.set(label, key)
  }
  return open
}

function render(flavor: JiraFlavor, blocks: DocBlock[]): unknown {
  return flavor === 'cloud' ? toAdf(blocks) : toWiki(blocks)
}

function done(
  ctx: DeliveryContext,
  t: TriggeredRule,
  type: 'create' | 'comment',
  list: readonly Due[],
  key: string | undefined,
  payload: unknown,
): void {
  ctx.actions.push({
    channel: 'jira',
    type,
    rule: t.rule.name,
    fingerprints: list.map((d) => d.line.subject.fingerprint),
    ...(key ? { target: key } : {}),
    dryRun: ctx.dryRun,
    ok: true,
    ...(ctx.dryRun
      ? {
          payload,
          note:
            type === 'comment'
              ? 'from the state file; Jira is not searched in a dry run (the issue may be closed)'
              : 'Jira is not searched in a dry run: an open issue with the label would get a comment instead',
        }
      : {}),
  })
  if (!ctx.dryRun)
    ctx.logger?.info(
      `jira: ${type === 'create' ? 'created' : 'commented on'} ${key} for rule "${t.rule.name}"`,
    )
}

function fail(
  ctx: DeliveryContext,
  t: TriggeredRule,
  type: 'create' | 'comment',
  list: readonly Due[],
  error: unknown,
  key?: string,
): void {
  const e = error instanceof LogwardError ? error : new LogwardError(String(error))
  ctx.errors.push(e)
  ctx.actions.push({
    channel: 'jira',
    type,
    rule: t.rule.name,
    fingerprints: list.map((d) => d.line.subject.fingerprint),
    ...(key ? { target: key } : {}),
    dryRun: ctx.dryRun,
    ok: false,
    note: describeError(e),
  })
  ctx.logger?.error(`jira: rule "${t.rule.name}": ${describeError(e)}`)
}
