import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LogwardError } from '../../../src/core/errors.js'
import { TemplateMiner } from '../../../src/transforms/mine/miner.js'
import { ID_SCHEME, templateId } from '../../../src/transforms/mine/template-id.js'
import { repoRoot } from '../../helpers/shared-data.js'

const ciMessages = readFileSync(join(repoRoot, '__tests__', 'fixtures', 'mine', 'ci-messages.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function idsOf(messages: readonly string[], order: readonly string[]): Map<string, string> {
  const miner = new TemplateMiner()
  for (const m of order) miner.add(m)
  return new Map(messages.map((m) => [m, miner.match(m)!.templateId]))
}

const sessions = [
  'Invalid user webmaster from 173.234.31.186',
  'Invalid user test9 from 52.80.34.196',
  'Invalid user oracle from 183.62.140.253',
  'Accepted password for root from 10.0.0.1 port 22 ssh2',
  'Accepted password for root from 10.0.0.2 port 2222 ssh2',
  'Connection closed by 5.188.10.180 [preauth]',
  'Connection closed by 10.0.0.7 [preauth]',
  'Received disconnect from 52.80.34.196: 11: Bye Bye [preauth]',
  'Received disconnect from 10.0.0.9: 11: Bye Bye [preauth]',
]

describe('TemplateMiner.add', () => {
  it('creates a template, then generalises it with <*> where lines differ', () => {
    const miner = new TemplateMiner()
    const first = miner.add('Invalid user webmaster from 173.234.31.186')
    expect(first).toMatchObject({ template: 'Invalid user webmaster from <*>', isNew: true, changed: false })
    const second = miner.add('Invalid user oracle from 183.62.140.253')
    expect(second).toMatchObject({ template: 'Invalid user <*> from <*>', isNew: false, changed: true })
    expect(second.previousId).toBe(first.templateId)
    const third = miner.add('Invalid user admin from 10.0.0.1')
    expect(third).toEqual({
      templateId: second.templateId,
      template: 'Invalid user <*> from <*>',
      isNew: false,
      changed: false,
    })
    expect(miner.templates()).toEqual([
      { id: second.templateId, template: 'Invalid user <*> from <*>', count: 3 },
    ])
  })

  it('keeps messages that differ in too many words apart', () => {
    const miner = new TemplateMiner()
    miner.add('Received disconnect from 1.2.3.4: 11: Bye Bye [preauth]')
    miner.add('Received disconnect from 1.2.3.5: 11: disconnected by user')
    expect(miner.size).toBe(2)
  })

  it('derives the id from the template text alone', () => {
    const miner = new TemplateMiner()
    const r = miner.add('PacketResponder 1 for block blk_-6952295868487656571 terminating')
    expect(r.template).toBe('PacketResponder <*> for block <*> terminating')
    expect(r.templateId).toBe(templateId('PacketResponder <*> for block <*> terminating'))
    expect(r.templateId).toMatch(/^t[0-9a-f]{16}$/)
    expect(ID_SCHEME).toBe(1)
  })

  it('records first and last times when given', () => {
    const miner = new TemplateMiner()
    miner.add('job 1 done', 2000)
    miner.add('job 2 done', 1000)
    miner.add('job 3 done')
    expect(miner.templates()).toEqual([
      { id: templateId('job <*> done'), template: 'job <*> done', count: 3, firstSeen: 1000, lastSeen: 2000 },
    ])
  })

  it('merges templates that differ at one word once there are more than maxVariants of them', () => {
    const crates = ['serde', 'tokio', 'libc', 'syn', 'quote', 'memchr', 'itoa', 'ryu', 'regex', 'rand']
    const miner = new TemplateMiner({ maxVariants: 8 })
    for (const c of crates.slice(0, 8)) miner.add(`Compiling ${c} v1.0.0`)
    expect(miner.size).toBe(8)
    const ninth = miner.add(`Compiling ${crates[8]} v1.0.0`)
    expect(ninth.template).toBe('Compiling <*> <*>')
    expect(miner.size).toBe(1)
    expect(miner.add(`Compiling ${crates[9]} v2.0.0`).templateId).toBe(ninth.templateId)
    expect(miner.add('Compiling serde v1.0.0').templateId).toBe(ninth.templateId)
    expect(miner.templates()[0]!.count).toBe(11)
  })

  it('merges templates that differ at the same few words once there are more than maxVariants', () => {
    const names = ['ann', 'bob', 'cyd', 'dee', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jon']
    const hosts = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel', 'india', 'kilo', 'lima', 'mike']
    const miner = new TemplateMiner()
    // Two variable words in six tokens: 4/6 similar, under the threshold, so each line starts a template
    // until the variants rule sees the same two positions vary in more than maxVariants of them.
    for (let i = 0; i < names.length; i++) miner.add(`session opened for ${names[i]} on ${hosts[i]}`)
    expect(miner.templates().map((t) => [t.template, t.count])).toEqual([
      ['session opened for <*> on <*>', 10],
    ])
  })

  it('keeps a few variants of one word apart: they are usually different events', () => {
    const miner = new TemplateMiner()
    for (const word of ['reset', 'refused', 'closed']) miner.add(`Connection ${word}`)
    expect(miner.size).toBe(3)
    // In a longer message one different word is within the similarity threshold, and merges.
    for (const state of ['LOOKING', 'FOLLOWING', 'LEADING']) miner.add(`peer state changed to ${state}`)
    expect(miner.size).toBe(4)
  })

  it('mines the CI fixture into a bounded set of readable templates', () => {
    const miner = new TemplateMiner()
    for (const m of ciMessages) miner.add(m)
    const templates = miner.templates().map((t) => t.template)
    expect(templates).toContain('Compiling <*> <*>')
    expect(templates).toContain('User <*> logged in from <*>')
    expect(templates).toContain('deploy id=<*> env=<*> region=<*> status=<*>')
    expect(templates).toContain('Uploaded <*> to <*> in <*>')
    expect(templates).toContain("<*>(<*>,<*>): error <*>: Type '<*>' is not assignable to type '<*>'.")
    expect(miner.size).toBeLessThan(ciMessages.length * 0.8)
  })
})

describe('stable template ids', () => {
  const messages = [...sessions, ...ciMessages]

  it('gives every message the same id whatever order the lines arrive in', () => {
    const reference = idsOf(messages, messages)
    for (const seed of [1, 2, 3, 42]) expect(idsOf(messages, shuffled(messages, seed))).toEqual(reference)
  })

  it('gives the same ids in two miner instances', () => {
    const a = new TemplateMiner()
    const b = new TemplateMiner()
    const ra = messages.map((m) => a.add(m).templateId)
    const rb = messages.map((m) => b.add(m).templateId)
    expect(rb).toEqual(ra)
    expect(b.templates()).toEqual(a.templates())
  })
})

describe('TemplateMiner.match', () => {
  it('never creates or changes templates, and returns undefined for unseen lines', () => {
    const miner = new TemplateMiner()
    for (const m of sessions) miner.add(m)
    const before = JSON.stringify(miner)
    expect(miner.match('Invalid user guest from 1.1.1.1')).toMatchObject({
      template: 'Invalid user <*> from <*>',
      isNew: false,
      changed: false,
    })
    expect(miner.match('Accepted publickey for root from 10.0.0.1 port 22 ssh2')).toBeUndefined()
    expect(miner.match('something never seen')).toBeUndefined()
    expect(miner.match('')).toBeUndefined()
    expect(JSON.stringify(miner)).toBe(before)
  })

  it('returns the id add gave the line', () => {
    const miner = new TemplateMiner()
    for (const m of sessions) miner.add(m)
    for (const m of sessions) expect(miner.match(m)!.templateId).toBe(miner.add(m).templateId)
  })
})

describe('bounded memory', () => {
  it('keeps at most maxTemplates templates, evicting the least recently matched', () => {
    const miner = new TemplateMiner({ maxTemplates: 3 })
    miner.add('alpha one')
    miner.add('bravo two three')
    miner.add('charlie four five six')
    miner.add('alpha one') // alpha is now the most recently matched; bravo the least
    miner.add('delta seven eight nine ten')
    expect(miner.size).toBe(3)
    expect(miner.match('bravo two three')).toBeUndefined()
    expect(miner.match('alpha one')).toBeDefined()
    expect(miner.match('charlie four five six')).toBeDefined()
    expect(miner.match('delta seven eight nine ten')).toBeDefined()
  })

  it('stays at the cap under a stream of distinct templates', () => {
    const miner = new TemplateMiner({ maxTemplates: 50 })
    const words = ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white']
    for (let i = 0; i < 5000; i++) {
      // Distinct shapes: token counts and leading words vary, values are masked.
      const shape = Array.from({ length: 1 + (i % 9) }, (_, k) => words[(i * 7 + k * 3) % words.length])
      miner.add(`${words[i % words.length]}${i % 97} ${shape.join(' ')} ${i}`)
      expect(miner.size).toBeLessThanOrEqual(50)
    }
    expect(JSON.parse(JSON.stringify(miner)).templates).toHaveLength(50)
  })
})

describe('state', () => {
  it('round-trips through JSON: same templates, ids, counts, options and behaviour', () => {
    const miner = new TemplateMiner({ maxTemplates: 500, similarityThreshold: 0.6 })
    for (const m of [...sessions, ...ciMessages]) miner.add(m, 1_700_000_000_000)
    const text = JSON.stringify(miner)
    const loaded = TemplateMiner.fromJSON(JSON.parse(text))
    expect(loaded.templates()).toEqual(miner.templates())
    expect(loaded.options).toEqual(miner.options)
    expect(JSON.stringify(loaded)).toBe(text)
    for (const m of [...sessions, ...ciMessages]) expect(loaded.match(m)).toEqual(miner.match(m))
    // And it goes on learning the same way.
    for (const m of ['Invalid user zed from 9.9.9.9', 'brand new message here']) {
      expect(loaded.add(m)).toEqual(miner.add(m))
    }
    expect(TemplateMiner.fromJSON(text).templates()).toEqual(
      TemplateMiner.fromJSON(JSON.parse(text)).templates(),
    )
  })

  it('lets options be overridden on load', () => {
    const miner = new TemplateMiner()
    miner.add('a 1')
    expect(TemplateMiner.fromJSON(miner.toJSON(), { maxTemplates: 7 }).options.maxTemplates).toBe(7)
  })

  it('refuses state of another format, version or id scheme', () => {
    const state = new TemplateMiner().toJSON()
    expect(() => TemplateMiner.fromJSON({ ...state, version: 99 })).toThrow(/version 99/)
    expect(() => TemplateMiner.fromJSON({ ...state, idScheme: 0 })).toThrow(/id scheme 0/)
    expect(() => TemplateMiner.fromJSON({ ...state, format: 'drain3' })).toThrow(LogwardError)
    expect(() => TemplateMiner.fromJSON('{not json')).toThrow(/not valid JSON/)
    expect(() => TemplateMiner.fromJSON({ ...state, templates: [{ id: 'x' }] })).toThrow(/templates\.0/)
    const miner = new TemplateMiner()
    miner.add('job 1 done')
    const saved = miner.toJSON()
    const edited = { ...saved, templates: [{ ...saved.templates[0]!, template: 'job <*> failed' }] }
    expect(() => TemplateMiner.fromJSON(edited)).toThrow(/templates\.0: id, template and tokens disagree/)
  })
})

describe('options', () => {
  it('rejects values out of range', () => {
    expect(() => new TemplateMiner({ similarityThreshold: 1.5 })).toThrow(RangeError)
    expect(() => new TemplateMiner({ depth: 2 })).toThrow(/depth/)
    expect(() => new TemplateMiner({ maxTemplates: 0 })).toThrow(/maxTemplates/)
    expect(() => new TemplateMiner({ maxChildren: 1.5 })).toThrow(/maxChildren/)
  })

  it('uses the documented defaults', () => {
    expect(new TemplateMiner().options).toEqual({
      similarityThreshold: 0.7,
      depth: 4,
      maxChildren: 100,
      maxTemplates: 10_000,
      maxVariants: 8,
    })
  })
})
