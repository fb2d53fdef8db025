import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { existsSync, readFileSync } from 'node:fs';
import { writeFile, rename } from 'node:fs/promises';
import { O as Option, E as ExitCode, C as ConfigError } from './index.js';
import { T as TemplateMiner, m as miningText } from './mining-text-Bkr20PUU.js';
import { i as ingest } from './ingest-BV5wyWY4.js';
import { R as RecordSpool } from './spool-1dq89pCD.js';
import { J as JsonlWriter } from './jsonl-writer-Djm3mkBz.js';
import 'node:crypto';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:process';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import './expand-inputs-EVvGJ3Wt.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:stream';
import 'node:zlib';
import './parser-DEMDJLvQ.js';
import 'node:buffer';
import './redact-DMW0fSiV.js';
import 'node:os';
import 'node:readline';

function registerMineCommand(program) {
    const command = program
        .command('mine')
        .description('Mine log templates: one JSON object per record (per input line with --framing line), in input order, with its stable templateId and template (variables as <*>).')
        .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
        .addOption(new Option('-o, --output <format>', 'jsonl: one object per record; templates: the template table')
        .choices(['jsonl', 'templates'])
        .default('jsonl'))
        .addOption(new Option('--state <file>', 'load the miner state from this file when it exists, and save it back afterwards'))
        .addOption(new Option('--match-only', 'only match against the loaded --state: never create or change a template (unknown lines get templateId null)'))
        .addHelpText('after', `
Every record is labelled with its final template: logward mines all records first, then matches each
one, so line 1 and line 1000 of the same event get the same id. Ids are derived from the template text,
so the same template has the same id on every run and machine.

Examples:
  $ logward mine app.log --framing line > templates.jsonl
  $ logward mine 'logs/*.log' --output templates
  $ logward mine new.log --state baseline-miner.json --match-only`);
    addSettingFlags(command, INGEST_KEYS);
    command.action(async (paths, opts) => {
        const { config, logger } = commandContext(opts, INGEST_KEYS, paths.length > 0 ? { paths } : {});
        if (config.paths.length === 0) {
            logger.error('no inputs: name log files, globs or directories, or `-` to read stdin');
            process.exitCode = ExitCode.usage;
            return;
        }
        const statePath = typeof opts.state === 'string' ? opts.state : undefined;
        if (opts.matchOnly && !(statePath && existsSync(statePath))) {
            throw new ConfigError('--match-only needs --state FILE with a saved miner state', {
                hint: 'mine the baseline first: logward mine baseline.log --state miner.json',
            });
        }
        const miner = statePath && existsSync(statePath)
            ? TemplateMiner.fromJSON(readFileSync(statePath, 'utf8'))
            : new TemplateMiner();
        const failed = [];
        const spool = new RecordSpool();
        try {
            for await (const batch of ingest({
                config,
                logger,
                onInputError: (err) => {
                    failed.push(err);
                    logger.error(err.message);
                },
            })) {
                if (!opts.matchOnly)
                    for (const r of batch)
                        miner.add(miningText(r));
                await spool.append(batch);
            }
            const out = new JsonlWriter(process.stdout);
            if (opts.output === 'templates') {
                for (const t of miner.templates())
                    await out.write({ templateId: t.id, template: t.template, count: t.count });
            }
            else {
                for await (const batch of spool.read()) {
                    for (const r of batch) {
                        const text = miningText(r);
                        const found = miner.match(text) ?? (opts.matchOnly ? undefined : miner.add(text));
                        await out.write({
                            templateId: found?.templateId ?? null,
                            template: found?.template ?? null,
                            line: r.log.file.line,
                        });
                    }
                }
            }
            await out.flush();
            if (statePath && !opts.matchOnly) {
                await writeFile(`${statePath}.tmp`, JSON.stringify(miner));
                await rename(`${statePath}.tmp`, statePath);
            }
        }
        finally {
            spool.dispose();
        }
        logger.info(`${miner.size} templates from ${spool.count} records`);
        if (failed.length > 0)
            process.exitCode = ExitCode.partialInput;
    });
}

export { registerMineCommand };
