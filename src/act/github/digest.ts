import { createHash } from 'node:crypto'
import type { RunAnalysis, Verdict } from '../../analysis/model.js'
import { clip, testTitle } from '../report/html/report-text.js'

/**
 * The compact record of one run that a later run compares itself with (the "delta against the base
 * branch"): counts, the failing tests and the error templates, by id. It rides along, base64-encoded JSON
 * in a hidden HTML comment, in the PR comment and in the check run's summary
 * (docs/decisions/0009-github-pr-comment.md).
 */
export interface RunDigest {
  v: 1
  workflow: string
  job: string
  sha?: string
  ref?: string
  runId?: string
  runUrl?: string
  /** When the analysis was made (ISO). */
  at: string
  verdict: Verdict
  counts: DigestCounts
  /** Failing tests as `[id, name]`, or `[id]` once names no longer fit the budget. */
  failing: ([string] | [string, string])[]
  /** Some failing tests (beyond the budget) are not listed: lists compared with this one are partial. */
  failingCut?: true
  /** Ids of the error and fatal templates of the run. */
  templates: string[]
  templatesCut?: true
}

export interface DigestCounts {
  tests: number
  passed: number
  failed: number
  errored: number
  skipped: number
  /** Error and fatal log records. */
  errors: number
  warnings: number
  /** Templates new against the run's baseline, when it had one. */
  newTemplates?: number
}

/** Characters of JSON a digest may take (about 16 KB once base64-encoded): a quarter of a comment. */
export const DIGEST_JSON_BUDGET = 12_000
const NAME_CHARS = 120
const PREFIX = '<!-- logward-digest:v1:'
const SUFFIX = ' -->'

/**
 * A test's identity across runs: class and name, not the report path (which may carry a matrix
 * directory or a temporary name). 48 bits of SHA-256 is plenty for the tests of one job.
 */
export function testId(t: { name: string; className?: string | undefined }): string {
  return createHash('sha256')
    .update(`${t.className ?? ''}\u0000${t.name}`, 'utf8')
    .digest('hex')
    .slice(0, 12)
}

export interface DigestMeta {
  workflow: string
  job: string
  sha?: string | undefined
  ref?: string | undefined
  runId?: string | undefined
  runUrl?: string | undefined
}

export function makeDigest(a: RunAnalysis, meta: DigestMeta, budget = DIGEST_JSON_BUDGET): RunDigest {
  const counts: DigestCounts = {
    tests: a.tests.tests,
    passed: a.tests.passed,
    failed: a.tests.failed,
    errored: a.tests.errored,
    skipped: a.tests.skipped,
    errors: (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0),
    warnings: a.logs.byLevel.warn ?? 0,
  }
  if (a.baseline) counts.newTemplates = a.baseline.newTemplates.length
  const digest: RunDigest = {
    v: 1,
    workflow: meta.workflow,
    job: meta.job,
    ...defined({ sha: meta.sha, ref: meta.ref, runId: meta.runId, runUrl: meta.runUrl }),
    at: a.generatedAt,
    verdict: a.verdict,
    counts,
    failing: [],
    templates: [],
  }
  // Fill in order of value: template ids (short, few), then every failing test's id with its name, then
  // ids alone once names stop fitting: a delta needs the ids, and only shows the names.
  let size = JSON.stringify(digest).length + 40
  const seen = new Set<string>()
  for (const t of a.topErrorTemplates) {
    if ((t.level !== 'error' && t.level !== 'fatal') || seen.has(t.templateId)) continue
    const cost = JSON.stringify(t.templateId).length + 1
    if (size + cost > budget / 4) {
      digest.templatesCut = true
      break
    }
    seen.add(t.templateId)
    digest.templates.push(t.templateId)
    size += cost
  }
  const ids = new Set<string>()
  let names = true
  for (const f of a.tests.failing) {
    const id = testId(f)
    if (ids.has(id)) continue
    const named: [string, string] = [id, clip(testTitle(f), NAME_CHARS)]
    let entry: [string] | [string, string] = named
    let cost = JSON.stringify(entry).length + 1
    if (names && size + cost > budget / 2) names = false
    if (!names) {
      entry = [id]
      cost = JSON.stringify(entry).length + 1
    }
    if (size + cost > budget) {
      digest.failingCut = true
      break
    }
    ids.add(id)
    digest.failing.push(entry)
    size += cost
  }
  // The analysis keeps a bounded list of failing tests: more failed than it lists.
  if (a.tests.failed + a.tests.errored > a.tests.failing.length) digest.failingCut = true
  return digest
}

/** The hidden HTML comment that carries a digest. Base64 never contains `--`, so it cannot end the comment. */
export function encodeDigest(d: RunDigest): string {
  return `${PREFIX}${Buffer.from(JSON.stringify(d), 'utf8').toString('base64')}${SUFFIX}`
}

/** The digest in a comment or check-run body, or undefined when there is none or it does not parse. */
export function decodeDigest(text: string | null | undefined): RunDigest | undefined {
  if (!text) return undefined
  const start = text.lastIndexOf(PREFIX)
  if (start < 0) return undefined
  const end = text.indexOf(SUFFIX, start + PREFIX.length)
  if (end < 0) return undefined
  try {
    const value: unknown = JSON.parse(
      Buffer.from(text.slice(start + PREFIX.length, end), 'base64').toString('utf8'),
    )
    return isDigest(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Digests are read from text anyone with comment access can write: check the shape before trusting it. */
function isDigest(v: unknown): v is RunDigest {
  if (typeof v !== 'object' || v === null) return false
  const d = v as Partial<RunDigest>
  if (d.v !== 1 || typeof d.workflow !== 'string' || typeof d.job !== 'string') return false
  if (typeof d.at !== 'string' || !['pass', 'warn', 'fail'].includes(d.verdict as string)) return false
  const c = d.counts as Record<string, unknown> | undefined
  if (!c || !['tests', 'passed', 'failed', 'errored', 'skipped', 'errors', 'warnings'].every(isCount(c)))
    return false
  if (c.newTemplates !== undefined && !isCount(c)('newTemplates')) return false
  if (!Array.isArray(d.failing) || !Array.isArray(d.templates)) return false
  const str = (x: unknown): boolean => typeof x === 'string'
  return (
    d.failing.every((e) => Array.isArray(e) && (e.length === 1 || e.length === 2) && e.every(str)) &&
    d.templates.every(str) &&
    [d.sha, d.ref, d.runId, d.runUrl].every((x) => x === undefined || str(x))
  )
}

function isCount(c: Record<string, unknown>): (k: string) => boolean {
  return (k) => typeof c[k] === 'number' && Number.isFinite(c[k]) && (c[k] as number) >= 0
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as T
}
