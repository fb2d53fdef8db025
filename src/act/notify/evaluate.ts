import type { RunAnalysis, TemplateDigest } from '../../analysis/model.js'
import type { Logger } from '../../core/logger.js'
import { holds, parseDuration, parseThreshold, type Threshold } from './conditions.js'
import { alertFingerprint, type SubjectKind } from './fingerprint.js'
import { isSafeUrl } from './links.js'
import { newErrorTemplates, type AlertMetrics } from './metrics.js'
import type { AlertRule, ConditionKey } from './rules.js'

/** One thing an alert is about: a failing test, a new error template, or the run as a whole. */
export interface AlertSubject {
  kind: SubjectKind
  /** Stable across runs: `Class#name`, a template id, or `run`. */
  key: string
  fingerprint: string
  /** One line for a list: `InventoryServiceTest.reservesStock`, the template text. */
  title: string
  /** The first line of the failure message, or an example; redacted upstream like all analysis text. */
  detail?: string
  url?: string
  count?: number
}

export interface TriggeredRule {
  rule: AlertRule
  cooldownMs: number
  /** The conditions that held, for messages: `failed-tests 1 >0`. */
  matched: string[]
  subjects: AlertSubject[]
}

const METRIC: Record<Exclude<ConditionKey, 'gate'>, keyof AlertMetrics> = {
  'failed-tests': 'failedTests',
  'new-error-templates': 'newErrorTemplates',
  errors: 'errors',
  'error-rate': 'errorRate',
  'anomaly-score': 'anomalyScore',
}

/**
 * Which rules fire on this run, and what each is about. A rule that tests `failed-tests` alerts per
 * failing test, one that tests `new-error-templates` per new template (so each has its own fingerprint,
 * thread and Jira label); any other rule, or one whose per-item conditions find no items, alerts about
 * the run. A condition on a metric the run does not have (no anomaly score) does not hold.
 */
export function evaluateRules(
  rules: readonly AlertRule[],
  metrics: AlertMetrics,
  analysis: RunAnalysis,
  logger?: Logger,
): TriggeredRule[] {
  const scope = analysis.ci.repository ?? ''
  const out: TriggeredRule[] = []
  for (const rule of rules) {
    const matched = matchConditions(rule, metrics, logger)
    if (!matched) continue
    const subjects: AlertSubject[] = []
    if (rule.when['failed-tests'] !== undefined) subjects.push(...testSubjects(analysis, scope, rule.name))
    if (rule.when['new-error-templates'] !== undefined)
      subjects.push(...templateSubjects(analysis, scope, rule.name))
    if (subjects.length === 0) {
      subjects.push({
        kind: 'run',
        key: 'run',
        fingerprint: alertFingerprint(scope, rule.name, 'run', 'run'),
        title: runTitle(analysis),
      })
    }
    out.push({ rule, cooldownMs: parseDuration(rule.cooldown) as number, matched, subjects })
  }
  return out
}

function matchConditions(rule: AlertRule, metrics: AlertMetrics, logger?: Logger): string[] | undefined {
  const matched: string[] = []
  for (const [key, raw] of Object.entries(rule.when) as [ConditionKey, string | undefined][]) {
    if (raw === undefined) continue
    if (key === 'gate') {
      const v = metrics.gateVerdict
      const ok = v === 'fail' || (raw === 'warn' && v === 'warn')
      if (!ok) return undefined
      matched.push(`gate ${v}`)
      continue
    }
    const t = parseThreshold(raw, key === 'error-rate') as Threshold
    const value = metrics[METRIC[key]] as number | undefined
    if (value === undefined) {
      logger?.debug(`rule "${rule.name}": ${key} is not known for this run, so the rule does not fire`)
      return undefined
    }
    if (!holds(value, t)) return undefined
    matched.push(`${key} ${key === 'error-rate' ? formatPercent(value) : round(value)} ${t.text}`)
  }
  return matched
}

function testSubjects(analysis: RunAnalysis, scope: string, rule: string): AlertSubject[] {
  const seen = new Map<string, AlertSubject>()
  for (const t of analysis.tests.failing) {
    // The report path is left out of the key: it moves between runners and shards, the test does not.
    const key = t.className ? `${t.className}#${t.name}` : t.name
    if (seen.has(key)) continue
    const shortClass = t.className?.split('.').at(-1)
    seen.set(key, {
      kind: 'test',
      key,
      fingerprint: alertFingerprint(scope, rule, 'test', key),
      title: shortClass ? `${shortClass}.${t.name}` : t.name,
      ...(t.message ? { detail: firstLine(t.message) } : {}),
      ...(isSafeUrl(t.url) ? { url: t.url } : {}),
    })
  }
  return [...seen.values()]
}

function templateSubjects(analysis: RunAnalysis, scope: string, rule: string): AlertSubject[] {
  return newErrorTemplates(analysis).map((t) => ({
    kind: 'template' as const,
    key: t.templateId,
    fingerprint: alertFingerprint(scope, rule, 'template', t.templateId),
    title: firstLine(t.template),
    detail: templateDetail(t),
    count: t.count,
  }))
}

function templateDetail(t: TemplateDigest): string {
  const at = `${t.example.path}:${t.example.line}`
  // Without a service name the analysis lists source paths, which `at` already shows.
  const onlyPath = t.services.length === 1 && t.services[0] === t.example.path
  return onlyPath ? `${t.count}× at ${at}` : `${t.count}× in ${t.services.join(', ')} (first at ${at})`
}

function runTitle(a: RunAnalysis): string {
  const where = [a.ci.repository, a.ci.job].filter(Boolean).join(' / ')
  return `${a.verdict.toUpperCase()}${where ? ` in ${where}` : ''}`
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.trim()
}

function formatPercent(fraction: number): string {
  return `${round(fraction * 100)}%`
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
