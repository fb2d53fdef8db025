import { getOctokit } from '@actions/github'
import { ConfigError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import { retry, type RetryOptions } from '../../core/retry.js'
import { describeFailure, rateLimitWaitMs } from './github-errors.js'

/** The Octokit logward talks to GitHub with: REST methods, `paginate`, and the retries below. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface CreateOctokitOptions {
  logger?: Logger
  /**
   * Longest wait for a rate limit, in ms. A primary limit can take up to an hour to reset: past this the
   * call fails (with the reset time in the hint) rather than holding the CI job. Default 60 s.
   */
  maxRateLimitWaitMs?: number
  /** The retry schedule (attempts, back-off); tests pass small delays. */
  retry?: Omit<RetryOptions, 'shouldRetry' | 'retryAfterMs' | 'onRetry'>
}

const DEFAULT_API_URL = 'https://api.github.com'
/** Methods that change nothing on a second identical call: safe to repeat after a 5xx or a dropped connection. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE'])

/**
 * An Octokit for `token` against `apiUrl` (else `GITHUB_API_URL`, which GitHub Enterprise Server runners
 * set, else api.github.com). Every request goes through the one retry helper: rate limits (403/429 with
 * `x-ratelimit-remaining: 0` or `retry-after`) wait as GitHub asks, for any method, since GitHub did not
 * act on the request; 5xx and network errors are retried for idempotent methods only, because a POST that
 * timed out may have created its comment (or a PATCH appended its annotations) all the same.
 */
export function createOctokit(
  token: string,
  apiUrl?: string,
  options: CreateOctokitOptions = {},
): GitHubClient {
  if (!token) {
    throw new ConfigError('no GitHub token', {
      hint: 'set `github-token` (default: the GITHUB_TOKEN environment variable)',
    })
  }
  const baseUrl = (apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '')
  const logger = options.logger
  const maxWait = options.maxRateLimitWaitMs ?? 60_000
  const octokit = getOctokit(token, {
    baseUrl,
    // Octokit's own warnings (deprecations) go where logward's go, not to the console.
    log: {
      debug: (m: string) => logger?.debug(m),
      info: (m: string) => logger?.debug(m),
      warn: (m: string) => logger?.warn(m),
      error: (m: string) => logger?.error(m),
    },
  })
  octokit.hook.wrap('request', (request, endpoint) => {
    const method = String(endpoint.method ?? 'GET').toUpperCase()
    // The route template (`GET /repos/{owner}/{repo}/…`), not the URL: a URL may carry a signed query.
    const route = `${method} ${String(endpoint.url ?? '')}`.slice(0, 200)
    return retry(async () => request(endpoint), {
      maxDelayMs: maxWait,
      ...options.retry,
      shouldRetry: (error) => {
        const f = describeFailure(error)
        if (f.kind === 'rate-limited') {
          const wait = rateLimitWaitMs(f)
          return wait === undefined || wait <= maxWait
        }
        return f.kind === 'transient' && IDEMPOTENT.has(method)
      },
      retryAfterMs: (error) => rateLimitWaitMs(describeFailure(error)),
      onRetry: (error, attempt, delay) => {
        const f = describeFailure(error)
        logger?.info(
          `GitHub ${f.kind === 'rate-limited' ? 'rate limit' : `error ${f.status ?? ''}`.trim()} on ${route}; retry ${attempt} in ${Math.round(delay / 100) / 10} s`,
        )
      },
    })
  })
  return octokit
}
