import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { Command } from 'commander'
import { afterAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import { InputError } from '../../../src/core/errors.js'
import { registerSequencesCommand, scoreCommand, trainCommand } from '../../../src/cli/commands/sequences.js'
import { ANOMALIES, normalSessions } from './synthetic.js'

const dir = mkdtempSync(join(tmpdir(), 'logward-seq-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function capture() {
  let text = ''
  const stdout = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk)
      done()
    },
  })
  return { stdout, text: () => text }
}

const lines = (sessions: string[][]) => sessions.map((s) => s.join(' ')).join('\n') + '\n'

describe('logward sequences', () => {
  const trainFile = join(dir, 'train.txt')
  const scoreFile = join(dir, 'score.txt')
  const model = join(dir, 'model')
  writeFileSync(trainFile, lines(normalSessions(200, 5)))
  const toScore = [...normalSessions(3, 9), [], ANOMALIES[0]!, ANOMALIES[2]!, normalSessions(1, 10)[0]!]
  writeFileSync(scoreFile, lines(toScore))

  it('train then score: one JSON object per input line, in order, blank lines included', async () => {
    const logger = memoryLogger()
    await trainCommand(
      trainFile,
      { model, seed: 1, epochs: 5 },
      { stdout: capture().stdout, logger, progressMs: 0 },
    )
    expect(logger.entries.some((e) => /^train: epoch 5\/5/.test(e.message))).toBe(true)

    const out = capture()
    await scoreCommand(scoreFile, { model, output: 'jsonl' }, { stdout: out.stdout, logger, progressMs: 0 })
    const rows = out
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(rows).toHaveLength(toScore.length)
    rows.forEach((r, i) => {
      expect(r.line).toBe(i + 1)
      expect(typeof r.anomalous).toBe('boolean')
      expect(typeof r.score).toBe('number')
    })
    // The empty session and the two broken ones are anomalous; the normal ones are not.
    expect(rows.map((r) => r.anomalous)).toEqual([false, false, false, true, true, true, false])
  }, 60_000)

  it('--threshold overrides the alarm level', async () => {
    const out = capture()
    const logger = memoryLogger()
    await scoreCommand(
      scoreFile,
      { model, output: 'jsonl', threshold: 1e9 },
      { stdout: out.stdout, logger, progressMs: 0 },
    )
    expect(out.text().includes('"anomalous":true')).toBe(false)
  })

  it('reports malformed input with file and line', async () => {
    const bad = join(dir, 'bad.txt')
    writeFileSync(bad, '5 22\n5,22,11\n')
    const run = scoreCommand(
      bad,
      { model, output: 'jsonl' },
      { stdout: capture().stdout, logger: memoryLogger(), progressMs: 0 },
    )
    await expect(run).rejects.toThrow(InputError)
    await expect(
      scoreCommand(
        bad,
        { model, output: 'jsonl' },
        { stdout: capture().stdout, logger: memoryLogger(), progressMs: 0 },
      ),
    ).rejects.toThrow(`${bad}: line 2: "5,22,11" is not an event key`)
  })

  it('registers train and score with --model required and examples in --help', () => {
    const program = new Command('logward').exitOverride()
    registerSequencesCommand(program)
    const sequences = program.commands.find((c) => c.name() === 'sequences')!
    expect(sequences.commands.map((c) => c.name())).toEqual(['train', 'score'])
    const score = sequences.commands[1]!
    expect(score.helpInformation()).toMatch(/--model <dir>/)
    let help = ''
    score.configureOutput({ writeOut: (s) => (help += s) })
    score.outputHelp()
    expect(help).toMatch(/Examples:/)
    expect(() =>
      program.parse(['node', 'logward', 'sequences', 'score', scoreFile], { from: 'node' }),
    ).toThrow()
  })
})
