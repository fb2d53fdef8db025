import type { RunAnalysis, TemplateDigest } from '../../analysis/model.js'
import { TEMPLATE_METRIC } from './metrics.js'
import type { Evidence, ObjectiveResult, TemplateShift } from './model.js'
import type { TemplateTallyResult } from '../../analysis/frequency/template-tally.js'

const MAX_TEMPLATES = 10
const MAX_ROOT_CAUSES = 5
const MAX_TESTS = 20

/**
 * The log lines behind an objective that did not pass: the templates and example lines, the root causes
 * with their context, the failing tests, the shifted templates. Taken from the RunAnalysis (already
 * redacted and bounded), so a reader of gate.md sees why without opening the logs.
 */
export function evidenceFor(
  o: ObjectiveResult,
  a: RunAnalysis,
  tally: TemplateTallyResult | undefined,
  shifts: readonly TemplateShift[],
): Evidence | undefined {
  if (o.status === 'pass') return undefined
  const isError = (t: { level: string }): boolean => t.level === 'error' || t.level === 'fatal'
  switch (o.metric) {
    case 'errors':
    case 'error-rate':
      return nonEmpty({
        templates: a.topErrorTemplates.slice(0, MAX_TEMPLATES),
        rootCauses: a.rootCauses.slice(0, MAX_ROOT_CAUSES),
      })
    case 'warnings':
    case 'warning-rate':
      return nonEmpty({ templates: fromTally(tally, (t) => t.level === 'warn') })
    case 'new-error-templates': {
      const fresh = (a.baseline?.newTemplates ?? []).filter(isError)
      const ids = new Set(fresh.map((t) => t.templateId))
      return nonEmpty({
        templates: fresh.slice(0, MAX_TEMPLATES),
        rootCauses: a.rootCauses
          .filter((r) => r.templateId && ids.has(r.templateId))
          .slice(0, MAX_ROOT_CAUSES),
      })
    }
    case 'new-templates':
      return nonEmpty({ templates: (a.baseline?.newTemplates ?? []).slice(0, MAX_TEMPLATES) })
    case 'failed-tests':
      return nonEmpty({ tests: a.tests.failing.slice(0, MAX_TESTS) })
    case 'flaky-tests':
      return nonEmpty({ flaky: a.tests.flaky.slice(0, MAX_TESTS) })
    case 'unreadable-inputs':
      return nonEmpty({ unreadable: a.inputs.unreadable })
    case 'template-frequency':
      return nonEmpty({ shifts: shifts.slice(0, MAX_TEMPLATES * 2) })
    default: {
      const id = TEMPLATE_METRIC.exec(o.metric)?.[2]
      return id ? nonEmpty({ templates: fromTally(tally, (t) => t.templateId === id) }) : undefined
    }
  }
}

function fromTally(
  tally: TemplateTallyResult | undefined,
  keep: (t: { templateId: string; level: string }) => boolean,
): TemplateDigest[] {
  return [...(tally?.templates.values() ?? [])]
    .filter(keep)
    .sort((a, b) => b.count - a.count || (a.templateId < b.templateId ? -1 : 1))
    .slice(0, MAX_TEMPLATES)
    .map((t) => ({
      templateId: t.templateId,
      template: t.template,
      count: t.count,
      level: t.level,
      services: [],
      example: t.example,
    }))
}

function nonEmpty(e: Evidence): Evidence | undefined {
  const kept = Object.fromEntries(
    Object.entries(e).filter(([, v]) => Array.isArray(v) && v.length > 0),
  ) as Evidence
  return Object.keys(kept).length > 0 ? kept : undefined
}
