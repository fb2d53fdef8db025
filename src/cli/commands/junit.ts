import { Command, Option } from 'commander'
import { ExitCode } from '../../core/errors.js'
import { expandInputs } from '../../sources/index.js'
import { allCases, parseTestReports, toToolOutput } from '../../sources/test-reports/index.js'
import { createRedactor } from '../../transforms/redact.js'
import { renderTestTable } from '../../act/report/test-table.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'
import type { ConfigKey } from '../../config/schema.js'

const KEYS: readonly ConfigKey[] = ['max-decompressed-bytes', 'redact-patterns', 'secrets', 'log-level']

export function registerJunitCommand(program: Command): void {
  const command = program
    .command('junit')
    .description(
      'Parse test reports (JUnit XML and dialects, TRX, NUnit) and print their counts and failures.',
    )
    .argument('<files...>', 'report files or globs')
    .addOption(
      new Option(
        '-o, --output <format>',
        'json: the tool contract (counts per file and totals); table: for people',
      )
        .choices(['json', 'table'])
        .default('table'),
    )
    .addOption(new Option('--fail-on-failures', 'exit 1 when any test failed or errored'))
    .addHelpText(
      'after',
      `
Output (--output json):
  {"files":[{"path","tests","passed","failed","errored","skipped","error"?}],"totals":{...}}
  tests = passed + failed + errored + skipped; a file that is not a test report gets "error" and zero counts.

Examples:
  $ logward junit 'build/test-results/**/*.xml'
  $ logward junit reports/*.xml --output json | jq .totals`,
    )
  addSettingFlags(command, KEYS)
  command.action(async (patterns: string[], opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(opts, KEYS)
    const { inputs, errors: missing } = await expandInputs(patterns, { logger })
    const paths = inputs.filter((i) => i.kind === 'file').map((i) => i.path)
    const parsed = await parseTestReports(paths, { maxDecompressedBytes: config['max-decompressed-bytes'] })
    const output = toToolOutput(paths, parsed)
    // Missing files and empty globs are files that failed too: list them with their error.
    for (const err of missing) {
      output.files.push({
        path: err.path,
        tests: 0,
        passed: 0,
        failed: 0,
        errored: 0,
        skipped: 0,
        error: err.message,
      })
    }
    const redactor = createRedactor({
      patterns: [...config['redact-patterns']],
      secrets: [...config.secrets],
    })
    for (const file of output.files) if (file.error) file.error = redactor.redact(file.error).text
    if (opts.output === 'json') {
      process.stdout.write(JSON.stringify(output) + '\n')
    } else {
      const failing = parsed.reports.flatMap((report) =>
        [...allCases(report)]
          .map(({ testCase }) => testCase)
          .filter((c) => c.status === 'failed' || c.status === 'errored')
          .map((c) => ({
            ...c,
            message: c.message === undefined ? undefined : redactor.redact(c.message).text,
            stackTrace: c.stackTrace === undefined ? undefined : redactor.redact(c.stackTrace).text,
            report: report.path,
          })),
      )
      process.stdout.write(
        renderTestTable(output, failing, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }),
      )
    }
    for (const file of output.files) if (file.error) logger.warn(file.error)
    const unreadable = output.files.some((f) => f.error)
    const failed = output.totals.failed + output.totals.errored > 0
    if (opts.failOnFailures && failed) process.exitCode = ExitCode.verdictFailed
    else if (unreadable) process.exitCode = ExitCode.partialInput
  })
}
