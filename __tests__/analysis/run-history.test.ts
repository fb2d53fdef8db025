import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeRun } from '../../src/analysis/analyze-run.js'
import type { RunAnalysis } from '../../src/analysis/model.js'
import { configSchema } from '../../src/config/schema.js'
import { memoryLogger } from '../../src/core/logger.js'
import type { CiContext } from '../../src/core/record.js'

const SHA = '3f2a9c1d5e7b4a6c8d0e1f2a3b4c5d6e7f8a9b0c'
const OTHER_SHA = '9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a'

const dir = mkdtempSync(join(tmpdir(), 'logward-history-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function junit(name: string, cases: Record<string, 'pass' | 'fail'>): string {
  const path = join(dir, name)
  const body = Object.entries(cases)
    .map(([n, outcome]) =>
      outcome === 'pass'
        ? `<testcase name="${n}" classname="com.acme.OrdersIT" time="0.1"/>`
        : `<testcase name="${n}" classname="com.acme.OrdersIT" time="0.1"><failure message="boom" type="java.lang.AssertionError">java.lang.AssertionError: boom</failure></testcase>`,
    )
    .join('\n')
  writeFileSync(path, `<?xml version="1.0"?>\n<testsuite name="com.acme.OrdersIT">\n${body}\n</testsuite>\n`)
  return path
}

async function analyze(
  reports: string,
  ci: CiContext,
  history: string[] = [],
): Promise<{ a: RunAnalysis; logger: ReturnType<typeof memoryLogger> }> {
  const logger = memoryLogger()
  const config = configSchema.parse({ reports: [reports], history, 'fail-on': 'test-failures' })
  const a = await analyzeRun({ config, logger, ci, now: () => new Date('2026-11-27T10:00:00Z') })
  return { a, logger }
}

/** An earlier run written the way `analyze` writes it, so the history is real report.json text. */
async function earlierRun(
  name: string,
  ci: CiContext,
  cases: Record<string, 'pass' | 'fail'>,
): Promise<string> {
  const { a } = await analyze(junit(`${name}.xml`, cases), ci)
  const path = join(dir, `${name}.report.json`)
  writeFileSync(path, JSON.stringify(a))
  return path
}

const ci = (run: string, attempt: string, sha = SHA): CiContext => ({
  provider: 'github-actions',
  repository: 'acme/shop',
  sha,
  run_id: run,
  run_attempt: attempt,
  job: 'test',
})

describe('flips between runs of the same commit (analyzeRun with history)', () => {
  it('a failing test that passed in an earlier run of the same commit is flaky (commit-flip), and the verdict warns', async () => {
    const earlier = await earlierRun('run41-1', ci('41', '1'), { listsOrders: 'pass', createsOrder: 'pass' })
    const now = junit('run41-2.xml', { listsOrders: 'fail', createsOrder: 'pass' })

    const without = await analyze(now, ci('41', '2'))
    expect(without.a.verdict).toBe('fail')
    expect(without.a.failed).toBe(true)
    // GITHUB_RUN_ATTEMPT > 1 without history: a hint, nothing more.
    expect(without.logger.entries.some((e) => e.level === 'info' && e.message.includes('--history'))).toBe(
      true,
    )

    const { a } = await analyze(now, ci('41', '2'), [earlier])
    expect(a.tests.failing).toEqual([])
    expect(a.tests.flaky).toEqual([
      expect.objectContaining({
        name: 'listsOrders',
        kind: 'commit-flip',
        earlier: { path: earlier, runId: '41', runAttempt: '1' },
      }),
    ])
    expect(a.tests.flaky[0]!.evidence).toBe(
      `failed here, but passed in run 41.1 of the same commit 3f2a9c1 (${earlier})`,
    )
    expect(a.tests).toMatchObject({ tests: 2, passed: 2, failed: 0 })
    expect(a.verdict).toBe('warn')
    expect(a.failed).toBe(false)
    expect(a.reasons).toContain('1 failing test passed in an earlier run of this commit (flaky)')
  })

  it('a test that failed in the earlier run of the same commit too is a consistent failure', async () => {
    const earlier = await earlierRun('run42-1', ci('42', '1'), { listsOrders: 'fail', createsOrder: 'pass' })
    const { a } = await analyze(
      junit('run42-2.xml', { listsOrders: 'fail', createsOrder: 'pass' }),
      ci('42', '2'),
      [earlier],
    )
    expect(a.tests.flaky).toEqual([])
    expect(a.tests.failing).toEqual([
      expect.objectContaining({
        name: 'listsOrders',
        evidence: 'also failed in run 42.1 of the same commit 3f2a9c1',
      }),
    ])
    expect(a.verdict).toBe('fail')
  })

  it('runs of other commits are ignored; a corrupt or missing history file is a warning naming it', async () => {
    const other = await earlierRun('run43-other', ci('43', '1', OTHER_SHA), { listsOrders: 'pass' })
    const corrupt = join(dir, 'corrupt.report.json')
    writeFileSync(corrupt, '{"version": 1, "tests": ')
    const notOurs = join(dir, 'other-tool.json')
    writeFileSync(notOurs, JSON.stringify({ version: 2, results: [] }))
    const missing = join(dir, 'missing', 'report.json')
    const { a, logger } = await analyze(junit('run44-1.xml', { listsOrders: 'fail' }), ci('44', '1'), [
      other,
      corrupt,
      notOurs,
      missing,
    ])
    expect(a.tests.flaky).toEqual([])
    expect(a.tests.failing.map((f) => f.name)).toEqual(['listsOrders'])
    expect(a.verdict).toBe('fail')
    const warnings = logger.entries.filter((e) => e.level === 'warn').map((e) => e.message)
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${escape(corrupt)}: not JSON`)),
        expect.stringMatching(new RegExp(`${escape(notOurs)}: not a logward analysis`)),
        expect.stringContaining(missing),
      ]),
    )
    expect(warnings.some((w) => w.includes(other))).toBe(false)
    // A warning about history is not an unreadable input of the run.
    expect(a.inputs.unreadable).toEqual([])
  })

  it('an earlier report.json without passed ids (older logward) leaves the failure as it is', async () => {
    const earlier = await earlierRun('run45-1', ci('45', '1'), { listsOrders: 'pass' })
    const old = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync(earlier, 'utf8')),
    ) as RunAnalysis
    delete old.tests.passedIds
    writeFileSync(earlier, JSON.stringify(old))
    const { a } = await analyze(junit('run45-2.xml', { listsOrders: 'fail' }), ci('45', '2'), [earlier])
    expect(a.tests.flaky).toEqual([])
    expect(a.verdict).toBe('fail')
  })

  it('another job of the same commit, or this very run (a matrix sibling), is not an earlier run', async () => {
    const sibling = await earlierRun('run46-sibling', ci('46', '1'), { listsOrders: 'pass' })
    const otherJob = await earlierRun(
      'run46-lint',
      { ...ci('40', '1'), job: 'lint' },
      { listsOrders: 'pass' },
    )
    const { a } = await analyze(junit('run46-1.xml', { listsOrders: 'fail' }), ci('46', '1'), [
      sibling,
      otherJob,
    ])
    expect(a.tests.flaky).toEqual([])
    expect(a.verdict).toBe('fail')
  })
})

describe('GitLab (no attempt number)', () => {
  it('a retried job of the same pipeline is an earlier run of the commit', async () => {
    const gitlab: CiContext = { provider: 'gitlab-ci', sha: SHA, run_id: '900', job: 'test' }
    const earlier = await earlierRun('pipeline900-try1', gitlab, { listsOrders: 'pass' })
    const { a } = await analyze(junit('pipeline900-try2.xml', { listsOrders: 'fail' }), gitlab, [earlier])
    expect(a.tests.flaky.map((f) => [f.name, f.kind])).toEqual([['listsOrders', 'commit-flip']])
    expect(a.tests.flaky[0]!.evidence).toContain('passed in run 900 of the same commit')
  })
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
