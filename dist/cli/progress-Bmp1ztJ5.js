import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { a as formatBytes } from './parser-DEMDJLvQ.js';

function createProgress(options) {
    const stream = options.stream ?? process.stderr;
    const enabled = options.enabled ?? true;
    const tty = Boolean(stream.isTTY);
    const now = options.now ?? Date.now;
    const interval = tty ? 100 : (options.lineIntervalMs ?? 5000);
    const started = now();
    let last = started;
    let shown = false;
    let bytes = 0;
    let records = 0;
    const render = (final) => {
        const seconds = Math.max((now() - started) / 1000, 0.001);
        const rate = `${(bytes / 1048576 / seconds).toFixed(1)} MiB/s`;
        const pct = options.totalBytes ? Math.min(100, (bytes / options.totalBytes) * 100) : undefined;
        const counts = `${formatBytes(bytes)}, ${records.toLocaleString('en-US')} records, ${rate}`;
        if (tty) {
            const width = 24;
            const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
            const bar = pct === undefined
                ? ''
                : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct.toFixed(0).padStart(3)}% `;
            stream.write(`\r${options.label} ${bar}${counts}\x1b[K${final ? '\n' : ''}`);
        }
        else {
            const p = pct === undefined ? '' : `${pct.toFixed(0)}% `;
            stream.write(`${options.label}: ${p}${counts}${final ? ' (done)' : ''}\n`);
        }
        shown = true;
    };
    return {
        update(b, r) {
            bytes = b;
            records = r;
            if (!enabled)
                return;
            const t = now();
            if (t - last >= interval && (shown || t - started >= (tty ? 500 : interval))) {
                last = t;
                render(false);
            }
        },
        done() {
            if (enabled && shown)
                render(true);
        },
    };
}

export { createProgress as c };
