import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit } from '../../../src/act/github/client.js'
import { GitHubError } from '../../../src/act/github/github-errors.js'
import { configSchema } from '../../../src/config/schema.js'
import { ConfigError } from '../../../src/core/errors.js'
import { memoryLogger } from '../../../src/core/logger.js'
import type { LogRecord } from '../../../src/core/record.js'
import { ingest } from '../../../src/pipeline/ingest.js'
import { downloadRunLogs } from '../../../src/sources/github-run/download-run-logs.js'
import { jobLogFileName } from '../../../src/sources/github-run/job-log-name.js'
import { startFakeGitHub, type FakeGitHub, type FakeJob } from '../../helpers/fake-github.js'

const TOKEN = 'ghs_PLANTEDrunlogs0123456789abcdefghijk'
const NO_ACTIONS_TOKEN = 'ghs_PLANTEDnoactions0123456789abcdefgh'
const RUN = 8812734401

/** A job log as GitHub serves it: a BOM, timestamps on every line, `##[group]` blocks per step. */
function jobLog(job: string, failing = false): string {
  return (
    '\uFEFF' +
    [
      `2026-03-14T09:12:00.1000000Z ##[group]Runner Image`,
      `2026-03-14T09:12:00.1010000Z Image: ubuntu-24.04`,
      `2026-03-14T09:12:00.1020000Z ##[endgroup]`,
      `2026-03-14T09:12:01.0000000Z ##[group]Run npm test`,
      `2026-03-14T09:12:01.0010000Z npm test -- --job ${job}`,
      `2026-03-14T09:12:01.0020000Z ##[endgroup]`,
      `2026-03-14T09:12:05.5000000Z  ✓ src/a.test.ts (3 tests) 12ms`,
      ...(failing
        ? [
            `2026-03-14T09:12:06.0000000Z Error: connect ECONNREFUSED 10.1.0.7:5432`,
            `2026-03-14T09:12:06.1000000Z ##[error]Process completed with exit code 1.`,
          ]
        : [`2026-03-14T09:12:06.0000000Z done`]),
      '',
    ].join('\r\n')
  )
}

let gh: FakeGitHub
let dir: string

beforeEach(async () => {
  gh = await startFakeGitHub({
    tokens: {
      [TOKEN]: { login: 'github-actions[bot]', kind: 'app' },
      [NO_ACTIONS_TOKEN]: { login: 'github-actions[bot]', kind: 'app' },
    },
  })
  dir = await mkdtemp(join(tmpdir(), 'logward-run-logs-'))
})

afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

function jobs(list: Omit<FakeJob, 'id'>[]): FakeJob[] {
  return list.map((j, i) => ({ id: 5000 + i, ...j }))
}

async function download(extra: Partial<Parameters<typeof downloadRunLogs>[0]> = {}) {
  const logger = memoryLogger()
  const result = await downloadRunLogs({
    octokit: createOctokit(TOKEN, gh.url, { retry: { initialDelayMs: 1, maxDelayMs: 20 } }),
    owner: 'acme',
    repo: 'shop',
    runId: RUN,
    dir,
    logger,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  })
  return { result, logger }
}

describe('downloadRunLogs', () => {
  it('downloads completed jobs only, byte for byte, and reports skipped and failed jobs', async () => {
    gh.jobs.set(
      RUN,
      jobs([
        { name: 'lint', status: 'completed', conclusion: 'success', log: jobLog('lint') },
        {
          name: 'build / test (ubuntu-latest, 22)',
          status: 'completed',
          conclusion: 'failure',
          log: jobLog('test', true),
        },
        { name: 'logward', status: 'in_progress', conclusion: null, log: 'partial' },
        { name: 'deploy', status: 'queued', conclusion: null },
        { name: 'docs', status: 'completed', conclusion: 'skipped' },
      ]),
    )
    const { result, logger } = await download()
    expect(result.files.map((f) => [f.job, f.conclusion])).toEqual([
      ['lint', 'success'],
      ['build / test (ubuntu-latest, 22)', 'failure'],
    ])
    expect(result.files.map((f) => f.path)).toEqual([
      join(dir, 'lint.log'),
      join(dir, 'build _ test (ubuntu-latest, 22).log'),
    ])
    expect(await readFile(result.files[1]!.path, 'utf8')).toBe(jobLog('test', true))
    expect(result.files[1]!.bytes).toBe(Buffer.byteLength(jobLog('test', true)))
    expect(result.skipped).toEqual([
      { job: 'logward', jobId: 5002, status: 'in_progress', conclusion: null, reason: 'in-progress' },
      { job: 'deploy', jobId: 5003, status: 'queued', conclusion: null, reason: 'in-progress' },
      expect.objectContaining({ job: 'docs', reason: 'no-log', conclusion: 'skipped' }),
    ])
    expect((await readdir(dir)).sort()).toEqual(['build _ test (ubuntu-latest, 22).log', 'lint.log'])
    const info = logger.entries.find((e) => e.level === 'info')!.message
    expect(info).toBe(
      `run ${RUN}: 2 job log(s) downloaded, 1 of failed jobs (build / test (ubuntu-latest, 22)); skipped logward (in_progress), deploy (queued), docs (no-log)`,
    )
    // The jobs were listed for the latest attempt only.
    expect(gh.calls('GET', /\/actions\/runs\/\d+\/jobs$/)[0]!.query.get('filter')).toBe('latest')
  })

  it('follows the redirect to storage without the Authorization header', async () => {
    gh.jobs.set(
      RUN,
      jobs([{ name: 'lint', status: 'completed', conclusion: 'success', log: jobLog('lint') }]),
    )
    // The redirect is followed by our own request (not by Octokit's fetch), which sends no headers.
    const followed: { url: string; init: RequestInit | undefined }[] = []
    const spy: typeof fetch = (url, init) => {
      followed.push({ url: String(url), init })
      return fetch(url, init)
    }
    await download({ fetch: spy })
    expect(followed).toHaveLength(1)
    expect(followed[0]!.url.startsWith(`${gh.storageUrl}/logs/5000?`)).toBe(true)
    expect(followed[0]!.init?.headers).toBeUndefined()
    const api = gh.calls('GET', /\/actions\/jobs\/5000\/logs$/)
    expect(api).toHaveLength(1)
    expect(api[0]!.headers.authorization).toBe(`token ${TOKEN}`)
    expect(gh.storageRequests).toHaveLength(1)
    expect(gh.storageRequests[0]!.headers.authorization).toBeUndefined()
    expect(JSON.stringify(gh.storageRequests[0]!.headers)).not.toContain(TOKEN)
  })

  it('reads the run’s jobs across pages', async () => {
    gh.jobs.set(
      RUN,
      jobs(
        Array.from({ length: 130 }, (_, i) => ({
          name: `shard ${i}`,
          status: i < 127 ? ('in_progress' as const) : ('completed' as const),
          conclusion: i < 127 ? null : 'success',
          log: jobLog(`shard ${i}`),
        })),
      ),
    )
    const { result } = await download()
    expect(gh.calls('GET', /\/actions\/runs\/\d+\/jobs$/).map((r) => r.query.get('page') ?? '1')).toEqual([
      '1',
      '2',
    ])
    expect(result.files.map((f) => f.job)).toEqual(['shard 127', 'shard 128', 'shard 129'])
    expect(result.skipped).toHaveLength(127)
  })

  it('the files read as GitHub Actions logs: steps, timestamps, levels, and the job as source', async () => {
    gh.jobs.set(
      RUN,
      jobs([{ name: 'test', status: 'completed', conclusion: 'failure', log: jobLog('test', true) }]),
    )
    const { result } = await download()
    const config = configSchema.parse({ paths: result.files.map((f) => f.path) })
    const records: LogRecord[] = []
    for await (const batch of ingest({ config, logger: memoryLogger() })) records.push(...batch)
    expect(records.every((r) => r.logward.format === 'github-actions')).toBe(true)
    const errors = records.filter((r) => r.log.level === 'error')
    expect(errors.map((r) => r.message)).toEqual([
      'Error: connect ECONNREFUSED 10.1.0.7:5432',
      'Process completed with exit code 1.',
    ])
    expect(errors[1]).toMatchObject({
      '@timestamp': '2026-03-14T09:12:06.100Z',
      log: { file: { path: join(dir, 'test.log') } },
    })
    expect(records.find((r) => r.message.startsWith('npm test'))?.logward.group).toBe('Run npm test')
  })

  it('retries the storage when it fails, with a fresh redirect', async () => {
    gh.jobs.set(
      RUN,
      jobs([{ name: 'lint', status: 'completed', conclusion: 'success', log: jobLog('lint') }]),
    )
    gh.storageFault(2)
    const { result } = await download()
    expect(result.files).toHaveLength(1)
    expect(gh.calls('GET', /\/actions\/jobs\/5000\/logs$/)).toHaveLength(3)
    expect(await readdir(dir)).toEqual(['lint.log'])
  })

  it('a job whose download keeps failing is skipped with a warning; the others are read', async () => {
    gh.jobs.set(
      RUN,
      jobs([
        { name: 'a', status: 'completed', conclusion: 'success', log: jobLog('a') },
        { name: 'b', status: 'completed', conclusion: 'success', log: jobLog('b') },
      ]),
    )
    gh.storageFault(3)
    const { result, logger } = await download()
    expect(result.files.map((f) => f.job)).toEqual(['b'])
    expect(result.skipped).toEqual([
      expect.objectContaining({
        job: 'a',
        reason: 'error',
        message: 'GitHub: the storage answered 503 for the log of job "a"',
      }),
    ])
    expect(logger.entries.some((e) => e.level === 'warn' && e.message.includes('job "a"'))).toBe(true)
    // No partial file is left behind.
    expect(await readdir(dir)).toEqual(['b.log'])
  })

  it('retries rate limits on the jobs list and the logs endpoint', async () => {
    gh.jobs.set(
      RUN,
      jobs([{ name: 'lint', status: 'completed', conclusion: 'success', log: jobLog('lint') }]),
    )
    gh.fault({ path: /\/jobs$/, status: 429, headers: { 'retry-after': '0' } })
    gh.fault({
      path: /\/logs$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
      body: { message: 'API rate limit exceeded' },
    })
    const { result } = await download()
    expect(result.files).toHaveLength(1)
  })

  it('an unknown run is a GitHubError; a missing permission names `actions: read`', async () => {
    const error = await download({ runId: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).kind).toBe('not-found')
    gh.jobs.set(RUN, [])
    gh.fault({ path: /\/jobs$/, status: 403, body: { message: 'Resource not accessible by integration' } })
    const denied = await download().catch((e: unknown) => e)
    expect((denied as GitHubError).hint).toContain('actions: read')
    for (const e of [error, denied])
      expect(inspect(e, { depth: Infinity, showHidden: true })).not.toContain(TOKEN)
  })

  it('takes the run id from GITHUB_RUN_ID, and refuses to guess without one', async () => {
    gh.jobs.set(RUN, [])
    const saved = process.env.GITHUB_RUN_ID
    try {
      process.env.GITHUB_RUN_ID = String(RUN)
      expect((await download({ runId: undefined })).result.files).toEqual([])
      delete process.env.GITHUB_RUN_ID
      await expect(download({ runId: undefined })).rejects.toBeInstanceOf(ConfigError)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_RUN_ID
      else process.env.GITHUB_RUN_ID = saved
    }
  })

  it('never logs or returns the token or the signed URL', async () => {
    gh.jobs.set(
      RUN,
      jobs([
        { name: 'a', status: 'completed', conclusion: 'success', log: jobLog('a') },
        { name: 'b', status: 'completed', conclusion: 'failure', log: jobLog('b', true) },
      ]),
    )
    gh.storageFault(3)
    const { result, logger } = await download()
    const text = JSON.stringify(result) + logger.entries.map((e) => e.message).join('\n')
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('sig=')
    expect(text).not.toContain(gh.storageUrl)
  })
})

describe('jobLogFileName', () => {
  it('makes job names safe file names, distinct even ignoring case', () => {
    const taken = new Set<string>()
    expect(jobLogFileName('build / test (ubuntu, 22)', 1, taken)).toBe('build _ test (ubuntu, 22).log')
    expect(jobLogFileName('Test', 2, taken)).toBe('Test.log')
    expect(jobLogFileName('test', 3, taken)).toBe('test (3).log')
    expect(jobLogFileName('.hidden', 4, taken)).toBe('_hidden.log')
    expect(jobLogFileName('a:b*c?"<d>|e\\f\u0000g', 5, taken)).toBe('a_b_c___d__e_f_g.log')
    expect(jobLogFileName('CON', 6, taken)).toBe('_CON.log')
    expect(jobLogFileName('   ', 7, taken)).toBe('job-7.log')
    expect(jobLogFileName('..', 8, taken)).toBe('job-8.log')
    const long = jobLogFileName('名'.repeat(100), 9, taken)
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(124)
    expect(long).toMatch(/^名+\.log$/)
  })
})
