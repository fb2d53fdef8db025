/**
 * The small languages of alert rules: a threshold (`>0`, `>=1`, `>5%`, `>=0.8`) and a cooldown (`30m`,
 * `6h`, `1d`). Parsers return an error message instead of throwing, so that the rule schema can say
 * which rule and which field it was in.
 */
export type Comparator = '>' | '>=' | '<' | '<=' | '=='

export interface Threshold {
  op: Comparator
  /** A percentage is stored as a fraction: `5%` is 0.05. */
  value: number
  /** As written, for messages ("failed-tests 2 >0"). */
  text: string
}

const THRESHOLD = /^\s*(>=|<=|==|=|>|<)\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*$/

export function parseThreshold(text: string, allowPercent: boolean): Threshold | { error: string } {
  const m = THRESHOLD.exec(text)
  if (!m) {
    return {
      error: `"${text}" is not a threshold: write a comparison (>, >=, <, <=, ==) and a number, e.g. '>0' or '>=1' — in quotes, as > starts a block in YAML`,
    }
  }
  if (m[3] && !allowPercent) return { error: `"${text}": a percentage only makes sense for error-rate` }
  const op = (m[1] === '=' ? '==' : m[1]) as Comparator
  const n = Number(m[2])
  return { op, value: m[3] ? n / 100 : n, text: text.trim() }
}

/** `==` allows for floating-point noise: a rate computed as 1/20 must equal `5%`. */
export function holds(actual: number, t: Threshold): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(t.value))
  switch (t.op) {
    case '>':
      return actual > t.value + eps
    case '>=':
      return actual >= t.value - eps
    case '<':
      return actual < t.value - eps
    case '<=':
      return actual <= t.value + eps
    case '==':
      return Math.abs(actual - t.value) <= eps
  }
}

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
}
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/

/** `6h` → 21,600,000 ms. `0` alone is allowed (no cooldown); any other number needs its unit. */
export function parseDuration(text: string): number | { error: string } {
  if (text.trim() === '0') return 0
  const m = DURATION.exec(text)
  if (!m) return { error: `"${text}" is not a duration: write a number and a unit, e.g. 30m, 6h or 1d` }
  return Math.round(Number(m[1]) * UNIT_MS[m[2]!]!)
}

/** The largest whole unit: 21,600,000 → `6h`, 5,400,000 → `90m`. */
export function formatDuration(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit]!
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`
  }
  return `${ms}ms`
}
