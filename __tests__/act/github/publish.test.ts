import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit, type GitHubClient } from '../../../src/act/github/client.js'
import { decodeDigest, makeDigest, testId } from '../../../src/act/github/digest.js'
import { GitHubError, toServiceError } from '../../../src/act/github/github-errors.js'
import { checkRunName, commentMarker } from '../../../src/act/github/marker.js'
import { publishToPullRequest, type PublishContext } from '../../../src/act/github/publish.js'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { failingRun, hugeRun, passingRun } from '../../fixtures/report/analysis.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'

/** Planted credentials: none may show up in any output, log, result or error. */
const USER_TOKEN = 'ghp_PLANTEDuser0123456789abcdefghijklmn'
const ACTIONS_TOKEN = 'ghs_PLANTEDactions0123456789abcdefghijk'
const FORK_TOKEN = 'ghs_PLANTEDfork0123456789abcdefghijklmno'
const TOKENS = [USER_TOKEN, ACTIONS_TOKEN, FORK_TOKEN]
const BOT = 'github-actions[bot]'

const HEAD = '1111111111111111111111111111111111111111'
const CONTEXT: PublishContext = {
  owner: 'acme',
  repo: 'shop',
  prNumber: 482,
  sha: HEAD,
  workflow: 'CI',
  job: 'test',
  runUrl: 'https://github.example/acme/shop/actions/runs/8812734401',
}

let gh: FakeGitHub
let seen: string[]

beforeEach(async () => {
  gh = await startFakeGitHub({
    tokens: {
      [USER_TOKEN]: { login: 'octo-dev', kind: 'user' },
      [ACTIONS_TOKEN]: { login: BOT, kind: 'app' },
      [FORK_TOKEN]: { login: BOT, kind: 'app', readOnly: true },
    },
  })
  seen = []
})

afterEach(async () => {
  // Everything a test produced or the server received as content: no token in any of it.
  const outputs = [
    ...seen,
    ...[...gh.comments.values()].flat().map((c) => c.body),
    ...gh.checkRuns.map((r) => JSON.stringify(r)),
    ...gh.requests.map((r) => JSON.stringify(r.body ?? '')),
  ].join('\n')
  for (const t of TOKENS) expect(outputs).not.toContain(t)
  await gh.close()
})

function client(token: string): GitHubClient {
  return createOctokit(token, gh.url, { retry: { initialDelayMs: 1, maxDelayMs: 20 } })
}

async function publish(
  analysis: RunAnalysis,
  token: string,
  extra: Partial<Parameters<typeof publishToPullRequest>[1]> = {},
): Promise<Awaited<ReturnType<typeof publishToPullRequest>>> {
  const logger = memoryLogger()
  try {
    const result = await publishToPullRequest(analysis, {
      octokit: client(token),
      context: CONTEXT,
      logger,
      ...extra,
    })
    seen.push(JSON.stringify(result), inspect(result, { depth: Infinity }))
    return result
  } catch (error) {
    seen.push(inspect(error, { depth: Infinity, showHidden: true }), String((error as Error).stack))
    throw error
  } finally {
    seen.push(...logger.entries.map((e) => e.message))
  }
}

const ours = (): { id: number; body: string; user: { login: string } }[] =>
  (gh.comments.get(482) ?? []).filter((c) => c.body.includes(commentMarker('CI', 'test')))

describe('the PR comment', () => {
  it('is created once on the first run, as github-actions[bot] for a GITHUB_TOKEN', async () => {
    const result = await publish(failingRun(), ACTIONS_TOKEN, { checkRun: false })
    expect(result.comment).toBe('created')
    expect(result.fellBack).toBeUndefined()
    const comments = gh.comments.get(482)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.user.login).toBe(BOT)
    expect(comments[0]!.body.startsWith('<!-- logward:CI:test -->\n')).toBe(true)
    expect(gh.calls('GET', /^\/user$/)).toHaveLength(1)
    // The content: verdict, linked failing test, root-cause lines, anomalies, and the digest.
    const body = comments[0]!.body
    expect(body).toContain('❌ FAIL')
    expect(body).toContain(
      '[`services/api/src/checkout/discount.test.ts:42`](https://github.com/acme/shop/blob/3f9c2b7e1d4a5c6b8e9f0a1b2c3d4e5f6a7b8c9d/services/api/src/checkout/discount.test.ts#L42)',
    )
    expect(body).toContain('>' + ' 1842 │ 09:24:31.118 ERROR connect ECONNREFUSED 10.1.0.7:5432')
    expect(body).toContain('#### Anomalies')
    expect(body).toContain('2 templates new')
    const digest = decodeDigest(body)!
    expect(digest.counts.failed).toBe(2)
    expect(digest.failing.map(([id]) => id)).toContain(
      testId({ name: 'refundsCapturedCharge', className: 'com.acme.payments.RefundServiceTest' }),
    )
  })

  it('is edited on later runs: one comment, found across pages, other users’ copies of the marker ignored', async () => {
    const marker = commentMarker('CI', 'test')
    for (let i = 0; i < 150; i++) gh.addComment(482, `user${i % 7}`, `LGTM ${i}`)
    // Someone pasted our marker (or quoted our comment): it is not ours to edit.
    const mallory = gh.addComment(482, 'mallory', `${marker}\nfake report`)
    // Another job's comment by the same bot.
    gh.addComment(482, BOT, `${commentMarker('CI', 'test-e2e')}\nother job`)
    expect((await publish(failingRun(), ACTIONS_TOKEN, { checkRun: false })).comment).toBe('created')
    for (let i = 0; i < 120; i++) gh.addComment(482, 'reviewer', `nit ${i}`)
    const second = passingRun()
    second.ci = { ...failingRun().ci, run_id: '8812734999' }
    const result = await publish(second, ACTIONS_TOKEN, { checkRun: false })
    expect(result.comment).toBe('updated')
    const mine = ours().filter((c) => c.user.login === BOT)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body).toContain('✅ PASS')
    expect(mine[0]!.body).toContain('run 8812734999')
    expect(mallory.body).toBe(`${marker}\nfake report`)
    // Our comment is the 153rd of 273: the search went through the pages.
    const lists = gh.calls('GET', /\/issues\/482\/comments$/)
    expect(lists.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '1', '2', '3'])
    expect(lists.every((r) => r.query.get('per_page') === '100')).toBe(true)
    expect(gh.calls('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
  })

  it('with a personal token, finds its user by GET /user and ignores the bot’s comment', async () => {
    gh.addComment(482, BOT, `${commentMarker('CI', 'test')}\nmade by the workflow token`)
    // The token's human owner quoting the marker in a comment of their own: not logward's comment.
    const quote = gh.addComment(482, 'octo-dev', `> as the bot said\n${commentMarker('CI', 'test')}`)
    const first = await publish(failingRun(), USER_TOKEN, { checkRun: false })
    expect(first.comment).toBe('created')
    const second = await publish(failingRun(), USER_TOKEN, { checkRun: false })
    expect(second.comment).toBe('updated')
    expect(ours().map((c) => c.user.login)).toEqual([BOT, 'octo-dev', 'octo-dev'])
    expect(quote.body).toBe(`> as the bot said\n${commentMarker('CI', 'test')}`)
    expect(gh.calls('PATCH', /\/issues\/comments\/\d+$/)[0]!.path).not.toContain(String(quote.id))
  })

  it('shows the deltas against a base digest: ± counts, new failures, fixed tests, new error templates', async () => {
    const base = failingRun()
    base.tests.failing = [
      base.tests.failing[0]!,
      { name: 'cancels a pending order', className: 'OrderService', status: 'failed', report: 'junit.xml' },
    ]
    base.tests.failed = 2
    base.tests.errored = 0
    base.topErrorTemplates = base.topErrorTemplates.filter((t) => t.templateId !== 't-8a1f')
    const baseDigest = makeDigest(base, {
      workflow: 'CI',
      job: 'test',
      sha: '2222222222222222222222222222222222222222',
      runUrl: 'https://github.example/acme/shop/actions/runs/1',
    })
    const result = await publish(failingRun(), ACTIONS_TOKEN, {
      checkRun: false,
      baseDigest,
      context: { ...CONTEXT, baseRef: 'main' },
    })
    const d = result.delta!
    expect(d.newFailures.map((f) => f.name)).toEqual([
      'OrderRepository › persists an order with its line items',
      'com.acme.payments.RefundServiceTest › refundsCapturedCharge',
    ])
    expect(d.fixed).toEqual([{ id: expect.any(String), name: 'OrderService › cancels a pending order' }])
    expect(d.stillFailing).toBe(1)
    expect(d.newErrorTemplates).toEqual(['t-8a1f'])
    const body = ours()[0]!.body
    expect(body).toContain(
      '#### Compared with `main` at `2222222` ([run](https://github.example/acme/shop/actions/runs/1))',
    )
    expect(body).toContain('🆕 **2 new failures**')
    expect(body).toContain('✅ **1 test no longer failing**')
    expect(body).toContain('- OrderService › cancels a pending order')
    expect(body).toMatch(/\| ± \| 0 \| 0 \| \*\*\+1\*\* \|/)
    expect(body).toContain('`connect ECONNREFUSED <*>:<*>`')
  })

  it('finds the base branch’s digest in the check run of its last logward run', async () => {
    gh.branches.set('main', [
      'cccccccccccccccccccccccccccccccccccccccc',
      'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    ])
    // A push to main (no PR): only the check run, on main's second-newest commit (the newest is still running).
    const onMain = passingRun()
    await publish(onMain, ACTIONS_TOKEN, {
      context: { ...CONTEXT, prNumber: undefined, sha: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' },
    })
    expect(gh.comments.size).toBe(0)
    const result = await publish(failingRun(), ACTIONS_TOKEN, { context: { ...CONTEXT, baseRef: 'main' } })
    expect(result.delta?.base.sha).toBe('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')
    expect(result.delta?.newFailures).toHaveLength(3)
    expect(ours()[0]!.body).toContain('🆕 **3 new failures**')
    const lookups = gh.calls('GET', /\/commits\/[0-9a-f]+\/check-runs$/)
    expect(lookups.map((r) => r.query.get('check_name'))).toEqual([
      checkRunName('CI', 'test'),
      checkRunName('CI', 'test'),
    ])
  })

  it('says so when the base branch has no logward run, and does not fail', async () => {
    gh.branches.set('main', ['cccccccccccccccccccccccccccccccccccccccc'])
    const result = await publish(failingRun(), ACTIONS_TOKEN, {
      checkRun: false,
      context: { ...CONTEXT, baseRef: 'main' },
    })
    expect(result.delta).toBeUndefined()
    expect(ours()[0]!.body).toContain('_No logward run of this job was found on `main` to compare with._')
    // An unknown base (404) is no comparison either.
    const r2 = await publish(failingRun(), ACTIONS_TOKEN, {
      checkRun: false,
      context: { ...CONTEXT, baseRef: 'gone' },
    })
    expect(r2.comment).toBe('updated')
  })

  it('shrinks to fit GitHub’s 65,536-character limit, keeping the digest', async () => {
    const result = await publish(hugeRun({ failing: 1000, stackBytes: 4000, multibyte: true }), ACTIONS_TOKEN)
    const body = ours()[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536)
    expect(body).toContain('✂️ Shortened')
    const digest = decodeDigest(body)!
    expect(digest.counts.failed + digest.counts.errored).toBe(1000)
    expect(digest.failingCut).toBe(true)
    expect(result.checkRun?.annotations).toBe(1000)
  })
})

describe('the check run', () => {
  it('sends annotations in batches of 50 (120 failing tests: 3 requests), then completes', async () => {
    const a = hugeRun({ failing: 120, stackBytes: 200 })
    const result = await publish(a, ACTIONS_TOKEN, { comment: false })
    expect(result.checkRun).toMatchObject({ annotations: 120, batches: 3, conclusion: 'failure' })
    const creates = gh.calls('POST', /\/check-runs$/)
    const updates = gh.calls('PATCH', /\/check-runs\/\d+$/)
    expect(creates).toHaveLength(1)
    expect((creates[0]!.body as { status: string }).status).toBe('in_progress')
    expect(
      updates.map((u) => (u.body as { output: { annotations: unknown[] } }).output.annotations.length),
    ).toEqual([50, 50, 20])
    const run = gh.checkRuns[0]!
    expect(run).toMatchObject({
      name: 'logward (CI / test)',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
    })
    expect(run.annotations).toHaveLength(120)
    expect(run.annotations[0]).toMatchObject({
      path: 'src/module0/case0.test.ts',
      start_line: 10,
      end_line: 10,
      annotation_level: 'failure',
    })
    expect(decodeDigest(run.output.summary)?.counts.failed).toBe(a.tests.failed)
    expect(run.output.text).toContain('### Failing tests (120)')
  })

  it('makes workspace paths repository-relative and leaves out paths outside the repository', async () => {
    const a = failingRun()
    a.tests.failing[0]!.file = '/home/runner/work/shop/shop/services/api/src/checkout/discount.test.ts'
    a.tests.failing[1]!.file = '/tmp/elsewhere/repository.test.ts'
    const result = await publish(a, ACTIONS_TOKEN, {
      comment: false,
      context: { ...CONTEXT, workspace: '/home/runner/work/shop/shop' },
    })
    expect(result.checkRun).toMatchObject({ annotations: 2, unplaced: 1, batches: 1 })
    expect(gh.checkRuns[0]!.annotations.map((x) => x.path)).toEqual([
      'services/api/src/checkout/discount.test.ts',
      'services/payments/src/test/java/com/acme/payments/RefundServiceTest.java',
    ])
  })

  it('a passing run is one request, completed as success', async () => {
    const result = await publish(passingRun(), ACTIONS_TOKEN, { comment: false })
    expect(result.checkRun).toMatchObject({ annotations: 0, batches: 0, conclusion: 'success' })
    expect(gh.calls('PATCH', /\/check-runs\//)).toHaveLength(0)
    expect(gh.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' })
  })
})

describe('a read-only token (fork or Dependabot PR)', () => {
  it('falls back to the job summary with a notice, and never throws', async () => {
    const notices: string[] = []
    const result = await publish(failingRun(), FORK_TOKEN, { notice: (m) => notices.push(m) })
    seen.push(...notices)
    expect(result.comment).toBe('skipped')
    expect(result.checkRun).toBeUndefined()
    expect(result.fellBack).toMatch(/may not write the PR comment or the check run/)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('The report is in the job summary')
    expect(result.body).toContain('<!-- logward:CI:test -->')
    expect(gh.comments.get(482) ?? []).toHaveLength(0)
    expect(gh.checkRuns).toHaveLength(0)
  })

  it('without a notice callback, warns through the logger', async () => {
    const logger = memoryLogger()
    const result = await publishToPullRequest(failingRun(), {
      octokit: client(FORK_TOKEN),
      context: CONTEXT,
      logger,
    })
    seen.push(...logger.entries.map((e) => e.message))
    expect(result.fellBack).toBeDefined()
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1)
  })
})

describe('rate limits and errors', () => {
  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and a secondary one (429, retry-after)', async () => {
    const reset = String(Math.floor(Date.now() / 1000))
    gh.fault({
      method: 'POST',
      path: /\/issues\/482\/comments$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'x-ratelimit-limit': '5000' },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    })
    gh.fault({
      method: 'GET',
      path: /\/issues\/482\/comments$/,
      status: 429,
      headers: { 'retry-after': '0' },
      body: { message: 'Too many requests' },
    })
    gh.fault({
      method: 'PATCH',
      path: /\/check-runs\/\d+$/,
      status: 403,
      headers: { 'retry-after': '0' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      times: 2,
    })
    const result = await publish(failingRun(), ACTIONS_TOKEN)
    expect(result.comment).toBe('created')
    expect(result.checkRun?.annotations).toBe(3)
    expect(gh.calls('POST', /\/issues\/482\/comments$/)).toHaveLength(2)
    expect(gh.calls('GET', /\/issues\/482\/comments$/)).toHaveLength(2)
    expect(gh.calls('PATCH', /\/check-runs\/\d+$/)).toHaveLength(3)
    expect(gh.comments.get(482)).toHaveLength(1)
  })

  it('does not wait an hour for a primary limit: fails with the reset time, without the token', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    gh.fault({
      path: /\/issues\/482\/comments$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    })
    const error = await publish(failingRun(), ACTIONS_TOKEN, { checkRun: false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).kind).toBe('rate-limited')
    expect((error as GitHubError).hint).toContain(new Date(reset * 1000).toISOString())
  })

  it('retries a 502 on a read, but never repeats a POST that may have been done', async () => {
    gh.fault({
      method: 'GET',
      path: /\/issues\/482\/comments$/,
      status: 502,
      body: { message: 'Bad gateway' },
    })
    gh.fault({
      method: 'POST',
      path: /\/issues\/482\/comments$/,
      status: 502,
      body: { message: 'Bad gateway' },
    })
    const error = await publish(failingRun(), ACTIONS_TOKEN, { checkRun: false }).catch((e: unknown) => e)
    expect(gh.calls('GET', /\/issues\/482\/comments$/)).toHaveLength(2)
    expect(gh.calls('POST', /\/issues\/482\/comments$/)).toHaveLength(1)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).retriable).toBe(true)
    expect((error as GitHubError).message).toBe('GitHub: commenting on #482 failed: Bad gateway')
  })

  it('a 404 (unknown repository) is a GitHubError with a hint, and no token', async () => {
    const error = await publish(failingRun(), USER_TOKEN, {
      context: { ...CONTEXT, repo: 'nope' },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).kind).toBe('not-found')
    expect((error as GitHubError).message).toBe('GitHub: listing the comments of #482 failed: 404 Not Found')
    expect((error as GitHubError).hint).toMatch(/repository/)
    expect((error as GitHubError).cause).toBeUndefined()
  })

  it('a bad token is refused with a hint naming the setting', async () => {
    const logger = memoryLogger()
    const bad = 'ghp_PLANTEDunknown0123456789abcdefghijk'
    const error = await publishToPullRequest(failingRun(), {
      octokit: createOctokit(bad, gh.url),
      context: CONTEXT,
      logger,
      checkRun: false,
    }).catch((e: unknown) => e)
    const text =
      inspect(error, { depth: Infinity, showHidden: true }) + logger.entries.map((e) => e.message).join('\n')
    expect(text).not.toContain(bad)
    expect((error as GitHubError).kind).toBe('unauthorized')
    expect((error as GitHubError).hint).toContain('github-token')
  })
})

describe('createOctokit', () => {
  it('takes GitHub Enterprise Server’s API URL from GITHUB_API_URL', async () => {
    const ghes = await startFakeGitHub({
      tokens: { [USER_TOKEN]: { login: 'octo-dev', kind: 'user' } },
      prefix: '/api/v3',
    })
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = ghes.url
    try {
      const { data } = await createOctokit(USER_TOKEN).rest.users.getAuthenticated()
      expect(data.login).toBe('octo-dev')
      expect(ghes.requests.map((r) => r.path)).toEqual(['/user'])
      expect(ghes.requests[0]!.headers.authorization).toBe(`token ${USER_TOKEN}`)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
      await ghes.close()
    }
  })

  it('a 422 (51 annotations in one request, as GitHub refuses) is `invalid` and not retried', async () => {
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: 'src/a.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: 'boom',
    }))
    const error = await client(ACTIONS_TOKEN)
      .rest.checks.create({
        owner: 'acme',
        repo: 'shop',
        name: 'x',
        head_sha: HEAD,
        output: { title: 't', summary: 's', annotations },
      })
      .catch((e: unknown) => e)
    const err = toServiceError(error, 'creating the check run')
    expect(err.kind).toBe('invalid')
    expect(err.retriable).toBe(false)
    expect(err.message).toBe(
      'GitHub: creating the check run failed: 422 Validation Failed: Only 50 annotations are allowed per request',
    )
    expect(gh.calls('POST', /\/check-runs$/)).toHaveLength(1)
  })

  it('refuses an empty token with a ConfigError', () => {
    expect(() => createOctokit('', gh.url)).toThrow(/no GitHub token/)
  })
})
