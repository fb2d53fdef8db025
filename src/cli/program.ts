import type { Command } from 'commander'
import { createProgram } from './base-program.js'
import { registerAnalyzeCommand } from './commands/analyze.js'
import { registerBackfillCommand } from './commands/backfill.js'
import { registerBaselineCommand } from './commands/baseline.js'
import { registerConsumeCommand } from './commands/consume.js'
import { registerGateCommand } from './commands/gate.js'
import { registerGrafanaCommand } from './commands/grafana.js'
import { registerJunitCommand } from './commands/junit.js'
import { registerKibanaCommand } from './commands/kibana.js'
import { registerMineCommand } from './commands/mine.js'
import { registerNotifyCommand } from './commands/notify.js'
import { registerParseCommand } from './commands/parse.js'
import { registerSearchCommand } from './commands/search.js'
import { registerShipCommand } from './commands/ship.js'
import { registerSequencesCommand } from './commands/sequences.js'

/**
 * The `logward` command line with every command registered (tests, and `--help`). Each command lives in
 * `commands/` and only wires pipeline stages. The CLI entry uses `programFor` (commands/lazy.ts) instead,
 * which loads only the command being run.
 */
export function buildProgram(): Command {
  const program = createProgram()
  registerAnalyzeCommand(program)
  registerGateCommand(program)
  registerBaselineCommand(program)
  registerParseCommand(program)
  registerJunitCommand(program)
  registerMineCommand(program)
  registerSearchCommand(program)
  registerShipCommand(program)
  registerConsumeCommand(program)
  registerBackfillCommand(program)
  registerSequencesCommand(program)
  registerNotifyCommand(program)
  registerKibanaCommand(program)
  registerGrafanaCommand(program)
  return program
}
