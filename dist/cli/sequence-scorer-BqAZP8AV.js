import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { writeFile, rename, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { L as LogwardError } from './index.js';
import { l as loadTf, q as quietly } from './tf-BEHzaUfd.js';
import 'node:events';
import 'node:child_process';
import 'node:fs';
import 'node:process';
import 'node:url';

/**
 * Event keys as the model sees them. Keys are opaque strings (HDFS log-key ids today, template ids mapped
 * from real CI logs later), so the vocabulary is learned from the training sessions and saved with the model.
 * Three ids are reserved: PAD fills the window before a session starts, UNK stands for any key not seen in
 * training (itself strong evidence of an anomaly), and END marks the end of a session so that the next-key
 * model can also judge where a session stops: an abrupt end is a classic HDFS anomaly.
 */
const PAD = 0;
const UNK = 1;
const END = 2;
const RESERVED = 3;
class Vocabulary {
    keys;
    ids = new Map();
    constructor(keys) {
        this.keys = keys;
        keys.forEach((k, i) => this.ids.set(k, i + RESERVED));
    }
    /** Keys in order of first appearance, so the same training file always gives the same ids. */
    static fromSessions(sessions) {
        const seen = new Set();
        for (const s of sessions)
            for (const k of s)
                seen.add(k);
        return new Vocabulary([...seen]);
    }
    static fromJSON(json) {
        return new Vocabulary(json.keys);
    }
    /** Number of ids, reserved ones included: the width of the model's one-hot input and output. */
    get size() {
        return this.keys.length + RESERVED;
    }
    has(key) {
        return this.ids.has(key);
    }
    id(key) {
        return this.ids.get(key) ?? UNK;
    }
    encode(session) {
        return session.map((k) => this.id(k));
    }
    toJSON() {
        return { keys: [...this.keys] };
    }
}

/** Enough for every distinct profile of thousands of CI runs; a bound keeps scorer.json and scoring small. */
const MAX_PROFILES = 10_000;
class CountModel {
    slack;
    low;
    high;
    profileSet;
    sparseProfiles;
    constructor(slack, low, high, profiles = []) {
        this.slack = slack;
        this.low = low;
        this.high = high;
        this.sparseProfiles = profiles.map((p) => [...p]);
        this.profileSet = new Set(this.sparseProfiles.map(profileKey));
    }
    /**
     * `maxProfiles` bounds the normal profiles kept for the repetition check (most frequent first); 0 turns
     * the check off, leaving the ranges alone.
     */
    static fit(sessions, vocabSize, slack, maxProfiles = MAX_PROFILES) {
        const min = new Array(vocabSize).fill(Infinity);
        const max = new Array(vocabSize).fill(0);
        const counts = new Array(vocabSize);
        const seen = new Map();
        for (const s of sessions) {
            countInto(s, counts);
            for (let k = 0; k < vocabSize; k++) {
                const c = counts[k];
                if (c < min[k])
                    min[k] = c;
                if (c > max[k])
                    max[k] = c;
            }
            if (maxProfiles > 0) {
                const profile = sparse(counts);
                const key = profileKey(profile);
                const entry = seen.get(key);
                if (entry)
                    entry.sessions++;
                else
                    seen.set(key, { profile, sessions: 1 });
            }
        }
        const low = min.map((m) => (Number.isFinite(m) ? m - Math.floor(slack * m) : 0));
        const high = max.map((m) => m + Math.floor(slack * m));
        // Stable sort: equally frequent profiles keep their order of first appearance, so the file is reproducible.
        const profiles = [...seen.values()]
            .sort((a, b) => b.sessions - a.sessions)
            .slice(0, maxProfiles)
            .map((e) => e.profile);
        return new CountModel(slack, low, high, profiles);
    }
    static fromJSON(json) {
        const profiles = (json.profiles ?? [])
            .filter((p) => p !== '')
            .map((p) => p.split(' ').flatMap((pair) => pair.split(':').map(Number)));
        return new CountModel(json.slack, json.low, json.high, profiles);
    }
    /**
     * Events outside the normal profile: how far each key's count falls outside its range, summed; 0 when
     * the session is a normal one with a normal part repeated (see above).
     */
    excess(session) {
        const counts = new Array(this.low.length);
        countInto(session, counts);
        let excess = 0;
        for (let k = 0; k < counts.length; k++) {
            if (k === PAD || k === UNK || k === END)
                continue;
            const c = counts[k];
            const lo = this.low[k];
            const hi = this.high[k];
            if (c < lo)
                excess += lo - c;
            else if (c > hi)
                excess += c - hi;
        }
        return excess > 0 && this.repeatsNormalPart(counts) ? 0 : excess;
    }
    /** Whether `counts` is b + k·(q − b) for normal profiles b ≠ q, q ≥ b, k ≥ 2. */
    repeatsNormalPart(counts) {
        const session = sparse(counts);
        const d = new Array(session.length / 2);
        for (const base of this.sparseProfiles) {
            // d = session − base over the session's keys; base must have no key the session lacks, and no more of one.
            let j = 0;
            let ok = true;
            for (let i = 0; i < session.length && ok; i += 2) {
                const id = session[i];
                while (j < base.length && base[j] < id) {
                    ok = false;
                    j += 2;
                }
                let b = 0;
                if (j < base.length && base[j] === id) {
                    b = base[j + 1];
                    j += 2;
                }
                const diff = session[i + 1] - b;
                if (diff < 0)
                    ok = false;
                d[i / 2] = diff;
            }
            if (!ok || j < base.length)
                continue;
            let g = 0;
            for (const x of d)
                g = gcd(g, x);
            for (let k = 2; k <= g; k++) {
                if (g % k !== 0)
                    continue;
                // q = base + d / k must itself be a normal profile.
                const q = [];
                for (let i = 0; i < session.length; i += 2) {
                    const c = session[i + 1] - (d[i / 2] * (k - 1)) / k;
                    if (c > 0)
                        q.push(session[i], c);
                }
                if (this.profileSet.has(profileKey(q)))
                    return true;
            }
        }
        return false;
    }
    toJSON() {
        return {
            slack: this.slack,
            low: this.low,
            high: this.high,
            profiles: this.sparseProfiles.map((p) => {
                const pairs = [];
                for (let i = 0; i < p.length; i += 2)
                    pairs.push(`${p[i]}:${p[i + 1]}`);
                return pairs.join(' ');
            }),
        };
    }
}
function countInto(session, counts) {
    counts.fill(0);
    for (const id of session)
        if (id < counts.length)
            counts[id] = counts[id] + 1;
}
/** `[id, count, …]` of the non-zero counts of real keys (reserved ids left out), by ascending id. */
function sparse(counts) {
    const out = [];
    for (let k = 0; k < counts.length; k++) {
        if (k === PAD || k === UNK || k === END)
            continue;
        const c = counts[k];
        if (c > 0)
            out.push(k, c);
    }
    return out;
}
function profileKey(profile) {
    return profile.join(',');
}
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}

/** A saved sequence model could not be read or written, or does not fit the data it is asked to score. */
class SequenceModelError extends LogwardError {
    dir;
    constructor(dir, message, options = {}) {
        super(`sequence model ${dir}: ${message}`, options);
        this.dir = dir;
    }
}

/**
 * Saves and loads a tfjs layers model as `model.json` + `weights.bin` in a directory: the standard layers
 * format (tfjs' own `file://` handler writes the same files, but only exists with tfjs-node, which we cannot
 * depend on). One weights file, no sharding: our models are kilobytes.
 */
const MODEL_JSON = 'model.json';
const WEIGHTS_BIN = 'weights.bin';
function directoryHandler(dir) {
    return {
        async save(artifacts) {
            if (artifacts.modelTopology instanceof ArrayBuffer) {
                throw new SequenceModelError(dir, 'cannot save a graph model; only layers models are supported');
            }
            const weights = joinBuffers(artifacts.weightData);
            const modelJson = {
                modelTopology: artifacts.modelTopology,
                format: artifacts.format ?? 'layers-model',
                generatedBy: artifacts.generatedBy,
                convertedBy: artifacts.convertedBy ?? null,
                weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
            };
            await mkdir(dir, { recursive: true });
            await atomicWrite(join(dir, WEIGHTS_BIN), new Uint8Array(weights));
            await atomicWrite(join(dir, MODEL_JSON), JSON.stringify(modelJson));
            return {
                modelArtifactsInfo: {
                    dateSaved: new Date(),
                    modelTopologyType: 'JSON',
                    modelTopologyBytes: JSON.stringify(artifacts.modelTopology).length,
                    weightSpecsBytes: JSON.stringify(artifacts.weightSpecs ?? []).length,
                    weightDataBytes: weights.byteLength,
                },
            };
        },
        async load() {
            const jsonPath = join(dir, MODEL_JSON);
            let modelJson;
            try {
                modelJson = JSON.parse(await readFile(jsonPath, 'utf8'));
            }
            catch (err) {
                throw new SequenceModelError(dir, `cannot read ${MODEL_JSON}`, {
                    cause: err,
                    hint: 'train one first: logward sequences train sessions.txt --model DIR',
                });
            }
            const manifest = modelJson.weightsManifest ?? [];
            const specs = manifest.flatMap((group) => group.weights);
            const parts = [];
            for (const group of manifest) {
                for (const path of group.paths) {
                    try {
                        parts.push(await readFile(join(dir, path)));
                    }
                    catch (err) {
                        throw new SequenceModelError(dir, `cannot read weights file ${path} named in ${MODEL_JSON}`, {
                            cause: err,
                            hint: 'copy the whole model directory, not only model.json',
                        });
                    }
                }
            }
            const all = Buffer.concat(parts);
            return {
                modelTopology: modelJson.modelTopology,
                format: modelJson.format,
                generatedBy: modelJson.generatedBy,
                convertedBy: modelJson.convertedBy,
                weightSpecs: specs,
                weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
            };
        },
    };
}
function joinBuffers(data) {
    if (data === undefined)
        return new ArrayBuffer(0);
    if (data instanceof ArrayBuffer)
        return data;
    const total = data.reduce((n, b) => n + b.byteLength, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const b of data) {
        out.set(new Uint8Array(b), at);
        at += b.byteLength;
    }
    return out.buffer;
}
/** Write-then-rename, so a crash never leaves a half-written model that loads into nonsense. */
async function atomicWrite(path, data) {
    await writeFile(`${path}.tmp`, data);
    await rename(`${path}.tmp`, path);
}

/**
 * A small seeded PRNG (mulberry32). Training must give the same weights for the same seed on every run,
 * so nothing in the sequence model may draw from Math.random().
 */
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Fisher–Yates shuffle in place, driven by `random`. */
function shuffleInPlace(items, random) {
    for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const a = items[i];
        items[i] = items[j];
        items[j] = a;
    }
    return items;
}
/** Derives independent sub-seeds (one per layer, per epoch…) from one user seed. */
function subSeed(seed, salt) {
    return mulberry32((seed * 1000003 + salt * 7919) >>> 0)() * 2 ** 31;
}

const DEFAULT_NEXT_KEY_CONFIG = {
    window: 10,
    embedding: 16,
    units: 32,
    epochs: 20,
    batchSize: 64,
    learningRate: 0.005,
};
class NextKeyModel {
    tf;
    model;
    config;
    vocabSize;
    constructor(tf, model, config, vocabSize) {
        this.tf = tf;
        this.model = model;
        this.config = config;
        this.vocabSize = vocabSize;
    }
    static build(tf, vocabSize, config, seed) {
        // Every initialiser is seeded: the same seed must give the same weights, byte for byte.
        const model = tf.sequential();
        model.add(tf.layers.dense({
            inputShape: [config.window, vocabSize],
            units: config.embedding,
            useBias: false,
            kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 1) }),
            name: 'embedding',
        }));
        model.add(tf.layers.lstm({
            units: config.units,
            kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 2) }),
            recurrentInitializer: tf.initializers.orthogonal({ seed: subSeed(seed, 3) }),
            name: 'lstm',
        }));
        model.add(tf.layers.dense({
            units: vocabSize,
            kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 4) }),
            name: 'next_key_logits',
        }));
        return model;
    }
    static async train(tf, sessions, vocabSize, config, seed, onEpoch) {
        const model = NextKeyModel.build(tf, vocabSize, config, seed);
        const pairs = distinctPairs(sessions, config.window);
        const optimizer = tf.train.adam(config.learningRate);
        const order = Array.from({ length: pairs.count }, (_, i) => i);
        const random = mulberry32(subSeed(seed, 5));
        const h = config.window;
        for (let epoch = 0; epoch < config.epochs; epoch++) {
            shuffleInPlace(order, random);
            let lossSum = 0;
            for (let start = 0; start < pairs.count; start += config.batchSize) {
                const batch = order.slice(start, start + config.batchSize);
                const b = batch.length;
                const xs = new Int32Array(b * h);
                const ys = new Int32Array(b);
                const ws = new Float32Array(b);
                batch.forEach((row, i) => {
                    xs.set(pairs.windows.subarray(row * h, row * h + h), i * h);
                    ys[i] = pairs.targets[row];
                    ws[i] = pairs.weights[row];
                });
                const loss = tf.tidy(() => {
                    const x = tf.oneHot(tf.tensor2d(xs, [b, h], 'int32'), vocabSize);
                    const y = tf.oneHot(tf.tensor1d(ys, 'int32'), vocabSize);
                    const w = tf.tensor1d(ws);
                    // Weighted sum over the batch divided by an average batch's weight (not this batch's): a batch of
                    // rare windows then moves the weights as little as those windows matter in the full data.
                    const norm = (pairs.totalWeight / pairs.count) * b;
                    const cost = optimizer.minimize(() => {
                        const logits = model.apply(x, { training: true });
                        return tf.losses
                            .softmaxCrossEntropy(y, logits, w, undefined, tf.Reduction.SUM)
                            .div(norm);
                    }, true);
                    return cost ? (cost.dataSync()[0] ?? 0) * norm : 0;
                });
                lossSum += loss;
            }
            onEpoch?.({ epoch: epoch + 1, epochs: config.epochs, loss: lossSum / pairs.totalWeight });
        }
        optimizer.dispose();
        return new NextKeyModel(tf, model, config, vocabSize);
    }
    /** Per session: the largest -log p(next key | window) over its steps, its end included. */
    surprise(sessions) {
        const h = this.config.window;
        const cache = new Map();
        const pending = [];
        const pendingKeys = [];
        for (const s of sessions) {
            forEachStep(s, h, (w) => {
                const key = w.join(',');
                if (!cache.has(key)) {
                    cache.set(key, EMPTY);
                    pending.push(w);
                    pendingKeys.push(key);
                }
            });
        }
        const chunk = 2048;
        for (let start = 0; start < pending.length; start += chunk) {
            const part = pending.slice(start, start + chunk);
            const flat = Int32Array.from(part.flat());
            const logProbs = this.tf.tidy(() => {
                const x = this.tf.oneHot(this.tf.tensor2d(flat, [part.length, h], 'int32'), this.vocabSize);
                return this.tf.logSoftmax(this.model.predict(x)).dataSync();
            });
            part.forEach((_, i) => {
                const v = this.vocabSize;
                cache.set(pendingKeys[start + i], logProbs.slice(i * v, i * v + v));
            });
        }
        return Float64Array.from(sessions, (s) => {
            let worst = 0;
            forEachStep(s, h, (w, target) => {
                // Unknown keys are judged by the scorer directly; the model has never seen one to predict it.
                if (target === UNK)
                    return;
                const lp = cache.get(w.join(','))[target];
                if (-lp > worst)
                    worst = -lp;
            });
            return worst;
        });
    }
    dispose() {
        this.model.dispose();
    }
}
const EMPTY = new Float32Array(0);
/** Calls `fn(window, target)` for every step of a session, the end marker included. */
function forEachStep(session, h, fn) {
    const steps = [...session, END];
    for (let i = 0; i < steps.length; i++) {
        const w = new Array(h);
        for (let j = 0; j < h; j++) {
            const at = i - h + j;
            w[j] = at < 0 ? PAD : steps[at];
        }
        fn(w, steps[i]);
    }
}
function distinctPairs(sessions, h) {
    const index = new Map();
    const windows = [];
    const targets = [];
    const weights = [];
    for (const s of sessions) {
        forEachStep(s, h, (w, target) => {
            const key = `${w.join(',')}>${target}`;
            const at = index.get(key);
            if (at !== undefined) {
                weights[at] = weights[at] + 1;
                return;
            }
            index.set(key, targets.length);
            windows.push(...w);
            targets.push(target);
            weights.push(1);
        });
    }
    return {
        windows: Int32Array.from(windows),
        targets: Int32Array.from(targets),
        weights: Float32Array.from(weights),
        count: targets.length,
        totalWeight: weights.reduce((a, b) => a + b, 0),
    };
}

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
const SCORER_JSON = 'scorer.json';
const DEFAULT_SEED = 20240601;
const DEFAULT_COUNT_SLACK = 0.1;
/** The next-key alarm level sits this far above the worst normal training session: room for held-out normals. */
const DEFAULT_SURPRISE_MARGIN = 1.5;
class SequenceScorer {
    vocabulary;
    counts;
    nextKey;
    meta;
    constructor(vocabulary, counts, nextKey, meta) {
        this.vocabulary = vocabulary;
        this.counts = counts;
        this.nextKey = nextKey;
        this.meta = meta;
    }
    get threshold() {
        return this.meta.threshold;
    }
    static async train(sessions, options = {}) {
        // Empty sessions say nothing about normal behaviour, and would make every key's lowest count zero.
        const usable = sessions.filter((s) => s.length > 0);
        if (usable.length === 0) {
            throw new SequenceModelError('(training)', 'no non-empty sessions to train on', {
                hint: 'the training file needs one normal session per line, event keys separated by spaces',
            });
        }
        const seed = options.seed ?? DEFAULT_SEED;
        const config = {
            ...DEFAULT_NEXT_KEY_CONFIG,
            ...options.nextKey,
            ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
        };
        const vocabulary = Vocabulary.fromSessions(usable);
        const encoded = usable.map((s) => vocabulary.encode(s));
        const counts = CountModel.fit(encoded, vocabulary.size, options.countSlack ?? DEFAULT_COUNT_SLACK);
        const { tf, backend } = await loadTf();
        const nextKey = await quietly(() => NextKeyModel.train(tf, encoded, vocabulary.size, config, seed, options.onEpoch));
        const surprise = await quietly(() => nextKey.surprise(encoded));
        const margin = options.surpriseMargin ?? DEFAULT_SURPRISE_MARGIN;
        const worst = surprise.reduce((a, b) => Math.max(a, b), 0);
        return new SequenceScorer(vocabulary, counts, nextKey, {
            seed,
            backend,
            trainingSessions: usable.length,
            threshold: 1,
            // A floor keeps a model that fits its training data perfectly from alarming on the tiniest surprise.
            surpriseThreshold: Math.max(worst, 1) * margin,
            surpriseMargin: margin,
        });
    }
    /** Scores sessions in order; `threshold` overrides the saved one (1: each component's own alarm level). */
    async score(sessions, threshold = this.meta.threshold) {
        const encoded = sessions.map((s) => this.vocabulary.encode(s));
        const surprise = await quietly(() => this.nextKey.surprise(encoded));
        return encoded.map((ids, i) => {
            const unknownKeys = ids.reduce((n, id) => n + (id === UNK ? 1 : 0), 0);
            const countExcess = this.counts.excess(ids);
            const s = surprise[i];
            const score = Math.max(unknownKeys > 0 ? 1 + unknownKeys : 0, countExcess > 0 ? 1 + countExcess : 0, s / this.meta.surpriseThreshold);
            return {
                anomalous: score > threshold,
                score: round(score),
                unknownKeys,
                countExcess,
                surprise: round(s),
            };
        });
    }
    async save(dir) {
        await quietly(() => this.nextKey.model.save(directoryHandler(dir)));
        const json = {
            format: 'logward-sequences',
            version: 1,
            ...this.meta,
            nextKey: this.nextKey.config,
            vocabulary: this.vocabulary.toJSON(),
            count: this.counts.toJSON(),
        };
        await atomicWrite(join(dir, SCORER_JSON), JSON.stringify(json, null, 1) + '\n');
    }
    static async load(dir) {
        let json;
        try {
            json = JSON.parse(await readFile(join(dir, SCORER_JSON), 'utf8'));
        }
        catch (err) {
            throw new SequenceModelError(dir, `cannot read ${SCORER_JSON}`, {
                cause: err,
                hint: 'point --model at a directory written by `logward sequences train`',
            });
        }
        if (json.format !== 'logward-sequences' || json.version !== 1) {
            throw new SequenceModelError(dir, `${SCORER_JSON} is not a logward sequence model (version 1)`, {
                hint: 'retrain it with this version of logward: logward sequences train FILE --model DIR',
            });
        }
        const { tf } = await loadTf();
        const model = await quietly(() => tf.loadLayersModel(directoryHandler(dir)));
        const vocabulary = Vocabulary.fromJSON(json.vocabulary);
        const { format: _f, version: _v, vocabulary: _voc, count, nextKey, ...meta } = json;
        return new SequenceScorer(vocabulary, CountModel.fromJSON(count), new NextKeyModel(tf, model, nextKey, vocabulary.size), meta);
    }
    dispose() {
        this.nextKey.dispose();
    }
}
/** Six significant digits: stable output across platforms' last-bit float differences, and readable. */
function round(x) {
    return Number(x.toPrecision(6));
}

export { DEFAULT_COUNT_SLACK, DEFAULT_SEED, DEFAULT_SURPRISE_MARGIN, SCORER_JSON, SequenceScorer };
