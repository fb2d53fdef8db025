import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { parseSessions } from '../../../src/analysis/sequences/sessions.js'
import { END, PAD, UNK, Vocabulary } from '../../../src/analysis/sequences/vocabulary.js'

describe('Vocabulary', () => {
  it('numbers keys by first appearance after the reserved ids', () => {
    const v = Vocabulary.fromSessions([
      ['5', '22'],
      ['22', 'E7'],
    ])
    expect(v.keys).toEqual(['5', '22', 'E7'])
    expect(v.size).toBe(6)
    expect(new Set([PAD, UNK, END]).has(v.id('5'))).toBe(false)
    expect(v.encode(['5', '22', 'E7'])).toEqual([3, 4, 5])
  })

  it('maps keys never seen in training to UNK', () => {
    const v = Vocabulary.fromSessions([['a', 'b']])
    expect(v.has('zz')).toBe(false)
    expect(v.encode(['a', 'zz', 'b'])).toEqual([3, UNK, 4])
  })

  it('round-trips through JSON', () => {
    const v = Vocabulary.fromSessions([['x', 'y', 'x']])
    const back = Vocabulary.fromJSON(JSON.parse(JSON.stringify(v)))
    expect(back.encode(['y', 'x', 'q'])).toEqual(v.encode(['y', 'x', 'q']))
  })
})

describe('parseSessions', () => {
  it('reads one session per line; a blank line is an empty session', () => {
    expect(parseSessions('5 5 22 \n\n11\t9\r\n', 'f.txt')).toEqual([['5', '5', '22'], [], ['11', '9']])
  })

  it('names file and line of a malformed key', () => {
    const bad = () => parseSessions('5 22\n9 11\n5 {"oops": 1}\n', 'sessions.txt')
    expect(bad).toThrow(InputError)
    expect(bad).toThrow(/sessions\.txt: line 3: .*is not an event key/)
    try {
      bad()
    } catch (err) {
      expect((err as InputError).hint).toMatch(/one session/)
    }
  })
})
