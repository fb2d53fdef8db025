import type { RunAnalysis } from '../../analysis/model.js'
import type { Logger } from '../../core/logger.js'
import { findBaseDigest } from './base-digest.js'
import { publishCheckRun, type CheckRunResult } from './check-run.js'
import type { GitHubClient } from './client.js'
import { createComment, findOwnComment, tokenLogin, updateComment } from './comment.js'
import { compareDigests, type DigestDelta } from './delta.js'
import { encodeDigest, makeDigest, type RunDigest } from './digest.js'
import { GitHubError } from './github-errors.js'
import { checkRunName, commentMarker } from './marker.js'
import { renderComment } from './render-comment.js'

export interface PublishContext {
  owner: string
  repo: string
  /** The pull request to comment on; without one, no comment (a push still gets its check run). */
  prNumber?: number | undefined
  /** The commit for the check run: a PR's head commit (`pull_request.head.sha`), not its merge commit. */
  sha?: string | undefined
  workflow: string
  /** Names the comment and check run: give matrix legs distinct names, or they share (and overwrite) one. */
  job: string
  /** A link to the workflow run, for the comment and the check run's details. */
  runUrl?: string | undefined
  /** The PR's base branch: its last run's digest is what the deltas are against. */
  baseRef?: string | undefined
  /** The checkout (GITHUB_WORKSPACE), to make absolute test paths repository-relative for annotations. */
  workspace?: string | undefined
  /** The login the token comments as, when it is neither a user's token nor GITHUB_TOKEN (another App's bot). */
  author?: string | undefined
}

export interface PublishOptions {
  octokit: GitHubClient
  context: PublishContext
  logger: Logger
  /** The base branch's digest; when undefined it is looked up from `context.baseRef`; `null`: compare with nothing. */
  baseDigest?: RunDigest | null | undefined
  /** Post the PR comment. Default true. */
  comment?: boolean
  /** Create the check run with annotations. Default true. */
  checkRun?: boolean
  /** Where the fallback notice goes (the action passes `core.notice`); default `logger.warn`. */
  notice?: (message: string) => void
}

export interface PublishResult {
  comment: 'created' | 'updated' | 'skipped'
  commentUrl?: string
  checkRun?: CheckRunResult
  /** Why something could not be published (a read-only token): the job summary has to carry the report. */
  fellBack?: string
  digest: RunDigest
  delta?: DigestDelta
  /** The comment's Markdown, for the job summary when it could not be posted. */
  body: string
}

/**
 * Reports a judged run where developers look: one PR comment per workflow and job (found again by its
 * hidden marker among the token's own comments, then edited) and a check run whose annotations sit on
 * the failing tests' lines. Both carry the run's digest, so the next PR can compare itself with this run.
 *
 * A token that may not write (a fork's or Dependabot's PR, a missing permission) is not an error of the
 * run: that part is skipped, `notice` says so, and `fellBack` tells the caller to rely on the job summary.
 * Rate limits are retried by the client; other GitHub failures throw a `GitHubError` (a ServiceError).
 */
export async function publishToPullRequest(a: RunAnalysis, options: PublishOptions): Promise<PublishResult> {
  const { octokit, context: ctx, logger } = options
  const repo = { octokit, owner: ctx.owner, repo: ctx.repo }
  const sha = ctx.sha ?? a.ci.sha
  const digest = makeDigest(a, {
    workflow: ctx.workflow,
    job: ctx.job,
    sha,
    ref: a.ci.ref,
    runId: a.ci.run_id,
    runUrl: ctx.runUrl,
  })
  let base = options.baseDigest ?? undefined
  if (options.baseDigest === undefined && ctx.baseRef) {
    base = await findBaseDigest({
      ...repo,
      baseRef: ctx.baseRef,
      workflow: ctx.workflow,
      job: ctx.job,
      logger,
    })
  }
  const delta = base ? compareDigests(base, digest) : undefined
  const marker = commentMarker(ctx.workflow, ctx.job)
  const body = renderComment({
    analysis: a,
    marker,
    digestComment: encodeDigest(digest),
    workflow: ctx.workflow,
    job: ctx.job,
    runUrl: ctx.runUrl,
    delta,
    baseRef: options.baseDigest === null ? undefined : ctx.baseRef,
  })
  const result: PublishResult = { comment: 'skipped', digest, body, ...(delta ? { delta } : {}) }
  const denied: string[] = []
  const unlessDenied = async (what: string, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn()
    } catch (error) {
      if (!(error instanceof GitHubError) || error.kind !== 'forbidden') throw error
      logger.debug(error.message)
      denied.push(what)
    }
  }

  if (options.comment !== false && ctx.prNumber !== undefined) {
    const prNumber = ctx.prNumber
    await unlessDenied('the PR comment', async () => {
      const login = ctx.author ?? (await tokenLogin({ ...repo, logger }))
      const existing = await findOwnComment({ ...repo, prNumber, login, marker, logger })
      if (existing) {
        const c = await updateComment({ ...repo, commentId: existing.id, body })
        result.comment = 'updated'
        if (c.url ?? existing.url) result.commentUrl = c.url ?? existing.url
      } else {
        const c = await createComment({ ...repo, prNumber, body })
        result.comment = 'created'
        if (c.url) result.commentUrl = c.url
      }
      logger.info(
        `PR #${prNumber}: comment ${result.comment}${result.commentUrl ? ` (${result.commentUrl})` : ''}`,
      )
    })
  } else if (options.comment !== false) {
    logger.debug('no pull request: no comment')
  }

  if (options.checkRun !== false && sha) {
    await unlessDenied('the check run', async () => {
      result.checkRun = await publishCheckRun({
        ...repo,
        sha,
        name: checkRunName(ctx.workflow, ctx.job),
        analysis: a,
        summary: body,
        runUrl: ctx.runUrl,
        workspace: ctx.workspace,
        logger,
      })
    })
  }

  if (denied.length > 0) {
    result.fellBack = `the token may not write ${denied.join(' or ')} (a fork or Dependabot PR has a read-only token; otherwise grant \`pull-requests: write\` and \`checks: write\`)`
    const message = `logward: skipped ${denied.join(' and ')}: ${result.fellBack}. The report is in the job summary.`
    if (options.notice) options.notice(message)
    else logger.warn(message)
  }
  return result
}
