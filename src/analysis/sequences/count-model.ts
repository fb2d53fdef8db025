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
 *
 * Exact ranges cannot know that an optional part of a normal session may run more often than training
 * happened to show (HDFS: a block re-replicated three times, where training had only single replications).
 * So a session outside the ranges is still normal when it *repeats a normal part*: its count vector is
 * `b + k·(q − b)` for two distinct normal profiles b and q with q ≥ b and a whole k ≥ 2 — the normal session
 * b with the part by which q exceeds it run k times. The check is exact: a repeated part must be exactly a
 * difference between two normal sessions, and what remains exactly a normal session, so a missing event, or
 * one extra event of a structural key, still counts. Looser rules let anomalies through: a normal part
 * repeated on top of any normal profile (not only the one it was the difference from) let 8 % of HDFS
 * anomalies pass, on top of anything within the ranges 16 % (docs/decisions/0012-count-repetitions.md).
 */
export interface CountModelJSON {
  slack: number
  /** Per id (index = vocabulary id): lowest and highest allowed count; reserved ids are unused. */
  low: number[]
  high: number[]
  /**
   * Distinct count vectors of the normal training sessions, most frequent first, each as `"id:count …"`
   * by ascending id (one short line each in scorer.json). Absent in models saved before the repetition
   * check: those are judged by the ranges alone, as before.
   */
  profiles?: string[]
}

/** Enough for every distinct profile of thousands of CI runs; a bound keeps scorer.json and scoring small. */
export const MAX_PROFILES = 10_000

export class CountModel {
  private readonly profileSet: Set<string>
  private readonly sparseProfiles: (readonly number[])[]

  private constructor(
    readonly slack: number,
    private readonly low: number[],
    private readonly high: number[],
    profiles: readonly (readonly number[])[] = [],
  ) {
    this.sparseProfiles = profiles.map((p) => [...p])
    this.profileSet = new Set(this.sparseProfiles.map(profileKey))
  }

  /**
   * `maxProfiles` bounds the normal profiles kept for the repetition check (most frequent first); 0 turns
   * the check off, leaving the ranges alone.
   */
  static fit(
    sessions: readonly (readonly number[])[],
    vocabSize: number,
    slack: number,
    maxProfiles = MAX_PROFILES,
  ): CountModel {
    const min = new Array<number>(vocabSize).fill(Infinity)
    const max = new Array<number>(vocabSize).fill(0)
    const counts = new Array<number>(vocabSize)
    const seen = new Map<string, { profile: number[]; sessions: number }>()
    for (const s of sessions) {
      countInto(s, counts)
      for (let k = 0; k < vocabSize; k++) {
        const c = counts[k] as number
        if (c < (min[k] as number)) min[k] = c
        if (c > (max[k] as number)) max[k] = c
      }
      if (maxProfiles > 0) {
        const profile = sparse(counts)
        const key = profileKey(profile)
        const entry = seen.get(key)
        if (entry) entry.sessions++
        else seen.set(key, { profile, sessions: 1 })
      }
    }
    const low = min.map((m) => (Number.isFinite(m) ? m - Math.floor(slack * m) : 0))
    const high = max.map((m) => m + Math.floor(slack * m))
    // Stable sort: equally frequent profiles keep their order of first appearance, so the file is reproducible.
    const profiles = [...seen.values()]
      .sort((a, b) => b.sessions - a.sessions)
      .slice(0, maxProfiles)
      .map((e) => e.profile)
    return new CountModel(slack, low, high, profiles)
  }

  static fromJSON(json: CountModelJSON): CountModel {
    const profiles = (json.profiles ?? [])
      .filter((p) => p !== '')
      .map((p) => p.split(' ').flatMap((pair) => pair.split(':').map(Number)))
    return new CountModel(json.slack, json.low, json.high, profiles)
  }

  /**
   * Events outside the normal profile: how far each key's count falls outside its range, summed; 0 when
   * the session is a normal one with a normal part repeated (see above).
   */
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
    return excess > 0 && this.repeatsNormalPart(counts) ? 0 : excess
  }

  /** Whether `counts` is b + k·(q − b) for normal profiles b ≠ q, q ≥ b, k ≥ 2. */
  private repeatsNormalPart(counts: readonly number[]): boolean {
    const session = sparse(counts)
    const d = new Array<number>(session.length / 2)
    for (const base of this.sparseProfiles) {
      // d = session − base over the session's keys; base must have no key the session lacks, and no more of one.
      let j = 0
      let ok = true
      for (let i = 0; i < session.length && ok; i += 2) {
        const id = session[i] as number
        while (j < base.length && (base[j] as number) < id) {
          ok = false
          j += 2
        }
        let b = 0
        if (j < base.length && base[j] === id) {
          b = base[j + 1] as number
          j += 2
        }
        const diff = (session[i + 1] as number) - b
        if (diff < 0) ok = false
        d[i / 2] = diff
      }
      if (!ok || j < base.length) continue
      let g = 0
      for (const x of d) g = gcd(g, x)
      for (let k = 2; k <= g; k++) {
        if (g % k !== 0) continue
        // q = base + d / k must itself be a normal profile.
        const q: number[] = []
        for (let i = 0; i < session.length; i += 2) {
          const c = (session[i + 1] as number) - ((d[i / 2] as number) * (k - 1)) / k
          if (c > 0) q.push(session[i] as number, c)
        }
        if (this.profileSet.has(profileKey(q))) return true
      }
    }
    return false
  }

  toJSON(): CountModelJSON {
    return {
      slack: this.slack,
      low: this.low,
      high: this.high,
      profiles: this.sparseProfiles.map((p) => {
        const pairs: string[] = []
        for (let i = 0; i < p.length; i += 2) pairs.push(`${p[i]}:${p[i + 1]}`)
        return pairs.join(' ')
      }),
    }
  }
}

function countInto(session: readonly number[], counts: number[]): void {
  counts.fill(0)
  for (const id of session) if (id < counts.length) counts[id] = (counts[id] as number) + 1
}

/** `[id, count, …]` of the non-zero counts of real keys (reserved ids left out), by ascending id. */
function sparse(counts: readonly number[]): number[] {
  const out: number[] = []
  for (let k = 0; k < counts.length; k++) {
    if (k === PAD || k === UNK || k === END) continue
    const c = counts[k] as number
    if (c > 0) out.push(k, c)
  }
  return out
}

function profileKey(profile: readonly number[]): string {
  return profile.join(',')
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}
