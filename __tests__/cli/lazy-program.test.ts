import { describe, expect, it } from 'vitest'
import { COMMAND_NAMES, programFor } from '../../src/cli/commands/lazy.js'
import { buildProgram } from '../../src/cli/program.js'

describe('the CLI loads only the command it runs', () => {
  const names = (p: { commands: readonly { name(): string }[] }): string[] => p.commands.map((c) => c.name())

  it('registers the named command alone, with the options it has in the full program', async () => {
    const ship = await programFor(['node', 'logward', 'ship', 'app.log', '--kafka-topic', 't'])
    expect(names(ship)).toEqual(['ship'])
    const full = buildProgram().commands.find((c) => c.name() === 'ship')!
    expect(ship.commands[0]!.options.map((o) => o.flags)).toEqual(full.options.map((o) => o.flags))
  })

  it('registers every command, in the order help lists them, for help, no command or an unknown one', async () => {
    expect(COMMAND_NAMES).toEqual(names(buildProgram()))
    for (const argv of [['--help'], [], ['help', 'ship'], ['shipp']])
      expect(names(await programFor(['node', 'logward', ...argv]))).toEqual(names(buildProgram()))
  })
})
