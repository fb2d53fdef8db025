import { readFileSync } from 'node:fs'
const backend = process.argv[2] ?? 'cpu', arch = process.argv[3] ?? 'mlp'
const ow = console.warn; console.warn = () => {}
const tf = await import('@tensorflow/tfjs')
if (backend === 'wasm') { await import('@tensorflow/tfjs-backend-wasm') }
tf.enableProdMode()
await tf.setBackend(backend); await tf.ready()
console.warn = ow
console.log('backend', tf.getBackend())
const rd = (f) => readFileSync('/work/shared/data/hdfs-sessions/' + f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/).map(Number))
const tr = rd('train_normal.txt'), ab = rd('dev_abnormal.txt')
const H = 10, PAD = 0, EOS = 29, V = 30
function windows(sessions) {
  const xs = [], ys = []
  for (const s of sessions) { const t = [...s, EOS]; for (let i = 0; i < t.length; i++) { const w = []; for (let j = i - H; j < i; j++) w.push(j < 0 ? PAD : t[j]); xs.push(w); ys.push(t[i]) } }
  return { xs, ys }
}
const train = tr.filter((_, i) => i % 5 !== 0), held = tr.filter((_, i) => i % 5 === 0)
const { xs, ys } = windows(train)
console.log('windows', xs.length)
const model = tf.sequential()
model.add(tf.layers.dense({ inputShape: [H, V], units: 16, useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }))
if (arch === 'lstm') model.add(tf.layers.lstm({ units: 32, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }), recurrentInitializer: tf.initializers.orthogonal({ seed: 3 }) }))
else { model.add(tf.layers.flatten()); model.add(tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) })) }
model.add(tf.layers.dense({ units: V, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }))
model.compile({ optimizer: tf.train.adam(0.01), loss: 'sparseCategoricalCrossentropy' })
const X = tf.oneHot(tf.tensor2d(xs, undefined, 'int32'), V), Y = tf.tensor1d(ys, 'float32')
let t0 = Date.now()
const epochs = Number(process.argv[4] ?? 10)
await model.fit(X, Y, { epochs, batchSize: 256, shuffle: false, verbose: 0, callbacks: { onEpochEnd: (e, l) => console.log('epoch', e, l.loss.toFixed(4), Date.now() - t0, 'ms') } })
console.log('train ms', Date.now() - t0)
function score(sessions) {
  const { xs, ys } = windows(sessions)
  const p = tf.tidy(() => model.predict(tf.oneHot(tf.tensor2d(xs, undefined, 'int32'), V))).arraySync()
  const out = []; let k = 0
  for (const s of sessions) { let mx = 0, mr = 0; for (let i = 0; i <= s.length; i++, k++) { const pr = p[k]; const nll = -Math.log(Math.max(pr[ys[k]], 1e-12)); let rank = 0; for (const q of pr) if (q > pr[ys[k]]) rank++; mx = Math.max(mx, nll); mr = Math.max(mr, rank) } out.push({ nll: mx, rank: mr }) }
  return out
}
t0 = Date.now()
const st = score(train), sh = score(held), sa = score(ab)
console.log('score ms', Date.now() - t0)
const q = (a, f) => { const b = [...a].sort((x, y) => x - y); return f.map((p) => b[Math.min(b.length - 1, Math.floor(p * b.length))].toFixed(2)) }
const f = [0.5, 0.9, 0.99, 0.999, 1]
console.log('train nll', q(st.map((x) => x.nll), f), 'rank', q(st.map((x) => x.rank), f))
console.log('held nll', q(sh.map((x) => x.nll), f), 'rank', q(sh.map((x) => x.rank), f))
console.log('abn nll', q(sa.map((x) => x.nll), [0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1]), 'rank', q(sa.map((x) => x.rank), [0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1]))
