import type { Writable } from 'node:stream'
import { Command, InvalidArgumentError, Option } from 'commander'
import { ConfigError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import { readSessions } from '../../analysis/sequences/sessions.js'
import { DEFAULT_SEED, SequenceScorer } from '../../analysis/sequences/sequence-scorer.js'
import { setTfDebugSink } from '../../analysis/sequences/tf.js'
import { JsonlWriter } from '../../sinks/jsonl-writer.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'
import type { ConfigKey } from '../../config/schema.js'

const LOG_KEYS: readonly ConfigKey[] = ['log-level']

/**
 * `logward sequences train|score`: the tool contract for the sequence anomaly model. FILE holds one session
 * per line as space-separated event keys; `score` answers every input line with one line, in order.
 */
export interface SequencesIo {
  stdout: Writable
  logger: Logger
  /** Milliseconds between training progress lines (stderr). */
  progressMs: number
}

export function registerSequencesCommand(program: Command, io: Partial<SequencesIo> = {}): void {
  const sequences = program
    .command('sequences')
    .description('Learn what normal sessions of event keys look like, and score new sessions against it.')
    .addHelpText(
      'after',
      `
FILE has one session per line: event keys (log-key or template ids) separated by spaces. A blank line is
an empty session. Training uses normal sessions only; no labels are needed.

Examples:
  $ logward sequences train normal.txt --model models/hdfs
  $ logward sequences score new.txt --model models/hdfs > scores.jsonl
  $ logward sequences score new.txt --model ml-models/hdfs-sequences --output table`,
    )

  const train = sequences
    .command('train')
    .description('Train a sequence model on normal sessions and save it to --model DIR.')
    .argument('<file>', 'normal sessions, one per line, event keys separated by spaces')
    .requiredOption('--model <dir>', 'directory to write the model to (model.json, weights.bin, scorer.json)')
    .option(
      '--seed <n>',
      'seed for initialisation and shuffling: the same seed gives the same model',
      int,
      DEFAULT_SEED,
    )
    .option('--epochs <n>', 'training epochs of the next-key model', int)
    .addHelpText(
      'after',
      `
Examples:
  $ logward sequences train ../shared/data/hdfs-sessions/train_normal.txt --model models/hdfs
  $ logward sequences train normal.txt --model models/ci --seed 7 --epochs 30`,
    )
  addSettingFlags(train, LOG_KEYS)
  train.action(
    async (
      file: string,
      opts: { model: string; seed: number; epochs?: number } & Record<string, unknown>,
    ) => {
      await trainCommand(file, opts, resolveIo(io, opts))
    },
  )

  const score = sequences
    .command('score')
    .description('Score sessions with a trained model: one result per input line, in order.')
    .argument('<file>', 'sessions to score, one per line, event keys separated by spaces')
    .requiredOption('--model <dir>', 'directory of a model written by `logward sequences train`')
    .addOption(
      new Option('-o, --output <format>', 'jsonl: one JSON object per line; table: for people')
        .choices(['jsonl', 'table'])
        .default('jsonl'),
    )
    .option('--threshold <x>', "flag sessions whose score exceeds this (default: the model's own, 1)", float)
    .addHelpText(
      'after',
      `
Each result has "anomalous" (boolean) and "score" (higher = more anomalous; above 1 is anomalous by
default), with the evidence behind it: unknownKeys, countExcess and surprise.

Examples:
  $ logward sequences score sessions.txt --model ml-models/hdfs-sequences > scores.jsonl
  $ logward sequences score sessions.txt --model models/ci --threshold 1.5 --output table`,
    )
  addSettingFlags(score, LOG_KEYS)
  score.action(
    async (
      file: string,
      opts: { model: string; output: 'jsonl' | 'table'; threshold?: number } & Record<string, unknown>,
    ) => {
      await scoreCommand(file, opts, resolveIo(io, opts))
    },
  )
}

export async function trainCommand(
  file: string,
  opts: { model: string; seed: number; epochs?: number },
  io: SequencesIo,
): Promise<void> {
  const sessions = await readSessions(file)
  const started = Date.now()
  let last = started
  io.logger.info(`training on ${sessions.length} sessions from ${file} (seed ${opts.seed})`)
  const scorer = await SequenceScorer.train(sessions, {
    seed: opts.seed,
    ...(opts.epochs === undefined ? {} : { epochs: opts.epochs }),
    onEpoch: ({ epoch, epochs, loss }) => {
      // CI logs get a line every few seconds, not one per epoch, and never a silent minute.
      const now = Date.now()
      if (now - last >= io.progressMs || epoch === epochs) {
        last = now
        io.logger.info(`train: epoch ${epoch}/${epochs}, loss ${loss.toFixed(4)}, ${seconds(started)} s`)
      }
    },
  })
  await scorer.save(opts.model)
  io.logger.info(
    `saved model to ${opts.model}: ${scorer.vocabulary.keys.length} keys, backend ${scorer.meta.backend}, ${seconds(started)} s`,
  )
  scorer.dispose()
}

export async function scoreCommand(
  file: string,
  opts: { model: string; output: 'jsonl' | 'table'; threshold?: number },
  io: SequencesIo,
): Promise<void> {
  if (opts.threshold !== undefined && !(opts.threshold >= 0)) {
    throw new ConfigError(`--threshold must be a number ≥ 0, got ${opts.threshold}`, {
      hint: 'scores are scaled so that 1 is the model’s own alarm level; try 1.5 for fewer alarms',
    })
  }
  const sessions = await readSessions(file)
  const scorer = await SequenceScorer.load(opts.model)
  const started = Date.now()
  const results = await scorer.score(sessions, opts.threshold)
  scorer.dispose()
  const out = new JsonlWriter(io.stdout)
  let flagged = 0
  for (const [i, r] of results.entries()) {
    if (r.anomalous) flagged++
    if (opts.output === 'table') {
      const mark = r.anomalous ? 'ANOMALY' : 'ok'
      io.stdout.write(
        `${String(i + 1).padStart(6)}  ${mark.padEnd(7)}  ${r.score.toFixed(3).padStart(8)}  unknown=${r.unknownKeys} countExcess=${r.countExcess} surprise=${r.surprise.toFixed(2)}\n`,
      )
    } else {
      await out.write({ line: i + 1, anomalous: r.anomalous, score: r.score, ...evidence(r) })
    }
  }
  await out.flush()
  io.logger.info(
    `scored ${results.length} sessions from ${file}: ${flagged} anomalous (${seconds(started)} s)`,
  )
}

function evidence(r: { unknownKeys: number; countExcess: number; surprise: number }) {
  return { unknownKeys: r.unknownKeys, countExcess: r.countExcess, surprise: r.surprise }
}

function resolveIo(io: Partial<SequencesIo>, opts: Record<string, unknown>): SequencesIo {
  const logger = io.logger ?? commandContext(opts, LOG_KEYS).logger
  // tfjs' own console chatter goes to --log-level debug, never to the CI log.
  setTfDebugSink((m) => logger.debug(m))
  return { stdout: io.stdout ?? process.stdout, logger, progressMs: io.progressMs ?? 5000 }
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1)
}

function int(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0')
  return n
}

function float(value: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number ≥ 0')
  return n
}
