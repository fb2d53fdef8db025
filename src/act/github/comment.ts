import type { Logger } from '../../core/logger.js'
import type { GitHubClient } from './client.js'
import { describeFailure, toServiceError } from './github-errors.js'

/** The login GitHub gives comments made with an Actions GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

interface Repo {
  octokit: GitHubClient
  owner: string
  repo: string
}

/**
 * Who the token comments as. A personal or OAuth token answers `GET /user`; an installation token (the
 * Actions GITHUB_TOKEN, a GitHub App's) is refused there (403 "Resource not accessible by integration",
 * or 401 on some GHES versions) and comments as `github-actions[bot]`; another App's token should pass
 * its `<app-slug>[bot]` login as `author`.
 */
export async function tokenLogin(o: Repo & { logger: Logger }): Promise<string> {
  try {
    const { data } = await o.octokit.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const f = describeFailure(error)
    if (f.kind === 'forbidden' || f.kind === 'unauthorized' || f.kind === 'not-found') {
      o.logger.debug(
        `GET /user answered ${f.status}: an installation token; comments are by ${ACTIONS_BOT_LOGIN}`,
      )
      return ACTIONS_BOT_LOGIN
    }
    throw toServiceError(error, 'reading the token’s user')
  }
}

export interface FoundComment {
  id: number
  body: string
  url?: string
}

/**
 * logward's comment for this marker: among the PR's comments (every page), the first written by `login`
 * that starts with the marker. Comments by anyone else are ignored even with the same marker: anyone can
 * paste one, and editing theirs would fail, or worse, succeed with an admin token.
 */
export async function findOwnComment(
  o: Repo & { prNumber: number; login: string; marker: string; logger: Logger },
): Promise<FoundComment | undefined> {
  let found: FoundComment | undefined
  let duplicates = 0
  try {
    for await (const page of o.octokit.paginate.iterator(o.octokit.rest.issues.listComments, {
      owner: o.owner,
      repo: o.repo,
      issue_number: o.prNumber,
      per_page: 100,
    })) {
      for (const c of page.data) {
        // Ours start with the marker; a comment that merely quotes one is not ours.
        if (c.user?.login !== o.login || !c.body?.trimStart().startsWith(o.marker)) continue
        if (found) duplicates++
        else found = { id: c.id, body: c.body, ...(c.html_url ? { url: c.html_url } : {}) }
      }
    }
  } catch (error) {
    throw toServiceError(error, `listing the comments of #${o.prNumber}`)
  }
  if (duplicates > 0) o.logger.debug(`${duplicates} more comment(s) with the same marker; editing the first`)
  return found
}

export async function createComment(
  o: Repo & { prNumber: number; body: string },
): Promise<{ id: number; url?: string }> {
  try {
    const { data } = await o.octokit.rest.issues.createComment({
      owner: o.owner,
      repo: o.repo,
      issue_number: o.prNumber,
      body: o.body,
    })
    return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
  } catch (error) {
    throw toServiceError(error, `commenting on #${o.prNumber}`)
  }
}

export async function updateComment(
  o: Repo & { commentId: number; body: string },
): Promise<{ id: number; url?: string }> {
  try {
    const { data } = await o.octokit.rest.issues.updateComment({
      owner: o.owner,
      repo: o.repo,
      comment_id: o.commentId,
      body: o.body,
    })
    return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
  } catch (error) {
    throw toServiceError(error, `editing comment ${o.commentId}`)
  }
}
