import { describe, expect, it } from 'vitest'
import type { GateResult } from '../../../src/act/gate/model.js'
import { renderGateMarkdown } from '../../../src/act/gate/render-markdown.js'

const hostile = 'boom | <img src=x onerror=alert(1)> `tick` [link](javascript:x)'

function result(): GateResult {
  return {
    version: 1,
    generatedAt: '2026-11-28T10:00:00.000Z',
    gate: 'gate.yml',
    verdict: 'warn',
    score: 80,
    total: { pass: 90, warning: 75 },
    reasons: ['score 80% < 90% (pass), ≥ 75% (warning)', 'warning-rate is in the warning band'],
    objectives: [
      {
        name: 'warning-rate',
        metric: 'warning-rate',
        key: false,
        weight: 1,
        status: 'warn',
        score: 0.5,
        value: 0.2,
        baseline: { value: 0.1, values: [0.1, 0.1, 0.12] },
        criteria: [{ list: 'pass', group: 0, text: '<=+10%', relative: true, target: 0.11, holds: false }],
        reason: 'warning-rate is in the warning band',
        evidence: {
          templates: [
            {
              templateId: 't0123456789abcdef',
              template: hostile,
              count: 3,
              level: 'warn',
              services: [],
              example: { message: hostile, path: 'a|b.log', line: 4 },
            },
          ],
        },
      },
    ],
    run: { paths: ['logs'], reports: [], records: 100, tests: 0, analysisVerdict: 'warn', unreadable: [] },
    baseline: { runs: [{ path: 'b1', records: 100 }], aggregate: 'median', enough: true },
  }
}

describe('gate.md', () => {
  it('escapes log text in tables and shows criteria with their targets', () => {
    const md = renderGateMarkdown(result())
    expect(md).toMatch(/^## ⚠️ WARN — gate score 80%/)
    expect(md).toContain('`<=+10%` (0.11) ✗')
    // As prose the HTML is escaped; in a code span it is shown as typed (GitHub renders no HTML there).
    expect(md).toContain('boom \\| \\<img src=x onerror=alert(1)\\>')
    expect(md).toContain('``boom \\| <img src=x onerror=alert(1)> `tick` [link](javascript:x)``')
    // Inside a table a pipe would split the cell.
    expect(md).toContain('`a\\|b.log:4`')
    expect(md).toContain('Baseline values per run: 0.1, 0.1, 0.12')
  })

  it('explains flaky-tests with the kind and evidence of each flaky test', () => {
    const r = result()
    r.objectives[0]!.evidence = {
      flaky: [
        { name: 'old', report: 'a.xml', reruns: 1 },
        {
          name: 'listsOrders',
          report: 'b.xml',
          reruns: 1,
          kind: 'commit-flip',
          evidence: 'failed here, but passed in run 7.1 of the same commit abc1234 (h.json)',
        },
      ],
    }
    const md = renderGateMarkdown(r)
    expect(md).toContain(
      '| old | passed on a rerun | failed once, then passed on a rerun in this run | `a.xml` |',
    )
    expect(md).toContain(
      '| listsOrders | passed in an earlier run of this commit | failed here, but passed in run 7.1 of the same commit abc1234 (h.json) | `b.xml` |',
    )
  })

  it('leaves the evidence out rather than exceed the size limit', () => {
    const full = Buffer.byteLength(renderGateMarkdown(result()), 'utf8')
    const md = renderGateMarkdown(result(), full - 1)
    expect(md).toContain('gate.json has them')
    expect(md).not.toContain('boom')
  })
})
