import type { Verdict } from '../../analysis/model.js'
import { holds, isRelative, listsHold, targetOf } from './criteria.js'
import { hasBaselineValue, mean, median, metricValue, type RunMetrics } from './metrics.js'
import type {
  CriteriaLists,
  CriterionResult,
  GateSpec,
  Objective,
  ObjectiveResult,
  ObjectiveStatus,
} from './model.js'

export interface GateInputs {
  current: RunMetrics
  baseline: readonly RunMetrics[]
  /** The template-frequency value (shifted templates), or why there is none. */
  frequency?: { value?: number; unavailable?: string }
  /** Inputs of the run that could not be read: a gate that read less than it was given cannot pass. */
  unreadable?: number
}

export interface GateDecision {
  verdict: Verdict
  score: number
  reasons: string[]
  objectives: ObjectiveResult[]
  /** Whether the baseline meets min-samples; when not, why. */
  enough: boolean
  note?: string
}

/**
 * Keptn's scoring: each objective scores its weight when its pass criteria hold, half of it when its
 * warning criteria hold or it has no data, and nothing when it fails; the score is the sum over the sum of
 * weights, in percent. pass ≥ total.pass, warn ≥ total.warning, fail below, and any key objective that
 * fails fails the gate. Pure: the numbers in, the decision out.
 */
export function evaluateGate(spec: GateSpec, inputs: GateInputs): GateDecision {
  const { enough, note } = baselineSufficiency(spec, inputs)
  const objectives = spec.objectives.map((o) => evaluateObjective(o, spec, inputs, enough, note))
  const weights = objectives.reduce((n, o) => n + o.weight, 0)
  const points = objectives.reduce((n, o) => n + o.score, 0)
  const score = weights > 0 ? round2((100 * points) / weights) : 100
  const keyFailed = objectives.filter((o) => o.key && o.status === 'fail')
  let verdict: Verdict =
    keyFailed.length > 0
      ? 'fail'
      : score >= spec.total.pass
        ? 'pass'
        : score >= spec.total.warning
          ? 'warn'
          : 'fail'
  const reasons: string[] = []
  for (const o of keyFailed) reasons.push(`key objective ${o.reason}`)
  reasons.push(
    verdict === 'pass'
      ? `score ${score}% ≥ ${spec.total.pass}% (pass)`
      : score >= spec.total.pass
        ? `score ${score}% ≥ ${spec.total.pass}%, but a key objective failed`
        : score >= spec.total.warning
          ? `score ${score}% < ${spec.total.pass}% (pass), ≥ ${spec.total.warning}% (warning)`
          : `score ${score}% < ${spec.total.warning}% (warning)`,
  )
  for (const o of objectives) {
    if (o.status !== 'pass' && !(o.key && o.status === 'fail')) reasons.push(o.reason)
  }
  if (!enough && note) reasons.push(note)
  if (inputs.unreadable && inputs.unreadable > 0) {
    reasons.push(`${inputs.unreadable} input${inputs.unreadable === 1 ? '' : 's'} could not be read`)
    if (verdict === 'pass') verdict = 'warn'
  }
  return { verdict, score, reasons, objectives, enough, ...(note ? { note } : {}) }
}

function baselineSufficiency(spec: GateSpec, inputs: GateInputs): { enough: boolean; note?: string } {
  const runs = inputs.baseline.length
  const min = spec.minSamples
  if (runs < min.baselineRuns) {
    return {
      enough: false,
      note: `relative criteria not evaluated: the baseline has ${runs} run${runs === 1 ? '' : 's'}, min-samples asks for ${min.baselineRuns}`,
    }
  }
  const baselineRecords = runs > 0 ? median(inputs.baseline.map((b) => b.records)) : 0
  if (inputs.current.records < min.records || (runs > 0 && baselineRecords < min.records)) {
    return {
      enough: false,
      note: `relative criteria not evaluated: too few records (run ${inputs.current.records}, median baseline run ${baselineRecords}; min-samples asks for ${min.records})`,
    }
  }
  return { enough: true }
}

function evaluateObjective(
  o: Objective,
  spec: GateSpec,
  inputs: GateInputs,
  enough: boolean,
  note: string | undefined,
): ObjectiveResult {
  const isFrequency = o.metric === 'template-frequency'
  const value = isFrequency
    ? enough
      ? inputs.frequency?.value
      : undefined
    : metricValue(inputs.current, o.metric)
  let baseline: ObjectiveResult['baseline']
  if (hasBaselineValue(o.metric) && inputs.baseline.length > 0) {
    const values = inputs.baseline.map((b) => metricValue(b, o.metric) ?? 0)
    baseline = { value: (spec.aggregate === 'mean' ? mean : median)(values), values }
  }
  // Below min-samples the baseline is shown but not used: relative criteria then evaluate to null.
  const usable = enough ? baseline?.value : undefined
  const pass = listsHold(o.pass, value, usable)
  const warning = o.warning ? listsHold(o.warning, value, usable) : false
  const status: ObjectiveStatus =
    pass === true
      ? 'pass'
      : pass === null
        ? 'no-data'
        : warning === true
          ? 'warn'
          : warning === null
            ? 'no-data'
            : 'fail'
  const score = status === 'pass' ? o.weight : status === 'fail' ? 0 : o.weight / 2
  const criteria = [
    ...describe(o.pass, 'pass', value, usable),
    ...describe(o.warning ?? [], 'warning', value, usable),
  ]
  const why =
    value === undefined
      ? isFrequency
        ? (inputs.frequency?.unavailable ?? note ?? 'the frequency test did not run')
        : o.metric.startsWith('new-')
          ? 'no baseline was given'
          : 'no value'
      : note
  return {
    name: o.name,
    metric: o.metric,
    key: o.key,
    weight: o.weight,
    status,
    score,
    ...(value !== undefined ? { value } : {}),
    ...(baseline ? { baseline } : {}),
    criteria,
    reason: reasonOf(o, status, value, baseline?.value, criteria, spec.aggregate, why),
  }
}

function describe(
  lists: CriteriaLists,
  list: 'pass' | 'warning',
  value: number | undefined,
  baseline: number | undefined,
): CriterionResult[] {
  return lists.flatMap((group, g) =>
    group.map((c) => {
      const target = targetOf(c, baseline)
      return {
        list,
        group: g,
        text: c.text,
        relative: isRelative(c),
        ...(target !== undefined ? { target } : {}),
        holds: holds(c, value, baseline),
      }
    }),
  )
}

function reasonOf(
  o: Objective,
  status: ObjectiveStatus,
  value: number | undefined,
  baseline: number | undefined,
  criteria: CriterionResult[],
  aggregate: string,
  why: string | undefined,
): string {
  const label = o.name === o.metric ? o.metric : `${o.name} (${o.metric})`
  const shown = value === undefined ? 'no value' : formatNumber(value)
  const base = baseline === undefined ? '' : ` against baseline ${aggregate} ${formatNumber(baseline)}`
  const needs = `where pass needs ${listsText(criteria.filter((c) => c.list === 'pass'))}`
  switch (status) {
    case 'pass':
      return `${label} passed: ${shown}${base}`
    case 'warn':
      return `${label} is in the warning band: ${shown}${base}, ${needs}`
    case 'fail':
      return `${label} failed: ${shown}${base}, ${needs}`
    case 'no-data':
      return `${label} has no data (counts as warning): ${why ?? 'criteria could not be evaluated'}${value === undefined ? '' : ` (value ${shown}${base})`}`
  }
}

/** `<=+10% (→ 0.02) and <0.05`, lists joined by `or`. */
function listsText(criteria: CriterionResult[]): string {
  const groups = new Map<number, string[]>()
  for (const c of criteria) {
    const text = c.relative && c.target !== undefined ? `${c.text} (→ ${formatNumber(c.target)})` : c.text
    groups.set(c.group, [...(groups.get(c.group) ?? []), text])
  }
  return [...groups.values()].map((g) => g.join(' and ')).join(' or ')
}

/** Integers as they are; other numbers to 4 significant digits (rates), without exponent noise. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  if (Number.isInteger(n)) return String(n)
  return String(Number(n.toPrecision(4)))
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}
