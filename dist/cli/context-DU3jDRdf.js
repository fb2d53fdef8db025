import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { Q as settingInfo, i as coerceSetting, S as loadConfig, G as createLogger, H as stderrSink } from './logger-DezpSed9.js';
import { O as Option } from './index.js';

/**
 * Add the named settings as flags (`--max-record-bytes 2048`), generated from the schema so help texts
 * and names never drift from the config file and action inputs. List settings are repeatable flags.
 */
function addSettingFlags(command, keys) {
    for (const key of keys) {
        const info = settingInfo(key);
        if (!info)
            throw new Error(`unknown setting ${key}`);
        if (info.kind === 'boolean') {
            // `--store-records` / `--no-store-records`; neither given leaves the file or default in force.
            command.addOption(new Option(`--${key}`, info.description));
            command.addOption(new Option(`--no-${key}`, `do not: ${key}`));
            continue;
        }
        const placeholder = info.kind === 'number' ? 'n' : info.kind === 'list' ? 'value...' : 'value';
        const option = new Option(`--${key} <${placeholder}>`, info.description);
        if (info.values)
            option.choices(info.values);
        if (info.kind === 'list')
            option.argParser((v, prev) => [...(prev ?? []), v]);
        command.addOption(option);
    }
    command.addOption(new Option('--config <file>', 'config file (default: ./logward.yml when present)'));
    return command;
}
/** Commander's parsed options (camelCase) back to setting names, coerced to the schema's types. */
function settingOverrides(opts, keys) {
    const out = {};
    for (const key of keys) {
        const camel = key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
        const raw = opts[camel];
        if (raw === undefined)
            continue;
        out[key] = coerceSetting(settingInfo(key), raw);
    }
    return out;
}
/** Settings that shape how logs are read and parsed; shared by every command that reads logs. */
const INGEST_KEYS = [
    'framing',
    'max-record-bytes',
    'max-decompressed-bytes',
    'timezone',
    'service',
    'host',
    'redact-patterns',
    'secrets',
    'repository',
    'sha',
    'ref',
    'run-id',
    'job',
    'pr',
    'environment',
    'log-level',
];
/**
 * Where a baseline read from a store comes from (`elasticsearch:`, `hdfs:`, `lake:DIR`): which runs, and the
 * endpoints. Credentials are left to the config file and environment variables, never flags.
 */
const PAST_RUNS_KEYS = [
    'baseline-runs',
    'baseline-ref',
    'elasticsearch-url',
    'elasticsearch-index',
    'webhdfs-url',
    'webhdfs-root',
];

function commandContext(opts, keys, extra = {}) {
    const config = loadConfig({
        ...(typeof opts.config === 'string' ? { file: opts.config } : {}),
        overrides: { ...settingOverrides(opts, keys), ...extra },
        overridesSource: 'command line',
    });
    return { config, logger: createLogger(stderrSink, config['log-level']) };
}

export { INGEST_KEYS as I, PAST_RUNS_KEYS as P, addSettingFlags as a, commandContext as c };
