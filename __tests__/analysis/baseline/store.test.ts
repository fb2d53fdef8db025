import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  learnBaseline,
  loadBaseline,
  saveBaseline,
  type RunInput,
} from '../../../src/analysis/baseline/index.js'
import { compareFrequencies } from '../../../src/analysis/frequency/compare-frequencies.js'
import { DEFAULT_FREQUENCY } from '../../../src/analysis/frequency/model.js'
import { ConfigError } from '../../../src/core/errors.js'
import type { Level, LogRecord } from '../../../src/core/record.js'

const T0 = Date.parse('2026-11-27T09:00:00Z')

function rec(i: number, message: string, level: Level = 'info'): LogRecord {
  return {
    '@timestamp': new Date(T0 + i * 1000).toISOString(),
    message,
    log: { level, file: { path: 'app.log', line: i + 1 } },
    logward: {},
  } as LogRecord
}

/** A run of 400 records: requests, queries, an error every 100 records. */
function run(name: string, seed: number): RunInput {
  const records = Array.from({ length: 400 }, (_, i) =>
    i % 100 === 99
      ? rec(i, `payment ${seed + i} declined by gateway`, 'error')
      : i % 2 === 0
        ? rec(i, `GET /products/${(seed * i) % 97} answered in ${i % 50} ms`)
        : rec(i, `query orders took ${(i * 7) % 13} ms`),
  )
  return {
    name,
    batches: async function* () {
      for (let i = 0; i < records.length; i += 64) yield records.slice(i, i + 64)
    },
  }
}

const runs = [run('a', 1), run('b', 2), run('c', 3)]

describe('baseline model', () => {
  it('learns vocabulary, per-run tallies and error statistics, and saves them losslessly', async () => {
    const learned = await learnBaseline(runs, { source: 'test runs', now: () => new Date(T0) })
    expect(learned.runs.map((r) => [r.name, r.records, r.errors, r.timedErrors])).toEqual([
      ['a', 400, 4, 4],
      ['b', 400, 4, 4],
      ['c', 400, 4, 4],
    ])
    expect(learned.miner.size).toBe(3)
    // 400 records over 400 seconds: 7 one-minute buckets.
    expect(learned.runs[0]!.buckets).toBe(7)
    const dir = mkdtempSync(join(tmpdir(), 'logward-baseline-'))
    await saveBaseline(learned, dir)
    expect(readdirSync(dir)).toEqual(['baseline.json'])
    const loaded = await loadBaseline(dir)
    expect(loaded.miner.toJSON()).toEqual(learned.miner.toJSON())
    expect(loaded.runs).toEqual(learned.runs)
    expect(loaded.tallies.map((t) => [t.records, t.sliceSizes])).toEqual(
      learned.tallies.map((t) => [t.records, t.sliceSizes]),
    )
    for (const [i, t] of loaded.tallies.entries()) {
      for (const [id, c] of learned.tallies[i]!.templates) {
        expect(t.templates.get(id)).toMatchObject({ count: c.count, slices: c.slices, template: c.template })
      }
    }
    // The frequency test gives the same answer on the loaded baseline as on the learned one.
    const probe = learned.tallies[0]!
    expect(compareFrequencies(probe, loaded.tallies, DEFAULT_FREQUENCY)).toEqual(
      compareFrequencies(probe, learned.tallies, DEFAULT_FREQUENCY),
    )
  })

  it('refuses a missing, corrupt, foreign or other-version model with what to do', async () => {
    const learned = await learnBaseline(runs.slice(0, 1), { source: 'one run' })
    const dir = mkdtempSync(join(tmpdir(), 'logward-baseline-'))
    await expect(loadBaseline(join(dir, 'nope'))).rejects.toThrow(
      /does not exist: .* is not a baseline model/,
    )
    await saveBaseline(learned, dir)
    const path = join(dir, 'baseline.json')
    const good = readFileSync(path, 'utf8')
    const json = JSON.parse(good) as Record<string, unknown>
    const cases: [string, RegExp][] = [
      ['{"format": "logward-baseline", "vers', /cannot be read \(not valid JSON\)/],
      [JSON.stringify({ ...json, format: 'something' }), /is not a logward baseline/],
      [JSON.stringify({ ...json, version: 99 }), /baseline version 99; this logward reads version 1/],
      [JSON.stringify({ ...json, tallies: [] }), /damaged: runs and tallies/],
      [JSON.stringify({ ...json, miner: { format: 'x' } }), /miner state is invalid/],
    ]
    for (const [text, message] of cases) {
      writeFileSync(path, text)
      const err = await loadBaseline(dir).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ConfigError)
      expect((err as ConfigError).message).toMatch(message)
      expect((err as ConfigError).hint).toMatch(/logward baseline learn/)
    }
  })
})
