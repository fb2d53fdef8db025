import { readFileSync } from 'node:fs'
const rd = (f) => readFileSync('/work/shared/data/hdfs-sessions/' + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number))
const tr = rd('train_normal.txt'), ab = rd('dev_abnormal.txt')
const V = 30
const cv = (s) => { const c = new Array(V).fill(0); for (const k of s) c[k]++; return c }
// unique count profiles
const prof = new Map()
for (const s of tr) { const k = cv(s).join(','); prof.set(k, (prof.get(k) ?? 0) + 1) }
console.log('distinct normal count profiles', prof.size)
const seen = new Set(tr.flat())
let unseen = 0, profHit = 0
const rest = []
for (const s of ab) { if (s.some((k) => !seen.has(k))) { unseen++; continue } if (prof.has(cv(s).join(','))) profHit++; rest.push(s) }
console.log({ unseen, profHit, rest: rest.length })
// range per key
const mn = new Array(V).fill(Infinity), mx = new Array(V).fill(-Infinity)
for (const s of tr) { const c = cv(s); for (let i = 0; i < V; i++) { mn[i] = Math.min(mn[i], c[i]); mx[i] = Math.max(mx[i], c[i]) } }
console.log('min', mn.join(' ')); console.log('max', mx.join(' '))
let rng = 0
for (const s of rest) { const c = cv(s); if (c.some((v, i) => v < mn[i] || v > mx[i])) rng++ }
console.log('rest caught by range', rng)
// print some rest not caught
const nc = rest.filter((s) => { const c = cv(s); return !c.some((v, i) => v < mn[i] || v > mx[i]) })
for (const s of nc.slice(0, 30)) console.log(s.join(' '))
console.log('not caught', nc.length)
