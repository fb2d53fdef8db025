import { formatCount, plural } from '../../core/format.js'
import type { Finding, TemplateDigest } from '../model.js'

const EVIDENCE = 5
const LISTED = 20

/**
 * New templates: messages the baseline's vocabulary does not match (match-only, nothing learned from the
 * run). Error and fatal ones are one `error` finding; the others one `info` finding, since a new debug
 * line is usually a code change, not a problem.
 */
export function newTemplateFindings(
  newTemplates: readonly TemplateDigest[],
  baselineRuns: number,
): Finding[] {
  const isError = (t: TemplateDigest): boolean => t.level === 'error' || t.level === 'fatal'
  const errors = newTemplates.filter(isError)
  const others = newTemplates.filter((t) => !isError(t))
  const out: Finding[] = []
  const runs = plural(baselineRuns, 'baseline run')
  if (errors.length > 0) {
    const records = errors.reduce((n, t) => n + t.count, 0)
    out.push({
      kind: 'new-templates',
      severity: 'error',
      title: `${plural(errors.length, 'error template')} the baseline never had`,
      explanation: `${plural(errors.length, 'error template')} (${plural(records, 'record')}) appeared that none of the ${runs} had; the most frequent: "${errors[0]!.template}" (${formatCount(errors[0]!.count)}×).`,
      evidence: errors.slice(0, EVIDENCE).map(evidenceOf),
      templates: errors.slice(0, LISTED).map(listed),
    })
  }
  if (others.length > 0) {
    out.push({
      kind: 'new-templates',
      severity: 'info',
      title: `${plural(others.length, 'new template')} below error level`,
      explanation: `${plural(others.length, 'template')} below error level appeared that none of the ${runs} had (new log lines, often from a code change).`,
      evidence: others.slice(0, EVIDENCE).map(evidenceOf),
      templates: others.slice(0, LISTED).map(listed),
    })
  }
  return out
}

function evidenceOf(t: TemplateDigest): Finding['evidence'][number] {
  return {
    path: t.example.path,
    line: t.example.line,
    ...(t.example.timestamp ? { timestamp: t.example.timestamp } : {}),
    message: t.example.message.split('\n', 1)[0] ?? '',
    templateId: t.templateId,
  }
}

function listed(t: TemplateDigest): NonNullable<Finding['templates']>[number] {
  return { templateId: t.templateId, template: t.template, count: t.count, level: t.level }
}
