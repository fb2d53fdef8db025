import { mulberry32 } from '../../../src/analysis/sequences/rng.js'

/**
 * A tiny session grammar: open, 1–3 × (read, ack), sometimes a retry, close. Anomalies break it the ways
 * HDFS sessions break: a key never seen, a read without its ack, a session cut short, steps out of order.
 */
export function normalSessions(n: number, seed: number): string[][] {
  const random = mulberry32(seed)
  return Array.from({ length: n }, () => {
    const s = ['open', 'alloc']
    const reads = 1 + Math.floor(random() * 3)
    for (let i = 0; i < reads; i++) s.push('read', 'ack')
    if (random() < 0.2) s.push('retry', 'ack')
    s.push('close', 'done')
    return s
  })
}

export const ANOMALIES: string[][] = [
  ['open', 'alloc', 'read', 'ack', 'panic', 'close', 'done'],
  ['open', 'alloc', 'read', 'ack', 'close', 'close', 'done'],
  ['open', 'alloc', 'read', 'ack'],
  ['alloc', 'open', 'read', 'ack', 'close', 'done'],
  ['open', 'alloc', 'read', 'ack', 'done', 'close'],
  ['open'],
  ['open', 'alloc', 'read', 'read', 'ack', 'close', 'done'],
]

/** Small and quick: the synthetic grammar needs no capacity. */
export const SMALL = {
  epochs: 100,
  nextKey: { window: 4, embedding: 4, units: 8, batchSize: 16, learningRate: 0.03 },
}
