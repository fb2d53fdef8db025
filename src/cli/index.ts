import { CommanderError } from 'commander'
import { describeError, ExitCode, LogwardError, ConfigError } from '../core/errors.js'
import { programFor } from './commands/lazy.js'

/** Entry point of `npx logward`: run the command, turn errors into a message and a documented exit code. */
async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 22) {
    process.stderr.write(
      `error: logward needs Node.js 24 (this is ${process.version}).\n  hint: install Node 24, or run it with \`npx logward\` inside a project that has the \`node@24\` dev dependency\n`,
    )
    process.exitCode = ExitCode.usage
    return
  }
  const program = (await programFor(process.argv)).exitOverride()
  try {
    await program.parseAsync(process.argv)
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      process.exitCode = err.exitCode === 0 ? ExitCode.ok : ExitCode.usage
      return
    }
    process.stderr.write(`error: ${describeError(err)}\n`)
    process.exitCode =
      err instanceof ConfigError
        ? ExitCode.usage
        : err instanceof LogwardError
          ? ExitCode.verdictFailed
          : ExitCode.internal
    if (!(err instanceof LogwardError) && err instanceof Error && err.stack) {
      process.stderr.write(
        `${err.stack}\nThis is a bug in logward: please report it with the command you ran.\n`,
      )
    }
  }
}

// Started once the whole bundle has been evaluated: a top-level await here would pause the bundle's
// evaluation, and modules placed after this entry (lazily imported ones, like TensorFlow.js) would be
// undefined when first used.
setImmediate(() => void main())
