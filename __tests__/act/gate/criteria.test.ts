import { describe, expect, it } from 'vitest'
import { holds, listsHold, parseCriterion, targetOf } from '../../../src/act/gate/criteria.js'
import type { Criterion } from '../../../src/act/gate/model.js'

const c = (text: string): Criterion => {
  const parsed = parseCriterion(text)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed
}

describe('gate criteria', () => {
  it('parses comparators, absolute and relative values', () => {
    expect(c('<0.02')).toEqual({ text: '<0.02', op: '<', kind: 'absolute', value: 0.02 })
    expect(c('<= +10%')).toMatchObject({ op: '<=', kind: 'relative-percent', value: 10 })
    expect(c('>=-5%')).toMatchObject({ op: '>=', kind: 'relative-percent', value: -5 })
    expect(c('<=+3')).toMatchObject({ op: '<=', kind: 'relative-delta', value: 3 })
    expect(c('==0')).toMatchObject({ op: '==', kind: 'absolute', value: 0 })
    expect(c('>100')).toMatchObject({ op: '>', kind: 'absolute', value: 100 })
    // An unsigned percentage is absolute: 2% of one, for rates.
    expect(c('<2%')).toMatchObject({ kind: 'absolute', value: 0.02 })
    expect(c('<1e-3')).toMatchObject({ value: 0.001 })
  })

  it('rejects what is not a criterion, saying what one looks like', () => {
    for (const bad of ['10', '=<5', '<', '<= ten', '!=0', '<=+10%%']) {
      const r = parseCriterion(bad)
      expect('error' in r, bad).toBe(true)
      if ('error' in r) expect(r.error).toMatch(/comparator/)
    }
  })

  it('moves relative criteria by the baseline', () => {
    expect(targetOf(c('<=+10%'), 200)).toBeCloseTo(220)
    expect(targetOf(c('>=-5%'), 200)).toBeCloseTo(190)
    expect(targetOf(c('<=+3'), 4)).toBe(7)
    expect(targetOf(c('<=+10%'), undefined)).toBeUndefined()
    expect(targetOf(c('<5'), undefined)).toBe(5)
  })

  it('compares with every operator, == tolerating float noise', () => {
    expect(holds(c('<5'), 4.9, undefined)).toBe(true)
    expect(holds(c('<5'), 5, undefined)).toBe(false)
    expect(holds(c('<=5'), 5, undefined)).toBe(true)
    expect(holds(c('>5'), 5, undefined)).toBe(false)
    expect(holds(c('>=5'), 5, undefined)).toBe(true)
    expect(holds(c('==0.3'), 0.1 + 0.2, undefined)).toBe(true)
    expect(holds(c('<=+10%'), 0.011, 0.01)).toBe(true)
    expect(holds(c('<=+10%'), 0.0111, 0.01)).toBe(false)
    // A baseline of 0: +10% of nothing is nothing.
    expect(holds(c('<=+10%'), 0.001, 0)).toBe(false)
    expect(holds(c('<=+10%'), 0, 0)).toBe(true)
  })

  it('cannot evaluate a relative criterion without a baseline, or any criterion without a value', () => {
    expect(holds(c('<=+10%'), 1, undefined)).toBeNull()
    expect(holds(c('<5'), undefined, 3)).toBeNull()
  })

  it('ANDs a list and ORs the lists, with a definite answer winning over an unknown one', () => {
    const and = [[c('<=+10%'), c('<0.02')]]
    expect(listsHold(and, 0.01, 0.01)).toBe(true)
    expect(listsHold(and, 0.03, 1)).toBe(false) // the absolute one fails
    expect(listsHold(and, 0.011, 0.01)).toBe(true)
    expect(listsHold(and, 0.015, 0.01)).toBe(false) // the relative one fails
    // No baseline: unknown while the absolute criterion holds, false once it fails.
    expect(listsHold(and, 0.01, undefined)).toBeNull()
    expect(listsHold(and, 0.05, undefined)).toBe(false)
    const or = [[c('<=+10%')], [c('<0.005')]]
    expect(listsHold(or, 0.004, 1)).toBe(true)
    expect(listsHold(or, 0.004, undefined)).toBe(true) // one list holds, the other is unknown
    expect(listsHold(or, 0.05, 0.01)).toBe(false)
    expect(listsHold(or, 0.05, undefined)).toBeNull()
  })
})
