import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { S as ServiceError, C as ConfigError, d as describeError, O as Option, E as ExitCode } from './index.js';
import { c as clip, h as html, r as raw, n as niceMax, b as bucketLabel, a as boundaryLabel, f as formatDuration, d as formatTimestamp, t as testTitle, e as flakyKind, g as flakyEvidence, s as spanSeconds, i as regroupHistogram, j as shortRef, k as shortSha, l as fallbackHeadline, m as testLocation, o as safeHref, p as clipLines, q as countLines, u as renderSummaryMarkdown, v as cleanText, w as tidyBlankLines, x as mdLink, y as mdText, z as mdCode, A as table, B as firstLine, C as fence, D as details, E as htmlText, F as analyzeRun } from './render-summary-5gJthAzx.js';
import { mkdir, writeFile, rename, rm, open, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { f as formatCount, p as plural, a as formatBytes } from './parser-DEMDJLvQ.js';
import { c as createProgress } from './progress-Bmp1ztJ5.js';
import { randomBytes, createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync as readFileSync$1 } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { L as LakeError } from './reader-Jegfsww6.js';
import { R as RAW_DIR, p as parseDayDir, a as parseServiceDir, d as dayOf, b as partitionPath, c as partitionOf } from './partition-DchxXmCP.js';
import { S as SearchIndex, i as indexPath } from './search-index-DNADCYAD.js';
import { d as detectCiContext } from './ci-context-DcX3teIv.js';
import { tmpdir } from 'node:os';
import { existsSync, readFileSync } from 'fs';
import { EOL } from 'os';
import require$$2 from 'http';
import require$$3 from 'https';
import 'net';
import require$$1 from 'tls';
import require$$0$1 from 'events';
import 'assert';
import require$$0 from 'util';
import { r as requireUndici } from './index-BRabQE79.js';
import { p as parseRetryAfter, r as retry } from './retry-CQdCV2e0.js';
import 'node:timers/promises';
import { Readable, Transform } from 'node:stream';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS, P as PAST_RUNS_KEYS } from './context-DU3jDRdf.js';
import 'node:child_process';
import 'node:process';
import './record-DDFyZkeT.js';
import './ingest-BV5wyWY4.js';
import './expand-inputs-EVvGJ3Wt.js';
import 'path';
import 'url';
import 'module';
import 'node:buffer';
import './redact-DMW0fSiV.js';
import './spool-1dq89pCD.js';
import 'node:readline';
import './index-IbjIDQ2Q.js';
import 'node:util';
import './mining-text-Bkr20PUU.js';
import './logger-DezpSed9.js';
import 'process';
import 'buffer';
import './index-C1LjAFtr.js';
import './client-CIH8O2p4.js';
import 'node:http';
import 'node:https';
import './time-spec-0F7VOSkE.js';
import './record-id-C-QpKwJj.js';
import 'node:assert';
import 'node:net';
import 'node:querystring';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';

const pct$1 = (n) => `${Math.round(n * 1000) / 1000}%`;
/**
 * The run's errors per histogram bucket with the burst's window shaded and the baseline's expected level as
 * a dashed line: where the burst sits in the run, and how far above normal it is.
 */
function burstSvg(histogram, burst, id) {
    if (!histogram.start || histogram.buckets === 0)
        return '';
    const errors = new Array(histogram.buckets).fill(0);
    for (const level of ['error', 'fatal'])
        histogram.series[level]?.forEach((n, i) => (errors[i] = (errors[i] ?? 0) + n));
    const start = Date.parse(histogram.start);
    const span = histogram.buckets * histogram.bucketSeconds * 1000;
    const x = (t) => Math.min(100, Math.max(0, ((t - start) / span) * 100));
    const bursts = (Date.parse(burst.end) - Date.parse(burst.start)) / 1000 / burst.bucketSeconds;
    // The baseline's expectation in errors per histogram bucket (the burst test's buckets may differ).
    const expected = (burst.expected / Math.max(1, bursts)) * (histogram.bucketSeconds / burst.bucketSeconds);
    const max = niceMax(Math.max(1, ...errors, expected));
    const height = 90;
    const y = (n) => 10 + height - (n / max) * height;
    const slot = 100 / histogram.buckets;
    const bars = errors.map((n, i) => n === 0
        ? ''
        : html `<rect
          class="f-error"
          x="${pct$1(i * slot + slot * 0.1)}"
          width="${pct$1(slot * 0.8)}"
          y="${y(n)}"
          height="${10 + height - y(n)}"
          ><title>${`${formatCount(n)} errors`}</title></rect
        >`);
    const from = x(Date.parse(burst.start));
    const to = x(Date.parse(burst.end));
    return html `<svg
    class="chart burst"
    width="100%"
    height="${height + 30}"
    role="img"
    aria-labelledby="${id}-t"
  >
    <title id="${id}-t">
      ${`Errors over the run; the burst from ${burst.start.slice(11, 19)} to ${burst.end.slice(11, 19)} UTC is shaded; the dashed line is the baseline's expected level`}
    </title>
    <rect
      class="band"
      x="${pct$1(from)}"
      width="${pct$1(Math.max(0.5, to - from))}"
      y="6"
      height="${height + 4}"
    />
    ${raw(bars.map(String))}
    <line class="expected" x1="0" x2="100%" y1="${y(expected)}" y2="${y(expected)}" />
    <line class="axis" x1="0" x2="100%" y1="${10 + height}" y2="${10 + height}" />
    <text class="tick" x="0" y="${height + 26}">${histogram.start.slice(11, 16)} UTC</text>
    <text class="tick" x="100%" y="${height + 26}" text-anchor="end">
      max ${formatCount(max)} errors per bar
    </text>
  </svg>`;
}
/** Shifted templates: the baseline's rate and this run's, per 1,000 records, as two bars each. */
function shiftBarsSvg(shifts, id) {
    if (shifts.length === 0)
        return '';
    const max = Math.max(...shifts.flatMap((s) => [s.rate, s.baselineRate])) || 1;
    const row = 52;
    const rows = shifts.map((s, i) => {
        const top = i * row;
        const bar = (rate, dy, cls, label) => html `<rect class="track" x="0" y="${top + dy}" width="100%" height="9" rx="2" /><rect
          class="${cls}"
          x="0"
          y="${top + dy}"
          width="${pct$1(Math.max(0.5, (rate / max) * 85))}"
          height="9"
          rx="2"
        /><text class="lbl num" x="${pct$1(Math.max(0.5, (rate / max) * 85) + 1)}" y="${top + dy + 9}"
          >${`${label} ${(rate * 1000).toPrecision(3)}`}</text
        >`;
        return html `<g
      ><title>
        ${`${s.template}: ${(s.baselineRate * 1000).toPrecision(3)} → ${(s.rate * 1000).toPrecision(3)} per 1,000 records`}</title
      ><text class="lbl" x="0" y="${top + 12}">${clip(s.template.replace(/\s+/g, ' '), 110)}</text
      >${bar(s.baselineRate, 18, 'f-info', 'baseline')}${bar(s.rate, 31, s.rate > s.baselineRate ? 'f-error' : 'f-debug', 'this run')}</g
    >`;
    });
    return html `<svg
    class="chart bars"
    width="100%"
    height="${shifts.length * row}"
    role="img"
    aria-labelledby="${id}-t"
  >
    <title id="${id}-t">Template rates per 1,000 records, baseline against this run</title>
    ${raw(rows.map(String))}
  </svg>`;
}

/**
 * The report's only script: filter boxes over long tables. It reads nothing from the analysis (all data is
 * in the escaped markup), so no log text ever reaches JavaScript. Without it the page works the same,
 * minus the boxes, which stay hidden until the `js` class is set.
 */
const REPORT_SCRIPT = `
document.documentElement.classList.add('js');
document.querySelectorAll('input[data-filter]').forEach(function (input) {
  var table = document.getElementById(input.getAttribute('data-filter'));
  if (!table || !table.tBodies[0]) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var status = document.getElementById(input.getAttribute('aria-describedby'));
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var hit = q === '' || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !hit;
      if (hit) shown++;
    });
    if (status) status.textContent = q === '' ? '' : shown + ' of ' + rows.length + ' rows match';
  });
});
`;

/**
 * The report's stylesheet, inlined in the page: system fonts only (a web font would be a network request),
 * colours as custom properties so one `prefers-color-scheme` block switches the whole page and its charts.
 */
const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --faint: #818b98; --border: #d1d9e0; --soft: #f6f8fa;
  --link: #0969da; --code: #f6f8fa;
  --fail: #d1242f; --fail-fg: #ffffff; --fail-soft: #ffebe9; --fail-line: #ff818266;
  --warn: #bf8700; --warn-fg: #1f2328; --warn-soft: #fff8c5;
  --pass: #1a7f37; --pass-fg: #ffffff; --pass-soft: #dafbe1;
  --lv-fatal: #8c0d1c; --lv-error: #e5534b; --lv-warn: #e3a008; --lv-notice: #1b9aaa;
  --lv-info: #6e9fd6; --lv-debug: #a5b0bc; --lv-trace: #d0d7de;
  --o-passed: #2da44e; --o-failed: #e5534b; --o-errored: #8c0d1c; --o-skipped: #afb8c1;
  --mono: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --faint: #6e7681; --border: #30363d; --soft: #151b23;
    --link: #4493f8; --code: #151b23;
    --fail: #da3633; --fail-fg: #ffffff; --fail-soft: #2d1517; --fail-line: #f8514940;
    --warn: #d29922; --warn-fg: #0d1117; --warn-soft: #272115;
    --pass: #238636; --pass-fg: #ffffff; --pass-soft: #12261e;
    --lv-fatal: #ff9492; --lv-error: #f85149; --lv-warn: #d29922; --lv-notice: #39c5cf;
    --lv-info: #4a7fc1; --lv-debug: #59636e; --lv-trace: #3d444d;
    --o-passed: #2ea043; --o-failed: #f85149; --o-errored: #ff9492; --o-skipped: #59636e;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
}
a { color: var(--link); text-underline-offset: 2px; }
code, pre, .mono { font-family: var(--mono); font-size: 13px; }
pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Verdict: the first thing on the page, colour plus an icon plus the word. */
.verdict { border-bottom: 1px solid var(--border); padding: 22px 0 20px; }
.verdict.v-fail { background: var(--fail-soft); border-top: 6px solid var(--fail); }
.verdict.v-warn { background: var(--warn-soft); border-top: 6px solid var(--warn); }
.verdict.v-pass { background: var(--pass-soft); border-top: 6px solid var(--pass); }
.run { margin: 0 0 10px; color: var(--muted); font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.run b { color: var(--fg); font-weight: 600; }
.verdict h1 { margin: 0; font-size: 26px; line-height: 1.25; font-weight: 650; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.pill { display: inline-block; padding: 3px 12px 4px; border-radius: 999px; font-size: 15px; font-weight: 750; letter-spacing: .06em; white-space: nowrap; position: relative; top: -3px; }
.v-fail .pill { background: var(--fail); color: var(--fail-fg); }
.v-warn .pill { background: var(--warn); color: var(--warn-fg); }
.v-pass .pill { background: var(--pass); color: var(--pass-fg); }
.headline { overflow-wrap: anywhere; }
.reasons { margin: 10px 0 0; padding-left: 20px; font-size: 15px; }
.reasons li { margin: 2px 0; overflow-wrap: anywhere; }
.gate { margin: 12px 0 0; font-size: 14px; color: var(--muted); }
.gate b { color: var(--fg); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 10px; margin: 18px 0 0; }
.stat { background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 8px 12px; }
.stat dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.stat dd { margin: 0; font-size: 22px; font-weight: 650; font-variant-numeric: tabular-nums; }
.stat dd small { font-size: 13px; font-weight: 400; color: var(--muted); }
.stat.bad { border-color: var(--fail); box-shadow: inset 3px 0 0 var(--fail); }
.stat.bad dd { color: var(--fail); }
.stat.meh { border-color: var(--warn); box-shadow: inset 3px 0 0 var(--warn); }

nav.toc { border-bottom: 1px solid var(--border); background: var(--soft); font-size: 13px; }
nav.toc ul { list-style: none; margin: 0; padding: 8px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
nav.toc a { text-decoration: none; }
nav.toc .n { color: var(--muted); font-variant-numeric: tabular-nums; }

main { padding-bottom: 40px; }
section { margin-top: 34px; }
h2 { font-size: 20px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
h2 .count { font-size: 14px; font-weight: 500; color: var(--muted); }
h3 { font-size: 16px; margin: 22px 0 8px; }
p { margin: 8px 0; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 14px; }
.more { color: var(--muted); font-size: 13px; font-style: italic; margin-top: 8px; }
.empty { color: var(--muted); padding: 10px 14px; border: 1px dashed var(--border); border-radius: 8px; }

/* Tags: level and status words, so colour is never the only signal. */
.tag { display: inline-block; font: 600 11px/1 var(--mono); letter-spacing: .03em; text-transform: uppercase; padding: 4px 6px; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; vertical-align: 1px; }
.tag.failed, .tag.error { color: var(--fail); }
.tag.errored, .tag.fatal { color: var(--lv-fatal); }
.tag.warn { color: var(--warn); }
.tag.info { color: var(--muted); }
.finding { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; margin: 0 0 12px; }
.finding h3 { font-size: 16px; margin: 0 0 6px; }
.finding p { margin: 0 0 6px; }
.evidence { margin: 4px 0; padding-left: 20px; font-size: 13px; overflow-wrap: anywhere; }
.chart .band { fill: var(--warn-soft); stroke: var(--warn); stroke-width: 1; }
.chart .expected { stroke: var(--muted); stroke-dasharray: 4 3; }
.tag.new { color: var(--bg); background: var(--link); border-color: var(--link); }
.tag.info, .tag.notice, .tag.debug, .tag.trace { color: var(--muted); }

/* Tables */
.scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 8px 12px; border-bottom: 1px solid var(--border); }
thead th { background: var(--soft); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
tbody tr:last-child > * { border-bottom: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tname { font-weight: 600; overflow-wrap: anywhere; }
.tclass { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.where { font-family: var(--mono); font-size: 13px; overflow-wrap: anywhere; }
td pre.msg { color: var(--fg); max-height: 12em; overflow: auto; }
tr.t-failed > td:first-child { box-shadow: inset 3px 0 0 var(--fail); }
tr.t-errored > td:first-child { box-shadow: inset 3px 0 0 var(--lv-fatal); }
details { margin-top: 6px; }
summary { cursor: pointer; color: var(--link); font-size: 13px; }
details pre { margin-top: 6px; padding: 10px 12px; background: var(--code); border: 1px solid var(--border); border-radius: 6px; max-height: 28em; overflow: auto; }
.filter { margin: 0 0 10px; display: none; }
.js .filter { display: block; }
.filter input { width: 100%; max-width: 360px; padding: 7px 10px; font: inherit; font-size: 14px; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; }

/* Root causes */
.cause { border: 1px solid var(--border); border-radius: 8px; margin: 0 0 18px; overflow: hidden; }
.cause > header { padding: 10px 14px; background: var(--soft); border-bottom: 1px solid var(--border); }
.cause h3 { margin: 0; font-size: 15px; font-family: var(--mono); font-weight: 600; overflow-wrap: anywhere; }
.cause .meta { font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 14px; margin-top: 2px; }
.cause .msg { padding: 10px 14px 0; font-weight: 600; overflow-wrap: anywhere; }
.cause .body { padding: 0 14px 12px; }
.ctx { margin-top: 10px; border: 1px solid var(--border); border-radius: 6px; background: var(--code); overflow-x: auto; }
.ctx table { font: 12.5px/1.55 var(--mono); }
.ctx td { border: 0; padding: 0 10px 0 0; }
.ctx td.ln { color: var(--faint); text-align: right; padding-left: 10px; user-select: none; width: 1%; white-space: nowrap; }
.ctx td.lv { width: 1%; white-space: nowrap; color: var(--faint); font-size: 11px; text-transform: uppercase; }
.ctx td.lv.error, .ctx td.lv.fatal { color: var(--fail); }
.ctx td.lv.warn { color: var(--warn); }
.ctx td.tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.ctx tr.focus td { background: var(--fail-line); font-weight: 600; }
.ctx tr.focus td.ln { box-shadow: inset 3px 0 0 var(--fail); color: var(--fg); }
.ctx tr.focus td.ln::before { content: '▶ '; color: var(--fail); }

/* Cards of counts */
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 0 0 14px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; }
.card dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.card dd { margin: 0; font-size: 20px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card dd small { display: block; font-size: 12px; font-weight: 400; color: var(--muted); }

/* Charts */
figure { margin: 0 0 16px; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
svg.chart { display: block; overflow: hidden; }
svg.chart text { font: 11px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif; fill: var(--muted); paint-order: stroke; stroke: var(--bg); stroke-width: 3px; stroke-linejoin: round; }
svg.chart text.cap { font-weight: 600; fill: var(--fg); font-size: 12px; }
svg.chart .grid { stroke: var(--border); stroke-dasharray: 3 3; }
svg.chart .axis { stroke: var(--faint); }
svg.bars text.lbl { font: 13px var(--mono); fill: var(--fg); }
svg.bars text.num { font-weight: 700; }
svg.bars text.lvl { fill: var(--muted); font-size: 11px; }
svg.bars .track { fill: var(--soft); }
svg.outcome { border-radius: 4px; }
.chartbox + * { margin-top: 16px; }
.chartbox { border: 1px solid var(--border); border-radius: 8px; padding: 14px 14px 10px; }
.legend { list-style: none; padding: 0; margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.legend b { font-variant-numeric: tabular-nums; }
.sw { width: 11px; height: 11px; border-radius: 3px; display: inline-block; }
${['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace']
    .map((l) => `.f-${l} { fill: var(--lv-${l}); } .sw.f-${l} { background: var(--lv-${l}); }`)
    .join('\n')}
${['passed', 'failed', 'errored', 'skipped']
    .map((o) => `.f-${o} { fill: var(--o-${o}); } .sw.f-${o} { background: var(--o-${o}); }`)
    .join('\n')}

.unreadable { border: 1px solid var(--warn); background: var(--warn-soft); border-radius: 8px; padding: 10px 14px; }
.unreadable ul { margin: 6px 0 0; padding-left: 20px; }
.unreadable li { overflow-wrap: anywhere; }
footer.foot { border-top: 1px solid var(--border); color: var(--muted); font-size: 12px; padding: 14px 0 30px; }

/* Phones: tables of failing tests and templates become stacked cards, each cell labelled. */
@media (max-width: 700px) {
  body { font-size: 14px; }
  .wrap { padding: 0 14px; }
  .verdict h1 { font-size: 21px; gap: 8px; }
  .stats { grid-template-columns: repeat(2, 1fr); }
  .stat dd { font-size: 19px; }
  table.cards-sm, table.cards-sm tbody, table.cards-sm tr, table.cards-sm td { display: block; width: 100%; }
  table.cards-sm thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards-sm tr { border-bottom: 1px solid var(--border); padding: 8px 0; }
  table.cards-sm tbody tr:last-child { border-bottom: 0; }
  table.cards-sm td { border: 0; padding: 3px 12px; text-align: left; }
  table.cards-sm td[data-label]::before { content: attr(data-label); display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
  table.cards-sm td.num { white-space: normal; }
  table.cards-sm td.inl { display: inline-block; width: auto; padding-right: 0; font-weight: 650; }
  table.cards-sm td.inl.num::after { content: ' ×'; font-weight: 400; color: var(--muted); }
}
@media print { details > *:not(summary) { display: block; } .filter { display: none !important; } }
`;

/*
 * Inline SVG charts. Horizontal positions are percentages and vertical ones pixels, with no viewBox: the
 * charts stretch to any width while their text keeps its size, so they stay readable on a phone. Colours come
 * from CSS classes (`f-<level>`), so the light and dark schemes apply, and every chart has a <title> and a
 * <desc> plus visible labels, so colour is never the only signal.
 */
const pct = (n) => `${Math.round(n * 1000) / 1000}%`;
const px = (n) => String(Math.round(n * 100) / 100);
/** Bottom of the stack first: the severe levels sit on the axis, where even a few records stay visible. */
const STACK_ORDER = ['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace'];
const PROBLEM_LEVELS = new Set(['fatal', 'error', 'warn']);
/**
 * Records over time as stacked bars by level. When the logs hold warnings or errors among other levels, a
 * second panel shows those alone on their own scale: a spike of 20 errors among 50,000 info lines is what
 * the reader is looking for, and it would be a sliver on the shared scale.
 */
function histogramSvg(tb, id) {
    const levels = STACK_ORDER.filter((l) => tb.series.some((s) => s.level === l));
    const problem = levels.filter((l) => PROBLEM_LEVELS.has(l));
    const panels = [{ caption: 'All records', top: 22, height: 130, levels }];
    if (problem.length > 0 && problem.length < levels.length) {
        panels.push({ caption: 'Warnings and errors only (own scale)', top: 186, height: 64, levels: problem });
    }
    const last = panels[panels.length - 1];
    const axisY = last.top + last.height + 18;
    const height = axisY + 6;
    const counts = new Map(tb.series.map((s) => [s.level, s.counts]));
    const slot = 100 / Math.max(1, tb.buckets);
    const gap = Math.min(slot * 0.25, 0.35);
    const panelMarkup = panels.map((p) => {
        const sums = tb.totals.map((_, i) => p.levels.reduce((a, l) => a + (counts.get(l)?.[i] ?? 0), 0));
        const max = niceMax(Math.max(0, ...sums));
        const y = (n) => p.top + p.height - (n / max) * p.height;
        // Tick labels sit at the right end of their grid line, out of the way of the panel caption.
        const ticks = [max, ...(Number.isInteger(max / 2) && max > 1 ? [max / 2] : [])];
        const grid = ticks.map((t) => html `<line class="grid" x1="0" x2="100%" y1="${px(y(t))}" y2="${px(y(t))}" /><text
            class="tick"
            x="100%"
            dx="-2"
            y="${px(y(t) - 4)}"
            text-anchor="end"
            >${formatCount(t)}</text
          >`);
        const bars = sums.map((sum, i) => {
            if (sum === 0)
                return '';
            let base = p.top + p.height;
            const rects = p.levels.map((l) => {
                const n = counts.get(l)?.[i] ?? 0;
                if (n === 0)
                    return '';
                // A bucket with records never disappears: at least one pixel per level present.
                const h = Math.max(1, (n / max) * p.height);
                base -= h;
                return html `<rect
          class="f-${l}"
          x="${pct(i * slot + gap / 2)}"
          width="${pct(slot - gap)}"
          y="${px(base)}"
          height="${px(h)}"
        />`;
            });
            const parts = p.levels.map((l) => [l, counts.get(l)?.[i] ?? 0]).filter(([, n]) => n > 0);
            const tip = `${bucketLabel(tb, i)}: ${parts.map(([l, n]) => `${l} ${formatCount(n)}`).join(', ')}`;
            return html `<g><title>${tip}</title>${raw(rects.map(String))}</g>`;
        });
        return html `<text class="cap" x="0" y="${p.top - 8}">${p.caption}</text>${raw(grid)}<line
        class="axis"
        x1="0"
        x2="100%"
        y1="${p.top + p.height}"
        y2="${p.top + p.height}"
      />${raw(bars.map(String))}`;
    });
    const marks = [0, Math.round(tb.buckets / 2), tb.buckets].filter((v, i, a) => a.indexOf(v) === i);
    const axis = marks.map((m) => {
        const anchor = m === 0 ? 'start' : m === tb.buckets ? 'end' : 'middle';
        return html `<text class="tick" x="${pct(m * slot)}" y="${axisY}" text-anchor="${anchor}"
      >${boundaryLabel(tb, m)}</text
    >`;
    });
    const peak = tb.totals.indexOf(Math.max(...tb.totals));
    const title = `Log records over time by level, ${formatDuration(tb.bucketSeconds)} per bar`;
    const desc = `${plural(tb.buckets, 'bar')} from ${boundaryLabel(tb, 0)} to ${boundaryLabel(tb, tb.buckets)}${tb.start !== undefined ? ' UTC' : ''}. ` +
        tb.series.map((s) => `${s.level}: ${formatCount(s.total)}`).join(', ') +
        (peak >= 0 ? `. Busiest: ${bucketLabel(tb, peak)} with ${formatCount(tb.totals[peak])} records.` : '');
    return html `<svg
    class="chart histogram"
    width="100%"
    height="${height}"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">${title}</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(panelMarkup.map(String))}${raw(axis.map(String))}
  </svg>`;
}
/** The most frequent error templates as horizontal bars, the count and text above each bar. */
function templateBarsSvg(templates, id) {
    const max = Math.max(1, ...templates.map((t) => t.count));
    const row = 38;
    const countWidth = 8 * Math.max(2, formatCount(max).length);
    const rows = templates.map((t, i) => {
        const top = i * row;
        const label = `${t.new ? 'NEW · ' : ''}${clip(t.template.replace(/\s+/g, ' '), 110)}`;
        // Fixed columns (pixels) for count and level, so the template texts line up whatever the counts.
        return html `<g
      ><title>${`${formatCount(t.count)} × ${t.level}: ${t.template}`}</title
      ><text class="lbl num" x="${countWidth}" y="${top + 14}" text-anchor="end">${formatCount(t.count)}</text
      ><text class="lbl lvl" x="${countWidth + 10}" y="${top + 14}">${t.level.toUpperCase()}</text
      ><text class="lbl" x="${countWidth + 58}" y="${top + 14}">${label}</text
      ><rect class="track" x="0" y="${top + 21}" width="100%" height="8" rx="2" /><rect
        class="f-${t.level}"
        x="0"
        y="${top + 21}"
        width="${pct(Math.max(0.5, (t.count / max) * 100))}"
        height="8"
        rx="2"
    /></g>`;
    });
    const desc = templates.map((t) => `${formatCount(t.count)}: ${clip(t.template, 80)}`).join('; ');
    return html `<svg
    class="chart bars"
    width="100%"
    height="${templates.length * row}"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">Most frequent error templates by count</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(rows.map(String))}
  </svg>`;
}
const OUTCOMES = [
    ['passed', 'passed'],
    ['failed', 'failed'],
    ['errored', 'errored'],
    ['skipped', 'skipped'],
];
/** One stacked bar of test outcomes; the legend beside it (in the page) names each part with its count. */
function testOutcomeSvg(tests, id) {
    const total = Math.max(1, tests.passed + tests.failed + tests.errored + tests.skipped);
    // Failures stay visible next to thousands of passes: every part gets a minimum width, then all are
    // scaled back to fill exactly 100%.
    const widths = OUTCOMES.map(([key]) => (tests[key] > 0 ? Math.max(1, (tests[key] / total) * 100) : 0));
    const scale = 100 /
        Math.max(1, widths.reduce((a, b) => a + b, 0));
    let x = 0;
    const parts = OUTCOMES.map(([key, cls], i) => {
        const n = tests[key];
        if (n <= 0)
            return '';
        const w = widths[i] * scale;
        const rect = html `<rect class="f-${cls}" x="${pct(x)}" width="${pct(w)}" y="0" height="14"
      ><title>${`${key}: ${formatCount(n)}`}</title></rect
    >`;
        x += w;
        return rect;
    });
    const desc = OUTCOMES.map(([key]) => `${key} ${formatCount(tests[key])}`).join(', ');
    return html `<svg
    class="chart outcome"
    width="100%"
    height="14"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">Test outcomes</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(parts.map(String))}
  </svg>`;
}

/**
 * Row caps: the page must open fast on a phone even for a run with 10,000 failing tests. Whatever is cut
 * is counted on the page; report.json has the rest.
 */
const MAX_FAILING = 300;
const MAX_FLAKY = 100;
const MAX_ROOT_CAUSES$1 = 30;
const MAX_CONTEXT_LINES = 80;
const MAX_LINE_CHARS = 2000;
const MAX_TEMPLATES = 50;
const MAX_TEMPLATE_BARS = 10;
const MAX_INPUT_ROWS = 300;
const MAX_REASONS$1 = 20;
const MAX_HISTOGRAM_BARS = 120;
const MESSAGE_PREVIEW = { lines: 6, chars: 800 };
const STACK = { lines: 100, chars: 8000 };
/** What the page allows itself: nothing from the network, only its own inline style and script. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const VERDICT$1 = {
    fail: { word: 'FAIL', icon: '✗', colour: '%23d1242f' },
    warn: { word: 'WARN', icon: '!', colour: '%23bf8700' },
    pass: { word: 'PASS', icon: '✓', colour: '%231a7f37' },
};
/**
 * report.html: one self-contained page (inline CSS, inline SVG, a few lines of inline JS, no URL it would
 * load), most important first: verdict, failing tests, root causes, counts, error templates, new templates,
 * timeline, inputs. Every string of the analysis is escaped by the `html` tag.
 */
function renderHtmlReport(analysis) {
    const v = VERDICT$1[analysis.verdict] ?? VERDICT$1.fail;
    const sections = [
        testsSection(analysis),
        findingsSection(analysis),
        rootCausesSection(analysis),
        logsSection(analysis),
        templatesSection(analysis),
        newTemplatesSection(analysis),
        timelineSection(analysis),
        inputsSection(analysis),
    ].filter((s) => s !== undefined);
    const title = [
        `${v.word}`,
        analysis.ci.repository,
        [analysis.ci.workflow, analysis.ci.job].filter(Boolean).join(' / '),
    ]
        .filter(Boolean)
        .join(' · ');
    // The tab icon is the verdict's colour: a data: URL, which the policy allows, so no favicon request.
    const icon = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='${v.colour}'/%3E%3C/svg%3E`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="logward">
${html `<title>logward · ${title}</title>`}
<link rel="icon" href="${icon}">
<style>${REPORT_CSS}</style>
</head>
<body>
${verdictHeader(analysis)}
${toc(sections)}
<main class="wrap">
${sections.map((s) => s.markup).join('\n')}
</main>
${html `<footer class="foot"><div class="wrap">Generated by logward on ${formatTimestamp(analysis.generatedAt)} · report format v${analysis.version} · This page is self-contained and loads nothing from the network.</div></footer>`}
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
function section(id, label, body, count, countText) {
    const shown = countText ?? (count === undefined ? undefined : formatCount(count));
    const heading = html `<h2 id="h-${id}">
    ${label}${shown === undefined ? '' : raw(html ` <span class="count">${shown}</span>`)}
  </h2>`;
    return {
        id,
        label,
        ...(count === undefined ? {} : { count }),
        markup: html `<section id="${id}" aria-labelledby="h-${id}">${heading}${raw(String(body))}</section>`,
    };
}
function more$1(left, one, many = `${one}s`) {
    if (left <= 0)
        return '';
    return html `<p class="more">
    …and ${formatCount(left)} more ${left === 1 ? one : many}, not shown here (report.json has them).
  </p>`;
}
function tag(word, cls = word) {
    return html `<span class="tag ${cls}">${word}</span>`;
}
function errorsOf(a) {
    return (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0);
}
function verdictHeader(a) {
    const verdict = a.verdict in VERDICT$1 ? a.verdict : 'fail';
    const v = VERDICT$1[verdict];
    const ci = a.ci;
    const runBits = [];
    if (ci.repository)
        runBits.push(html `<span><b>${ci.repository}</b></span>`);
    const wf = [ci.workflow, ci.job].filter(Boolean).join(' / ');
    if (wf)
        runBits.push(html `<span>${wf}</span>`);
    if (ci.run_id)
        runBits.push(html `<span>run ${ci.run_id}${ci.run_attempt ? `.${ci.run_attempt}` : ''}</span>`);
    if (ci.pr !== undefined)
        runBits.push(html `<span>PR #${ci.pr}</span>`);
    else if (ci.ref)
        runBits.push(html `<span>${shortRef(ci.ref)}</span>`);
    if (ci.sha)
        runBits.push(html `<span class="mono" title="${ci.sha}">${shortSha(ci.sha)}</span>`);
    if (ci.environment)
        runBits.push(html `<span>env ${ci.environment}</span>`);
    runBits.push(html `<span>${formatTimestamp(a.generatedAt)}</span>`);
    const [headline = fallbackHeadline(a), ...rest] = a.reasons;
    const shown = rest.slice(0, MAX_REASONS$1);
    const gate = a.failed
        ? html `<p class="gate"><b>This run fails the step</b> (fail-on: <code>${a.failOn}</code>).</p>`
        : html `<p class="gate">The step does not fail (fail-on: <code>${a.failOn}</code>).</p>`;
    const t = a.tests;
    const bad = t.failed + t.errored;
    const errors = errorsOf(a);
    const warnings = a.logs.byLevel.warn ?? 0;
    const stats = [
        t.tests > 0
            ? html `<div class="stat${bad > 0 ? ' bad' : ''}">
          <dt>Failing tests</dt>
          <dd>${formatCount(bad)} <small>of ${formatCount(t.tests)}</small></dd>
        </div>`
            : html `<div class="stat">
          <dt>Tests</dt>
          <dd>— <small>no reports</small></dd>
        </div>`,
        html `<div class="stat${errors > 0 ? ' bad' : ''}">
      <dt>Log errors</dt>
      <dd>${formatCount(errors)}</dd>
    </div>`,
        html `<div class="stat${warnings > 0 ? ' meh' : ''}">
      <dt>Warnings</dt>
      <dd>${formatCount(warnings)}</dd>
    </div>`,
    ];
    if (a.baseline) {
        const n = a.baseline.newTemplates.length;
        stats.push(html `<div class="stat${n > 0 ? ' bad' : ''}">
        <dt>New templates</dt>
        <dd>${formatCount(n)}</dd>
      </div>`);
    }
    stats.push(html `<div class="stat">
      <dt>Log records</dt>
      <dd>${formatCount(a.logs.records)}</dd>
    </div>`);
    if (a.inputs.unreadable.length > 0) {
        stats.push(html `<div class="stat meh">
        <dt>Unreadable inputs</dt>
        <dd>${formatCount(a.inputs.unreadable.length)}</dd>
      </div>`);
    }
    return html `<header class="verdict v-${verdict}">
    <div class="wrap">
      <p class="run">${raw(runBits.map(String).join(''))}</p>
      <h1>
        <span class="pill"><span aria-hidden="true">${v.icon}</span> ${v.word}</span>
        <span class="headline">${clip(headline, 600)}</span>
      </h1>
      ${shown.length > 0
        ? raw(html `<ul class="reasons">
                ${raw(shown.map((r) => String(html `<li>${clip(r, 600)}</li>`)))}
              </ul>`)
        : ''}
      ${rest.length > shown.length ? more$1(rest.length - shown.length, 'reason') : ''} ${gate}
      <dl class="stats">${raw(stats.map(String))}</dl>
    </div>
  </header>`;
}
function toc(sections) {
    const items = sections.map((s) => html `<li>
        <a href="#${s.id}">${s.label}</a
        >${s.count === undefined ? '' : raw(html ` <span class="n">${formatCount(s.count)}</span>`)}
      </li>`);
    return html `<nav class="toc" aria-label="Sections">
    <div class="wrap">
      <ul>
        ${raw(items.map(String))}
      </ul>
    </div>
  </nav>`;
}
function filterBox(tableId, label) {
    return html `<div class="filter">
    <label class="sr-only" for="${tableId}-q">${label}</label
    ><input
      id="${tableId}-q"
      type="search"
      placeholder="${label}"
      data-filter="${tableId}"
      aria-describedby="${tableId}-s"
      autocomplete="off"
    /><span id="${tableId}-s" class="note" role="status"></span>
  </div>`;
}
function legend(items) {
    return html `<ul class="legend">
    ${raw(items.map((i) => String(html `<li><span class="sw f-${i.cls}" aria-hidden="true"></span>${i.label} <b>${formatCount(i.n)}</b></li>`)))}
  </ul>`;
}
function testsSection(a) {
    const t = a.tests;
    const bad = t.failed + t.errored;
    const parts = [];
    if (t.tests === 0 && t.failing.length === 0) {
        parts.push(html `<p class="empty">No test results: no test report was read, or the reports held no tests.</p>`);
    }
    else {
        parts.push(html `<div class="chartbox">
        ${testOutcomeSvg(t, 'chart-tests')}${legend([
            { cls: 'passed', label: 'passed', n: t.passed },
            { cls: 'failed', label: 'failed', n: t.failed },
            { cls: 'errored', label: 'errored', n: t.errored },
            { cls: 'skipped', label: 'skipped', n: t.skipped },
        ])}
      </div>`);
        if (t.failing.length === 0) {
            parts.push(html `<p>All ${formatCount(t.tests - t.skipped)} tests that ran passed.</p>`);
        }
        else {
            const shown = t.failing.slice(0, MAX_FAILING);
            parts.push(shown.length > 8 ? filterBox('failing-table', 'Filter failing tests') : '', html `<div class="scroll">
          <table id="failing-table" class="cards-sm">
            <caption class="sr-only">
              Failing tests, with where they are and why they failed
            </caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Test</th>
                <th scope="col">Where</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              ${raw(shown.map((f) => String(failingRow(f))))}
            </tbody>
          </table>
        </div>`, more$1(t.failing.length - shown.length, 'failing test'));
            if (bad > t.failing.length) {
                parts.push(html `<p class="note">
            The reports count ${formatCount(bad)} failing tests; the analysis kept the first
            ${formatCount(t.failing.length)}.
          </p>`);
            }
        }
    }
    if (t.flaky.length > 0) {
        const shown = t.flaky.slice(0, MAX_FLAKY);
        parts.push(html `<h3>
        Flaky tests <span class="count muted">(failed, then passed: not counted as failures)</span>
      </h3>`, html `<div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Flaky</th>
              <th scope="col">Evidence</th>
              <th scope="col">Report</th>
            </tr>
          </thead>
          <tbody>
            ${raw(shown.map((f) => String(html `<tr>
                    <td><div class="tname">${testTitle(f)}</div></td>
                    <td>${flakyKind(f)}</td>
                    <td>${clip(flakyEvidence(f), 400)}</td>
                    <td class="where">${f.report}</td>
                  </tr>`)))}
          </tbody>
        </table>
      </div>`, more$1(t.flaky.length - shown.length, 'flaky test'));
    }
    return bad > 0
        ? section('tests', 'Failing tests', raw(parts.map(String)), bad, `${formatCount(bad)} of ${plural(t.tests, 'test')}`)
        : section('tests', 'Tests', raw(parts.map(String)), t.tests);
}
function failingRow(f) {
    const where = testLocation(f);
    const href = safeHref(f.url);
    const whereCell = where
        ? href
            ? html `<a href="${href}" rel="noopener noreferrer">${where}</a>`
            : html `${where}`
        : html `<span class="muted">${f.report}</span>`;
    const message = f.message ?? '';
    const preview = clipLines(message, MESSAGE_PREVIEW.lines, MESSAGE_PREVIEW.chars);
    const fullMessage = preview.omitted > 0 || preview.text.length < message.trim().length;
    const details = [];
    if (fullMessage)
        details.push(html `<details>
        <summary>Full message</summary>
        <pre>${clipLines(message, STACK.lines, STACK.chars).text}</pre>
      </details>`);
    if (f.stackTrace)
        details.push(stackDetails(f.stackTrace));
    const time = f.time !== undefined ? html `<div class="muted">${formatDuration(f.time)}</div>` : '';
    // Reruns or an earlier run of the commit that failed too: why this is not taken for flaky.
    const evidence = f.evidence ? html `<div class="muted">${clip(f.evidence, 400)}</div>` : '';
    return html `<tr class="t-${f.status}">
    <td>${tag(f.status)}</td>
    <td data-label="Test">
      <div class="tname">${clip(f.name, 500)}</div>
      ${f.className && !f.name.startsWith(f.className) ? raw(html `<div class="tclass">${clip(f.className, 300)}</div>`) : ''}${evidence}
    </td>
    <td data-label="Where" class="where">${whereCell}${time}</td>
    <td data-label="Message">
      ${preview.text ? raw(html `<pre class="msg">${preview.text}</pre>`) : raw(html `<span class="muted">no message</span>`)}${raw(details.map(String))}
    </td>
  </tr>`;
}
function stackDetails(stack) {
    const s = clipLines(stack, STACK.lines, STACK.chars);
    const lines = countLines(stack);
    return html `<details>
    <summary>Stack trace · ${plural(lines, 'line')}</summary>
    <pre>${s.text}${s.omitted > 0 ? `\n… ${formatCount(s.omitted)} more lines` : ''}</pre>
  </details>`;
}
function rootCausesSection(a) {
    if (a.rootCauses.length === 0)
        return undefined;
    const shown = a.rootCauses.slice(0, MAX_ROOT_CAUSES$1);
    const body = html `<p class="note">The first error of each log that has errors, with the lines around it.</p>
    ${raw(shown.map((c, i) => String(rootCause$1(c, i))))}${more$1(a.rootCauses.length - shown.length, 'log')}`;
    return section('root-causes', 'Root causes', body, a.rootCauses.length);
}
function rootCause$1(c, i) {
    const meta = [];
    if (c.service)
        meta.push(html `<span>service <b>${c.service}</b></span>`);
    if (c.group)
        meta.push(html `<span>step <b>${c.group}</b></span>`);
    if (c.timestamp)
        meta.push(html `<span>${formatTimestamp(c.timestamp)}</span>`);
    meta.push(html `<span>${plural(c.errors, 'error')} in this log</span>`);
    const context = c.context.slice(0, MAX_CONTEXT_LINES);
    const rows = context.map((l) => {
        const lv = l.level ?? '';
        return html `<tr${l.focus ? raw(' class="focus" aria-current="true"') : ''}><td class="ln"${l.timestamp ? raw(html ` title="${formatTimestamp(l.timestamp)}"`) : ''}>${l.line}</td><td class="lv ${lv}">${lv}</td><td class="tx">${clip(l.text, MAX_LINE_CHARS)}</td></tr>`;
    });
    const ctx = rows.length > 0
        ? html `<div class="ctx" role="region" tabindex="0" aria-label="Log lines around line ${c.line}">
          <table>
            <caption class="sr-only">
              Lines of ${c.path} around the first error
            </caption>
            <thead class="sr-only">
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Level</th>
                <th scope="col">Text</th>
              </tr>
            </thead>
            <tbody>
              ${raw(rows.map(String))}
            </tbody>
          </table>
        </div>`
        : '';
    const msg = clipLines(c.message, 4, 1000).text;
    return html `<article class="cause" id="cause-${i + 1}">
    <header>
      <h3>${c.path}:${c.line}</h3>
      <div class="meta">${tag(c.level)}${raw(meta.map(String))}</div>
    </header>
    <p class="msg">${msg}</p>
    <div class="body">
      ${ctx}${c.context.length > context.length ? more$1(c.context.length - context.length, 'context line') : ''}${c.stackTrace ? stackDetails(c.stackTrace) : ''}
    </div>
  </article>`;
}
function logsSection(a) {
    const l = a.logs;
    if (l.records === 0) {
        return section('logs', 'Log counts', html `<p class="empty">No log records: no log was read, or the logs were empty.</p>`);
    }
    const span = spanSeconds(l.first, l.last);
    const cards = html `<dl class="cards">
    <div class="card">
      <dt>Records</dt>
      <dd>${formatCount(l.records)}<small>from ${plural(a.inputs.sources.length, 'log')}</small></dd>
    </div>
    <div class="card">
      <dt>Errors</dt>
      <dd>${formatCount(errorsOf(a))}<small>${formatCount(l.byLevel.fatal ?? 0)} fatal</small></dd>
    </div>
    <div class="card">
      <dt>Warnings</dt>
      <dd>${formatCount(l.byLevel.warn ?? 0)}</dd>
    </div>
    <div class="card">
      <dt>Templates</dt>
      <dd>${formatCount(l.templates)}<small>distinct messages</small></dd>
    </div>
    ${l.first
        ? raw(html `<div class="card">
              <dt>Time span</dt>
              <dd>
                ${span !== undefined ? formatDuration(span) : '—'}<small
                  >${formatTimestamp(l.first)} → ${formatTimestamp(l.last)}</small
                >
              </dd>
            </div>`)
        : ''}
  </dl>`;
    const levels = ['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace']
        .map((lv) => ({ cls: lv, label: lv, n: l.byLevel[lv] ?? 0 }))
        .filter((x) => x.n > 0);
    return section('logs', 'Log counts', html `${cards}${levels.length > 0
        ? raw(html `<p class="note">Records by level:</p>
              ${legend(levels)}`)
        : ''}`);
}
function templateTable(id, templates) {
    const rows = templates.map((t) => {
        const ex = t.example;
        const where = `${ex.path}:${ex.line}`;
        return html `<tr>
      <td class="num inl">${formatCount(t.count)}</td>
      <td class="inl">${tag(t.level)}${t.new ? raw(html ` ${tag('new')}`) : ''}</td>
      <td data-label="Template"><code>${clip(t.template, 1000)}</code></td>
      <td data-label="Seen in">
        ${clip(t.services.slice(0, 5).join(', '), 300)}${t.services.length > 5 ? ` +${t.services.length - 5}` : ''}
      </td>
      <td data-label="Example">
        <details>
          <summary class="where">${clip(where, 200)}</summary>
          <pre>${clipLines(ex.message, 20, 4000).text}</pre>
          ${ex.timestamp ? raw(html `<div class="note">${formatTimestamp(ex.timestamp)}</div>`) : ''}
        </details>
      </td>
    </tr>`;
    });
    return html `<div class="scroll">
    <table id="${id}" class="cards-sm">
      <thead>
        <tr>
          <th scope="col" class="num">Count</th>
          <th scope="col">Level</th>
          <th scope="col">Template</th>
          <th scope="col">Seen in</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        ${raw(rows.map(String))}
      </tbody>
    </table>
  </div>`;
}
function templatesSection(a) {
    const all = a.topErrorTemplates;
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, MAX_TEMPLATES);
    const bars = all.slice(0, MAX_TEMPLATE_BARS);
    const body = html `<figure class="chartbox">
      ${templateBarsSvg(bars, 'chart-templates')}
      <figcaption>
        Error and fatal records grouped by message template (variable parts shown as
        <code>&lt;*&gt;</code
        >)${all.length > bars.length ? `; the top ${bars.length} of ${formatCount(all.length)}` : ''}.
      </figcaption>
    </figure>
    ${shown.length > 8 ? filterBox('templates-table', 'Filter templates') : ''}${templateTable('templates-table', shown)}${more$1(all.length - shown.length, 'template')}`;
    return section('templates', 'Top error templates', body, all.length);
}
function newTemplatesSection(a) {
    const b = a.baseline;
    if (!b)
        return undefined;
    const intro = html `<p class="note">
    Compared with the baseline learned from <code>${b.source}</code>: ${plural(b.runs, 'run')},
    ${plural(b.records, 'record')}, ${plural(b.templates, 'template')}.
  </p>`;
    if (b.newTemplates.length === 0) {
        return section('new-templates', 'New templates', html `${intro}
        <p class="empty">Nothing new: every template of this run was seen in the baseline.</p>`, 0);
    }
    const shown = b.newTemplates.slice(0, MAX_TEMPLATES);
    return section('new-templates', 'New templates', html `${intro}${templateTable('new-templates-table', shown)}${more$1(b.newTemplates.length - shown.length, 'new template')}`, b.newTemplates.length);
}
const SEVERITY_TAG = { error: 'error', warn: 'warn', info: 'info' };
const MAX_FINDINGS = 50;
/**
 * Findings against the baseline: the run score, each finding with its explanation and evidence lines, a
 * chart where one reads better than numbers (the burst over the run's errors; baseline and run rates of
 * shifted templates), the findings the noise guard folded, and what could not be judged.
 */
function findingsSection(a) {
    const f = a.findings;
    if (!f)
        return undefined;
    const intro = html `<p class="note">
    Run score <b>${f.score}/100</b>: how unusual this run is against its baseline (0 = nothing found).
  </p>`;
    const shifts = f.items.filter((i) => i.kind === 'frequency-shift' && i.shift);
    const shiftChart = shiftBarsSvg(shifts.map((i) => i.shift), 'chart-shifts');
    const items = f.items.slice(0, MAX_FINDINGS).map((item, n) => findingMarkup(a, item, `finding-${n}`));
    const notes = f.notes.length > 0 ? html `<p class="note">Not judged: ${f.notes.join('; ')}.</p>` : '';
    const body = f.items.length === 0
        ? html `${intro}
          <p class="empty">Nothing unusual against the baseline.</p>
          ${notes}`
        : html `${intro}${raw(items.map(String))}${more$1(f.items.length - items.length, 'finding')}${shiftChart === ''
            ? ''
            : raw(html `<figure class="chartbox">
                  ${shiftChart}
                  <figcaption>
                    Shifted templates: rate per 1,000 records in the baseline and in this run.
                  </figcaption>
                </figure>`)}${notes}`;
    return section('findings', 'Findings', body, f.items.length);
}
function findingMarkup(a, item, id) {
    const evidence = item.evidence.map((e) => html `<li>
        ${e.path ? raw(html `<code>${e.line ? `${e.path}:${e.line}` : e.path}</code> `) : ''}${e.timestamp ? raw(html `<span class="muted">${formatTimestamp(e.timestamp)}</span> `) : ''}${clip(e.message, MAX_LINE_CHARS)}${e.session ? raw(html ` <span class="muted">(session <code>${e.session}</code>)</span>`) : ''}
      </li>`);
    const chart = item.burst ? burstSvg(a.histogram, item.burst, `${id}-chart`) : '';
    const folded = item.collapsed && item.collapsed.length > 0
        ? html `<details>
          <summary>Findings folded under this one (${item.collapsed.length})</summary>
          <ul>
            ${raw(item.collapsed.map((c) => String(html `<li>${tag(c.severity, SEVERITY_TAG[c.severity])} <b>${c.title}</b>: ${c.explanation}</li>`)))}
          </ul>
        </details>`
        : '';
    return html `<div class="finding">
    <h3>${tag(item.severity, SEVERITY_TAG[item.severity])} ${item.title}</h3>
    <p>${item.explanation}</p>
    ${chart === '' ? '' : raw(html `<figure class="chartbox">${chart}</figure>`)}
    ${evidence.length > 0
        ? raw(html `<ul class="evidence">
              ${raw(evidence.map(String))}
            </ul>`)
        : ''}${folded}
  </div>`;
}
function timelineSection(a) {
    const tb = regroupHistogram(a.histogram, MAX_HISTOGRAM_BARS);
    if (tb.buckets === 0 || tb.series.length === 0) {
        if (a.logs.records === 0)
            return undefined;
        return section('timeline', 'Timeline', html `<p class="empty">No timestamps in the logs, so no timeline.</p>`);
    }
    const body = html `<figure class="chartbox">
    ${histogramSvg(tb, 'chart-timeline')}${legend([...tb.series].reverse().map((s) => ({ cls: s.level, label: s.level, n: s.total })))}
    <figcaption>
      Records per
      ${formatDuration(tb.bucketSeconds)}${tb.start !== undefined ? ', times in UTC' : ', from the first timestamp'}.
      Hover a bar for its counts.
    </figcaption>
  </figure>`;
    return section('timeline', 'Timeline', body);
}
function inputsSection(a) {
    const { sources, reports, unreadable } = a.inputs;
    const parts = [];
    if (unreadable.length > 0) {
        const shown = unreadable.slice(0, MAX_INPUT_ROWS);
        parts.push(html `<div class="unreadable" role="note">
        <b>${plural(unreadable.length, 'input')} could not be read</b>
        <ul>
          ${raw(shown.map((u) => String(html `<li><code>${clip(u.path, 500)}</code>: ${clip(u.message, 500)}</li>`)))}
        </ul>
        ${more$1(unreadable.length - shown.length, 'unreadable input')}
      </div>`);
    }
    if (sources.length > 0) {
        const shown = sources.slice(0, MAX_INPUT_ROWS);
        parts.push(html `<h3>Logs</h3>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col">Format</th>
                <th scope="col" class="num">Lines</th>
                <th scope="col" class="num">Records</th>
                <th scope="col" class="num">Errors</th>
                <th scope="col" class="num">Warnings</th>
                <th scope="col" class="num">Size</th>
              </tr>
            </thead>
            <tbody>
              ${raw(shown.map((s) => String(html `<tr>
                      <td class="where">${clip(s.path, 500)}</td>
                      <td>${s.format}</td>
                      <td class="num">${formatCount(s.lines)}</td>
                      <td class="num">${formatCount(s.records)}</td>
                      <td class="num">${formatCount(s.errors)}</td>
                      <td class="num">${formatCount(s.warnings)}</td>
                      <td class="num">${formatBytes(s.bytes)}</td>
                    </tr>`)))}
            </tbody>
          </table>
        </div>`, more$1(sources.length - shown.length, 'log'));
    }
    if (reports.length > 0) {
        const shown = reports.slice(0, MAX_INPUT_ROWS);
        parts.push(html `<h3>Test reports</h3>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col">Format</th>
                <th scope="col" class="num">Tests</th>
                <th scope="col" class="num">Passed</th>
                <th scope="col" class="num">Failed</th>
                <th scope="col" class="num">Errored</th>
                <th scope="col" class="num">Skipped</th>
              </tr>
            </thead>
            <tbody>
              ${raw(shown.map((r) => String(html `<tr>
                      <td class="where">${clip(r.path, 500)}</td>
                      <td>${r.format}</td>
                      <td class="num">${formatCount(r.tests)}</td>
                      <td class="num">${formatCount(r.passed)}</td>
                      <td class="num">${formatCount(r.failed)}</td>
                      <td class="num">${formatCount(r.errored)}</td>
                      <td class="num">${formatCount(r.skipped)}</td>
                    </tr>`)))}
            </tbody>
          </table>
        </div>`, more$1(reports.length - shown.length, 'test report'));
    }
    if (sources.length === 0 && reports.length === 0 && unreadable.length === 0) {
        parts.push(html `<p class="empty">No inputs: no log and no test report matched the configured paths.</p>`);
    }
    return section('inputs', 'Inputs', raw(parts.map(String)), sources.length + reports.length);
}

/**
 * The three report files of `analyze`, written under temporary names and renamed, so a reader (an
 * upload-artifact step, a person refreshing the page) never sees half a file.
 */
async function writeReport(analysis, dir) {
    await mkdir(dir, { recursive: true });
    const files = {
        summary: join(dir, 'summary.md'),
        html: join(dir, 'report.html'),
        json: join(dir, 'report.json'),
    };
    await Promise.all([
        writeAtomically(files.summary, renderSummaryMarkdown(analysis)),
        writeAtomically(files.html, renderHtmlReport(analysis)),
        writeAtomically(files.json, JSON.stringify(analysis, null, 2) + '\n'),
    ]);
    return { dir, ...files };
}
async function writeAtomically(path, content) {
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, content);
    await rename(tmp, path);
}

/** Serialised records are handed to gzip in chunks of about this size: fewer, larger writes. */
const CHUNK_BYTES = 64 * 1024;
/** `part-<writer>-<seq>.ndjson.gz`; `seq` is zero-padded so names sort in write order. */
function partFileName(writerId, seq) {
    return `part-${writerId}-${String(seq).padStart(5, '0')}.ndjson.gz`;
}
/** The name a part has while it is written: a dot file, which lake readers, Hive and Spark all skip. */
function tempFileName(finalName) {
    return `.${finalName}.tmp`;
}
const TEMP_FILE = /^\.part-.+\.ndjson\.gz\.tmp$/;
/**
 * One part file being written: NDJSON through gzip into a temporary name in its partition directory.
 * `commit` finishes the gzip stream, fsyncs the file, renames it to its final name (atomic within a
 * directory) and fsyncs the directory, so a reader sees either no part or the whole of it, and a crash
 * leaves only a `.tmp` file behind.
 */
class PartFile {
    dir;
    finalPath;
    tempPath;
    gzip;
    out;
    done;
    records = 0;
    /** Uncompressed bytes written so far (the roll limit counts these). */
    bytes = 0;
    chunk = [];
    chunkBytes = 0;
    settled = false;
    constructor(dir, finalPath, tempPath, gzip, out, done) {
        this.dir = dir;
        this.finalPath = finalPath;
        this.tempPath = tempPath;
        this.gzip = gzip;
        this.out = out;
        this.done = done;
    }
    static async create(dir, name, options) {
        const finalPath = join(dir, name);
        const tempPath = join(dir, tempFileName(name));
        try {
            await mkdir(dir, { recursive: true });
            // `wx`: never truncate a temporary file another writer is filling. `flush`: fsync before close.
            const out = createWriteStream(tempPath, { flags: 'wx', flush: true });
            await once(out, 'open');
            const gzip = createGzip({ level: options.level });
            const done = pipeline(gzip, out);
            // Failures surface in append/commit; this only keeps an early one from being unhandled.
            done.catch(() => { });
            return new PartFile(dir, finalPath, tempPath, gzip, out, done);
        }
        catch (err) {
            throw writeError(tempPath, err);
        }
    }
    /** Add one NDJSON line (with its `\n`). Resolves when gzip has room again: this is the backpressure. */
    async append(line, byteLength) {
        this.chunk.push(line);
        this.chunkBytes += byteLength;
        this.records++;
        this.bytes += byteLength;
        if (this.chunkBytes >= CHUNK_BYTES)
            await this.flushChunk();
    }
    async commit() {
        if (this.settled)
            throw new LakeError(this.finalPath, 'part already closed');
        this.settled = true;
        try {
            await this.flushChunk();
            this.gzip.end();
            await this.done;
            await rename(this.tempPath, this.finalPath);
            await syncDirectory(this.dir);
            return this.finalPath;
        }
        catch (err) {
            await this.discard();
            throw writeError(this.tempPath, err);
        }
    }
    /** Drop the part: stop writing and remove its temporary file (best effort; cleanup catches leftovers). */
    async abort() {
        if (this.settled)
            return;
        this.settled = true;
        await this.discard();
    }
    async discard() {
        this.chunk = [];
        this.gzip.destroy();
        this.out.destroy();
        await this.done.catch(() => { });
        await rm(this.tempPath, { force: true }).catch(() => { });
    }
    async flushChunk() {
        if (this.chunkBytes === 0)
            return;
        const text = this.chunk.join('');
        this.chunk = [];
        this.chunkBytes = 0;
        try {
            if (!this.gzip.write(text))
                await drainOrFail(this.gzip, this.done);
        }
        catch (err) {
            throw writeError(this.tempPath, err);
        }
    }
}
/** Wait for `drain`, or for the pipeline to fail (a write error on the file surfaces there, not on gzip). */
async function drainOrFail(gzip, done) {
    const controller = new AbortController();
    try {
        await Promise.race([
            once(gzip, 'drain', { signal: controller.signal }),
            done.then(() => {
                throw new Error('stream ended while data was pending');
            }),
        ]);
    }
    finally {
        controller.abort();
    }
}
/** fsync a directory so a rename in it survives a power loss. Not possible on Windows; skipped there. */
async function syncDirectory(dir) {
    if (process.platform === 'win32')
        return;
    const handle = await open(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
function writeError(path, err) {
    if (err instanceof LakeError)
        return err;
    const code = err?.code;
    const hint = code === 'ENOSPC'
        ? 'the disk is full: free space or point --store elsewhere'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'the store directory is not writable: fix its permissions or point --store elsewhere'
            : code === 'EEXIST'
                ? 'another writer uses the same writer id: give each writer its own'
                : 'check that the store directory is writable and the disk has space';
    return new LakeError(path, `cannot write${code ? ` (${code})` : ''}`, { cause: err, hint });
}

/** Temporary parts untouched for this long are a crashed writer's: no live writer leaves a part that idle. */
const STALE_TEMP_AGE_MS = 24 * 60 * 60 * 1000;
/**
 * Remove the `.part-….ndjson.gz.tmp` files a crashed writer left, in every partition, when they were last
 * modified more than `maxAgeMs` ago. The age is what keeps this safe beside writers that are running now
 * (another job on the same store): their temporary files are being written, so they are recent. Readers
 * skip temporary files anyway; this only gives the disk space back. Returns the paths removed.
 */
async function removeStaleTempFiles(root, options = {}) {
    const cutoff = (options.now ?? new Date()).getTime() - (options.maxAgeMs ?? STALE_TEMP_AGE_MS);
    const removed = [];
    const raw = join(root, RAW_DIR);
    for (const day of await listDirs(raw)) {
        if (parseDayDir(day) === undefined)
            continue;
        for (const service of await listDirs(join(raw, day))) {
            if (parseServiceDir(service) === undefined)
                continue;
            const dir = join(raw, day, service);
            for (const name of await listNames(dir)) {
                if (!TEMP_FILE.test(name))
                    continue;
                const path = join(dir, name);
                const info = await stat(path).catch(() => undefined);
                if (info && info.mtimeMs < cutoff) {
                    await rm(path, { force: true });
                    removed.push(path);
                }
            }
        }
    }
    return removed;
}
async function listDirs(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty);
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
async function listNames(dir) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty);
    return entries.filter((e) => e.isFile()).map((e) => e.name);
}
function missingIsEmpty(err) {
    if (err.code === 'ENOENT')
        return [];
    throw err;
}

const WRITER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/**
 * The local lake: batches of records → `<root>/raw/dt=…/service=…/part-<writer>-<seq>.ndjson.gz`, the
 * layout of the HDFS lake. Memory is bounded by `maxOpenPartitions` parts, each holding a gzip stream
 * and at most one 64 KiB chunk; `write` waits for gzip to take each chunk. Parts become visible only when
 * complete (see PartFile). A RecordSink: `close` resolves once every part is renamed and fsynced.
 */
class LakeWriter {
    root;
    name = 'lake';
    writerId;
    stats = { records: 0, bytes: 0, files: [] };
    /** Open parts by partition path, least recently written first (a Map keeps insertion order). */
    open = new Map();
    /** Next sequence number per partition path. */
    nextSeq = new Map();
    ingestDay;
    maxPartBytes;
    maxPartRecords;
    maxOpen;
    level;
    /** Writes run one after another even if a caller does not await: the LRU state is not shared safely. */
    queue = Promise.resolve();
    state = 'open';
    constructor(root, options) {
        this.root = root;
        const started = options.ingestTime ?? new Date();
        this.writerId = options.writerId ?? defaultWriterId(started);
        if (!WRITER_ID.test(this.writerId)) {
            throw new LakeError(root, `invalid writer id ${JSON.stringify(this.writerId)}`, {
                hint: 'use 1-64 letters, digits, `_` or `-`, starting with a letter or digit',
            });
        }
        this.ingestDay = dayOf(started);
        this.maxPartBytes = positive(options.maxPartBytes, 64 * 1024 * 1024, 'maxPartBytes', root);
        this.maxPartRecords = positive(options.maxPartRecords, 1_000_000, 'maxPartRecords', root);
        this.maxOpen = positive(options.maxOpenPartitions, 16, 'maxOpenPartitions', root);
        this.level = options.compressionLevel ?? 6;
    }
    /** Open a writer on `root` (created as needed), first removing stale temporary files a crash left. */
    static async open(root, options = {}) {
        const writer = new LakeWriter(root, options);
        const age = options.staleTempAgeMs ?? STALE_TEMP_AGE_MS;
        if (age > 0) {
            const removed = await removeStaleTempFiles(root, { maxAgeMs: age }).catch((err) => {
                throw new LakeError(root, 'cannot clean up temporary files', {
                    cause: err,
                    hint: 'check that the store directory is readable and writable',
                });
            });
            if (removed.length > 0)
                options.logger?.info(`lake: removed ${removed.length} temporary file(s) left by an interrupted writer`);
        }
        return writer;
    }
    write(batch) {
        return this.enqueue(() => this.writeBatch(batch));
    }
    /** Finish every open part. Resolves once all are renamed and fsynced; the writer takes no more records. */
    close() {
        return this.enqueue(async () => {
            this.state = 'closed';
            const parts = [...this.open.values()];
            this.open.clear();
            for (const part of parts)
                this.stats.files.push(await part.commit());
        });
    }
    /** Stop without finishing: open parts are removed, never renamed. Committed parts stay. */
    async abort() {
        this.state = 'failed';
        await this.queue.catch(() => { });
        const parts = [...this.open.values()];
        this.open.clear();
        await Promise.all(parts.map((p) => p.abort()));
    }
    enqueue(task) {
        const run = this.queue.then(() => {
            if (this.state !== 'open')
                throw new LakeError(this.root, `writer is ${this.state}`);
            return task();
        });
        // A failure fails this call and marks the writer; the next call then reports it as failed.
        this.queue = run.catch(async () => {
            if (this.state === 'open')
                this.state = 'failed';
            const parts = [...this.open.values()];
            this.open.clear();
            await Promise.all(parts.map((p) => p.abort()));
        });
        return run;
    }
    async writeBatch(batch) {
        for (const record of batch) {
            const key = partitionPath(partitionOf(record, this.ingestDay));
            const part = await this.partFor(key);
            const line = JSON.stringify(record) + '\n';
            const size = Buffer.byteLength(line);
            await part.append(line, size);
            this.stats.records++;
            this.stats.bytes += size;
            if (part.bytes >= this.maxPartBytes || part.records >= this.maxPartRecords) {
                this.open.delete(key);
                this.stats.files.push(await part.commit());
            }
        }
    }
    /** The open part of a partition, moved to most recently used; opens one (evicting the LRU) if needed. */
    async partFor(key) {
        const existing = this.open.get(key);
        if (existing) {
            this.open.delete(key);
            this.open.set(key, existing);
            return existing;
        }
        while (this.open.size >= this.maxOpen) {
            const [oldestKey, oldest] = this.open.entries().next().value;
            this.open.delete(oldestKey);
            this.stats.files.push(await oldest.commit());
        }
        const dir = join(this.root, ...key.split('/'));
        const seq = this.nextSeq.get(key) ?? (await this.firstFreeSeq(dir));
        this.nextSeq.set(key, seq + 1);
        const part = await PartFile.create(dir, partFileName(this.writerId, seq), { level: this.level });
        this.open.set(key, part);
        return part;
    }
    /** After the highest sequence this writer id already has in `dir`, so a reused id never overwrites. */
    async firstFreeSeq(dir) {
        const names = await readdir(dir).catch(() => []);
        const own = new RegExp(`^\\.?part-${this.writerId}-(\\d+)\\.ndjson\\.gz(\\.tmp)?$`);
        let next = 0;
        for (const name of names) {
            const m = own.exec(name);
            if (m)
                next = Math.max(next, Number(m[1]) + 1);
        }
        return next;
    }
}
function defaultWriterId(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${randomBytes(3).toString('hex')}`;
}
function positive(value, fallback, name, root) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < 1)
        throw new LakeError(root, `${name} must be a positive integer`, { hint: `got ${value}` });
    return value;
}

/**
 * The search index as a pipeline sink. `write` takes the batch into a bounded buffer and inserts when the
 * buffer is full; `close` inserts the rest and closes the index, so every record is committed when
 * `close` resolves (the RecordSink contract).
 */
class SearchIndexSink {
    index;
    name = 'search-index';
    totals = { inserted: 0, duplicates: 0 };
    pending = [];
    transactionRecords;
    constructor(index, options = {}) {
        this.index = index;
        this.transactionRecords = Math.max(1, options.transactionRecords ?? 10_000);
    }
    async write(batch) {
        for (const record of batch)
            this.pending.push(record);
        if (this.pending.length >= this.transactionRecords)
            this.flush();
    }
    async close() {
        try {
            this.flush();
        }
        finally {
            this.index.close();
        }
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const records = this.pending;
        this.pending = [];
        const result = this.index.insert(records);
        this.totals.inserted += result.inserted;
        this.totals.duplicates += result.duplicates;
    }
}

/**
 * The embedded default's store: the local lake (NDJSON.gz partitions laid out as the HDFS lake is) and
 * the SQLite full-text index that `logward search` reads, fed the same batches.
 */
async function openEmbeddedStore(dir, options) {
    const lake = await LakeWriter.open(dir, { logger: options.logger });
    const index = new SearchIndexSink(SearchIndex.open(indexPath(dir)));
    return {
        name: 'embedded-store',
        async write(batch) {
            await lake.write(batch);
            await index.write(batch);
        },
        async close() {
            try {
                await lake.close();
            }
            finally {
                await index.close();
            }
        },
    };
}

class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if (existsSync(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}

var lib = {};

var proxy = {};

var hasRequiredProxy;

function requireProxy () {
	if (hasRequiredProxy) return proxy;
	hasRequiredProxy = 1;
	Object.defineProperty(proxy, "__esModule", { value: true });
	proxy.getProxyUrl = getProxyUrl;
	proxy.checkBypass = checkBypass;
	function getProxyUrl(reqUrl) {
	    const usingSsl = reqUrl.protocol === 'https:';
	    if (checkBypass(reqUrl)) {
	        return undefined;
	    }
	    const proxyVar = (() => {
	        if (usingSsl) {
	            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
	        }
	        else {
	            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
	        }
	    })();
	    if (proxyVar) {
	        try {
	            return new DecodedURL(proxyVar);
	        }
	        catch (_a) {
	            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
	                return new DecodedURL(`http://${proxyVar}`);
	        }
	    }
	    else {
	        return undefined;
	    }
	}
	function checkBypass(reqUrl) {
	    if (!reqUrl.hostname) {
	        return false;
	    }
	    const reqHost = reqUrl.hostname;
	    if (isLoopbackAddress(reqHost)) {
	        return true;
	    }
	    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
	    if (!noProxy) {
	        return false;
	    }
	    // Determine the request port
	    let reqPort;
	    if (reqUrl.port) {
	        reqPort = Number(reqUrl.port);
	    }
	    else if (reqUrl.protocol === 'http:') {
	        reqPort = 80;
	    }
	    else if (reqUrl.protocol === 'https:') {
	        reqPort = 443;
	    }
	    // Format the request hostname and hostname with port
	    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
	    if (typeof reqPort === 'number') {
	        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
	    }
	    // Compare request host against noproxy
	    for (const upperNoProxyItem of noProxy
	        .split(',')
	        .map(x => x.trim().toUpperCase())
	        .filter(x => x)) {
	        if (upperNoProxyItem === '*' ||
	            upperReqHosts.some(x => x === upperNoProxyItem ||
	                x.endsWith(`.${upperNoProxyItem}`) ||
	                (upperNoProxyItem.startsWith('.') &&
	                    x.endsWith(`${upperNoProxyItem}`)))) {
	            return true;
	        }
	    }
	    return false;
	}
	function isLoopbackAddress(host) {
	    const hostLower = host.toLowerCase();
	    return (hostLower === 'localhost' ||
	        hostLower.startsWith('127.') ||
	        hostLower.startsWith('[::1]') ||
	        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
	}
	class DecodedURL extends URL {
	    constructor(url, base) {
	        super(url, base);
	        this._decodedUsername = decodeURIComponent(super.username);
	        this._decodedPassword = decodeURIComponent(super.password);
	    }
	    get username() {
	        return this._decodedUsername;
	    }
	    get password() {
	        return this._decodedPassword;
	    }
	}
	
	return proxy;
}

var tunnel$1 = {};

var hasRequiredTunnel$1;

function requireTunnel$1 () {
	if (hasRequiredTunnel$1) return tunnel$1;
	hasRequiredTunnel$1 = 1;
	var tls = require$$1;
	var http = require$$2;
	var https = require$$3;
	var events = require$$0$1;
	var util = require$$0;


	tunnel$1.httpOverHttp = httpOverHttp;
	tunnel$1.httpsOverHttp = httpsOverHttp;
	tunnel$1.httpOverHttps = httpOverHttps;
	tunnel$1.httpsOverHttps = httpsOverHttps;


	function httpOverHttp(options) {
	  var agent = new TunnelingAgent(options);
	  agent.request = http.request;
	  return agent;
	}

	function httpsOverHttp(options) {
	  var agent = new TunnelingAgent(options);
	  agent.request = http.request;
	  agent.createSocket = createSecureSocket;
	  agent.defaultPort = 443;
	  return agent;
	}

	function httpOverHttps(options) {
	  var agent = new TunnelingAgent(options);
	  agent.request = https.request;
	  return agent;
	}

	function httpsOverHttps(options) {
	  var agent = new TunnelingAgent(options);
	  agent.request = https.request;
	  agent.createSocket = createSecureSocket;
	  agent.defaultPort = 443;
	  return agent;
	}


	function TunnelingAgent(options) {
	  var self = this;
	  self.options = options || {};
	  self.proxyOptions = self.options.proxy || {};
	  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
	  self.requests = [];
	  self.sockets = [];

	  self.on('free', function onFree(socket, host, port, localAddress) {
	    var options = toOptions(host, port, localAddress);
	    for (var i = 0, len = self.requests.length; i < len; ++i) {
	      var pending = self.requests[i];
	      if (pending.host === options.host && pending.port === options.port) {
	        // Detect the request to connect same origin server,
	        // reuse the connection.
	        self.requests.splice(i, 1);
	        pending.request.onSocket(socket);
	        return;
	      }
	    }
	    socket.destroy();
	    self.removeSocket(socket);
	  });
	}
	util.inherits(TunnelingAgent, events.EventEmitter);

	TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
	  var self = this;
	  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

	  if (self.sockets.length >= this.maxSockets) {
	    // We are over limit so we'll add it to the queue.
	    self.requests.push(options);
	    return;
	  }

	  // If we are under maxSockets create a new one.
	  self.createSocket(options, function(socket) {
	    socket.on('free', onFree);
	    socket.on('close', onCloseOrRemove);
	    socket.on('agentRemove', onCloseOrRemove);
	    req.onSocket(socket);

	    function onFree() {
	      self.emit('free', socket, options);
	    }

	    function onCloseOrRemove(err) {
	      self.removeSocket(socket);
	      socket.removeListener('free', onFree);
	      socket.removeListener('close', onCloseOrRemove);
	      socket.removeListener('agentRemove', onCloseOrRemove);
	    }
	  });
	};

	TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
	  var self = this;
	  var placeholder = {};
	  self.sockets.push(placeholder);

	  var connectOptions = mergeOptions({}, self.proxyOptions, {
	    method: 'CONNECT',
	    path: options.host + ':' + options.port,
	    agent: false,
	    headers: {
	      host: options.host + ':' + options.port
	    }
	  });
	  if (options.localAddress) {
	    connectOptions.localAddress = options.localAddress;
	  }
	  if (connectOptions.proxyAuth) {
	    connectOptions.headers = connectOptions.headers || {};
	    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
	        new Buffer(connectOptions.proxyAuth).toString('base64');
	  }

	  debug('making CONNECT request');
	  var connectReq = self.request(connectOptions);
	  connectReq.useChunkedEncodingByDefault = false; // for v0.6
	  connectReq.once('response', onResponse); // for v0.6
	  connectReq.once('upgrade', onUpgrade);   // for v0.6
	  connectReq.once('connect', onConnect);   // for v0.7 or later
	  connectReq.once('error', onError);
	  connectReq.end();

	  function onResponse(res) {
	    // Very hacky. This is necessary to avoid http-parser leaks.
	    res.upgrade = true;
	  }

	  function onUpgrade(res, socket, head) {
	    // Hacky.
	    process.nextTick(function() {
	      onConnect(res, socket, head);
	    });
	  }

	  function onConnect(res, socket, head) {
	    connectReq.removeAllListeners();
	    socket.removeAllListeners();

	    if (res.statusCode !== 200) {
	      debug('tunneling socket could not be established, statusCode=%d',
	        res.statusCode);
	      socket.destroy();
	      var error = new Error('tunneling socket could not be established, ' +
	        'statusCode=' + res.statusCode);
	      error.code = 'ECONNRESET';
	      options.request.emit('error', error);
	      self.removeSocket(placeholder);
	      return;
	    }
	    if (head.length > 0) {
	      debug('got illegal response body from proxy');
	      socket.destroy();
	      var error = new Error('got illegal response body from proxy');
	      error.code = 'ECONNRESET';
	      options.request.emit('error', error);
	      self.removeSocket(placeholder);
	      return;
	    }
	    debug('tunneling connection has established');
	    self.sockets[self.sockets.indexOf(placeholder)] = socket;
	    return cb(socket);
	  }

	  function onError(cause) {
	    connectReq.removeAllListeners();

	    debug('tunneling socket could not be established, cause=%s\n',
	          cause.message, cause.stack);
	    var error = new Error('tunneling socket could not be established, ' +
	                          'cause=' + cause.message);
	    error.code = 'ECONNRESET';
	    options.request.emit('error', error);
	    self.removeSocket(placeholder);
	  }
	};

	TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
	  var pos = this.sockets.indexOf(socket);
	  if (pos === -1) {
	    return;
	  }
	  this.sockets.splice(pos, 1);

	  var pending = this.requests.shift();
	  if (pending) {
	    // If we have pending requests and a socket gets closed a new one
	    // needs to be created to take over in the pool for the one that closed.
	    this.createSocket(pending, function(socket) {
	      pending.request.onSocket(socket);
	    });
	  }
	};

	function createSecureSocket(options, cb) {
	  var self = this;
	  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
	    var hostHeader = options.request.getHeader('host');
	    var tlsOptions = mergeOptions({}, self.options, {
	      socket: socket,
	      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
	    });

	    // 0 is dummy port for v0.6
	    var secureSocket = tls.connect(0, tlsOptions);
	    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
	    cb(secureSocket);
	  });
	}


	function toOptions(host, port, localAddress) {
	  if (typeof host === 'string') { // since v0.10
	    return {
	      host: host,
	      port: port,
	      localAddress: localAddress
	    };
	  }
	  return host; // for v0.11 or later
	}

	function mergeOptions(target) {
	  for (var i = 1, len = arguments.length; i < len; ++i) {
	    var overrides = arguments[i];
	    if (typeof overrides === 'object') {
	      var keys = Object.keys(overrides);
	      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
	        var k = keys[j];
	        if (overrides[k] !== undefined) {
	          target[k] = overrides[k];
	        }
	      }
	    }
	  }
	  return target;
	}


	var debug;
	if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
	  debug = function() {
	    var args = Array.prototype.slice.call(arguments);
	    if (typeof args[0] === 'string') {
	      args[0] = 'TUNNEL: ' + args[0];
	    } else {
	      args.unshift('TUNNEL:');
	    }
	    console.error.apply(console, args);
	  };
	} else {
	  debug = function() {};
	}
	tunnel$1.debug = debug; // for test
	return tunnel$1;
}

var tunnel;
var hasRequiredTunnel;

function requireTunnel () {
	if (hasRequiredTunnel) return tunnel;
	hasRequiredTunnel = 1;
	tunnel = requireTunnel$1();
	return tunnel;
}

var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;
	/* eslint-disable @typescript-eslint/no-explicit-any */
	var __createBinding = (lib && lib.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (lib && lib.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (lib && lib.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	var __awaiter = (lib && lib.__awaiter) || function (thisArg, _arguments, P, generator) {
	    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
	    return new (P || (P = Promise))(function (resolve, reject) {
	        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
	        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
	        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
	        step((generator = generator.apply(thisArg, _arguments || [])).next());
	    });
	};
	Object.defineProperty(lib, "__esModule", { value: true });
	lib.HttpClient = lib.HttpClientResponse = lib.HttpClientError = lib.MediaTypes = lib.Headers = lib.HttpCodes = void 0;
	lib.getProxyUrl = getProxyUrl;
	lib.isHttps = isHttps;
	const http = __importStar(require$$2);
	const https = __importStar(require$$3);
	const pm = __importStar(requireProxy());
	const tunnel = __importStar(requireTunnel());
	const undici_1 = requireUndici();
	var HttpCodes;
	(function (HttpCodes) {
	    HttpCodes[HttpCodes["OK"] = 200] = "OK";
	    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
	    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
	    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
	    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
	    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
	    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
	    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
	    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
	    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
	    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
	    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
	    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
	    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
	    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
	    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
	    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
	    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
	    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
	    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
	    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
	    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
	    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
	    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
	    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
	    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
	    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
	})(HttpCodes || (lib.HttpCodes = HttpCodes = {}));
	var Headers;
	(function (Headers) {
	    Headers["Accept"] = "accept";
	    Headers["ContentType"] = "content-type";
	})(Headers || (lib.Headers = Headers = {}));
	var MediaTypes;
	(function (MediaTypes) {
	    MediaTypes["ApplicationJson"] = "application/json";
	})(MediaTypes || (lib.MediaTypes = MediaTypes = {}));
	/**
	 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
	 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	 */
	function getProxyUrl(serverUrl) {
	    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
	    return proxyUrl ? proxyUrl.href : '';
	}
	const HttpRedirectCodes = [
	    HttpCodes.MovedPermanently,
	    HttpCodes.ResourceMoved,
	    HttpCodes.SeeOther,
	    HttpCodes.TemporaryRedirect,
	    HttpCodes.PermanentRedirect
	];
	const HttpResponseRetryCodes = [
	    HttpCodes.BadGateway,
	    HttpCodes.ServiceUnavailable,
	    HttpCodes.GatewayTimeout
	];
	const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
	const ExponentialBackoffCeiling = 10;
	const ExponentialBackoffTimeSlice = 5;
	class HttpClientError extends Error {
	    constructor(message, statusCode) {
	        super(message);
	        this.name = 'HttpClientError';
	        this.statusCode = statusCode;
	        Object.setPrototypeOf(this, HttpClientError.prototype);
	    }
	}
	lib.HttpClientError = HttpClientError;
	class HttpClientResponse {
	    constructor(message) {
	        this.message = message;
	    }
	    readBody() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                let output = Buffer.alloc(0);
	                this.message.on('data', (chunk) => {
	                    output = Buffer.concat([output, chunk]);
	                });
	                this.message.on('end', () => {
	                    resolve(output.toString());
	                });
	            }));
	        });
	    }
	    readBodyBuffer() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                const chunks = [];
	                this.message.on('data', (chunk) => {
	                    chunks.push(chunk);
	                });
	                this.message.on('end', () => {
	                    resolve(Buffer.concat(chunks));
	                });
	            }));
	        });
	    }
	}
	lib.HttpClientResponse = HttpClientResponse;
	function isHttps(requestUrl) {
	    const parsedUrl = new URL(requestUrl);
	    return parsedUrl.protocol === 'https:';
	}
	class HttpClient {
	    constructor(userAgent, handlers, requestOptions) {
	        this._ignoreSslError = false;
	        this._allowRedirects = true;
	        this._allowRedirectDowngrade = false;
	        this._maxRedirects = 50;
	        this._allowRetries = false;
	        this._maxRetries = 1;
	        this._keepAlive = false;
	        this._disposed = false;
	        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
	        this.handlers = handlers || [];
	        this.requestOptions = requestOptions;
	        if (requestOptions) {
	            if (requestOptions.ignoreSslError != null) {
	                this._ignoreSslError = requestOptions.ignoreSslError;
	            }
	            this._socketTimeout = requestOptions.socketTimeout;
	            if (requestOptions.allowRedirects != null) {
	                this._allowRedirects = requestOptions.allowRedirects;
	            }
	            if (requestOptions.allowRedirectDowngrade != null) {
	                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
	            }
	            if (requestOptions.maxRedirects != null) {
	                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
	            }
	            if (requestOptions.keepAlive != null) {
	                this._keepAlive = requestOptions.keepAlive;
	            }
	            if (requestOptions.allowRetries != null) {
	                this._allowRetries = requestOptions.allowRetries;
	            }
	            if (requestOptions.maxRetries != null) {
	                this._maxRetries = requestOptions.maxRetries;
	            }
	        }
	    }
	    options(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    get(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('GET', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    del(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    post(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('POST', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    patch(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    put(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PUT', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    head(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    sendStream(verb, requestUrl, stream, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request(verb, requestUrl, stream, additionalHeaders);
	        });
	    }
	    /**
	     * Gets a typed object from an endpoint
	     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
	     */
	    getJson(requestUrl_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            const res = yield this.get(requestUrl, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    postJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.post(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    putJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.put(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    patchJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.patch(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    /**
	     * Makes a raw http request.
	     * All other methods such as get, post, patch, and request ultimately call this.
	     * Prefer get, del, post and patch
	     */
	    request(verb, requestUrl, data, headers) {
	        return __awaiter(this, void 0, void 0, function* () {
	            if (this._disposed) {
	                throw new Error('Client has already been disposed.');
	            }
	            const parsedUrl = new URL(requestUrl);
	            let info = this._prepareRequest(verb, parsedUrl, headers);
	            // Only perform retries on reads since writes may not be idempotent.
	            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
	                ? this._maxRetries + 1
	                : 1;
	            let numTries = 0;
	            let response;
	            do {
	                response = yield this.requestRaw(info, data);
	                // Check if it's an authentication challenge
	                if (response &&
	                    response.message &&
	                    response.message.statusCode === HttpCodes.Unauthorized) {
	                    let authenticationHandler;
	                    for (const handler of this.handlers) {
	                        if (handler.canHandleAuthentication(response)) {
	                            authenticationHandler = handler;
	                            break;
	                        }
	                    }
	                    if (authenticationHandler) {
	                        return authenticationHandler.handleAuthentication(this, info, data);
	                    }
	                    else {
	                        // We have received an unauthorized response but have no handlers to handle it.
	                        // Let the response return to the caller.
	                        return response;
	                    }
	                }
	                let redirectsRemaining = this._maxRedirects;
	                while (response.message.statusCode &&
	                    HttpRedirectCodes.includes(response.message.statusCode) &&
	                    this._allowRedirects &&
	                    redirectsRemaining > 0) {
	                    const redirectUrl = response.message.headers['location'];
	                    if (!redirectUrl) {
	                        // if there's no location to redirect to, we won't
	                        break;
	                    }
	                    const parsedRedirectUrl = new URL(redirectUrl);
	                    if (parsedUrl.protocol === 'https:' &&
	                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
	                        !this._allowRedirectDowngrade) {
	                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
	                    }
	                    // we need to finish reading the response before reassigning response
	                    // which will leak the open socket.
	                    yield response.readBody();
	                    // strip authorization header if redirected to a different hostname
	                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
	                        for (const header in headers) {
	                            // header names are case insensitive
	                            if (header.toLowerCase() === 'authorization') {
	                                delete headers[header];
	                            }
	                        }
	                    }
	                    // let's make the request with the new redirectUrl
	                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
	                    response = yield this.requestRaw(info, data);
	                    redirectsRemaining--;
	                }
	                if (!response.message.statusCode ||
	                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
	                    // If not a retry code, return immediately instead of retrying
	                    return response;
	                }
	                numTries += 1;
	                if (numTries < maxTries) {
	                    yield response.readBody();
	                    yield this._performExponentialBackoff(numTries);
	                }
	            } while (numTries < maxTries);
	            return response;
	        });
	    }
	    /**
	     * Needs to be called if keepAlive is set to true in request options.
	     */
	    dispose() {
	        if (this._agent) {
	            this._agent.destroy();
	        }
	        this._disposed = true;
	    }
	    /**
	     * Raw request.
	     * @param info
	     * @param data
	     */
	    requestRaw(info, data) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => {
	                function callbackForResult(err, res) {
	                    if (err) {
	                        reject(err);
	                    }
	                    else if (!res) {
	                        // If `err` is not passed, then `res` must be passed.
	                        reject(new Error('Unknown error'));
	                    }
	                    else {
	                        resolve(res);
	                    }
	                }
	                this.requestRawWithCallback(info, data, callbackForResult);
	            });
	        });
	    }
	    /**
	     * Raw request with callback.
	     * @param info
	     * @param data
	     * @param onResult
	     */
	    requestRawWithCallback(info, data, onResult) {
	        if (typeof data === 'string') {
	            if (!info.options.headers) {
	                info.options.headers = {};
	            }
	            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
	        }
	        let callbackCalled = false;
	        function handleResult(err, res) {
	            if (!callbackCalled) {
	                callbackCalled = true;
	                onResult(err, res);
	            }
	        }
	        const req = info.httpModule.request(info.options, (msg) => {
	            const res = new HttpClientResponse(msg);
	            handleResult(undefined, res);
	        });
	        let socket;
	        req.on('socket', sock => {
	            socket = sock;
	        });
	        // If we ever get disconnected, we want the socket to timeout eventually
	        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
	            if (socket) {
	                socket.end();
	            }
	            handleResult(new Error(`Request timeout: ${info.options.path}`));
	        });
	        req.on('error', function (err) {
	            // err has statusCode property
	            // res should have headers
	            handleResult(err);
	        });
	        if (data && typeof data === 'string') {
	            req.write(data, 'utf8');
	        }
	        if (data && typeof data !== 'string') {
	            data.on('close', function () {
	                req.end();
	            });
	            data.pipe(req);
	        }
	        else {
	            req.end();
	        }
	    }
	    /**
	     * Gets an http agent. This function is useful when you need an http agent that handles
	     * routing through a proxy server - depending upon the url and proxy environment variables.
	     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	     */
	    getAgent(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        return this._getAgent(parsedUrl);
	    }
	    getAgentDispatcher(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (!useProxy) {
	            return;
	        }
	        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
	    }
	    _prepareRequest(method, requestUrl, headers) {
	        const info = {};
	        info.parsedUrl = requestUrl;
	        const usingSsl = info.parsedUrl.protocol === 'https:';
	        info.httpModule = usingSsl ? https : http;
	        const defaultPort = usingSsl ? 443 : 80;
	        info.options = {};
	        info.options.host = info.parsedUrl.hostname;
	        info.options.port = info.parsedUrl.port
	            ? parseInt(info.parsedUrl.port)
	            : defaultPort;
	        info.options.path =
	            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
	        info.options.method = method;
	        info.options.headers = this._mergeHeaders(headers);
	        if (this.userAgent != null) {
	            info.options.headers['user-agent'] = this.userAgent;
	        }
	        info.options.agent = this._getAgent(info.parsedUrl);
	        // gives handlers an opportunity to participate
	        if (this.handlers) {
	            for (const handler of this.handlers) {
	                handler.prepareRequest(info.options);
	            }
	        }
	        return info;
	    }
	    _mergeHeaders(headers) {
	        if (this.requestOptions && this.requestOptions.headers) {
	            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
	        }
	        return lowercaseKeys(headers || {});
	    }
	    /**
	     * Gets an existing header value or returns a default.
	     * Handles converting number header values to strings since HTTP headers must be strings.
	     * Note: This returns string | string[] since some headers can have multiple values.
	     * For headers that must always be a single string (like Content-Type), use the
	     * specialized _getExistingOrDefaultContentTypeHeader method instead.
	     */
	    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
	            if (headerValue) {
	                clientHeader =
	                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
	            }
	        }
	        const additionalValue = additionalHeaders[header];
	        if (additionalValue !== undefined) {
	            return typeof additionalValue === 'number'
	                ? additionalValue.toString()
	                : additionalValue;
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    /**
	     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
	     * Always returns a single string (not an array) since Content-Type should be a single value.
	     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
	     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
	     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
	     */
	    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
	            if (headerValue) {
	                if (typeof headerValue === 'number') {
	                    clientHeader = String(headerValue);
	                }
	                else if (Array.isArray(headerValue)) {
	                    clientHeader = headerValue.join(', ');
	                }
	                else {
	                    clientHeader = headerValue;
	                }
	            }
	        }
	        const additionalValue = additionalHeaders[Headers.ContentType];
	        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
	        if (additionalValue !== undefined) {
	            if (typeof additionalValue === 'number') {
	                return String(additionalValue);
	            }
	            else if (Array.isArray(additionalValue)) {
	                return additionalValue.join(', ');
	            }
	            else {
	                return additionalValue;
	            }
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    _getAgent(parsedUrl) {
	        let agent;
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (this._keepAlive && useProxy) {
	            agent = this._proxyAgent;
	        }
	        if (!useProxy) {
	            agent = this._agent;
	        }
	        // if agent is already assigned use that agent.
	        if (agent) {
	            return agent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        let maxSockets = 100;
	        if (this.requestOptions) {
	            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
	        }
	        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
	        if (proxyUrl && proxyUrl.hostname) {
	            const agentOptions = {
	                maxSockets,
	                keepAlive: this._keepAlive,
	                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
	                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
	                })), { host: proxyUrl.hostname, port: proxyUrl.port })
	            };
	            let tunnelAgent;
	            const overHttps = proxyUrl.protocol === 'https:';
	            if (usingSsl) {
	                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
	            }
	            else {
	                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
	            }
	            agent = tunnelAgent(agentOptions);
	            this._proxyAgent = agent;
	        }
	        // if tunneling agent isn't assigned create a new agent
	        if (!agent) {
	            const options = { keepAlive: this._keepAlive, maxSockets };
	            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
	            this._agent = agent;
	        }
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            agent.options = Object.assign(agent.options || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return agent;
	    }
	    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
	        let proxyAgent;
	        if (this._keepAlive) {
	            proxyAgent = this._proxyAgentDispatcher;
	        }
	        // if agent is already assigned use that agent.
	        if (proxyAgent) {
	            return proxyAgent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
	            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
	        })));
	        this._proxyAgentDispatcher = proxyAgent;
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return proxyAgent;
	    }
	    _getUserAgentWithOrchestrationId(userAgent) {
	        const baseUserAgent = userAgent || 'actions/http-client';
	        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
	        if (orchId) {
	            // Sanitize the orchestration ID to ensure it contains only valid characters
	            // Valid characters: 0-9, a-z, _, -, .
	            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
	            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
	        }
	        return baseUserAgent;
	    }
	    _performExponentialBackoff(retryNumber) {
	        return __awaiter(this, void 0, void 0, function* () {
	            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
	            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
	            return new Promise(resolve => setTimeout(() => resolve(), ms));
	        });
	    }
	    _processResponse(res, options) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
	                const statusCode = res.message.statusCode || 0;
	                const response = {
	                    statusCode,
	                    result: null,
	                    headers: {}
	                };
	                // not found leads to null obj returned
	                if (statusCode === HttpCodes.NotFound) {
	                    resolve(response);
	                }
	                // get the result from the body
	                function dateTimeDeserializer(key, value) {
	                    if (typeof value === 'string') {
	                        const a = new Date(value);
	                        if (!isNaN(a.valueOf())) {
	                            return a;
	                        }
	                    }
	                    return value;
	                }
	                let obj;
	                let contents;
	                try {
	                    contents = yield res.readBody();
	                    if (contents && contents.length > 0) {
	                        if (options && options.deserializeDates) {
	                            obj = JSON.parse(contents, dateTimeDeserializer);
	                        }
	                        else {
	                            obj = JSON.parse(contents);
	                        }
	                        response.result = obj;
	                    }
	                    response.headers = res.message.headers;
	                }
	                catch (err) {
	                    // Invalid resource (contents not json);  leaving result obj null
	                }
	                // note that 3xx redirects are handled by the http layer.
	                if (statusCode > 299) {
	                    let msg;
	                    // if exception/error in body, attempt to get better error
	                    if (obj && obj.message) {
	                        msg = obj.message;
	                    }
	                    else if (contents && contents.length > 0) {
	                        // it may be the case that the exception is in the body message as string
	                        msg = contents;
	                    }
	                    else {
	                        msg = `Failed request: (${statusCode})`;
	                    }
	                    const err = new HttpClientError(msg, statusCode);
	                    err.result = response.result;
	                    reject(err);
	                }
	                else {
	                    resolve(response);
	                }
	            }));
	        });
	    }
	}
	lib.HttpClient = HttpClient;
	const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
	
	return lib;
}

var libExports = requireLib();

var undiciExports = requireUndici();

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new libExports.HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new libExports.HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
        return undiciExports.fetch(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}

function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

// @ts-check


// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

var Hook = { Collection };

// pkg/dist-src/defaults.js

// pkg/dist-src/version.js
var VERSION$5 = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION$5} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject$1(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject$1(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse$1(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse$1(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults$2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults$2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse$1
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults$2(null, DEFAULTS);

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (0);
    const len = header.length;
    let valueStart = 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}

const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {

      if (!node.first && space) ;

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) ;

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) ;

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  return value;
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    return value;
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed);
    }

    throw error;
  }
};

class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$4 = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION$4} ${getUserAgent()}`
  }
};

// pkg/dist-src/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$1 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop$1);
  }
  const mimetype = parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop$1);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function withDefaults$1(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults$1.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults$1.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$3 = "0.0.0-development";

// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION$3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

const VERSION$2 = "7.0.8";

const noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$2} ${getUserAgent()}`;
class Octokit {
  static VERSION = VERSION$2;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new Hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}

const VERSION$1 = "17.0.0";

const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION$1;

// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
Object.assign(paginate, {
  iterator
});

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION;

new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}

new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}

/** GitHub asks for at least a minute's pause after a secondary limit that came without `retry-after`. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
function describeFailure(error) {
    const e = (typeof error === 'object' && error !== null ? error : {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = {};
    for (const [k, v] of Object.entries(e.response?.headers ?? {})) {
        headers[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
    }
    const data = e.response?.data;
    const fromBody = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string'
            ? data
            : undefined;
    // A 422 says what was wrong in `errors` ("Only 50 annotations are allowed per request").
    const details = typeof data === 'object' && data !== null && Array.isArray(data.errors)
        ? data.errors
            .map((x) => (typeof x === 'string' ? x : x?.message))
            .filter((x) => typeof x === 'string')
        : [];
    const raw = (fromBody ?? (typeof e.message === 'string' ? e.message : String(error))) +
        (details.length > 0 ? `: ${details.join('; ')}` : '');
    const message = raw.replace(/\s+/g, ' ').trim().slice(0, 300);
    return { kind: kindOf(status, headers, message, e.response !== undefined), status, message, headers };
}
function kindOf(status, headers, message, answered) {
    if (status === 429)
        return 'rate-limited';
    if (status === 403) {
        if (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)
            return 'rate-limited';
        if (/rate limit/i.test(message))
            return 'rate-limited';
        return 'forbidden';
    }
    if (status === 401)
        return 'unauthorized';
    if (status === 404 || status === 410)
        return 'not-found';
    if (status === undefined || status >= 500 || !answered)
        return 'transient';
    return 'invalid';
}
/**
 * How long GitHub asked us to wait, in ms: `retry-after` first, then the primary limit's reset time.
 * Undefined when it did not say (the caller backs off on its own schedule), and for a reset already past
 * (clock skew: backing off beats hammering at once).
 */
function rateLimitWaitMs(failure, now = Date.now()) {
    const asked = parseRetryAfter(failure.headers['retry-after'], now);
    if (asked !== undefined)
        return asked;
    if (failure.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(failure.headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset * 1000 > now)
            return reset * 1000 - now;
        return undefined;
    }
    if (failure.kind === 'rate-limited' && failure.status === 403)
        return SECONDARY_DEFAULT_WAIT_MS;
    return undefined;
}
/** A GitHub REST call failed: `kind` says what it means (a read-only token, a rate limit, ...). */
class GitHubError extends ServiceError {
    kind;
    status;
    constructor(message, failure, hint) {
        super(message, { retriable: failure.kind === 'transient' || failure.kind === 'rate-limited', hint });
        this.kind = failure.kind;
        this.status = failure.status;
    }
}
/**
 * A GitHub failure as logward's error: what was being done, GitHub's status and message, and a hint. The
 * Octokit error is not kept as `cause`: it carries the request (and so, masked or not, the credentials).
 */
function toServiceError(error, what) {
    if (error instanceof GitHubError)
        return error;
    const f = describeFailure(error);
    const status = f.status !== undefined && f.kind !== 'transient' ? `${f.status} ` : '';
    return new GitHubError(`GitHub: ${what} failed: ${status}${f.message}`, f, hintFor(f));
}
function hintFor(f) {
    switch (f.kind) {
        case 'rate-limited': {
            const reset = Number(f.headers['x-ratelimit-reset']);
            return Number.isFinite(reset) && reset > 0
                ? `the GitHub API rate limit resets at ${new Date(reset * 1000).toISOString()}`
                : 'GitHub rate-limited the token; run again later or use a token with a larger quota';
        }
        case 'forbidden':
            return 'the token lacks a permission: give the job `pull-requests: write` and `checks: write` (read-only tokens of fork and Dependabot PRs cannot write)';
        case 'unauthorized':
            return 'GitHub refused the token: check the `github-token` setting (default: the GITHUB_TOKEN environment variable)';
        case 'not-found':
            return 'check the repository, pull request or run id, and that the token can see the repository';
        case 'transient':
            return 'GitHub or the network failed; running again usually helps';
        default:
            return 'GitHub rejected the request as sent';
    }
}

const DEFAULT_API_URL = 'https://api.github.com';
/** Methods that change nothing on a second identical call: safe to repeat after a 5xx or a dropped connection. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/**
 * An Octokit for `token` against `apiUrl` (else `GITHUB_API_URL`, which GitHub Enterprise Server runners
 * set, else api.github.com). Every request goes through the one retry helper: rate limits (403/429 with
 * `x-ratelimit-remaining: 0` or `retry-after`) wait as GitHub asks, for any method, since GitHub did not
 * act on the request; 5xx and network errors are retried for idempotent methods only, because a POST that
 * timed out may have created its comment (or a PATCH appended its annotations) all the same.
 */
function createOctokit(token, apiUrl, options = {}) {
    if (!token) {
        throw new ConfigError('no GitHub token', {
            hint: 'set `github-token` (default: the GITHUB_TOKEN environment variable)',
        });
    }
    const baseUrl = (apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
    const logger = options.logger;
    const maxWait = options.maxRateLimitWaitMs ?? 60_000;
    const octokit = getOctokit(token, {
        baseUrl,
        // Octokit's own warnings (deprecations) go where logward's go, not to the console.
        log: {
            debug: (m) => logger?.debug(m),
            info: (m) => logger?.debug(m),
            warn: (m) => logger?.warn(m),
            error: (m) => logger?.error(m),
        },
    });
    octokit.hook.wrap('request', (request, endpoint) => {
        const method = String(endpoint.method ?? 'GET').toUpperCase();
        // The route template (`GET /repos/{owner}/{repo}/…`), not the URL: a URL may carry a signed query.
        const route = `${method} ${String(endpoint.url ?? '')}`.slice(0, 200);
        return retry(async () => request(endpoint), {
            maxDelayMs: maxWait,
            ...options.retry,
            shouldRetry: (error) => {
                const f = describeFailure(error);
                if (f.kind === 'rate-limited') {
                    const wait = rateLimitWaitMs(f);
                    return wait === undefined || wait <= maxWait;
                }
                return f.kind === 'transient' && IDEMPOTENT.has(method);
            },
            retryAfterMs: (error) => rateLimitWaitMs(describeFailure(error)),
            onRetry: (error, attempt, delay) => {
                const f = describeFailure(error);
                logger?.info(`GitHub ${f.kind === 'rate-limited' ? 'rate limit' : `error ${f.status ?? ''}`.trim()} on ${route}; retry ${attempt} in ${Math.round(delay / 100) / 10} s`);
            },
        });
    });
    return octokit;
}

/** Characters of JSON a digest may take (about 16 KB once base64-encoded): a quarter of a comment. */
const DIGEST_JSON_BUDGET = 12_000;
const NAME_CHARS = 120;
const PREFIX = '<!-- logward-digest:v1:';
const SUFFIX = ' -->';
/**
 * A test's identity across runs: class and name, not the report path (which may carry a matrix
 * directory or a temporary name). 48 bits of SHA-256 is plenty for the tests of one job.
 */
function testId(t) {
    return createHash('sha256')
        .update(`${t.className ?? ''}\u0000${t.name}`, 'utf8')
        .digest('hex')
        .slice(0, 12);
}
function makeDigest(a, meta, budget = DIGEST_JSON_BUDGET) {
    const counts = {
        tests: a.tests.tests,
        passed: a.tests.passed,
        failed: a.tests.failed,
        errored: a.tests.errored,
        skipped: a.tests.skipped,
        errors: (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0),
        warnings: a.logs.byLevel.warn ?? 0,
    };
    if (a.baseline)
        counts.newTemplates = a.baseline.newTemplates.length;
    const digest = {
        v: 1,
        workflow: meta.workflow,
        job: meta.job,
        ...defined({ sha: meta.sha, ref: meta.ref, runId: meta.runId, runUrl: meta.runUrl }),
        at: a.generatedAt,
        verdict: a.verdict,
        counts,
        failing: [],
        templates: [],
    };
    // Fill in order of value: template ids (short, few), then every failing test's id with its name, then
    // ids alone once names stop fitting: a delta needs the ids, and only shows the names.
    let size = JSON.stringify(digest).length + 40;
    const seen = new Set();
    for (const t of a.topErrorTemplates) {
        if ((t.level !== 'error' && t.level !== 'fatal') || seen.has(t.templateId))
            continue;
        const cost = JSON.stringify(t.templateId).length + 1;
        if (size + cost > budget / 4) {
            digest.templatesCut = true;
            break;
        }
        seen.add(t.templateId);
        digest.templates.push(t.templateId);
        size += cost;
    }
    const ids = new Set();
    let names = true;
    for (const f of a.tests.failing) {
        const id = testId(f);
        if (ids.has(id))
            continue;
        const named = [id, clip(testTitle(f), NAME_CHARS)];
        let entry = named;
        let cost = JSON.stringify(entry).length + 1;
        if (names && size + cost > budget / 2)
            names = false;
        if (!names) {
            entry = [id];
            cost = JSON.stringify(entry).length + 1;
        }
        if (size + cost > budget) {
            digest.failingCut = true;
            break;
        }
        ids.add(id);
        digest.failing.push(entry);
        size += cost;
    }
    // The analysis keeps a bounded list of failing tests: more failed than it lists.
    if (a.tests.failed + a.tests.errored > a.tests.failing.length)
        digest.failingCut = true;
    return digest;
}
/** The hidden HTML comment that carries a digest. Base64 never contains `--`, so it cannot end the comment. */
function encodeDigest(d) {
    return `${PREFIX}${Buffer.from(JSON.stringify(d), 'utf8').toString('base64')}${SUFFIX}`;
}
/** The digest in a comment or check-run body, or undefined when there is none or it does not parse. */
function decodeDigest(text) {
    if (!text)
        return undefined;
    const start = text.lastIndexOf(PREFIX);
    if (start < 0)
        return undefined;
    const end = text.indexOf(SUFFIX, start + PREFIX.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(Buffer.from(text.slice(start + PREFIX.length, end), 'base64').toString('utf8'));
        return isDigest(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Digests are read from text anyone with comment access can write: check the shape before trusting it. */
function isDigest(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const d = v;
    if (d.v !== 1 || typeof d.workflow !== 'string' || typeof d.job !== 'string')
        return false;
    if (typeof d.at !== 'string' || !['pass', 'warn', 'fail'].includes(d.verdict))
        return false;
    const c = d.counts;
    if (!c || !['tests', 'passed', 'failed', 'errored', 'skipped', 'errors', 'warnings'].every(isCount(c)))
        return false;
    if (c.newTemplates !== undefined && !isCount(c)('newTemplates'))
        return false;
    if (!Array.isArray(d.failing) || !Array.isArray(d.templates))
        return false;
    const str = (x) => typeof x === 'string';
    return (d.failing.every((e) => Array.isArray(e) && (e.length === 1 || e.length === 2) && e.every(str)) &&
        d.templates.every(str) &&
        [d.sha, d.ref, d.runId, d.runUrl].every((x) => x === undefined || str(x)));
}
function isCount(c) {
    return (k) => typeof c[k] === 'number' && Number.isFinite(c[k]) && c[k] >= 0;
}
function defined(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * The hidden marker that names logward's comment for one workflow and job: `<!-- logward:CI:test -->`.
 * Names are the user's text, so the characters that would end the HTML comment early (`--`, `>`), split
 * the marker (`:`), span lines or hide in control characters are percent-encoded, and `%` itself so the encoding is unambiguous:
 * `CI:test` and `CI` + `test` get different markers.
 */
function commentMarker(workflow, job) {
    return `<!-- logward:${encodePart(workflow)}:${encodePart(job)} -->`;
}
function encodePart(text) {
    return text
        .replace(/[%:<>\x00-\x1f\x7f\u2028\u2029]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/-(?=-)/g, '%2D')
        .replace(/-$/, '%2D');
}
/** The name logward's check run gets: one per workflow and job, so a base-branch run can be found by it. */
function checkRunName(workflow, job) {
    return `logward (${workflow} / ${job})`.slice(0, 200);
}

/**
 * The digest of the last logward run of this workflow and job on the base branch. Every run that can
 * write checks leaves its digest in its check run's summary (`logward (<workflow> / <job>)`), so this
 * walks the base branch's newest commits and reads the first such check run that has one: the newest
 * commit may still be running, or may have been pushed with `[skip ci]`.
 *
 * Best effort: no base digest is a normal answer (first run, a fork that cannot read checks, expired
 * history), so failures other than rate limits (which the client retries) end in `undefined` and a
 * debug line, never an error.
 */
async function findBaseDigest(o) {
    const name = checkRunName(o.workflow, o.job);
    const base = { owner: o.owner, repo: o.repo };
    try {
        const commits = await o.octokit.rest.repos
            .listCommits({ ...base, sha: o.baseRef, per_page: Math.max(1, Math.min(o.maxCommits ?? 10, 100)) })
            .catch((error) => {
            throw toServiceError(error, `listing the commits of ${o.baseRef}`);
        });
        for (const commit of commits.data) {
            const { data } = await o.octokit.rest.checks
                .listForRef({ ...base, ref: commit.sha, check_name: name, filter: 'latest', per_page: 20 })
                .catch((error) => {
                throw toServiceError(error, `listing the check runs of ${commit.sha.slice(0, 7)}`);
            });
            for (const run of data.check_runs) {
                const digest = decodeDigest(run.output?.summary);
                if (digest && digest.workflow === o.workflow && digest.job === o.job) {
                    o.logger.debug(`base digest: ${name} on ${commit.sha.slice(0, 7)} (${o.baseRef})`);
                    return digest;
                }
            }
        }
        o.logger.debug(`no ${name} check run with a digest among the last ${commits.data.length} commits of ${o.baseRef}`);
    }
    catch (error) {
        const err = toServiceError(error, 'finding the base branch’s last run');
        o.logger[err.kind === 'rate-limited' ? 'warn' : 'debug'](`${err.message}; comparing with nothing`);
    }
    return undefined;
}

/** GitHub takes at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for `message` and `raw_details` is 64 KB; a test message needs far less. */
const MESSAGE_BYTES = 4096;
const DETAILS_BYTES = 16_384;
const TITLE_CHARS = 255;
/**
 * One `failure` annotation per failing test whose report says where it is, on its file and line (the
 * first line when only the file is known). Paths must be relative to the repository root: a path under
 * `workspace` (the checkout, GITHUB_WORKSPACE) is made relative; other absolute paths and paths leaving
 * the repository cannot be placed and are left out, as are tests without a file.
 */
function testAnnotations(a, options = {}) {
    const out = [];
    for (const f of a.tests.failing) {
        const path = f.file ? repoPath(f.file, options.workspace) : undefined;
        if (!path)
            continue;
        const line = f.line && f.line > 0 ? f.line : 1;
        const annotation = {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: clip(oneLine(`${f.status === 'errored' ? 'Errored' : 'Failed'}: ${testTitle(f)}`), TITLE_CHARS),
            message: clipBytes(cleanText(f.message ?? f.stackTrace ?? `${testTitle(f)} ${f.status}`), MESSAGE_BYTES),
        };
        if (f.stackTrace)
            annotation.raw_details = clipBytes(cleanText(f.stackTrace), DETAILS_BYTES);
        out.push(annotation);
    }
    return out;
}
/** `file` relative to the repository root, or undefined when it is not inside it. */
function repoPath(file, workspace) {
    let p = file.replace(/\\/g, '/');
    if (p.startsWith('file://'))
        p = p.slice('file://'.length);
    const ws = workspace?.replace(/\\/g, '/').replace(/\/+$/, '');
    if (ws && p.startsWith(`${ws}/`))
        p = p.slice(ws.length + 1);
    p = p.replace(/^(?:\.\/)+/, '');
    if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return undefined;
    if (p.split('/').some((s) => s === '..'))
        return undefined;
    return p;
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function oneLine(text) {
    return cleanText(text).replace(/\s+/g, ' ').trim();
}
/** At most `max` UTF-8 bytes, cut on a character boundary, ending with `…` when cut. */
function clipBytes(text, max) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= max)
        return text;
    let end = max - 3;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8') + '…';
}

/** GitHub's limits for a check run's output: title 255 characters, summary and text 65,535. */
const CHECK_TITLE_LIMIT = 255;
const CHECK_TEXT_LIMIT = 65_535;
/**
 * Creates the check run, then adds the annotations on failing tests' files and lines in batches of 50
 * (GitHub's per-request maximum; it appends each batch), completing the run with the last request. The
 * title, summary and text go with every request: an update replaces the output it is given.
 */
async function publishCheckRun(o) {
    const a = o.analysis;
    const annotations = testAnnotations(a, { workspace: o.workspace });
    const output = {
        title: checkTitle(a),
        summary: o.summary,
        text: renderSummaryMarkdown(a, { maxBytes: CHECK_TEXT_LIMIT }),
    };
    const conclusion = conclusionOf(a);
    const done = { status: 'completed', conclusion, completed_at: new Date().toISOString() };
    const base = { owner: o.owner, repo: o.repo };
    const created = await o.octokit.rest.checks
        .create({
        ...base,
        name: o.name,
        head_sha: o.sha,
        ...(o.runUrl ? { details_url: o.runUrl } : {}),
        ...(annotations.length === 0 ? done : { status: 'in_progress' }),
        output,
    })
        .catch((error) => {
        throw toServiceError(error, 'creating the check run');
    });
    const id = created.data.id;
    const groups = batches(annotations);
    for (const [i, group] of groups.entries()) {
        const last = i === groups.length - 1;
        await o.octokit.rest.checks
            .update({ ...base, check_run_id: id, ...(last ? done : {}), output: { ...output, annotations: group } })
            .catch((error) => {
            throw toServiceError(error, `adding annotations ${i * 50 + 1}–${i * 50 + group.length} to the check run`);
        });
    }
    const unplaced = a.tests.failing.length - annotations.length;
    o.logger.info(`check run "${o.name}": ${conclusion}, ${annotations.length} annotation(s) in ${groups.length} request(s)${unplaced > 0 ? `; ${unplaced} failing test(s) had no file in the repository` : ''}`);
    return {
        id,
        ...(created.data.html_url ? { url: created.data.html_url } : {}),
        conclusion,
        annotations: annotations.length,
        unplaced,
        batches: groups.length,
    };
}
/** `failure` only when the run fails the step: a verdict the user chose not to fail on is `neutral`. */
function conclusionOf(a) {
    if (a.failed)
        return 'failure';
    return a.verdict === 'pass' ? 'success' : 'neutral';
}
function checkTitle(a) {
    const word = a.verdict === 'pass' ? 'Pass' : a.verdict === 'warn' ? 'Warn' : 'Fail';
    const reason = cleanText(a.reasons[0] ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    return clip(reason ? `${word}: ${reason}` : word, CHECK_TITLE_LIMIT);
}

/** The login GitHub gives comments made with an Actions GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * Who the token comments as. A personal or OAuth token answers `GET /user`; an installation token (the
 * Actions GITHUB_TOKEN, a GitHub App's) is refused there (403 "Resource not accessible by integration",
 * or 401 on some GHES versions) and comments as `github-actions[bot]`; another App's token should pass
 * its `<app-slug>[bot]` login as `author`.
 */
async function tokenLogin(o) {
    try {
        const { data } = await o.octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        const f = describeFailure(error);
        if (f.kind === 'forbidden' || f.kind === 'unauthorized' || f.kind === 'not-found') {
            o.logger.debug(`GET /user answered ${f.status}: an installation token; comments are by ${ACTIONS_BOT_LOGIN}`);
            return ACTIONS_BOT_LOGIN;
        }
        throw toServiceError(error, 'reading the token’s user');
    }
}
/**
 * logward's comment for this marker: among the PR's comments (every page), the first written by `login`
 * that starts with the marker. Comments by anyone else are ignored even with the same marker: anyone can
 * paste one, and editing theirs would fail, or worse, succeed with an admin token.
 */
async function findOwnComment(o) {
    let found;
    let duplicates = 0;
    try {
        for await (const page of o.octokit.paginate.iterator(o.octokit.rest.issues.listComments, {
            owner: o.owner,
            repo: o.repo,
            issue_number: o.prNumber,
            per_page: 100,
        })) {
            for (const c of page.data) {
                // Ours start with the marker; a comment that merely quotes one is not ours.
                if (c.user?.login !== o.login || !c.body?.trimStart().startsWith(o.marker))
                    continue;
                if (found)
                    duplicates++;
                else
                    found = { id: c.id, body: c.body, ...(c.html_url ? { url: c.html_url } : {}) };
            }
        }
    }
    catch (error) {
        throw toServiceError(error, `listing the comments of #${o.prNumber}`);
    }
    if (duplicates > 0)
        o.logger.debug(`${duplicates} more comment(s) with the same marker; editing the first`);
    return found;
}
async function createComment(o) {
    try {
        const { data } = await o.octokit.rest.issues.createComment({
            owner: o.owner,
            repo: o.repo,
            issue_number: o.prNumber,
            body: o.body,
        });
        return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    }
    catch (error) {
        throw toServiceError(error, `commenting on #${o.prNumber}`);
    }
}
async function updateComment(o) {
    try {
        const { data } = await o.octokit.rest.issues.updateComment({
            owner: o.owner,
            repo: o.repo,
            comment_id: o.commentId,
            body: o.body,
        });
        return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    }
    catch (error) {
        throw toServiceError(error, `editing comment ${o.commentId}`);
    }
}

const COUNT_KEYS = [
    'tests',
    'passed',
    'failed',
    'errored',
    'skipped',
    'errors',
    'warnings',
    'newTemplates',
];
function compareDigests(base, now) {
    const counts = COUNT_KEYS.filter((k) => now.counts[k] !== undefined || base.counts[k] !== undefined).map((key) => {
        const n = now.counts[key] ?? 0;
        const b = base.counts[key] ?? 0;
        return { key, now: n, base: b, diff: n - b };
    });
    const baseFailing = new Map(base.failing.map(([id, name]) => [id, name]));
    const nowFailing = new Map(now.failing.map(([id, name]) => [id, name]));
    const entry = (id, name) => name === undefined ? { id } : { id, name };
    const newFailures = [...nowFailing].filter(([id]) => !baseFailing.has(id)).map(([id, n]) => entry(id, n));
    const fixed = [...baseFailing].filter(([id]) => !nowFailing.has(id)).map(([id, n]) => entry(id, n));
    const baseTemplates = new Set(base.templates);
    const nowTemplates = new Set(now.templates);
    return {
        base: {
            at: base.at,
            verdict: base.verdict,
            ...(base.sha ? { sha: base.sha } : {}),
            ...(base.ref ? { ref: base.ref } : {}),
            ...(base.runId ? { runId: base.runId } : {}),
            ...(base.runUrl ? { runUrl: base.runUrl } : {}),
        },
        counts,
        newFailures,
        fixed,
        stillFailing: [...nowFailing.keys()].filter((id) => baseFailing.has(id)).length,
        newErrorTemplates: now.templates.filter((t) => !baseTemplates.has(t)),
        goneErrorTemplates: base.templates.filter((t) => !nowTemplates.has(t)),
        partial: Boolean(base.failingCut || now.failingCut || base.templatesCut || now.templatesCut),
    };
}

/** GitHub refuses a comment body longer than 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** Measured in UTF-8 bytes (never fewer than characters), with room to spare for GitHub's own counting. */
const DEFAULT_MAX = COMMENT_LIMIT - 512;
const LADDER = [
    { context: 6, stackLines: 20, rows: 50, chars: 300 },
    { context: 3, stackLines: 10, rows: 50, chars: 300 },
    { context: 3, stackLines: 0, rows: 50, chars: 300 },
    { context: 0, stackLines: 0, rows: 30, chars: 200 },
    { context: 0, stackLines: 0, rows: 15, chars: 150 },
    { context: 0, stackLines: 0, rows: 8, chars: 120, minimal: true },
    { context: 0, stackLines: 0, rows: 3, chars: 100, minimal: true },
];
const MAX_ROOT_CAUSES = 5;
const MAX_REASONS = 6;
const VERDICT = {
    fail: { icon: '❌', word: 'FAIL' },
    warn: { icon: '⚠️', word: 'WARN' },
    pass: { icon: '✅', word: 'PASS' },
};
/**
 * The PR comment: marker, verdict, counts against the base, what changed since the base (new failures,
 * fixed tests, new error templates), failing tests linked to file:line, root-cause log lines, templates
 * new against the baseline, and the digest. The first level of detail that fits `maxBytes` wins; the
 * job summary and report.html keep the whole story.
 */
function renderComment(input, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX;
    const tail = `\n${input.digestComment}\n`;
    const budget = maxBytes - Buffer.byteLength(tail, 'utf8');
    let text = '';
    for (const d of LADDER) {
        text = render(input, d, d !== LADDER[0]);
        if (Buffer.byteLength(text, 'utf8') <= budget)
            return text + tail;
    }
    return cutLines(text, budget) + tail;
}
function render(input, d, shortened) {
    const a = input.analysis;
    const parts = [input.marker, heading(input, d), countsTable(a, input.delta), changes(input, d)];
    parts.push(failingTests(a, d));
    if (!d.minimal)
        parts.push(rootCauses(a, d), anomalies(a, d));
    parts.push(footer(input, shortened));
    return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'));
}
function heading(input, d) {
    const a = input.analysis;
    const v = a.verdict in VERDICT ? VERDICT[a.verdict] : VERDICT.fail;
    const href = safeHref(input.runUrl);
    const run = a.ci.run_id ? `run ${a.ci.run_id}${a.ci.run_attempt ? `.${a.ci.run_attempt}` : ''}` : 'run';
    const meta = [
        href ? mdLink(mdText(run, 60), href) : a.ci.run_id ? mdText(run, 60) : '',
        a.ci.sha ? mdCode(shortSha(a.ci.sha) ?? '', { max: 12 }) : '',
        mdText(formatTimestamp(a.generatedAt), 40),
    ].filter((m) => m !== '');
    const [headline, ...rest] = a.reasons;
    const lines = [
        `### ${v.icon} ${v.word} · logward · ${mdText(input.workflow, 100)} / ${mdText(input.job, 100)}`,
        '',
        `<sub>${meta.join(' · ')}</sub>`,
    ];
    if (headline)
        lines.push('', `**${mdText(headline, d.chars * 2)}**`);
    const more = rest.slice(0, d.minimal ? 2 : MAX_REASONS);
    if (more.length > 0)
        lines.push('', ...more.map((r) => `- ${mdText(r, d.chars * 2)}`));
    return lines.join('\n');
}
const COUNT_LABELS = {
    tests: 'Tests',
    failed: 'Failed',
    errored: 'Errored',
    skipped: 'Skipped',
    errors: 'Log errors',
    warnings: 'Warnings',
    newTemplates: 'New templates',
};
function countsTable(a, delta) {
    const now = {
        tests: a.tests.tests,
        passed: a.tests.passed,
        failed: a.tests.failed,
        errored: a.tests.errored,
        skipped: a.tests.skipped,
        errors: (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0),
        warnings: a.logs.byLevel.warn ?? 0,
    };
    if (a.baseline)
        now.newTemplates = a.baseline.newTemplates.length;
    const keys = Object.keys(COUNT_LABELS).filter((k) => now[k] !== undefined || delta?.counts.some((c) => c.key === k));
    const header = ['', ...keys.map((k) => COUNT_LABELS[k])];
    const rows = [['This run', ...keys.map((k) => formatCount(now[k] ?? 0))]];
    if (delta) {
        const base = new Map(delta.counts.map((c) => [c.key, c]));
        rows.push(['Base', ...keys.map((k) => formatCount(base.get(k)?.base ?? 0))]);
        rows.push([
            '±',
            ...keys.map((k) => {
                const diff = (now[k] ?? 0) - (base.get(k)?.base ?? 0);
                const text = diff > 0 ? `+${formatCount(diff)}` : diff < 0 ? `−${formatCount(-diff)}` : '0';
                // More of anything but tests is worse; call it out.
                return diff > 0 && k !== 'tests' ? `**${text}**` : text;
            }),
        ]);
    }
    return table(header, header.map((_, i) => (i === 0 ? 'l' : 'r')), rows);
}
function changes(input, d) {
    const delta = input.delta;
    if (!delta) {
        return input.baseRef
            ? `_No logward run of this job was found on ${mdCode(input.baseRef, { max: 100 })} to compare with._`
            : '';
    }
    const a = input.analysis;
    const b = delta.base;
    const baseHref = safeHref(b.runUrl);
    const baseName = [input.baseRef ? mdCode(input.baseRef, { max: 100 }) : 'the base branch'];
    if (b.sha)
        baseName.push(`at ${mdCode(shortSha(b.sha) ?? '', { max: 12 })}`);
    const baseLabel = baseHref ? `${baseName.join(' ')} (${mdLink('run', baseHref)})` : baseName.join(' ');
    const out = [`#### Compared with ${baseLabel}`, ''];
    const byId = new Map(a.tests.failing.map((f) => [testId(f), f]));
    if (delta.newFailures.length === 0 && delta.fixed.length === 0) {
        out.push(delta.stillFailing > 0
            ? `No change in failing tests (${plural(delta.stillFailing, 'test')} failing on both).`
            : 'No failing tests on either side.');
    }
    if (delta.newFailures.length > 0) {
        out.push(`🆕 **${plural(delta.newFailures.length, 'new failure')}**:`, '');
        out.push(...delta.newFailures.slice(0, d.rows).map((n) => {
            const f = byId.get(n.id);
            return `- ${f ? `${mdText(testTitle(f), d.chars)} ${where(f)}` : mdText(n.name ?? `test ${n.id}`, d.chars)}`;
        }));
        out.push(more(delta.newFailures.length - d.rows, 'new failure'), '');
    }
    if (delta.fixed.length > 0) {
        const named = delta.fixed.filter((f) => f.name !== undefined);
        out.push(`✅ **${plural(delta.fixed.length, 'test')} no longer failing** (fixed, or not run):`, '');
        out.push(...named.slice(0, d.rows).map((f) => `- ${mdText(f.name, d.chars)}`));
        out.push(more(delta.fixed.length - Math.min(named.length, d.rows), 'test'), '');
    }
    if (delta.stillFailing > 0 && (delta.newFailures.length > 0 || delta.fixed.length > 0)) {
        out.push(`${plural(delta.stillFailing, 'test')} failing on both.`, '');
    }
    if (delta.newErrorTemplates.length > 0) {
        const text = templateTexts(a);
        out.push(`🆕 **${plural(delta.newErrorTemplates.length, 'error template')} the base run did not have**:`, '');
        out.push(...delta.newErrorTemplates
            .slice(0, Math.min(d.rows, 10))
            .map((id) => `- ${mdCode(text.get(id) ?? id, { max: d.chars })}`));
        out.push(more(delta.newErrorTemplates.length - Math.min(d.rows, 10), 'template'), '');
    }
    if (delta.goneErrorTemplates.length > 0) {
        out.push(`${plural(delta.goneErrorTemplates.length, 'error template')} of the base run did not occur.`);
    }
    if (delta.partial)
        out.push('', '_Partial: a run had more failing tests or templates than its digest keeps._');
    return out.join('\n');
}
function templateTexts(a) {
    const m = new Map();
    for (const t of [...(a.baseline?.newTemplates ?? []), ...a.topErrorTemplates])
        m.set(t.templateId, t.template);
    return m;
}
/** One line naming the flaky tests (not failures; report.html and summary.md have the evidence). */
function flakyLine(a) {
    const f = a.tests.flaky;
    if (f.length === 0)
        return '';
    const names = f.slice(0, 5).map((x) => mdText(testTitle(x), 120));
    const rest = f.length > names.length ? `, and ${formatCount(f.length - names.length)} more` : '';
    return `\n\n⚠️ ${plural(f.length, 'flaky test')} (failed, then passed on a rerun or in an earlier run of this commit; not counted as failures): ${names.join(', ')}${rest}.`;
}
function failingTests(a, d) {
    const t = a.tests;
    if (t.failing.length === 0) {
        if (t.tests === 0)
            return '';
        return `✅ All ${formatCount(t.tests - t.skipped)} tests that ran passed.${flakyLine(a)}`;
    }
    const shown = t.failing.slice(0, d.rows);
    const rows = shown.map((f) => [
        f.status === 'errored' ? '💥' : '❌',
        mdText(testTitle(f), 200),
        where(f, true),
        mdText(firstLine(f.message ?? f.stackTrace), d.chars),
    ]);
    const out = [
        `#### Failing tests (${formatCount(t.failed + t.errored)})`,
        '',
        table(['', 'Test', 'Where', 'Message'], ['l', 'l', 'l', 'l'], rows),
        more(t.failing.length - shown.length, 'failing test'),
        flakyLine(a).trim(),
    ];
    if (d.stackLines > 0) {
        const traced = shown.filter((f) => f.stackTrace).slice(0, 10);
        const body = traced
            .map((f) => {
            const s = clipLines(f.stackTrace, d.stackLines, d.stackLines * 200);
            return `**${mdText(testTitle(f), 150)}**\n\n${fence(s.text + (s.omitted > 0 ? `\n… ${plural(s.omitted, 'more line')}` : ''))}`;
        })
            .join('\n');
        if (body)
            out.push(details(`Stack traces (${traced.length})`, body));
    }
    return out.join('\n');
}
/** `file:line` linked to the repository at the run's commit, when the analysis made a link. */
function where(f, inTable = false) {
    const loc = testLocation(f);
    if (!loc)
        return inTable ? mdCode(f.report, { inTable, max: 120 }) : '';
    const href = safeHref(f.url);
    const code = mdCode(loc, { inTable, max: 160 });
    return href ? mdLink(code, href) : code;
}
function rootCauses(a, d) {
    if (a.rootCauses.length === 0)
        return '';
    const shown = a.rootCauses.slice(0, MAX_ROOT_CAUSES);
    return [
        '#### Root causes',
        '',
        ...shown.map((c) => rootCause(c, d)),
        more(a.rootCauses.length - shown.length, 'log with errors', 'logs with errors'),
    ].join('\n');
}
function rootCause(c, d) {
    const meta = [
        mdCode(`${c.path}:${c.line}`, { max: 160 }),
        c.service ? `service **${mdText(c.service, 80)}**` : '',
        c.group ? `step **${mdText(c.group, 120)}**` : '',
        plural(c.errors, 'error'),
    ].filter((m) => m !== '');
    const out = [`${meta.join(' · ')}`, ''];
    if (d.context > 0 && c.context.length > 0) {
        const focus = Math.max(0, c.context.findIndex((l) => l.focus));
        const lines = c.context.slice(Math.max(0, focus - d.context), focus + d.context + 1);
        const width = Math.max(...lines.map((l) => String(l.line).length));
        out.push(fence(lines
            .map((l) => `${l.focus ? '>' : ' '} ${String(l.line).padStart(width)} │ ${clipLines(l.text, 1, 300).text}`)
            .join('\n')));
    }
    else {
        out.push(`> **${mdText(c.level.toUpperCase(), 10)}** ${mdText(firstLine(c.message), d.chars)}`, '');
    }
    return out.join('\n');
}
function anomalies(a, d) {
    const b = a.baseline;
    if (!b)
        return '';
    const against = `the baseline (${plural(b.runs, 'run')}, ${plural(b.templates, 'template')})`;
    const found = otherFindings(a, d);
    if (b.newTemplates.length === 0)
        return `#### Anomalies\n\n${found}✅ Nothing new against ${against}.`;
    const errors = b.newTemplates.filter((t) => t.level === 'error' || t.level === 'fatal').length;
    const shown = b.newTemplates.slice(0, Math.min(d.rows, 20));
    return [
        '#### Anomalies',
        '',
        found +
            `🆕 **${plural(b.newTemplates.length, 'template')} new** against ${against}${errors > 0 ? `, ${formatCount(errors)} at error level` : ''}.`,
        '',
        table(['Count', 'Level', 'Template', 'Seen in'], ['r', 'l', 'l', 'l'], shown.map((t) => [
            formatCount(t.count),
            mdText(t.level, 10),
            mdCode(t.template, { inTable: true, max: d.chars }),
            mdText(t.services.slice(0, 3).join(', '), 100),
        ])),
        more(b.newTemplates.length - shown.length, 'new template'),
    ].join('\n');
}
/**
 * The findings other than new templates (listed below them) as one line each, with the run score; the job
 * summary has their evidence. Empty without findings.
 */
function otherFindings(a, d) {
    const f = a.findings;
    if (!f)
        return '';
    const icon = { error: '❌', warn: '⚠️', info: 'ℹ️' };
    const items = f.items.filter((i) => i.kind !== 'new-templates');
    const lines = items
        .slice(0, Math.min(d.rows, 10))
        .map((i) => `- ${icon[i.severity]} **${mdText(i.title, 160)}**: ${mdText(i.explanation, d.chars)}`);
    return ([
        `Run score **${f.score}/100** against the baseline (0: nothing unusual).`,
        '',
        ...lines,
        more(items.length - lines.length, 'finding'),
        '',
    ]
        .filter((l, i, all) => l !== '' || all[i - 1] !== '')
        .join('\n') + '\n');
}
function footer(input, shortened) {
    const href = safeHref(input.runUrl);
    const report = href ? ` The job summary of the ${mdLink('run', href)} has the full report.` : '';
    const note = shortened ? `> ✂️ Shortened to fit GitHub's comment limit.${report}\n\n` : '';
    return `${note}<sub>${htmlText('logward')} · updated on every run of this job</sub>`;
}
function more(left, one, many = `${one}s`) {
    return left > 0 ? `_…and ${formatCount(left)} more ${left === 1 ? one : many}._` : '';
}
/** Whole lines up to the budget (never inside a UTF-8 sequence), for a budget below even the minimal level. */
function cutLines(text, budget) {
    let out = '';
    let fenceOpen = false;
    for (const line of text.split('\n')) {
        if (Buffer.byteLength(out + line + '\n', 'utf8') > budget - 8)
            break;
        if (/^`{3,}/.test(line))
            fenceOpen = !fenceOpen;
        out += line + '\n';
    }
    return fenceOpen ? out + '```\n' : out;
}

/**
 * Reports a judged run where developers look: one PR comment per workflow and job (found again by its
 * hidden marker among the token's own comments, then edited) and a check run whose annotations sit on
 * the failing tests' lines. Both carry the run's digest, so the next PR can compare itself with this run.
 *
 * A token that may not write (a fork's or Dependabot's PR, a missing permission) is not an error of the
 * run: that part is skipped, `notice` says so, and `fellBack` tells the caller to rely on the job summary.
 * Rate limits are retried by the client; other GitHub failures throw a `GitHubError` (a ServiceError).
 */
async function publishToPullRequest(a, options) {
    const { octokit, context: ctx, logger } = options;
    const repo = { octokit, owner: ctx.owner, repo: ctx.repo };
    const sha = ctx.sha ?? a.ci.sha;
    const digest = makeDigest(a, {
        workflow: ctx.workflow,
        job: ctx.job,
        sha,
        ref: a.ci.ref,
        runId: a.ci.run_id,
        runUrl: ctx.runUrl,
    });
    let base = options.baseDigest ?? undefined;
    if (options.baseDigest === undefined && ctx.baseRef) {
        base = await findBaseDigest({
            ...repo,
            baseRef: ctx.baseRef,
            workflow: ctx.workflow,
            job: ctx.job,
            logger,
        });
    }
    const delta = base ? compareDigests(base, digest) : undefined;
    const marker = commentMarker(ctx.workflow, ctx.job);
    const body = renderComment({
        analysis: a,
        marker,
        digestComment: encodeDigest(digest),
        workflow: ctx.workflow,
        job: ctx.job,
        runUrl: ctx.runUrl,
        delta,
        baseRef: options.baseDigest === null ? undefined : ctx.baseRef,
    });
    const result = { comment: 'skipped', digest, body, ...(delta ? { delta } : {}) };
    const denied = [];
    const unlessDenied = async (what, fn) => {
        try {
            await fn();
        }
        catch (error) {
            if (!(error instanceof GitHubError) || error.kind !== 'forbidden')
                throw error;
            logger.debug(error.message);
            denied.push(what);
        }
    };
    if (options.comment !== false && ctx.prNumber !== undefined) {
        const prNumber = ctx.prNumber;
        await unlessDenied('the PR comment', async () => {
            const login = ctx.author ?? (await tokenLogin({ ...repo, logger }));
            const existing = await findOwnComment({ ...repo, prNumber, login, marker, logger });
            if (existing) {
                const c = await updateComment({ ...repo, commentId: existing.id, body });
                result.comment = 'updated';
                if (c.url ?? existing.url)
                    result.commentUrl = c.url ?? existing.url;
            }
            else {
                const c = await createComment({ ...repo, prNumber, body });
                result.comment = 'created';
                if (c.url)
                    result.commentUrl = c.url;
            }
            logger.info(`PR #${prNumber}: comment ${result.comment}${result.commentUrl ? ` (${result.commentUrl})` : ''}`);
        });
    }
    else if (options.comment !== false) {
        logger.debug('no pull request: no comment');
    }
    if (options.checkRun !== false && sha) {
        await unlessDenied('the check run', async () => {
            result.checkRun = await publishCheckRun({
                ...repo,
                sha,
                name: checkRunName(ctx.workflow, ctx.job),
                analysis: a,
                summary: body,
                runUrl: ctx.runUrl,
                workspace: ctx.workspace,
                logger,
            });
        });
    }
    if (denied.length > 0) {
        result.fellBack = `the token may not write ${denied.join(' or ')} (a fork or Dependabot PR has a read-only token; otherwise grant \`pull-requests: write\` and \`checks: write\`)`;
        const message = `logward: skipped ${denied.join(' and ')}: ${result.fellBack}. The report is in the job summary.`;
        if (options.notice)
            options.notice(message);
        else
            logger.warn(message);
    }
    return result;
}

/**
 * A file name for a job's log: `<job name>.log`, made safe on every OS. Job names are the user's text
 * (`build / test (ubuntu-latest, 22)`): path separators, characters Windows refuses, control characters
 * and a leading dot (a hidden file, skipped by the lake's readers) are replaced with `_`; Windows device
 * names get a `_` prefix; the name is cut to 120 UTF-8 bytes. Two jobs whose names end up equal (ignoring
 * case, for macOS and Windows) are told apart by the job id: `test (1234).log`.
 */
function jobLogFileName(jobName, jobId, taken) {
    let base = jobName
        .normalize('NFC')
        .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\u2028\u2029]/g, '_')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[. ]+$/, '');
    if (base.startsWith('.'))
        base = `_${base.slice(1)}`;
    if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(base))
        base = `_${base}`;
    base = cutUtf8(base, 120);
    if (base === '')
        base = `job-${jobId}`;
    let name = `${base}.log`;
    if (taken.has(name.toLowerCase()))
        name = `${base} (${jobId}).log`;
    for (let n = 2; taken.has(name.toLowerCase()); n++)
        name = `${base} (${jobId}-${n}).log`;
    taken.add(name.toLowerCase());
    return name;
}
function cutUtf8(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = maxBytes;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8').trim();
}

const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure']);
/**
 * A workflow run's own job logs, for the normal ingest pipeline: lists the run's jobs (latest attempt,
 * every page) and writes the log of each completed one to `<dir>/<job name>.log`, byte for byte as GitHub
 * serves it: timestamped lines and `##[group]` blocks, which the parse stage reads as GitHub Actions logs
 * with their steps. Jobs not completed (this one among them) are skipped and reported.
 *
 * The logs endpoint answers with a redirect to a short-lived signed URL on GitHub's storage. It is
 * followed by hand, with no Authorization header: the token must not travel to another host (and the
 * storage refuses a request that carries one). The signed URL is a credential too: it is never logged.
 */
async function downloadRunLogs(options) {
    const { octokit, owner, repo, logger } = options;
    const runId = Number(options.runId ?? process.env.GITHUB_RUN_ID);
    if (!Number.isSafeInteger(runId) || runId <= 0) {
        throw new ConfigError('no workflow run id to read job logs from', {
            hint: 'set `github-run` to a run id (default: GITHUB_RUN_ID, set in GitHub Actions)',
        });
    }
    let jobs;
    try {
        jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100,
        });
    }
    catch (error) {
        const err = toServiceError(error, `listing the jobs of run ${runId}`);
        if (err.kind === 'forbidden') {
            throw new GitHubError(err.message, err, 'reading job logs needs `actions: read` in the job’s permissions');
        }
        throw err;
    }
    await mkdir(options.dir, { recursive: true });
    const taken = new Set();
    const result = { files: [], skipped: [] };
    for (const job of jobs) {
        const about = { job: job.name, jobId: job.id, status: job.status, conclusion: job.conclusion ?? null };
        if (job.status !== 'completed') {
            result.skipped.push({ ...about, reason: 'in-progress' });
            continue;
        }
        const path = join(options.dir, jobLogFileName(job.name, job.id, taken));
        try {
            const bytes = await downloadJobLog({ ...options, jobId: job.id, jobName: job.name, path });
            result.files.push({ path, job: job.name, jobId: job.id, conclusion: about.conclusion, bytes });
        }
        catch (error) {
            const err = error instanceof ServiceError
                ? error
                : toServiceError(error, `downloading the log of job "${job.name}"`);
            const reason = err instanceof GitHubError && err.kind === 'not-found' ? 'no-log' : 'error';
            if (reason === 'error')
                logger.warn(`${err.message}; reading the other jobs`);
            else
                logger.debug(`job "${job.name}" has no log (expired or never ran)`);
            result.skipped.push({ ...about, reason, message: err.message });
        }
    }
    const failed = result.files.filter((f) => f.conclusion !== null && FAILED.has(f.conclusion));
    logger.info(`run ${runId}: ${result.files.length} job log(s) downloaded` +
        (failed.length > 0
            ? `, ${failed.length} of failed jobs (${failed.map((f) => f.job).join(', ')})`
            : '') +
        (result.skipped.length > 0
            ? `; skipped ${result.skipped.map((s) => `${s.job} (${s.reason === 'in-progress' ? s.status : s.reason})`).join(', ')}`
            : ''));
    return result;
}
async function downloadJobLog(o) {
    const fetchImpl = o.fetch ?? globalThis.fetch;
    const tmp = `${o.path}.part`;
    try {
        return await retry(async (_attempt, bail) => {
            let res;
            try {
                // `manual`: the redirect is followed below, without the Authorization header.
                res = await o.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
                    owner: o.owner,
                    repo: o.repo,
                    job_id: o.jobId,
                    request: { redirect: 'manual' },
                });
            }
            catch (error) {
                // The client has already retried what GitHub itself answered.
                return bail(error);
            }
            const location = headerOf(res.headers, 'location');
            if (res.status >= 300 && res.status < 400 && location) {
                return await fetchSigned(fetchImpl, location, tmp, o.jobName);
            }
            // No redirect (a server that serves the log itself): the body is the log.
            const text = typeof res.data === 'string' ? res.data : Buffer.from(res.data).toString('utf8');
            await pipeline(Readable.from([Buffer.from(text, 'utf8')]), createWriteStream(tmp));
            return Buffer.byteLength(text, 'utf8');
        }, { retries: 3, initialDelayMs: 500, ...o.retry }).then(async (bytes) => {
            await rename(tmp, o.path);
            return bytes;
        });
    }
    finally {
        await rm(tmp, { force: true });
    }
}
async function fetchSigned(fetchImpl, location, tmp, jobName) {
    let url;
    try {
        url = new URL(location);
    }
    catch {
        throw new ServiceError(`GitHub: the log of job "${jobName}" redirected to an invalid URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ServiceError(`GitHub: the log of job "${jobName}" redirected to a ${url.protocol} URL`);
    }
    let res;
    try {
        // No headers at all: the signature in the URL is the only credential this request carries.
        res = await fetchImpl(url, { redirect: 'follow' });
    }
    catch (error) {
        const code = error.cause?.code;
        throw new ServiceError(`GitHub: downloading the log of job "${jobName}" from storage failed${typeof code === 'string' ? ` (${code})` : ''}`, { retriable: true, hint: 'the network or GitHub’s storage failed; running again usually helps' });
    }
    if (!res.ok || !res.body) {
        await res.body?.cancel().catch(() => { });
        // 403 from the storage is an expired signature: a new redirect brings a fresh one.
        const retriable = res.status >= 500 || res.status === 403 || res.status === 429;
        throw new ServiceError(`GitHub: the storage answered ${res.status} for the log of job "${jobName}"`, {
            retriable,
            hint: retriable ? 'running again usually helps' : 'the log may have expired',
        });
    }
    let bytes = 0;
    const count = new Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    try {
        await pipeline(Readable.fromWeb(res.body), count, createWriteStream(tmp));
    }
    catch {
        throw new ServiceError(`GitHub: the log of job "${jobName}" was cut off while downloading`, {
            retriable: true,
        });
    }
    return bytes;
}
function headerOf(headers, name) {
    const v = headers[name] ?? headers[name.toLowerCase()];
    return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * `github-run`: download the logs of a workflow run's completed jobs and add them to the inputs, each
 * job's records named after the job. Used by `analyze` (CLI and action) before the run is analysed.
 */
async function withGitHubRunLogs(config, logger, env = process.env) {
    const run = config['github-run'];
    if (!run)
        return { config };
    const token = config['github-token'];
    const repository = config.repository ?? env.GITHUB_REPOSITORY;
    if (!token || !repository?.includes('/')) {
        throw new ConfigError('`github-run` needs a GitHub token and the repository', {
            hint: 'set github-token (GITHUB_TOKEN) and repository (GITHUB_REPOSITORY, owner/name); the token needs `actions: read`',
        });
    }
    const [owner, repo] = repository.split('/');
    const octokit = createOctokit(token, config['github-api-url'], { logger });
    const dir = mkdtempSync(join(tmpdir(), 'logward-run-logs-'));
    const logs = await downloadRunLogs({
        octokit,
        owner,
        repo,
        runId: run === 'current' ? env.GITHUB_RUN_ID : run,
        dir,
        logger,
    });
    for (const s of logs.skipped)
        logger.info(`run logs: ${s.job} skipped (${s.reason})`);
    logger.info(`run logs: ${logs.files.length} job logs downloaded`);
    const jobOf = new Map(logs.files.map((f) => [f.path, f.job]));
    return {
        config: Object.freeze({ ...config, paths: [...config.paths, ...logs.files.map((f) => f.path)] }),
        serviceOf: (path) => jobOf.get(path),
    };
}
/**
 * After `analyze` in GitHub Actions: the PR comment and the check run, when a token is set and the run
 * has a repository. Never fails the run: a read-only token falls back to the job summary (`fellBack`),
 * and any other GitHub failure is a warning.
 */
async function publishToGitHub(analysis, config, logger, options = {}) {
    const env = options.env ?? process.env;
    const token = config['github-token'];
    const repository = analysis.ci.repository;
    if (!token || !repository?.includes('/') || analysis.ci.provider !== 'github-actions')
        return undefined;
    if (!config['pr-comment'] && !config['check-run'])
        return undefined;
    const [owner, repo] = repository.split('/');
    try {
        const octokit = createOctokit(token, config['github-api-url'], { logger });
        const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
        return await publishToPullRequest(analysis, {
            octokit,
            logger,
            comment: config['pr-comment'],
            checkRun: config['check-run'],
            ...(options.notice ? { notice: options.notice } : {}),
            context: {
                owner,
                repo,
                prNumber: analysis.ci.pr,
                sha: headSha(env) ?? analysis.ci.sha,
                workflow: env.GITHUB_WORKFLOW ?? 'workflow',
                job: config.job ?? env.GITHUB_JOB ?? 'job',
                runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
                baseRef: env.GITHUB_BASE_REF || undefined,
                workspace: env.GITHUB_WORKSPACE,
            },
        });
    }
    catch (error) {
        logger.warn(`could not publish to GitHub: ${describeError(error)}`);
        return undefined;
    }
}
/** A PR's head commit (its checks show on the PR), from the event payload. */
function headSha(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse(readFileSync$1(env.GITHUB_EVENT_PATH, 'utf8'));
        return event.pull_request?.head?.sha;
    }
    catch {
        return undefined;
    }
}

const KEYS = [
    'reports',
    'baseline',
    'session-field',
    'session-regex',
    'history',
    'fail-on',
    'out',
    'store',
    'store-records',
    ...INGEST_KEYS,
    ...PAST_RUNS_KEYS,
];
function registerAnalyzeCommand(program) {
    const command = program
        .command('analyze')
        .description('Judge a CI run: its logs and test reports → a verdict, and a report (summary.md, report.html, report.json) a developer reads in 30 seconds.')
        .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
        .addOption(new Option('--json', 'print report.json to stdout instead of the verdict line'))
        .addHelpText('after', `
Examples:
  $ logward analyze examples/runs/failing/logs --reports 'examples/runs/failing/reports/*.xml' \\
      --baseline 'examples/runs/pass-*/logs' --out logward-report
  $ logward analyze build/logs --reports '**/TEST-*.xml' --fail-on errors
  $ logward baseline learn 'runs/pass-*/logs' --model .logward/baseline
  $ logward analyze runs/current/logs --baseline .logward/baseline

Exit codes: 0 pass (or failure not selected by --fail-on), 1 failed per --fail-on, 2 usage, 3 unreadable inputs.`);
    addSettingFlags(command, KEYS);
    command.action(async (paths, opts) => {
        const context = commandContext(opts, KEYS, paths.length > 0 ? { paths } : {});
        const logger = context.logger;
        const { config, serviceOf } = await withGitHubRunLogs(context.config, logger);
        if (config.paths.length === 0 && config.reports.length === 0) {
            logger.error('nothing to analyze: name log files or directories, and/or --reports (or set them in logward.yml)');
            process.exitCode = ExitCode.usage;
            return;
        }
        const ci = detectCiContext(process.env, config);
        const store = config['store-records'] ? await openEmbeddedStore(config.store, { logger }) : undefined;
        const progress = createProgress({ label: 'analyze' });
        const analysis = await analyzeRun({
            config,
            logger,
            ci,
            sinks: store ? [store] : [],
            ...(serviceOf ? { serviceOf } : {}),
            ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
            onProgress: (phase, done, records) => {
                if (phase === 'read')
                    progress.update(done, records);
            },
        });
        progress.done();
        const written = await writeReport(analysis, config.out);
        await publishToGitHub(analysis, config, logger);
        if (opts.json)
            process.stdout.write(JSON.stringify(analysis) + '\n');
        else
            process.stdout.write(verdictLine(analysis, written.html) + '\n');
        if (analysis.failed)
            process.exitCode = ExitCode.verdictFailed;
        else if (analysis.inputs.unreadable.length > 0)
            process.exitCode = ExitCode.partialInput;
    });
}
function verdictLine(a, html) {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const paint = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m' }[a.verdict];
    const word = a.verdict.toUpperCase();
    return `${color ? `${paint}${word}\x1b[0m` : word}: ${a.reasons.join('; ')}\nreport: ${html}`;
}

export { registerAnalyzeCommand };
