/**
 * Rebuilds ml-models/hdfs-sequences/ from ../shared/data/hdfs-sessions/train_normal.txt, reproducibly: the
 * same seed and backend give the same files byte for byte (seeded initialisers, seeded shuffling, and the
 * wasm backend, which runs single-threaded under Node). Prints the SHA-256 of each file to compare.
 *
 *   npx tsx ml-models/train-hdfs-sequences.ts [--out DIR] [--seed N]
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

// Pin the backend before tfjs loads: tfjs-node (if installed) or pure JS would give slightly different floats.
process.env.LOGWARD_TF_BACKEND ??= 'wasm'

const { DEFAULT_SEED, SequenceScorer } = await import('../src/analysis/sequences/sequence-scorer.js')
const { readSessions } = await import('../src/analysis/sequences/sessions.js')

const here = dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({
  options: { out: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' } },
})
const data = values.data ?? process.env.LOGWARD_SHARED_DATA ?? resolve(here, '..', '..', 'shared', 'data')
const out = values.out ?? join(here, 'hdfs-sequences')
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed)

const file = join(data, 'hdfs-sessions', 'train_normal.txt')
const sessions = await readSessions(file)
const started = Date.now()
const scorer = await SequenceScorer.train(sessions, {
  seed,
  onEpoch: ({ epoch, epochs, loss }) => console.error(`epoch ${epoch}/${epochs} loss ${loss.toFixed(4)}`),
})
await scorer.save(out)
console.error(`trained on ${sessions.length} sessions in ${((Date.now() - started) / 1000).toFixed(1)} s`)
for (const name of ['model.json', 'weights.bin', 'scorer.json']) {
  const sha = createHash('sha256')
    .update(readFileSync(join(out, name)))
    .digest('hex')
  console.log(`${sha}  ${name}`)
}
scorer.dispose()
