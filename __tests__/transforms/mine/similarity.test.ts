import { describe, expect, it } from 'vitest'
import { MessageCache } from '../../../src/transforms/mine/message-cache.js'
import { covers, differenceKey, generalise } from '../../../src/transforms/mine/similarity.js'

const W = '<*>'

describe('template comparisons', () => {
  it('covers: every constant equal, wildcards stand for anything', () => {
    expect(covers(['a', W, 'c'], ['a', 'b', 'c'])).toBe(true)
    expect(covers(['a', W, 'c'], ['a', 'b', 'd'])).toBe(false)
    expect(covers([], [])).toBe(true)
  })

  it('differenceKey: the differing constant positions, up to a limit', () => {
    expect(differenceKey(['a', 'x', 'c', 'y'], ['a', 'b', 'c', 'd'], 2)).toBe('1,3,')
    expect(differenceKey(['a', W, 'c', 'y'], ['a', 'b', 'c', 'd'], 2)).toBe('3,')
    expect(differenceKey(['x', 'y', 'z'], ['a', 'b', 'c'], 2)).toBeUndefined()
    expect(differenceKey(['a', W], ['a', 'b'], 1)).toBeUndefined()
  })

  it('generalise: differing positions become <*>, the same array when nothing changes', () => {
    const t = ['a', 'b', W]
    expect(generalise(t, ['a', 'x', 'y'])).toEqual(['a', W, W])
    expect(generalise(t, ['a', 'b', 'z'])).toBe(t)
    expect(t).toEqual(['a', 'b', W])
  })
})

describe('MessageCache', () => {
  it('returns what was stored and stays within its capacity', () => {
    const cache = new MessageCache<number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3) // full: starts over
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('c')).toBe(3)
  })

  it('switches itself off when messages never repeat, and on again later', () => {
    const cache = new MessageCache<number>()
    for (let i = 0; i < 2048; i++) {
      cache.get(`unique ${i}`)
      cache.set(`unique ${i}`, i)
    }
    cache.set('repeat', 1)
    expect(cache.get('repeat')).toBeUndefined() // bypassed
    for (let i = 0; i < 65_536; i++) cache.get('x')
    cache.set('repeat', 1)
    expect(cache.get('repeat')).toBe(1)
  })
})
