import { describe, expect, it } from 'vitest'
import { compareFrequencies } from '../../../src/analysis/frequency/compare-frequencies.js'
import { DEFAULT_FREQUENCY } from '../../../src/analysis/frequency/model.js'
import { TemplateTally, type TemplateTallyResult } from '../../../src/analysis/frequency/template-tally.js'
import type { LogRecord } from '../../../src/core/record.js'

const ID = { ok: 't000000000000000a', retry: 't000000000000000b', rare: 't000000000000000c' }

function record(id: string, line: number): LogRecord {
  return {
    message: `message of ${id} #${line}`,
    log: { level: id === ID.retry ? 'warn' : 'info', file: { path: 'app.log', line } },
    logward: { format: 'plain', template_id: id, template: `template ${id}` },
  }
}

/** A run of `n` records where every `every`-th record is a retry, and one rare line. */
async function run(n: number, every: number): Promise<TemplateTallyResult> {
  const tally = new TemplateTally(50)
  const batch: LogRecord[] = []
  for (let i = 0; i < n; i++)
    batch.push(record(i === 7 ? ID.rare : i % every === 0 ? ID.retry : ID.ok, i + 1))
  await tally.write(batch)
  return tally.result()
}

describe('template frequency (Kayenta-style)', () => {
  it('finds a template whose rate moved, with counts now and in the baseline', async () => {
    const baseline = await Promise.all([run(500, 20), run(520, 20), run(480, 20), run(500, 20)])
    const r = compareFrequencies(await run(500, 5), baseline, DEFAULT_FREQUENCY)
    // ok and retry are tested; the rare template is below min-count.
    expect(r.tested).toBe(2)
    expect(r.shifted).toHaveLength(1)
    const s = r.shifted[0]!
    expect(s).toMatchObject({
      templateId: ID.retry,
      level: 'warn',
      count: 100,
      baselineCount: 25,
      direction: 'up',
    })
    expect(s.ratio).toBeCloseTo(4, 1)
    expect(s.p).toBeLessThan(0.001)
    expect(s.example).toMatchObject({ path: 'app.log' })
  })

  it('finds nothing in a run like the baseline, and a template that vanished', async () => {
    const baseline = await Promise.all([run(500, 20), run(500, 20), run(500, 20)])
    expect(compareFrequencies(await run(510, 20), baseline, DEFAULT_FREQUENCY).shifted).toEqual([])
    const gone = compareFrequencies(await run(500, 100_000), baseline, DEFAULT_FREQUENCY)
    // Only record 0 is a retry now.
    expect(gone.shifted.map((s) => [s.templateId, s.direction, s.count])).toEqual([[ID.retry, 'down', 1]])
  })

  it('ignores a small change even when it is significant (min-ratio)', async () => {
    const baseline = await Promise.all([run(2000, 20), run(2000, 20), run(2000, 20)])
    const r = compareFrequencies(await run(2000, 15), baseline, DEFAULT_FREQUENCY)
    expect(r.shifted).toEqual([])
  })

  it('needs enough slices on each side', async () => {
    const r = compareFrequencies(await run(120, 5), [await run(500, 20)], DEFAULT_FREQUENCY)
    expect(r.unavailable).toMatch(
      /too few slices of 50 records to compare \(run 2, baseline 10; need 5 each\)/,
    )
  })
})
