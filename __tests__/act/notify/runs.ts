import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { repoRoot } from '../../helpers/shared-data.js'

/**
 * Analyses for alert tests. `failing-run.json` is what `logward analyze` wrote for examples/runs/failing
 * (1 failing test, 5 new error templates, 16 error records), with a GitHub CI context added.
 */
export const FIXTURE = join(repoRoot, '__tests__/act/notify/fixtures/failing-run.json')

export function failingRun(runId = '1001'): RunAnalysis {
  const a = JSON.parse(readFileSync(FIXTURE, 'utf8')) as RunAnalysis
  a.ci = { ...a.ci, run_id: runId }
  return a
}

/** The same run, but a different test fails. */
export function otherFailure(runId = '2001'): RunAnalysis {
  const a = failingRun(runId)
  a.tests.failing = [
    {
      name: 'refundsPayment',
      className: 'com.example.shop.PaymentServiceTest',
      status: 'failed',
      message: 'expected status REFUNDED but was PENDING',
      report: 'reports/TEST-payment.xml',
    },
  ]
  return a
}

export function passingRun(runId = '3001'): RunAnalysis {
  const a = failingRun(runId)
  a.verdict = 'pass'
  a.reasons = ['no failing tests and no errors']
  a.tests = { ...a.tests, failed: 0, errored: 0, failing: [] }
  a.logs = { ...a.logs, byLevel: { ...a.logs.byLevel, error: 0, fatal: 0 } }
  delete a.baseline
  return a
}

export const HOUR = 3_600_000
export const T0 = Date.parse('2026-03-02T09:00:00Z')
export const at = (ms: number) => new Date(T0 + ms)
