import type { DigestCounts, RunDigest } from './digest.js'

/** This run against the base branch's last run: what changed in the counts, the tests and the templates. */
export interface DigestDelta {
  base: Pick<RunDigest, 'sha' | 'ref' | 'runId' | 'runUrl' | 'at' | 'verdict'>
  counts: { key: keyof DigestCounts; now: number; base: number; diff: number }[]
  /** Failing now, not on the base (names from this run). */
  newFailures: { id: string; name?: string }[]
  /** Failing on the base, not now: fixed, or no longer run (names from the base's digest, when it kept them). */
  fixed: { id: string; name?: string }[]
  /** Failing on both. */
  stillFailing: number
  /** Error templates of this run that the base run did not have. */
  newErrorTemplates: string[]
  /** Error templates of the base run that this run does not have. */
  goneErrorTemplates: string[]
  /** A side listed only part of its failing tests or templates: the lists may miss some. */
  partial: boolean
}

const COUNT_KEYS: (keyof DigestCounts)[] = [
  'tests',
  'passed',
  'failed',
  'errored',
  'skipped',
  'errors',
  'warnings',
  'newTemplates',
]

export function compareDigests(base: RunDigest, now: RunDigest): DigestDelta {
  const counts = COUNT_KEYS.filter((k) => now.counts[k] !== undefined || base.counts[k] !== undefined).map(
    (key) => {
      const n = now.counts[key] ?? 0
      const b = base.counts[key] ?? 0
      return { key, now: n, base: b, diff: n - b }
    },
  )
  const baseFailing = new Map(base.failing.map(([id, name]) => [id, name]))
  const nowFailing = new Map(now.failing.map(([id, name]) => [id, name]))
  const entry = (id: string, name: string | undefined): { id: string; name?: string } =>
    name === undefined ? { id } : { id, name }
  const newFailures = [...nowFailing].filter(([id]) => !baseFailing.has(id)).map(([id, n]) => entry(id, n))
  const fixed = [...baseFailing].filter(([id]) => !nowFailing.has(id)).map(([id, n]) => entry(id, n))
  const baseTemplates = new Set(base.templates)
  const nowTemplates = new Set(now.templates)
  return {
    base: {
      at: base.at,
      verdict: base.verdict,
      ...(base.sha ? { sha: base.sha } : {}),
      ...(base.ref ? { ref: base.ref } : {}),
      ...(base.runId ? { runId: base.runId } : {}),
      ...(base.runUrl ? { runUrl: base.runUrl } : {}),
    },
    counts,
    newFailures,
    fixed,
    stillFailing: [...nowFailing.keys()].filter((id) => baseFailing.has(id)).length,
    newErrorTemplates: now.templates.filter((t) => !baseTemplates.has(t)),
    goneErrorTemplates: base.templates.filter((t) => !nowTemplates.has(t)),
    partial: Boolean(base.failingCut || now.failingCut || base.templatesCut || now.templatesCut),
  }
}
