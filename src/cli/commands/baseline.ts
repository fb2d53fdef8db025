import { Command, InvalidArgumentError, Option } from 'commander'
import {
  baselineRuns,
  learnBaseline,
  runsFromPaths,
  saveBaseline,
  sessionSettings,
  type RunInput,
} from '../../analysis/baseline/index.js'
import {
  noPastRuns,
  openPastRuns,
  parsePastRunsLocation,
  pastRunFilter,
} from '../../analysis/baseline/past-runs.js'
import { setTfDebugSink } from '../../analysis/sequences/tf.js'
import type { ConfigKey } from '../../config/schema.js'
import { ConfigError } from '../../core/errors.js'
import { formatCount, plural } from '../../core/format.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { commandContext } from '../context.js'
import { addSettingFlags, INGEST_KEYS, PAST_RUNS_KEYS } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = ['session-field', 'session-regex', ...INGEST_KEYS, ...PAST_RUNS_KEYS]

/** `logward baseline learn`: learn what passing runs look like once, for `analyze --baseline DIR`. */
export function registerBaselineCommand(program: Command): void {
  const baseline = program
    .command('baseline')
    .description('Learn a baseline model from passing runs, for `analyze --baseline DIR`.')
  const learn = baseline
    .command('learn')
    .description(
      'Learn from passing runs: template vocabulary, per-template frequencies per run, error rate per minute, and (with sessions) a sequence model; saved to --model DIR.',
    )
    .argument(
      '[paths...]',
      'passing runs: each directory, file or glob match is one run; or a store: elasticsearch:, hdfs:[/ROOT], lake:DIR',
    )
    .addOption(
      new Option(
        '--from-lake <dir>',
        'read the runs from a local lake (a `store` directory, e.g. .logward): grouped by ci.run_id, else by day and service',
      ),
    )
    .addOption(
      new Option(
        '--from-elasticsearch',
        'read the runs from the indices `consume` writes (elasticsearch-url, elasticsearch-index)',
      ),
    )
    .addOption(
      new Option(
        '--from-hdfs [root]',
        'read the runs from the HDFS lake (webhdfs-url; root default: webhdfs-root)',
      ),
    )
    .requiredOption('--model <dir>', 'directory to write the model to (baseline.json and sequences-*/)')
    .option('--seed <n>', 'seed of the sequence model: the same seed gives the same model', int)
    .option('--epochs <n>', 'training epochs of the sequence model', int)
    .addHelpText(
      'after',
      `
Each run's records are mined with one miner (the vocabulary); per run, templates are counted per slice of
50 records (the frequency test) and errors per minute (the burst test). With --session-field or
--session-regex, records are grouped into sessions (a trace, request or block id) and, given at least 20
sessions, a sequence model (TensorFlow.js) is trained on them.

Examples:
  $ logward baseline learn 'examples/runs/pass-*/logs' --model .logward/baseline
  $ logward analyze examples/runs/failing/logs --baseline .logward/baseline
  $ logward baseline learn --from-lake .logward --model models/shop --session-field trace.id
  $ logward baseline learn 'hdfs/normal-*.log' --model models/hdfs --session-regex '(blk_-?\\d+)'`,
    )
  addSettingFlags(learn, KEYS)
  learn.action(
    async (
      paths: string[],
      opts: {
        model: string
        fromLake?: string
        fromElasticsearch?: boolean
        fromHdfs?: string | boolean
        seed?: number
        epochs?: number
      } & Record<string, unknown>,
    ) => {
      const { config, logger } = commandContext(opts, KEYS)
      setTfDebugSink((m) => logger.debug(m))
      const stores = [
        ...(opts.fromLake ? [`lake:${opts.fromLake}`] : []),
        ...(opts.fromElasticsearch ? ['elasticsearch:'] : []),
        ...(opts.fromHdfs === undefined
          ? []
          : [typeof opts.fromHdfs === 'string' ? `hdfs:${opts.fromHdfs}` : 'hdfs:']),
      ]
      const named = [...paths, ...stores]
      const locations = named.map(parsePastRunsLocation)
      const location = locations.find((l) => l !== undefined)
      if (location && named.length > 1) {
        throw new ConfigError(
          'name one store (--from-lake, --from-elasticsearch, --from-hdfs) or log paths, not both',
          {
            hint: 'logward baseline learn PATHS… --model DIR, or logward baseline learn --from-elasticsearch --model DIR',
          },
        )
      }
      if (named.length === 0) {
        throw new ConfigError('nothing to learn from: name the logs of passing runs, or a store', {
          hint: "e.g. logward baseline learn 'runs/pass-*/logs' --model .logward/baseline, or --from-lake .logward",
        })
      }
      let runs: RunInput[]
      let source: string
      let dispose = async (): Promise<void> => {}
      if (location) {
        const ci = detectCiContext(process.env, config)
        const past = await openPastRuns(location, config, ci)
        ;({ runs, source } = past)
        dispose = past.dispose
        if (runs.length === 0) {
          await dispose()
          throw noPastRuns(source, pastRunFilter(config, ci))
        }
      } else {
        const found = await baselineRuns({ baseline: paths, paths: [] })
        runs = runsFromPaths(found, config, logger)
        source = paths.join(', ')
        if (runs.length === 0) {
          throw new ConfigError(`no runs found in ${source}`, {
            hint: 'check the paths and quote globs so logward expands them',
          })
        }
      }
      const started = Date.now()
      let learned: Awaited<ReturnType<typeof learnBaseline>>
      try {
        learned = await learnBaseline(runs, {
          source,
          session: sessionSettings(config),
          ...(opts.seed === undefined ? {} : { seed: opts.seed }),
          ...(opts.epochs === undefined ? {} : { epochs: opts.epochs }),
          onProgress: (phase, run, i, total) =>
            logger.info(
              phase === 'train'
                ? `training the sequence model on ${run}`
                : `${phase} ${i + 1}/${total}: ${run}`,
            ),
        })
      } finally {
        await dispose()
      }
      await saveBaseline(learned, opts.model)
      if (learned.sequences && 'scorer' in learned.sequences) learned.sequences.scorer.dispose()
      const records = learned.runs.reduce((n, r) => n + r.records, 0)
      const sessions = learned.runs.reduce((n, r) => n + r.sessions, 0)
      const model = learned.sequences
        ? `sequence model on ${plural(sessions, 'session')}`
        : learned.sequencesNote
          ? `no sequence model: ${learned.sequencesNote}`
          : 'no sessions (no --session-field or --session-regex)'
      process.stdout.write(
        `baseline: ${plural(learned.runs.length, 'run')}, ${formatCount(records)} records, ${plural(learned.miner.size, 'template')}; ${model} → ${opts.model} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      )
    },
  )
}

function int(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0')
  return n
}
