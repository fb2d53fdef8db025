import { join } from 'node:path'
import { Command, Option } from 'commander'
import { ExitCode, type InputError } from '../../core/errors.js'
import { createProgress } from '../../core/progress.js'
import {
  addPipelineFlags,
  KAFKA_KEYS,
  mergedKeys,
  resolvePipelineSettings,
} from '../../pipeline/consume/settings.js'
import { shipFiles, shipFollow, templateLabeller } from '../../pipeline/ship.js'
import { openKafkaSink } from '../../sinks/kafka/open.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { commandContext } from '../context.js'
import { addSettingFlags, INGEST_KEYS } from '../settings-flags.js'
import type { ConfigKey } from '../../config/schema.js'

const SHIP_KAFKA_KEYS = KAFKA_KEYS.filter((k) => k !== 'kafka-group' && k !== 'kafka-dlq-topic')
const KEYS: readonly ConfigKey[] = [...INGEST_KEYS, 'store']

export function registerShipCommand(program: Command): void {
  const command = program
    .command('ship')
    .description(
      'Read logs like `parse` and ship the records to Kafka (idempotent producer, acks=all); `--follow` tails files like an agent.',
    )
    .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
    .addOption(
      new Option(
        '-f, --follow',
        'keep reading what is appended (rotation and truncation handled); stop with Ctrl-C',
      ),
    )
    .addOption(
      new Option(
        '--checkpoint <file>',
        'where --follow keeps its position in each file (default: <store>/ship-checkpoint.json)',
      ),
    )
    .addOption(new Option('--poll-ms <n>', 'how often --follow looks for new lines').default('250'))
    .addOption(new Option('--no-templates', 'do not label records with their template (logward.template_id)'))
    .addHelpText(
      'after',
      `
Examples:
  $ logward ship 'logs/**/*.log' --service api --kafka-brokers kafka-1:9092,kafka-2:9092
  $ LOGWARD_KAFKA_BROKERS=kafka:9092 logward ship /var/log/app/*.log --follow
  $ logward ship build.log --kafka-topic 'logs-{service}' --kafka-key '{service}/{host}'`,
    )
  addSettingFlags(command, KEYS)
  addPipelineFlags(command, SHIP_KAFKA_KEYS)
  command.action(async (paths: string[], opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(
      opts,
      [...KEYS, ...mergedKeys(SHIP_KAFKA_KEYS)],
      paths.length > 0 ? { paths } : {},
    )
    const settings = resolvePipelineSettings(config, opts)
    if (config.paths.length === 0) {
      logger.error(
        'no inputs: name log files, globs or directories, or `-` to read stdin (or set `paths` in logward.yml)',
      )
      process.exitCode = ExitCode.usage
      return
    }
    const failed: InputError[] = []
    let oversize = 0
    const sink = await openKafkaSink(settings, {
      logger,
      logLevel: config['log-level'],
      onOversize: (record, size, limit) => {
        oversize++
        logger.error(
          `${record.log.file.path}:${record.log.file.line}: record of ${size} bytes is larger than the broker accepts (${limit} bytes); not shipped` +
            (settings['kafka-oversize'] === 'error'
              ? ' (kafka-oversize: error; use split to send it in pieces)'
              : ''),
        )
      },
    })
    const ci = detectCiContext(process.env, config)
    const label = opts.templates === false ? undefined : templateLabeller()
    if (opts.follow) {
      const controller = new AbortController()
      const stop = (): void => {
        if (controller.signal.aborted) process.exit(ExitCode.internal)
        logger.info(
          'stopping: sending what was read, then saving the checkpoint (Ctrl-C again to quit at once)',
        )
        controller.abort()
      }
      process.once('SIGINT', stop).once('SIGTERM', stop)
      const checkpointPath =
        typeof opts.checkpoint === 'string' ? opts.checkpoint : join(config.store, 'ship-checkpoint.json')
      logger.info(`following ${config.paths.join(', ')}; checkpoint ${checkpointPath}`)
      const summary = await shipFollow({
        config,
        logger,
        ci,
        sink,
        checkpointPath,
        signal: controller.signal,
        pollMs: Number(opts.pollMs),
        ...(label ? { label } : {}),
        onBatch: (_batch, total) => logger.debug(`shipped ${total} records`),
      })
      process.off('SIGINT', stop).off('SIGTERM', stop)
      logger.info(
        `shipped ${summary.records.toLocaleString('en-US')} records in ${summary.seconds.toFixed(1)} s`,
      )
    } else {
      const progress = createProgress({ label: 'ship' })
      const summary = await shipFiles({
        config,
        logger,
        ci,
        sink,
        ...(label ? { label } : {}),
        onInputError: (err) => {
          failed.push(err)
          logger.error(err.hint ? `${err.message} (${err.hint})` : err.message)
        },
        onProgress: (bytes, n) => progress.update(bytes, n),
      })
      progress.done()
      const rate = summary.seconds > 0 ? Math.round(summary.records / summary.seconds) : summary.records
      const stats = sink.stats
      logger.info(
        `shipped ${stats.acked.toLocaleString('en-US')} messages (${summary.records.toLocaleString('en-US')} records from ${summary.sources} input${summary.sources === 1 ? '' : 's'}) ` +
          `to ${settings['kafka-topic']} in ${summary.seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} records/s)` +
          (stats.split > 0 ? `; ${stats.split} oversized record(s) sent in pieces` : ''),
      )
    }
    if (oversize > 0) process.exitCode = ExitCode.verdictFailed
    else if (failed.length > 0) process.exitCode = ExitCode.partialInput
  })
}
