import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { a as InputError, O as Option, I as InvalidArgumentError, C as ConfigError } from './index.js';
import { readFile } from 'node:fs/promises';
import { DEFAULT_SEED, SequenceScorer } from './sequence-scorer-BqAZP8AV.js';
import { s as setTfDebugSink } from './tf-BEHzaUfd.js';
import { J as JsonlWriter } from './jsonl-writer-Djm3mkBz.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import 'node:url';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import 'node:crypto';

/**
 * Event keys are identifiers (`5`, `E22`, `tpl:3f9a`…). Anything else is far more likely a wrong file (a raw
 * log, JSON, CSV) than a key, and scoring it would quietly give nonsense, so it is refused.
 */
const KEY = /^[A-Za-z0-9_.:#@/-]{1,128}$/;
/**
 * Parses a sessions file: one session per line, event keys separated by spaces or tabs. A blank line is an
 * empty session (it still gets its own output line, so output line N always answers input line N).
 */
function parseSessions(text, path) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const keys = line.split(/[ \t]+/).filter((k) => k !== '');
        for (const key of keys) {
            if (!KEY.test(key)) {
                const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
                throw new InputError(path, `line ${i + 1}: ${JSON.stringify(shown)} is not an event key`, {
                    hint: 'each line must be one session: event keys (letters, digits, _ . : # @ / -) separated by spaces',
                });
            }
        }
        return keys;
    });
}
async function readSessions(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (err) {
        throw new InputError(path, `cannot read sessions file (${err.code ?? 'error'})`, {
            cause: err,
            hint: 'pass a text file with one session per line, event keys separated by spaces',
        });
    }
    return parseSessions(text, path);
}

const LOG_KEYS = ['log-level'];
function registerSequencesCommand(program, io = {}) {
    const sequences = program
        .command('sequences')
        .description('Learn what normal sessions of event keys look like, and score new sessions against it.')
        .addHelpText('after', `
FILE has one session per line: event keys (log-key or template ids) separated by spaces. A blank line is
an empty session. Training uses normal sessions only; no labels are needed.

Examples:
  $ logward sequences train normal.txt --model models/hdfs
  $ logward sequences score new.txt --model models/hdfs > scores.jsonl
  $ logward sequences score new.txt --model ml-models/hdfs-sequences --output table`);
    const train = sequences
        .command('train')
        .description('Train a sequence model on normal sessions and save it to --model DIR.')
        .argument('<file>', 'normal sessions, one per line, event keys separated by spaces')
        .requiredOption('--model <dir>', 'directory to write the model to (model.json, weights.bin, scorer.json)')
        .option('--seed <n>', 'seed for initialisation and shuffling: the same seed gives the same model', int, DEFAULT_SEED)
        .option('--epochs <n>', 'training epochs of the next-key model', int)
        .addHelpText('after', `
Examples:
  $ logward sequences train ../shared/data/hdfs-sessions/train_normal.txt --model models/hdfs
  $ logward sequences train normal.txt --model models/ci --seed 7 --epochs 30`);
    addSettingFlags(train, LOG_KEYS);
    train.action(async (file, opts) => {
        await trainCommand(file, opts, resolveIo(io, opts));
    });
    const score = sequences
        .command('score')
        .description('Score sessions with a trained model: one result per input line, in order.')
        .argument('<file>', 'sessions to score, one per line, event keys separated by spaces')
        .requiredOption('--model <dir>', 'directory of a model written by `logward sequences train`')
        .addOption(new Option('-o, --output <format>', 'jsonl: one JSON object per line; table: for people')
        .choices(['jsonl', 'table'])
        .default('jsonl'))
        .option('--threshold <x>', "flag sessions whose score exceeds this (default: the model's own, 1)", float)
        .addHelpText('after', `
Each result has "anomalous" (boolean) and "score" (higher = more anomalous; above 1 is anomalous by
default), with the evidence behind it: unknownKeys, countExcess and surprise.

Examples:
  $ logward sequences score sessions.txt --model ml-models/hdfs-sequences > scores.jsonl
  $ logward sequences score sessions.txt --model models/ci --threshold 1.5 --output table`);
    addSettingFlags(score, LOG_KEYS);
    score.action(async (file, opts) => {
        await scoreCommand(file, opts, resolveIo(io, opts));
    });
}
async function trainCommand(file, opts, io) {
    const sessions = await readSessions(file);
    const started = Date.now();
    let last = started;
    io.logger.info(`training on ${sessions.length} sessions from ${file} (seed ${opts.seed})`);
    const scorer = await SequenceScorer.train(sessions, {
        seed: opts.seed,
        ...(opts.epochs === undefined ? {} : { epochs: opts.epochs }),
        onEpoch: ({ epoch, epochs, loss }) => {
            // CI logs get a line every few seconds, not one per epoch, and never a silent minute.
            const now = Date.now();
            if (now - last >= io.progressMs || epoch === epochs) {
                last = now;
                io.logger.info(`train: epoch ${epoch}/${epochs}, loss ${loss.toFixed(4)}, ${seconds(started)} s`);
            }
        },
    });
    await scorer.save(opts.model);
    io.logger.info(`saved model to ${opts.model}: ${scorer.vocabulary.keys.length} keys, backend ${scorer.meta.backend}, ${seconds(started)} s`);
    scorer.dispose();
}
async function scoreCommand(file, opts, io) {
    if (opts.threshold !== undefined && !(opts.threshold >= 0)) {
        throw new ConfigError(`--threshold must be a number ≥ 0, got ${opts.threshold}`, {
            hint: 'scores are scaled so that 1 is the model’s own alarm level; try 1.5 for fewer alarms',
        });
    }
    const sessions = await readSessions(file);
    const scorer = await SequenceScorer.load(opts.model);
    const started = Date.now();
    const results = await scorer.score(sessions, opts.threshold);
    scorer.dispose();
    const out = new JsonlWriter(io.stdout);
    let flagged = 0;
    for (const [i, r] of results.entries()) {
        if (r.anomalous)
            flagged++;
        if (opts.output === 'table') {
            const mark = r.anomalous ? 'ANOMALY' : 'ok';
            io.stdout.write(`${String(i + 1).padStart(6)}  ${mark.padEnd(7)}  ${r.score.toFixed(3).padStart(8)}  unknown=${r.unknownKeys} countExcess=${r.countExcess} surprise=${r.surprise.toFixed(2)}\n`);
        }
        else {
            await out.write({ line: i + 1, anomalous: r.anomalous, score: r.score, ...evidence(r) });
        }
    }
    await out.flush();
    io.logger.info(`scored ${results.length} sessions from ${file}: ${flagged} anomalous (${seconds(started)} s)`);
}
function evidence(r) {
    return { unknownKeys: r.unknownKeys, countExcess: r.countExcess, surprise: r.surprise };
}
function resolveIo(io, opts) {
    const logger = io.logger ?? commandContext(opts, LOG_KEYS).logger;
    // tfjs' own console chatter goes to --log-level debug, never to the CI log.
    setTfDebugSink((m) => logger.debug(m));
    return { stdout: io.stdout ?? process.stdout, logger, progressMs: io.progressMs ?? 5000 };
}
function seconds(since) {
    return ((Date.now() - since) / 1000).toFixed(1);
}
function int(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    return n;
}
function float(value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new InvalidArgumentError('expected a number ≥ 0');
    return n;
}

export { registerSequencesCommand, scoreCommand, trainCommand };
