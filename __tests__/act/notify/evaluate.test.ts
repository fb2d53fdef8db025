import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../../src/act/notify/evaluate.js'
import { alertFingerprint } from '../../../src/act/notify/fingerprint.js'
import { alertMetrics } from '../../../src/act/notify/metrics.js'
import { parseAlertRules } from '../../../src/act/notify/rules.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { failingRun, otherFailure, passingRun } from './runs.js'

const rules = (...list: Record<string, unknown>[]) =>
  parseAlertRules(
    list.map((r, i) => ({ name: `r${i}`, channels: ['slack'], ...r })),
    'test',
  )

describe('alert metrics', () => {
  it('derives the rule metrics from a RunAnalysis', () => {
    const m = alertMetrics(failingRun())
    expect(m).toEqual({
      errorRate: 16 / 337,
      errors: 16,
      newErrorTemplates: 5,
      failedTests: 1,
      gateVerdict: 'fail',
    })
    expect(m).not.toHaveProperty('anomalyScore')
  })

  it('takes a score the analysis carries, and what the caller passes', () => {
    const a = Object.assign(failingRun(), { score: 0.91, gate: { verdict: 'warn' } })
    expect(alertMetrics(a)).toMatchObject({ anomalyScore: 0.91, gateVerdict: 'warn' })
    expect(alertMetrics(a, { anomalyScore: 0.2, gateVerdict: 'pass' })).toMatchObject({
      anomalyScore: 0.2,
      gateVerdict: 'pass',
    })
  })
})

describe('evaluateRules', () => {
  it('alerts per failing test and per new error template; run-wide otherwise', () => {
    const a = failingRun()
    const fired = evaluateRules(
      rules(
        { when: { 'failed-tests': '>0' } },
        { when: { 'new-error-templates': '>=1' } },
        { when: { 'error-rate': '>2%', gate: 'fail' } },
      ),
      alertMetrics(a),
      a,
    )
    expect(fired.map((f) => [f.rule.name, f.subjects.map((s) => s.kind)])).toEqual([
      ['r0', ['test']],
      ['r1', ['template', 'template', 'template', 'template', 'template']],
      ['r2', ['run']],
    ])
    expect(fired[0]!.matched).toEqual(['failed-tests 1 >0'])
    expect(fired[0]!.subjects[0]).toMatchObject({
      key: 'com.example.shop.InventoryServiceTest#reservesStock',
      title: 'InventoryServiceTest.reservesStock',
      detail: 'expected reserved=3 but was 0',
    })
    expect(fired[2]!.matched).toEqual(['error-rate 4.748% >2%', 'gate fail'])
    expect(fired[0]!.cooldownMs).toBe(6 * 3_600_000)
  })

  it('does not fire when a condition fails, or its metric is unknown', () => {
    const a = failingRun()
    const logger = memoryLogger()
    const fired = evaluateRules(
      rules(
        { when: { 'failed-tests': '>5' } },
        { when: { 'anomaly-score': '>=0.8' } },
        { when: { 'failed-tests': '>0', 'error-rate': '>50%' } },
        { when: { gate: 'warn' } },
      ),
      alertMetrics(a),
      a,
      logger,
    )
    expect(fired.map((f) => f.rule.name)).toEqual(['r3'])
    expect(logger.entries.some((e) => /anomaly-score is not known/.test(e.message))).toBe(true)
    const p = passingRun()
    expect(evaluateRules(rules({ when: { gate: 'warn' } }), alertMetrics(p), p)).toEqual([])
  })

  it('fingerprints are stable across runs and differ per rule, test and repository', () => {
    const r = rules({ when: { 'failed-tests': '>0' } })
    const fp = (a: ReturnType<typeof failingRun>) =>
      evaluateRules(r, alertMetrics(a), a)[0]!.subjects[0]!.fingerprint
    expect(fp(failingRun('1'))).toBe(fp(failingRun('2')))
    expect(fp(failingRun())).not.toBe(fp(otherFailure()))
    expect(fp(failingRun())).toMatch(/^[0-9a-f]{16}$/)
    expect(alertFingerprint('acme/shop', 'a', 'test', 'k')).not.toBe(
      alertFingerprint('acme/web', 'a', 'test', 'k'),
    )
    expect(alertFingerprint('acme/shop', 'a', 'test', 'k')).not.toBe(
      alertFingerprint('acme/shop', 'b', 'test', 'k'),
    )
    expect(fp(failingRun())).toBe(
      alertFingerprint('acme/shop', 'r0', 'test', 'com.example.shop.InventoryServiceTest#reservesStock'),
    )
  })
})
