import { Command } from 'commander'

declare const LOGWARD_VERSION: string | undefined

/** The `logward` command line without its commands (they are added by `buildProgram` or `programFor`). */
export function createProgram(): Command {
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
  return program
}
