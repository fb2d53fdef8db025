import type { Histogram } from '../../../analysis/model.js'
import { LEVELS, type Level } from '../../../core/record.js'
import { formatDuration } from './report-text.js'

/**
 * The histogram of a run, regrouped to at most `maxBuckets` columns and checked, for the charts of both
 * renderers. A report.json written by another version (or by hand) may have series of the wrong length or
 * odd numbers: they become zeros rather than a broken chart.
 */
export interface TimeBuckets {
  /** Epoch milliseconds of the first bucket, when the histogram has a parseable start. */
  start?: number
  bucketSeconds: number
  buckets: number
  /** Levels that have records, in `LEVELS` order (least to most severe). */
  series: { level: Level; counts: number[]; total: number }[]
  /** Records per bucket, all levels together. */
  totals: number[]
}

export function regroupHistogram(h: Histogram, maxBuckets: number): TimeBuckets {
  const raw = Number.isFinite(h.buckets) && h.buckets > 0 ? Math.floor(h.buckets) : 0
  const factor = raw > maxBuckets ? Math.ceil(raw / maxBuckets) : 1
  const buckets = Math.ceil(raw / factor)
  const series: TimeBuckets['series'] = []
  for (const level of LEVELS) {
    const source = h.series[level] ?? []
    const counts = new Array<number>(buckets).fill(0)
    for (let i = 0; i < raw; i++) {
      const n = source[i]
      if (typeof n === 'number' && Number.isFinite(n) && n > 0) counts[Math.floor(i / factor)]! += n
    }
    const total = counts.reduce((a, b) => a + b, 0)
    if (total > 0) series.push({ level, counts, total })
  }
  const totals = new Array<number>(buckets)
    .fill(0)
    .map((_, i) => series.reduce((a, s) => a + s.counts[i]!, 0))
  const start = h.start ? Date.parse(h.start) : NaN
  return {
    ...(Number.isNaN(start) ? {} : { start }),
    bucketSeconds: (h.bucketSeconds > 0 ? h.bucketSeconds : 1) * factor,
    buckets,
    series,
    totals,
  }
}

/**
 * The label of bucket boundary `i` (0..buckets): a UTC clock time when the start is known (with the date
 * when the run spans days), else the offset from the first bucket.
 */
export function boundaryLabel(tb: TimeBuckets, i: number): string {
  const offset = i * tb.bucketSeconds
  if (tb.start === undefined) return i === 0 ? '0 s' : `+${formatDuration(offset)}`
  const iso = new Date(tb.start + offset * 1000).toISOString()
  const spanDays = (tb.buckets * tb.bucketSeconds) / 86400 >= 1
  const clock = tb.bucketSeconds < 60 ? iso.slice(11, 19) : iso.slice(11, 16)
  return spanDays ? `${iso.slice(5, 10)} ${clock}` : clock
}

/** `12:03–12:04`: the time range of bucket `i`, for tooltips. */
export function bucketLabel(tb: TimeBuckets, i: number): string {
  return `${boundaryLabel(tb, i)}–${boundaryLabel(tb, i + 1)}`
}

/** A round axis maximum at or above `max` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k), close enough that bars fill the panel. */
export function niceMax(max: number): number {
  if (max <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (step * magnitude >= max) return step * magnitude
  return 10 * magnitude
}
