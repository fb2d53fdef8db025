import { CountModel } from './count-model.js'
import { mulberry32, shuffleInPlace } from './rng.js'
import { SequenceScorer, type TrainOptions } from './sequence-scorer.js'

/**
 * Honest accuracy without labels in training: k-fold cross-validation over the normal sessions (train on
 * k-1 folds, count false alarms on the held-out fold) and recall on known anomalies scored by each fold's
 * model; then the F1 those imply at the HDFS_v1 test set's class ratio, the number published results use.
 */
export const HDFS_TEST_NORMAL = 553_366
export const HDFS_TEST_ANOMALOUS = 16_838

export interface Evaluation {
  recall: number
  falsePositiveRate: number
  impliedF1: number
  falsePositives: number
  heldOutNormals: number
  trainMs: number
  scoreMs: number
  /**
   * The same folds and models with the count profile's repetition check turned off (ranges alone, as
   * before it): what the check changes, measured in the same run rather than remembered.
   */
  rangesOnly: { recall: number; falsePositives: number; impliedF1: number }
}

export function impliedF1(
  recall: number,
  fpr: number,
  anomalous = HDFS_TEST_ANOMALOUS,
  normal = HDFS_TEST_NORMAL,
): number {
  const tp = recall * anomalous
  const precision = tp + fpr * normal === 0 ? 0 : tp / (tp + fpr * normal)
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

/** Fold of each normal session: a seeded shuffle, fixed apart from the training seed so seeds compare alike. */
export function foldsOf(count: number, k: number, splitSeed = 1): number[] {
  const order = shuffleInPlace(
    Array.from({ length: count }, (_, i) => i),
    mulberry32(splitSeed),
  )
  const fold = new Array<number>(count)
  order.forEach((session, rank) => (fold[session] = rank % k))
  return fold
}

export async function crossValidate(
  normal: readonly (readonly string[])[],
  anomalous: readonly (readonly string[])[],
  options: TrainOptions & { folds?: number; onlyFolds?: number; splitSeed?: number } = {},
): Promise<Evaluation> {
  const k = options.folds ?? 5
  const fold = foldsOf(normal.length, k, options.splitSeed)
  let falsePositives = 0
  let heldOut = 0
  let detected = 0
  let scored = 0
  let trainMs = 0
  let scoreMs = 0
  let rangesOnlyFalsePositives = 0
  let rangesOnlyDetected = 0
  for (let f = 0; f < Math.min(k, options.onlyFolds ?? k); f++) {
    const train = normal.filter((_, i) => fold[i] !== f)
    const test = normal.filter((_, i) => fold[i] === f)
    let t = performance.now()
    const scorer = await SequenceScorer.train(train, options)
    trainMs += performance.now() - t
    t = performance.now()
    const normalScores = await scorer.score(test)
    const anomalousScores = await scorer.score(anomalous)
    scoreMs += performance.now() - t
    // With the saved threshold any count excess is an alarm (score ≥ 2), so turning the repetition check off
    // adds exactly the sessions a ranges-only profile flags.
    const encode = (s: readonly string[]) => scorer.vocabulary.encode(s)
    const ranges = CountModel.fit(train.map(encode), scorer.vocabulary.size, scorer.counts.slack, 0)
    const rangesOnly = (
      sessions: readonly (readonly string[])[],
      scores: readonly { anomalous: boolean }[],
    ) => scores.filter((s, i) => s.anomalous || ranges.excess(encode(sessions[i] as string[])) > 0).length
    rangesOnlyFalsePositives += rangesOnly(test, normalScores)
    rangesOnlyDetected += rangesOnly(anomalous, anomalousScores)
    scorer.dispose()
    falsePositives += normalScores.filter((s) => s.anomalous).length
    heldOut += test.length
    detected += anomalousScores.filter((s) => s.anomalous).length
    scored += anomalous.length
  }
  const recall = detected / scored
  const falsePositiveRate = falsePositives / heldOut
  const rangesOnlyRecall = rangesOnlyDetected / scored
  return {
    recall,
    falsePositiveRate,
    impliedF1: impliedF1(recall, falsePositiveRate),
    falsePositives,
    heldOutNormals: heldOut,
    trainMs,
    scoreMs,
    rangesOnly: {
      recall: rangesOnlyRecall,
      falsePositives: rangesOnlyFalsePositives,
      impliedF1: impliedF1(rangesOnlyRecall, rangesOnlyFalsePositives / heldOut),
    },
  }
}
