import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { SequenceScorer } from '../../../src/analysis/sequences/sequence-scorer.js'
import { ANOMALIES, normalSessions, SMALL } from './synthetic.js'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'logward-seq-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const train = normalSessions(300, 1)
const heldOut = normalSessions(100, 2)

describe('SequenceScorer on a synthetic grammar', () => {
  it('flags the sessions that break the grammar and scores them above every normal one', async () => {
    const scorer = await SequenceScorer.train(train, { ...SMALL, seed: 7 })
    const normal = await scorer.score(heldOut)
    const bad = await scorer.score(ANOMALIES)
    expect(normal.filter((s) => s.anomalous)).toEqual([])
    expect(bad.map((s) => s.anomalous)).toEqual(ANOMALIES.map(() => true))
    const worstNormal = Math.max(...normal.map((s) => s.score))
    expect(Math.min(...bad.map((s) => s.score))).toBeGreaterThan(worstNormal)
    // Each kind of evidence is reported: an unknown key, a broken count profile.
    expect(bad[0]!.unknownKeys).toBe(1)
    expect(bad[1]!.countExcess).toBeGreaterThan(0)
    scorer.dispose()
  })

  it('judges order and abrupt ends with the next-key model, not only counts', async () => {
    const scorer = await SequenceScorer.train(train, { ...SMALL, seed: 7 })
    // Same counts as a normal session, wrong order: only the sequence model can see it.
    const [swapped, endSwapped, unacked] = await scorer.score([ANOMALIES[3]!, ANOMALIES[4]!, ANOMALIES[6]!])
    expect(swapped!.countExcess).toBe(0)
    expect(swapped!.anomalous).toBe(true)
    expect(endSwapped!.countExcess).toBe(0)
    expect(endSwapped!.anomalous).toBe(true)
    expect(unacked!.countExcess).toBe(0)
    expect(unacked!.anomalous).toBe(true)
    scorer.dispose()
  })

  it('gives identical scores after a save/load round trip', async () => {
    const scorer = await SequenceScorer.train(train, { ...SMALL, seed: 3 })
    const dir = tempDir()
    await scorer.save(dir)
    const loaded = await SequenceScorer.load(dir)
    const sessions = [...heldOut.slice(0, 20), ...ANOMALIES]
    expect(await loaded.score(sessions)).toEqual(await scorer.score(sessions))
    // The standard tfjs layers format: a topology with weightsManifest, and the weights beside it.
    const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'))
    expect(modelJson.format).toBe('layers-model')
    expect(modelJson.weightsManifest[0].paths).toEqual(['./weights.bin'])
    scorer.dispose()
    loaded.dispose()
  })

  it('is deterministic: the same seed gives the same weights byte for byte, another seed does not', async () => {
    const save = async (seed: number) => {
      const scorer = await SequenceScorer.train(train, { ...SMALL, seed })
      const dir = tempDir()
      await scorer.save(dir)
      scorer.dispose()
      return ['weights.bin', 'scorer.json'].map((f) => readFileSync(join(dir, f)))
    }
    const [a, aScorer] = await save(11)
    const [b, bScorer] = await save(11)
    const [c] = await save(12)
    expect(a!.equals(b!)).toBe(true)
    expect(a!.equals(c!)).toBe(false)
    // scorer.json too (vocabulary, count ranges and profiles, thresholds): the whole model rebuilds alike.
    expect(aScorer!.equals(bScorer!)).toBe(true)
  })

  it('keeps tfjs console banners out of the output', async () => {
    const spies = (['log', 'info', 'warn', 'debug', 'error'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    )
    try {
      // Units 40 → a 40×160 orthogonal initialiser, which tfjs-layers warns about on the console.
      const scorer = await SequenceScorer.train(train.slice(0, 50), {
        ...SMALL,
        epochs: 2,
        nextKey: { ...SMALL.nextKey, units: 40 },
      })
      await scorer.score(heldOut.slice(0, 5))
      scorer.dispose()
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      spies.forEach((s) => s.mockRestore())
    }
  })

  it('refuses to train on nothing', async () => {
    await expect(SequenceScorer.train([[], []])).rejects.toThrow(/no non-empty sessions/)
  })

  it('names the directory when a model cannot be loaded', async () => {
    const dir = tempDir()
    await expect(SequenceScorer.load(dir)).rejects.toThrow(new RegExp(`${dir}: cannot read scorer.json`))
  })
})
