import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { O as Option, E as ExitCode } from './index.js';
import { e as expandInputs } from './expand-inputs-EVvGJ3Wt.js';
import 'node:fs/promises';
import 'node:stream';
import 'node:zlib';
import { p as parseTestReports, t as toToolOutput, b as allCases } from './index-IbjIDQ2Q.js';
import { c as createRedactor } from './redact-DMW0fSiV.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:util';
import 'node:buffer';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import 'node:crypto';

/** Terminal view of `logward junit`: a row per file, the totals, then each failing test with its reason. */
function renderTestTable(output, failing, options) {
    const red = (s) => (options.color ? `\x1b[31m${s}\x1b[0m` : s);
    const green = (s) => (options.color ? `\x1b[32m${s}\x1b[0m` : s);
    const dim = (s) => (options.color ? `\x1b[90m${s}\x1b[0m` : s);
    const header = ['tests', 'passed', 'failed', 'errored', 'skipped'];
    const width = Math.min(60, Math.max(4, ...output.files.map((f) => f.path.length)));
    const row = (name, counts) => `${name.length > width ? '…' + name.slice(-(width - 1)) : name.padEnd(width)}  ${counts.map((n) => String(n).padStart(7)).join(' ')}`;
    const lines = [dim(`${'report'.padEnd(width)}  ${header.map((h) => h.padStart(7)).join(' ')}`)];
    for (const f of output.files) {
        lines.push(f.error
            ? `${row(f.path, [0, 0, 0, 0, 0])}  ${red('unreadable')}`
            : row(f.path, [f.tests, f.passed, f.failed, f.errored, f.skipped]));
    }
    const t = output.totals;
    lines.push(row('total', [t.tests, t.passed, t.failed, t.errored, t.skipped]));
    lines.push('');
    if (failing.length === 0) {
        lines.push(t.tests > 0 ? green(`all ${t.tests - t.skipped} tests that ran passed`) : 'no tests found');
    }
    else {
        lines.push(red(`${failing.length} failing test${failing.length === 1 ? '' : 's'}:`));
        for (const c of failing) {
            const where = c.file ? ` (${c.file}${c.line ? `:${c.line}` : ''})` : '';
            const name = c.className && !c.name.startsWith(c.className) ? `${c.className} › ${c.name}` : c.name;
            lines.push(`  ${red(c.status === 'errored' ? '!' : '✗')} ${name}${dim(where)}`);
            const message = (c.message ?? c.stackTrace ?? '').split('\n').find((l) => l.trim() !== '');
            if (message)
                lines.push(`      ${message.trim().slice(0, 300)}`);
        }
    }
    return lines.join('\n') + '\n';
}

const KEYS = ['max-decompressed-bytes', 'redact-patterns', 'secrets', 'log-level'];
function registerJunitCommand(program) {
    const command = program
        .command('junit')
        .description('Parse test reports (JUnit XML and dialects, TRX, NUnit) and print their counts and failures.')
        .argument('<files...>', 'report files or globs')
        .addOption(new Option('-o, --output <format>', 'json: the tool contract (counts per file and totals); table: for people')
        .choices(['json', 'table'])
        .default('table'))
        .addOption(new Option('--fail-on-failures', 'exit 1 when any test failed or errored'))
        .addHelpText('after', `
Output (--output json):
  {"files":[{"path","tests","passed","failed","errored","skipped","error"?}],"totals":{...}}
  tests = passed + failed + errored + skipped; a file that is not a test report gets "error" and zero counts.

Examples:
  $ logward junit 'build/test-results/**/*.xml'
  $ logward junit reports/*.xml --output json | jq .totals`);
    addSettingFlags(command, KEYS);
    command.action(async (patterns, opts) => {
        const { config, logger } = commandContext(opts, KEYS);
        const { inputs, errors: missing } = await expandInputs(patterns, { logger });
        const paths = inputs.filter((i) => i.kind === 'file').map((i) => i.path);
        const parsed = await parseTestReports(paths, { maxDecompressedBytes: config['max-decompressed-bytes'] });
        const output = toToolOutput(paths, parsed);
        // Missing files and empty globs are files that failed too: list them with their error.
        for (const err of missing) {
            output.files.push({
                path: err.path,
                tests: 0,
                passed: 0,
                failed: 0,
                errored: 0,
                skipped: 0,
                error: err.message,
            });
        }
        const redactor = createRedactor({
            patterns: [...config['redact-patterns']],
            secrets: [...config.secrets],
        });
        for (const file of output.files)
            if (file.error)
                file.error = redactor.redact(file.error).text;
        if (opts.output === 'json') {
            process.stdout.write(JSON.stringify(output) + '\n');
        }
        else {
            const failing = parsed.reports.flatMap((report) => [...allCases(report)]
                .map(({ testCase }) => testCase)
                .filter((c) => c.status === 'failed' || c.status === 'errored')
                .map((c) => ({
                ...c,
                message: c.message === undefined ? undefined : redactor.redact(c.message).text,
                stackTrace: c.stackTrace === undefined ? undefined : redactor.redact(c.stackTrace).text,
                report: report.path,
            })));
            process.stdout.write(renderTestTable(output, failing, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
        }
        for (const file of output.files)
            if (file.error)
                logger.warn(file.error);
        const unreadable = output.files.some((f) => f.error);
        const failed = output.totals.failed + output.totals.errored > 0;
        if (opts.failOnFailures && failed)
            process.exitCode = ExitCode.verdictFailed;
        else if (unreadable)
            process.exitCode = ExitCode.partialInput;
    });
}

export { registerJunitCommand };
