/**
 * A bounded cache keyed by the exact message, that switches itself off when it does not pay.
 *
 * Logs repeat some messages verbatim (a retry loop, a health check, `Connection closed`), and for those a
 * lookup skips tokenising and tree search. Other logs carry a fresh id or time in every message; there a
 * cache only costs hashing the message and keeps every message alive long enough to reach the old
 * generation of the garbage collector, which more than halved throughput in measurements. So the cache
 * samples its own hit rate and, when it is low, is bypassed for a while before trying again.
 */
export class MessageCache<V> {
  private readonly map = new Map<string, V>()
  private readonly capacity: number
  private lookups = 0
  private hits = 0
  /** Lookups left to skip while bypassed. */
  private bypass = 0

  constructor(capacity = 8192) {
    this.capacity = capacity
  }

  get(message: string): V | undefined {
    if (this.bypass > 0) {
      if (--this.bypass === 0) this.map.clear()
      return undefined
    }
    const v = this.map.get(message)
    if (v !== undefined) this.hits++
    if (++this.lookups === SAMPLE) {
      if (this.hits < SAMPLE * MIN_HIT_RATE) {
        this.bypass = BYPASS
        this.map.clear()
      }
      this.lookups = 0
      this.hits = 0
    }
    return v
  }

  set(message: string, value: V): void {
    if (this.bypass > 0) return
    if (this.map.size >= this.capacity) this.map.clear()
    this.map.set(message, value)
  }

  clear(): void {
    this.map.clear()
  }
}

/** Lookups per hit-rate sample. */
const SAMPLE = 2048
/** Below this share of hits, the cache is bypassed. */
const MIN_HIT_RATE = 0.1
/** Lookups to bypass before sampling again. */
const BYPASS = 65_536
