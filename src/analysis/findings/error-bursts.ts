import { plural } from '../../core/format.js'
import type { ErrorBucketsResult } from '../collectors/error-buckets.js'
import type { BaselineRunStats } from '../baseline/model.js'
import type { Finding } from '../model.js'
import { poissonTail } from './poisson.js'

export interface BurstOptions {
  /** Family-wise significance over all of the run's buckets (Bonferroni: each bucket is tested at alpha / buckets). */
  alpha: number
  /** A bucket needs at least this many errors: three errors in a minute is never a burst worth a finding. */
  minCount: number
}

export const DEFAULT_BURST: BurstOptions = { alpha: 0.001, minCount: 5 }
const EVIDENCE = 3

/**
 * Error bursts: time buckets whose error count is far above the baseline's errors per bucket. The
 * baseline rate λ is its timestamped errors over its buckets; a bucket bursts when P(X ≥ count | Poisson
 * λ) < alpha / buckets and count ≥ minCount. A baseline without errors gets λ = half an error over all its
 * buckets, so the test stays defined and any cluster of minCount errors stands out. Adjacent bursting
 * buckets are one finding.
 */
export function errorBurstFindings(
  run: ErrorBucketsResult,
  baseline: readonly BaselineRunStats[],
  o: BurstOptions = DEFAULT_BURST,
): { findings: Finding[]; notes: string[] } {
  const buckets = baseline.reduce((n, r) => n + r.buckets, 0)
  if (buckets === 0)
    return { findings: [], notes: ['error bursts not tested: the baseline runs have no timestamps'] }
  if (run.buckets === 0 || !run.start) return { findings: [], notes: [] }
  const errors = baseline.reduce((n, r) => n + r.timedErrors, 0)
  const lambda = errors > 0 ? errors / buckets : 0.5 / buckets
  const level = o.alpha / run.buckets
  const flagged = [...run.counts]
    .filter(([, b]) => b.errors >= o.minCount)
    .map(([i, b]) => ({ i, b, p: poissonTail(b.errors, lambda) }))
    .filter((x) => x.p < level)
    .sort((a, b) => a.i - b.i)
  const groups: (typeof flagged)[] = []
  for (const x of flagged) {
    const g = groups.at(-1)
    if (g && g.at(-1)!.i === x.i - 1) g.push(x)
    else groups.push([x])
  }
  const start = Date.parse(run.start)
  const ms = run.bucketSeconds * 1000
  const findings = groups.map((g): Finding => {
    const from = new Date(start + g[0]!.i * ms).toISOString()
    const to = new Date(start + (g.at(-1)!.i + 1) * ms).toISOString()
    const count = g.reduce((n, x) => n + x.b.errors, 0)
    const p = Math.min(...g.map((x) => x.p))
    const expected = lambda * g.length
    const minutes = (g.length * run.bucketSeconds) / 60
    return {
      kind: 'error-burst',
      severity: 'warn',
      title: `Error burst: ${plural(count, 'error')} at ${from.slice(11, 16)} UTC`,
      explanation: `${plural(count, 'error record')} between ${from.slice(11, 19)} and ${to.slice(11, 19)} UTC (${minutes < 1 ? `${g.length * run.bucketSeconds} s` : `${minutes} min`}) where the baseline averages ${expected < 0.01 ? expected.toExponential(1) : expected.toPrecision(2)} (Poisson p = ${p.toPrecision(2)}).`,
      evidence: g.flatMap((x) => x.b.examples).slice(0, EVIDENCE),
      burst: { start: from, end: to, bucketSeconds: run.bucketSeconds, errors: count, expected, p },
    }
  })
  return { findings, notes: [] }
}
