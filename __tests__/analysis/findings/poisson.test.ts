import { describe, expect, it } from 'vitest'
import { poissonTail } from '../../../src/analysis/findings/poisson.js'

describe('poissonTail', () => {
  it('matches closed forms', () => {
    expect(poissonTail(0, 3)).toBe(1)
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12)
    expect(poissonTail(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 12)
    // Far tail, summed upward: P(X ≥ 10 | 0.1) is its first term e^-0.1 0.1^10 / 10! plus ~1 % more.
    const first = (Math.exp(-0.1) * 1e-10) / 3628800
    expect(poissonTail(10, 0.1) / first).toBeGreaterThan(1.005)
    expect(poissonTail(10, 0.1) / first).toBeLessThan(1.011)
  })

  it('decreases with k and increases with lambda', () => {
    expect(poissonTail(5, 2)).toBeLessThan(poissonTail(4, 2))
    expect(poissonTail(5, 3)).toBeGreaterThan(poissonTail(5, 2))
    expect(poissonTail(200, 150)).toBeGreaterThan(0)
    expect(poissonTail(200, 150)).toBeLessThan(0.01)
    expect(poissonTail(5, 0)).toBe(0)
  })
})
