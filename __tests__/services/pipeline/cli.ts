// The logward CLI with the pipeline commands registered, for the real-services tests to run in a child
// process (`tsx __tests__/services/pipeline/cli.ts consume …`) until src/cli/program.ts registers them.
import { CommanderError } from 'commander'
import { describeError, ExitCode, LogwardError, ConfigError } from '../../../src/core/errors.js'
import { buildProgram } from '../../../src/cli/program.js'
import { registerShipCommand } from '../../../src/cli/commands/ship.js'
import { registerConsumeCommand } from '../../../src/cli/commands/consume.js'
import { registerBackfillCommand } from '../../../src/cli/commands/backfill.js'

const program = buildProgram().exitOverride()
for (const register of [registerShipCommand, registerConsumeCommand, registerBackfillCommand]) {
  if (
    !program.commands.some((c) => c.name() === register.name.replace(/^register|Command$/g, '').toLowerCase())
  )
    register(program)
}
try {
  await program.parseAsync(process.argv)
} catch (err) {
  if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? ExitCode.ok : ExitCode.usage
  else {
    process.stderr.write(`error: ${describeError(err)}\n`)
    if (!(err instanceof LogwardError) && err instanceof Error) process.stderr.write(`${err.stack}\n`)
    process.exitCode = err instanceof ConfigError ? ExitCode.usage : err instanceof LogwardError ? 1 : 70
  }
}
