import { describe, expect, it } from 'vitest'
import { compareDigests } from '../../../src/act/github/delta.js'
import {
  DIGEST_JSON_BUDGET,
  decodeDigest,
  encodeDigest,
  makeDigest,
  testId,
  type RunDigest,
} from '../../../src/act/github/digest.js'
import { checkRunName, commentMarker } from '../../../src/act/github/marker.js'
import { failingRun, hugeRun, passingRun } from '../../fixtures/report/analysis.js'

const META = { workflow: 'CI', job: 'test', sha: 'abc', runId: '7', runUrl: 'https://x/runs/7' }

describe('the digest', () => {
  it('keeps counts, failing test ids with names, and error template ids', () => {
    const d = makeDigest(failingRun(), META)
    expect(d).toMatchObject({
      v: 1,
      workflow: 'CI',
      job: 'test',
      sha: 'abc',
      verdict: 'fail',
      counts: { tests: 350, passed: 343, failed: 2, errored: 1, skipped: 4, errors: 83, newTemplates: 2 },
      templates: ['t-8a1f', 't-2b90', 't-77c2', 't-0d13', 't-5e4e'],
    })
    expect(d.failing).toHaveLength(3)
    expect(d.failing[0]).toEqual([
      testId({ name: 'applies percentage discount codes to the cart total', className: 'CheckoutService' }),
      'CheckoutService › applies percentage discount codes to the cart total',
    ])
    expect(d.failingCut).toBeUndefined()
  })

  it('round-trips through its hidden comment, which cannot end early', () => {
    const d = makeDigest(failingRun(), META)
    const comment = encodeDigest(d)
    expect(comment).toMatch(/^<!-- logward-digest:v1:[A-Za-z0-9+/=]+ -->$/)
    expect(decodeDigest(`some text\n${comment}\nmore`)).toEqual(d)
  })

  it('stays within its budget for a huge run: names first, then ids only, then cut', () => {
    const d = makeDigest(hugeRun({ failing: 1000, stackBytes: 10 }), META)
    expect(JSON.stringify(d).length).toBeLessThanOrEqual(DIGEST_JSON_BUDGET)
    expect(d.failing.some((e) => e.length === 2)).toBe(true)
    expect(d.failing.some((e) => e.length === 1)).toBe(true)
    expect(d.failing.length).toBeGreaterThan(300)
    expect(d.failingCut).toBe(true)
    expect(d.templatesCut).toBe(true)
  })

  it('refuses text that is not a digest, or a hand-made one of the wrong shape', () => {
    expect(decodeDigest(undefined)).toBeUndefined()
    expect(decodeDigest('<!-- logward-digest:v1:not base64!! -->')).toBeUndefined()
    const bad = (o: unknown): string =>
      `<!-- logward-digest:v1:${Buffer.from(JSON.stringify(o)).toString('base64')} -->`
    const good = makeDigest(passingRun(), META)
    expect(decodeDigest(bad(good))).toEqual(good)
    expect(decodeDigest(bad({ ...good, v: 2 }))).toBeUndefined()
    expect(decodeDigest(bad({ ...good, counts: { ...good.counts, failed: -1 } }))).toBeUndefined()
    expect(decodeDigest(bad({ ...good, failing: [[1, 2]] }))).toBeUndefined()
    expect(decodeDigest(bad({ ...good, verdict: 'great' }))).toBeUndefined()
  })
})

describe('compareDigests', () => {
  const digest = (over: Partial<RunDigest>): RunDigest => ({ ...makeDigest(passingRun(), META), ...over })

  it('finds new failures, fixed tests, template changes and count deltas', () => {
    const base = digest({
      counts: { tests: 10, passed: 8, failed: 2, errored: 0, skipped: 0, errors: 5, warnings: 1 },
      failing: [['a', 'A'], ['b']],
      templates: ['t1', 't2'],
    })
    const now = digest({
      counts: { tests: 11, passed: 9, failed: 1, errored: 1, skipped: 0, errors: 2, warnings: 1 },
      failing: [
        ['b', 'B'],
        ['c', 'C'],
      ],
      templates: ['t2', 't3'],
    })
    const d = compareDigests(base, now)
    expect(d.newFailures).toEqual([{ id: 'c', name: 'C' }])
    expect(d.fixed).toEqual([{ id: 'a', name: 'A' }])
    expect(d.stillFailing).toBe(1)
    expect(d.newErrorTemplates).toEqual(['t3'])
    expect(d.goneErrorTemplates).toEqual(['t1'])
    expect(d.counts.find((c) => c.key === 'failed')).toEqual({ key: 'failed', now: 1, base: 2, diff: -1 })
    expect(d.counts.find((c) => c.key === 'tests')?.diff).toBe(1)
    expect(d.partial).toBe(false)
    expect(compareDigests({ ...base, failingCut: true }, now).partial).toBe(true)
  })
})

describe('markers', () => {
  it('name the workflow and job, and cannot be closed or confused by their text', () => {
    expect(commentMarker('CI', 'test')).toBe('<!-- logward:CI:test -->')
    expect(commentMarker('CI', 'test (ubuntu, 22)')).toBe('<!-- logward:CI:test (ubuntu, 22) -->')
    expect(commentMarker('a:b', 'c')).not.toBe(commentMarker('a', 'b:c'))
    const hostile = commentMarker('x --> <img src=x>', 'y--\n-')
    expect(hostile.slice(4, -4)).not.toMatch(/--|>|\n/)
    expect(checkRunName('CI', 'test')).toBe('logward (CI / test)')
  })
})
