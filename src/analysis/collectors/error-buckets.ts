import type { LogRecord } from '../../core/record.js'

const EXAMPLES_PER_BUCKET = 3
const EXAMPLE_CHARS = 300
/** A run spanning more buckets than this keeps counts for all of them but examples for the first ones only. */
const MAX_BUCKETS_WITH_EXAMPLES = 10_000

export interface ErrorExample {
  path: string
  line: number
  timestamp: string
  message: string
}

export interface ErrorBucketsResult {
  bucketSeconds: number
  /** Buckets from the run's first to its last timestamped record (0 without timestamps). */
  buckets: number
  /** Timestamped error and fatal records. */
  errors: number
  /** ISO start of the first bucket. */
  start?: string
  /** Buckets that had errors, by index from `start`. */
  counts: Map<number, { errors: number; examples: ErrorExample[] }>
}

/**
 * Error and fatal records per fixed time bucket (aligned to multiples of `bucketSeconds` since the epoch,
 * so a baseline and a run bucket alike), with a few example lines per bucket: the samples of the error
 * burst test. Records without a timestamp cannot be placed and are not counted.
 */
export class ErrorBucketCollector {
  private readonly counts = new Map<number, { errors: number; examples: ErrorExample[] }>()
  private first = Number.POSITIVE_INFINITY
  private last = Number.NEGATIVE_INFINITY
  private errors = 0

  constructor(readonly bucketSeconds: number) {}

  add(record: LogRecord): void {
    const ts = record['@timestamp']
    if (!ts) return
    const t = Date.parse(ts)
    if (Number.isNaN(t)) return
    const bucket = Math.floor(t / 1000 / this.bucketSeconds)
    if (bucket < this.first) this.first = bucket
    if (bucket > this.last) this.last = bucket
    const level = record.log.level
    if (level !== 'error' && level !== 'fatal') return
    this.errors++
    let b = this.counts.get(bucket)
    if (!b) {
      b = { errors: 0, examples: [] }
      this.counts.set(bucket, b)
    }
    b.errors++
    if (b.examples.length < EXAMPLES_PER_BUCKET && this.counts.size <= MAX_BUCKETS_WITH_EXAMPLES) {
      const line = record.message.split('\n', 1)[0] ?? ''
      b.examples.push({
        path: record.log.file.path,
        line: record.log.file.line,
        timestamp: ts,
        message: line.length > EXAMPLE_CHARS ? line.slice(0, EXAMPLE_CHARS) + '…' : line,
      })
    }
  }

  result(): ErrorBucketsResult {
    if (this.first > this.last)
      return { bucketSeconds: this.bucketSeconds, buckets: 0, errors: 0, counts: new Map() }
    const counts = new Map([...this.counts].map(([k, v]) => [k - this.first, v]))
    return {
      bucketSeconds: this.bucketSeconds,
      buckets: this.last - this.first + 1,
      errors: this.errors,
      start: new Date(this.first * this.bucketSeconds * 1000).toISOString(),
      counts,
    }
  }
}
