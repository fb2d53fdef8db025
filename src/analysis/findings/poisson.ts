/** ln(n!) by summing logs, cached: counts in one run stay small enough for this to be exact and quick. */
const lnFactorials: number[] = [0]
function lnFactorial(n: number): number {
  for (let i = lnFactorials.length; i <= n; i++) lnFactorials.push(lnFactorials[i - 1]! + Math.log(i))
  return lnFactorials[n]!
}

function pmf(i: number, lambda: number): number {
  return Math.exp(-lambda + i * Math.log(lambda) - lnFactorial(i))
}

/**
 * P(X ≥ k) for X ~ Poisson(lambda): the chance of seeing at least k events in a bucket where lambda are
 * expected. Summed from the side that converges: upward from k when k is above the mean (terms shrink
 * fast), else one minus the sum below k.
 */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1
  if (lambda <= 0) return 0
  if (k <= lambda) {
    let below = 0
    for (let i = 0; i < k; i++) below += pmf(i, lambda)
    return Math.min(1, Math.max(0, 1 - below))
  }
  let sum = 0
  for (let i = k; i < k + 10_000; i++) {
    const term = pmf(i, lambda)
    sum += term
    if (term < sum * 1e-16) break
  }
  return Math.min(1, sum)
}
