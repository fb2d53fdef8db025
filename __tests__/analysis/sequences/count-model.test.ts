import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CountModel } from '../../../src/analysis/sequences/count-model.js'
import { foldsOf } from '../../../src/analysis/sequences/evaluate.js'
import { readSessions } from '../../../src/analysis/sequences/sessions.js'
import { Vocabulary } from '../../../src/analysis/sequences/vocabulary.js'
import { noticeIfNoSharedData, sharedData, sharedPath } from '../../helpers/shared-data.js'

noticeIfNoSharedData('the HDFS count-profile test')

/** open, alloc, then an optional "replicate" part (rep, copy) run at most once in training, then close. */
const TRAIN = [
  ...Array.from({ length: 20 }, () => 'open alloc read ack close'.split(' ')),
  ...Array.from({ length: 3 }, () => 'open alloc read ack rep copy close'.split(' ')),
]

function fitted(sessions: string[][], maxProfiles?: number) {
  const vocabulary = Vocabulary.fromSessions(sessions)
  const model = CountModel.fit(
    sessions.map((s) => vocabulary.encode(s)),
    vocabulary.size,
    0.1,
    maxProfiles,
  )
  return (session: string) => model.excess(vocabulary.encode(session.split(' ')))
}

describe('CountModel', () => {
  it('accepts a normal optional part repeated more often than training showed', () => {
    const excess = fitted(TRAIN)
    expect(excess('open alloc read ack rep copy rep copy rep copy close')).toBe(0)
    expect(excess('open alloc read ack rep copy rep copy close')).toBe(0)
    // Without the repetition check, the same session is outside the ranges (rep and copy at most once).
    const rangesOnly = fitted(TRAIN, 0)
    expect(rangesOnly('open alloc read ack rep copy rep copy rep copy close')).toBe(4)
  })

  it('still flags what is not a whole repetition of a normal part', () => {
    const excess = fitted(TRAIN)
    // Half a part: one extra rep without its copy.
    expect(excess('open alloc read ack rep copy rep close')).toBe(1)
    // A structural key repeated: no two normal sessions differ by a close.
    expect(excess('open alloc read ack close close')).toBe(1)
    // The whole session twice is not one normal session with a part repeated.
    expect(excess('open alloc read ack close open alloc read ack close')).toBe(5)
    // Missing events are never explained by repetition.
    expect(excess('open alloc')).toBe(3)
    // A repeated part on top of a session that is itself not normal.
    expect(excess('open alloc ack rep copy rep copy close')).toBe(3)
  })

  it('keeps the profiles in its JSON, and judges by ranges alone a model saved without them', () => {
    const vocabulary = Vocabulary.fromSessions(TRAIN)
    const encoded = TRAIN.map((s) => vocabulary.encode(s))
    const model = CountModel.fit(encoded, vocabulary.size, 0.1)
    const json = model.toJSON()
    // Most frequent first, "id:count" by ascending id.
    expect(json.profiles).toHaveLength(2)
    expect(json.profiles![0]).toBe(
      vocabulary
        .encode(TRAIN[0]!)
        .map((id) => `${id}:1`)
        .join(' '),
    )
    const repeated = vocabulary.encode('open alloc read ack rep copy rep copy close'.split(' '))
    expect(CountModel.fromJSON(JSON.parse(JSON.stringify(json))).excess(repeated)).toBe(0)
    const { profiles: _p, ...older } = json
    expect(CountModel.fromJSON(older).excess(repeated)).toBe(2)
  })
})

/**
 * Count evidence alone on the real data, on the fold split whose held-out fold holds every HDFS session with
 * a block replicated three times (training has only single replications): the repetition check must clear
 * those without letting through any anomaly the ranges catch.
 */
describe.skipIf(!sharedData)('CountModel on HDFS sessions', () => {
  it('clears normal sessions that repeat the replication part, and no anomaly', async () => {
    const dir = sharedPath('hdfs-sessions')
    const normal = await readSessions(join(dir, 'train_normal.txt'))
    const anomalous = await readSessions(join(dir, 'dev_abnormal.txt'))
    const fold = foldsOf(normal.length, 5, 1)
    const train = normal.filter((_, i) => fold[i] !== 1)
    const heldOut = normal.filter((_, i) => fold[i] === 1)
    const vocabulary = Vocabulary.fromSessions(train)
    const encoded = train.map((s) => vocabulary.encode(s))
    const withRepeats = CountModel.fit(encoded, vocabulary.size, 0.1)
    const rangesOnly = CountModel.fit(encoded, vocabulary.size, 0.1, 0)
    const flagged = (m: CountModel, sessions: string[][]) =>
      sessions.map((s) => m.excess(vocabulary.encode(s)) > 0)

    const before = flagged(rangesOnly, heldOut)
    const after = flagged(withRepeats, heldOut)
    const tripled = heldOut.filter((s) => s.filter((k) => k === '25').length === 3)
    expect(tripled.length).toBeGreaterThan(0)
    expect(flagged(rangesOnly, tripled).every(Boolean)).toBe(true)
    expect(flagged(withRepeats, tripled).some(Boolean)).toBe(false)
    expect(after.filter(Boolean).length).toBe(before.filter(Boolean).length - tripled.length)

    // Anomalies with only known keys: exactly the same ones flagged with and without the check.
    const known = anomalous.filter((s) => s.every((k) => vocabulary.has(k)))
    expect(flagged(withRepeats, known)).toEqual(flagged(rangesOnly, known))
  })
})
