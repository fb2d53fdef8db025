import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { existsSync } from 'node:fs';
import { O as Option, C as ConfigError } from './index.js';
import { L as LEVELS } from './record-DDFyZkeT.js';
import { f as formatRecordRow } from './console-table-CxQgp6U_.js';
import { J as JsonlWriter } from './jsonl-writer-Djm3mkBz.js';
import { i as indexPath, a as StoreNotFoundError, t as toFtsQuery, S as SearchIndex } from './search-index-DNADCYAD.js';
import { p as parseTimeSpec } from './time-spec-0F7VOSkE.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:process';
import './record-id-C-QpKwJj.js';
import 'node:crypto';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import 'node:fs/promises';

const KEYS = ['store', 'log-level'];
const COUNT_FIELDS = ['level', 'service', 'template', 'host'];
/** Repeatable flags that also take comma lists: `--level error --level warn` = `--level error,warn`. */
const collect = (value, previous) => [
    ...(previous ?? []),
    ...value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
];
function registerSearchCommand(program) {
    const command = program
        .command('search')
        .description('Search the records `analyze` stored (full text over message and stack trace), newest first.')
        .argument('[query...]', 'search text (words are joined with spaces); none: list what the filters select')
        .addOption(new Option('-l, --level <levels>', 'only these levels (repeatable or comma list; `warn+`: warn and above)').argParser(collect))
        .addOption(new Option('-s, --service <names>', 'only these services (repeatable or comma list)').argParser(collect))
        .addOption(new Option('--since <time>', 'from this time: ISO date or timestamp (UTC), or ago: 15m, 2h, 3d'))
        .addOption(new Option('--until <time>', 'before this time, same forms as --since'))
        .addOption(new Option('-t, --template <id>', 'only records of this template id (`logward.template_id`)'))
        .addOption(new Option('-n, --limit <n>', 'at most this many records').default(50))
        .addOption(new Option('--offset <n>', 'skip this many records first (next page)').default(0))
        .addOption(new Option('--sort <order>', 'time: newest first; rank: best match first')
        .choices(['time', 'rank'])
        .default('time'))
        .addOption(new Option('--count-by <field>', 'print how many records per value (the top --limit values) instead of the records').choices([...COUNT_FIELDS]))
        .addOption(new Option('-o, --output <format>', 'table: for people (colours on a terminal); jsonl: one record per line')
        .choices(['table', 'jsonl'])
        .default('table'))
        .addHelpText('after', `
Query language:
  words              all must match: connection refused
  "a phrase"         the words in this order: "connection refused"
  prefix*            any word starting so: conn*
  AND  OR  NOT  ( )  upper case; NOT alone excludes: NOT healthcheck
  Punctuation inside a word searches it as a phrase: 10.0.0.1, foo-bar, user:alice.

Examples:
  $ logward search 'connection refused' --level error,fatal --since 2h
  $ logward search 'conn* AND NOT healthcheck' --service api --output jsonl | jq -r .message
  $ logward search 10.0.0.1 --since 2024-05-01 --until 2024-05-02
  $ logward search --level warn+ --limit 20
  $ logward search --count-by template --level error
  $ logward search timeout --store ci-store`);
    addSettingFlags(command, KEYS);
    command.action(async (words, opts) => {
        const { config, logger } = commandContext(opts, KEYS);
        const query = words.join(' ');
        const filters = readFilters(opts);
        const limit = wholeNumber(opts.limit, '--limit');
        const offset = wholeNumber(opts.offset, '--offset');
        const file = indexPath(config.store);
        if (!existsSync(file)) {
            throw new StoreNotFoundError(config.store, 'no logward store here (index.sqlite is missing)', {
                hint: 'run `logward analyze <logs>` first to build it, or point --store at a store directory',
            });
        }
        for (const warning of toFtsQuery(query).warnings)
            logger.warn(`query: ${warning}`);
        const index = SearchIndex.open(file, { readOnly: true });
        try {
            if (typeof opts.countBy === 'string') {
                const rows = index.countBy(opts.countBy, { ...filters, query, limit });
                await printCounts(rows, opts.output === 'jsonl');
                return;
            }
            const hits = index.search(query, {
                ...filters,
                limit,
                offset,
                order: opts.sort === 'rank' ? 'rank' : 'time',
            });
            if (opts.output === 'jsonl')
                await printJsonl(hits);
            else
                printTable(hits);
            summarize(logger, hits.length, offset, () => index.count(query, filters));
        }
        finally {
            index.close();
        }
    });
}
/** The filter flags, validated: a wrong value is a usage error (exit 2) naming the flag. */
function readFilters(opts, now = new Date()) {
    const filters = {};
    if (Array.isArray(opts.level))
        filters.levels = expandLevels(opts.level);
    if (Array.isArray(opts.service))
        filters.services = opts.service;
    if (typeof opts.template === 'string')
        filters.templateId = opts.template;
    const since = typeof opts.since === 'string' ? timeFlag(opts.since, '--since', now) : undefined;
    const until = typeof opts.until === 'string' ? timeFlag(opts.until, '--until', now) : undefined;
    if (since && until && since >= until)
        throw new ConfigError('--since must be before --until', { hint: 'swap them, or widen the range' });
    if (since)
        filters.since = since;
    if (until)
        filters.until = until;
    return filters;
}
/** `error` → [error]; `warn+` → warn and every level above it. */
function expandLevels(values) {
    const out = new Set();
    for (const raw of values) {
        const value = raw.toLowerCase();
        const atLeast = value.endsWith('+');
        const name = (atLeast ? value.slice(0, -1) : value);
        const at = LEVELS.indexOf(name);
        if (at < 0)
            throw new ConfigError(`--level: unknown level ${JSON.stringify(raw)}`, {
                hint: `use ${LEVELS.join(', ')} (add + for that level and above, e.g. warn+)`,
            });
        for (const level of atLeast ? LEVELS.slice(at) : [name])
            out.add(level);
    }
    return [...out];
}
function timeFlag(text, flag, now) {
    const time = parseTimeSpec(text, now);
    if (!time)
        throw new ConfigError(`${flag}: cannot read ${JSON.stringify(text)} as a time`, {
            hint: 'use an ISO date or timestamp (2024-05-01, 2024-05-01T10:00:00Z) or a time ago (15m, 2h, 3d)',
        });
    return time;
}
/** A flag's whole number: the default arrives as a number, a given value as text. */
function wholeNumber(value, flag) {
    const text = String(value).trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n))
        throw new ConfigError(`${flag} must be a whole number, got ${JSON.stringify(value)}`, {
            hint: `e.g. ${flag} 100`,
        });
    return n;
}
async function printJsonl(hits) {
    const writer = new JsonlWriter(process.stdout);
    for (const hit of hits)
        await writer.write(hit.record);
    await writer.flush();
}
/** The `parse --output table` row, then where the record is (`path:line`), dimmed on a terminal. */
function printTable(hits) {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    for (const { record } of hits) {
        const where = `${record.log.file.path}:${record.log.file.line}`;
        const width = process.stdout.columns ? Math.max(60, process.stdout.columns - where.length - 2) : undefined;
        const row = formatRecordRow(record, { color, ...(width ? { width } : {}) });
        process.stdout.write(`${row}  ${color ? `\x1b[2m${where}\x1b[0m` : where}\n`);
    }
}
async function printCounts(rows, jsonl) {
    if (jsonl) {
        const writer = new JsonlWriter(process.stdout);
        for (const row of rows)
            await writer.write(row);
        await writer.flush();
        return;
    }
    const width = Math.max(5, ...rows.map((r) => r.count.toLocaleString('en-US').length));
    for (const row of rows) {
        const count = row.count.toLocaleString('en-US').padStart(width);
        const label = row.label ? `  ${row.label.split('\n')[0]}` : '';
        process.stdout.write(`${count}  ${row.value ?? '(none)'}${label}\n`);
    }
}
/** On stderr, so stdout stays records only: how many were shown of how many match, and how to page. */
function summarize(logger, shown, offset, total) {
    if (shown === 0 && offset === 0) {
        logger.info('no records match');
        return;
    }
    const all = total();
    const more = offset + shown < all ? `; --offset ${offset + shown} for more` : '';
    logger.info(`${shown.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} matching records${more}`);
}

export { readFilters, registerSearchCommand };
