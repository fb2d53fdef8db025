import { existsSync, readFileSync } from 'node:fs'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { ConfigError } from '../../core/errors.js'
import { isRelative, parseCriterion } from './criteria.js'
import { hasBaselineValue, isKnownMetric, METRICS } from './metrics.js'
import type { CriteriaLists, GateSpec, Objective } from './model.js'
import { DEFAULT_FREQUENCY } from '../../analysis/frequency/model.js'

const HINT = 'docs/decisions/0011-gate.md describes the gate file; examples/gate.yml is one'

// One criterion, a list of them (AND), or a list of lists (OR of ANDs).
const criteria = z.union([
  z.string().min(1),
  z.array(z.string().min(1)).min(1),
  z.array(z.array(z.string().min(1)).min(1)).min(1),
])

const percent = z.union([
  z.number().min(0).max(100),
  z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'a percentage such as "90%"'),
])

const gateSchema = z.strictObject({
  objectives: z
    .array(
      z.strictObject({
        metric: z.string().min(1),
        name: z.string().min(1).optional(),
        pass: criteria,
        warning: criteria.optional(),
        weight: z.number().min(0).default(1),
        key: z.boolean().default(false),
      }),
    )
    .min(1),
  total: z.strictObject({ pass: percent.default(90), warning: percent.default(75) }).prefault({}),
  'min-samples': z
    .strictObject({
      'baseline-runs': z.number().int().min(0).default(3),
      records: z.number().int().min(0).default(100),
    })
    .prefault({}),
  'baseline-aggregate': z.enum(['median', 'mean']).default('median'),
  'template-frequency': z
    .strictObject({
      slice: z.number().int().min(5).default(50),
      alpha: z.number().gt(0).lt(1).default(0.01),
      'min-ratio': z.number().min(1).default(2),
      'min-count': z.number().int().min(0).default(5),
      'min-slices': z.number().int().min(2).default(5),
    })
    .prefault({}),
})

export { DEFAULT_FREQUENCY }

/** Read, validate and compile a gate file. Every error names the file, the objective and the field. */
export function loadGateFile(path: string): GateSpec {
  if (!existsSync(path)) throw new ConfigError(`gate file ${path} does not exist`, { hint: HINT })
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (cause) {
    throw new ConfigError(`cannot read gate file ${path}: ${(cause as Error).message}`, { cause })
  }
  return parseGate(text, path)
}

/** `parseGate(text, name)`: the same, from text (`name` is what errors call it). */
export function parseGate(text: string, file: string): GateSpec {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    const line = first.linePos?.[0]?.line
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${first.code}`, {
      hint: 'fix the YAML syntax (indentation, quoting) at that line',
    })
  }
  const raw = doc.toJS() as unknown
  const result = gateSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const where = pathName(issue.path, raw)
    const what =
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message
    throw new ConfigError(`${file}: ${where ? `${where}: ` : ''}${what}`, { hint: HINT })
  }
  const g = result.data
  const objectives = g.objectives.map((o, i): Objective => {
    const at = (field: string): string => `${file}: ${pathName(['objectives', i, field], raw)}`
    if (!isKnownMetric(o.metric)) {
      throw new ConfigError(
        `${at('metric')}: unknown metric "${o.metric}" (known: ${METRICS.join(', ')}, template-count:<id>, template-rate:<id>)`,
        { hint: HINT },
      )
    }
    const compile = (field: 'pass' | 'warning', input: string | string[] | string[][]): CriteriaLists => {
      const lists =
        typeof input === 'string' ? [[input]] : input.every((x) => typeof x === 'string') ? [input] : input
      return (lists as string[][]).map((list, g) =>
        list.map((text, c) => {
          const parsed = parseCriterion(text)
          const here = `${at(field)}${lists.length > 1 ? `[${g}]` : ''}[${c}]`
          if ('error' in parsed) throw new ConfigError(`${here}: ${parsed.error}`, { hint: HINT })
          if (isRelative(parsed) && !hasBaselineValue(o.metric)) {
            throw new ConfigError(
              `${here}: relative criterion "${text}" needs a baseline value, and ${o.metric} has none (${o.metric.startsWith('new-') || o.metric === 'template-frequency' ? 'it is measured against the baseline already' : 'baseline runs are logs only'}); use an absolute criterion such as "==0"`,
              { hint: HINT },
            )
          }
          return parsed
        }),
      )
    }
    return {
      metric: o.metric,
      name: o.name ?? o.metric,
      pass: compile('pass', o.pass),
      ...(o.warning !== undefined ? { warning: compile('warning', o.warning) } : {}),
      weight: o.weight,
      key: o.key,
    }
  })
  const total = { pass: percentOf(g.total.pass), warning: percentOf(g.total.warning) }
  if (total.warning > total.pass) {
    throw new ConfigError(`${file}: total: warning (${total.warning}%) is above pass (${total.pass}%)`, {
      hint: HINT,
    })
  }
  const f = g['template-frequency']
  return {
    source: file,
    objectives,
    total,
    minSamples: { baselineRuns: g['min-samples']['baseline-runs'], records: g['min-samples'].records },
    aggregate: g['baseline-aggregate'],
    frequency: {
      slice: f.slice,
      alpha: f.alpha,
      minRatio: f['min-ratio'],
      minCount: f['min-count'],
      minSlices: f['min-slices'],
    },
  }
}

export interface GateThresholds {
  maxErrorRate?: number
  maxNewErrorTemplates?: number
  maxFailedTests?: number
}

/**
 * The gate that flags (`--max-error-rate`, ...) or action inputs describe: one key objective per threshold,
 * all of which must hold. Without any, `failed-tests <= 0` and `new-error-templates <= 0`, the checks that
 * `analyze` fails on.
 */
export function gateFromThresholds(t: GateThresholds): GateSpec {
  const given = Object.values(t).some((v) => v !== undefined)
  const limits = given ? t : { maxFailedTests: 0, maxNewErrorTemplates: 0 }
  const objective = (metric: string, max: number): Objective => ({
    metric,
    name: metric,
    pass: [[{ text: `<=${max}`, op: '<=', kind: 'absolute', value: max }]],
    weight: 1,
    key: true,
  })
  const objectives: Objective[] = []
  if (limits.maxErrorRate !== undefined) objectives.push(objective('error-rate', limits.maxErrorRate))
  if (limits.maxNewErrorTemplates !== undefined)
    objectives.push(objective('new-error-templates', limits.maxNewErrorTemplates))
  if (limits.maxFailedTests !== undefined) objectives.push(objective('failed-tests', limits.maxFailedTests))
  return {
    source: given ? 'thresholds' : 'defaults (failed-tests <= 0, new-error-templates <= 0)',
    objectives,
    // Every objective is key, so a failed one fails the gate; one without data (no baseline) warns.
    total: { pass: 100, warning: 50 },
    minSamples: { baselineRuns: 1, records: 0 },
    aggregate: 'median',
    frequency: DEFAULT_FREQUENCY,
  }
}

/**
 * A threshold from a flag or an input: a non-negative number, or a percentage (`2%` is 0.02). Rates must
 * be at most 1, counts whole numbers.
 */
export function parseThreshold(
  name: string,
  raw: string | undefined,
  kind: 'rate' | 'count',
  source: string,
): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(raw)
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN
  const ok = m !== null && (kind === 'rate' ? value <= 1 : Number.isInteger(value) && !m[2])
  if (!ok) {
    throw new ConfigError(
      `${source}: ${name}: "${raw}" is not ${kind === 'rate' ? 'a rate (0.02 or 2%)' : 'a whole number of 0 or more'}`,
    )
  }
  return value
}

function percentOf(v: number | string): number {
  return typeof v === 'number' ? v : Number(v.replace('%', '').trim())
}

/** `objectives[1] (failed-tests).pass` from a zod path, naming the objective by its metric. */
function pathName(path: readonly PropertyKey[], raw: unknown): string {
  let out = ''
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!
    if (typeof p === 'number') out += `[${p}]`
    else out += `${out ? '.' : ''}${String(p)}`
    if (i === 1 && path[0] === 'objectives' && typeof p === 'number') {
      const metric = (raw as { objectives?: { metric?: unknown }[] })?.objectives?.[p]?.metric
      if (typeof metric === 'string') out += ` (${metric})`
    }
  }
  return out
}
