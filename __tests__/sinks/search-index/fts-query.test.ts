import { describe, expect, it } from 'vitest'
import { toFtsQuery } from '../../../src/sinks/search-index/fts-query.js'

describe('toFtsQuery', () => {
  it.each([
    ['timeout', '"timeout"'],
    ['connection refused', '("connection" AND "refused")'],
    ['"connection refused"', '"connection refused"'],
    ['conn*', '"conn"*'],
    ['"connection ref"*', '"connection ref"*'],
    ['a OR b', '("a" OR "b")'],
    ['a AND b', '("a" AND "b")'],
    ['a b OR c', '(("a" AND "b") OR "c")'],
    ['a NOT b', '("a" NOT "b")'],
    ['a NOT b NOT c', '("a" NOT ("b" OR "c"))'],
    ['(a OR b) c', '(("a" OR "b") AND "c")'],
    ['a (NOT b)', '("a" NOT "b")'],
    ['NOT NOT a', '"a"'],
    ['a or b and c', '("a" AND "or" AND "b" AND "and" AND "c")'],
    // Punctuation inside a term: the term is one FTS5 string, so the tokenizer makes it a phrase.
    ['10.0.0.1', '"10.0.0.1"'],
    ['foo-bar', '"foo-bar"'],
    ['message:foo', '"message:foo"'],
    ['say "hi" there', '("say" AND "hi" AND "there")'],
    ['he said "x""y"', '("he" AND "said" AND "x" AND "y")'],
    ['getConnection()', '"getConnection()"'],
    ['NEAR(a b)', '("NEAR(a" AND "b)")'],
    ["'; DROP TABLE records; --", '("DROP" AND "TABLE" AND "records;")'],
  ])('%s → %s', (input, match) => {
    expect(toFtsQuery(input).match).toBe(match)
  })

  it('turns a query of only negations into an exclusion', () => {
    expect(toFtsQuery('NOT healthcheck')).toEqual({ exclude: '"healthcheck"', warnings: [] })
    expect(toFtsQuery('NOT a NOT b').exclude).toBe('("a" OR "b")')
  })

  it('drops what cannot be searched, with a warning where the meaning changes', () => {
    expect(toFtsQuery('')).toEqual({ warnings: [] })
    for (const q of ['-', '*', '"', '""', '()', ')(', 'AND', 'OR OR', 'NOT', '--', "'"]) {
      const f = toFtsQuery(q)
      expect(f.match, q).toBeUndefined()
      expect(f.exclude, q).toBeUndefined()
    }
    expect(toFtsQuery('-').warnings[0]).toMatch(/no letters or digits/)
    const or = toFtsQuery('a OR NOT b')
    expect(or.match).toBe('"a"')
    expect(or.warnings[0]).toMatch(/NOT-only part inside OR/)
    expect(toFtsQuery('a AND').match).toBe('"a"')
  })

  it('treats unbalanced or too deep parentheses as text', () => {
    expect(toFtsQuery('(a OR b').match).toBe('("(a" OR "b")')
    const deep = '('.repeat(40) + 'a' + ')'.repeat(40)
    expect(toFtsQuery(deep).match).toBe(`"${deep}"`)
  })

  it('caps the number of terms', () => {
    const q = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')
    const f = toFtsQuery(q)
    expect(f.match!.split(' AND ')).toHaveLength(64)
    expect(f.warnings[0]).toMatch(/first 64/)
  })

  it('strips control characters', () => {
    expect(toFtsQuery('a\u0000b\nc').match).toBe('("a" AND "b" AND "c")')
  })
})
