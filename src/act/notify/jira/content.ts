import type { RunAnalysis } from '../../../analysis/model.js'
import type { AlertSubject, TriggeredRule } from '../evaluate.js'
import type { AlertLinks } from '../links.js'
import { MAX_DOC_CHARS, toWiki, type DocBlock, type Inline } from './document.js'

/** A subject in a Jira text, with what the state knows about its past. */
export interface JiraSubjectLine {
  subject: AlertSubject
  seen?: number
  firstAlertAt?: string
  suppressed?: number
}

/** Jira's limit for `summary`. */
const MAX_SUMMARY = 255
const MAX_ITEMS = 50
const MAX_DETAIL = 300
const MAX_STACK_LINES = 30
const STACKS_SHOWN = 3

/** `[logward] tests-failing: InventoryServiceTest.reservesStock fails` — what a triager reads first. */
export function issueSummary(t: TriggeredRule, subjects: readonly AlertSubject[]): string {
  const first = subjects[0]!
  let what: string
  if (subjects.length === 1) {
    what =
      first.kind === 'test'
        ? `${first.title} fails`
        : first.kind === 'template'
          ? `new error: ${first.title}`
          : first.title
  } else {
    const kinds = new Set(subjects.map((s) => s.kind))
    const noun = kinds.size > 1 ? 'failures' : first.kind === 'test' ? 'failing tests' : 'new error templates'
    what = `${subjects.length} ${noun}: ${subjects.map((s) => s.title).join(', ')}`
  }
  const text = `[logward] ${t.rule.name}: ${what}`.replace(/\s+/g, ' ')
  return Array.from(text).length <= MAX_SUMMARY
    ? text
    : `${Array.from(text)
        .slice(0, MAX_SUMMARY - 1)
        .join('')}…`
}

/** The new issue's description: what matched, where, why, the failures with their traces, and links. */
export function issueDescription(
  t: TriggeredRule,
  lines: readonly JiraSubjectLine[],
  analysis: RunAnalysis,
  links: AlertLinks,
): DocBlock[] {
  const blocks: DocBlock[] = [
    {
      type: 'paragraph',
      content: [
        { text: 'logward alert', strong: true },
        { text: ' ' },
        { text: t.rule.name, code: true },
        { text: ` (severity ${t.rule.severity}) matched: ${t.matched.join(', ')}.` },
      ],
    },
    { type: 'paragraph', content: [{ text: whereText(analysis) }] },
  ]
  if (analysis.reasons.length > 0) {
    blocks.push({ type: 'heading', text: `Verdict: ${analysis.verdict}` })
    blocks.push({ type: 'bullets', items: analysis.reasons.slice(0, 10).map((r) => [{ text: r }]) })
  }
  const items = lines.filter((l) => l.subject.kind !== 'run')
  if (items.length > 0) {
    blocks.push({ type: 'heading', text: headingFor(items.map((l) => l.subject)) })
    blocks.push({ type: 'bullets', items: items.slice(0, MAX_ITEMS).map((l) => subjectInlines(l.subject)) })
    if (items.length > MAX_ITEMS)
      blocks.push({ type: 'paragraph', content: [{ text: `…and ${items.length - MAX_ITEMS} more.` }] })
  }
  blocks.push(
    ...stackTraces(
      items.map((l) => l.subject),
      analysis,
    ),
  )
  blocks.push(...linkBlocks(links))
  blocks.push({
    type: 'paragraph',
    content: [
      {
        text: 'logward comments here when this recurs, and opens a new issue if it recurs after this one is done. Fingerprints: ',
      },
      { text: lines.map((l) => l.subject.fingerprint).join(', '), code: true },
    ],
  })
  return bounded(blocks)
}

/**
 * A recurrence, a reminder after the cooldown, or an alert whose issue is still open: a comment on the
 * open issue rather than a second issue.
 */
export function recurrenceComment(
  t: TriggeredRule,
  lines: readonly JiraSubjectLine[],
  analysis: RunAnalysis,
  links: AlertLinks,
): DocBlock[] {
  const run = analysis.ci.run_id ? `run ${analysis.ci.run_id}` : 'a new run'
  const blocks: DocBlock[] = [
    {
      type: 'paragraph',
      content: [
        { text: 'Seen again', strong: true },
        links.run ? { text: ` in ` } : { text: ` in ${run}` },
        ...(links.run ? [{ text: run, link: links.run }] : []),
        { text: ` (${analysis.generatedAt}): ${t.matched.join(', ')}.` },
      ],
    },
    {
      type: 'bullets',
      items: lines.slice(0, MAX_ITEMS).map((l) => {
        const past: string[] = []
        if (l.seen) past.push(`seen in ${l.seen} runs`)
        if (l.firstAlertAt) past.push(`first alerted ${l.firstAlertAt}`)
        if (l.suppressed) past.push(`${l.suppressed} runs not commented (cooldown)`)
        return [...subjectInlines(l.subject), ...(past.length ? [{ text: ` (${past.join('; ')})` }] : [])]
      }),
    },
    ...linkBlocks({
      ...(links.pr ? { pr: links.pr } : {}),
      ...(links.kibana ? { kibana: links.kibana } : {}),
    }),
  ]
  return bounded(blocks)
}

function subjectInlines(s: AlertSubject): Inline[] {
  const out: Inline[] = [{ text: s.title, code: true, ...(s.url ? { link: s.url } : {}) }]
  if (s.detail) out.push({ text: ` — ${cut(s.detail, MAX_DETAIL)}` })
  return out
}

function headingFor(subjects: readonly AlertSubject[]): string {
  const tests = subjects.filter((s) => s.kind === 'test').length
  const templates = subjects.length - tests
  if (templates === 0) return `Failing tests (${tests})`
  if (tests === 0) return `New error templates (${templates})`
  return `Failing tests (${tests}) and new error templates (${templates})`
}

function stackTraces(subjects: readonly AlertSubject[], analysis: RunAnalysis): DocBlock[] {
  const out: DocBlock[] = []
  for (const s of subjects.filter((x) => x.kind === 'test').slice(0, STACKS_SHOWN)) {
    const test = analysis.tests.failing.find(
      (f) => (f.className ? `${f.className}#${f.name}` : f.name) === s.key,
    )
    if (!test?.stackTrace) continue
    out.push({ type: 'paragraph', content: [{ text: s.title, strong: true }] })
    out.push({ type: 'code', text: test.stackTrace.split(/\r?\n/).slice(0, MAX_STACK_LINES).join('\n') })
  }
  return out
}

function linkBlocks(links: AlertLinks): DocBlock[] {
  const items: Inline[][] = []
  if (links.run) items.push([{ text: 'CI run', link: links.run }])
  if (links.pr) items.push([{ text: 'Pull request', link: links.pr }])
  if (links.kibana) items.push([{ text: 'Logs in Kibana', link: links.kibana }])
  return items.length > 0
    ? [
        { type: 'heading', text: 'Links' },
        { type: 'bullets', items },
      ]
    : []
}

function whereText(a: RunAnalysis): string {
  const parts: string[] = []
  if (a.ci.repository) parts.push(`Repository ${a.ci.repository}`)
  if (a.ci.job) parts.push(`job ${a.ci.job}`)
  if (a.ci.ref) parts.push(`ref ${a.ci.ref}`)
  if (a.ci.sha) parts.push(`commit ${a.ci.sha.slice(0, 12)}`)
  if (a.ci.environment) parts.push(`environment ${a.ci.environment}`)
  return parts.length > 0 ? `${parts.join(', ')}.` : `Analysis of ${a.generatedAt}.`
}

/** Drop stack traces, then list items, until the text fits Jira's field limit. */
function bounded(blocks: DocBlock[]): DocBlock[] {
  let out = blocks
  while (toWiki(out).length > MAX_DOC_CHARS) {
    const code = out.findLastIndex((b) => b.type === 'code')
    if (code !== -1) {
      out = out.filter((_, i) => i !== code && i !== code - 1)
      continue
    }
    const list = out.findIndex((b) => b.type === 'bullets' && b.items.length > 1)
    if (list === -1) break
    out = out.map((b, i) =>
      i === list && b.type === 'bullets'
        ? { ...b, items: b.items.slice(0, Math.ceil(b.items.length / 2)) }
        : b,
    )
  }
  return out
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
