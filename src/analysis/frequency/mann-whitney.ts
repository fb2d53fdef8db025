/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), two-sided: do two samples come from the same distribution,
 * or does one tend to be larger? Rank-based, so it needs no normality and is not thrown by a few huge
 * values: the test Kayenta's canary judge uses to compare a metric's values in canary and baseline.
 *
 * `exact`: the exact null distribution of U, used when there are no ties and both samples are small
 * (it is the only sound choice there); `asymptotic`: the normal approximation with tie correction and
 * continuity correction, as SciPy's `mannwhitneyu(..., method='asymptotic')`.
 */
export interface MannWhitneyResult {
  /** U of the first sample: how many (x, y) pairs have x > y, ties counting one half. */
  u: number
  /** Two-sided p-value. */
  p: number
  method: 'exact' | 'asymptotic'
}

const EXACT_MAX = 50

export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  method: 'auto' | 'exact' | 'asymptotic' = 'auto',
): MannWhitneyResult {
  const n1 = x.length
  const n2 = y.length
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitneyU: both samples need at least one value')
  const { ranks, tieTerm } = rank([...x, ...y])
  let r1 = 0
  for (let i = 0; i < n1; i++) r1 += ranks[i]!
  const u = r1 - (n1 * (n1 + 1)) / 2
  const useExact =
    method === 'exact' || (method === 'auto' && tieTerm === 0 && n1 <= EXACT_MAX && n2 <= EXACT_MAX)
  if (useExact) return { u, p: exactP(u, n1, n2), method: 'exact' }
  const n = n1 + n2
  const mu = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  // Every value tied: the samples cannot be told apart.
  if (variance <= 0) return { u, p: 1, method: 'asymptotic' }
  const z = Math.max(0, Math.abs(u - mu) - 0.5) / Math.sqrt(variance)
  return { u, p: Math.min(1, erfc(z / Math.SQRT2)), method: 'asymptotic' }
}

/** Mid-ranks (1-based) and Σ(t³ − t) over groups of ties. */
function rank(values: number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0])
  const ranks = new Array<number>(values.length)
  let tieTerm = 0
  for (let i = 0; i < order.length;) {
    let j = i
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++
    const mid = (i + j + 2) / 2
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = mid
    const t = j - i + 1
    tieTerm += t * t * t - t
    i = j + 1
  }
  return { ranks, tieTerm }
}

/**
 * Two-sided exact p: 2 · P(U ≤ min(u, n1·n2 − u)) under the null, capped at 1. The distribution is
 * counted by the classic recurrence over (n1, n2), one row of counts per n2, in floating point (the
 * counts reach C(100, 50) at EXACT_MAX, well within a double's range).
 */
function exactP(u: number, n1: number, n2: number): number {
  const max = n1 * n2
  const k = Math.floor(Math.min(u, max - u))
  // f[m][t]: arrangements of m x-values among j y-values with U = t, for the current j.
  let f: number[][] = Array.from({ length: n1 + 1 }, (_, m) => (m === 0 ? [1] : [1]))
  for (let j = 1; j <= n2; j++) {
    const next: number[][] = [[1]]
    for (let m = 1; m <= n1; m++) {
      const size = m * j + 1
      const row = new Array<number>(size).fill(0)
      const a = f[m]! // the largest value is a y: U unchanged
      const b = next[m - 1]! // the largest value is an x: it beats all j y-values
      for (let t = 0; t < size; t++) row[t] = (a[t] ?? 0) + (t >= j ? (b[t - j] ?? 0) : 0)
      next.push(row)
    }
    f = next
  }
  const dist = f[n1]!
  let total = 0
  let below = 0
  for (let t = 0; t < dist.length; t++) {
    total += dist[t]!
    if (t <= k) below += dist[t]!
  }
  return Math.min(1, (2 * below) / total)
}

/**
 * Complementary error function, Numerical Recipes' Chebyshev fit (fractional error below 1.2e-7):
 * plenty for a p-value compared with a significance level.
 */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? r : 2 - r
}
