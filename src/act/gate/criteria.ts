import type { Comparator, Criterion, CriteriaLists } from './model.js'

// `<=+10%`, `< 0.02`, `==0`, `>=-5%`, `<2%`, `<=+3`: a comparator, then a number, optionally signed (relative
// to the baseline) and optionally a percentage.
const CRITERION = /^\s*(<=|>=|==|<|>)\s*([+-])?\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(%)?\s*$/

/**
 * Parse one criterion (Keptn's notation). A sign makes it relative to the baseline: `+10%` is the baseline
 * plus 10 percent of it, `+3` the baseline plus 3. Without a sign it is absolute, and `2%` is 0.02 (so a
 * rate reads naturally). Returns an error message instead of throwing, so the gate file loader can say
 * which objective and field it was in.
 */
export function parseCriterion(text: string): Criterion | { error: string } {
  const m = CRITERION.exec(text)
  if (!m) {
    return {
      error: `"${text}" is not a criterion (a comparator <, <=, ==, >, >= then a number: "<0.02", "<=+10%", "==0")`,
    }
  }
  const op = m[1] as Comparator
  const sign = m[2]
  const n = Number(m[3])
  const percent = m[4] === '%'
  if (sign) {
    const value = sign === '-' ? -n : n
    return { text: text.trim(), op, kind: percent ? 'relative-percent' : 'relative-delta', value }
  }
  return { text: text.trim(), op, kind: 'absolute', value: percent ? n / 100 : n }
}

export function isRelative(c: Criterion): boolean {
  return c.kind !== 'absolute'
}

/** What a criterion compares the value with; undefined when it is relative and there is no baseline. */
export function targetOf(c: Criterion, baseline: number | undefined): number | undefined {
  if (c.kind === 'absolute') return c.value
  if (baseline === undefined) return undefined
  return c.kind === 'relative-percent' ? baseline * (1 + c.value / 100) : baseline + c.value
}

/**
 * Three-valued: `null` when the criterion cannot be evaluated (no value, or relative without a baseline).
 * `==` allows for floating-point noise (a rate computed two ways must still compare equal).
 */
export function holds(c: Criterion, value: number | undefined, baseline: number | undefined): boolean | null {
  const target = targetOf(c, baseline)
  if (value === undefined || target === undefined) return null
  const eps = 1e-9 * Math.max(1, Math.abs(value), Math.abs(target))
  switch (c.op) {
    case '<':
      return value < target - eps
    case '<=':
      return value <= target + eps
    case '==':
      return Math.abs(value - target) <= eps
    case '>':
      return value > target + eps
    case '>=':
      return value >= target - eps
  }
}

/**
 * Kleene logic over the lists: a list holds when all of its criteria do (a definite `false` wins over
 * `null`); the lists hold when one of them does (a definite `true` wins over `null`). So an absolute
 * criterion that fails still fails its list when a relative one beside it cannot be evaluated.
 */
export function listsHold(
  lists: CriteriaLists,
  value: number | undefined,
  baseline: number | undefined,
): boolean | null {
  let anyNull = false
  for (const list of lists) {
    let all: boolean | null = true
    for (const c of list) {
      const h = holds(c, value, baseline)
      if (h === false) {
        all = false
        break
      }
      if (h === null) all = null
    }
    if (all === true) return true
    if (all === null) anyNull = true
  }
  return anyNull ? null : false
}
