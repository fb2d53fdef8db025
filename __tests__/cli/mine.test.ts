import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupingAccuracy } from '../../src/transforms/mine/index.js'
import { runDist } from '../helpers/run-dist.js'
import { sharedData, sharedPath, noticeIfNoSharedData } from '../helpers/shared-data.js'

interface Mined {
  templateId: string | null
  template: string | null
  line: number
}
const parse = (stdout: string): Mined[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Mined)

describe('logward mine (dist/cli)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'logward-mine-'))
  const lines = [
    '2026-01-01 10:00:00 INFO shop.Api: Created order 100 for customer 7 in 12 ms',
    '2026-01-01 10:00:01 INFO shop.Api: Created order 101 for customer 9 in 30 ms',
    '',
    '2026-01-01 10:00:02 ERROR shop.Api: Connection to 10.0.0.5:5432 refused',
    '    at Pool.connect (pool.js:10:3)',
    '2026-01-01 10:00:03 INFO shop.Api: Created order 102 for customer 3 in 8 ms',
  ]
  writeFileSync(join(dir, 'app.log'), lines.join('\n') + '\n')

  it('prints one object per input line, in order, with --framing line; same event, same id', async () => {
    const r = await runDist('cli', ['mine', join(dir, 'app.log'), '--framing', 'line'])
    expect(r.code).toBe(0)
    const out = parse(r.stdout)
    expect(out).toHaveLength(lines.length)
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6])
    expect(out[0]!.templateId).toBe(out[1]!.templateId)
    expect(out[0]!.templateId).toBe(out[5]!.templateId)
    expect(out[0]!.template).toBe('Created order <*> for customer <*> in <*> ms')
    expect(out[3]!.templateId).not.toBe(out[0]!.templateId)
  })

  it('gives the same ids whatever the order of the lines', async () => {
    writeFileSync(join(dir, 'reversed.log'), [...lines].reverse().join('\n') + '\n')
    const a = parse((await runDist('cli', ['mine', join(dir, 'app.log'), '--framing', 'line'])).stdout)
    const b = parse(
      (await runDist('cli', ['mine', join(dir, 'reversed.log'), '--framing', 'line'])).stdout,
    ).reverse()
    expect(b.map((o) => o.templateId)).toEqual(a.map((o) => o.templateId))
  })

  it('saves state, and --match-only never creates a template', async () => {
    const state = join(dir, 'miner.json')
    await runDist('cli', ['mine', join(dir, 'app.log'), '--framing', 'line', '--state', state])
    expect(existsSync(state)).toBe(true)
    writeFileSync(
      join(dir, 'new.log'),
      '2026-01-02 10:00:00 INFO shop.Api: Created order 5 for customer 1 in 3 ms\n2026-01-02 10:00:01 WARN os.Disk: Disk almost full on /dev/sda1\n',
    )
    const r = await runDist('cli', [
      'mine',
      join(dir, 'new.log'),
      '--framing',
      'line',
      '--state',
      state,
      '--match-only',
    ])
    const out = parse(r.stdout)
    expect(out[0]!.template).toBe('Created order <*> for customer <*> in <*> ms')
    expect(out[1]!.templateId).toBeNull()
    // The state file is not changed by a match-only run.
    expect(JSON.parse(readFileSync(state, 'utf8')).templates.length).toBeGreaterThan(0)
  })

  describe.skipIf(!sharedData)('on Loghub raw logs, through the whole CLI', () => {
    noticeIfNoSharedData('the CLI grouping-accuracy check')
    it('HDFS: headers stripped by the parser, GA close to the miner on Content', async () => {
      const log = sharedPath('loghub-2k', 'HDFS', 'HDFS_2k.log')
      const out = parse((await runDist('cli', ['mine', log, '--framing', 'line'])).stdout)
      expect(out).toHaveLength(2000)
      const csv = readFileSync(sharedPath('loghub-2k', 'HDFS', 'HDFS_2k.log_structured.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
      // EventId is the second-to-last column of the structured CSV (E1..E14 for HDFS).
      const truth = csv.map((row) => /,(E\d+),/.exec(row)![1]!)
      expect(
        groupingAccuracy(
          out.map((o) => o.templateId!),
          truth,
        ),
      ).toBeGreaterThanOrEqual(0.99)
    })
  })
})
