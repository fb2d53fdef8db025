import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { analyzeRun } from '../../src/analysis/analyze-run.js'
import { registerBaselineCommand } from '../../src/cli/commands/baseline.js'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/core/errors.js'
import { memoryLogger } from '../../src/core/logger.js'
import { openEmbeddedStore } from '../../src/sinks/embedded-store.js'
import { repoRoot } from '../helpers/shared-data.js'

async function learn(args: string[]): Promise<string> {
  const program = new Command('logward').exitOverride()
  registerBaselineCommand(program)
  let stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  await program.parseAsync(['node', 'logward', 'baseline', 'learn', ...args])
  vi.restoreAllMocks()
  return stdout
}

afterEach(() => vi.restoreAllMocks())

describe('logward baseline learn', () => {
  it('refuses no input, both inputs, and inputs that hold no run, saying what to do', async () => {
    const model = join(mkdtempSync(join(tmpdir(), 'logward-learn-')), 'm')
    const errorOf = (args: string[]) => learn(args).catch((e: unknown) => e)
    const none = await errorOf(['--model', model])
    expect(none).toBeInstanceOf(ConfigError)
    expect((none as ConfigError).message).toMatch(/nothing to learn from/)
    const both = await errorOf(['examples/runs/pass-1/logs', '--from-lake', '.logward', '--model', model])
    expect((both as ConfigError).message).toMatch(/one store .* or log paths, not both/)
    const empty = await errorOf([
      '--from-lake',
      mkdtempSync(join(tmpdir(), 'logward-nolake-')),
      '--model',
      model,
    ])
    expect((empty as ConfigError).message).toMatch(/no past runs in lake/)
    expect((empty as ConfigError).hint).toMatch(/logward analyze/)
    const noMatch = await errorOf([join(tmpdir(), 'no-such-run-*'), '--model', model])
    expect((noMatch as ConfigError).message).toMatch(/no runs found/)
  })

  it('learns from the lake the embedded store keeps, one run per CI run id', async () => {
    const store = mkdtempSync(join(tmpdir(), 'logward-store-'))
    for (const i of [1, 2, 3]) {
      const sink = await openEmbeddedStore(store, { logger: memoryLogger() })
      await analyzeRun({
        config: loadConfig({
          cwd: tmpdir(),
          overrides: { paths: [join(repoRoot, 'examples', 'runs', `pass-${i}`, 'logs')], store },
        }),
        logger: memoryLogger(),
        ci: { run_id: `10${i}` },
        sinks: [sink],
      })
    }
    const model = join(store, 'baseline')
    const out = await learn(['--from-lake', store, '--model', model])
    expect(out).toMatch(/^baseline: 3 runs, [\d,]+ records, \d+ templates; .* → /)
    const json = JSON.parse(readFileSync(join(model, 'baseline.json'), 'utf8')) as {
      runs: { name: string }[]
    }
    expect(json.runs.map((r) => r.name).sort()).toEqual(['run 101', 'run 102', 'run 103'])
  })
})
