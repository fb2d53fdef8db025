import { readFileSync } from 'node:fs'
const rd = (f) => readFileSync('/work/shared/data/hdfs-sessions/' + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number))
const tr = rd('train_normal.txt'), ab = rd('dev_abnormal.txt')
const V = 30
const cv = (s) => { const c = new Array(V).fill(0); for (const k of s) c[k]++; return c }
function fit(train, alpha) {
  const seen = new Set(train.flat())
  const mn = new Array(V).fill(Infinity), mx = new Array(V).fill(-Infinity)
  for (const s of train) { const c = cv(s); for (let i = 0; i < V; i++) { mn[i] = Math.min(mn[i], c[i]); mx[i] = Math.max(mx[i], c[i]) } }
  const sl = mn.map((m, i) => Math.ceil(alpha * (mx[i] - m)))
  return (s) => { if (s.some((k) => !seen.has(k))) return true; const c = cv(s); return c.some((v, i) => v < mn[i] - sl[i] || v > mx[i] + sl[i]) }
}
// seeded shuffle
function rng(seed) { return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296 } }
for (const alpha of [0, 0.1, 0.25, 0.5]) for (const seed of [1, 2, 3]) {
  const r = rng(seed); const idx = tr.map((_, i) => i); for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [idx[i], idx[j]] = [idx[j], idx[i]] }
  let fp = 0, tp = 0
  for (let f = 0; f < 5; f++) {
    const test = idx.filter((_, i) => i % 5 === f).map((i) => tr[i]), train = idx.filter((_, i) => i % 5 !== f).map((i) => tr[i])
    const det = fit(train, alpha)
    fp += test.filter(det).length; tp += ab.filter(det).length
  }
  const R = tp / (5 * ab.length), F = fp / tr.length, A = 16838, N = 553366, P = R * A / (R * A + F * N)
  console.log(alpha, seed, { fp, R: R.toFixed(4), F: F.toFixed(5), F1: (2 * P * R / (P + R)).toFixed(4) })
}
