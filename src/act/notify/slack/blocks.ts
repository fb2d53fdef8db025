import type { RunAnalysis } from '../../../analysis/model.js'
import type { AlertSubject, TriggeredRule } from '../evaluate.js'
import type { AlertLinks } from '../links.js'
import { newErrorTemplates } from '../metrics.js'
import type { Severity } from '../rules.js'
import { boundedLines, escapeMrkdwn, LIMITS, link, truncate } from './mrkdwn.js'

/** The Block Kit subset logward sends; structurally what `@slack/web-api` and webhooks accept. */
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: true } }
  | { type: 'section'; text?: MrkdwnText; fields?: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
interface MrkdwnText {
  type: 'mrkdwn'
  text: string
}

export interface SlackMessage {
  /** The notification and screen-reader fallback; Slack shows blocks when there are any. */
  text: string
  blocks: SlackBlock[]
}

/** A subject in a message, with what the state knows about its past. */
export interface SubjectLine {
  subject: AlertSubject
  /** A reminder: the alert went out before, its cooldown is over and it still happens. */
  again?: { firstAlertAt: string; seen: number }
  /** For follow-ups: runs that matched since the last message without sending anything. */
  suppressed?: number
}

const SEVERITY_EMOJI: Record<Severity, string> = {
  critical: ':red_circle:',
  major: ':large_orange_circle:',
  minor: ':large_yellow_circle:',
}

/**
 * The top-level alert for one rule in one run: a header with the verdict, a section with where and why
 * (the rule's matched conditions and the analysis' top reasons), the failing tests and new templates as
 * fields, and a context line with links to the run, the PR and Kibana.
 */
export function alertMessage(
  t: TriggeredRule,
  lines: readonly SubjectLine[],
  analysis: RunAnalysis,
  links: AlertLinks,
): SlackMessage {
  const verdict = analysis.verdict.toUpperCase()
  const header = `${SEVERITY_EMOJI[t.rule.severity]} ${verdict} · ${t.rule.name}`
  const where = [analysis.ci.repository, analysis.ci.job, shortRef(analysis.ci.ref)].filter(
    (v): v is string => Boolean(v),
  )
  const summary = [
    `${where.length ? `*${escapeMrkdwn(where.join(' · '))}* · ` : ''}severity *${t.rule.severity}*`,
    `Rule *${escapeMrkdwn(t.rule.name)}* matched: ${escapeMrkdwn(t.matched.join(', '))}`,
    ...analysis.reasons.slice(0, 5).map((r) => `• ${escapeMrkdwn(r)}`),
  ]
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(header, LIMITS.headerText), emoji: true } },
    section(boundedLines(summary, LIMITS.sectionText)),
  ]
  const fields = subjectFields(lines, analysis)
  if (fields.length > 0) blocks.push({ type: 'section', fields: fields.slice(0, LIMITS.fields) })
  const context = contextLine(links, analysis, lines.length === 1 ? lines[0]!.subject.fingerprint : undefined)
  if (context.length > 0) blocks.push({ type: 'context', elements: context })
  return {
    text: truncate(`${verdict} · ${t.rule.name}: ${fallbackSummary(lines, analysis)}`, LIMITS.fallbackText),
    blocks: blocks.slice(0, LIMITS.blocks),
  }
}

/** A recurrence inside the cooldown, posted in the first alert's thread. */
export function followUpMessage(
  t: TriggeredRule,
  lines: readonly SubjectLine[],
  analysis: RunAnalysis,
  links: AlertLinks,
): SlackMessage {
  const run = links.run ? link(links.run, runName(analysis)) : escapeMrkdwn(runName(analysis))
  const items = lines.map((l) => {
    const past = l.suppressed ? ` _(+${l.suppressed} more runs not posted)_` : ''
    return `• ${subjectText(l.subject)}${past}`
  })
  const blocks: SlackBlock[] = [
    section(
      boundedLines(
        [`:repeat: *Seen again* in ${run}: ${escapeMrkdwn(t.matched.join(', '))}`, ...items],
        LIMITS.sectionText,
      ),
    ),
  ]
  const context = contextLine(links, analysis)
  if (context.length > 0) blocks.push({ type: 'context', elements: context })
  return {
    text: truncate(
      `Seen again · ${t.rule.name}: ${lines.map((l) => l.subject.title).join(', ')}`,
      LIMITS.fallbackText,
    ),
    blocks,
  }
}

/** The notification line: what this alert is about, in words (Slack shows it where blocks cannot go). */
function fallbackSummary(lines: readonly SubjectLine[], analysis: RunAnalysis): string {
  const tests = lines.filter((l) => l.subject.kind === 'test').map((l) => l.subject.title)
  const templates = lines.filter((l) => l.subject.kind === 'template').map((l) => l.subject.title)
  const parts: string[] = []
  if (tests.length > 0) parts.push(`${count(tests.length, 'failing test')}: ${tests.join(', ')}`)
  if (templates.length > 0)
    parts.push(`${count(templates.length, 'new error template')}: ${templates.join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : (analysis.reasons[0] ?? analysis.verdict)
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function subjectFields(lines: readonly SubjectLine[], analysis: RunAnalysis): MrkdwnText[] {
  const tests = lines.filter((l) => l.subject.kind === 'test')
  const templates = lines.filter((l) => l.subject.kind === 'template')
  const fields: MrkdwnText[] = []
  if (tests.length > 0 || templates.length > 0) {
    if (tests.length > 0) fields.push(field(`Failing tests (${tests.length})`, tests.map(lineText)))
    if (templates.length > 0)
      fields.push(field(`New error templates (${templates.length})`, templates.map(lineText)))
    return fields
  }
  // A run-wide alert shows the run's failing tests and new templates for context.
  const failing = analysis.tests.failing.map((f) => {
    const cls = f.className?.split('.').at(-1)
    return `• \`${escapeMrkdwn(cls ? `${cls}.${f.name}` : f.name)}\``
  })
  const fresh = newErrorTemplates(analysis).map((n) => `• \`${escapeMrkdwn(n.template)}\` ×${n.count}`)
  if (failing.length > 0) fields.push(field(`Failing tests (${failing.length})`, failing))
  if (fresh.length > 0) fields.push(field(`New error templates (${fresh.length})`, fresh))
  return fields
}

function lineText(l: SubjectLine): string {
  const again = l.again
    ? ` _(again: first alerted ${slackDate(l.again.firstAlertAt)}, seen in ${l.again.seen} runs)_`
    : ''
  return `• ${subjectText(l.subject)}${again}`
}

function subjectText(s: AlertSubject): string {
  const title = `\`${escapeMrkdwn(truncate(s.title, 300))}\``
  const named = s.url ? `${title} ${link(s.url, 'source')}` : title
  return s.detail ? `${named} — ${escapeMrkdwn(truncate(s.detail, 300))}` : named
}

function field(title: string, lines: string[]): MrkdwnText {
  return { type: 'mrkdwn', text: boundedLines([`*${escapeMrkdwn(title)}*`, ...lines], LIMITS.fieldText) }
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } }
}

function contextLine(links: AlertLinks, analysis: RunAnalysis, fingerprint?: string): MrkdwnText[] {
  const parts: string[] = []
  if (links.run) parts.push(link(links.run, runName(analysis)))
  if (links.pr) parts.push(link(links.pr, `PR #${analysis.ci.pr ?? ''}`.replace(/ #$/, '')))
  if (links.kibana) parts.push(link(links.kibana, 'Kibana'))
  if (analysis.ci.sha) parts.push(`commit \`${escapeMrkdwn(analysis.ci.sha.slice(0, 8))}\``)
  if (fingerprint) parts.push(`fingerprint \`${fingerprint}\``)
  return parts
    .slice(0, LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, LIMITS.sectionText) }))
}

function runName(a: RunAnalysis): string {
  return a.ci.run_id ? `Run ${a.ci.run_id}` : 'Run'
}

function shortRef(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/(heads|tags)\//, '')
}

/** Slack renders `<!date^…>` in each reader's time zone; the fallback is the UTC time. */
function slackDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return escapeMrkdwn(iso)
  const fallback = new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${fallback}>`
}
