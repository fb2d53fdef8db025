/**
 * `npm run bench:anomaly`: the sequence anomaly model on HDFS block sessions against the published
 * unsupervised results (DeepLog and LogAnomaly, F1 0.96 on HDFS_v1).
 *
 * No labels are used in training or in choosing the threshold. For each of 5 training seeds: 5-fold
 * cross-validation over train_normal.txt (train on 4/5, count false alarms on the held-out 1/5; the fold
 * split itself is fixed so seeds differ only in the model), recall on dev_abnormal.txt scored by each fold's
 * model, and the F1 they imply at the HDFS_v1 test set's class ratio (553,366 normal : 16,838 anomalous).
 * Prints min and median over seeds, train/score times, and the same numbers with the count profile's
 * repetition check off (ranges alone). LOGWARD_BENCH_SEEDS=3 runs fewer seeds; LOGWARD_BENCH_SPLIT=per-seed
 * lets each seed also draw its own fold split (default: one fixed split).
 *
 * First, what a user waits for: loading the shipped model (ml-models/hdfs-sequences) and scoring 10,000
 * sessions with it.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sharedData } from '../__tests__/helpers/shared-data.js'
import { crossValidate, type Evaluation } from '../src/analysis/sequences/evaluate.js'
import { DEFAULT_SEED, SequenceScorer } from '../src/analysis/sequences/sequence-scorer.js'
import { readSessions } from '../src/analysis/sequences/sessions.js'
import { loadTf } from '../src/analysis/sequences/tf.js'

if (!sharedData) {
  console.log('notice: ../shared/data not found; skipping the anomaly benchmark (set LOGWARD_SHARED_DATA)')
  process.exit(0)
}
const dir = join(sharedData, 'hdfs-sessions')
const normal = await readSessions(join(dir, 'train_normal.txt'))
const anomalous = await readSessions(join(dir, 'dev_abnormal.txt'))
const seedCount = Number(process.env.LOGWARD_BENCH_SEEDS ?? 5)
const seeds = [DEFAULT_SEED, 1, 2, 3, 4].slice(0, seedCount)
const perSeedSplit = process.env.LOGWARD_BENCH_SPLIT === 'per-seed'

// The shipped model, as `sequences score` uses it: load (tfjs import and backend included), then score.
const shipped = join(dirname(fileURLToPath(import.meta.url)), '..', 'ml-models', 'hdfs-sequences')
const pool = [...normal, ...anomalous]
const batch = Array.from({ length: 10_000 }, (_, i) => pool[i % pool.length] as string[])
let t = performance.now()
const scorer = await SequenceScorer.load(shipped)
const loadMs = performance.now() - t
t = performance.now()
const flagged = (await scorer.score(batch)).filter((s) => s.anomalous).length
const scoreMs = performance.now() - t
scorer.dispose()
console.log(
  `shipped model: load ${loadMs.toFixed(0)} ms (tfjs import and backend included), score ${batch.length} sessions ` +
    `${scoreMs.toFixed(0)} ms = ${Math.round(batch.length / (scoreMs / 1000))} sessions/s ` +
    `(${flagged} flagged); load + score ${((loadMs + scoreMs) / 1000).toFixed(2)} s\n`,
)

const { backend } = await loadTf()
console.log(
  `HDFS sessions: ${normal.length} normal (5-fold CV, ${perSeedSplit ? 'fold split drawn per seed' : 'one fixed fold split'}), ` +
    `${anomalous.length} anomalous; tfjs backend ${backend}\n`,
)

console.log(
  'seed        recall     FPR      FP/held-out  implied F1   train s/fold  score s/fold' +
    '   ranges only: recall  FP  implied F1',
)
const rows: Evaluation[] = []
for (const seed of seeds) {
  const e = await crossValidate(normal, anomalous, {
    seed,
    folds: 5,
    ...(perSeedSplit ? { splitSeed: seed } : {}),
  })
  rows.push(e)
  console.log(
    [
      String(seed).padEnd(10),
      e.recall.toFixed(4).padStart(8),
      e.falsePositiveRate.toFixed(5).padStart(9),
      `${e.falsePositives}/${e.heldOutNormals}`.padStart(12),
      e.impliedF1.toFixed(4).padStart(11),
      (e.trainMs / 5000).toFixed(1).padStart(13),
      (e.scoreMs / 5000).toFixed(2).padStart(13),
      e.rangesOnly.recall.toFixed(4).padStart(21),
      String(e.rangesOnly.falsePositives).padStart(3),
      e.rangesOnly.impliedF1.toFixed(4).padStart(11),
    ].join(' '),
  )
}
const minMedian = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return `min ${(sorted[0] as number).toFixed(4)}, median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(4)}`
}
if (rows.length > 0)
  console.log(
    `\nimplied F1 over ${rows.length} seeds: ${minMedian(rows.map((r) => r.impliedF1))}` +
      ` (target ≥ 0.98; DeepLog 0.96, LogAnomaly 0.96)` +
      `\nranges only (repetition check off): ${minMedian(rows.map((r) => r.rangesOnly.impliedF1))}`,
  )
