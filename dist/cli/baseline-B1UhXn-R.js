import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { O as Option, C as ConfigError, I as InvalidArgumentError } from './index.js';
import { p as parsePastRunsLocation, o as openPastRuns, n as noPastRuns, a as pastRunFilter, b as baselineRuns, c as runsFromPaths, d as learnBaseline, e as sessionSettings, f as saveBaseline } from './index-C1LjAFtr.js';
import { s as setTfDebugSink } from './tf-BEHzaUfd.js';
import { p as plural, f as formatCount } from './parser-DEMDJLvQ.js';
import { d as detectCiContext } from './ci-context-DcX3teIv.js';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS, P as PAST_RUNS_KEYS } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import './mining-text-Bkr20PUU.js';
import 'node:crypto';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import 'node:fs/promises';
import './record-DDFyZkeT.js';
import './client-CIH8O2p4.js';
import 'node:http';
import 'node:https';
import 'node:stream';
import './retry-CQdCV2e0.js';
import 'node:timers/promises';
import './spool-1dq89pCD.js';
import 'node:os';
import 'node:readline';
import './reader-Jegfsww6.js';
import 'node:zlib';
import './time-spec-0F7VOSkE.js';
import './partition-DchxXmCP.js';
import './expand-inputs-EVvGJ3Wt.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './ingest-BV5wyWY4.js';
import 'node:buffer';
import './redact-DMW0fSiV.js';
import 'node:url';

const KEYS = ['session-field', 'session-regex', ...INGEST_KEYS, ...PAST_RUNS_KEYS];
/** `logward baseline learn`: learn what passing runs look like once, for `analyze --baseline DIR`. */
function registerBaselineCommand(program) {
    const baseline = program
        .command('baseline')
        .description('Learn a baseline model from passing runs, for `analyze --baseline DIR`.');
    const learn = baseline
        .command('learn')
        .description('Learn from passing runs: template vocabulary, per-template frequencies per run, error rate per minute, and (with sessions) a sequence model; saved to --model DIR.')
        .argument('[paths...]', 'passing runs: each directory, file or glob match is one run; or a store: elasticsearch:, hdfs:[/ROOT], lake:DIR')
        .addOption(new Option('--from-lake <dir>', 'read the runs from a local lake (a `store` directory, e.g. .logward): grouped by ci.run_id, else by day and service'))
        .addOption(new Option('--from-elasticsearch', 'read the runs from the indices `consume` writes (elasticsearch-url, elasticsearch-index)'))
        .addOption(new Option('--from-hdfs [root]', 'read the runs from the HDFS lake (webhdfs-url; root default: webhdfs-root)'))
        .requiredOption('--model <dir>', 'directory to write the model to (baseline.json and sequences-*/)')
        .option('--seed <n>', 'seed of the sequence model: the same seed gives the same model', int)
        .option('--epochs <n>', 'training epochs of the sequence model', int)
        .addHelpText('after', `
Each run's records are mined with one miner (the vocabulary); per run, templates are counted per slice of
50 records (the frequency test) and errors per minute (the burst test). With --session-field or
--session-regex, records are grouped into sessions (a trace, request or block id) and, given at least 20
sessions, a sequence model (TensorFlow.js) is trained on them.

Examples:
  $ logward baseline learn 'examples/runs/pass-*/logs' --model .logward/baseline
  $ logward analyze examples/runs/failing/logs --baseline .logward/baseline
  $ logward baseline learn --from-lake .logward --model models/shop --session-field trace.id
  $ logward baseline learn 'hdfs/normal-*.log' --model models/hdfs --session-regex '(blk_-?\\d+)'`);
    addSettingFlags(learn, KEYS);
    learn.action(async (paths, opts) => {
        const { config, logger } = commandContext(opts, KEYS);
        setTfDebugSink((m) => logger.debug(m));
        const stores = [
            ...(opts.fromLake ? [`lake:${opts.fromLake}`] : []),
            ...(opts.fromElasticsearch ? ['elasticsearch:'] : []),
            ...(opts.fromHdfs === undefined
                ? []
                : [typeof opts.fromHdfs === 'string' ? `hdfs:${opts.fromHdfs}` : 'hdfs:']),
        ];
        const named = [...paths, ...stores];
        const locations = named.map(parsePastRunsLocation);
        const location = locations.find((l) => l !== undefined);
        if (location && named.length > 1) {
            throw new ConfigError('name one store (--from-lake, --from-elasticsearch, --from-hdfs) or log paths, not both', {
                hint: 'logward baseline learn PATHS… --model DIR, or logward baseline learn --from-elasticsearch --model DIR',
            });
        }
        if (named.length === 0) {
            throw new ConfigError('nothing to learn from: name the logs of passing runs, or a store', {
                hint: "e.g. logward baseline learn 'runs/pass-*/logs' --model .logward/baseline, or --from-lake .logward",
            });
        }
        let runs;
        let source;
        let dispose = async () => { };
        if (location) {
            const ci = detectCiContext(process.env, config);
            const past = await openPastRuns(location, config, ci);
            ({ runs, source } = past);
            dispose = past.dispose;
            if (runs.length === 0) {
                await dispose();
                throw noPastRuns(source, pastRunFilter(config, ci));
            }
        }
        else {
            const found = await baselineRuns({ baseline: paths, paths: [] });
            runs = runsFromPaths(found, config, logger);
            source = paths.join(', ');
            if (runs.length === 0) {
                throw new ConfigError(`no runs found in ${source}`, {
                    hint: 'check the paths and quote globs so logward expands them',
                });
            }
        }
        const started = Date.now();
        let learned;
        try {
            learned = await learnBaseline(runs, {
                source,
                session: sessionSettings(config),
                ...(opts.seed === undefined ? {} : { seed: opts.seed }),
                ...(opts.epochs === undefined ? {} : { epochs: opts.epochs }),
                onProgress: (phase, run, i, total) => logger.info(phase === 'train'
                    ? `training the sequence model on ${run}`
                    : `${phase} ${i + 1}/${total}: ${run}`),
            });
        }
        finally {
            await dispose();
        }
        await saveBaseline(learned, opts.model);
        if (learned.sequences && 'scorer' in learned.sequences)
            learned.sequences.scorer.dispose();
        const records = learned.runs.reduce((n, r) => n + r.records, 0);
        const sessions = learned.runs.reduce((n, r) => n + r.sessions, 0);
        const model = learned.sequences
            ? `sequence model on ${plural(sessions, 'session')}`
            : learned.sequencesNote
                ? `no sequence model: ${learned.sequencesNote}`
                : 'no sessions (no --session-field or --session-regex)';
        process.stdout.write(`baseline: ${plural(learned.runs.length, 'run')}, ${formatCount(records)} records, ${plural(learned.miner.size, 'template')}; ${model} → ${opts.model} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    });
}
function int(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    return n;
}

export { registerBaselineCommand };
