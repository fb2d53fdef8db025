import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunAnalysis } from '../analysis/model.js'
import { createOctokit, publishToPullRequest, type PublishResult } from '../act/github/index.js'
import type { LogwardConfig } from '../config/schema.js'
import { ConfigError, describeError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { downloadRunLogs } from '../sources/github-run/index.js'

type Env = Record<string, string | undefined>

/**
 * `github-run`: download the logs of a workflow run's completed jobs and add them to the inputs, each
 * job's records named after the job. Used by `analyze` (CLI and action) before the run is analysed.
 */
export async function withGitHubRunLogs(
  config: LogwardConfig,
  logger: Logger,
  env: Env = process.env,
): Promise<{ config: LogwardConfig; serviceOf?: (path: string) => string | undefined }> {
  const run = config['github-run']
  if (!run) return { config }
  const token = config['github-token']
  const repository = config.repository ?? env.GITHUB_REPOSITORY
  if (!token || !repository?.includes('/')) {
    throw new ConfigError('`github-run` needs a GitHub token and the repository', {
      hint: 'set github-token (GITHUB_TOKEN) and repository (GITHUB_REPOSITORY, owner/name); the token needs `actions: read`',
    })
  }
  const [owner, repo] = repository.split('/') as [string, string]
  const octokit = createOctokit(token, config['github-api-url'], { logger })
  const dir = mkdtempSync(join(tmpdir(), 'logward-run-logs-'))
  const logs = await downloadRunLogs({
    octokit,
    owner,
    repo,
    runId: run === 'current' ? env.GITHUB_RUN_ID : run,
    dir,
    logger,
  })
  for (const s of logs.skipped) logger.info(`run logs: ${s.job} skipped (${s.reason})`)
  logger.info(`run logs: ${logs.files.length} job logs downloaded`)
  const jobOf = new Map(logs.files.map((f) => [f.path, f.job]))
  return {
    config: Object.freeze({ ...config, paths: [...config.paths, ...logs.files.map((f) => f.path)] }),
    serviceOf: (path) => jobOf.get(path),
  }
}

/**
 * After `analyze` in GitHub Actions: the PR comment and the check run, when a token is set and the run
 * has a repository. Never fails the run: a read-only token falls back to the job summary (`fellBack`),
 * and any other GitHub failure is a warning.
 */
export async function publishToGitHub(
  analysis: RunAnalysis,
  config: LogwardConfig,
  logger: Logger,
  options: { env?: Env; notice?: (message: string) => void } = {},
): Promise<PublishResult | undefined> {
  const env = options.env ?? process.env
  const token = config['github-token']
  const repository = analysis.ci.repository
  if (!token || !repository?.includes('/') || analysis.ci.provider !== 'github-actions') return undefined
  if (!config['pr-comment'] && !config['check-run']) return undefined
  const [owner, repo] = repository.split('/') as [string, string]
  try {
    const octokit = createOctokit(token, config['github-api-url'], { logger })
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')
    return await publishToPullRequest(analysis, {
      octokit,
      logger,
      comment: config['pr-comment'],
      checkRun: config['check-run'],
      ...(options.notice ? { notice: options.notice } : {}),
      context: {
        owner,
        repo,
        prNumber: analysis.ci.pr,
        sha: headSha(env) ?? analysis.ci.sha,
        workflow: env.GITHUB_WORKFLOW ?? 'workflow',
        job: config.job ?? env.GITHUB_JOB ?? 'job',
        runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        baseRef: env.GITHUB_BASE_REF || undefined,
        workspace: env.GITHUB_WORKSPACE,
      },
    })
  } catch (error) {
    logger.warn(`could not publish to GitHub: ${describeError(error)}`)
    return undefined
  }
}

/** A PR's head commit (its checks show on the PR), from the event payload. */
function headSha(env: Env): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { sha?: string } }
    }
    return event.pull_request?.head?.sha
  } catch {
    return undefined
  }
}
