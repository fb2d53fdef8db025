import type { Level } from '../../core/record.js'
import type { Histogram } from '../model.js'

/** Bucket sizes a person reads easily; the smallest that gives at most `MAX_BUCKETS` buckets is used. */
const STEPS = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400]
const MAX_BUCKETS = 60

/**
 * Records per time bucket and level. The time range is known from the first pass, so buckets are fixed
 * before the second pass counts into them.
 */
export class HistogramCollector {
  private readonly start: number | undefined
  private readonly bucketSeconds: number
  private readonly buckets: number
  private readonly series: Partial<Record<Level, number[]>> = {}

  constructor(range: { first?: string; last?: string }) {
    const first = range.first ? Date.parse(range.first) : NaN
    const last = range.last ? Date.parse(range.last) : NaN
    if (Number.isNaN(first) || Number.isNaN(last)) {
      this.bucketSeconds = 60
      this.buckets = 0
      return
    }
    const span = Math.max(1, (last - first) / 1000)
    this.bucketSeconds = STEPS.find((s) => span / s <= MAX_BUCKETS) ?? Math.ceil(span / MAX_BUCKETS)
    this.start = Math.floor(first / 1000 / this.bucketSeconds) * this.bucketSeconds * 1000
    this.buckets = Math.floor((last - this.start) / 1000 / this.bucketSeconds) + 1
  }

  add(timestamp: string | undefined, level: Level | undefined): void {
    if (this.start === undefined || !timestamp) return
    const t = Date.parse(timestamp)
    if (Number.isNaN(t)) return
    const i = Math.floor((t - this.start) / 1000 / this.bucketSeconds)
    if (i < 0 || i >= this.buckets) return
    const key: Level = level ?? 'info'
    const row = (this.series[key] ??= new Array<number>(this.buckets).fill(0))
    row[i]!++
  }

  result(): Histogram {
    return {
      ...(this.start !== undefined ? { start: new Date(this.start).toISOString() } : {}),
      bucketSeconds: this.bucketSeconds,
      buckets: this.buckets,
      series: this.series,
    }
  }
}
