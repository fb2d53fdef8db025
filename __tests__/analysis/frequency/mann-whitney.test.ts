import { describe, expect, it } from 'vitest'
import { erfc, mannWhitneyU } from '../../../src/analysis/frequency/mann-whitney.js'

describe('Mann-Whitney U', () => {
  it('matches the exact distribution on small samples without ties', () => {
    // Complete separation: P(U = 0) = 1 / C(n1 + n2, n1), doubled for two sides.
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6])).toEqual({ u: 0, p: 0.1, method: 'exact' })
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p).toBeCloseTo(2 / 252, 12)
    expect(mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).u).toBe(25)
    // SciPy's documentation example: mannwhitneyu(males, females) → U = 17, p = 0.1111…
    const males = [19, 22, 16, 29, 24]
    const females = [20, 11, 17, 12]
    const exact = mannWhitneyU(males, females)
    expect(exact.u).toBe(17)
    expect(exact.p).toBeCloseTo(0.1111111111, 9)
    // …and with method='asymptotic' p = 0.11134688653314041.
    expect(mannWhitneyU(males, females, 'asymptotic').p).toBeCloseTo(0.11134688653314041, 6)
  })

  it('uses the normal approximation with tie correction when values are tied', () => {
    // By hand: mid-ranks give U = 6; tie-corrected variance 28.909, z = (6.5 − 0.5) / 5.377 = 1.5809.
    const r = mannWhitneyU([1, 2, 2, 3, 4], [2, 3, 3, 5, 6, 7])
    expect(r.method).toBe('asymptotic')
    expect(r.u).toBe(6)
    expect(r.p).toBeCloseTo(0.11390314458853065, 6)
  })

  it('says nothing is different when everything is tied, and is symmetric', () => {
    expect(mannWhitneyU([0, 0, 0], [0, 0, 0, 0]).p).toBe(1)
    const a = [0.1, 0.4, 0.35, 0.8]
    const b = [0.2, 0.9, 0.95, 0.7, 0.85]
    expect(mannWhitneyU(a, b).p).toBeCloseTo(mannWhitneyU(b, a).p, 12)
    expect(mannWhitneyU(a, b).u + mannWhitneyU(b, a).u).toBe(a.length * b.length)
  })

  it('rejects an empty sample', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError)
  })

  it('erfc is accurate enough for p-values', () => {
    expect(erfc(0)).toBeCloseTo(1, 7)
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 7)
    expect(erfc(-1)).toBeCloseTo(1.842700792949715, 7)
    expect(erfc(3)).toBeCloseTo(2.209049699858544e-5, 9)
  })
})
