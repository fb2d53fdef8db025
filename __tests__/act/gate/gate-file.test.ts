import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  gateFromThresholds,
  loadGateFile,
  parseGate,
  parseThreshold,
} from '../../../src/act/gate/gate-file.js'
import { resolveGate } from '../../../src/act/gate/resolve-gate.js'
import { ConfigError } from '../../../src/core/errors.js'

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return err as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('gate file', () => {
  it('loads examples/gate.yml with its defaults and criteria lists', () => {
    const g = loadGateFile('examples/gate.yml')
    expect(g.source).toBe('examples/gate.yml')
    expect(g.total).toEqual({ pass: 90, warning: 75 })
    expect(g.minSamples).toEqual({ baselineRuns: 3, records: 100 })
    const [errorRate, newErrors] = g.objectives
    expect(errorRate).toMatchObject({ metric: 'error-rate', weight: 2, key: false })
    expect(errorRate!.pass.map((l) => l.map((c) => c.text))).toEqual([['<=+10%'], ['<0.5%']])
    expect(newErrors).toMatchObject({ metric: 'new-error-templates', weight: 1, key: true })
  })

  it('fills defaults and accepts one criterion, a list (AND) or lists (OR)', () => {
    const g = parseGate(
      `objectives:
  - { metric: errors, pass: '<5' }
  - { metric: records, pass: ['>10', '<1000'] }
  - { metric: error-rate, pass: [['<=+10%'], ['<0.01']], name: errors per record }
  - { metric: template-count:t0123456789abcdef, pass: ['<=+50%'] }
`,
      'g.yml',
    )
    expect(g.objectives.map((o) => o.pass.map((l) => l.length))).toEqual([[1], [2], [1, 1], [1]])
    expect(g.objectives[2]!.name).toBe('errors per record')
    expect(g.total).toEqual({ pass: 90, warning: 75 })
    expect(g.aggregate).toBe('median')
    expect(g.frequency).toEqual({ slice: 50, alpha: 0.01, minRatio: 2, minCount: 5, minSlices: 5 })
  })

  it('rejects an unknown key, naming the file, the objective and the path', () => {
    const e = errorOf(() =>
      parseGate(`objectives:\n  - metric: error-rate\n    pass: ['<1']\n    wieght: 2\n`, 'deploy/gate.yml'),
    )
    expect(e.message).toBe('deploy/gate.yml: objectives[0] (error-rate): unknown key "wieght"')
    expect(e.hint).toMatch(/0011-gate/)
    const top = errorOf(() =>
      parseGate(`objectives: [{ metric: errors, pass: '<1' }]\ntotals: {}\n`, 'g.yml'),
    )
    expect(top.message).toBe('g.yml: unknown key "totals"')
    const nested = errorOf(() =>
      parseGate(`objectives: [{ metric: errors, pass: '<1' }]\nmin-samples: { runs: 3 }\n`, 'g.yml'),
    )
    expect(nested.message).toBe('g.yml: min-samples: unknown key "runs"')
  })

  it('names the objective and field of a bad criterion, metric or value', () => {
    const bad = `objectives:
  - { metric: errors, pass: '<1' }
  - { metric: failed-tests, pass: ['==0', '=< 2'] }
`
    expect(errorOf(() => parseGate(bad, 'g.yml')).message).toMatch(
      /^g\.yml: objectives\[1\] \(failed-tests\)\.pass\[1\]: "=< 2" is not a criterion/,
    )
    expect(
      errorOf(() => parseGate(`objectives: [{ metric: eror-rate, pass: '<1' }]`, 'g.yml')).message,
    ).toMatch(/^g\.yml: objectives\[0\] \(eror-rate\)\.metric: unknown metric "eror-rate" \(known: records, /)
    expect(
      errorOf(() => parseGate(`objectives: [{ metric: errors, pass: '<1', weight: -1 }]`, 'g.yml')).message,
    ).toMatch(/^g\.yml: objectives\[0\] \(errors\)\.weight: /)
    expect(
      errorOf(() => parseGate(`objectives: [{ metric: errors, pass: [['<1'], ['nope']] }]`, 'g.yml')).message,
    ).toMatch(/^g\.yml: objectives\[0\] \(errors\)\.pass\[1\]\[0\]: "nope"/)
    expect(errorOf(() => parseGate(`objectives: []`, 'g.yml')).message).toMatch(/^g\.yml: objectives: /)
    expect(
      errorOf(() =>
        parseGate(
          `objectives: [{ metric: errors, pass: '<1' }]\ntotal: { pass: 50%, warning: 80% }`,
          'g.yml',
        ),
      ).message,
    ).toBe('g.yml: total: warning (80%) is above pass (50%)')
  })

  it('refuses relative criteria on metrics the baseline has no value for', () => {
    const e = errorOf(() => parseGate(`objectives:\n  - { metric: failed-tests, pass: '<=+10%' }\n`, 'g.yml'))
    expect(e.message).toMatch(
      /^g\.yml: objectives\[0\] \(failed-tests\)\.pass\[0\]: relative criterion "<=\+10%" needs a baseline value/,
    )
    expect(
      errorOf(() => parseGate(`objectives: [{ metric: new-error-templates, pass: '<=+1' }]`, 'g.yml'))
        .message,
    ).toMatch(/measured against the baseline already/)
  })

  it('reports invalid YAML with its line, and a missing file', () => {
    expect(errorOf(() => parseGate('objectives:\n  - metric: [\n', 'g.yml')).message).toMatch(
      /^g\.yml:\d+: invalid YAML/,
    )
    expect(errorOf(() => loadGateFile('no/such/gate.yml')).message).toBe(
      'gate file no/such/gate.yml does not exist',
    )
  })
})

describe('gate from thresholds', () => {
  it('builds one key objective per threshold', () => {
    const g = gateFromThresholds({ maxErrorRate: 0.02, maxFailedTests: 0 })
    expect(g.source).toBe('thresholds')
    expect(g.objectives.map((o) => [o.metric, o.pass[0]![0]!.text, o.key])).toEqual([
      ['error-rate', '<=0.02', true],
      ['failed-tests', '<=0', true],
    ])
  })

  it('defaults to no failed tests and no new error templates', () => {
    const g = gateFromThresholds({})
    expect(g.objectives.map((o) => o.metric)).toEqual(['new-error-templates', 'failed-tests'])
    expect(g.source).toMatch(/^defaults/)
  })

  it('parses thresholds from text and names the bad one', () => {
    expect(parseThreshold('max-error-rate', '2%', 'rate', 'cli')).toBe(0.02)
    expect(parseThreshold('max-error-rate', '0.5', 'rate', 'cli')).toBe(0.5)
    expect(parseThreshold('max-failed-tests', '', 'count', 'cli')).toBeUndefined()
    expect(errorOf(() => parseThreshold('max-error-rate', '3', 'rate', 'cli')).message).toBe(
      'cli: max-error-rate: "3" is not a rate (0.02 or 2%)',
    )
    expect(errorOf(() => parseThreshold('max-failed-tests', '1.5', 'count', 'action inputs')).message).toBe(
      'action inputs: max-failed-tests: "1.5" is not a whole number of 0 or more',
    )
  })

  it('refuses a gate file together with thresholds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-gate-'))
    const file = join(dir, 'gate.yml')
    writeFileSync(file, `objectives: [{ metric: errors, pass: '<1' }]\n`)
    expect(resolveGate({ gate: file }, 'cli').objectives).toHaveLength(1)
    expect(errorOf(() => resolveGate({ gate: file, 'max-failed-tests': '0' }, 'cli')).message).toBe(
      'cli: give a gate file or thresholds, not both (max-failed-tests with gate)',
    )
  })
})
