import type { LayersModel, Scalar, Tensor } from '@tensorflow/tfjs'
import { mulberry32, shuffleInPlace, subSeed } from './rng.js'
import type { Tf } from './tf.js'
import { END, PAD, UNK } from './vocabulary.js'

/**
 * DeepLog's next-key model: given the previous `window` keys of a session, a small LSTM predicts the next
 * one. A normal session is one whose every key (and its end) the model expected; the session's score is the
 * surprise of its least expected step, -log p(key | window), maximised over the session.
 *
 * Normal sessions repeat the same few windows over and over (HDFS: 62k steps, 3.6k distinct), so training
 * runs on the distinct (window, next key) pairs weighted by how often each occurs: the same loss as the full
 * data, an order of magnitude less work, and minutes become seconds on two cores.
 */
export interface NextKeyConfig {
  window: number
  embedding: number
  units: number
  epochs: number
  batchSize: number
  learningRate: number
}

export const DEFAULT_NEXT_KEY_CONFIG: NextKeyConfig = {
  window: 10,
  embedding: 16,
  units: 32,
  epochs: 20,
  batchSize: 64,
  learningRate: 0.005,
}

export interface TrainProgress {
  epoch: number
  epochs: number
  loss: number
}

interface Pairs {
  windows: Int32Array
  targets: Int32Array
  weights: Float32Array
  count: number
}

export class NextKeyModel {
  constructor(
    private readonly tf: Tf,
    readonly model: LayersModel,
    readonly config: NextKeyConfig,
    readonly vocabSize: number,
  ) {}

  static build(tf: Tf, vocabSize: number, config: NextKeyConfig, seed: number): LayersModel {
    // Every initialiser is seeded: the same seed must give the same weights, byte for byte.
    const model = tf.sequential()
    model.add(
      tf.layers.dense({
        inputShape: [config.window, vocabSize],
        units: config.embedding,
        useBias: false,
        kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 1) }),
        name: 'embedding',
      }),
    )
    model.add(
      tf.layers.lstm({
        units: config.units,
        kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 2) }),
        recurrentInitializer: tf.initializers.orthogonal({ seed: subSeed(seed, 3) }),
        name: 'lstm',
      }),
    )
    model.add(
      tf.layers.dense({
        units: vocabSize,
        kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 4) }),
        name: 'next_key_logits',
      }),
    )
    return model
  }

  static async train(
    tf: Tf,
    sessions: readonly (readonly number[])[],
    vocabSize: number,
    config: NextKeyConfig,
    seed: number,
    onEpoch?: (p: TrainProgress) => void,
  ): Promise<NextKeyModel> {
    const model = NextKeyModel.build(tf, vocabSize, config, seed)
    const pairs = distinctPairs(sessions, config.window)
    const optimizer = tf.train.adam(config.learningRate)
    const order = Array.from({ length: pairs.count }, (_, i) => i)
    const random = mulberry32(subSeed(seed, 5))
    const h = config.window
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      shuffleInPlace(order, random)
      let lossSum = 0
      for (let start = 0; start < pairs.count; start += config.batchSize) {
        const batch = order.slice(start, start + config.batchSize)
        const b = batch.length
        const xs = new Int32Array(b * h)
        const ys = new Int32Array(b)
        const ws = new Float32Array(b)
        batch.forEach((row, i) => {
          xs.set(pairs.windows.subarray(row * h, row * h + h), i * h)
          ys[i] = pairs.targets[row] as number
          ws[i] = pairs.weights[row] as number
        })
        const loss = tf.tidy(() => {
          const x = tf.oneHot(tf.tensor2d(xs, [b, h], 'int32'), vocabSize)
          const y = tf.oneHot(tf.tensor1d(ys, 'int32'), vocabSize)
          const w = tf.tensor1d(ws)
          // Weighted sum over the batch divided by an average batch's weight (not this batch's): a batch of
          // rare windows then moves the weights as little as those windows matter in the full data.
          const norm = (pairs.totalWeight / pairs.count) * b
          const cost = optimizer.minimize(() => {
            const logits = model.apply(x, { training: true }) as Tensor
            return tf.losses
              .softmaxCrossEntropy(y, logits, w, undefined, tf.Reduction.SUM)
              .div(norm) as Scalar
          }, true)
          return cost ? (cost.dataSync()[0] ?? 0) * norm : 0
        })
        lossSum += loss
      }
      onEpoch?.({ epoch: epoch + 1, epochs: config.epochs, loss: lossSum / pairs.totalWeight })
    }
    optimizer.dispose()
    return new NextKeyModel(tf, model, config, vocabSize)
  }

  /** Per session: the largest -log p(next key | window) over its steps, its end included. */
  surprise(sessions: readonly (readonly number[])[]): Float64Array {
    const h = this.config.window
    const cache = new Map<string, Float32Array>()
    const pending: number[][] = []
    const pendingKeys: string[] = []
    for (const s of sessions) {
      forEachStep(s, h, (w) => {
        const key = w.join(',')
        if (!cache.has(key)) {
          cache.set(key, EMPTY)
          pending.push(w)
          pendingKeys.push(key)
        }
      })
    }
    const chunk = 2048
    for (let start = 0; start < pending.length; start += chunk) {
      const part = pending.slice(start, start + chunk)
      const flat = Int32Array.from(part.flat())
      const logProbs = this.tf.tidy(() => {
        const x = this.tf.oneHot(this.tf.tensor2d(flat, [part.length, h], 'int32'), this.vocabSize)
        return this.tf.logSoftmax(this.model.predict(x) as Tensor).dataSync() as Float32Array
      })
      part.forEach((_, i) => {
        const v = this.vocabSize
        cache.set(pendingKeys[start + i] as string, logProbs.slice(i * v, i * v + v))
      })
    }
    return Float64Array.from(sessions, (s) => {
      let worst = 0
      forEachStep(s, h, (w, target) => {
        // Unknown keys are judged by the scorer directly; the model has never seen one to predict it.
        if (target === UNK) return
        const lp = (cache.get(w.join(',')) as Float32Array)[target] as number
        if (-lp > worst) worst = -lp
      })
      return worst
    })
  }

  dispose(): void {
    this.model.dispose()
  }
}

const EMPTY = new Float32Array(0)

/** Calls `fn(window, target)` for every step of a session, the end marker included. */
function forEachStep(
  session: readonly number[],
  h: number,
  fn: (window: number[], target: number) => void,
): void {
  const steps = [...session, END]
  for (let i = 0; i < steps.length; i++) {
    const w = new Array<number>(h)
    for (let j = 0; j < h; j++) {
      const at = i - h + j
      w[j] = at < 0 ? PAD : (steps[at] as number)
    }
    fn(w, steps[i] as number)
  }
}

function distinctPairs(sessions: readonly (readonly number[])[], h: number): Pairs & { totalWeight: number } {
  const index = new Map<string, number>()
  const windows: number[] = []
  const targets: number[] = []
  const weights: number[] = []
  for (const s of sessions) {
    forEachStep(s, h, (w, target) => {
      const key = `${w.join(',')}>${target}`
      const at = index.get(key)
      if (at !== undefined) {
        weights[at] = (weights[at] as number) + 1
        return
      }
      index.set(key, targets.length)
      windows.push(...w)
      targets.push(target)
      weights.push(1)
    })
  }
  return {
    windows: Int32Array.from(windows),
    targets: Int32Array.from(targets),
    weights: Float32Array.from(weights),
    count: targets.length,
    totalWeight: weights.reduce((a, b) => a + b, 0),
  }
}
