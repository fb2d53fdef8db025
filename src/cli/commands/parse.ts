import { Command, Option } from 'commander'
import { ExitCode, type InputError } from '../../core/errors.js'
import { createProgress } from '../../core/progress.js'
import { ingest } from '../../pipeline/ingest.js'
import { formatRecordRow } from '../../sinks/console-table.js'
import { JsonlWriter } from '../../sinks/jsonl-writer.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { commandContext } from '../context.js'
import { addSettingFlags, INGEST_KEYS } from '../settings-flags.js'

export function registerParseCommand(program: Command): void {
  const command = program
    .command('parse')
    .description(
      'Read logs (files, globs, directories, gz, `-` for stdin), frame, redact and parse them into ECS records.',
    )
    .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
    .addOption(
      new Option('-o, --output <format>', 'jsonl: one JSON record per line; table: for people')
        .choices(['jsonl', 'table'])
        .default('jsonl'),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ logward parse 'logs/**/*.log' --output table
  $ kubectl logs deploy/api | logward parse - --service api > records.jsonl
  $ logward parse app.log --framing line --timezone Europe/Berlin`,
    )
  addSettingFlags(command, INGEST_KEYS)
  command.action(async (paths: string[], opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(opts, INGEST_KEYS, paths.length > 0 ? { paths } : {})
    if (config.paths.length === 0) {
      logger.error(
        'no inputs: name log files, globs or directories, or `-` to read stdin (or set `paths` in logward.yml)',
      )
      process.exitCode = ExitCode.usage
      return
    }
    const failed: InputError[] = []
    const writer = new JsonlWriter(process.stdout)
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
    const progress = createProgress({
      label: 'parse',
      enabled: opts.output === 'jsonl' || !process.stdout.isTTY,
    })
    let records = 0
    let sources = 0
    const started = Date.now()
    for await (const batch of ingest({
      config,
      logger,
      ci: detectCiContext(process.env, config),
      onInputError: (err) => {
        failed.push(err)
        logger.error(err.hint ? `${err.message} (${err.hint})` : err.message)
      },
      onSourceDone: () => sources++,
      onProgress: (bytes, n) => progress.update(bytes, n),
    })) {
      records += batch.length
      for (const record of batch) {
        if (opts.output === 'table')
          process.stdout.write(formatRecordRow(record, { color, width: process.stdout.columns }) + '\n')
        else await writer.write(record)
      }
    }
    await writer.flush()
    progress.done()
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    logger.info(
      `parsed ${records.toLocaleString('en-US')} records from ${sources} input${sources === 1 ? '' : 's'} in ${seconds} s` +
        (failed.length > 0
          ? `; ${failed.length} input${failed.length === 1 ? '' : 's'} could not be read (see above)`
          : ''),
    )
    if (failed.length > 0) process.exitCode = ExitCode.partialInput
  })
}
