import { parseDocument } from 'yaml'
import { z } from 'zod'
import { ConfigError } from '../../core/errors.js'
import { parseDuration, parseThreshold } from './conditions.js'

/**
 * Alert rules, as written in `logward.yml` (`alerts:`), in the `alerts` action input (YAML text) or in a
 * file given to `--alerts`:
 *
 *   alerts:
 *     - name: tests-failing
 *       when: { failed-tests: '>0' }
 *       channels: [slack, jira]
 *       severity: critical
 *       cooldown: 6h
 *
 * Every condition in `when` must hold (AND); write two rules for OR. The schema keeps rules as plain data
 * (what the user wrote, plus defaults) so the config stays serialisable; `compileRule` turns the
 * validated text into thresholds. Every error names the rule it is in.
 */
export const SEVERITIES = ['critical', 'major', 'minor'] as const
export type Severity = (typeof SEVERITIES)[number]
export const ALERT_CHANNELS = ['slack', 'jira'] as const

/** The metrics a rule can test, as they are spelt in `when`. */
export const CONDITION_KEYS = [
  'failed-tests',
  'new-error-templates',
  'errors',
  'error-rate',
  'anomaly-score',
  'gate',
] as const
export type ConditionKey = (typeof CONDITION_KEYS)[number]

const threshold = (allowPercent: boolean) =>
  z
    .string({ error: "write a threshold in quotes, e.g. '>0' (> starts a block in YAML)" })
    .superRefine((text, ctx) => {
      const t = parseThreshold(text, allowPercent)
      if ('error' in t) ctx.addIssue({ code: 'custom', message: t.error })
    })

const conditionsSchema = z
  .strictObject({
    'failed-tests': threshold(false).optional(),
    'new-error-templates': threshold(false).optional(),
    errors: threshold(false).optional(),
    'error-rate': threshold(true).optional(),
    'anomaly-score': threshold(false).optional(),
    gate: z
      .enum(['fail', 'warn'], { error: 'gate is `fail` (the verdict is fail) or `warn` (warn or fail)' })
      .optional(),
  })
  .refine((w) => Object.values(w).some((v) => v !== undefined), {
    message: `needs at least one condition (${CONDITION_KEYS.join(', ')})`,
  })

export const alertRuleSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  when: conditionsSchema,
  channels: z
    .array(z.enum(ALERT_CHANNELS))
    .min(1, 'name at least one channel: slack, jira')
    .transform((c) => [...new Set(c)]),
  severity: z.enum(SEVERITIES).default('major'),
  cooldown: z
    .string({ error: 'write a duration such as 30m, 6h or 1d' })
    .default('6h')
    .superRefine((text, ctx) => {
      const d = parseDuration(text)
      if (typeof d !== 'number') ctx.addIssue({ code: 'custom', message: d.error })
    }),
})

export type AlertRuleInput = z.input<typeof alertRuleSchema>
export type AlertRule = z.output<typeof alertRuleSchema>

/**
 * The `alerts` setting. Rules are checked one by one so that every message starts with the rule's name
 * (`rule "tests-failing": when.failed-tests: …`) rather than an index a reader has to count to.
 */
export const alertRulesSchema = z.array(z.unknown()).transform((items, ctx) => {
  const rules: AlertRule[] = []
  const seen = new Set<string>()
  items.forEach((item, i) => {
    const label = ruleLabel(item, i)
    const parsed = alertRuleSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.map(String).join('.')
        ctx.issues.push({
          code: 'custom',
          path: [i, ...issue.path],
          message: `${label}: ${where ? `${where}: ` : ''}${issue.message}`,
          input: item,
        })
      }
      return
    }
    if (seen.has(parsed.data.name)) {
      ctx.issues.push({
        code: 'custom',
        path: [i, 'name'],
        message: `${label}: two rules have this name; names key the alert state, so they must be unique`,
        input: item,
      })
      return
    }
    seen.add(parsed.data.name)
    rules.push(parsed.data)
  })
  return rules
})

function ruleLabel(item: unknown, index: number): string {
  const name = item && typeof item === 'object' ? (item as { name?: unknown }).name : undefined
  return typeof name === 'string' && name.trim() !== '' ? `rule "${name.trim()}"` : `rule #${index + 1}`
}

/** Validate rules from anywhere (`where` names the file or input in the error). */
export function parseAlertRules(value: unknown, where: string): AlertRule[] {
  const list = isMapping(value) && 'alerts' in value ? value.alerts : value
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) {
    throw new ConfigError(`${where}: alerts must be a list of rules`, {
      hint: 'write `alerts:` then one `- name: …` item per rule (see docs/decisions/0008-alerts-slack-jira.md)',
    })
  }
  const result = alertRulesSchema.safeParse(list)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : ''
    throw new ConfigError(`${where}: alerts: ${issue.message}${more}`, {
      hint: 'a rule is `name`, `when` (conditions), `channels` (slack, jira), optional `severity` and `cooldown`',
    })
  }
  return result.data
}

/** Rules as YAML or JSON text: an action input, or the content of an `--alerts` file. */
export function parseAlertRulesText(text: string, where: string): AlertRule[] {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    const line = doc.errors[0]!.linePos?.[0]?.line
    throw new ConfigError(`${where}${line ? `:${line}` : ''}: invalid YAML in alert rules`, {
      hint: "quote thresholds ('>0'): an unquoted > starts a folded block in YAML",
    })
  }
  return parseAlertRules(doc.toJS() as unknown, where)
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
