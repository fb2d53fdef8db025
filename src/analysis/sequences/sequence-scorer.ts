import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CountModel, type CountModelJSON } from './count-model.js'
import { SequenceModelError } from './errors.js'
import { atomicWrite, directoryHandler } from './io-handler.js'
import {
  DEFAULT_NEXT_KEY_CONFIG,
  NextKeyModel,
  type NextKeyConfig,
  type TrainProgress,
} from './next-key-model.js'
import { loadTf, quietly, type BackendName } from './tf.js'
import { UNK, Vocabulary, type VocabularyJSON } from './vocabulary.js'

/**
 * Judges sessions (sequences of event keys) against what normal sessions look like, from three pieces of
 * evidence, each scaled so that 1 is its own alarm level learned from normal data only:
 *  - unknown keys: an event never seen in a normal session scores 1 + the number of such events;
 *  - the count profile: 1 + the events by which key counts fall outside the normal ranges, unless the session
 *    is a normal one with a normal optional part repeated (CountModel);
 *  - the next-key model: the session's largest surprise divided by the largest surprise among the normal
 *    training sessions times a margin (NextKeyModel).
 * The session's score is the largest of the three, so it reads the same whichever fired, and a session is
 * anomalous when its score exceeds the threshold (1 unless overridden).
 */
export const SCORER_JSON = 'scorer.json'
export const DEFAULT_SEED = 20240601
export const DEFAULT_COUNT_SLACK = 0.1
/** The next-key alarm level sits this far above the worst normal training session: room for held-out normals. */
export const DEFAULT_SURPRISE_MARGIN = 1.5

export interface TrainOptions {
  seed?: number
  epochs?: number
  nextKey?: Partial<NextKeyConfig>
  countSlack?: number
  surpriseMargin?: number
  onEpoch?: (p: TrainProgress) => void
}

export interface SessionScore {
  anomalous: boolean
  score: number
  /** Events with keys never seen in training. */
  unknownKeys: number
  /** Events by which key counts fall outside the normal ranges (0 for a normal session with a part repeated). */
  countExcess: number
  /** The next-key model's largest -log p over the session's steps. */
  surprise: number
}

interface ScorerJSON {
  format: 'logward-sequences'
  version: 1
  seed: number
  backend: BackendName
  trainingSessions: number
  threshold: number
  surpriseThreshold: number
  surpriseMargin: number
  nextKey: NextKeyConfig
  vocabulary: VocabularyJSON
  count: CountModelJSON
}

export class SequenceScorer {
  private constructor(
    readonly vocabulary: Vocabulary,
    readonly counts: CountModel,
    readonly nextKey: NextKeyModel,
    readonly meta: Omit<ScorerJSON, 'vocabulary' | 'count' | 'nextKey' | 'format' | 'version'>,
  ) {}

  get threshold(): number {
    return this.meta.threshold
  }

  static async train(
    sessions: readonly (readonly string[])[],
    options: TrainOptions = {},
  ): Promise<SequenceScorer> {
    // Empty sessions say nothing about normal behaviour, and would make every key's lowest count zero.
    const usable = sessions.filter((s) => s.length > 0)
    if (usable.length === 0) {
      throw new SequenceModelError('(training)', 'no non-empty sessions to train on', {
        hint: 'the training file needs one normal session per line, event keys separated by spaces',
      })
    }
    const seed = options.seed ?? DEFAULT_SEED
    const config: NextKeyConfig = {
      ...DEFAULT_NEXT_KEY_CONFIG,
      ...options.nextKey,
      ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
    }
    const vocabulary = Vocabulary.fromSessions(usable)
    const encoded = usable.map((s) => vocabulary.encode(s))
    const counts = CountModel.fit(encoded, vocabulary.size, options.countSlack ?? DEFAULT_COUNT_SLACK)
    const { tf, backend } = await loadTf()
    const nextKey = await quietly(() =>
      NextKeyModel.train(tf, encoded, vocabulary.size, config, seed, options.onEpoch),
    )
    const surprise = await quietly(() => nextKey.surprise(encoded))
    const margin = options.surpriseMargin ?? DEFAULT_SURPRISE_MARGIN
    const worst = surprise.reduce((a, b) => Math.max(a, b), 0)
    return new SequenceScorer(vocabulary, counts, nextKey, {
      seed,
      backend,
      trainingSessions: usable.length,
      threshold: 1,
      // A floor keeps a model that fits its training data perfectly from alarming on the tiniest surprise.
      surpriseThreshold: Math.max(worst, 1) * margin,
      surpriseMargin: margin,
    })
  }

  /** Scores sessions in order; `threshold` overrides the saved one (1: each component's own alarm level). */
  async score(
    sessions: readonly (readonly string[])[],
    threshold = this.meta.threshold,
  ): Promise<SessionScore[]> {
    const encoded = sessions.map((s) => this.vocabulary.encode(s))
    const surprise = await quietly(() => this.nextKey.surprise(encoded))
    return encoded.map((ids, i) => {
      const unknownKeys = ids.reduce((n, id) => n + (id === UNK ? 1 : 0), 0)
      const countExcess = this.counts.excess(ids)
      const s = surprise[i] as number
      const score = Math.max(
        unknownKeys > 0 ? 1 + unknownKeys : 0,
        countExcess > 0 ? 1 + countExcess : 0,
        s / this.meta.surpriseThreshold,
      )
      return {
        anomalous: score > threshold,
        score: round(score),
        unknownKeys,
        countExcess,
        surprise: round(s),
      }
    })
  }

  async save(dir: string): Promise<void> {
    await quietly(() => this.nextKey.model.save(directoryHandler(dir)))
    const json: ScorerJSON = {
      format: 'logward-sequences',
      version: 1,
      ...this.meta,
      nextKey: this.nextKey.config,
      vocabulary: this.vocabulary.toJSON(),
      count: this.counts.toJSON(),
    }
    await atomicWrite(join(dir, SCORER_JSON), JSON.stringify(json, null, 1) + '\n')
  }

  static async load(dir: string): Promise<SequenceScorer> {
    let json: ScorerJSON
    try {
      json = JSON.parse(await readFile(join(dir, SCORER_JSON), 'utf8')) as ScorerJSON
    } catch (err) {
      throw new SequenceModelError(dir, `cannot read ${SCORER_JSON}`, {
        cause: err,
        hint: 'point --model at a directory written by `logward sequences train`',
      })
    }
    if (json.format !== 'logward-sequences' || json.version !== 1) {
      throw new SequenceModelError(dir, `${SCORER_JSON} is not a logward sequence model (version 1)`, {
        hint: 'retrain it with this version of logward: logward sequences train FILE --model DIR',
      })
    }
    const { tf } = await loadTf()
    const model = await quietly(() => tf.loadLayersModel(directoryHandler(dir)))
    const vocabulary = Vocabulary.fromJSON(json.vocabulary)
    const { format: _f, version: _v, vocabulary: _voc, count, nextKey, ...meta } = json
    return new SequenceScorer(
      vocabulary,
      CountModel.fromJSON(count),
      new NextKeyModel(tf, model, nextKey, vocabulary.size),
      meta,
    )
  }

  dispose(): void {
    this.nextKey.dispose()
  }
}

/** Six significant digits: stable output across platforms' last-bit float differences, and readable. */
function round(x: number): number {
  return Number(x.toPrecision(6))
}
