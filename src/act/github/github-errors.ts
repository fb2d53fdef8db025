import { ServiceError } from '../../core/errors.js'
import { parseRetryAfter } from '../../core/retry.js'

/**
 * What a failed GitHub REST call means for logward. Octokit throws a `RequestError` (status, response
 * headers and body); this reads it by shape, so a test double or another Octokit build works too, and it
 * never reads `error.request` (its headers hold the token, even if Octokit masks it).
 */
export type FailureKind =
  /** Primary (`x-ratelimit-remaining: 0`) or secondary (`retry-after`, "secondary rate limit") limit. */
  | 'rate-limited'
  /** The token may not do this: a fork's or Dependabot's read-only token, or a missing permission. */
  | 'forbidden'
  /** The token itself was refused. */
  | 'unauthorized'
  | 'not-found'
  /** 5xx, or no answer at all (Octokit reports network errors as status 500 without a response). */
  | 'transient'
  /** Anything else (422 validation and the like): retrying cannot help. */
  | 'invalid'

export interface GitHubFailure {
  kind: FailureKind
  status: number | undefined
  /** GitHub's own `message` (never a token: GitHub does not echo credentials), clipped. */
  message: string
  headers: Record<string, string | undefined>
}

/** GitHub asks for at least a minute's pause after a secondary limit that came without `retry-after`. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000

export function describeFailure(error: unknown): GitHubFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
    message?: unknown
    response?: { headers?: Record<string, unknown>; data?: unknown }
  }
  const status = typeof e.status === 'number' ? e.status : undefined
  const headers: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(e.response?.headers ?? {})) {
    headers[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v)
  }
  const data = e.response?.data
  const fromBody =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof data === 'string'
        ? data
        : undefined
  // A 422 says what was wrong in `errors` ("Only 50 annotations are allowed per request").
  const details =
    typeof data === 'object' && data !== null && Array.isArray((data as { errors?: unknown }).errors)
      ? (data as { errors: unknown[] }).errors
          .map((x) => (typeof x === 'string' ? x : (x as { message?: unknown } | null)?.message))
          .filter((x): x is string => typeof x === 'string')
      : []
  const raw =
    (fromBody ?? (typeof e.message === 'string' ? e.message : String(error))) +
    (details.length > 0 ? `: ${details.join('; ')}` : '')
  const message = raw.replace(/\s+/g, ' ').trim().slice(0, 300)
  return { kind: kindOf(status, headers, message, e.response !== undefined), status, message, headers }
}

function kindOf(
  status: number | undefined,
  headers: Record<string, string | undefined>,
  message: string,
  answered: boolean,
): FailureKind {
  if (status === 429) return 'rate-limited'
  if (status === 403) {
    if (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)
      return 'rate-limited'
    if (/rate limit/i.test(message)) return 'rate-limited'
    return 'forbidden'
  }
  if (status === 401) return 'unauthorized'
  if (status === 404 || status === 410) return 'not-found'
  if (status === undefined || status >= 500 || !answered) return 'transient'
  return 'invalid'
}

/**
 * How long GitHub asked us to wait, in ms: `retry-after` first, then the primary limit's reset time.
 * Undefined when it did not say (the caller backs off on its own schedule), and for a reset already past
 * (clock skew: backing off beats hammering at once).
 */
export function rateLimitWaitMs(failure: GitHubFailure, now = Date.now()): number | undefined {
  const asked = parseRetryAfter(failure.headers['retry-after'], now)
  if (asked !== undefined) return asked
  if (failure.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(failure.headers['x-ratelimit-reset'])
    if (Number.isFinite(reset) && reset * 1000 > now) return reset * 1000 - now
    return undefined
  }
  if (failure.kind === 'rate-limited' && failure.status === 403) return SECONDARY_DEFAULT_WAIT_MS
  return undefined
}

/** A GitHub REST call failed: `kind` says what it means (a read-only token, a rate limit, ...). */
export class GitHubError extends ServiceError {
  readonly kind: FailureKind
  readonly status: number | undefined
  constructor(message: string, failure: Pick<GitHubFailure, 'kind' | 'status'>, hint: string) {
    super(message, { retriable: failure.kind === 'transient' || failure.kind === 'rate-limited', hint })
    this.kind = failure.kind
    this.status = failure.status
  }
}

/**
 * A GitHub failure as logward's error: what was being done, GitHub's status and message, and a hint. The
 * Octokit error is not kept as `cause`: it carries the request (and so, masked or not, the credentials).
 */
export function toServiceError(error: unknown, what: string): GitHubError {
  if (error instanceof GitHubError) return error
  const f = describeFailure(error)
  const status = f.status !== undefined && f.kind !== 'transient' ? `${f.status} ` : ''
  return new GitHubError(`GitHub: ${what} failed: ${status}${f.message}`, f, hintFor(f))
}

function hintFor(f: GitHubFailure): string {
  switch (f.kind) {
    case 'rate-limited': {
      const reset = Number(f.headers['x-ratelimit-reset'])
      return Number.isFinite(reset) && reset > 0
        ? `the GitHub API rate limit resets at ${new Date(reset * 1000).toISOString()}`
        : 'GitHub rate-limited the token; run again later or use a token with a larger quota'
    }
    case 'forbidden':
      return 'the token lacks a permission: give the job `pull-requests: write` and `checks: write` (read-only tokens of fork and Dependabot PRs cannot write)'
    case 'unauthorized':
      return 'GitHub refused the token: check the `github-token` setting (default: the GITHUB_TOKEN environment variable)'
    case 'not-found':
      return 'check the repository, pull request or run id, and that the token can see the repository'
    case 'transient':
      return 'GitHub or the network failed; running again usually helps'
    default:
      return 'GitHub rejected the request as sent'
  }
}
