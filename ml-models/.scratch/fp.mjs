import { readFileSync } from 'node:fs'
const rd = (f) => readFileSync('/work/shared/data/hdfs-sessions/' + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number))
const tr = rd('train_normal.txt'), ab = rd('dev_abnormal.txt')
const V = 30
const cv = (s) => { const c = new Array(V).fill(0); for (const k of s) c[k]++; return c }
// leave-one-out: for each normal, is it outside range of others?
const cs = tr.map(cv)
for (let i = 0; i < V; i++) { const vals = cs.map((c) => c[i]); const h = {}; for (const v of vals) h[v] = (h[v] ?? 0) + 1; if (Object.keys(h).length > 1) console.log('key', i, JSON.stringify(h)) }
const ca = ab.map(cv)
for (let i = 0; i < V; i++) { const vals = ca.map((c) => c[i]); const h = {}; for (const v of vals) h[v] = (h[v] ?? 0) + 1; console.log('abn key', i, JSON.stringify(h)) }
