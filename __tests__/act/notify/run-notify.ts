import { Command } from 'commander'
import { vi } from 'vitest'
import { registerNotifyCommand } from '../../../src/cli/commands/notify.js'
import { ConfigError, describeError, LogwardError } from '../../../src/core/errors.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run `logward notify …` in-process, with the entry point's error handling (src/cli/index.ts). */
export async function runNotify(args: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((c) => (out.push(String(c)), true))
  const se = vi.spyOn(process.stderr, 'write').mockImplementation((c) => (err.push(String(c)), true))
  const program = new Command('logward').exitOverride()
  registerNotifyCommand(program)
  process.exitCode = undefined
  let code = 0
  try {
    await program.parseAsync(['node', 'logward', 'notify', ...args])
    code = Number(process.exitCode ?? 0)
  } catch (error) {
    err.push(`error: ${describeError(error)}\n`)
    code = error instanceof ConfigError ? 2 : error instanceof LogwardError ? 1 : 70
  } finally {
    so.mockRestore()
    se.mockRestore()
    process.exitCode = undefined
  }
  return { code, stdout: out.join(''), stderr: err.join('') }
}
