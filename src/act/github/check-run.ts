import type { RunAnalysis } from '../../analysis/model.js'
import type { Logger } from '../../core/logger.js'
import { renderSummaryMarkdown } from '../report/markdown/render-summary.js'
import { clip, cleanText } from '../report/html/report-text.js'
import { batches, testAnnotations, type CheckAnnotation } from './annotations.js'
import type { GitHubClient } from './client.js'
import { toServiceError } from './github-errors.js'

/** GitHub's limits for a check run's output: title 255 characters, summary and text 65,535. */
export const CHECK_TITLE_LIMIT = 255
export const CHECK_TEXT_LIMIT = 65_535

export interface CheckRunOptions {
  octokit: GitHubClient
  owner: string
  repo: string
  /** The commit the check run is on: for a PR, its head commit (the merge commit's checks do not show). */
  sha: string
  name: string
  analysis: RunAnalysis
  /** The Markdown for `output.summary` (the PR comment's body, digest included): at most 65,535 bytes. */
  summary: string
  runUrl?: string | undefined
  /** The checkout directory, to make absolute test paths repository-relative. */
  workspace?: string | undefined
  logger: Logger
}

export interface CheckRunResult {
  id: number
  url?: string
  conclusion: Conclusion
  /** Annotations sent, and failing tests that had no placeable file. */
  annotations: number
  unplaced: number
  /** PATCH requests that carried annotations. */
  batches: number
}

type Conclusion = 'success' | 'failure' | 'neutral'

/**
 * Creates the check run, then adds the annotations on failing tests' files and lines in batches of 50
 * (GitHub's per-request maximum; it appends each batch), completing the run with the last request. The
 * title, summary and text go with every request: an update replaces the output it is given.
 */
export async function publishCheckRun(o: CheckRunOptions): Promise<CheckRunResult> {
  const a = o.analysis
  const annotations = testAnnotations(a, { workspace: o.workspace })
  const output = {
    title: checkTitle(a),
    summary: o.summary,
    text: renderSummaryMarkdown(a, { maxBytes: CHECK_TEXT_LIMIT }),
  }
  const conclusion = conclusionOf(a)
  const done = { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() }
  const base = { owner: o.owner, repo: o.repo }
  const created = await o.octokit.rest.checks
    .create({
      ...base,
      name: o.name,
      head_sha: o.sha,
      ...(o.runUrl ? { details_url: o.runUrl } : {}),
      ...(annotations.length === 0 ? done : { status: 'in_progress' as const }),
      output,
    })
    .catch((error: unknown) => {
      throw toServiceError(error, 'creating the check run')
    })
  const id = created.data.id
  const groups = batches<CheckAnnotation>(annotations)
  for (const [i, group] of groups.entries()) {
    const last = i === groups.length - 1
    await o.octokit.rest.checks
      .update({ ...base, check_run_id: id, ...(last ? done : {}), output: { ...output, annotations: group } })
      .catch((error: unknown) => {
        throw toServiceError(
          error,
          `adding annotations ${i * 50 + 1}–${i * 50 + group.length} to the check run`,
        )
      })
  }
  const unplaced = a.tests.failing.length - annotations.length
  o.logger.info(
    `check run "${o.name}": ${conclusion}, ${annotations.length} annotation(s) in ${groups.length} request(s)${unplaced > 0 ? `; ${unplaced} failing test(s) had no file in the repository` : ''}`,
  )
  return {
    id,
    ...(created.data.html_url ? { url: created.data.html_url } : {}),
    conclusion,
    annotations: annotations.length,
    unplaced,
    batches: groups.length,
  }
}

/** `failure` only when the run fails the step: a verdict the user chose not to fail on is `neutral`. */
function conclusionOf(a: RunAnalysis): Conclusion {
  if (a.failed) return 'failure'
  return a.verdict === 'pass' ? 'success' : 'neutral'
}

function checkTitle(a: RunAnalysis): string {
  const word = a.verdict === 'pass' ? 'Pass' : a.verdict === 'warn' ? 'Warn' : 'Fail'
  const reason = cleanText(a.reasons[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return clip(reason ? `${word}: ${reason}` : word, CHECK_TITLE_LIMIT)
}
