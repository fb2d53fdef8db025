import type { Logger } from '../../core/logger.js'
import type { GitHubClient } from './client.js'
import { decodeDigest, type RunDigest } from './digest.js'
import { toServiceError } from './github-errors.js'
import { checkRunName } from './marker.js'

export interface BaseDigestOptions {
  octokit: GitHubClient
  owner: string
  repo: string
  /** The PR's base branch (`main`), or a commit. */
  baseRef: string
  workflow: string
  job: string
  logger: Logger
  /** Commits of the base branch looked at, newest first. Default 10. */
  maxCommits?: number
}

/**
 * The digest of the last logward run of this workflow and job on the base branch. Every run that can
 * write checks leaves its digest in its check run's summary (`logward (<workflow> / <job>)`), so this
 * walks the base branch's newest commits and reads the first such check run that has one: the newest
 * commit may still be running, or may have been pushed with `[skip ci]`.
 *
 * Best effort: no base digest is a normal answer (first run, a fork that cannot read checks, expired
 * history), so failures other than rate limits (which the client retries) end in `undefined` and a
 * debug line, never an error.
 */
export async function findBaseDigest(o: BaseDigestOptions): Promise<RunDigest | undefined> {
  const name = checkRunName(o.workflow, o.job)
  const base = { owner: o.owner, repo: o.repo }
  try {
    const commits = await o.octokit.rest.repos
      .listCommits({ ...base, sha: o.baseRef, per_page: Math.max(1, Math.min(o.maxCommits ?? 10, 100)) })
      .catch((error: unknown) => {
        throw toServiceError(error, `listing the commits of ${o.baseRef}`)
      })
    for (const commit of commits.data) {
      const { data } = await o.octokit.rest.checks
        .listForRef({ ...base, ref: commit.sha, check_name: name, filter: 'latest', per_page: 20 })
        .catch((error: unknown) => {
          throw toServiceError(error, `listing the check runs of ${commit.sha.slice(0, 7)}`)
        })
      for (const run of data.check_runs) {
        const digest = decodeDigest(run.output?.summary)
        if (digest && digest.workflow === o.workflow && digest.job === o.job) {
          o.logger.debug(`base digest: ${name} on ${commit.sha.slice(0, 7)} (${o.baseRef})`)
          return digest
        }
      }
    }
    o.logger.debug(
      `no ${name} check run with a digest among the last ${commits.data.length} commits of ${o.baseRef}`,
    )
  } catch (error) {
    const err = toServiceError(error, 'finding the base branch’s last run')
    o.logger[err.kind === 'rate-limited' ? 'warn' : 'debug'](`${err.message}; comparing with nothing`)
  }
  return undefined
}
