import type { LogRecord } from '../../core/record.js'
import { TemplateMiner } from '../../transforms/mine/index.js'
import { ErrorBucketCollector } from '../collectors/error-buckets.js'
import { SessionCollector, sessionKeyReader, type SessionSettings } from '../collectors/sessions.js'
import { DEFAULT_FREQUENCY } from '../frequency/model.js'
import { TemplateTally } from '../frequency/template-tally.js'
import { miningText } from '../mining-text.js'
import {
  DEFAULT_BUCKET_SECONDS,
  MIN_TRAINING_SESSIONS,
  type Baseline,
  type BaselineRunStats,
} from './model.js'
import type { RunInput } from './runs.js'

export interface LearnOptions {
  /** What the runs are (paths, a lake), for reports. */
  source: string
  session?: SessionSettings
  slice?: number
  bucketSeconds?: number
  /** Train the sequence model when there are enough sessions (default true). */
  trainSequences?: boolean
  seed?: number
  epochs?: number
  onProgress?: (phase: 'mine' | 'tally' | 'train', run: string, index: number, total: number) => void
  now?: () => Date
}

/**
 * Learns a baseline from passing runs. Two passes, as `analyzeRun` does, because a record's final template
 * is known only once every message has been mined: pass 1 mines every run into one miner (the vocabulary),
 * pass 2 labels each record with its final template and counts per run (template slices, error buckets,
 * sessions). The sequence model is then trained on all runs' sessions.
 */
export async function learnBaseline(runs: readonly RunInput[], options: LearnOptions): Promise<Baseline> {
  const slice = options.slice ?? DEFAULT_FREQUENCY.slice
  const bucketSeconds = options.bucketSeconds ?? DEFAULT_BUCKET_SECONDS
  const session = options.session ?? {}
  const keyOf = sessionKeyReader(session)
  const miner = new TemplateMiner()
  for (const [i, run] of runs.entries()) {
    options.onProgress?.('mine', run.name, i, runs.length)
    for await (const batch of run.batches()) for (const record of batch) miner.add(miningText(record))
  }

  const stats: BaselineRunStats[] = []
  const tallies: Baseline['tallies'] = []
  const sessions: string[][] = []
  for (const [i, run] of runs.entries()) {
    options.onProgress?.('tally', run.name, i, runs.length)
    const tally = new TemplateTally(slice)
    const buckets = new ErrorBucketCollector(bucketSeconds)
    const collector = keyOf ? new SessionCollector(keyOf) : undefined
    let errors = 0
    let warnings = 0
    for await (const batch of run.batches()) {
      const labelled: LogRecord[] = []
      for (const record of batch) {
        const text = miningText(record)
        const found = miner.match(text) ?? miner.add(text)
        const r = {
          ...record,
          logward: { ...record.logward, template_id: found.templateId, template: found.template },
        }
        labelled.push(r)
        buckets.add(r)
        collector?.add(r, found.templateId)
        const level = r.log.level
        if (level === 'error' || level === 'fatal') errors++
        else if (level === 'warn') warnings++
      }
      await tally.write(labelled)
    }
    const b = buckets.result()
    const runSessions = collector?.result() ?? []
    for (const s of runSessions) sessions.push(s.events)
    const t = tally.result()
    tallies.push(t)
    stats.push({
      name: run.name,
      records: t.records,
      errors,
      warnings,
      buckets: b.buckets,
      timedErrors: b.errors,
      maxErrorsPerBucket: Math.max(0, ...[...b.counts.values()].map((c) => c.errors)),
      sessions: runSessions.length,
    })
  }

  const baseline: Baseline = {
    source: options.source,
    learnedAt: (options.now?.() ?? new Date()).toISOString(),
    miner,
    runs: stats,
    tallies,
    slice,
    bucketSeconds,
    session,
  }
  if (!keyOf) return baseline
  if (sessions.length < MIN_TRAINING_SESSIONS) {
    baseline.sequencesNote = `${sessions.length} sessions in the baseline runs (need ${MIN_TRAINING_SESSIONS} to train a sequence model)`
    return baseline
  }
  if (options.trainSequences === false) {
    baseline.sequencesNote = 'the sequence model is trained by `logward baseline learn` only'
    return baseline
  }
  options.onProgress?.('train', `${sessions.length} sessions`, 0, 1)
  // Imported here: TensorFlow.js costs hundreds of milliseconds to load, paid only when sessions are used.
  const { SequenceScorer } = await import('../sequences/sequence-scorer.js')
  const scorer = await SequenceScorer.train(sessions, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
  })
  baseline.sequences = { scorer, trainingSessions: sessions.length }
  return baseline
}
