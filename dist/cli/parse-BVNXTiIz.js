import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { O as Option, E as ExitCode } from './index.js';
import { c as createProgress } from './progress-Bmp1ztJ5.js';
import { i as ingest } from './ingest-BV5wyWY4.js';
import { f as formatRecordRow } from './console-table-CxQgp6U_.js';
import { J as JsonlWriter } from './jsonl-writer-Djm3mkBz.js';
import { d as detectCiContext } from './ci-context-DcX3teIv.js';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import './parser-DEMDJLvQ.js';
import './expand-inputs-EVvGJ3Wt.js';
import 'node:fs/promises';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:stream';
import 'node:zlib';
import 'node:buffer';
import './redact-DMW0fSiV.js';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import 'node:crypto';

function registerParseCommand(program) {
    const command = program
        .command('parse')
        .description('Read logs (files, globs, directories, gz, `-` for stdin), frame, redact and parse them into ECS records.')
        .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
        .addOption(new Option('-o, --output <format>', 'jsonl: one JSON record per line; table: for people')
        .choices(['jsonl', 'table'])
        .default('jsonl'))
        .addHelpText('after', `
Examples:
  $ logward parse 'logs/**/*.log' --output table
  $ kubectl logs deploy/api | logward parse - --service api > records.jsonl
  $ logward parse app.log --framing line --timezone Europe/Berlin`);
    addSettingFlags(command, INGEST_KEYS);
    command.action(async (paths, opts) => {
        const { config, logger } = commandContext(opts, INGEST_KEYS, paths.length > 0 ? { paths } : {});
        if (config.paths.length === 0) {
            logger.error('no inputs: name log files, globs or directories, or `-` to read stdin (or set `paths` in logward.yml)');
            process.exitCode = ExitCode.usage;
            return;
        }
        const failed = [];
        const writer = new JsonlWriter(process.stdout);
        const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        const progress = createProgress({
            label: 'parse',
            enabled: opts.output === 'jsonl' || !process.stdout.isTTY,
        });
        let records = 0;
        let sources = 0;
        const started = Date.now();
        for await (const batch of ingest({
            config,
            logger,
            ci: detectCiContext(process.env, config),
            onInputError: (err) => {
                failed.push(err);
                logger.error(err.hint ? `${err.message} (${err.hint})` : err.message);
            },
            onSourceDone: () => sources++,
            onProgress: (bytes, n) => progress.update(bytes, n),
        })) {
            records += batch.length;
            for (const record of batch) {
                if (opts.output === 'table')
                    process.stdout.write(formatRecordRow(record, { color, width: process.stdout.columns }) + '\n');
                else
                    await writer.write(record);
            }
        }
        await writer.flush();
        progress.done();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        logger.info(`parsed ${records.toLocaleString('en-US')} records from ${sources} input${sources === 1 ? '' : 's'} in ${seconds} s` +
            (failed.length > 0
                ? `; ${failed.length} input${failed.length === 1 ? '' : 's'} could not be read (see above)`
                : ''));
        if (failed.length > 0)
            process.exitCode = ExitCode.partialInput;
    });
}

export { registerParseCommand };
