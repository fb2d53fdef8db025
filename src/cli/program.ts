import { Command } from 'commander'
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

declare const LOGWARD_VERSION: string | undefined

/** The `logward` command line. Each command lives in `commands/` and only wires pipeline stages. */
export function buildProgram(): Command {
  const program = new Command('logward')
    .description(
      'Collect, parse and judge the logs of CI runs and deploys.\nRuns on an embedded default (no servers) or ships through Kafka to Elasticsearch and HDFS.',
    )
    .version(typeof LOGWARD_VERSION === 'string' ? LOGWARD_VERSION : '0.0.0-dev', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortOptions: false, showGlobalOptions: true })
    .addHelpText(
      'after',
      `
Exit codes:
  0  success
  1  the command ran and its verdict is a failure (e.g. failing tests)
  2  bad usage or configuration: nothing was processed
  3  some inputs could not be read; the others were processed
  70 internal error (please report it)

Docs: README.md and docs/configuration.md`,
    )
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
