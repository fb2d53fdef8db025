import { describe, expect, it } from 'vitest'
import { WILDCARD, maskToken } from '../../../src/transforms/mine/mask.js'
import { tokenize } from '../../../src/transforms/mine/tokenize.js'

const W = WILDCARD

describe('maskToken', () => {
  it.each([
    ['integers and signed numbers', ['42', '-7', '+3', '0']],
    ['decimals and thousands', ['3.14', '.5', '1,234', '0.10660437']],
    ['hex', ['0x1F', '0xdeadbeef', 'deadbeef12', '3f2c1d9', 'a1b2c3d4e5f6']],
    ['IPv4, with and without a port', ['10.0.0.1', '10.251.30.179:50010', '192.168.1.1:8080']],
    [
      'IPv6 and MAC addresses',
      ['2001:db8::1', 'fe80::1', '::ffff:10.0.0.1', '[::1]:8080', 'DE:AD:BE:EF:00:01'],
    ],
    ['UUIDs', ['7c9e6679-7425-40de-944b-e07fc1f90ae7', 'e07fc1f9-7425-40de-944b-e07fc1f90ae7']],
    [
      'absolute, home, relative and Windows paths',
      ['/var/log/syslog', '~/x', './a/b', '../up', 'C:\\Windows\\x.dll'],
    ],
    ['relative paths with a file or a line number', ['src/index.ts', 'a/b/c', 'src/index.ts:12:5']],
    ['URLs', ['http://x.com/a?b=1', 'https://api.example.com/v1/users/42', 's3://bucket/key.tar.gz']],
    ['durations', ['12ms', '3.5s', '250us', '2h', '1m30s']],
    ['sizes', ['64MB', '1.2GiB', '512k', '10B']],
    [
      'block and other ids with digits',
      ['blk_-123', 'blk_38865049064139660', 'rdd_2_3', 'core.465', 'job_1445_0020'],
    ],
    ['hosts and versions', ['msra-sa-41', 'ip-10-0-0-1', 'v1.2.3', 'HTTP/1.1', 'pkg@1.2.3', 'x86_64']],
    ['emails', ['user@example.com', 'a.b+c@mail.example.org']],
    ['timestamps', ['2024-07-01T12:00:03.512Z', '2015-10-18', '18:01:47,978', '12:30:00']],
    ['issue numbers', ['#42']],
  ])('masks %s', (_kind, tokens) => {
    for (const t of tokens) expect(maskToken(t), t).toBe(W)
  })

  it('keeps the punctuation around a value', () => {
    expect(maskToken('[10.0.0.1]')).toBe(`[${W}]`)
    expect(maskToken('(42),')).toBe(`(${W}),`)
    expect(maskToken('/a/b:')).toBe(`${W}:`)
    expect(maskToken('done.42.')).toBe(`${W}.`)
    expect(maskToken('onExtend:1514038530000')).toBe(`onExtend:${W}`)
  })

  it('masks the value of key=value, whatever it is', () => {
    expect(maskToken('user=root')).toBe(`user=${W}`)
    expect(maskToken('rhost=60.2.12.12')).toBe(`rhost=${W}`)
    expect(maskToken('addr=10.0.0.1:80,')).toBe(`addr=${W},`)
    expect(maskToken('(unit=0x0b')).toBe(`(unit=${W}`)
    expect(maskToken('a=1&b=two')).toBe(`a=${W}&b=${W}`)
    // An empty value stays empty: `ruser=` is part of the shape.
    expect(maskToken('ruser=')).toBe('ruser=')
  })

  it('masks quoted values', () => {
    expect(maskToken("'attempt_1445144423722_0020_m_000000_0'")).toBe(`'${W}'`)
    expect(maskToken('"hello"')).toBe(`"${W}"`)
    expect(maskToken("key='x'")).toBe(`key='${W}'`)
  })

  it('keeps words, enum values and names with one short digit run', () => {
    for (const t of [
      'error',
      'LOOKING',
      'ssh2',
      'log4j',
      'sha256',
      'IPv4',
      'a,b',
      'deadbeef',
      "don't",
      '...',
      '/',
      '->',
    ]) {
      expect(maskToken(t), t).toBe(t)
    }
  })
})

describe('tokenize', () => {
  it('splits on whitespace and masks each token', () => {
    expect(tokenize('PacketResponder 1 for block blk_-6952295868487656571 terminating')).toEqual([
      'PacketResponder',
      W,
      'for',
      'block',
      W,
      'terminating',
    ])
  })

  it('keeps a quoted span with spaces as one token', () => {
    expect(tokenize("Task 'attempt one' done.")).toEqual(['Task', `'${W}'`, 'done.'])
    expect(tokenize('msg="hello world" next')).toEqual([`msg="${W}"`, 'next'])
    // An apostrophe inside a word opens nothing.
    expect(tokenize("it's 'x' now")).toEqual(["it's", `'${W}'`, 'now'])
  })

  it('collapses a run of bare wildcards, so value lists and split timestamps have one shape', () => {
    expect(tokenize('delete blk_1 blk_2 blk_3')).toEqual(['delete', W])
    expect(tokenize('delete blk_1')).toEqual(['delete', W])
    expect(tokenize('at 2015-10-18 18:01:47,978 ok')).toEqual(['at', W, 'ok'])
    // Not across a partly masked token.
    expect(tokenize('1 (2) 3')).toEqual([W, `(${W})`, W])
  })

  it('treats tabs, repeated spaces and non-breaking spaces as one separator', () => {
    expect(tokenize('  a\t\tb\u00a0c  ')).toEqual(['a', 'b', 'c'])
    expect(tokenize('')).toEqual([])
  })

  it('leaves non-ASCII words alone', () => {
    expect(tokenize('Verbindung zur Datenbank fehlgeschlagen: Zeitüberschreitung')).toEqual([
      'Verbindung',
      'zur',
      'Datenbank',
      'fehlgeschlagen:',
      'Zeitüberschreitung',
    ])
  })
})
