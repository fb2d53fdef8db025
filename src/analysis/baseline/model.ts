import type { Level } from '../../core/record.js'
import type { TemplateMiner } from '../../transforms/mine/index.js'
import type { TemplateTallyResult } from '../frequency/template-tally.js'
import type { SessionSettings } from '../collectors/sessions.js'
import type { SequenceScorer } from '../sequences/sequence-scorer.js'

/**
 * A baseline: what N passing runs looked like, learned once (`logward baseline learn`) or on the fly
 * (`analyze --baseline PATHS`), then used the same way. Saved as `baseline.json` (versioned) plus the
 * sequence model in a `sequences-*` directory beside it.
 */
export const BASELINE_JSON = 'baseline.json'
export const BASELINE_FORMAT = 'logward-baseline'
/** Bumped when baseline.json changes shape; older or newer files are refused with a hint to relearn. */
export const BASELINE_VERSION = 1
/** Time bucket of the error burst test: one minute is the grain a person reads a CI log or deploy at. */
export const DEFAULT_BUCKET_SECONDS = 60
/** Fewer baseline sessions than this do not train a sequence model: it would only learn noise. */
export const MIN_TRAINING_SESSIONS = 20

export interface BaselineRunStats {
  name: string
  records: number
  errors: number
  warnings: number
  /** Time buckets from the run's first to its last timestamped record. */
  buckets: number
  /** Error and fatal records that had a timestamp (the burst test's counts). */
  timedErrors: number
  /** The most errors any one bucket of the run had. */
  maxErrorsPerBucket: number
  /** Sessions found in the run (0 without session settings). */
  sessions: number
}

export interface Baseline {
  /** What it was learned from (paths, a lake directory) and, when loaded, the model directory. */
  source: string
  learnedAt: string
  /** The vocabulary: every template of the baseline runs, used in match-only mode. */
  miner: TemplateMiner
  runs: BaselineRunStats[]
  /** Per run (same order as `runs`): template counts per slice of `frequency.slice` records. */
  tallies: TemplateTallyResult[]
  slice: number
  bucketSeconds: number
  session: SessionSettings
  /** Sequence model over the baseline's sessions (keys: template ids), when there were enough sessions. */
  sequences?: { dir: string; trainingSessions: number } | { scorer: SequenceScorer; trainingSessions: number }
  /** Why there is no sequence model, when session settings were given. */
  sequencesNote?: string
}

/** Per-template facts kept once in baseline.json (not per run). */
export interface BaselineTemplateJSON {
  template: string
  level: Level
  example: { message: string; path: string; line: number }
}

export interface BaselineJSON {
  format: typeof BASELINE_FORMAT
  version: number
  learnedAt: string
  source: string
  settings: { slice: number; bucketSeconds: number; session: SessionSettings }
  runs: BaselineRunStats[]
  templates: Record<string, BaselineTemplateJSON>
  /** Per run: records, and per template id the flat pairs [slice index, count, slice index, count, …]. */
  tallies: { records: number; counts: Record<string, number[]> }[]
  miner: unknown
  sequences?: { dir: string; trainingSessions: number }
  sequencesNote?: string
}
