import { Command, Option } from 'commander'
import type { ConfigKey } from '../../config/schema.js'
import { ConfigError } from '../../core/errors.js'
import { createProgress } from '../../core/progress.js'
import { backfill, type BackfillSource } from '../../pipeline/backfill.js'
import {
  addPipelineFlags,
  KAFKA_KEYS,
  mergedKeys,
  resolvePipelineSettings,
  WEBHDFS_KEYS,
} from '../../pipeline/consume/settings.js'
import { openKafkaSink } from '../../sinks/kafka/open.js'
import { webHdfsClientFor } from '../../sinks/webhdfs/client.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = ['timezone', 'log-level']
const PIPELINE = [
  ...KAFKA_KEYS.filter((k) => k !== 'kafka-group' && k !== 'kafka-dlq-topic'),
  ...WEBHDFS_KEYS,
]
const DAY = /^\d{4}-\d{2}-\d{2}$/

export function registerBackfillCommand(program: Command): void {
  const command = program
    .command('backfill')
    .description(
      'Read the HDFS lake (or a local lake), parse and label the records again with the current parser and miner, and stream them through Kafka into Elasticsearch (same ids: overwritten, not duplicated).',
    )
    .addOption(new Option('--from-lake <dir>', 'read a local lake (a `store` directory) instead of HDFS'))
    .addOption(new Option('--from <day>', 'first day to backfill, YYYY-MM-DD (UTC, inclusive)'))
    .addOption(new Option('--to <day>', 'last day to backfill, YYYY-MM-DD (UTC, inclusive)'))
    .addOption(
      new Option('--services <names...>', 'only these services (as records name them)').argParser(
        (v: string, prev: string[] | undefined) => [...(prev ?? []), ...v.split(',').filter(Boolean)],
      ),
    )
    .addHelpText(
      'after',
      `
A running \`logward consume\` indexes what backfill sends. Records read from HDFS are not written to the
lake again; records from a local lake are (the HDFS lake does not have them yet).

Examples:
  $ logward backfill --from 2024-05-01 --to 2024-05-31 --services api
  $ logward backfill --from-lake .logward --kafka-brokers kafka:9092`,
    )
  addSettingFlags(command, KEYS)
  addPipelineFlags(command, PIPELINE)
  command.action(async (opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(opts, [...KEYS, ...mergedKeys(PIPELINE)])
    const settings = resolvePipelineSettings(config, opts)
    for (const key of ['from', 'to'] as const) {
      const value = opts[key]
      if (value !== undefined && (typeof value !== 'string' || !DAY.test(value)))
        throw new ConfigError(`--${key}: expected a day, YYYY-MM-DD`)
    }
    const source: BackfillSource =
      typeof opts.fromLake === 'string'
        ? { kind: 'lake', dir: opts.fromLake }
        : {
            kind: 'hdfs',
            client: webHdfsClientFor(settings),
            root: settings['webhdfs-root'],
          }
    const progress = createProgress({ label: 'backfill' })
    let oversize = 0
    const summary = await backfill(
      {
        source,
        ...(typeof opts.from === 'string' ? { fromDay: opts.from } : {}),
        ...(typeof opts.to === 'string' ? { toDay: opts.to } : {}),
        ...(Array.isArray(opts.services) ? { services: opts.services as string[] } : {}),
        timezone: config.timezone,
        logger,
        onProgress: (_phase, n) => progress.update(0, n),
      },
      (headers) =>
        openKafkaSink(settings, {
          logger,
          logLevel: config['log-level'],
          headers,
          onOversize: (record, size, limit) => {
            oversize++
            logger.error(
              `${record.log.file.path}:${record.log.file.line}: record of ${size} bytes is larger than the broker accepts (${limit} bytes); not sent`,
            )
          },
        }),
    )
    progress.done()
    logger.info(
      `backfilled ${summary.records.toLocaleString('en-US')} records from ${summary.parts} part(s) to ${settings['kafka-topic']} in ${summary.seconds.toFixed(1)} s: ` +
        `${summary.reparsed.toLocaleString('en-US')} parsed anew, ${summary.templates.toLocaleString('en-US')} templates`,
    )
    if (oversize > 0) process.exitCode = 1
  })
}
