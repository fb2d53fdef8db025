import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunAnalysis } from '../../src/analysis/model.js'
import { runDist } from '../helpers/run-dist.js'

const SHA = '3f2a9c1d5e7b4a6c8d0e1f2a3b4c5d6e7f8a9b0c'

function report(listsOrders: 'pass' | 'fail'): string {
  const failing = `<testcase name="listsOrders" classname="com.acme.OrdersIT" time="3.0"><error message="Connection refused: db:5432" type="java.net.ConnectException">java.net.ConnectException: Connection refused: db:5432</error></testcase>`
  const passing = `<testcase name="listsOrders" classname="com.acme.OrdersIT" time="2.9"/>`
  return `<?xml version="1.0"?>
<testsuite name="com.acme.OrdersIT">
  <testcase name="createsOrder" classname="com.acme.OrdersIT" time="1.2"/>
  ${listsOrders === 'pass' ? passing : failing}
</testsuite>
`
}

/**
 * The built CLI, as a CI job runs it: a job of a GitLab pipeline whose test passed, retried, the retry's
 * test failing; the retry is given the first try's report.json as history.
 */
describe('logward analyze --history (dist/cli)', () => {
  it('a test that passed in an earlier try of the same commit is flaky: WARN, exit 0; without history FAIL, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-flaky-'))
    writeFileSync(join(dir, 'try1.xml'), report('pass'))
    writeFileSync(join(dir, 'try2.xml'), report('fail'))
    const env = { GITLAB_CI: 'true', CI_COMMIT_SHA: SHA, CI_PIPELINE_ID: '900', CI_JOB_NAME: 'test' }
    const analyze = (name: string, extra: string[]): ReturnType<typeof runDist> =>
      runDist(
        'cli',
        [
          'analyze',
          '--reports',
          join(dir, `${name}.xml`),
          '--out',
          join(dir, name),
          '--store',
          join(dir, 'store'),
          ...extra,
        ],
        { env, cwd: dir },
      )

    const first = await analyze('try1', [])
    expect(first.code, first.stderr).toBe(0)
    const earlier = JSON.parse(readFileSync(join(dir, 'try1', 'report.json'), 'utf8')) as RunAnalysis
    expect(earlier.tests.passedIds).toHaveLength(2)

    const alone = await analyze('try2-alone', ['--reports', join(dir, 'try2.xml')])
    expect(alone.code).toBe(1)
    expect(alone.stdout + alone.stderr).toMatch(/FAIL: 1 test failed \(of 2\)/)

    const history = join(dir, 'try*', 'report.json')
    const second = await analyze('try2', ['--history', history, '--history', join(dir, 'nowhere.json')])
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout + second.stderr).toMatch(
      /WARN: 1 failing test passed in an earlier run of this commit \(flaky\)/,
    )
    expect(second.stderr).toMatch(/warning: history: .*nowhere\.json/)
    const a = JSON.parse(readFileSync(join(dir, 'try2', 'report.json'), 'utf8')) as RunAnalysis
    expect(a.verdict).toBe('warn')
    expect(a.tests.flaky).toEqual([
      expect.objectContaining({
        name: 'listsOrders',
        kind: 'commit-flip',
        earlier: { path: join(dir, 'try1', 'report.json'), runId: '900' },
      }),
    ])
    const summary = readFileSync(join(dir, 'try2', 'summary.md'), 'utf8')
    expect(summary).toContain('passed in an earlier run of this commit')
    expect(summary).toContain('passed in run 900 of the same commit 3f2a9c1')
  }, 60_000)
})
