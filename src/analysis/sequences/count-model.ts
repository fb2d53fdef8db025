import { END, PAD, UNK } from './vocabulary.js'

/**
 * The count profile of normal sessions: for every known key, the range of how often it occurs in one
 * session. HDFS-style anomalies mostly show up here (a block received three times but acknowledged twice,
 * a session cut off after two events), and a range check is exact where a learned model is only close.
 *
 * Observed ranges are widened by `slack` of the bound itself (floored), so only keys that occur many times
 * per session get room: a key seen 0..22 times may occur 24 times, but one seen exactly 3 times must occur
 * exactly 3 times. That keeps the long tails of retry-like keys from raising false alarms on held-out normal
 * sessions without letting through a missing or extra structural event.
 */
export interface CountModelJSON {
  slack: number
  /** Per id (index = vocabulary id): lowest and highest allowed count; reserved ids are unused. */
  low: number[]
  high: number[]
}

export class CountModel {
  private constructor(
    readonly slack: number,
    private readonly low: number[],
    private readonly high: number[],
  ) {}

  static fit(sessions: readonly (readonly number[])[], vocabSize: number, slack: number): CountModel {
    const min = new Array<number>(vocabSize).fill(Infinity)
    const max = new Array<number>(vocabSize).fill(0)
    const counts = new Array<number>(vocabSize)
    for (const s of sessions) {
      countInto(s, counts)
      for (let k = 0; k < vocabSize; k++) {
        const c = counts[k] as number
        if (c < (min[k] as number)) min[k] = c
        if (c > (max[k] as number)) max[k] = c
      }
    }
    const low = min.map((m) => (Number.isFinite(m) ? m - Math.floor(slack * m) : 0))
    const high = max.map((m) => m + Math.floor(slack * m))
    return new CountModel(slack, low, high)
  }

  static fromJSON(json: CountModelJSON): CountModel {
    return new CountModel(json.slack, json.low, json.high)
  }

  /** Events outside the normal profile: how far each key's count falls outside its range, summed. */
  excess(session: readonly number[]): number {
    const counts = new Array<number>(this.low.length)
    countInto(session, counts)
    let excess = 0
    for (let k = 0; k < counts.length; k++) {
      if (k === PAD || k === UNK || k === END) continue
      const c = counts[k] as number
      const lo = this.low[k] as number
      const hi = this.high[k] as number
      if (c < lo) excess += lo - c
      else if (c > hi) excess += c - hi
    }
    return excess
  }

  toJSON(): CountModelJSON {
    return { slack: this.slack, low: this.low, high: this.high }
  }
}

function countInto(session: readonly number[], counts: number[]): void {
  counts.fill(0)
  for (const id of session) if (id < counts.length) counts[id] = (counts[id] as number) + 1
}
