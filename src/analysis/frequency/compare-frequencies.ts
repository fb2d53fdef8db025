import { median } from '../../core/stats.js'
import { mannWhitneyU } from './mann-whitney.js'
import type { FrequencyOptions, TemplateShift } from './model.js'
import type { TemplateCount, TemplateTallyResult } from './template-tally.js'

export interface FrequencyResult {
  /** Templates tested (known to the baseline, frequent enough). */
  tested: number
  shifted: TemplateShift[]
  /** Why the test could not run (too few slices); the metric is then no-data. */
  unavailable?: string
}

/**
 * Kayenta-style frequency check: for each template the baseline knows, is its rate in this run different
 * from its rate in the baseline runs? Each run is cut into slices of `slice` consecutive records; a
 * template's sample is its rate (occurrences / records) in each slice, pooled over the baseline runs on
 * one side and taken from this run on the other, and the two samples are compared with the Mann-Whitney
 * U test. A template is *shifted* when p < alpha and its overall rate changed by at least `minRatio`
 * either way: with long runs even a trivial change is significant, so the size of the change matters too.
 * Templates only this run has are new templates (their own metric), not shifts.
 */
export function compareFrequencies(
  run: TemplateTallyResult,
  baseline: readonly TemplateTallyResult[],
  o: FrequencyOptions,
): FrequencyResult {
  const runSlices = usableSlices(run, o.slice)
  const baselineSlices = baseline.map((b) => usableSlices(b, o.slice))
  const nBaseline = baselineSlices.reduce((n, s) => n + s.length, 0)
  if (runSlices.length < o.minSlices || nBaseline < o.minSlices) {
    return {
      tested: 0,
      shifted: [],
      unavailable: `too few slices of ${o.slice} records to compare (run ${runSlices.length}, baseline ${nBaseline}; need ${o.minSlices} each)`,
    }
  }
  const known = new Map<string, TemplateCount>()
  for (const b of baseline) for (const [id, t] of b.templates) if (!known.has(id)) known.set(id, t)
  const baselineRecords = baseline.reduce((n, b) => n + b.records, 0)
  const shifted: TemplateShift[] = []
  let tested = 0
  for (const [id, info] of [...known].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const now = run.templates.get(id)
    const count = now?.count ?? 0
    const baselineCount = median(baseline.map((b) => b.templates.get(id)?.count ?? 0))
    if (Math.max(count, baselineCount) < o.minCount) continue
    tested++
    const x = runSlices.map(({ index, size }) => (now?.slices.get(index) ?? 0) / size)
    const y = baseline.flatMap((b, i) =>
      baselineSlices[i]!.map(({ index, size }) => (b.templates.get(id)?.slices.get(index) ?? 0) / size),
    )
    const { u, p } = mannWhitneyU(x, y)
    const rate = run.records > 0 ? count / run.records : 0
    const total = baseline.reduce((n, b) => n + (b.templates.get(id)?.count ?? 0), 0)
    const baselineRate = baselineRecords > 0 ? total / baselineRecords : 0
    const ratio = baselineRate > 0 ? rate / baselineRate : Number.POSITIVE_INFINITY
    if (p >= o.alpha || (ratio < o.minRatio && ratio > 1 / o.minRatio)) continue
    const shown = now ?? info
    shifted.push({
      templateId: id,
      template: shown.template,
      level: shown.level,
      count,
      baselineCount,
      rate,
      baselineRate,
      ratio,
      direction: ratio > 1 ? 'up' : 'down',
      u,
      p,
      example: shown.example,
    })
  }
  shifted.sort((a, b) => a.p - b.p || Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)))
  return { tested, shifted }
}

/** Slice indexes and sizes, without a last slice shorter than half the others (its rate is too noisy). */
function usableSlices(t: TemplateTallyResult, slice: number): { index: number; size: number }[] {
  return t.sliceSizes.map((size, index) => ({ index, size })).filter((s) => s.size * 2 >= slice)
}
