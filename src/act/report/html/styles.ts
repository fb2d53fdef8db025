/**
 * The report's stylesheet, inlined in the page: system fonts only (a web font would be a network request),
 * colours as custom properties so one `prefers-color-scheme` block switches the whole page and its charts.
 */
export const REPORT_CSS = `
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
`
