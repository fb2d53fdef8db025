import { setTimeout as sleep } from 'node:timers/promises'
import { LogwardError } from './errors.js'

/**
 * The one retry helper (the kafkajs model): exponential backoff with full jitter, a cap on attempts and
 * on total time, and a `bail` escape for errors that retrying cannot fix. An error is retried when it is
 * a `LogwardError` with `retriable: true`, or when `shouldRetry` says so; a server's `Retry-After`
 * (seconds or a date, from `retryAfterMs`) wins over the computed delay. Tests pass small delays.
 */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 5. */
  retries?: number
  /** First delay in ms. Default 300. */
  initialDelayMs?: number
  /** Largest delay in ms. Default 30,000. */
  maxDelayMs?: number
  /** Growth per attempt. Default 2. */
  factor?: number
  /** Give up once this much time has passed since the first attempt. Default: no limit. */
  maxElapsedMs?: number
  /** Decide for errors that are not LogwardErrors (network errors, client-library errors). */
  shouldRetry?: (error: unknown, attempt: number) => boolean
  /** A delay the server asked for (Retry-After), in ms, when the error carries one. */
  retryAfterMs?: (error: unknown) => number | undefined
  /** Told before each wait: for a log line ("retrying in 2 s: …"). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
  /** For tests: a random source in [0, 1). */
  random?: () => number
  signal?: AbortSignal
}

/** Thrown by `bail(error)` inside the retried function: stop at once and rethrow `error`. */
class Bail {
  constructor(readonly error: unknown) {}
}

export async function retry<T>(
  fn: (attempt: number, bail: (error: unknown) => never) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const retries = options.retries ?? 5
  const initial = options.initialDelayMs ?? 300
  const max = options.maxDelayMs ?? 30_000
  const factor = options.factor ?? 2
  const random = options.random ?? Math.random
  const started = Date.now()
  const bail = (error: unknown): never => {
    throw new Bail(error)
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt, bail)
    } catch (error) {
      if (error instanceof Bail) throw error.error
      const retriable =
        error instanceof LogwardError ? error.retriable : (options.shouldRetry?.(error, attempt) ?? false)
      if (!retriable || attempt >= retries) throw error
      const computed = Math.min(max, initial * factor ** (attempt - 1)) * random()
      const asked = options.retryAfterMs?.(error)
      const delay = Math.min(max, asked !== undefined ? asked : computed)
      if (options.maxElapsedMs !== undefined && Date.now() - started + delay > options.maxElapsedMs)
        throw error
      options.onRetry?.(error, attempt, delay)
      await sleep(delay, undefined, options.signal ? { signal: options.signal } : undefined)
    }
  }
}

/** Parse an HTTP `Retry-After` header (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
