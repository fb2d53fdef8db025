import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { GitHubClient } from '../../act/github/client.js'
import { GitHubError, toServiceError } from '../../act/github/github-errors.js'
import { ConfigError, ServiceError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import { retry, type RetryOptions } from '../../core/retry.js'
import { jobLogFileName } from './job-log-name.js'

export interface DownloadRunLogsOptions {
  /** From `createOctokit` (its retries cover rate limits); needs `actions: read`. */
  octokit: GitHubClient
  owner: string
  repo: string
  /** The workflow run. Default: GITHUB_RUN_ID (this run). */
  runId?: number | string | undefined
  /** Where the `<job name>.log` files go; created when missing. */
  dir: string
  logger: Logger
  /** Reads the signed log URL. Default: the global fetch. */
  fetch?: typeof fetch
  /** Retries of one log's download (the signed URL's storage failing, or its signature expiring). */
  retry?: Omit<RetryOptions, 'shouldRetry'>
}

export interface RunLogFile {
  path: string
  /** The job's name, as GitHub shows it: what `service.name` should be for its records. */
  job: string
  jobId: number
  /** `success`, `failure`, `cancelled`, `skipped`, `timed_out`, ... */
  conclusion: string | null
  bytes: number
}

export interface SkippedJob {
  job: string
  jobId: number
  status: string
  conclusion: string | null
  /** `in-progress`: not completed yet (its log is not final; this job itself is one); `no-log`: GitHub has none (expired, or never ran); `error`: the download failed. */
  reason: 'in-progress' | 'no-log' | 'error'
  message?: string
}

export interface RunLogs {
  files: RunLogFile[]
  skipped: SkippedJob[]
}

const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure'])

/**
 * A workflow run's own job logs, for the normal ingest pipeline: lists the run's jobs (latest attempt,
 * every page) and writes the log of each completed one to `<dir>/<job name>.log`, byte for byte as GitHub
 * serves it: timestamped lines and `##[group]` blocks, which the parse stage reads as GitHub Actions logs
 * with their steps. Jobs not completed (this one among them) are skipped and reported.
 *
 * The logs endpoint answers with a redirect to a short-lived signed URL on GitHub's storage. It is
 * followed by hand, with no Authorization header: the token must not travel to another host (and the
 * storage refuses a request that carries one). The signed URL is a credential too: it is never logged.
 */
export async function downloadRunLogs(options: DownloadRunLogsOptions): Promise<RunLogs> {
  const { octokit, owner, repo, logger } = options
  const runId = Number(options.runId ?? process.env.GITHUB_RUN_ID)
  if (!Number.isSafeInteger(runId) || runId <= 0) {
    throw new ConfigError('no workflow run id to read job logs from', {
      hint: 'set `github-run` to a run id (default: GITHUB_RUN_ID, set in GitHub Actions)',
    })
  }
  let jobs: { id: number; name: string; status: string; conclusion: string | null }[]
  try {
    jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
      owner,
      repo,
      run_id: runId,
      filter: 'latest',
      per_page: 100,
    })
  } catch (error) {
    const err = toServiceError(error, `listing the jobs of run ${runId}`)
    if (err.kind === 'forbidden') {
      throw new GitHubError(
        err.message,
        err,
        'reading job logs needs `actions: read` in the job’s permissions',
      )
    }
    throw err
  }
  await mkdir(options.dir, { recursive: true })
  const taken = new Set<string>()
  const result: RunLogs = { files: [], skipped: [] }
  for (const job of jobs) {
    const about = { job: job.name, jobId: job.id, status: job.status, conclusion: job.conclusion ?? null }
    if (job.status !== 'completed') {
      result.skipped.push({ ...about, reason: 'in-progress' })
      continue
    }
    const path = join(options.dir, jobLogFileName(job.name, job.id, taken))
    try {
      const bytes = await downloadJobLog({ ...options, jobId: job.id, jobName: job.name, path })
      result.files.push({ path, job: job.name, jobId: job.id, conclusion: about.conclusion, bytes })
    } catch (error) {
      const err =
        error instanceof ServiceError
          ? error
          : toServiceError(error, `downloading the log of job "${job.name}"`)
      const reason = err instanceof GitHubError && err.kind === 'not-found' ? 'no-log' : 'error'
      if (reason === 'error') logger.warn(`${err.message}; reading the other jobs`)
      else logger.debug(`job "${job.name}" has no log (expired or never ran)`)
      result.skipped.push({ ...about, reason, message: err.message })
    }
  }
  const failed = result.files.filter((f) => f.conclusion !== null && FAILED.has(f.conclusion))
  logger.info(
    `run ${runId}: ${result.files.length} job log(s) downloaded` +
      (failed.length > 0
        ? `, ${failed.length} of failed jobs (${failed.map((f) => f.job).join(', ')})`
        : '') +
      (result.skipped.length > 0
        ? `; skipped ${result.skipped.map((s) => `${s.job} (${s.reason === 'in-progress' ? s.status : s.reason})`).join(', ')}`
        : ''),
  )
  return result
}

async function downloadJobLog(
  o: DownloadRunLogsOptions & { jobId: number; jobName: string; path: string },
): Promise<number> {
  const fetchImpl = o.fetch ?? globalThis.fetch
  const tmp = `${o.path}.part`
  try {
    return await retry(
      async (_attempt, bail) => {
        let res: Awaited<ReturnType<GitHubClient['request']>>
        try {
          // `manual`: the redirect is followed below, without the Authorization header.
          res = await o.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            owner: o.owner,
            repo: o.repo,
            job_id: o.jobId,
            request: { redirect: 'manual' },
          })
        } catch (error) {
          // The client has already retried what GitHub itself answered.
          return bail(error)
        }
        const location = headerOf(res.headers, 'location')
        if (res.status >= 300 && res.status < 400 && location) {
          return await fetchSigned(fetchImpl, location, tmp, o.jobName)
        }
        // No redirect (a server that serves the log itself): the body is the log.
        const text =
          typeof res.data === 'string' ? res.data : Buffer.from(res.data as ArrayBuffer).toString('utf8')
        await pipeline(Readable.from([Buffer.from(text, 'utf8')]), createWriteStream(tmp))
        return Buffer.byteLength(text, 'utf8')
      },
      { retries: 3, initialDelayMs: 500, ...o.retry },
    ).then(async (bytes) => {
      await rename(tmp, o.path)
      return bytes
    })
  } finally {
    await rm(tmp, { force: true })
  }
}

async function fetchSigned(
  fetchImpl: typeof fetch,
  location: string,
  tmp: string,
  jobName: string,
): Promise<number> {
  let url: URL
  try {
    url = new URL(location)
  } catch {
    throw new ServiceError(`GitHub: the log of job "${jobName}" redirected to an invalid URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ServiceError(`GitHub: the log of job "${jobName}" redirected to a ${url.protocol} URL`)
  }
  let res: Response
  try {
    // No headers at all: the signature in the URL is the only credential this request carries.
    res = await fetchImpl(url, { redirect: 'follow' })
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code
    throw new ServiceError(
      `GitHub: downloading the log of job "${jobName}" from storage failed${typeof code === 'string' ? ` (${code})` : ''}`,
      { retriable: true, hint: 'the network or GitHub’s storage failed; running again usually helps' },
    )
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => {})
    // 403 from the storage is an expired signature: a new redirect brings a fresh one.
    const retriable = res.status >= 500 || res.status === 403 || res.status === 429
    throw new ServiceError(`GitHub: the storage answered ${res.status} for the log of job "${jobName}"`, {
      retriable,
      hint: retriable ? 'running again usually helps' : 'the log may have expired',
    })
  }
  let bytes = 0
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      done(null, chunk)
    },
  })
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), count, createWriteStream(tmp))
  } catch {
    throw new ServiceError(`GitHub: the log of job "${jobName}" was cut off while downloading`, {
      retriable: true,
    })
  }
  return bytes
}

function headerOf(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()]
  return typeof v === 'string' && v !== '' ? v : undefined
}
