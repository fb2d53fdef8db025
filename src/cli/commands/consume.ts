import { Command, Option } from 'commander'
import type { ConfigKey } from '../../config/schema.js'
import { ExitCode } from '../../core/errors.js'
import { runConsume } from '../../pipeline/consume/run.js'
import {
  addPipelineFlags,
  CONSUME_KEYS,
  ELASTICSEARCH_KEYS,
  KAFKA_KEYS,
  mergedKeys,
  resolvePipelineSettings,
  WEBHDFS_KEYS,
} from '../../pipeline/consume/settings.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = ['service', 'log-level']
const PIPELINE = [
  ...KAFKA_KEYS.filter(
    (k) =>
      ![
        'kafka-key',
        'kafka-compression',
        'kafka-batch-bytes',
        'kafka-max-message-bytes',
        'kafka-oversize',
      ].includes(k),
  ),
  ...ELASTICSEARCH_KEYS,
  ...WEBHDFS_KEYS,
  ...CONSUME_KEYS,
]

export function registerConsumeCommand(program: Command): void {
  const command = program
    .command('consume')
    .description(
      'Consume records from Kafka (a consumer group) into Elasticsearch and the HDFS lake; offsets are committed only after both confirmed a batch.',
    )
    .addOption(
      new Option('--until-idle', 'stop once the group has consumed everything in the topic (CI, tests)'),
    )
    .addHelpText(
      'after',
      `
Delivery: at-least-once, duplicate-free. Elasticsearch documents have deterministic ids, rollups are
recomputed per window, HDFS parts are named by their offsets (an unfinished batch's parts are removed
before it is written again). Refused records go to the dead-letter topic (default <topic>-dlq) with the
reason in the header logward-dlq-reason.

Examples:
  $ logward consume --kafka-brokers kafka:9092 --elasticsearch-url https://es:9200 --webhdfs-url http://nn:9870/webhdfs/v1
  $ LOGWARD_KAFKA_BROKERS=127.0.0.1:9092 logward consume --until-idle --elasticsearch-replicas 0
  $ logward consume --consume-sinks elasticsearch --kafka-group logward-es-only`,
    )
  addSettingFlags(command, KEYS)
  addPipelineFlags(command, PIPELINE)
  command.action(async (opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(opts, [...KEYS, ...mergedKeys(PIPELINE)])
    const settings = resolvePipelineSettings(config, opts)
    const controller = new AbortController()
    const stop = (): void => {
      if (controller.signal.aborted) process.exit(ExitCode.internal)
      logger.info('stopping after the batches in progress (Ctrl-C again to quit at once)')
      controller.abort()
    }
    process.once('SIGINT', stop).once('SIGTERM', stop)
    try {
      const summary = await runConsume({
        settings,
        logger,
        logLevel: config['log-level'],
        ...(config.service ? { service: config.service } : {}),
        untilIdle: Boolean(opts.untilIdle),
        signal: controller.signal,
        onBatch: (s) =>
          logger.debug(
            `batches ${s.batches}, messages ${s.messages}, indexed ${s.indexed}, lake ${s.lakeRecords}`,
          ),
      })
      const rate = summary.seconds > 0 ? Math.round(summary.messages / summary.seconds) : summary.messages
      logger.info(
        `consumed ${summary.messages.toLocaleString('en-US')} messages in ${summary.batches} batches (${summary.seconds.toFixed(1)} s, ${rate.toLocaleString('en-US')}/s): ` +
          `${summary.indexed.toLocaleString('en-US')} indexed, ${summary.lakeRecords.toLocaleString('en-US')} to HDFS in ${summary.lakeFiles} part(s)` +
          (summary.deadLetters > 0 ? `, ${summary.deadLetters} to the dead-letter topic` : ''),
      )
    } finally {
      process.off('SIGINT', stop).off('SIGTERM', stop)
    }
  })
}
