import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import require$$3, { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import require$$2$2, { resolve } from 'node:path';
import { L as LogwardError, d as describeError, S as ServiceError, C as ConfigError, O as Option, E as ExitCode, a as InputError } from './index.js';
import { j as parseDuration, m as parseThreshold, q as holds, r as custom, u as union, o as object, c as string, l as literal, n as number, v as record, w as url, x as pruneAlertState, y as loadAlertState, z as saveAlertState, N as NOTIFY_ENV, A as resolveNotifySettings, D as DEFAULT_CONFIG_FILES, B as parseAlertRulesText, d as distExports$1, F as notifySettingsSchema, G as createLogger, H as stderrSink } from './logger-DezpSed9.js';
import { createHash } from 'node:crypto';
import { r as retry$2, p as parseRetryAfter$1 } from './retry-CQdCV2e0.js';
import require$$2$1 from 'node:os';
import require$$1$1 from 'node:querystring';
import require$$0 from 'node:util';
import require$$3$1 from 'node:zlib';
import require$$1 from 'node:stream';
import 'node:events';
import 'node:child_process';
import 'node:process';
import 'process';
import 'buffer';
import 'node:timers/promises';

function decideDelivery(previous, now, cooldownMs) {
    if (!previous)
        return 'alert';
    const since = now - Date.parse(previous.alertedAt);
    // NaN (a damaged time) counts as "long ago".
    if (!(since < cooldownMs))
        return 'reminder';
    return previous.followedUpAt === undefined ? 'follow-up' : 'suppress';
}
function afterAlert(now, where = {}) {
    return { alertedAt: now, suppressed: 0, ...where };
}
function afterFollowUp(previous, now) {
    return { ...previous, followedUpAt: now, suppressed: 0 };
}
function afterSuppress(previous) {
    return { ...previous, suppressed: previous.suppressed + 1 };
}

/**
 * What makes two alerts "the same" across runs: the rule, the kind of thing that failed and its stable
 * key (a test's class and name, a template id, or `run` for run-wide conditions), within a scope (the
 * repository, so that two repositories sharing one Jira project never comment on each other's issues).
 * 16 hex digits (64 bits) keep the Jira label `logward-<fp>` short with no realistic collision.
 */
function alertFingerprint(scope, rule, kind, key) {
    return createHash('sha256').update(`${scope}|${rule}|${kind}|${key}`).digest('hex').slice(0, 16);
}
/** The Jira label that finds an alert's open issue with JQL. */
function fingerprintLabel(fp) {
    return `logward-${fp}`;
}

/** Jira rejects a description or comment over 32,767 characters; stay well under, markup included. */
const MAX_DOC_CHARS = 30_000;
function toAdf(blocks) {
    return {
        type: 'doc',
        version: 1,
        content: blocks.map(adfBlock).filter((n) => n !== undefined),
    };
}
function adfBlock(b) {
    switch (b.type) {
        case 'heading':
            return b.text
                ? { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: b.text }] }
                : undefined;
        case 'paragraph': {
            const content = adfInlines(b.content);
            return content.length > 0 ? { type: 'paragraph', content } : undefined;
        }
        case 'bullets': {
            const items = b.items
                .map(adfInlines)
                .filter((c) => c.length > 0)
                .map((content) => ({ type: 'listItem', content: [{ type: 'paragraph', content }] }));
            return items.length > 0 ? { type: 'bulletList', content: items } : undefined;
        }
        case 'code':
            return b.text ? { type: 'codeBlock', content: [{ type: 'text', text: b.text }] } : undefined;
    }
}
/** ADF forbids empty text nodes, and `code` may not be combined with other marks but `link`. */
function adfInlines(inlines) {
    return inlines
        .filter((i) => i.text !== '')
        .map((i) => {
        const marks = [];
        if (i.code)
            marks.push({ type: 'code' });
        else if (i.strong)
            marks.push({ type: 'strong' });
        if (i.link)
            marks.push({ type: 'link', attrs: { href: i.link } });
        return marks.length > 0 ? { type: 'text', text: i.text, marks } : { type: 'text', text: i.text };
    });
}
// ---- Wiki markup (Jira Server / Data Center, REST v2) ----
function toWiki(blocks) {
    return blocks
        .map((b) => {
        switch (b.type) {
            case 'heading':
                return `h3. ${escapeWiki(b.text)}`;
            case 'paragraph':
                return wikiInlines(b.content);
            case 'bullets':
                return b.items.map((item) => `* ${wikiInlines(item)}`).join('\n');
            case 'code':
                // {noformat} shows text verbatim; only its own closing tag needs defusing.
                return `{noformat}\n${b.text.replace(/\{noformat\}/gi, '{ noformat}')}\n{noformat}`;
        }
    })
        .filter((s) => s !== '')
        .join('\n\n');
}
function wikiInlines(inlines) {
    return inlines
        .filter((i) => i.text !== '')
        .map((i) => {
        let text = escapeWiki(i.text);
        if (i.code)
            text = `{{${text}}}`;
        else if (i.strong)
            text = `*${text}*`;
        return i.link ? `[${text}|${i.link}]` : text;
    })
        .join('');
}
/** Characters wiki markup reads as formatting, links, macros or tables, escaped with a backslash. */
function escapeWiki(text) {
    return text.replace(/[\\{}[\]|*_^~+\-?#!]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Jira's limit for `summary`. */
const MAX_SUMMARY = 255;
const MAX_ITEMS = 50;
const MAX_DETAIL = 300;
const MAX_STACK_LINES = 30;
const STACKS_SHOWN = 3;
/** `[logward] tests-failing: InventoryServiceTest.reservesStock fails` — what a triager reads first. */
function issueSummary(t, subjects) {
    const first = subjects[0];
    let what;
    if (subjects.length === 1) {
        what =
            first.kind === 'test'
                ? `${first.title} fails`
                : first.kind === 'template'
                    ? `new error: ${first.title}`
                    : first.title;
    }
    else {
        const kinds = new Set(subjects.map((s) => s.kind));
        const noun = kinds.size > 1 ? 'failures' : first.kind === 'test' ? 'failing tests' : 'new error templates';
        what = `${subjects.length} ${noun}: ${subjects.map((s) => s.title).join(', ')}`;
    }
    const text = `[logward] ${t.rule.name}: ${what}`.replace(/\s+/g, ' ');
    return Array.from(text).length <= MAX_SUMMARY
        ? text
        : `${Array.from(text)
            .slice(0, MAX_SUMMARY - 1)
            .join('')}…`;
}
/** The new issue's description: what matched, where, why, the failures with their traces, and links. */
function issueDescription(t, lines, analysis, links) {
    const blocks = [
        {
            type: 'paragraph',
            content: [
                { text: 'logward alert', strong: true },
                { text: ' ' },
                { text: t.rule.name, code: true },
                { text: ` (severity ${t.rule.severity}) matched: ${t.matched.join(', ')}.` },
            ],
        },
        { type: 'paragraph', content: [{ text: whereText(analysis) }] },
    ];
    if (analysis.reasons.length > 0) {
        blocks.push({ type: 'heading', text: `Verdict: ${analysis.verdict}` });
        blocks.push({ type: 'bullets', items: analysis.reasons.slice(0, 10).map((r) => [{ text: r }]) });
    }
    const items = lines.filter((l) => l.subject.kind !== 'run');
    if (items.length > 0) {
        blocks.push({ type: 'heading', text: headingFor(items.map((l) => l.subject)) });
        blocks.push({ type: 'bullets', items: items.slice(0, MAX_ITEMS).map((l) => subjectInlines(l.subject)) });
        if (items.length > MAX_ITEMS)
            blocks.push({ type: 'paragraph', content: [{ text: `…and ${items.length - MAX_ITEMS} more.` }] });
    }
    blocks.push(...stackTraces(items.map((l) => l.subject), analysis));
    blocks.push(...linkBlocks(links));
    blocks.push({
        type: 'paragraph',
        content: [
            {
                text: 'logward comments here when this recurs, and opens a new issue if it recurs after this one is done. Fingerprints: ',
            },
            { text: lines.map((l) => l.subject.fingerprint).join(', '), code: true },
        ],
    });
    return bounded(blocks);
}
/**
 * A recurrence, a reminder after the cooldown, or an alert whose issue is still open: a comment on the
 * open issue rather than a second issue.
 */
function recurrenceComment(t, lines, analysis, links) {
    const run = analysis.ci.run_id ? `run ${analysis.ci.run_id}` : 'a new run';
    const blocks = [
        {
            type: 'paragraph',
            content: [
                { text: 'Seen again', strong: true },
                links.run ? { text: ` in ` } : { text: ` in ${run}` },
                ...(links.run ? [{ text: run, link: links.run }] : []),
                { text: ` (${analysis.generatedAt}): ${t.matched.join(', ')}.` },
            ],
        },
        {
            type: 'bullets',
            items: lines.slice(0, MAX_ITEMS).map((l) => {
                const past = [];
                if (l.seen)
                    past.push(`seen in ${l.seen} runs`);
                if (l.firstAlertAt)
                    past.push(`first alerted ${l.firstAlertAt}`);
                if (l.suppressed)
                    past.push(`${l.suppressed} runs not commented (cooldown)`);
                return [...subjectInlines(l.subject), ...(past.length ? [{ text: ` (${past.join('; ')})` }] : [])];
            }),
        },
        ...linkBlocks({
            ...(links.pr ? { pr: links.pr } : {}),
            ...(links.kibana ? { kibana: links.kibana } : {}),
        }),
    ];
    return bounded(blocks);
}
function subjectInlines(s) {
    const out = [{ text: s.title, code: true, ...(s.url ? { link: s.url } : {}) }];
    if (s.detail)
        out.push({ text: ` — ${cut(s.detail, MAX_DETAIL)}` });
    return out;
}
function headingFor(subjects) {
    const tests = subjects.filter((s) => s.kind === 'test').length;
    const templates = subjects.length - tests;
    if (templates === 0)
        return `Failing tests (${tests})`;
    if (tests === 0)
        return `New error templates (${templates})`;
    return `Failing tests (${tests}) and new error templates (${templates})`;
}
function stackTraces(subjects, analysis) {
    const out = [];
    for (const s of subjects.filter((x) => x.kind === 'test').slice(0, STACKS_SHOWN)) {
        const test = analysis.tests.failing.find((f) => (f.className ? `${f.className}#${f.name}` : f.name) === s.key);
        if (!test?.stackTrace)
            continue;
        out.push({ type: 'paragraph', content: [{ text: s.title, strong: true }] });
        out.push({ type: 'code', text: test.stackTrace.split(/\r?\n/).slice(0, MAX_STACK_LINES).join('\n') });
    }
    return out;
}
function linkBlocks(links) {
    const items = [];
    if (links.run)
        items.push([{ text: 'CI run', link: links.run }]);
    if (links.pr)
        items.push([{ text: 'Pull request', link: links.pr }]);
    if (links.kibana)
        items.push([{ text: 'Logs in Kibana', link: links.kibana }]);
    return items.length > 0
        ? [
            { type: 'heading', text: 'Links' },
            { type: 'bullets', items },
        ]
        : [];
}
function whereText(a) {
    const parts = [];
    if (a.ci.repository)
        parts.push(`Repository ${a.ci.repository}`);
    if (a.ci.job)
        parts.push(`job ${a.ci.job}`);
    if (a.ci.ref)
        parts.push(`ref ${a.ci.ref}`);
    if (a.ci.sha)
        parts.push(`commit ${a.ci.sha.slice(0, 12)}`);
    if (a.ci.environment)
        parts.push(`environment ${a.ci.environment}`);
    return parts.length > 0 ? `${parts.join(', ')}.` : `Analysis of ${a.generatedAt}.`;
}
/** Drop stack traces, then list items, until the text fits Jira's field limit. */
function bounded(blocks) {
    let out = blocks;
    while (toWiki(out).length > MAX_DOC_CHARS) {
        const code = out.findLastIndex((b) => b.type === 'code');
        if (code !== -1) {
            out = out.filter((_, i) => i !== code && i !== code - 1);
            continue;
        }
        const list = out.findIndex((b) => b.type === 'bullets' && b.items.length > 1);
        if (list === -1)
            break;
        out = out.map((b, i) => i === list && b.type === 'bullets'
            ? { ...b, items: b.items.slice(0, Math.ceil(b.items.length / 2)) }
            : b);
    }
    return out;
}
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * One rule's alerts to Jira. Jira is the durable record, so the question "is there an open issue for
 * this?" is asked of Jira itself (a JQL search on the fingerprint labels), not only of the state file,
 * which an ephemeral runner may have lost. Subjects with an open issue get one comment per issue;
 * the others share one new issue that carries all their labels. In a dry run Jira is not asked: the
 * issue remembered in the state stands in for the search.
 */
async function deliverJira(t, jira, flavor, ctx) {
    const now = ctx.now.toISOString();
    const due = [];
    const suppressed = [];
    for (const subject of t.subjects) {
        const entry = ctx.state.alerts[subject.fingerprint];
        const delivery = decideDelivery(entry.jira, ctx.now.getTime(), t.cooldownMs);
        if (delivery === 'suppress') {
            suppressed.push(subject.fingerprint);
            entry.jira = afterSuppress(entry.jira);
            continue;
        }
        due.push({
            delivery,
            line: {
                subject,
                seen: entry.seen,
                firstAlertAt: entry.firstAlertAt,
                ...(entry.jira?.suppressed ? { suppressed: entry.jira.suppressed } : {}),
            },
        });
    }
    if (suppressed.length > 0) {
        ctx.actions.push({
            channel: 'jira',
            type: 'suppress',
            rule: t.rule.name,
            fingerprints: suppressed,
            dryRun: ctx.dryRun,
            ok: true,
            note: 'already commented in this cooldown window',
        });
    }
    if (due.length === 0)
        return;
    let open;
    try {
        open = await openIssues(due, jira, ctx);
    }
    catch (error) {
        fail(ctx, t, 'create', due, error);
        return;
    }
    const byIssue = new Map();
    const toCreate = [];
    for (const d of due) {
        const key = open.get(fingerprintLabel(d.line.subject.fingerprint));
        if (key)
            byIssue.set(key, [...(byIssue.get(key) ?? []), d]);
        else
            toCreate.push(d);
    }
    for (const [key, list] of byIssue) {
        const body = recurrenceComment(t, list.map((d) => d.line), ctx.analysis, ctx.links);
        try {
            if (!ctx.dryRun)
                await jira.addComment(key, body);
            for (const d of list) {
                const entry = ctx.state.alerts[d.line.subject.fingerprint];
                entry.jira =
                    d.delivery === 'follow-up' && entry.jira
                        ? { ...afterFollowUp(entry.jira, now), issueKey: key }
                        : afterAlert(now, { issueKey: key });
                entry.lastSentAt = now;
            }
            done(ctx, t, 'comment', list, key, ctx.dryRun ? { issue: key, body: render(flavor, body) } : undefined);
        }
        catch (error) {
            fail(ctx, t, 'comment', list, error, key);
        }
    }
    if (toCreate.length > 0) {
        const subjects = toCreate.map((d) => d.line.subject);
        const issue = {
            summary: issueSummary(t, subjects),
            description: issueDescription(t, toCreate.map((d) => d.line), ctx.analysis, ctx.links),
            labels: ['logward', ...subjects.map((s) => fingerprintLabel(s.fingerprint))],
            severity: t.rule.severity,
        };
        try {
            const key = ctx.dryRun ? undefined : await jira.createIssue(issue);
            for (const d of toCreate) {
                const entry = ctx.state.alerts[d.line.subject.fingerprint];
                entry.jira = afterAlert(now, key ? { issueKey: key } : {});
                entry.lastSentAt = now;
            }
            done(ctx, t, 'create', toCreate, key, ctx.dryRun ? { ...issue, description: render(flavor, issue.description) } : undefined);
        }
        catch (error) {
            fail(ctx, t, 'create', toCreate, error);
        }
    }
}
/**
 * Label → open issue key. The search can lag behind a just-created issue (Jira Cloud's search index is
 * eventually consistent), so an issue the state remembers is checked directly when the search misses it.
 */
async function openIssues(due, jira, ctx) {
    const remembered = (d) => ctx.state.alerts[d.line.subject.fingerprint]?.jira?.issueKey;
    if (ctx.dryRun || !jira) {
        const out = new Map();
        for (const d of due) {
            const key = remembered(d);
            if (key)
                out.set(fingerprintLabel(d.line.subject.fingerprint), key);
        }
        return out;
    }
    const open = await jira.findOpenIssues(due.map((d) => fingerprintLabel(d.line.subject.fingerprint)));
    const checked = new Map();
    for (const d of due) {
        const label = fingerprintLabel(d.line.subject.fingerprint);
        const key = remembered(d);
        if (open.has(label) || !key)
            continue;
        if (!checked.has(key))
            checked.set(key, await jira.isOpen(key));
        if (checked.get(key))
            open.set(label, key);
    }
    return open;
}
function render(flavor, blocks) {
    return flavor === 'cloud' ? toAdf(blocks) : toWiki(blocks);
}
function done(ctx, t, type, list, key, payload) {
    ctx.actions.push({
        channel: 'jira',
        type,
        rule: t.rule.name,
        fingerprints: list.map((d) => d.line.subject.fingerprint),
        ...(key ? { target: key } : {}),
        dryRun: ctx.dryRun,
        ok: true,
        ...(ctx.dryRun
            ? {
                payload,
                note: type === 'comment'
                    ? 'from the state file; Jira is not searched in a dry run (the issue may be closed)'
                    : 'Jira is not searched in a dry run: an open issue with the label would get a comment instead',
            }
            : {}),
    });
    if (!ctx.dryRun)
        ctx.logger?.info(`jira: ${type === 'create' ? 'created' : 'commented on'} ${key} for rule "${t.rule.name}"`);
}
function fail(ctx, t, type, list, error, key) {
    const e = error instanceof LogwardError ? error : new LogwardError(String(error));
    ctx.errors.push(e);
    ctx.actions.push({
        channel: 'jira',
        type,
        rule: t.rule.name,
        fingerprints: list.map((d) => d.line.subject.fingerprint),
        ...(key ? { target: key } : {}),
        dryRun: ctx.dryRun,
        ok: false,
        note: describeError(e),
    });
    ctx.logger?.error(`jira: rule "${t.rule.name}": ${describeError(e)}`);
}

/**
 * `extra` wins over the analysis: the action passes the anomaly score and the gate verdict it computed.
 * Without a separate gate, the analysis verdict is the gate (it is what `fail-on` judges).
 */
function alertMetrics(analysis, extra = {}) {
    const errors = analysis.logs.byLevel.error + analysis.logs.byLevel.fatal;
    const records = analysis.logs.records;
    const scored = analysis;
    const score = typeof scored.score === 'number' && Number.isFinite(scored.score) ? scored.score : undefined;
    const gate = isVerdict(scored.gate?.verdict) ? scored.gate.verdict : analysis.verdict;
    const metrics = {
        errorRate: records > 0 ? errors / records : 0,
        errors,
        newErrorTemplates: newErrorTemplates(analysis).length,
        failedTests: analysis.tests.failed + analysis.tests.errored,
        ...(score !== undefined ? { anomalyScore: score } : {}),
        gateVerdict: gate,
    };
    for (const [k, v] of Object.entries(extra))
        if (v !== undefined)
            Object.assign(metrics, { [k]: v });
    return metrics;
}
function newErrorTemplates(analysis) {
    return (analysis.baseline?.newTemplates ?? []).filter((t) => t.level === 'error' || t.level === 'fatal');
}
function isVerdict(v) {
    return v === 'pass' || v === 'warn' || v === 'fail';
}

/**
 * Slack's text rules, in one place. Text from logs and test reports goes into mrkdwn, where `<`, `>` and
 * `&` are control characters (`<!channel>` pings everyone, `<url|text>` is a link), so it is escaped; and
 * Block Kit rejects a message whose texts are too long (`invalid_blocks`), so every text is cut to its
 * limit with an ellipsis.
 */
const LIMITS = {
    /** Block Kit: the text of a section, and of each context element. */
    sectionText: 3000,
    /** Block Kit: each field of a section. */
    fieldText: 2000,
    fields: 10,
    /** Block Kit: a header's plain text. */
    headerText: 150,
    contextElements: 10,
    blocks: 50,
    /** `chat.postMessage`'s top-level `text` (the notification fallback); Slack truncates past 40,000. */
    fallbackText: 3000,
};
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Cut to at most `max` characters (code points), ending with `…`. An escape sequence (`&lt;`) is never cut
 * in half, which Slack would show as garbage.
 */
function truncate(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    let cut = chars.slice(0, max - 1).join('');
    const amp = cut.lastIndexOf('&');
    if (amp !== -1 && !cut.slice(amp).includes(';'))
        cut = cut.slice(0, amp);
    return `${cut}…`;
}
/** Lines joined up to `max`, then "…and N more" for the rest: a list that is cut says so. */
function boundedLines(lines, max) {
    const out = [];
    let used = 0;
    for (let i = 0; i < lines.length; i++) {
        const after = lines.length - i - 1;
        // Keep room for the "…and N more" line that stopping at the next line would need.
        const tail = after > 0 ? `\n…and ${after} more`.length : 0;
        const sep = out.length > 0 ? 1 : 0;
        const room = max - used - sep - tail;
        let line = lines[i];
        if (Array.from(line).length > room) {
            if (out.length > 0 || room < 20) {
                out.push(`…and ${lines.length - i} more`);
                break;
            }
            line = truncate(line, room);
        }
        out.push(line);
        used += sep + Array.from(line).length;
    }
    return truncate(out.join('\n'), max);
}
/** `<url|text>` with the text escaped; links are checked http(s) URLs (see links.ts). */
function link(url, text) {
    return `<${url}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`;
}

const SEVERITY_EMOJI = {
    critical: ':red_circle:',
    major: ':large_orange_circle:',
    minor: ':large_yellow_circle:',
};
/**
 * The top-level alert for one rule in one run: a header with the verdict, a section with where and why
 * (the rule's matched conditions and the analysis' top reasons), the failing tests and new templates as
 * fields, and a context line with links to the run, the PR and Kibana.
 */
function alertMessage(t, lines, analysis, links) {
    const verdict = analysis.verdict.toUpperCase();
    const header = `${SEVERITY_EMOJI[t.rule.severity]} ${verdict} · ${t.rule.name}`;
    const where = [analysis.ci.repository, analysis.ci.job, shortRef(analysis.ci.ref)].filter((v) => Boolean(v));
    const summary = [
        `${where.length ? `*${escapeMrkdwn(where.join(' · '))}* · ` : ''}severity *${t.rule.severity}*`,
        `Rule *${escapeMrkdwn(t.rule.name)}* matched: ${escapeMrkdwn(t.matched.join(', '))}`,
        ...analysis.reasons.slice(0, 5).map((r) => `• ${escapeMrkdwn(r)}`),
    ];
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: truncate(header, LIMITS.headerText), emoji: true } },
        section(boundedLines(summary, LIMITS.sectionText)),
    ];
    const fields = subjectFields(lines, analysis);
    if (fields.length > 0)
        blocks.push({ type: 'section', fields: fields.slice(0, LIMITS.fields) });
    const context = contextLine(links, analysis, lines.length === 1 ? lines[0].subject.fingerprint : undefined);
    if (context.length > 0)
        blocks.push({ type: 'context', elements: context });
    return {
        text: truncate(`${verdict} · ${t.rule.name}: ${fallbackSummary(lines, analysis)}`, LIMITS.fallbackText),
        blocks: blocks.slice(0, LIMITS.blocks),
    };
}
/** A recurrence inside the cooldown, posted in the first alert's thread. */
function followUpMessage(t, lines, analysis, links) {
    const run = links.run ? link(links.run, runName(analysis)) : escapeMrkdwn(runName(analysis));
    const items = lines.map((l) => {
        const past = l.suppressed ? ` _(+${l.suppressed} more runs not posted)_` : '';
        return `• ${subjectText(l.subject)}${past}`;
    });
    const blocks = [
        section(boundedLines([`:repeat: *Seen again* in ${run}: ${escapeMrkdwn(t.matched.join(', '))}`, ...items], LIMITS.sectionText)),
    ];
    const context = contextLine(links, analysis);
    if (context.length > 0)
        blocks.push({ type: 'context', elements: context });
    return {
        text: truncate(`Seen again · ${t.rule.name}: ${lines.map((l) => l.subject.title).join(', ')}`, LIMITS.fallbackText),
        blocks,
    };
}
/** The notification line: what this alert is about, in words (Slack shows it where blocks cannot go). */
function fallbackSummary(lines, analysis) {
    const tests = lines.filter((l) => l.subject.kind === 'test').map((l) => l.subject.title);
    const templates = lines.filter((l) => l.subject.kind === 'template').map((l) => l.subject.title);
    const parts = [];
    if (tests.length > 0)
        parts.push(`${count(tests.length, 'failing test')}: ${tests.join(', ')}`);
    if (templates.length > 0)
        parts.push(`${count(templates.length, 'new error template')}: ${templates.join(', ')}`);
    return parts.length > 0 ? parts.join('; ') : (analysis.reasons[0] ?? analysis.verdict);
}
function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function subjectFields(lines, analysis) {
    const tests = lines.filter((l) => l.subject.kind === 'test');
    const templates = lines.filter((l) => l.subject.kind === 'template');
    const fields = [];
    if (tests.length > 0 || templates.length > 0) {
        if (tests.length > 0)
            fields.push(field(`Failing tests (${tests.length})`, tests.map(lineText)));
        if (templates.length > 0)
            fields.push(field(`New error templates (${templates.length})`, templates.map(lineText)));
        return fields;
    }
    // A run-wide alert shows the run's failing tests and new templates for context.
    const failing = analysis.tests.failing.map((f) => {
        const cls = f.className?.split('.').at(-1);
        return `• \`${escapeMrkdwn(cls ? `${cls}.${f.name}` : f.name)}\``;
    });
    const fresh = newErrorTemplates(analysis).map((n) => `• \`${escapeMrkdwn(n.template)}\` ×${n.count}`);
    if (failing.length > 0)
        fields.push(field(`Failing tests (${failing.length})`, failing));
    if (fresh.length > 0)
        fields.push(field(`New error templates (${fresh.length})`, fresh));
    return fields;
}
function lineText(l) {
    const again = l.again
        ? ` _(again: first alerted ${slackDate(l.again.firstAlertAt)}, seen in ${l.again.seen} runs)_`
        : '';
    return `• ${subjectText(l.subject)}${again}`;
}
function subjectText(s) {
    const title = `\`${escapeMrkdwn(truncate(s.title, 300))}\``;
    const named = s.url ? `${title} ${link(s.url, 'source')}` : title;
    return s.detail ? `${named} — ${escapeMrkdwn(truncate(s.detail, 300))}` : named;
}
function field(title, lines) {
    return { type: 'mrkdwn', text: boundedLines([`*${escapeMrkdwn(title)}*`, ...lines], LIMITS.fieldText) };
}
function section(text) {
    return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}
function contextLine(links, analysis, fingerprint) {
    const parts = [];
    if (links.run)
        parts.push(link(links.run, runName(analysis)));
    if (links.pr)
        parts.push(link(links.pr, `PR #${analysis.ci.pr ?? ''}`.replace(/ #$/, '')));
    if (links.kibana)
        parts.push(link(links.kibana, 'Kibana'));
    if (analysis.ci.sha)
        parts.push(`commit \`${escapeMrkdwn(analysis.ci.sha.slice(0, 8))}\``);
    if (fingerprint)
        parts.push(`fingerprint \`${fingerprint}\``);
    return parts
        .slice(0, LIMITS.contextElements)
        .map((text) => ({ type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) }));
}
function runName(a) {
    return a.ci.run_id ? `Run ${a.ci.run_id}` : 'Run';
}
function shortRef(ref) {
    return ref?.replace(/^refs\/(heads|tags)\//, '');
}
/** Slack renders `<!date^…>` in each reader's time zone; the fallback is the UTC time. */
function slackDate(iso) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return escapeMrkdwn(iso);
    const fallback = new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}

/**
 * One rule's alerts to Slack: the subjects due a top-level alert (new, or cooldown over) share one
 * message; recurrences inside the cooldown get one reply per thread they belong to; the rest are counted.
 * The state of a subject changes only when its message went out, so a failed post is tried again as new
 * next run. A dry run goes through the same steps without posting (its state is never saved).
 */
async function deliverSlack(t, poster, ctx) {
    const now = ctx.now.toISOString();
    const fresh = [];
    const threads = new Map();
    const suppressed = [];
    for (const subject of t.subjects) {
        const entry = ctx.state.alerts[subject.fingerprint];
        const previous = entry.slack;
        // A thread in another channel (the setting changed) cannot be replied to from here: start afresh.
        const sameChannel = previous?.channel === poster.channel;
        let delivery = decideDelivery(sameChannel ? previous : undefined, ctx.now.getTime(), t.cooldownMs);
        if (delivery === 'follow-up' && !(poster.threads && previous?.ts))
            delivery = 'suppress';
        if (delivery === 'alert' || delivery === 'reminder') {
            fresh.push({
                subject,
                ...(delivery === 'reminder' ? { again: { firstAlertAt: entry.firstAlertAt, seen: entry.seen } } : {}),
            });
        }
        else if (delivery === 'follow-up') {
            const list = threads.get(previous.ts) ?? [];
            list.push({ subject, suppressed: previous.suppressed });
            threads.set(previous.ts, list);
        }
        else {
            suppressed.push(subject.fingerprint);
            entry.slack = afterSuppress(previous);
        }
    }
    if (suppressed.length > 0) {
        ctx.actions.push({
            channel: 'slack',
            type: 'suppress',
            rule: t.rule.name,
            fingerprints: suppressed,
            dryRun: ctx.dryRun,
            ok: true,
            note: poster.threads
                ? 'already followed up in this cooldown window'
                : 'the incoming webhook has no threads: recurrences inside the cooldown are not posted',
        });
    }
    if (fresh.length > 0) {
        const message = alertMessage(t, fresh, ctx.analysis, ctx.links);
        await send(ctx, t, 'post', fresh, target(poster, undefined), async () => {
            const { ts } = ctx.dryRun ? {} : await poster.post(message);
            for (const line of fresh) {
                const entry = ctx.state.alerts[line.subject.fingerprint];
                entry.slack = afterAlert(now, {
                    ...(poster.channel ? { channel: poster.channel } : {}),
                    ...(ts ? { ts } : {}),
                });
                entry.lastSentAt = now;
            }
            return { target: target(poster, ts), payload: message };
        });
    }
    for (const [ts, lines] of threads) {
        const message = followUpMessage(t, lines, ctx.analysis, ctx.links);
        await send(ctx, t, 'reply', lines, target(poster, ts), async () => {
            if (!ctx.dryRun)
                await poster.post(message, ts);
            for (const line of lines) {
                const entry = ctx.state.alerts[line.subject.fingerprint];
                entry.slack = afterFollowUp(entry.slack, now);
                entry.lastSentAt = now;
            }
            return { target: target(poster, ts), payload: message };
        });
    }
}
async function send(ctx, t, type, lines, where, run) {
    const fingerprints = lines.map((l) => l.subject.fingerprint);
    try {
        const { target, payload } = await run();
        ctx.actions.push({
            channel: 'slack',
            type,
            rule: t.rule.name,
            fingerprints,
            ...(target ? { target } : {}),
            dryRun: ctx.dryRun,
            ok: true,
            ...(ctx.dryRun ? { payload } : {}),
        });
        if (!ctx.dryRun)
            ctx.logger?.info(`slack: ${type === 'post' ? 'posted' : 'replied in thread'} for rule "${t.rule.name}"`);
    }
    catch (error) {
        const e = error instanceof LogwardError ? error : new LogwardError(String(error));
        ctx.errors.push(e);
        ctx.actions.push({
            channel: 'slack',
            type,
            rule: t.rule.name,
            fingerprints,
            ...(where ? { target: where } : {}),
            dryRun: ctx.dryRun,
            ok: false,
            note: describeError(e),
        });
        ctx.logger?.error(`slack: rule "${t.rule.name}": ${describeError(e)}`);
    }
}
function target(poster, ts) {
    if (poster.via === 'webhook')
        return 'webhook';
    return ts ? `${poster.channel}/${ts}` : poster.channel;
}

/**
 * Links an alert offers: the CI run and the pull request (built from the CI context on GitHub; other CIs
 * pass them in `given`), and Kibana when a URL is configured. Only http(s) URLs are kept: they end up in
 * Slack mrkdwn and Jira markup, where anything else could inject formatting.
 */
function alertLinks(ci, given = {}, serverUrl = 'https://github.com') {
    const base = serverUrl.replace(/\/+$/, '');
    const github = ci.provider === 'github-actions' && ci.repository;
    const run = given.run ?? (github && ci.run_id ? `${base}/${ci.repository}/actions/runs/${ci.run_id}` : undefined);
    const pr = given.pr ?? (github && ci.pr ? `${base}/${ci.repository}/pull/${ci.pr}` : undefined);
    const out = {};
    for (const [k, v] of Object.entries({ run, pr, kibana: given.kibana })) {
        if (isSafeUrl(v))
            out[k] = v;
    }
    return out;
}
/** An http(s) URL with nothing that Slack mrkdwn (`<url|text>`) or Jira markup (`[text|url]`) would read. */
function isSafeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s<>|[\]{}]+$/.test(url);
}

const METRIC = {
    'failed-tests': 'failedTests',
    'new-error-templates': 'newErrorTemplates',
    errors: 'errors',
    'error-rate': 'errorRate',
    'anomaly-score': 'anomalyScore',
};
/**
 * Which rules fire on this run, and what each is about. A rule that tests `failed-tests` alerts per
 * failing test, one that tests `new-error-templates` per new template (so each has its own fingerprint,
 * thread and Jira label); any other rule, or one whose per-item conditions find no items, alerts about
 * the run. A condition on a metric the run does not have (no anomaly score) does not hold.
 */
function evaluateRules(rules, metrics, analysis, logger) {
    const scope = analysis.ci.repository ?? '';
    const out = [];
    for (const rule of rules) {
        const matched = matchConditions(rule, metrics, logger);
        if (!matched)
            continue;
        const subjects = [];
        if (rule.when['failed-tests'] !== undefined)
            subjects.push(...testSubjects(analysis, scope, rule.name));
        if (rule.when['new-error-templates'] !== undefined)
            subjects.push(...templateSubjects(analysis, scope, rule.name));
        if (subjects.length === 0) {
            subjects.push({
                kind: 'run',
                key: 'run',
                fingerprint: alertFingerprint(scope, rule.name, 'run', 'run'),
                title: runTitle(analysis),
            });
        }
        out.push({ rule, cooldownMs: parseDuration(rule.cooldown), matched, subjects });
    }
    return out;
}
function matchConditions(rule, metrics, logger) {
    const matched = [];
    for (const [key, raw] of Object.entries(rule.when)) {
        if (raw === undefined)
            continue;
        if (key === 'gate') {
            const v = metrics.gateVerdict;
            const ok = v === 'fail' || (raw === 'warn' && v === 'warn');
            if (!ok)
                return undefined;
            matched.push(`gate ${v}`);
            continue;
        }
        const t = parseThreshold(raw, key === 'error-rate');
        const value = metrics[METRIC[key]];
        if (value === undefined) {
            logger?.debug(`rule "${rule.name}": ${key} is not known for this run, so the rule does not fire`);
            return undefined;
        }
        if (!holds(value, t))
            return undefined;
        matched.push(`${key} ${key === 'error-rate' ? formatPercent(value) : round(value)} ${t.text}`);
    }
    return matched;
}
function testSubjects(analysis, scope, rule) {
    const seen = new Map();
    for (const t of analysis.tests.failing) {
        // The report path is left out of the key: it moves between runners and shards, the test does not.
        const key = t.className ? `${t.className}#${t.name}` : t.name;
        if (seen.has(key))
            continue;
        const shortClass = t.className?.split('.').at(-1);
        seen.set(key, {
            kind: 'test',
            key,
            fingerprint: alertFingerprint(scope, rule, 'test', key),
            title: shortClass ? `${shortClass}.${t.name}` : t.name,
            ...(t.message ? { detail: firstLine(t.message) } : {}),
            ...(isSafeUrl(t.url) ? { url: t.url } : {}),
        });
    }
    return [...seen.values()];
}
function templateSubjects(analysis, scope, rule) {
    return newErrorTemplates(analysis).map((t) => ({
        kind: 'template',
        key: t.templateId,
        fingerprint: alertFingerprint(scope, rule, 'template', t.templateId),
        title: firstLine(t.template),
        detail: templateDetail(t),
        count: t.count,
    }));
}
function templateDetail(t) {
    const at = `${t.example.path}:${t.example.line}`;
    // Without a service name the analysis lists source paths, which `at` already shows.
    const onlyPath = t.services.length === 1 && t.services[0] === t.example.path;
    return onlyPath ? `${t.count}× at ${at}` : `${t.count}× in ${t.services.join(', ')} (first at ${at})`;
}
function runTitle(a) {
    const where = [a.ci.repository, a.ci.job].filter(Boolean).join(' / ');
    return `${a.verdict.toUpperCase()}${where ? ` in ${where}` : ''}`;
}
function firstLine(text) {
    return text.split(/\r?\n/, 1)[0].trim();
}
function formatPercent(fraction) {
    return `${round(fraction * 100)}%`;
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}

/** Typed as plain strings on purpose: a product may leave the optional fields empty, and the code must still check. */
const PRODUCT = {
    /** The npm package name, e.g. `confluence.js`. */
    packageName: 'jira.js',
    /**
     * The Atlassian gateway slug, as in `https://api.atlassian.com/ex/<slug>/{cloudId}`.
     *
     * Empty for products that are not behind the Atlassian gateway, where OAuth 2.0 (3LO) does not apply.
     */
    gatewaySlug: 'jira',
    /** Product-specific advice appended to a scope-mismatch 401, where the scope families differ per product. */
    scopeHint: 'Jira scopes are granted per operation rather than per API version — the scope the failing operation names in its API documentation is the one to add.',
};

/**
 * Every error this package throws carries the list of kinds it belongs to, under a well-known symbol.
 *
 * The predicates read that list rather than the prototype chain, so they keep working when two copies of the package
 * end up in one process — a realistic outcome of transitive dependency ranges, and one where `instanceof` silently
 * returns false. `instanceof` still works, because each class also implements `Symbol.hasInstance` on top of the same
 * list.
 */
const ERROR_KINDS = Symbol.for(`${PRODUCT.packageName}:error-kinds`);
/** Whether `value` is one of this package's errors of the given kind. */
function hasErrorKind(value, kind) {
    if (typeof value !== 'object' || value === null)
        return false;
    const kinds = value[ERROR_KINDS];
    return Array.isArray(kinds) && kinds.includes(kind);
}

/**
 * Thrown when Confluence returns a non-2xx HTTP response.
 *
 * The subclasses below cover the statuses worth branching on. Catch this one to catch them all, or a subclass — or use
 * the predicates, which survive a duplicated install of this package.
 *
 * @public
 */
class ApiError extends Error {
    [ERROR_KINDS] = ['api'];
    /** HTTP status. */
    status;
    statusText;
    /** Atlassian's error payload, parsed when it was JSON and the raw text when it was not. */
    body;
    constructor(message, status, statusText, body, options) {
        super(message, options);
        this.name = 'ApiError';
        this.status = status;
        this.statusText = statusText;
        this.body = body;
        Object.setPrototypeOf(this, new.target.prototype);
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'api');
    }
}
/**
 * 401 — the credentials are missing, expired or rejected.
 *
 * @public
 */
class AuthError extends ApiError {
    [ERROR_KINDS] = ['api', 'auth'];
    constructor(message, statusText, body, options) {
        super(message, 401, statusText, body, options);
        this.name = 'AuthError';
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'auth');
    }
}
/**
 * 401 with `Unauthorized; scope does not match` — the token is valid, but the app never asked for a scope this endpoint
 * needs.
 *
 * A subclass of {@link AuthError} because it is still a 401, but worth its own type: refreshing the token cannot fix it,
 * so the client does not try. The app needs the scope added in the developer console and the user has to consent
 * again.
 *
 * Under 3LO this is also how the two API versions bite: v2 endpoints want granular scopes (`read:page:confluence`), v1
 * endpoints want classic ones (`read:confluence-content.all`). An app that holds only one family gets this error from
 * the other.
 *
 * @public
 */
class ScopeError extends AuthError {
    [ERROR_KINDS] = ['api', 'auth', 'scope'];
    constructor(message, statusText, body, options) {
        super(message, statusText, body, options);
        this.name = 'ScopeError';
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'scope');
    }
}
/**
 * 403 — authenticated, but not allowed. Usually a Confluence permission rather than a scope.
 *
 * @public
 */
class ForbiddenError extends ApiError {
    [ERROR_KINDS] = ['api', 'forbidden'];
    constructor(message, statusText, body, options) {
        super(message, 403, statusText, body, options);
        this.name = 'ForbiddenError';
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'forbidden');
    }
}
/**
 * 404 — no such thing, or no permission to know it exists.
 *
 * Confluence returns 404 for both, deliberately: telling the two apart would leak the existence of restricted content.
 *
 * @public
 */
class NotFoundError extends ApiError {
    [ERROR_KINDS] = ['api', 'notFound'];
    constructor(message, statusText, body, options) {
        super(message, 404, statusText, body, options);
        this.name = 'NotFoundError';
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'notFound');
    }
}
/**
 * 429 — you are being rate limited.
 *
 * `retryAfterMs` carries Atlassian's own advice when the response included `Retry-After`. It is not retried for you:
 * the right response to a rate limit is to slow the whole client down, which only your code can decide.
 *
 * @public
 */
class RateLimitError extends ApiError {
    [ERROR_KINDS] = ['api', 'rateLimit'];
    /** Milliseconds to wait, from the `Retry-After` header. Undefined when the response did not say. */
    retryAfterMs;
    constructor(message, statusText, body, options) {
        super(message, 429, statusText, body, options);
        this.name = 'RateLimitError';
        this.retryAfterMs = options?.retryAfterMs;
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'rateLimit');
    }
}
/**
 * 5xx — Confluence failed on its own side.
 *
 * @public
 */
class ServerError extends ApiError {
    [ERROR_KINDS] = ['api', 'server'];
    constructor(message, status, statusText, body, options) {
        super(message, status, statusText, body, options);
        this.name = 'ServerError';
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'server');
    }
}

/**
 * The request never produced an HTTP response — DNS, TLS, a reset socket, a timeout, an unreachable host.
 *
 * `fetch` reports these as a bare `TypeError` whose real reason is buried in `cause`. Wrapping them means a caller can
 * catch every failure of this client uniformly, and `transient` says whether retrying stands a chance.
 *
 * @public
 */
class NetworkError extends Error {
    [ERROR_KINDS] = ['network'];
    /** The underlying error code, e.g. `ECONNRESET`, when one was found. */
    code;
    /** Whether the failure looks retryable rather than permanent. */
    transient;
    constructor(message, options) {
        super(message, { cause: options.cause });
        this.name = 'NetworkError';
        this.code = options.code;
        this.transient = options.transient;
        Object.setPrototypeOf(this, new.target.prototype);
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'network');
    }
}

/** The OAuth 2.0 `{ error, error_description }` pair, when the body carried one. */
function readErrorFields(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const { error, error_description: description } = body;
    return {
        error: typeof error === 'string' ? error : undefined,
        errorDescription: typeof description === 'string' ? description : undefined,
    };
}
/**
 * An OAuth 2.0 failure: the token endpoint rejected the request, or the client cannot proceed with what it was given.
 *
 * Deliberately not an `ApiError`: it does not come from the Confluence API, and a caller retrying Confluence calls
 * should not treat "your refresh token is dead" as the same class of problem as "that page is missing".
 *
 * @public
 */
class OAuthError extends Error {
    [ERROR_KINDS] = ['oauth'];
    status;
    body;
    /**
     * The OAuth 2.0 error code from the auth server, e.g. `invalid_grant` or `access_denied`.
     *
     * Branch on this rather than on `status`: the code names what went wrong, while the status Atlassian pairs it with is
     * an implementation detail that has changed before.
     */
    error;
    errorDescription;
    /**
     * Whether the only way forward is a fresh authorization. Read it through
     * {@link core/errors/predicates!isReauthorizationRequired}.
     */
    reauthorizationRequired;
    constructor(message, options) {
        super(message, { cause: options?.cause });
        const fromBody = readErrorFields(options?.body);
        this.name = 'OAuthError';
        this.status = options?.status;
        this.body = options?.body;
        this.error = options?.error ?? fromBody.error;
        this.errorDescription = options?.errorDescription ?? fromBody.errorDescription;
        this.reauthorizationRequired =
            options?.reauthorizationRequired ?? (this.error === 'invalid_grant' || this.error === 'unauthorized_client');
        Object.setPrototypeOf(this, new.target.prototype);
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'oauth');
    }
}

/**
 * The request succeeded, but the response is not what the endpoint's schema describes.
 *
 * Covers both ways that can happen: the response was not JSON at all, or it parsed as JSON and its shape had drifted.
 * The two are told apart by `cause` — a validation failure carries the underlying `ZodError`, a non-JSON response
 * carries nothing — while `report` says which fields disagreed either way.
 *
 * They are one error rather than two on purpose: from a caller's side both mean "the API answered 2xx and the value
 * cannot be trusted", and nobody should have to know which validator this library uses in order to catch that.
 *
 * `report` names paths and types and never the values at them. The previous version of this error carried the entire
 * response body, which put issue summaries, display names and custom field contents into every log line and error
 * tracker that saw it — a schema bug turning into someone else's data incident.
 *
 * Distinct from `ApiError`, which means the request itself failed.
 *
 * @public
 */
class SchemaMismatchError extends Error {
    [ERROR_KINDS] = ['schemaMismatch'];
    /** Which fields disagreed with the schema, by path and type. Paste-able into a bug report. */
    report;
    constructor(message, report, options) {
        super(message, options);
        this.name = 'SchemaMismatchError';
        this.report = report;
        Object.setPrototypeOf(this, new.target.prototype);
    }
    static [Symbol.hasInstance](value) {
        return hasErrorKind(value, 'schemaMismatch');
    }
}

/**
 * No HTTP response at all — DNS, TLS, socket, timeout.
 *
 * @public
 */
function isNetworkError(value) {
    return hasErrorKind(value, 'network');
}
/**
 * An OAuth 2.0 failure: token exchange, refresh, or cloud-id resolution.
 *
 * @public
 */
function isOAuthError(value) {
    return hasErrorKind(value, 'oauth');
}

/** Node/undici error codes that signal a recoverable transport-layer failure. */
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** HTTP statuses that signal a recoverable upstream failure. The single source of truth for both retry paths. */
const TRANSIENT_HTTP_STATUSES = new Set([502, 503, 504]);
/**
 * The transport-level error code, dug out of the `cause` chain.
 *
 * `fetch` reports a failed request as `TypeError: fetch failed` and hides the reason underneath, sometimes more than
 * one level down, so the chain is walked rather than the top error inspected.
 */
function networkErrorCode(err) {
    let cursor = err;
    for (let depth = 0; cursor instanceof Error && depth < 5; depth += 1) {
        const code = cursor.code;
        if (code)
            return code;
        cursor = cursor.cause;
    }
    return undefined;
}
/** Whether a transport failure is worth retrying. Broken TLS sessions (`ERR_SSL_*`) count. */
function isTransientCode(code) {
    if (!code)
        return false;
    return TRANSIENT_NETWORK_CODES.has(code) || code.startsWith('ERR_SSL_');
}
/** Wrap whatever `fetch` rejected with into a `NetworkError`, preserving the original as `cause`. */
function toNetworkError(err, url) {
    const code = networkErrorCode(err);
    const reason = err instanceof Error ? err.message : String(err);
    return new NetworkError(`Request to ${url} failed: ${reason}${code ? ` (${code})` : ''}`, {
        cause: err,
        code,
        transient: isTransientCode(code),
    });
}
/**
 * `Retry-After` in milliseconds. The header is either delta-seconds or an HTTP date; both are accepted, and anything
 * else is ignored rather than guessed at.
 */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Whether a 401 is really a missing scope.
 *
 * Confluence says so in the body — `{"code":401,"message":"Unauthorized; scope does not match"}` — and nowhere else, so
 * the message is the only signal there is. Matched loosely, since the wording is Atlassian's to change; a miss only
 * costs the caller a plain `AuthError`.
 */
function isScopeMismatch(body) {
    const message = typeof body === 'object' && body !== null ? body.message : body;
    return typeof message === 'string' && /scope does not match/i.test(message);
}
/** Build the error class that matches the status, so callers can branch on the type instead of the number. */
function createApiError(message, status, statusText, body, headers, options) {
    if (status === 401) {
        return isScopeMismatch(body)
            ? new ScopeError(`${message}\n\nThe token is missing a scope this endpoint requires. Refreshing will not help: add the ` +
                `scope in the developer console and have the user authorize again.${` ${PRODUCT.scopeHint}` }`, statusText, body, options)
            : new AuthError(message, statusText, body, options);
    }
    if (status === 403)
        return new ForbiddenError(message, statusText, body, options);
    if (status === 404)
        return new NotFoundError(message, statusText, body, options);
    if (status === 429) {
        return new RateLimitError(message, statusText, body, {
            ...options,
            retryAfterMs: parseRetryAfter(headers?.get('retry-after') ?? null),
        });
    }
    if (status >= 500)
        return new ServerError(message, status, statusText, body, options);
    return new ApiError(message, status, statusText, body, options);
}

/**
 * Collects the gaps between the schemas and what the API actually sends.
 *
 * Only active when `AUDIT_SCHEMAS=true`, which the package's own audit run sets and nothing else does. In every other
 * process this module holds an empty array and is never written to.
 *
 * It deliberately keeps findings in memory rather than writing them anywhere: `core/` ships to browsers, so it cannot
 * reach for the filesystem. The audit runner reads the collection at the end of the run and reports it.
 */
/** Symbol.for, not a local const: the collection has to survive two copies of the package in one process. */
const STORE = Symbol.for('apis-code-gen.schemaAudit');
function isSchemaAuditEnabled() {
    const env = globalThis.process?.env;
    return env?.AUDIT_SCHEMAS === 'true';
}
function recordSchemaDrift(entry) {
    const store = globalThis;
    (store[STORE] ??= []).push(entry);
}

function isAsyncIterable(value) {
    if (value == null)
        return false;
    return typeof value[Symbol.asyncIterator] === 'function';
}
/**
 * Whether the body carries its own encoding and must be handed to `fetch` untouched.
 *
 * A bare string is deliberately _not_ one of these. These are JSON APIs, and the endpoints that take a lone string — an
 * account id, a preference value — want it as a JSON string, quoted, under `application/json`. Treating it as a
 * pre-encoded payload shipped it raw as `text/plain` and made those endpoints unreachable. Attachment content never
 * arrives here as a string: the multipart builder normalizes it into `FormData` or a stream first.
 */
function isBinaryBody(body) {
    if (typeof FormData !== 'undefined' && body instanceof FormData)
        return true;
    if (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams)
        return true;
    if (typeof Blob !== 'undefined' && body instanceof Blob)
        return true;
    if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
        return true;
    if (typeof ArrayBuffer !== 'undefined' && body instanceof ArrayBuffer)
        return true;
    if (typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(body))
        return true;
    if (isAsyncIterable(body))
        return true;
    return false;
}
function bodyToFetchBody(body) {
    if (isBinaryBody(body)) {
        return body;
    }
    return JSON.stringify(body);
}
/**
 * Whether to declare `application/json` for this request.
 *
 * Sent even when there is no body, for any method that could carry one. Some endpoints reject a bodyless `DELETE` with
 * 415 unless the header is present — Jira's remote-link deletes do — and a `Content-Type` on an empty request is inert
 * everywhere else. Binary and multipart bodies are excluded because they bring their own type, and `fetch` has to be
 * left to set the multipart boundary itself.
 */
function shouldSetJsonContentType(body, method) {
    if (isBinaryBody(body))
        return false;
    if (body !== undefined && body !== null)
        return true;
    const verb = (method ?? 'GET').toUpperCase();
    return verb !== 'GET' && verb !== 'HEAD';
}
function requiresDuplex(body) {
    if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
        return true;
    return isAsyncIterable(body);
}

const BlobSchema = custom(val => typeof Blob !== 'undefined' && val instanceof Blob);

const BufferSchema = custom(val => {
    if (val instanceof ArrayBuffer)
        return true;
    if (typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(val))
        return true;
    return false;
});

/** A value described the way a schema would describe it, with nothing of the value itself kept. */
function describeValue$1(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
/**
 * The value sitting at a zod issue's path, walked out of the body that failed.
 *
 * Walked rather than read off `issue.input`: zod declares that field optional and leaves it off the issues it hands
 * back, so it is never there when this runs. Every segment of an issue path is an object key or an array index, so the
 * walk always has an answer, and anything no longer reachable is reported as absent — which is itself the answer when
 * the complaint is a missing field.
 */
function readValueAtPath(body, path) {
    let target = body;
    for (const segment of path) {
        if (target === null || typeof target !== 'object')
            return { reachable: false, value: undefined };
        if (!(segment in target))
            return { reachable: false, value: undefined };
        target = target[segment];
    }
    return { reachable: true, value: target };
}
/** The same walk, reported as a type name. */
function describeTypeAtPath(body, path) {
    const { reachable, value } = readValueAtPath(body, path);
    return reachable ? describeValue$1(value) : 'nothing';
}
/** The longest quoted value the report will print, past which it is cut with an ellipsis. */
const MAX_QUOTED_LENGTH = 40;
/** A closed set written the way the schema declares it: `'software' | 'service_desk' | 'business'`. */
function listValues(values) {
    return values.map(value => (typeof value === 'string' ? `'${value}'` : String(value))).join(' | ');
}
/** The value that failed a closed set, quoted. `undefined` for anything that is not a primitive. */
function quoteValue(value) {
    if (typeof value === 'string') {
        return value.length > MAX_QUOTED_LENGTH ? `"${value.slice(0, MAX_QUOTED_LENGTH)}…"` : `"${value}"`;
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return undefined;
}
/** How much of a limit to name — `at most 5 characters` reads better than `at most 5`. */
function unitFor(origin) {
    if (origin === 'string')
        return ' characters';
    if (origin === 'array' || origin === 'set')
        return ' items';
    return '';
}
/**
 * What the schema was asking for, in words.
 *
 * Only `invalid_type` carries an `expected` field; every other zod issue describes itself with a code and its own
 * fields, and printing the code raw is how a caller ends up reading `expected invalid_value`, which names the shape of
 * the complaint instead of the complaint. Each branch here spends the fields that code does carry.
 */
function describeExpectation(issue) {
    switch (issue.code) {
        case 'invalid_type':
            return issue.expected;
        case 'invalid_value':
            return issue.values.length === 1 ? listValues(issue.values) : `one of ${listValues(issue.values)}`;
        case 'too_big':
            return `at most ${issue.maximum}${unitFor(issue.origin)}`;
        case 'too_small':
            return `at least ${issue.minimum}${unitFor(issue.origin)}`;
        case 'invalid_format':
            return `a valid ${issue.format}`;
        case 'not_multiple_of':
            return `a multiple of ${issue.divisor}`;
        case 'custom':
            return issue.message;
        default:
            return issue.code;
    }
}
/**
 * Flattens zod's issues into the report's own vocabulary.
 *
 * Union branches are flattened rather than nested: a caller reading this wants to know which field is wrong, and
 * telling them the response failed all four branches of a union is a fact about zod, not about their data. The two
 * container codes are flattened for the same reason — a bad key or element is a problem with what is inside, and zod's
 * own nesting of it says nothing the inner issue does not.
 */
function describeIssues(issues, body, base = []) {
    const described = [];
    for (const issue of issues) {
        const path = [...base, ...issue.path];
        if (issue.code === 'invalid_union') {
            for (const branch of issue.errors)
                described.push(...describeIssues(branch, body, path));
            continue;
        }
        if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
            described.push(...describeIssues(issue.issues, body, path));
            continue;
        }
        if (issue.code === 'unrecognized_keys') {
            described.push({
                path: path.map(String).join('.'),
                expected: 'no undocumented keys',
                received: `undocumented: ${issue.keys.join(', ')}`,
            });
            continue;
        }
        // The value itself only for a closed set — see the note on SchemaMismatchReport.
        const quoted = issue.code === 'invalid_value' ? quoteValue(readValueAtPath(body, path).value) : undefined;
        described.push({
            path: path.map(String).join('.'),
            expected: describeExpectation(issue),
            received: quoted ?? describeTypeAtPath(body, path),
        });
    }
    return described;
}
/**
 * Problems already reported, so a paginated read does not narrate the same one five hundred times.
 *
 * Process-wide and unbounded on purpose. The key space is the schemas the library ships, so it cannot grow past that
 * however long the process runs, and per-client state would defeat the point — two clients against the same site have
 * the same schema bug.
 */
const reported = new Set();
/**
 * The path with its array indices collapsed, so one bad field is one problem however many elements carry it.
 *
 * `values.8.projectTypeKey` and `values.26.projectTypeKey` are the same stale enum, not two of them. Only the key is
 * collapsed — the line that gets printed keeps the concrete path, because that is the one a reader can go and look at
 * in the response.
 */
function dedupePath(path) {
    return path.replace(/(^|\.)\d+(\.|$)/g, '$1[]$2');
}
/**
 * Prints each distinct problem once, to stderr.
 *
 * Stderr rather than stdout because a CLI's output belongs to the CLI: redirected to a file or piped into `jq`, this
 * stays in the terminal and the machine-readable stream is untouched. Deduplication is what makes it bearable at all —
 * the same field over five hundred paginated issues is one line, not five hundred.
 */
function warnOnce(report) {
    for (const issue of report.issues) {
        const key = `${report.endpoint}|${dedupePath(issue.path)}|${issue.expected}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        const where = issue.path === '' ? 'the response root' : `\`${issue.path}\``;
        console.warn(`[${PRODUCT.packageName}] ${report.endpoint} answered with something the schema does not describe: ` +
            `at ${where}, expected ${issue.expected}, got ${issue.received}. ` +
            'The response is returned unvalidated. ' +
            'Set `onSchemaMismatch` to \'silent\' to stop these, or pass a function to handle them yourself.');
    }
}
/**
 * Runs the configured behavior. Returns whether the caller should throw.
 *
 * Kept here rather than inline in the transport so the decision reads in one place, and so `'throw'` is visibly the
 * only branch that ends the request.
 */
function reportSchemaMismatch(behavior, report) {
    if (typeof behavior === 'function') {
        behavior(report);
        return false;
    }
    if (behavior === 'throw')
        return true;
    if (behavior === 'warn')
        warnOnce(report);
    return false;
}

function serializeSearchParamValue(value) {
    if (value === undefined || value === null) {
        return undefined;
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    if (Array.isArray(value)) {
        if (value.length === 0) {
            return undefined;
        }
        if (value.every((item) => typeof item === 'string')) {
            return value.join(',');
        }
        return JSON.stringify(value);
    }
    if (typeof value === 'object') {
        return JSON.stringify(value);
    }
    return String(value);
}
function buildUrlWithSearchParams(baseUrl, searchParams) {
    if (!searchParams || Object.keys(searchParams).length === 0) {
        return baseUrl;
    }
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(searchParams)) {
        if (Array.isArray(value)) {
            for (const item of value) {
                if (item !== undefined && item !== null) {
                    params.append(key, String(item));
                }
            }
        }
        else {
            const serialized = serializeSearchParamValue(value);
            if (serialized !== undefined) {
                params.set(key, serialized);
            }
        }
    }
    const query = params.toString();
    if (!query) {
        return baseUrl;
    }
    const separator = baseUrl.includes('?') ? '&' : '?';
    return `${baseUrl}${separator}${query}`;
}

const authBasicSchema = object({
    type: literal('basic'),
    email: string().email(),
    apiToken: string().min(1),
});
const authBearerTokenSchema = object({
    type: literal('bearer'),
    token: string().min(1),
});
const authBearerProviderSchema = object({
    type: literal('bearer'),
    getToken: custom(val => typeof val === 'function', {
        message: 'getToken must be a function',
    }),
});
const authBearerSchema = union([authBearerTokenSchema, authBearerProviderSchema]);
/**
 * Atlassian OAuth 2.0 (3LO).
 *
 * Either hand over an `accessToken` and manage its lifetime yourself, or hand over the full refresh credential set and
 * let the client refresh on its own. The two refinements below encode exactly that: the second one exists because a
 * partial credential set is always a mistake — it looks configured, then fails on the first refresh.
 */
const authOAuth2Schema = object({
    type: literal('oauth2'),
    accessToken: string().min(1).optional(),
    refreshToken: string().min(1).optional(),
    clientId: string().min(1).optional(),
    clientSecret: string().min(1).optional(),
    /** Access-token expiry as epoch milliseconds, e.g. `Date.now() + expiresIn * 1000`. */
    expiresAt: number().optional(),
    /** Atlassian cloud id. When set, the `accessible-resources` lookup is skipped. */
    cloudId: string().min(1).optional(),
    /** Site URL, e.g. `https://your-domain.atlassian.net`, used to pick a cloud id when the token can reach several. */
    siteUrl: string().min(1).optional(),
    /** Called after every refresh. Persist the rotated `refreshToken` here — the previous one is dead. */
    onTokenRefresh: custom(val => typeof val === 'function', { message: 'onTokenRefresh must be a function' })
        .optional(),
})
    .refine(data => data.accessToken !== undefined ||
    (data.refreshToken !== undefined && data.clientId !== undefined && data.clientSecret !== undefined), {
    message: 'OAuth 2.0 requires either an `accessToken` or a full refresh credential set (`refreshToken`, `clientId`, `clientSecret`).',
})
    .refine(data => {
    const anyRefreshField = data.refreshToken !== undefined || data.clientId !== undefined || data.clientSecret !== undefined;
    if (!anyRefreshField)
        return true;
    return data.refreshToken !== undefined && data.clientId !== undefined && data.clientSecret !== undefined;
}, {
    message: 'When using OAuth 2.0 token refresh, `refreshToken`, `clientId` and `clientSecret` must all be provided together.',
});
const authSchema = union([authBasicSchema, authBearerSchema, authOAuth2Schema]);

const transientRetrySchema = object({
    /** Total number of attempts including the first. Default: 1 (no retries). */
    maxAttempts: number().int().positive().optional(),
    /** Delay before the first retry in ms. Default: 500. */
    initialDelayMs: number().int().nonnegative().optional(),
    /** Exponential backoff multiplier. Default: 2. */
    backoffFactor: number().positive().optional(),
});
const clientConfigSchema = object({
    /**
     * The bare site URL, e.g. `https://your-domain.atlassian.net` — the API path belongs to the request, not here.
     *
     * Optional only under OAuth 2.0: 3LO tokens are not accepted on the site's own domain, so the client routes through
     * `https://api.atlassian.com/ex/confluence/{cloudId}` and derives that URL itself.
     */
    host: url().optional(),
    auth: authSchema.optional(),
    headers: record(string(), string()).optional(),
    getAuthOn401: custom(val => typeof val === 'function').optional(),
    /**
     * Opt-in retry for transient transport failures only — network errors (ECONNRESET, ETIMEDOUT, ENOTFOUND, EAI_AGAIN,
     * EPIPE, UND_ERR_SOCKET, ERR_SSL_*) and HTTP 502/503/504. Never retries 4xx (including 401, 429) or 5xx other than
     * 502/503/504 — those signal client or server logic and masking them would hide real regressions. Disabled by
     * default.
     */
    retry: transientRetrySchema.optional(),
    /**
     * What to do when a response does not match its schema. Defaults to `'warn'`: report the problem once and hand back
     * the body unvalidated, rather than ending the request.
     */
    onSchemaMismatch: custom(val => typeof val === 'function' || val === 'warn' || val === 'silent' || val === 'throw')
        .optional(),
})
    .refine(data => data.host !== undefined || data.auth?.type === 'oauth2', {
    message: '`host` is required unless you authenticate with OAuth 2.0, which routes through the Atlassian gateway.',
    path: ['host'],
});

const TOKEN_URL = 'https://auth.atlassian.com/oauth/token';
const ACCESSIBLE_RESOURCES_URL = 'https://api.atlassian.com/oauth/token/accessible-resources';
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
function mapTokenResponse(data) {
    return {
        accessToken: data.access_token,
        refreshToken: data.refresh_token,
        expiresIn: data.expires_in,
        scope: data.scope,
        tokenType: data.token_type,
    };
}
/** `fetch` does not reject on a non-2xx status, so the status is checked here and turned into an `OAuthError`. */
async function requestJson(url, init) {
    let response;
    try {
        response = await fetch(url, init);
    }
    catch (err) {
        throw new OAuthError(`Request to ${url} failed before a response arrived`, { cause: err });
    }
    if (!response.ok) {
        const text = await response.text().catch(() => '');
        let body = text;
        try {
            body = JSON.parse(text);
        }
        catch { }
        throw new OAuthError(`Request to ${url} failed with status ${response.status} ${response.statusText}${text ? `: ${text}` : ''}`, { status: response.status, body });
    }
    return response.json();
}
/**
 * Refresh an access token.
 *
 * Atlassian rotates the refresh token on every call: persist the one you get back and drop the old one, or the next
 * refresh fails.
 *
 * @public
 */
async function refreshOAuth2Token(params) {
    const data = await requestJson(TOKEN_URL, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({
            grant_type: 'refresh_token',
            client_id: params.clientId,
            client_secret: params.clientSecret,
            refresh_token: params.refreshToken,
        }),
    });
    return mapTokenResponse(data);
}
/**
 * List the Confluence sites this access token can reach. The `id` of an entry is its cloud id.
 *
 * @public
 */
async function getAccessibleResources(accessToken) {
    return requestJson(ACCESSIBLE_RESOURCES_URL, {
        method: 'GET',
        headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    });
}

/** 3LO tokens are only accepted through the gateway, never on the site's own domain. */
const GATEWAY_BASE = `https://api.atlassian.com/ex/${PRODUCT.gatewaySlug}`;
/** Refresh this many ms before `expiresAt`, to absorb clock skew and in-flight latency. */
const EXPIRY_SKEW_MS = 60_000;
function normalizeUrl(url) {
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end -= 1;
    return url.slice(0, end).toLowerCase();
}
/**
 * Holds the OAuth 2.0 token state for one client: refreshes before expiry, resolves the cloud id once, and reports
 * rotated refresh tokens through `onTokenRefresh`.
 *
 * Both the refresh and the cloud-id lookup are single-flighted, so N concurrent requests hitting an expired token
 * produce one token call, not N.
 */
function createOAuth2Manager(options) {
    const { clientId, clientSecret, siteUrl, onTokenRefresh } = options;
    let accessToken = options.accessToken;
    let refreshToken = options.refreshToken;
    let expiresAt = options.expiresAt;
    let cloudId = options.cloudId;
    let refreshPromise;
    let cloudIdPromise;
    const canRefresh = () => refreshToken !== undefined && clientId !== undefined && clientSecret !== undefined;
    const needsRefresh = () => {
        if (!canRefresh())
            return false;
        if (accessToken === undefined)
            return true;
        if (expiresAt === undefined)
            return false;
        return Date.now() >= expiresAt - EXPIRY_SKEW_MS;
    };
    const doRefresh = async () => {
        if (!canRefresh()) {
            throw new OAuthError('Cannot refresh the OAuth 2.0 access token: `refreshToken`, `clientId` and `clientSecret` are required.');
        }
        const response = await refreshOAuth2Token({
            clientId: clientId,
            clientSecret: clientSecret,
            refreshToken: refreshToken,
        });
        accessToken = response.accessToken;
        if (response.refreshToken) {
            refreshToken = response.refreshToken;
        }
        expiresAt = Date.now() + response.expiresIn * 1000;
        await onTokenRefresh?.({ accessToken, refreshToken, expiresAt });
    };
    const refresh = async () => {
        refreshPromise ??= doRefresh();
        try {
            await refreshPromise;
        }
        finally {
            refreshPromise = undefined;
        }
    };
    const ensureAccessToken = async () => {
        if (needsRefresh())
            await refresh();
        if (accessToken === undefined) {
            throw new OAuthError('No OAuth 2.0 access token is available and it cannot be refreshed. Provide an `accessToken`, or the full ' +
                'refresh credentials (`refreshToken`, `clientId`, `clientSecret`).');
        }
        return accessToken;
    };
    /**
     * The sites this token can reach, refreshing once if the token turns out to be stale.
     *
     * This lookup runs before the request loop, so the client's own 401-and-retry never covers it. Without this, a token
     * whose expiry is unknown — the shape you get when a caller supplies `accessToken` without `expiresAt` — would fail
     * the cloud-id lookup permanently instead of refreshing the way any other request would.
     */
    const listResources = async () => {
        try {
            return await getAccessibleResources(await ensureAccessToken());
        }
        catch (err) {
            if (!isOAuthError(err) || err.status !== 401 || !canRefresh())
                throw err;
            await refresh();
            return getAccessibleResources(await ensureAccessToken());
        }
    };
    const selectResource = (resources) => {
        if (resources.length === 0) {
            throw new OAuthError('No accessible Confluence resources were returned for this OAuth 2.0 token. Check the granted scopes and ' +
                'that the user has access to at least one Confluence site.');
        }
        if (siteUrl !== undefined) {
            const target = normalizeUrl(siteUrl);
            const match = resources.find(resource => normalizeUrl(resource.url) === target);
            if (!match) {
                throw new OAuthError(`No accessible resource matches siteUrl "${siteUrl}". Available: ${resources.map(r => r.url).join(', ')}.`);
            }
            return match;
        }
        if (resources.length > 1) {
            throw new OAuthError('Multiple accessible Confluence resources found; pass `cloudId` or `siteUrl` to disambiguate. Available: ' +
                `${resources.map(r => r.url).join(', ')}.`);
        }
        return resources[0];
    };
    const resolveCloudId = async () => {
        if (cloudId !== undefined)
            return cloudId;
        cloudIdPromise ??= (async () => {
            const resources = await listResources();
            cloudId = selectResource(resources).id;
            return cloudId;
        })();
        try {
            return await cloudIdPromise;
        }
        finally {
            cloudIdPromise = undefined;
        }
    };
    return {
        canRefresh,
        async getAuthorizationHeader() {
            return `Bearer ${await ensureAccessToken()}`;
        },
        async getBaseUrl() {
            return `${GATEWAY_BASE}/${await resolveCloudId()}`;
        },
        forceRefresh: refresh,
    };
}

/**
 * Whether this 401 means "missing scope" rather than "stale token".
 *
 * Reads a clone, so the body stays available for the error that gets thrown later.
 */
async function isScopeMismatchResponse(response) {
    try {
        return /scope does not match/i.test(await response.clone().text());
    }
    catch {
        return false;
    }
}
/** What an undocumented value looks like, in the vocabulary a schema would use to describe it. */
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value)) {
        const elements = new Set(value.slice(0, 10).map(element => describeValue(element)));
        return elements.size === 0 ? 'unknown[]' : `${[...elements].sort().join(' | ')}[]`;
    }
    return typeof value;
}
/**
 * The value the API sent where the schema listed a set, as text for the report.
 *
 * Audit-only, like everything else on this path, and the value is the whole finding: an enum that grew is repaired by
 * adding the value it grew by, which a type name does not carry. Anything that is not a string is described rather than
 * quoted — a set of numbers or booleans is rare enough that naming its shape is answer enough.
 */
function describeValueAtPath(body, path) {
    let target = body;
    for (const segment of path) {
        if (target === null || typeof target !== 'object')
            return 'nothing';
        target = target[segment];
    }
    return typeof target === 'string' ? target : describeValue(target);
}
/**
 * Reads the undocumented values, then removes them so the response can be parsed a second time.
 *
 * Audit-only, and it reports the types because the point of the audit is to write the missing field into the schema —
 * which cannot be done from a list of names. Guessing `contributorIds` is an array of strings from its name alone is
 * how a schema ends up wrong in a new way.
 *
 * `path` is a zod issue path, so every segment is an object key or an array index, and anything no longer there is
 * simply skipped — the walk describes a body that was just parsed, not an arbitrary structure.
 */
function takeKeyTypes(body, path, keys) {
    let target = body;
    for (const segment of path) {
        if (target === null || typeof target !== 'object')
            return {};
        target = target[segment];
    }
    if (target === null || typeof target !== 'object')
        return {};
    const types = {};
    for (const key of keys) {
        types[String(key)] = describeValue(target[key]);
        delete target[key];
    }
    return types;
}
/**
 * Reads a validation failure as pure schema drift, or decides it is not.
 *
 * Audit-only. Returns the gaps when _every_ complaint is one, and `undefined` the moment anything else appears — a
 * missing field or a changed type is real breakage, and the audit must not quietly absorb it.
 *
 * Two kinds count. An undocumented key is a field the specification never described. A value outside a documented set
 * is the same gap one level down: the field is described, its list of values is not complete. Both are the vendor's
 * documentation falling behind the vendor's API, and reporting either as breakage sends the reader after a fault in the
 * wrong codebase.
 *
 * Unions need the recursion. Zod reports each branch it tried, and branches that failed for their own reasons are
 * simply the wrong branch; what identifies the right one is a branch whose only complaint is undocumented keys. Without
 * this, every union-typed response throws instead of being recorded, and the drift inside it accumulates unseen behind
 * a report that looks complete.
 *
 * Inside a union, a value outside a documented set does _not_ count. That is how zod says "wrong branch" — every
 * discriminated branch rejects the value that identifies its siblings — so counting it there would name the first
 * branch tried as a grown enum and stop the search before the branch that actually matched.
 */
function readDrift(issues, base = [], inUnion = false) {
    const findings = [];
    for (const issue of issues) {
        const path = [...base, ...issue.path];
        if (issue.code === 'unrecognized_keys') {
            findings.push({ kind: 'keys', path, keys: [...issue.keys] });
            continue;
        }
        if (issue.code === 'invalid_value' && !inUnion) {
            findings.push({ kind: 'value', path, documented: issue.values.map(value => String(value)) });
            continue;
        }
        if (issue.code === 'invalid_union') {
            const branch = issue.errors
                .map(branchIssues => readDrift(branchIssues, path, true))
                .find(result => result !== undefined);
            if (branch === undefined)
                return undefined;
            findings.push(...branch);
            continue;
        }
        return undefined;
    }
    return findings;
}
/** A `Client` is anything with `sendRequest`; a `ClientConfig` never has one. */
function isClient(value) {
    return typeof value.sendRequest === 'function';
}
/**
 * Base64 for the Basic auth header, the same way in every runtime.
 *
 * `btoa` alone mangles anything outside Latin-1, so the string is encoded to UTF-8 bytes first — a credential may well
 * hold non-ASCII. Verified byte-identical to `Buffer.from(…).toString('base64')`.
 */
function base64Encode(value) {
    const bytes = new TextEncoder().encode(value);
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
async function getAuthHeaders(auth) {
    if (auth.type === 'oauth2') {
        return auth.accessToken ? { Authorization: `Bearer ${auth.accessToken}` } : {};
    }
    if (auth.type === 'basic') {
        const encoded = base64Encode(`${auth.email}:${auth.apiToken}`);
        return { Authorization: `Basic ${encoded}` };
    }
    if ('getToken' in auth) {
        const token = await auth.getToken();
        return { Authorization: `Bearer ${token}` };
    }
    return { Authorization: `Bearer ${auth.token}` };
}
/**
 * Creates a low-level Confluence API client.
 *
 * The client carries only transport, auth and retry policy — it is version agnostic, so one instance drives both
 * `confluence.js/v1` and `confluence.js/v2`.
 *
 * Prefer `createV1Client` / `createV2Client` from `confluence.js` unless you want the flat functions and a smaller
 * bundle.
 *
 * @public
 */
function createClient(config) {
    if (isClient(config))
        return config;
    clientConfigSchema.parse(config);
    const { host, auth, headers: configHeaders = {}, getAuthOn401, retry, onSchemaMismatch = 'warn' } = config;
    const retryMaxAttempts = Math.max(1, retry?.maxAttempts ?? 1);
    const retryInitialDelayMs = retry?.initialDelayMs ?? 500;
    const retryBackoffFactor = retry?.backoffFactor ?? 2;
    const oauth2Manager = auth?.type === 'oauth2' ? createOAuth2Manager(auth) : undefined;
    return {
        async sendRequest(requestConfig) {
            const path = requestConfig.url.startsWith('/') ? requestConfig.url : `/${requestConfig.url}`;
            const effectiveHost = oauth2Manager ? await oauth2Manager.getBaseUrl() : host;
            const normalizedHost = effectiveHost && (effectiveHost.endsWith('/') ? effectiveHost.slice(0, -1) : effectiveHost);
            const url = normalizedHost ? normalizedHost + path : requestConfig.url;
            const fullUrl = buildUrlWithSearchParams(url, requestConfig.searchParams);
            const rawBody = requestConfig.body;
            const body = rawBody === undefined || rawBody === null ? undefined : bodyToFetchBody(rawBody);
            const doRequest = async (authHeaders) => {
                const headers = {
                    Accept: 'application/json',
                    ...(shouldSetJsonContentType(rawBody, requestConfig.method) ? { 'Content-Type': 'application/json' } : {}),
                    ...authHeaders,
                    ...configHeaders,
                    ...requestConfig.headers,
                };
                const init = {
                    method: requestConfig.method,
                    headers: Object.keys(headers).length > 0 ? headers : undefined,
                    body: body,
                };
                if (requiresDuplex(rawBody)) {
                    init.duplex = 'half';
                }
                return fetch(fullUrl, init);
            };
            const currentAuthHeaders = async () => {
                if (oauth2Manager)
                    return { Authorization: await oauth2Manager.getAuthorizationHeader() };
                return auth ? getAuthHeaders(auth) : {};
            };
            let derivedAuthHeaders = await currentAuthHeaders();
            let response;
            let delayMs = retryInitialDelayMs;
            let networkAttempt = 0;
            let reauthenticated = false;
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- intentional retry loop
            while (true) {
                try {
                    response = await doRequest(derivedAuthHeaders);
                }
                catch (err) {
                    const networkError = isNetworkError(err) ? err : toNetworkError(err, fullUrl);
                    if (networkAttempt + 1 < retryMaxAttempts && networkError.transient) {
                        networkAttempt += 1;
                        await new Promise(resolve => setTimeout(resolve, delayMs));
                        delayMs = Math.round(delayMs * retryBackoffFactor);
                        continue;
                    }
                    throw networkError;
                }
                if (response.status === 401 && !reauthenticated && !(await isScopeMismatchResponse(response))) {
                    if (oauth2Manager?.canRefresh()) {
                        reauthenticated = true;
                        await oauth2Manager.forceRefresh();
                        derivedAuthHeaders = await currentAuthHeaders();
                        continue;
                    }
                    if (getAuthOn401) {
                        reauthenticated = true;
                        derivedAuthHeaders = await getAuthHeaders(await getAuthOn401());
                        continue;
                    }
                }
                if (TRANSIENT_HTTP_STATUSES.has(response.status) && networkAttempt + 1 < retryMaxAttempts) {
                    networkAttempt += 1;
                    await new Promise(resolve => setTimeout(resolve, delayMs));
                    delayMs = Math.round(delayMs * retryBackoffFactor);
                    continue;
                }
                break;
            }
            if (!response.ok) {
                const text = await response.text();
                let detail = text;
                try {
                    detail = JSON.parse(text);
                }
                catch { }
                throw createApiError(`Request failed: ${response.status} ${response.statusText}${text ? ` - ${text}` : ''}`, response.status, response.statusText, detail, response.headers);
            }
            const contentType = response.headers.get('content-type');
            if (response.status === 204)
                return undefined;
            if (requestConfig.schema === BufferSchema) {
                return BufferSchema.parse(new Uint8Array(await response.arrayBuffer()));
            }
            // A `Blob` carries the content type with the bytes, which is the whole reason these endpoints ask for one: the
            // same avatar URL answers with SVG for a system avatar and PNG for an uploaded one, and nothing in the request
            // says which is coming.
            if (requestConfig.schema === BlobSchema) {
                return BlobSchema.parse(await response.blob());
            }
            if (contentType && !contentType.includes('application/json')) {
                if (requestConfig.schema) {
                    throw new SchemaMismatchError(`Expected a JSON response to validate against the schema, got ${contentType}`, {
                        endpoint: `${requestConfig.method ?? 'GET'} ${requestConfig.url}`,
                        issues: [{ path: '', expected: 'application/json', received: contentType || 'no content type' }],
                    });
                }
                return undefined;
            }
            let data;
            if (contentType?.includes('application/json')) {
                const text = await response.text();
                try {
                    data = JSON.parse(text);
                }
                catch (e) {
                    if (e instanceof SyntaxError) {
                        data = text || undefined;
                    }
                    else {
                        throw e;
                    }
                }
            }
            else {
                const text = await response.text();
                data = text || undefined;
            }
            if (requestConfig.schema && data !== undefined) {
                const parsed = requestConfig.schema.safeParse(data);
                if (!parsed.success) {
                    const endpoint = `${requestConfig.method ?? 'GET'} ${requestConfig.url}`;
                    const drift = isSchemaAuditEnabled() ? readDrift(parsed.error.issues) : undefined;
                    if (drift) {
                        for (const finding of drift) {
                            if (finding.kind === 'keys') {
                                recordSchemaDrift({
                                    kind: 'keys',
                                    endpoint,
                                    path: finding.path.join('.'),
                                    keys: finding.keys.map(key => String(key)),
                                    types: takeKeyTypes(data, finding.path, finding.keys),
                                });
                                continue;
                            }
                            recordSchemaDrift({
                                kind: 'value',
                                endpoint,
                                path: finding.path.join('.'),
                                value: describeValueAtPath(data, finding.path),
                                documented: finding.documented,
                            });
                        }
                        // Undocumented keys are stripped as they are recorded, so the body can be validated for real once they are
                        // gone. A value outside a documented set cannot be taken out the same way — removing the field would leave
                        // a hole where the schema wants a value — so the response is handed back unvalidated instead. Either way
                        // it reaches the caller: everything wrong with it has been recorded, and one stale schema must not cut the
                        // audit short.
                        const cleaned = requestConfig.schema.safeParse(data);
                        return cleaned.success ? cleaned.data : data;
                    }
                    const report = { endpoint, issues: describeIssues(parsed.error.issues, data) };
                    const behavior = isSchemaAuditEnabled() ? 'throw' : onSchemaMismatch;
                    if (reportSchemaMismatch(behavior, report)) {
                        throw new SchemaMismatchError(`Response did not match the schema for ${endpoint}`, report, {
                            cause: parsed.error,
                        });
                    }
                    return data;
                }
                return parsed.data;
            }
            return data;
        },
    };
}

/**
 * Slack or Jira refused or failed a call. It carries the server's `Retry-After` (as `retryAfterMs`) so
 * that the one retry helper waits as long as the server asked, and the service's own error code
 * (`channel_not_found`, `400`…) so that tests and callers can branch on it. The message names the call
 * and the code, never a token or a webhook URL (a webhook URL is a credential).
 */
class AlertDeliveryError extends ServiceError {
    channel;
    code;
    retryAfterMs;
    /** Jira's per-field reasons of a 400 (`priority` → "cannot be set"). */
    fields;
    constructor(channel, message, options = {}) {
        super(message, options);
        this.channel = channel;
        this.code = options.code;
        this.retryAfterMs = options.retryAfterMs;
        this.fields = options.fields;
    }
}
/** For `retry`'s `retryAfterMs`: the delay a rate-limited server asked for. */
function retryAfterOf(error) {
    return error instanceof AlertDeliveryError ? error.retryAfterMs : undefined;
}

/** Field → what to check, for a 400 on issue creation. */
const FIELD_HINTS = {
    project: 'check jira-project (LOGWARD_JIRA_PROJECT): the project key, e.g. OPS',
    issuetype: 'check jira-issue-type: an issue type the project has (Bug, Task…)',
    components: 'check jira-components: components that exist in the project',
    labels: 'labels may not contain spaces; this is a bug: please report it',
    summary: 'the summary is cut to 255 characters; this is a bug: please report it',
    description: 'this is a bug in the description logward built: please report it',
};
/**
 * A jira.js error (or a fetch failure) → logward's. The message is built from the status and Jira's own
 * `errorMessages`/`errors` (field names and reasons), never from the request: the Authorization header
 * stays inside jira.js. `idempotent` calls (search, get) are retried on 5xx and network errors; creating
 * an issue or a comment only on 429, as a retry after a 5xx may duplicate what the first attempt did.
 */
function jiraError(error, call, ctx) {
    const e = (error ?? {});
    if (typeof e.status !== 'number') {
        const code = e.code ?? e.name ?? 'error';
        return new AlertDeliveryError('jira', `Jira ${call} failed: cannot reach jira-url (${code})`, {
            code,
            retriable: ctx.idempotent ? e.transient !== false : code === 'ECONNREFUSED',
            hint: 'check jira-url (LOGWARD_JIRA_URL) and that the runner can reach it (proxy, firewall, VPN)',
        });
    }
    const status = e.status;
    const detail = describeBody(e.body);
    const message = `Jira ${call} failed: HTTP ${status}${detail ? `: ${detail}` : ''}`;
    const code = String(status);
    switch (status) {
        case 400: {
            const fields = fieldErrors(e.body);
            const hint = Object.keys(fields)
                .map((f) => FIELD_HINTS[f])
                .find(Boolean) ??
                (call === 'search'
                    ? `check jira-project (LOGWARD_JIRA_PROJECT): JQL names project "${ctx.project}"`
                    : undefined);
            return new AlertDeliveryError('jira', message, { code, hint, fields });
        }
        case 401:
            return new AlertDeliveryError('jira', message, {
                code,
                hint: ctx.flavor === 'cloud'
                    ? 'check jira-email and jira-token (LOGWARD_JIRA_EMAIL, LOGWARD_JIRA_TOKEN): an Atlassian API token (id.atlassian.com → Security → API tokens) of that account'
                    : 'check jira-token (LOGWARD_JIRA_TOKEN): a personal access token (profile → Personal Access Tokens); for Jira Cloud set jira-email too',
            });
        case 403:
            return new AlertDeliveryError('jira', message, {
                code,
                hint: `the account needs Browse, Create Issues and Add Comments in project ${ctx.project}; on Server/Data Center a CAPTCHA after failed logins also answers 403 (log in once in a browser)`,
            });
        case 404:
            return new AlertDeliveryError('jira', message, {
                code,
                hint: call.startsWith('comment')
                    ? 'the issue was deleted or moved, or the account cannot see it'
                    : 'check jira-url (LOGWARD_JIRA_URL): the site root, e.g. https://acme.atlassian.net, without /rest',
            });
        case 429:
            return new AlertDeliveryError('jira', message, {
                code,
                retriable: true,
                retryAfterMs: e.retryAfterMs ?? 1000,
                hint: 'Jira rate-limited the account; logward retried',
            });
        default:
            return new AlertDeliveryError('jira', message, {
                code,
                retriable: status >= 500 && ctx.idempotent,
                hint: status >= 500 ? 'Jira had a server error; try again later' : undefined,
            });
    }
}
/** `errors` of a 400: field → reason. */
function fieldErrors(body) {
    const errors = body?.errors;
    if (!errors || typeof errors !== 'object')
        return {};
    return Object.fromEntries(Object.entries(errors).filter(([, v]) => typeof v === 'string'));
}
function describeBody(body) {
    if (typeof body === 'string')
        return body.length <= 200 && !/[<>]/.test(body) ? body.trim() : '';
    const messages = body?.errorMessages;
    const parts = Array.isArray(messages) ? messages.filter((m) => typeof m === 'string') : [];
    for (const [field, reason] of Object.entries(fieldErrors(body)))
        parts.push(`${field}: ${reason}`);
    return parts.join('; ').slice(0, 500);
}

const DEFAULT_PRIORITIES = {
    critical: 'Highest',
    major: 'High',
    minor: 'Low',
};
const PAGE_SIZE = 100;
const LABELS_PER_QUERY = 50;
const MAX_PAGES = 20;
/**
 * The few Jira calls alerting needs, on both flavours:
 *
 * - Cloud: basic auth (email + API token), REST v3 with ADF bodies, and `POST /rest/api/3/search/jql`
 *   (token pagination) — Atlassian removed `/rest/api/{2,3}/search` from Cloud in 2025 (CHANGE-2046).
 * - Server / Data Center: a personal access token as Bearer, REST v2 with wiki markup bodies, and
 *   `POST /rest/api/2/search` (startAt/maxResults/total pagination).
 *
 * jira.js supplies the transport (fetch, auth headers, typed HTTP errors); the paths are written here
 * because its typed API covers Jira Cloud only. Its own retries are off: logward's `retry` runs them.
 */
class JiraAlertClient {
    options;
    flavor;
    client;
    api;
    constructor(options) {
        this.options = options;
        this.flavor = options.email ? 'cloud' : 'server';
        this.api = this.flavor === 'cloud' ? '3' : '2';
        try {
            this.client = createClient({
                host: options.url,
                auth: options.email
                    ? { type: 'basic', email: options.email, apiToken: options.token }
                    : { type: 'bearer', token: options.token },
                retry: { maxAttempts: 1 },
                onSchemaMismatch: 'silent',
            });
        }
        catch (error) {
            // jira.js validates its config with zod; the issue path names the field, never its value.
            const field = String(error.issues?.[0]?.path?.at(-1) ?? '');
            const setting = field === 'email' ? 'jira-email' : field === 'host' ? 'jira-url' : 'jira-token';
            throw new ConfigError(`${setting} is not valid for the Jira client`, {
                hint: `check ${setting} (${setting === 'jira-email' ? 'an email address' : setting === 'jira-url' ? 'an http(s) URL' : 'a non-empty token'})`,
            });
        }
    }
    /**
     * The oldest open issue (status category not Done) of the project carrying each label, found with one
     * JQL query per 50 labels rather than one per alert.
     */
    async findOpenIssues(labels) {
        const found = new Map();
        const wanted = new Set(labels);
        for (let i = 0; i < labels.length; i += LABELS_PER_QUERY) {
            const chunk = labels.slice(i, i + LABELS_PER_QUERY);
            const jql = `project = ${jqlString(this.options.project)} AND labels in (${chunk.map(jqlString).join(', ')}) ` +
                `AND statusCategory != Done ORDER BY created ASC`;
            for (const issue of await this.search(jql)) {
                for (const label of issue.fields?.labels ?? []) {
                    if (wanted.has(label) && !found.has(label))
                        found.set(label, issue.key);
                }
            }
        }
        return found;
    }
    /** Whether the issue exists and is not Done; `false` for a deleted or invisible issue. */
    async isOpen(key) {
        try {
            const issue = await this.call('get issue', true, {
                url: `/rest/api/${this.api}/issue/${encodeURIComponent(key)}`,
                method: 'GET',
                searchParams: { fields: 'status' },
            });
            return issue?.fields?.status?.statusCategory?.key !== 'done';
        }
        catch (error) {
            if (error.code === '404')
                return false;
            throw error;
        }
    }
    async createIssue(issue) {
        const priority = { ...DEFAULT_PRIORITIES, ...this.options.priorities }[issue.severity];
        const fields = {
            project: { key: this.options.project },
            issuetype: { name: this.options.issueType ?? 'Bug' },
            summary: issue.summary,
            description: this.body(issue.description),
            labels: issue.labels,
            priority: { name: priority },
            ...(this.options.components?.length
                ? { components: this.options.components.map((name) => ({ name })) }
                : {}),
        };
        try {
            return await this.postIssue(fields);
        }
        catch (error) {
            // Many projects keep `priority` off the create screen; the issue matters more than its priority.
            if (error.fields?.priority !== undefined) {
                this.options.logger?.warn(`Jira project ${this.options.project} does not take priority "${priority}" on create; creating the issue without it`);
                delete fields.priority;
                return await this.postIssue(fields);
            }
            throw error;
        }
    }
    async addComment(key, body) {
        await this.call('comment', false, {
            url: `/rest/api/${this.api}/issue/${encodeURIComponent(key)}/comment`,
            method: 'POST',
            body: { body: this.body(body) },
        });
    }
    /** Cloud v3 takes ADF only; Server/DC v2 takes wiki markup. */
    body(blocks) {
        return this.flavor === 'cloud' ? toAdf(blocks) : toWiki(blocks);
    }
    async postIssue(fields) {
        const created = await this.call('create issue', false, {
            url: `/rest/api/${this.api}/issue`,
            method: 'POST',
            body: { fields },
        });
        if (!created?.key)
            throw jiraError({ status: 502, body: 'no issue key in the answer' }, 'create issue', this.ctx(false));
        return created.key;
    }
    async search(jql) {
        const issues = [];
        const fields = ['labels', 'status', 'created'];
        if (this.flavor === 'cloud') {
            let nextPageToken;
            for (let page = 0; page < MAX_PAGES; page++) {
                const res = await this.call('search', true, {
                    url: '/rest/api/3/search/jql',
                    method: 'POST',
                    body: { jql, fields, maxResults: PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
                });
                issues.push(...(res?.issues ?? []));
                nextPageToken = res?.nextPageToken;
                if (!nextPageToken || res?.isLast)
                    break;
            }
            return issues;
        }
        let startAt = 0;
        for (let page = 0; page < MAX_PAGES; page++) {
            const res = await this.call('search', true, {
                url: '/rest/api/2/search',
                method: 'POST',
                body: { jql, fields, startAt, maxResults: PAGE_SIZE },
            });
            const got = res?.issues ?? [];
            issues.push(...got);
            startAt += got.length;
            if (got.length === 0 || startAt >= (res?.total ?? 0))
                break;
        }
        return issues;
    }
    ctx(idempotent) {
        return { flavor: this.flavor, project: this.options.project, idempotent };
    }
    call(name, idempotent, request) {
        const logger = this.options.logger;
        return retry$2(async () => {
            try {
                return await this.client.sendRequest(request);
            }
            catch (error) {
                throw jiraError(error, name, this.ctx(idempotent));
            }
        }, {
            retries: 5,
            initialDelayMs: 1000,
            maxDelayMs: 30_000,
            maxElapsedMs: 120_000,
            retryAfterMs: retryAfterOf,
            onRetry: (error, attempt, delay) => logger?.warn(`Jira ${name}: HTTP ${error.code}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`),
            ...this.options.retry,
        });
    }
}
/** A JQL string literal: double quotes, with `"` and `\` escaped. */
function jqlString(value) {
    return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

var dist$3 = {};

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;
	Object.defineProperty(errors, "__esModule", { value: true });
	errors.WebAPIFileUploadReadFileDataError = errors.WebAPIFileUploadInvalidArgumentsError = errors.WebAPIRateLimitedError = errors.WebAPIHTTPError = errors.WebAPIRequestError = errors.WebAPIPlatformError = errors.SlackError = errors.ErrorCode = void 0;
	/**
	 * A dictionary of codes for errors produced by this package
	 */
	var ErrorCode;
	(function (ErrorCode) {
	    // general error
	    ErrorCode["RequestError"] = "slack_webapi_request_error";
	    ErrorCode["HTTPError"] = "slack_webapi_http_error";
	    ErrorCode["PlatformError"] = "slack_webapi_platform_error";
	    ErrorCode["RateLimitedError"] = "slack_webapi_rate_limited_error";
	    // file uploads errors
	    ErrorCode["FileUploadInvalidArgumentsError"] = "slack_webapi_file_upload_invalid_args_error";
	    ErrorCode["FileUploadReadFileDataError"] = "slack_webapi_file_upload_read_file_data_error";
	})(ErrorCode || (errors.ErrorCode = ErrorCode = {}));
	class SlackError extends Error {
	    constructor(message, options) {
	        super(message, options);
	        this.name = this.constructor.name;
	        Object.setPrototypeOf(this, new.target.prototype);
	    }
	}
	errors.SlackError = SlackError;
	class WebAPIPlatformError extends SlackError {
	    code = ErrorCode.PlatformError;
	    data;
	    constructor(result) {
	        super(`An API error occurred: ${result.error}`);
	        this.data = result;
	    }
	}
	errors.WebAPIPlatformError = WebAPIPlatformError;
	class WebAPIRequestError extends SlackError {
	    code = ErrorCode.RequestError;
	    original;
	    constructor(original) {
	        super(`A request error occurred: ${original.message}`, { cause: original });
	        this.original = original;
	    }
	}
	errors.WebAPIRequestError = WebAPIRequestError;
	class WebAPIHTTPError extends SlackError {
	    code = ErrorCode.HTTPError;
	    statusCode;
	    statusMessage;
	    headers;
	    // biome-ignore lint/suspicious/noExplicitAny: HTTP response bodies might be anything
	    body;
	    constructor(statusCode, statusMessage, headers, 
	    // biome-ignore lint/suspicious/noExplicitAny: HTTP response bodies might be anything
	    body) {
	        super(`An HTTP protocol error occurred: statusCode = ${statusCode}`);
	        this.statusCode = statusCode;
	        this.statusMessage = statusMessage;
	        this.headers = headers;
	        if (typeof body === 'string') {
	            try {
	                this.body = JSON.parse(body);
	            }
	            catch {
	                this.body = body;
	            }
	        }
	        else {
	            this.body = body;
	        }
	    }
	}
	errors.WebAPIHTTPError = WebAPIHTTPError;
	class WebAPIRateLimitedError extends SlackError {
	    code = ErrorCode.RateLimitedError;
	    retryAfter;
	    constructor(retryAfter) {
	        super(`A rate-limit has been reached, you may retry this request in ${retryAfter} seconds`);
	        this.retryAfter = retryAfter;
	    }
	}
	errors.WebAPIRateLimitedError = WebAPIRateLimitedError;
	class WebAPIFileUploadInvalidArgumentsError extends SlackError {
	    code = ErrorCode.FileUploadInvalidArgumentsError;
	}
	errors.WebAPIFileUploadInvalidArgumentsError = WebAPIFileUploadInvalidArgumentsError;
	class WebAPIFileUploadReadFileDataError extends SlackError {
	    code = ErrorCode.FileUploadReadFileDataError;
	}
	errors.WebAPIFileUploadReadFileDataError = WebAPIFileUploadReadFileDataError;
	
	return errors;
}

var instrument = {};

var name = "@slack/web-api";
var version = "8.2.0";
var require$$2 = {
	name: name,
	version: version};

var hasRequiredInstrument;

function requireInstrument () {
	if (hasRequiredInstrument) return instrument;
	hasRequiredInstrument = 1;
	var __createBinding = (instrument && instrument.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
	var __setModuleDefault = (instrument && instrument.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (instrument && instrument.__importStar) || (function () {
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
	Object.defineProperty(instrument, "__esModule", { value: true });
	instrument.addAppMetadata = addAppMetadata;
	instrument.getUserAgent = getUserAgent;
	const os = __importStar(require$$2$1);
	const node_path_1 = require$$2$2;
	const packageJson = require$$2;
	/**
	 * Replaces occurrences of '/' with ':' in a string, since '/' is meaningful inside User-Agent strings as a separator.
	 */
	function replaceSlashes(s) {
	    return s.replace('/', ':');
	}
	const MAX_LATIN1_CODE = 0xff;
	/**
	 * Ensures a string is safe for use in HTTP headers by URI-encoding characters outside the Latin-1 (ISO-8859-1) range.
	 * Latin-1 characters (code points 0x00–0xFF) are preserved as-is; all others are percent-encoded via encodeURIComponent.
	 */
	function toLatin1Safe(s) {
	    let result = '';
	    for (const char of s) {
	        result += char.charCodeAt(0) <= MAX_LATIN1_CODE ? char : encodeURIComponent(char);
	    }
	    return result;
	}
	// TODO: for the deno build (see the `npm run build:deno` npm run script), we could replace the `os-browserify` npm
	// module shim with our own shim leveraging the deno beta compatibility layer for node's `os` module (for more info
	// see https://deno.land/std@0.116.0/node/os.ts). At the time of writing this TODO (2021/11/25), this required deno
	// v1.16.2 and use of the --unstable flag. Once support for this exists without the --unstable flag, we can improve
	// the `os` module deno shim to correctly report operating system from a deno runtime. Until then, the below `os`-
	// based code will report "browser/undefined" from a deno runtime.
	const baseUserAgent = `${replaceSlashes(packageJson.name)}/${packageJson.version} ` +
	    `${toLatin1Safe((0, node_path_1.basename)(process.title))}/${process.version.replace('v', '')} ` +
	    `${os.platform()}/${os.release()}`;
	const appMetadata = {};
	/**
	 * Appends the app metadata into the User-Agent value
	 * @param appMetadata.name - name of tool to be counted in instrumentation
	 * @param appMetadata.version - version of tool to be counted in instrumentation
	 */
	function addAppMetadata({ name, version }) {
	    appMetadata[replaceSlashes(name)] = version;
	}
	/**
	 * Returns the current User-Agent value for instrumentation
	 */
	function getUserAgent() {
	    const appIdentifier = Object.entries(appMetadata)
	        .map(([name, version]) => `${name}/${version}`)
	        .join(' ');
	    // only prepend the appIdentifier when it's not empty
	    return (appIdentifier.length > 0 ? `${appIdentifier} ` : '') + baseUserAgent;
	}
	
	return instrument;
}

var logger = {};

var dist$2 = {};

var hasRequiredDist$3;

function requireDist$3 () {
	if (hasRequiredDist$3) return dist$2;
	hasRequiredDist$3 = 1;
	Object.defineProperty(dist$2, "__esModule", { value: true });
	dist$2.ConsoleLogger = dist$2.LogLevel = void 0;
	/**
	 * Severity levels for log entries
	 */
	var LogLevel;
	(function (LogLevel) {
	    LogLevel["ERROR"] = "error";
	    LogLevel["WARN"] = "warn";
	    LogLevel["INFO"] = "info";
	    LogLevel["DEBUG"] = "debug";
	})(LogLevel || (dist$2.LogLevel = LogLevel = {}));
	/**
	 * Default logger which logs to stdout and stderr
	 */
	class ConsoleLogger {
	    /** Setting for level */
	    level;
	    /** Name */
	    name;
	    /** Map of labels for each log level */
	    static labels = (() => {
	        const entries = Object.entries(LogLevel);
	        const map = entries.map(([key, value]) => [value, `[${key}] `]);
	        return new Map(map);
	    })();
	    /** Map of severity as comparable numbers for each log level */
	    static severity = {
	        [LogLevel.ERROR]: 400,
	        [LogLevel.WARN]: 300,
	        [LogLevel.INFO]: 200,
	        [LogLevel.DEBUG]: 100,
	    };
	    constructor() {
	        this.level = LogLevel.INFO;
	        this.name = '';
	    }
	    getLevel() {
	        return this.level;
	    }
	    /**
	     * Sets the instance's log level so that only messages which are equal or more severe are output to the console.
	     */
	    setLevel(level) {
	        this.level = level;
	    }
	    /**
	     * Set the instance's name, which will appear on each log line before the message.
	     */
	    setName(name) {
	        this.name = name;
	    }
	    /**
	     * Log a debug message
	     */
	    // biome-ignore lint/suspicious/noExplicitAny: can log anything
	    debug(...msg) {
	        if (ConsoleLogger.isMoreOrEqualSevere(LogLevel.DEBUG, this.level)) {
	            console.debug(ConsoleLogger.labels.get(LogLevel.DEBUG), this.name, ...msg);
	        }
	    }
	    /**
	     * Log an info message
	     */
	    // biome-ignore lint/suspicious/noExplicitAny: can log anything
	    info(...msg) {
	        if (ConsoleLogger.isMoreOrEqualSevere(LogLevel.INFO, this.level)) {
	            console.info(ConsoleLogger.labels.get(LogLevel.INFO), this.name, ...msg);
	        }
	    }
	    /**
	     * Log a warning message
	     */
	    // biome-ignore lint/suspicious/noExplicitAny: can log anything
	    warn(...msg) {
	        if (ConsoleLogger.isMoreOrEqualSevere(LogLevel.WARN, this.level)) {
	            console.warn(ConsoleLogger.labels.get(LogLevel.WARN), this.name, ...msg);
	        }
	    }
	    /**
	     * Log an error message
	     */
	    // biome-ignore lint/suspicious/noExplicitAny: can log anything
	    error(...msg) {
	        if (ConsoleLogger.isMoreOrEqualSevere(LogLevel.ERROR, this.level)) {
	            console.error(ConsoleLogger.labels.get(LogLevel.ERROR), this.name, ...msg);
	        }
	    }
	    /**
	     * Helper to compare two log levels and determine if a is equal or more severe than b
	     */
	    static isMoreOrEqualSevere(a, b) {
	        return ConsoleLogger.severity[a] >= ConsoleLogger.severity[b];
	    }
	}
	dist$2.ConsoleLogger = ConsoleLogger;
	
	return dist$2;
}

var hasRequiredLogger;

function requireLogger () {
	if (hasRequiredLogger) return logger;
	hasRequiredLogger = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.LogLevel = void 0;
		exports.getLogger = getLogger;
		const logger_1 = requireDist$3();
		var logger_2 = requireDist$3();
		Object.defineProperty(exports, "LogLevel", { enumerable: true, get: function () { return logger_2.LogLevel; } });
		let instanceCount = 0;
		/**
		 * INTERNAL interface for getting or creating a named Logger.
		 */
		function getLogger(name, level, existingLogger) {
		    // Get a unique ID for the logger.
		    const instanceId = instanceCount;
		    instanceCount += 1;
		    // Set up the logger.
		    const logger = (() => {
		        if (existingLogger !== undefined) {
		            return existingLogger;
		        }
		        return new logger_1.ConsoleLogger();
		    })();
		    logger.setName(`web-api:${name}:${instanceId}`);
		    if (level !== undefined) {
		        logger.setLevel(level);
		    }
		    return logger;
		}
		
	} (logger));
	return logger;
}

var retryPolicies = {};

var hasRequiredRetryPolicies;

function requireRetryPolicies () {
	if (hasRequiredRetryPolicies) return retryPolicies;
	hasRequiredRetryPolicies = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.rapidRetryPolicy = exports.fiveRetriesInFiveMinutes = exports.tenRetriesInAboutThirtyMinutes = void 0;
		/**
		 * The default retry policy. Retry up to 10 times, over the span of about 30 minutes. It's not exact because
		 * randomization has been added to prevent a stampeding herd problem (if all instances in your application are retrying
		 * a request at the exact same intervals, they are more likely to cause failures for each other).
		 */
		exports.tenRetriesInAboutThirtyMinutes = {
		    retries: 10,
		    factor: 1.96821,
		    randomize: true,
		};
		/**
		 * Short & sweet, five retries in five minutes and then bail.
		 */
		exports.fiveRetriesInFiveMinutes = {
		    retries: 5,
		    factor: 3.86,
		};
		/**
		 * This policy is just to keep the tests running fast.
		 */
		exports.rapidRetryPolicy = {
		    minTimeout: 0,
		    maxTimeout: 1,
		};
		const policies = {
		    tenRetriesInAboutThirtyMinutes: exports.tenRetriesInAboutThirtyMinutes,
		    fiveRetriesInFiveMinutes: exports.fiveRetriesInFiveMinutes,
		    rapidRetryPolicy: exports.rapidRetryPolicy,
		};
		exports.default = policies;
		
	} (retryPolicies));
	return retryPolicies;
}

var request = {};

var hasRequiredRequest;

function requireRequest () {
	if (hasRequiredRequest) return request;
	hasRequiredRequest = 1;
	Object.defineProperty(request, "__esModule", { value: true });
	
	return request;
}

var response = {};

var hasRequiredResponse;

function requireResponse () {
	if (hasRequiredResponse) return response;
	hasRequiredResponse = 1;
	Object.defineProperty(response, "__esModule", { value: true });
	
	return response;
}

var chatStream = {};

var hasRequiredChatStream;

function requireChatStream () {
	if (hasRequiredChatStream) return chatStream;
	hasRequiredChatStream = 1;
	Object.defineProperty(chatStream, "__esModule", { value: true });
	chatStream.ChatStreamer = void 0;
	class ChatStreamer {
	    buffer = '';
	    client;
	    logger;
	    options;
	    state;
	    streamArgs;
	    streamTs;
	    token;
	    /**
	     * Instantiate a new chat streamer.
	     *
	     * @description The "constructor" method creates a unique {@link ChatStreamer} instance that keeps track of one chat stream.
	     * @example
	     * const client = new WebClient(process.env.SLACK_BOT_TOKEN);
	     * const logger = new ConsoleLogger();
	     * const args = {
	     *   channel: "C0123456789",
	     *   thread_ts: "1700000001.123456",
	     *   recipient_team_id: "T0123456789",
	     *   recipient_user_id: "U0123456789",
	     * };
	     * const streamer = new ChatStreamer(client, logger, args, { buffer_size: 512 });
	     * await streamer.append({
	     *   markdown_text: "**hello world!**",
	     * });
	     * await streamer.stop();
	     * @see {@link https://docs.slack.dev/reference/methods/chat.startStream}
	     * @see {@link https://docs.slack.dev/reference/methods/chat.appendStream}
	     * @see {@link https://docs.slack.dev/reference/methods/chat.stopStream}
	     */
	    constructor(client, logger, args, options) {
	        this.client = client;
	        this.logger = logger;
	        this.options = {
	            buffer_size: options.buffer_size ?? 256,
	        };
	        this.state = 'starting';
	        this.streamArgs = args;
	    }
	    /**
	     * @description The message timestamp of the stream. Returns `undefined` until the first flush
	     * (when `chat.startStream` is called).
	     * @see {@link https://docs.slack.dev/reference/methods/chat.update}
	     */
	    get ts() {
	        return this.streamTs;
	    }
	    /**
	     * Append to the stream.
	     *
	     * @description The "append" method appends to the chat stream being used. This method can be called multiple times. After the stream is stopped this method cannot be called.
	     * @example
	     * const streamer = client.chatStream({
	     *   channel: "C0123456789",
	     *   thread_ts: "1700000001.123456",
	     *   recipient_team_id: "T0123456789",
	     *   recipient_user_id: "U0123456789",
	     * });
	     * await streamer.append({
	     *   markdown_text: "**hello wo",
	     * });
	     * await streamer.append({
	     *   markdown_text: "rld!**",
	     * });
	     * await streamer.stop();
	     * @see {@link https://docs.slack.dev/reference/methods/chat.appendStream}
	     */
	    async append(args) {
	        if (this.state === 'completed') {
	            throw new Error(`failed to append stream: stream state is ${this.state}`);
	        }
	        const { markdown_text, chunks, ...opts } = args;
	        if (opts.token) {
	            this.token = opts.token;
	        }
	        if (markdown_text) {
	            this.buffer += markdown_text;
	        }
	        if (this.buffer.length >= this.options.buffer_size || chunks) {
	            return await this.flushBuffer({ chunks, ...opts });
	        }
	        const details = {
	            bufferLength: this.buffer.length,
	            bufferSize: this.options.buffer_size,
	            channel: this.streamArgs.channel,
	            recipientTeamId: this.streamArgs.recipient_team_id,
	            recipientUserId: this.streamArgs.recipient_user_id,
	            threadTs: this.streamArgs.thread_ts,
	        };
	        this.logger.debug(`ChatStreamer appended to buffer: ${JSON.stringify(details)}`);
	        return null;
	    }
	    /**
	     * Stop the stream and finalize the message.
	     *
	     * @description The "stop" method stops the chat stream being used. This method can be called once to end the stream. Additional "blocks" and "metadata" can be provided.
	     *
	     * @example
	     * const streamer = client.chatStream({
	     *   channel: "C0123456789",
	     *   thread_ts: "1700000001.123456",
	     *   recipient_team_id: "T0123456789",
	     *   recipient_user_id: "U0123456789",
	     * });
	     * await streamer.append({
	     *   markdown_text: "**hello world!**",
	     * });
	     * await streamer.stop();
	     * @see {@link https://docs.slack.dev/reference/methods/chat.stopStream}
	     */
	    async stop(args) {
	        if (this.state === 'completed') {
	            throw new Error(`failed to stop stream: stream state is ${this.state}`);
	        }
	        const { markdown_text, chunks, ...opts } = args ?? {};
	        if (opts.token) {
	            this.token = opts.token;
	        }
	        if (markdown_text) {
	            this.buffer += markdown_text;
	        }
	        if (!this.streamTs) {
	            const response = await this.client.chat.startStream({
	                ...this.streamArgs,
	                token: this.token,
	            });
	            if (!response.ts) {
	                throw new Error('failed to stop stream: stream not started');
	            }
	            this.streamTs = response.ts;
	            this.state = 'in_progress';
	        }
	        const chunksToFlush = [];
	        if (this.buffer.length > 0) {
	            chunksToFlush.push({
	                type: 'markdown_text',
	                text: this.buffer,
	            });
	        }
	        if (chunks) {
	            chunksToFlush.push(...chunks);
	        }
	        const response = await this.client.chat.stopStream({
	            token: this.token,
	            channel: this.streamArgs.channel,
	            ts: this.streamTs,
	            chunks: chunksToFlush,
	            ...opts,
	        });
	        this.state = 'completed';
	        return response;
	    }
	    async flushBuffer(args) {
	        const { chunks, ...opts } = args ?? {};
	        const chunksToFlush = [];
	        if (this.buffer.length > 0) {
	            chunksToFlush.push({
	                type: 'markdown_text',
	                text: this.buffer,
	            });
	        }
	        if (chunks) {
	            chunksToFlush.push(...chunks);
	        }
	        if (!this.streamTs) {
	            const response = await this.client.chat.startStream({
	                ...this.streamArgs,
	                token: this.token,
	                chunks: chunksToFlush,
	                ...opts,
	            });
	            this.buffer = '';
	            this.streamTs = response.ts;
	            this.state = 'in_progress';
	            return response;
	        }
	        const response = await this.client.chat.appendStream({
	            token: this.token,
	            channel: this.streamArgs.channel,
	            ts: this.streamTs,
	            chunks: chunksToFlush,
	            ...opts,
	        });
	        this.buffer = '';
	        return response;
	    }
	}
	chatStream.ChatStreamer = ChatStreamer;
	
	return chatStream;
}

var WebClient = {};

var dist$1 = {};

var eventemitter3$1 = {exports: {}};

var hasRequiredEventemitter3$1;

function requireEventemitter3$1 () {
	if (hasRequiredEventemitter3$1) return eventemitter3$1.exports;
	hasRequiredEventemitter3$1 = 1;
	(function (module) {

		var has = Object.prototype.hasOwnProperty
		  , prefix = '~';

		/**
		 * Constructor to create a storage for our `EE` objects.
		 * An `Events` instance is a plain object whose properties are event names.
		 *
		 * @constructor
		 * @private
		 */
		function Events() {}

		//
		// We try to not inherit from `Object.prototype`. In some engines creating an
		// instance in this way is faster than calling `Object.create(null)` directly.
		// If `Object.create(null)` is not supported we prefix the event names with a
		// character to make sure that the built-in object properties are not
		// overridden or used as an attack vector.
		//
		if (Object.create) {
		  Events.prototype = Object.create(null);

		  //
		  // This hack is needed because the `__proto__` property is still inherited in
		  // some old browsers like Android 4, iPhone 5.1, Opera 11 and Safari 5.
		  //
		  if (!new Events().__proto__) prefix = false;
		}

		/**
		 * Representation of a single event listener.
		 *
		 * @param {Function} fn The listener function.
		 * @param {*} context The context to invoke the listener with.
		 * @param {Boolean} [once=false] Specify if the listener is a one-time listener.
		 * @constructor
		 * @private
		 */
		function EE(fn, context, once) {
		  this.fn = fn;
		  this.context = context;
		  this.once = once || false;
		}

		/**
		 * Add a listener for a given event.
		 *
		 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} context The context to invoke the listener with.
		 * @param {Boolean} once Specify if the listener is a one-time listener.
		 * @returns {EventEmitter}
		 * @private
		 */
		function addListener(emitter, event, fn, context, once) {
		  if (typeof fn !== 'function') {
		    throw new TypeError('The listener must be a function');
		  }

		  var listener = new EE(fn, context || emitter, once)
		    , evt = prefix ? prefix + event : event;

		  if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
		  else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
		  else emitter._events[evt] = [emitter._events[evt], listener];

		  return emitter;
		}

		/**
		 * Clear event by name.
		 *
		 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
		 * @param {(String|Symbol)} evt The Event name.
		 * @private
		 */
		function clearEvent(emitter, evt) {
		  if (--emitter._eventsCount === 0) emitter._events = new Events();
		  else delete emitter._events[evt];
		}

		/**
		 * Minimal `EventEmitter` interface that is molded against the Node.js
		 * `EventEmitter` interface.
		 *
		 * @constructor
		 * @public
		 */
		function EventEmitter() {
		  this._events = new Events();
		  this._eventsCount = 0;
		}

		/**
		 * Return an array listing the events for which the emitter has registered
		 * listeners.
		 *
		 * @returns {Array}
		 * @public
		 */
		EventEmitter.prototype.eventNames = function eventNames() {
		  var names = []
		    , events
		    , name;

		  if (this._eventsCount === 0) return names;

		  for (name in (events = this._events)) {
		    if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
		  }

		  if (Object.getOwnPropertySymbols) {
		    return names.concat(Object.getOwnPropertySymbols(events));
		  }

		  return names;
		};

		/**
		 * Return the listeners registered for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Array} The registered listeners.
		 * @public
		 */
		EventEmitter.prototype.listeners = function listeners(event) {
		  var evt = prefix ? prefix + event : event
		    , handlers = this._events[evt];

		  if (!handlers) return [];
		  if (handlers.fn) return [handlers.fn];

		  for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) {
		    ee[i] = handlers[i].fn;
		  }

		  return ee;
		};

		/**
		 * Return the number of listeners listening to a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Number} The number of listeners.
		 * @public
		 */
		EventEmitter.prototype.listenerCount = function listenerCount(event) {
		  var evt = prefix ? prefix + event : event
		    , listeners = this._events[evt];

		  if (!listeners) return 0;
		  if (listeners.fn) return 1;
		  return listeners.length;
		};

		/**
		 * Calls each of the listeners registered for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Boolean} `true` if the event had listeners, else `false`.
		 * @public
		 */
		EventEmitter.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
		  var evt = prefix ? prefix + event : event;

		  if (!this._events[evt]) return false;

		  var listeners = this._events[evt]
		    , len = arguments.length
		    , args
		    , i;

		  if (listeners.fn) {
		    if (listeners.once) this.removeListener(event, listeners.fn, undefined, true);

		    switch (len) {
		      case 1: return listeners.fn.call(listeners.context), true;
		      case 2: return listeners.fn.call(listeners.context, a1), true;
		      case 3: return listeners.fn.call(listeners.context, a1, a2), true;
		      case 4: return listeners.fn.call(listeners.context, a1, a2, a3), true;
		      case 5: return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
		      case 6: return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
		    }

		    for (i = 1, args = new Array(len -1); i < len; i++) {
		      args[i - 1] = arguments[i];
		    }

		    listeners.fn.apply(listeners.context, args);
		  } else {
		    var length = listeners.length
		      , j;

		    for (i = 0; i < length; i++) {
		      if (listeners[i].once) this.removeListener(event, listeners[i].fn, undefined, true);

		      switch (len) {
		        case 1: listeners[i].fn.call(listeners[i].context); break;
		        case 2: listeners[i].fn.call(listeners[i].context, a1); break;
		        case 3: listeners[i].fn.call(listeners[i].context, a1, a2); break;
		        case 4: listeners[i].fn.call(listeners[i].context, a1, a2, a3); break;
		        default:
		          if (!args) for (j = 1, args = new Array(len -1); j < len; j++) {
		            args[j - 1] = arguments[j];
		          }

		          listeners[i].fn.apply(listeners[i].context, args);
		      }
		    }
		  }

		  return true;
		};

		/**
		 * Add a listener for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} [context=this] The context to invoke the listener with.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.on = function on(event, fn, context) {
		  return addListener(this, event, fn, context, false);
		};

		/**
		 * Add a one-time listener for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} [context=this] The context to invoke the listener with.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.once = function once(event, fn, context) {
		  return addListener(this, event, fn, context, true);
		};

		/**
		 * Remove the listeners of a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn Only remove the listeners that match this function.
		 * @param {*} context Only remove the listeners that have this context.
		 * @param {Boolean} once Only remove one-time listeners.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.removeListener = function removeListener(event, fn, context, once) {
		  var evt = prefix ? prefix + event : event;

		  if (!this._events[evt]) return this;
		  if (!fn) {
		    clearEvent(this, evt);
		    return this;
		  }

		  var listeners = this._events[evt];

		  if (listeners.fn) {
		    if (
		      listeners.fn === fn &&
		      (!once || listeners.once) &&
		      (!context || listeners.context === context)
		    ) {
		      clearEvent(this, evt);
		    }
		  } else {
		    for (var i = 0, events = [], length = listeners.length; i < length; i++) {
		      if (
		        listeners[i].fn !== fn ||
		        (once && !listeners[i].once) ||
		        (context && listeners[i].context !== context)
		      ) {
		        events.push(listeners[i]);
		      }
		    }

		    //
		    // Reset the array, or remove it completely if we have no more listeners.
		    //
		    if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
		    else clearEvent(this, evt);
		  }

		  return this;
		};

		/**
		 * Remove all listeners, or those of the specified event.
		 *
		 * @param {(String|Symbol)} [event] The event name.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.removeAllListeners = function removeAllListeners(event) {
		  var evt;

		  if (event) {
		    evt = prefix ? prefix + event : event;
		    if (this._events[evt]) clearEvent(this, evt);
		  } else {
		    this._events = new Events();
		    this._eventsCount = 0;
		  }

		  return this;
		};

		//
		// Alias methods names because people roll like that.
		//
		EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
		EventEmitter.prototype.addListener = EventEmitter.prototype.on;

		//
		// Expose the prefix.
		//
		EventEmitter.prefixed = prefix;

		//
		// Allow `EventEmitter` to be imported as module namespace.
		//
		EventEmitter.EventEmitter = EventEmitter;

		//
		// Expose the module.
		//
		{
		  module.exports = EventEmitter;
		} 
	} (eventemitter3$1));
	return eventemitter3$1.exports;
}

var pTimeout = {exports: {}};

var pFinally;
var hasRequiredPFinally;

function requirePFinally () {
	if (hasRequiredPFinally) return pFinally;
	hasRequiredPFinally = 1;
	pFinally = (promise, onFinally) => {
		onFinally = onFinally || (() => {});

		return promise.then(
			val => new Promise(resolve => {
				resolve(onFinally());
			}).then(() => val),
			err => new Promise(resolve => {
				resolve(onFinally());
			}).then(() => {
				throw err;
			})
		);
	};
	return pFinally;
}

var hasRequiredPTimeout;

function requirePTimeout () {
	if (hasRequiredPTimeout) return pTimeout.exports;
	hasRequiredPTimeout = 1;

	const pFinally = requirePFinally();

	class TimeoutError extends Error {
		constructor(message) {
			super(message);
			this.name = 'TimeoutError';
		}
	}

	const pTimeout$1 = (promise, milliseconds, fallback) => new Promise((resolve, reject) => {
		if (typeof milliseconds !== 'number' || milliseconds < 0) {
			throw new TypeError('Expected `milliseconds` to be a positive number');
		}

		if (milliseconds === Infinity) {
			resolve(promise);
			return;
		}

		const timer = setTimeout(() => {
			if (typeof fallback === 'function') {
				try {
					resolve(fallback());
				} catch (error) {
					reject(error);
				}

				return;
			}

			const message = typeof fallback === 'string' ? fallback : `Promise timed out after ${milliseconds} milliseconds`;
			const timeoutError = fallback instanceof Error ? fallback : new TimeoutError(message);

			if (typeof promise.cancel === 'function') {
				promise.cancel();
			}

			reject(timeoutError);
		}, milliseconds);

		// TODO: Use native `finally` keyword when targeting Node.js 10
		pFinally(
			// eslint-disable-next-line promise/prefer-await-to-then
			promise.then(resolve, reject),
			() => {
				clearTimeout(timer);
			}
		);
	});

	pTimeout.exports = pTimeout$1;
	// TODO: Remove this for the next major release
	pTimeout.exports.default = pTimeout$1;

	pTimeout.exports.TimeoutError = TimeoutError;
	return pTimeout.exports;
}

var priorityQueue = {};

var lowerBound = {};

var hasRequiredLowerBound;

function requireLowerBound () {
	if (hasRequiredLowerBound) return lowerBound;
	hasRequiredLowerBound = 1;
	Object.defineProperty(lowerBound, "__esModule", { value: true });
	// Port of lower_bound from https://en.cppreference.com/w/cpp/algorithm/lower_bound
	// Used to compute insertion index to keep queue sorted after insertion
	function lowerBound$1(array, value, comparator) {
	    let first = 0;
	    let count = array.length;
	    while (count > 0) {
	        const step = (count / 2) | 0;
	        let it = first + step;
	        if (comparator(array[it], value) <= 0) {
	            first = ++it;
	            count -= step + 1;
	        }
	        else {
	            count = step;
	        }
	    }
	    return first;
	}
	lowerBound.default = lowerBound$1;
	return lowerBound;
}

var hasRequiredPriorityQueue;

function requirePriorityQueue () {
	if (hasRequiredPriorityQueue) return priorityQueue;
	hasRequiredPriorityQueue = 1;
	Object.defineProperty(priorityQueue, "__esModule", { value: true });
	const lower_bound_1 = requireLowerBound();
	class PriorityQueue {
	    constructor() {
	        this._queue = [];
	    }
	    enqueue(run, options) {
	        options = Object.assign({ priority: 0 }, options);
	        const element = {
	            priority: options.priority,
	            run
	        };
	        if (this.size && this._queue[this.size - 1].priority >= options.priority) {
	            this._queue.push(element);
	            return;
	        }
	        const index = lower_bound_1.default(this._queue, element, (a, b) => b.priority - a.priority);
	        this._queue.splice(index, 0, element);
	    }
	    dequeue() {
	        const item = this._queue.shift();
	        return item === null || item === void 0 ? void 0 : item.run;
	    }
	    filter(options) {
	        return this._queue.filter((element) => element.priority === options.priority).map((element) => element.run);
	    }
	    get size() {
	        return this._queue.length;
	    }
	}
	priorityQueue.default = PriorityQueue;
	return priorityQueue;
}

var hasRequiredDist$2;

function requireDist$2 () {
	if (hasRequiredDist$2) return dist$1;
	hasRequiredDist$2 = 1;
	Object.defineProperty(dist$1, "__esModule", { value: true });
	const EventEmitter = requireEventemitter3$1();
	const p_timeout_1 = requirePTimeout();
	const priority_queue_1 = requirePriorityQueue();
	// eslint-disable-next-line @typescript-eslint/no-empty-function
	const empty = () => { };
	const timeoutError = new p_timeout_1.TimeoutError();
	/**
	Promise queue with concurrency control.
	*/
	class PQueue extends EventEmitter {
	    constructor(options) {
	        var _a, _b, _c, _d;
	        super();
	        this._intervalCount = 0;
	        this._intervalEnd = 0;
	        this._pendingCount = 0;
	        this._resolveEmpty = empty;
	        this._resolveIdle = empty;
	        // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
	        options = Object.assign({ carryoverConcurrencyCount: false, intervalCap: Infinity, interval: 0, concurrency: Infinity, autoStart: true, queueClass: priority_queue_1.default }, options);
	        if (!(typeof options.intervalCap === 'number' && options.intervalCap >= 1)) {
	            throw new TypeError(`Expected \`intervalCap\` to be a number from 1 and up, got \`${(_b = (_a = options.intervalCap) === null || _a === void 0 ? void 0 : _a.toString()) !== null && _b !== void 0 ? _b : ''}\` (${typeof options.intervalCap})`);
	        }
	        if (options.interval === undefined || !(Number.isFinite(options.interval) && options.interval >= 0)) {
	            throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${(_d = (_c = options.interval) === null || _c === void 0 ? void 0 : _c.toString()) !== null && _d !== void 0 ? _d : ''}\` (${typeof options.interval})`);
	        }
	        this._carryoverConcurrencyCount = options.carryoverConcurrencyCount;
	        this._isIntervalIgnored = options.intervalCap === Infinity || options.interval === 0;
	        this._intervalCap = options.intervalCap;
	        this._interval = options.interval;
	        this._queue = new options.queueClass();
	        this._queueClass = options.queueClass;
	        this.concurrency = options.concurrency;
	        this._timeout = options.timeout;
	        this._throwOnTimeout = options.throwOnTimeout === true;
	        this._isPaused = options.autoStart === false;
	    }
	    get _doesIntervalAllowAnother() {
	        return this._isIntervalIgnored || this._intervalCount < this._intervalCap;
	    }
	    get _doesConcurrentAllowAnother() {
	        return this._pendingCount < this._concurrency;
	    }
	    _next() {
	        this._pendingCount--;
	        this._tryToStartAnother();
	        this.emit('next');
	    }
	    _resolvePromises() {
	        this._resolveEmpty();
	        this._resolveEmpty = empty;
	        if (this._pendingCount === 0) {
	            this._resolveIdle();
	            this._resolveIdle = empty;
	            this.emit('idle');
	        }
	    }
	    _onResumeInterval() {
	        this._onInterval();
	        this._initializeIntervalIfNeeded();
	        this._timeoutId = undefined;
	    }
	    _isIntervalPaused() {
	        const now = Date.now();
	        if (this._intervalId === undefined) {
	            const delay = this._intervalEnd - now;
	            if (delay < 0) {
	                // Act as the interval was done
	                // We don't need to resume it here because it will be resumed on line 160
	                this._intervalCount = (this._carryoverConcurrencyCount) ? this._pendingCount : 0;
	            }
	            else {
	                // Act as the interval is pending
	                if (this._timeoutId === undefined) {
	                    this._timeoutId = setTimeout(() => {
	                        this._onResumeInterval();
	                    }, delay);
	                }
	                return true;
	            }
	        }
	        return false;
	    }
	    _tryToStartAnother() {
	        if (this._queue.size === 0) {
	            // We can clear the interval ("pause")
	            // Because we can redo it later ("resume")
	            if (this._intervalId) {
	                clearInterval(this._intervalId);
	            }
	            this._intervalId = undefined;
	            this._resolvePromises();
	            return false;
	        }
	        if (!this._isPaused) {
	            const canInitializeInterval = !this._isIntervalPaused();
	            if (this._doesIntervalAllowAnother && this._doesConcurrentAllowAnother) {
	                const job = this._queue.dequeue();
	                if (!job) {
	                    return false;
	                }
	                this.emit('active');
	                job();
	                if (canInitializeInterval) {
	                    this._initializeIntervalIfNeeded();
	                }
	                return true;
	            }
	        }
	        return false;
	    }
	    _initializeIntervalIfNeeded() {
	        if (this._isIntervalIgnored || this._intervalId !== undefined) {
	            return;
	        }
	        this._intervalId = setInterval(() => {
	            this._onInterval();
	        }, this._interval);
	        this._intervalEnd = Date.now() + this._interval;
	    }
	    _onInterval() {
	        if (this._intervalCount === 0 && this._pendingCount === 0 && this._intervalId) {
	            clearInterval(this._intervalId);
	            this._intervalId = undefined;
	        }
	        this._intervalCount = this._carryoverConcurrencyCount ? this._pendingCount : 0;
	        this._processQueue();
	    }
	    /**
	    Executes all queued functions until it reaches the limit.
	    */
	    _processQueue() {
	        // eslint-disable-next-line no-empty
	        while (this._tryToStartAnother()) { }
	    }
	    get concurrency() {
	        return this._concurrency;
	    }
	    set concurrency(newConcurrency) {
	        if (!(typeof newConcurrency === 'number' && newConcurrency >= 1)) {
	            throw new TypeError(`Expected \`concurrency\` to be a number from 1 and up, got \`${newConcurrency}\` (${typeof newConcurrency})`);
	        }
	        this._concurrency = newConcurrency;
	        this._processQueue();
	    }
	    /**
	    Adds a sync or async task to the queue. Always returns a promise.
	    */
	    async add(fn, options = {}) {
	        return new Promise((resolve, reject) => {
	            const run = async () => {
	                this._pendingCount++;
	                this._intervalCount++;
	                try {
	                    const operation = (this._timeout === undefined && options.timeout === undefined) ? fn() : p_timeout_1.default(Promise.resolve(fn()), (options.timeout === undefined ? this._timeout : options.timeout), () => {
	                        if (options.throwOnTimeout === undefined ? this._throwOnTimeout : options.throwOnTimeout) {
	                            reject(timeoutError);
	                        }
	                        return undefined;
	                    });
	                    resolve(await operation);
	                }
	                catch (error) {
	                    reject(error);
	                }
	                this._next();
	            };
	            this._queue.enqueue(run, options);
	            this._tryToStartAnother();
	            this.emit('add');
	        });
	    }
	    /**
	    Same as `.add()`, but accepts an array of sync or async functions.

	    @returns A promise that resolves when all functions are resolved.
	    */
	    async addAll(functions, options) {
	        return Promise.all(functions.map(async (function_) => this.add(function_, options)));
	    }
	    /**
	    Start (or resume) executing enqueued tasks within concurrency limit. No need to call this if queue is not paused (via `options.autoStart = false` or by `.pause()` method.)
	    */
	    start() {
	        if (!this._isPaused) {
	            return this;
	        }
	        this._isPaused = false;
	        this._processQueue();
	        return this;
	    }
	    /**
	    Put queue execution on hold.
	    */
	    pause() {
	        this._isPaused = true;
	    }
	    /**
	    Clear the queue.
	    */
	    clear() {
	        this._queue = new this._queueClass();
	    }
	    /**
	    Can be called multiple times. Useful if you for example add additional items at a later time.

	    @returns A promise that settles when the queue becomes empty.
	    */
	    async onEmpty() {
	        // Instantly resolve if the queue is empty
	        if (this._queue.size === 0) {
	            return;
	        }
	        return new Promise(resolve => {
	            const existingResolve = this._resolveEmpty;
	            this._resolveEmpty = () => {
	                existingResolve();
	                resolve();
	            };
	        });
	    }
	    /**
	    The difference with `.onEmpty` is that `.onIdle` guarantees that all work from the queue has finished. `.onEmpty` merely signals that the queue is empty, but it could mean that some promises haven't completed yet.

	    @returns A promise that settles when the queue becomes empty, and all promises have completed; `queue.size === 0 && queue.pending === 0`.
	    */
	    async onIdle() {
	        // Instantly resolve if none pending and if nothing else is queued
	        if (this._pendingCount === 0 && this._queue.size === 0) {
	            return;
	        }
	        return new Promise(resolve => {
	            const existingResolve = this._resolveIdle;
	            this._resolveIdle = () => {
	                existingResolve();
	                resolve();
	            };
	        });
	    }
	    /**
	    Size of the queue.
	    */
	    get size() {
	        return this._queue.size;
	    }
	    /**
	    Size of the queue, filtered by the given options.

	    For example, this can be used to find the number of items remaining in the queue with a specific priority level.
	    */
	    sizeBy(options) {
	        // eslint-disable-next-line unicorn/no-fn-reference-in-iterator
	        return this._queue.filter(options).length;
	    }
	    /**
	    Number of pending promises.
	    */
	    get pending() {
	        return this._pendingCount;
	    }
	    /**
	    Whether the queue is currently paused.
	    */
	    get isPaused() {
	        return this._isPaused;
	    }
	    get timeout() {
	        return this._timeout;
	    }
	    /**
	    Set the timeout for future operations.
	    */
	    set timeout(milliseconds) {
	        this._timeout = milliseconds;
	    }
	}
	dist$1.default = PQueue;
	return dist$1;
}

var pRetry = {exports: {}};

var retry$1 = {};

var retry_operation;
var hasRequiredRetry_operation;

function requireRetry_operation () {
	if (hasRequiredRetry_operation) return retry_operation;
	hasRequiredRetry_operation = 1;
	function RetryOperation(timeouts, options) {
	  // Compatibility for the old (timeouts, retryForever) signature
	  if (typeof options === 'boolean') {
	    options = { forever: options };
	  }

	  this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
	  this._timeouts = timeouts;
	  this._options = options || {};
	  this._maxRetryTime = options && options.maxRetryTime || Infinity;
	  this._fn = null;
	  this._errors = [];
	  this._attempts = 1;
	  this._operationTimeout = null;
	  this._operationTimeoutCb = null;
	  this._timeout = null;
	  this._operationStart = null;
	  this._timer = null;

	  if (this._options.forever) {
	    this._cachedTimeouts = this._timeouts.slice(0);
	  }
	}
	retry_operation = RetryOperation;

	RetryOperation.prototype.reset = function() {
	  this._attempts = 1;
	  this._timeouts = this._originalTimeouts.slice(0);
	};

	RetryOperation.prototype.stop = function() {
	  if (this._timeout) {
	    clearTimeout(this._timeout);
	  }
	  if (this._timer) {
	    clearTimeout(this._timer);
	  }

	  this._timeouts       = [];
	  this._cachedTimeouts = null;
	};

	RetryOperation.prototype.retry = function(err) {
	  if (this._timeout) {
	    clearTimeout(this._timeout);
	  }

	  if (!err) {
	    return false;
	  }
	  var currentTime = new Date().getTime();
	  if (err && currentTime - this._operationStart >= this._maxRetryTime) {
	    this._errors.push(err);
	    this._errors.unshift(new Error('RetryOperation timeout occurred'));
	    return false;
	  }

	  this._errors.push(err);

	  var timeout = this._timeouts.shift();
	  if (timeout === undefined) {
	    if (this._cachedTimeouts) {
	      // retry forever, only keep last error
	      this._errors.splice(0, this._errors.length - 1);
	      timeout = this._cachedTimeouts.slice(-1);
	    } else {
	      return false;
	    }
	  }

	  var self = this;
	  this._timer = setTimeout(function() {
	    self._attempts++;

	    if (self._operationTimeoutCb) {
	      self._timeout = setTimeout(function() {
	        self._operationTimeoutCb(self._attempts);
	      }, self._operationTimeout);

	      if (self._options.unref) {
	          self._timeout.unref();
	      }
	    }

	    self._fn(self._attempts);
	  }, timeout);

	  if (this._options.unref) {
	      this._timer.unref();
	  }

	  return true;
	};

	RetryOperation.prototype.attempt = function(fn, timeoutOps) {
	  this._fn = fn;

	  if (timeoutOps) {
	    if (timeoutOps.timeout) {
	      this._operationTimeout = timeoutOps.timeout;
	    }
	    if (timeoutOps.cb) {
	      this._operationTimeoutCb = timeoutOps.cb;
	    }
	  }

	  var self = this;
	  if (this._operationTimeoutCb) {
	    this._timeout = setTimeout(function() {
	      self._operationTimeoutCb();
	    }, self._operationTimeout);
	  }

	  this._operationStart = new Date().getTime();

	  this._fn(this._attempts);
	};

	RetryOperation.prototype.try = function(fn) {
	  console.log('Using RetryOperation.try() is deprecated');
	  this.attempt(fn);
	};

	RetryOperation.prototype.start = function(fn) {
	  console.log('Using RetryOperation.start() is deprecated');
	  this.attempt(fn);
	};

	RetryOperation.prototype.start = RetryOperation.prototype.try;

	RetryOperation.prototype.errors = function() {
	  return this._errors;
	};

	RetryOperation.prototype.attempts = function() {
	  return this._attempts;
	};

	RetryOperation.prototype.mainError = function() {
	  if (this._errors.length === 0) {
	    return null;
	  }

	  var counts = {};
	  var mainError = null;
	  var mainErrorCount = 0;

	  for (var i = 0; i < this._errors.length; i++) {
	    var error = this._errors[i];
	    var message = error.message;
	    var count = (counts[message] || 0) + 1;

	    counts[message] = count;

	    if (count >= mainErrorCount) {
	      mainError = error;
	      mainErrorCount = count;
	    }
	  }

	  return mainError;
	};
	return retry_operation;
}

var hasRequiredRetry$1;

function requireRetry$1 () {
	if (hasRequiredRetry$1) return retry$1;
	hasRequiredRetry$1 = 1;
	(function (exports) {
		var RetryOperation = requireRetry_operation();

		exports.operation = function(options) {
		  var timeouts = exports.timeouts(options);
		  return new RetryOperation(timeouts, {
		      forever: options && (options.forever || options.retries === Infinity),
		      unref: options && options.unref,
		      maxRetryTime: options && options.maxRetryTime
		  });
		};

		exports.timeouts = function(options) {
		  if (options instanceof Array) {
		    return [].concat(options);
		  }

		  var opts = {
		    retries: 10,
		    factor: 2,
		    minTimeout: 1 * 1000,
		    maxTimeout: Infinity,
		    randomize: false
		  };
		  for (var key in options) {
		    opts[key] = options[key];
		  }

		  if (opts.minTimeout > opts.maxTimeout) {
		    throw new Error('minTimeout is greater than maxTimeout');
		  }

		  var timeouts = [];
		  for (var i = 0; i < opts.retries; i++) {
		    timeouts.push(this.createTimeout(i, opts));
		  }

		  if (options && options.forever && !timeouts.length) {
		    timeouts.push(this.createTimeout(i, opts));
		  }

		  // sort the array numerically ascending
		  timeouts.sort(function(a,b) {
		    return a - b;
		  });

		  return timeouts;
		};

		exports.createTimeout = function(attempt, opts) {
		  var random = (opts.randomize)
		    ? (Math.random() + 1)
		    : 1;

		  var timeout = Math.round(random * Math.max(opts.minTimeout, 1) * Math.pow(opts.factor, attempt));
		  timeout = Math.min(timeout, opts.maxTimeout);

		  return timeout;
		};

		exports.wrap = function(obj, options, methods) {
		  if (options instanceof Array) {
		    methods = options;
		    options = null;
		  }

		  if (!methods) {
		    methods = [];
		    for (var key in obj) {
		      if (typeof obj[key] === 'function') {
		        methods.push(key);
		      }
		    }
		  }

		  for (var i = 0; i < methods.length; i++) {
		    var method   = methods[i];
		    var original = obj[method];

		    obj[method] = function retryWrapper(original) {
		      var op       = exports.operation(options);
		      var args     = Array.prototype.slice.call(arguments, 1);
		      var callback = args.pop();

		      args.push(function(err) {
		        if (op.retry(err)) {
		          return;
		        }
		        if (err) {
		          arguments[0] = op.mainError();
		        }
		        callback.apply(this, arguments);
		      });

		      op.attempt(function() {
		        original.apply(obj, args);
		      });
		    }.bind(obj, original);
		    obj[method].options = options;
		  }
		}; 
	} (retry$1));
	return retry$1;
}

var retry;
var hasRequiredRetry;

function requireRetry () {
	if (hasRequiredRetry) return retry;
	hasRequiredRetry = 1;
	retry = requireRetry$1();
	return retry;
}

var hasRequiredPRetry;

function requirePRetry () {
	if (hasRequiredPRetry) return pRetry.exports;
	hasRequiredPRetry = 1;
	const retry = requireRetry();

	const networkErrorMsgs = [
		'Failed to fetch', // Chrome
		'NetworkError when attempting to fetch resource.', // Firefox
		'The Internet connection appears to be offline.', // Safari
		'Network request failed' // `cross-fetch`
	];

	class AbortError extends Error {
		constructor(message) {
			super();

			if (message instanceof Error) {
				this.originalError = message;
				({message} = message);
			} else {
				this.originalError = new Error(message);
				this.originalError.stack = this.stack;
			}

			this.name = 'AbortError';
			this.message = message;
		}
	}

	const decorateErrorWithCounts = (error, attemptNumber, options) => {
		// Minus 1 from attemptNumber because the first attempt does not count as a retry
		const retriesLeft = options.retries - (attemptNumber - 1);

		error.attemptNumber = attemptNumber;
		error.retriesLeft = retriesLeft;
		return error;
	};

	const isNetworkError = errorMessage => networkErrorMsgs.includes(errorMessage);

	const pRetry$1 = (input, options) => new Promise((resolve, reject) => {
		options = {
			onFailedAttempt: () => {},
			retries: 10,
			...options
		};

		const operation = retry.operation(options);

		operation.attempt(async attemptNumber => {
			try {
				resolve(await input(attemptNumber));
			} catch (error) {
				if (!(error instanceof Error)) {
					reject(new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`));
					return;
				}

				if (error instanceof AbortError) {
					operation.stop();
					reject(error.originalError);
				} else if (error instanceof TypeError && !isNetworkError(error.message)) {
					operation.stop();
					reject(error);
				} else {
					decorateErrorWithCounts(error, attemptNumber, options);

					try {
						await options.onFailedAttempt(error);
					} catch (error) {
						reject(error);
						return;
					}

					if (!operation.retry(error)) {
						reject(operation.mainError());
					}
				}
			}
		});
	});

	pRetry.exports = pRetry$1;
	// TODO: remove this in the next major version
	pRetry.exports.default = pRetry$1;

	pRetry.exports.AbortError = AbortError;
	return pRetry.exports;
}

var fileUpload = {};

var hasRequiredFileUpload;

function requireFileUpload () {
	if (hasRequiredFileUpload) return fileUpload;
	hasRequiredFileUpload = 1;
	Object.defineProperty(fileUpload, "__esModule", { value: true });
	fileUpload.getFileUploadJob = getFileUploadJob;
	fileUpload.getMultipleFileUploadJobs = getMultipleFileUploadJobs;
	fileUpload.getFileData = getFileData;
	fileUpload.getFileDataLength = getFileDataLength;
	fileUpload.getFileDataAsStream = getFileDataAsStream;
	fileUpload.getAllFileUploadsToComplete = getAllFileUploadsToComplete;
	fileUpload.warnIfChannels = warnIfChannels;
	fileUpload.errorIfChannelsCsv = errorIfChannelsCsv;
	fileUpload.errorIfInvalidOrMissingFileData = errorIfInvalidOrMissingFileData;
	fileUpload.warnIfMissingOrInvalidFileNameAndDefault = warnIfMissingOrInvalidFileNameAndDefault;
	fileUpload.warnIfLegacyFileType = warnIfLegacyFileType;
	fileUpload.buildMissingFileIdError = buildMissingFileIdError;
	fileUpload.buildFileSizeErrorMsg = buildFileSizeErrorMsg;
	fileUpload.buildLegacyFileTypeWarning = buildLegacyFileTypeWarning;
	fileUpload.buildMissingFileNameWarning = buildMissingFileNameWarning;
	fileUpload.buildMissingExtensionWarning = buildMissingExtensionWarning;
	fileUpload.buildFilesUploadMissingMessage = buildFilesUploadMissingMessage;
	fileUpload.buildChannelsWarning = buildChannelsWarning;
	fileUpload.buildMultipleChannelsErrorMsg = buildMultipleChannelsErrorMsg;
	fileUpload.buildInvalidFilesUploadParamError = buildInvalidFilesUploadParamError;
	const node_fs_1 = require$$3;
	const node_stream_1 = require$$1;
	const errors_1 = requireErrors();
	async function getFileUploadJob(options, logger) {
	    // Validate parameters
	    warnIfLegacyFileType(options, logger);
	    warnIfChannels(options, logger);
	    errorIfChannelsCsv(options);
	    const fileName = warnIfMissingOrInvalidFileNameAndDefault(options, logger);
	    const fileData = await getFileData(options);
	    const fileDataBytesLength = getFileDataLength(fileData);
	    const fileUploadJob = {
	        // supplied by user
	        alt_text: options.alt_text,
	        blocks: options.blocks,
	        channel_id: options.channels ?? options.channel_id,
	        filename: options.filename ?? fileName,
	        highlight_type: options.highlight_type,
	        initial_comment: options.initial_comment,
	        snippet_type: options.snippet_type,
	        title: options.title ?? options.filename ?? fileName, // default title to filename unless otherwise specified
	        // calculated
	        data: fileData,
	        length: fileDataBytesLength,
	    };
	    if ('thread_ts' in options) {
	        fileUploadJob.thread_ts = options.thread_ts;
	    }
	    if ('token' in options) {
	        fileUploadJob.token = options.token;
	    }
	    if ('content' in options) {
	        return {
	            content: options.content,
	            ...fileUploadJob,
	        };
	    }
	    if ('file' in options) {
	        return {
	            file: options.file,
	            ...fileUploadJob,
	        };
	    }
	    throw new errors_1.WebAPIFileUploadInvalidArgumentsError('Either a file or content field is required for valid file upload. You must supply one');
	}
	/**
	 * Returns an array of files upload entries when `file_uploads` is supplied.
	 * **Note**
	 * file_uploads should be set when multiple files are intended to be attached to a
	 * single message. To support this, we handle options supplied with
	 * top level `initial_comment`, `thread_ts`, `channel_id` and `file_uploads` parameters.
	 * ```javascript
	 * const res = await client.files.uploadV2({
	 *   initial_comment: 'Here are the files!',
	 *   thread_ts: '1223313423434.131321',
	 *   channel_id: 'C12345',
	 *   file_uploads: [
	 *     {
	 *       file: './test/fixtures/test-txt.txt',
	 *       filename: 'test-txt.txt',
	 *     },
	 *     {
	 *       file: './test/fixtures/test-png.png',
	 *       filename: 'test-png.png',
	 *     },
	 *   ],
	 * });
	 * ```
	 * @param options provided by user
	 */
	async function getMultipleFileUploadJobs(options, logger) {
	    if ('file_uploads' in options) {
	        // go through each file_upload and create a job for it
	        return Promise.all(options.file_uploads.map((upload) => {
	            // ensure no omitted properties included in files_upload entry
	            // these properties are valid only at the top-level, not
	            // inside file_uploads.
	            const { blocks, channel_id, channels, initial_comment, thread_ts } = upload;
	            if (blocks || channel_id || channels || initial_comment || thread_ts) {
	                throw new errors_1.WebAPIFileUploadInvalidArgumentsError(buildInvalidFilesUploadParamError());
	            }
	            // takes any channel_id, initial_comment and thread_ts
	            // supplied at the top level.
	            const uploadJobArgs = {
	                ...upload,
	                blocks: options.blocks,
	                channels: options.channels,
	                channel_id: options.channel_id,
	                initial_comment: options.initial_comment,
	            };
	            if ('thread_ts' in options) {
	                uploadJobArgs.thread_ts = options.thread_ts;
	            }
	            if ('token' in options) {
	                uploadJobArgs.token = options.token;
	            }
	            if ('content' in upload) {
	                return getFileUploadJob({
	                    content: upload.content,
	                    ...uploadJobArgs,
	                }, logger);
	            }
	            if ('file' in upload) {
	                return getFileUploadJob({
	                    file: upload.file,
	                    ...uploadJobArgs,
	                }, logger);
	            }
	            throw new errors_1.WebAPIFileUploadInvalidArgumentsError('Either a file or content field is required for valid file upload. You must supply one');
	        }));
	    }
	    throw new Error(buildFilesUploadMissingMessage());
	}
	// Helpers to build the FileUploadJob
	/**
	 * Returns a single file upload's data
	 * @param options
	 * @returns Binary data representation of file
	 */
	async function getFileData(options) {
	    errorIfInvalidOrMissingFileData(options);
	    if ('file' in options) {
	        const { file } = options;
	        // try to handle as buffer
	        if (Buffer.isBuffer(file))
	            return file;
	        // try to handle as filepath
	        if (typeof file === 'string') {
	            // try to read file as if the string was a file path
	            try {
	                const dataBuffer = (0, node_fs_1.readFileSync)(file);
	                return dataBuffer;
	            }
	            catch (_err) {
	                throw new errors_1.WebAPIFileUploadInvalidArgumentsError(`Unable to resolve file data for ${file}. Please supply a filepath string, or binary data Buffer or String directly.`);
	            }
	        }
	        // try to handle as Readable
	        const data = await getFileDataAsStream(file);
	        if (data)
	            return data;
	    }
	    if ('content' in options)
	        return Buffer.from(options.content);
	    // general catch-all error
	    throw new errors_1.WebAPIFileUploadReadFileDataError('There was an issue getting the file data for the file or content supplied');
	}
	function getFileDataLength(data) {
	    if (data) {
	        return Buffer.byteLength(data, 'utf8');
	    }
	    throw new errors_1.WebAPIFileUploadReadFileDataError(buildFileSizeErrorMsg());
	}
	async function getFileDataAsStream(readable) {
	    const chunks = [];
	    return new Promise((resolve, reject) => {
	        readable.on('readable', () => {
	            let chunk = readable.read();
	            while (chunk !== null) {
	                chunks.push(chunk);
	                chunk = readable.read();
	            }
	        });
	        readable.on('end', () => {
	            if (chunks.length > 0) {
	                const content = Buffer.concat(chunks);
	                resolve(content);
	            }
	            else {
	                reject(Error('No data in supplied file'));
	            }
	        });
	    });
	}
	/**
	 * Filters through all fileUploads and groups them into jobs for completion
	 * based on combination of channel_id, thread_ts, initial_comment, blocks.
	 * {@link https://docs.slack.dev/reference/methods/files.completeUploadExternal files.completeUploadExternal} allows for multiple
	 * files to be uploaded with a message (`initial_comment`), and as a threaded message (`thread_ts`)
	 * In order to be grouped together, file uploads must have like properties.
	 * @param fileUploads
	 * @returns
	 */
	function getAllFileUploadsToComplete(fileUploads) {
	    const toComplete = {};
	    for (const upload of fileUploads) {
	        const { blocks, channel_id, thread_ts, highlight_type, initial_comment, file_id, title } = upload;
	        if (file_id) {
	            const compareString = `:::${channel_id}:::${thread_ts}:::${initial_comment}:::${JSON.stringify(blocks)}`;
	            // biome-ignore lint/suspicious/noPrototypeBuiltins: TODO use hasOwn instead of hasOwnProperty
	            if (!Object.prototype.hasOwnProperty.call(toComplete, compareString)) {
	                toComplete[compareString] = {
	                    files: [{ id: file_id, title, highlight_type }],
	                    channel_id,
	                    blocks,
	                    initial_comment,
	                };
	                if (thread_ts && channel_id) {
	                    const fileThreadDestinationArgument = {
	                        channel_id,
	                        thread_ts,
	                    };
	                    toComplete[compareString] = {
	                        ...toComplete[compareString],
	                        ...fileThreadDestinationArgument,
	                    };
	                }
	                if ('token' in upload) {
	                    toComplete[compareString].token = upload.token;
	                }
	            }
	            else {
	                toComplete[compareString].files.push({
	                    id: file_id,
	                    title,
	                    highlight_type,
	                });
	            }
	        }
	        else {
	            throw new Error(buildMissingFileIdError());
	        }
	    }
	    return toComplete;
	}
	// Validation
	/**
	 * `channels` param is supported but only when a single channel is specified.
	 * @param options
	 * @param logger
	 */
	function warnIfChannels(options, logger) {
	    if (options.channels)
	        logger.warn(buildChannelsWarning());
	}
	/**
	 * v1 files.upload supported `channels` parameter provided as a comma-separated
	 * string of values, e.g. 'C1234,C5678'. V2 no longer supports this csv value.
	 * You may still supply `channels` with a single channel string value e.g. 'C1234'
	 * but it is highly encouraged to supply `channel_id` instead.
	 * @param options
	 */
	function errorIfChannelsCsv(options) {
	    const channels = options.channels ? options.channels.split(',') : [];
	    if (channels.length > 1) {
	        throw new errors_1.WebAPIFileUploadInvalidArgumentsError(buildMultipleChannelsErrorMsg());
	    }
	}
	/**
	 * Checks for either a file or content property and errors if missing
	 * @param options
	 */
	function errorIfInvalidOrMissingFileData(options) {
	    const hasFile = 'file' in options;
	    const hasContent = 'content' in options;
	    if (!(hasFile || hasContent) || (hasFile && hasContent)) {
	        throw new errors_1.WebAPIFileUploadInvalidArgumentsError('Either a file or content field is required for valid file upload. You cannot supply both');
	    }
	    if ('file' in options) {
	        const { file } = options;
	        if (file && !(typeof file === 'string' || Buffer.isBuffer(file) || file instanceof node_stream_1.Readable)) {
	            throw new errors_1.WebAPIFileUploadInvalidArgumentsError('file must be a valid string path, buffer or Readable');
	        }
	    }
	    if ('content' in options && options.content && typeof options.content !== 'string') {
	        throw new errors_1.WebAPIFileUploadInvalidArgumentsError('content must be a string');
	    }
	}
	/**
	 * @param options
	 * @param logger
	 * @returns filename if it exists
	 */
	function warnIfMissingOrInvalidFileNameAndDefault(options, logger) {
	    const DEFAULT_FILETYPE = 'txt';
	    const DEFAULT_FILENAME = `file.${options.filetype ?? DEFAULT_FILETYPE}`;
	    const { filename } = options;
	    if (!filename) {
	        // Filename was an optional property in legacy method
	        logger.warn(buildMissingFileNameWarning());
	        return DEFAULT_FILENAME;
	    }
	    if (filename.split('.').length < 2) {
	        // likely filename is missing extension
	        logger.warn(buildMissingExtensionWarning(filename));
	    }
	    return filename;
	}
	/**
	 * `filetype` param is no longer supported and will be ignored
	 * @param options
	 * @param logger
	 */
	function warnIfLegacyFileType(options, logger) {
	    if (options.filetype) {
	        logger.warn(buildLegacyFileTypeWarning());
	    }
	}
	// Validation message utilities
	function buildMissingFileIdError() {
	    return 'Missing required file id for file upload completion';
	}
	function buildFileSizeErrorMsg() {
	    return 'There was an issue calculating the size of your file';
	}
	function buildLegacyFileTypeWarning() {
	    return ('filetype is no longer a supported field in files.uploadV2.' +
	        ' \nPlease remove this field. To indicate file type, please do so via the required filename property' +
	        ' using the appropriate file extension, e.g. image.png, text.txt');
	}
	function buildMissingFileNameWarning() {
	    return ('filename is a required field for files.uploadV2. \n For backwards compatibility and ease of migration, ' +
	        'defaulting the filename. For best experience and consistent unfurl behavior, you' +
	        ' should set the filename property with correct file extension, e.g. image.png, text.txt');
	}
	function buildMissingExtensionWarning(filename) {
	    return `filename supplied '${filename}' may be missing a proper extension. Missing extenions may result in unexpected unfurl behavior when shared`;
	}
	function buildFilesUploadMissingMessage() {
	    return 'Something went wrong with processing file_uploads';
	}
	function buildChannelsWarning() {
	    return ("Although the 'channels' parameter is still supported for smoother migration from legacy files.upload, " +
	        "we recommend using the new channel_id parameter with a single str value instead (e.g. 'C12345').");
	}
	function buildMultipleChannelsErrorMsg() {
	    return 'Sharing files with multiple channels is no longer supported in v2. Share files in each channel separately instead.';
	}
	function buildInvalidFilesUploadParamError() {
	    return ('You may supply file_uploads only for a single channel, message, or thread respectively. ' +
	        'Therefore, please supply any channel_id, initial_comment or blocks, or thread_ts in the top-layer.');
	}
	
	return fileUpload;
}

var helpers = {};

var hasRequiredHelpers;

function requireHelpers () {
	if (hasRequiredHelpers) return helpers;
	hasRequiredHelpers = 1;
	Object.defineProperty(helpers, "__esModule", { value: true });
	helpers.default = delay;
	/**
	 * Build a Promise that will resolve after the specified number of milliseconds.
	 * @param ms milliseconds to wait
	 * @param value value for eventual resolution
	 */
	function delay(ms) {
	    return new Promise((resolve) => {
	        setTimeout(resolve, ms);
	    });
	}
	
	return helpers;
}

var methods = {};

var eventemitter3 = {exports: {}};

var hasRequiredEventemitter3;

function requireEventemitter3 () {
	if (hasRequiredEventemitter3) return eventemitter3.exports;
	hasRequiredEventemitter3 = 1;
	(function (module) {

		var has = Object.prototype.hasOwnProperty
		  , prefix = '~';

		/**
		 * Constructor to create a storage for our `EE` objects.
		 * An `Events` instance is a plain object whose properties are event names.
		 *
		 * @constructor
		 * @private
		 */
		function Events() {}

		//
		// We try to not inherit from `Object.prototype`. In some engines creating an
		// instance in this way is faster than calling `Object.create(null)` directly.
		// If `Object.create(null)` is not supported we prefix the event names with a
		// character to make sure that the built-in object properties are not
		// overridden or used as an attack vector.
		//
		if (Object.create) {
		  Events.prototype = Object.create(null);

		  //
		  // This hack is needed because the `__proto__` property is still inherited in
		  // some old browsers like Android 4, iPhone 5.1, Opera 11 and Safari 5.
		  //
		  if (!new Events().__proto__) prefix = false;
		}

		/**
		 * Representation of a single event listener.
		 *
		 * @param {Function} fn The listener function.
		 * @param {*} context The context to invoke the listener with.
		 * @param {Boolean} [once=false] Specify if the listener is a one-time listener.
		 * @constructor
		 * @private
		 */
		function EE(fn, context, once) {
		  this.fn = fn;
		  this.context = context;
		  this.once = once || false;
		}

		/**
		 * Add a listener for a given event.
		 *
		 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} context The context to invoke the listener with.
		 * @param {Boolean} once Specify if the listener is a one-time listener.
		 * @returns {EventEmitter}
		 * @private
		 */
		function addListener(emitter, event, fn, context, once) {
		  if (typeof fn !== 'function') {
		    throw new TypeError('The listener must be a function');
		  }

		  var listener = new EE(fn, context || emitter, once)
		    , evt = prefix ? prefix + event : event;

		  if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
		  else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
		  else emitter._events[evt] = [emitter._events[evt], listener];

		  return emitter;
		}

		/**
		 * Clear event by name.
		 *
		 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
		 * @param {(String|Symbol)} evt The Event name.
		 * @private
		 */
		function clearEvent(emitter, evt) {
		  if (--emitter._eventsCount === 0) emitter._events = new Events();
		  else delete emitter._events[evt];
		}

		/**
		 * Minimal `EventEmitter` interface that is molded against the Node.js
		 * `EventEmitter` interface.
		 *
		 * @constructor
		 * @public
		 */
		function EventEmitter() {
		  this._events = new Events();
		  this._eventsCount = 0;
		}

		/**
		 * Return an array listing the events for which the emitter has registered
		 * listeners.
		 *
		 * @returns {Array}
		 * @public
		 */
		EventEmitter.prototype.eventNames = function eventNames() {
		  var names = []
		    , events
		    , name;

		  if (this._eventsCount === 0) return names;

		  for (name in (events = this._events)) {
		    if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
		  }

		  if (Object.getOwnPropertySymbols) {
		    return names.concat(Object.getOwnPropertySymbols(events));
		  }

		  return names;
		};

		/**
		 * Return the listeners registered for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Array} The registered listeners.
		 * @public
		 */
		EventEmitter.prototype.listeners = function listeners(event) {
		  var evt = prefix ? prefix + event : event
		    , handlers = this._events[evt];

		  if (!handlers) return [];
		  if (handlers.fn) return [handlers.fn];

		  for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) {
		    ee[i] = handlers[i].fn;
		  }

		  return ee;
		};

		/**
		 * Return the number of listeners listening to a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Number} The number of listeners.
		 * @public
		 */
		EventEmitter.prototype.listenerCount = function listenerCount(event) {
		  var evt = prefix ? prefix + event : event
		    , listeners = this._events[evt];

		  if (!listeners) return 0;
		  if (listeners.fn) return 1;
		  return listeners.length;
		};

		/**
		 * Calls each of the listeners registered for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @returns {Boolean} `true` if the event had listeners, else `false`.
		 * @public
		 */
		EventEmitter.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
		  var evt = prefix ? prefix + event : event;

		  if (!this._events[evt]) return false;

		  var listeners = this._events[evt]
		    , len = arguments.length
		    , args
		    , i;

		  if (listeners.fn) {
		    if (listeners.once) this.removeListener(event, listeners.fn, undefined, true);

		    switch (len) {
		      case 1: return listeners.fn.call(listeners.context), true;
		      case 2: return listeners.fn.call(listeners.context, a1), true;
		      case 3: return listeners.fn.call(listeners.context, a1, a2), true;
		      case 4: return listeners.fn.call(listeners.context, a1, a2, a3), true;
		      case 5: return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
		      case 6: return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
		    }

		    for (i = 1, args = new Array(len -1); i < len; i++) {
		      args[i - 1] = arguments[i];
		    }

		    listeners.fn.apply(listeners.context, args);
		  } else {
		    var length = listeners.length
		      , j;

		    for (i = 0; i < length; i++) {
		      if (listeners[i].once) this.removeListener(event, listeners[i].fn, undefined, true);

		      switch (len) {
		        case 1: listeners[i].fn.call(listeners[i].context); break;
		        case 2: listeners[i].fn.call(listeners[i].context, a1); break;
		        case 3: listeners[i].fn.call(listeners[i].context, a1, a2); break;
		        case 4: listeners[i].fn.call(listeners[i].context, a1, a2, a3); break;
		        default:
		          if (!args) for (j = 1, args = new Array(len -1); j < len; j++) {
		            args[j - 1] = arguments[j];
		          }

		          listeners[i].fn.apply(listeners[i].context, args);
		      }
		    }
		  }

		  return true;
		};

		/**
		 * Add a listener for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} [context=this] The context to invoke the listener with.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.on = function on(event, fn, context) {
		  return addListener(this, event, fn, context, false);
		};

		/**
		 * Add a one-time listener for a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn The listener function.
		 * @param {*} [context=this] The context to invoke the listener with.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.once = function once(event, fn, context) {
		  return addListener(this, event, fn, context, true);
		};

		/**
		 * Remove the listeners of a given event.
		 *
		 * @param {(String|Symbol)} event The event name.
		 * @param {Function} fn Only remove the listeners that match this function.
		 * @param {*} context Only remove the listeners that have this context.
		 * @param {Boolean} once Only remove one-time listeners.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.removeListener = function removeListener(event, fn, context, once) {
		  var evt = prefix ? prefix + event : event;

		  if (!this._events[evt]) return this;
		  if (!fn) {
		    clearEvent(this, evt);
		    return this;
		  }

		  var listeners = this._events[evt];

		  if (listeners.fn) {
		    if (
		      listeners.fn === fn &&
		      (!once || listeners.once) &&
		      (!context || listeners.context === context)
		    ) {
		      clearEvent(this, evt);
		    }
		  } else {
		    for (var i = 0, events = [], length = listeners.length; i < length; i++) {
		      if (
		        listeners[i].fn !== fn ||
		        (once && !listeners[i].once) ||
		        (context && listeners[i].context !== context)
		      ) {
		        events.push(listeners[i]);
		      }
		    }

		    //
		    // Reset the array, or remove it completely if we have no more listeners.
		    //
		    if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
		    else clearEvent(this, evt);
		  }

		  return this;
		};

		/**
		 * Remove all listeners, or those of the specified event.
		 *
		 * @param {(String|Symbol)} [event] The event name.
		 * @returns {EventEmitter} `this`.
		 * @public
		 */
		EventEmitter.prototype.removeAllListeners = function removeAllListeners(event) {
		  var evt;

		  if (event) {
		    evt = prefix ? prefix + event : event;
		    if (this._events[evt]) clearEvent(this, evt);
		  } else {
		    this._events = new Events();
		    this._eventsCount = 0;
		  }

		  return this;
		};

		//
		// Alias methods names because people roll like that.
		//
		EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
		EventEmitter.prototype.addListener = EventEmitter.prototype.on;

		//
		// Expose the prefix.
		//
		EventEmitter.prefixed = prefix;

		//
		// Allow `EventEmitter` to be imported as module namespace.
		//
		EventEmitter.EventEmitter = EventEmitter;

		//
		// Expose the module.
		//
		{
		  module.exports = EventEmitter;
		} 
	} (eventemitter3));
	return eventemitter3.exports;
}

var dist = {};

var blockElements = {};

var hasRequiredBlockElements;

function requireBlockElements () {
	if (hasRequiredBlockElements) return blockElements;
	hasRequiredBlockElements = 1;
	// This file contains objects documented here: https://docs.slack.dev/reference/block-kit/block-elements
	Object.defineProperty(blockElements, "__esModule", { value: true });
	
	return blockElements;
}

var blocks = {};

var hasRequiredBlocks;

function requireBlocks () {
	if (hasRequiredBlocks) return blocks;
	hasRequiredBlocks = 1;
	Object.defineProperty(blocks, "__esModule", { value: true });
	
	return blocks;
}

var compositionObjects = {};

var hasRequiredCompositionObjects;

function requireCompositionObjects () {
	if (hasRequiredCompositionObjects) return compositionObjects;
	hasRequiredCompositionObjects = 1;
	// This file contains objects documented here: https://docs.slack.dev/reference/block-kit/composition-objects
	Object.defineProperty(compositionObjects, "__esModule", { value: true });
	
	return compositionObjects;
}

var extensions = {};

var hasRequiredExtensions;

function requireExtensions () {
	if (hasRequiredExtensions) return extensions;
	hasRequiredExtensions = 1;
	Object.defineProperty(extensions, "__esModule", { value: true });
	
	return extensions;
}

var calls = {};

var hasRequiredCalls;

function requireCalls () {
	if (hasRequiredCalls) return calls;
	hasRequiredCalls = 1;
	// These types represent users in Slack Calls, which is an API for showing 3rd party calls within the Slack client.
	// More information on the API guide for Calls: https://docs.slack.dev/apis/web-api/using-the-calls-api
	// and on User objects for use with Calls: https://docs.slack.dev/apis/web-api/using-the-calls-api
	Object.defineProperty(calls, "__esModule", { value: true });
	
	return calls;
}

var chunk = {};

var hasRequiredChunk;

function requireChunk () {
	if (hasRequiredChunk) return chunk;
	hasRequiredChunk = 1;
	Object.defineProperty(chunk, "__esModule", { value: true });
	
	return chunk;
}

var dialog = {};

var hasRequiredDialog;

function requireDialog () {
	if (hasRequiredDialog) return dialog;
	hasRequiredDialog = 1;
	Object.defineProperty(dialog, "__esModule", { value: true });
	
	return dialog;
}

var events = {};

var agent = {};

var hasRequiredAgent;

function requireAgent () {
	if (hasRequiredAgent) return agent;
	hasRequiredAgent = 1;
	Object.defineProperty(agent, "__esModule", { value: true });
	
	return agent;
}

var app = {};

var hasRequiredApp;

function requireApp () {
	if (hasRequiredApp) return app;
	hasRequiredApp = 1;
	Object.defineProperty(app, "__esModule", { value: true });
	
	return app;
}

var assistant = {};

var hasRequiredAssistant;

function requireAssistant () {
	if (hasRequiredAssistant) return assistant;
	hasRequiredAssistant = 1;
	Object.defineProperty(assistant, "__esModule", { value: true });
	
	return assistant;
}

var call = {};

var hasRequiredCall;

function requireCall () {
	if (hasRequiredCall) return call;
	hasRequiredCall = 1;
	Object.defineProperty(call, "__esModule", { value: true });
	
	return call;
}

var channel = {};

var hasRequiredChannel;

function requireChannel () {
	if (hasRequiredChannel) return channel;
	hasRequiredChannel = 1;
	Object.defineProperty(channel, "__esModule", { value: true });
	
	return channel;
}

var dnd = {};

var hasRequiredDnd;

function requireDnd () {
	if (hasRequiredDnd) return dnd;
	hasRequiredDnd = 1;
	Object.defineProperty(dnd, "__esModule", { value: true });
	
	return dnd;
}

var email = {};

var hasRequiredEmail;

function requireEmail () {
	if (hasRequiredEmail) return email;
	hasRequiredEmail = 1;
	Object.defineProperty(email, "__esModule", { value: true });
	
	return email;
}

var emoji = {};

var hasRequiredEmoji;

function requireEmoji () {
	if (hasRequiredEmoji) return emoji;
	hasRequiredEmoji = 1;
	Object.defineProperty(emoji, "__esModule", { value: true });
	
	return emoji;
}

var file = {};

var hasRequiredFile;

function requireFile () {
	if (hasRequiredFile) return file;
	hasRequiredFile = 1;
	// NOTE: `file_comment_added` and `file_comment_edited` are left out because they are discontinued
	Object.defineProperty(file, "__esModule", { value: true });
	
	return file;
}

var _function = {};

var hasRequired_function;

function require_function () {
	if (hasRequired_function) return _function;
	hasRequired_function = 1;
	Object.defineProperty(_function, "__esModule", { value: true });
	
	return _function;
}

var gridMigration = {};

var hasRequiredGridMigration;

function requireGridMigration () {
	if (hasRequiredGridMigration) return gridMigration;
	hasRequiredGridMigration = 1;
	Object.defineProperty(gridMigration, "__esModule", { value: true });
	
	return gridMigration;
}

var group = {};

var hasRequiredGroup;

function requireGroup () {
	if (hasRequiredGroup) return group;
	hasRequiredGroup = 1;
	Object.defineProperty(group, "__esModule", { value: true });
	
	return group;
}

var im = {};

var hasRequiredIm;

function requireIm () {
	if (hasRequiredIm) return im;
	hasRequiredIm = 1;
	Object.defineProperty(im, "__esModule", { value: true });
	
	return im;
}

var invite = {};

var hasRequiredInvite;

function requireInvite () {
	if (hasRequiredInvite) return invite;
	hasRequiredInvite = 1;
	Object.defineProperty(invite, "__esModule", { value: true });
	
	return invite;
}

var linkShared = {};

var hasRequiredLinkShared;

function requireLinkShared () {
	if (hasRequiredLinkShared) return linkShared;
	hasRequiredLinkShared = 1;
	Object.defineProperty(linkShared, "__esModule", { value: true });
	
	return linkShared;
}

var member = {};

var hasRequiredMember;

function requireMember () {
	if (hasRequiredMember) return member;
	hasRequiredMember = 1;
	Object.defineProperty(member, "__esModule", { value: true });
	
	return member;
}

var message = {};

var hasRequiredMessage;

function requireMessage () {
	if (hasRequiredMessage) return message;
	hasRequiredMessage = 1;
	Object.defineProperty(message, "__esModule", { value: true });
	
	return message;
}

var messageMetadata$1 = {};

var hasRequiredMessageMetadata$1;

function requireMessageMetadata$1 () {
	if (hasRequiredMessageMetadata$1) return messageMetadata$1;
	hasRequiredMessageMetadata$1 = 1;
	Object.defineProperty(messageMetadata$1, "__esModule", { value: true });
	
	return messageMetadata$1;
}

var pin = {};

var hasRequiredPin;

function requirePin () {
	if (hasRequiredPin) return pin;
	hasRequiredPin = 1;
	Object.defineProperty(pin, "__esModule", { value: true });
	
	return pin;
}

var reaction = {};

var hasRequiredReaction;

function requireReaction () {
	if (hasRequiredReaction) return reaction;
	hasRequiredReaction = 1;
	Object.defineProperty(reaction, "__esModule", { value: true });
	
	return reaction;
}

var sharedChannel = {};

var hasRequiredSharedChannel;

function requireSharedChannel () {
	if (hasRequiredSharedChannel) return sharedChannel;
	hasRequiredSharedChannel = 1;
	Object.defineProperty(sharedChannel, "__esModule", { value: true });
	
	return sharedChannel;
}

var star = {};

var hasRequiredStar;

function requireStar () {
	if (hasRequiredStar) return star;
	hasRequiredStar = 1;
	Object.defineProperty(star, "__esModule", { value: true });
	
	return star;
}

var stepsFromApps = {};

var hasRequiredStepsFromApps;

function requireStepsFromApps () {
	if (hasRequiredStepsFromApps) return stepsFromApps;
	hasRequiredStepsFromApps = 1;
	Object.defineProperty(stepsFromApps, "__esModule", { value: true });
	
	return stepsFromApps;
}

var subteam = {};

var hasRequiredSubteam;

function requireSubteam () {
	if (hasRequiredSubteam) return subteam;
	hasRequiredSubteam = 1;
	Object.defineProperty(subteam, "__esModule", { value: true });
	
	return subteam;
}

var team = {};

var hasRequiredTeam;

function requireTeam () {
	if (hasRequiredTeam) return team;
	hasRequiredTeam = 1;
	Object.defineProperty(team, "__esModule", { value: true });
	
	return team;
}

var token = {};

var hasRequiredToken;

function requireToken () {
	if (hasRequiredToken) return token;
	hasRequiredToken = 1;
	Object.defineProperty(token, "__esModule", { value: true });
	
	return token;
}

var user = {};

var hasRequiredUser;

function requireUser () {
	if (hasRequiredUser) return user;
	hasRequiredUser = 1;
	Object.defineProperty(user, "__esModule", { value: true });
	
	return user;
}

var hasRequiredEvents;

function requireEvents () {
	if (hasRequiredEvents) return events;
	hasRequiredEvents = 1;
	(function (exports) {
		var __createBinding = (events && events.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
		var __exportStar = (events && events.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireAgent(), exports);
		__exportStar(requireApp(), exports);
		__exportStar(requireAssistant(), exports);
		__exportStar(requireCall(), exports);
		__exportStar(requireChannel(), exports);
		__exportStar(requireDnd(), exports);
		__exportStar(requireEmail(), exports);
		__exportStar(requireEmoji(), exports);
		__exportStar(requireFile(), exports);
		__exportStar(require_function(), exports);
		__exportStar(requireGridMigration(), exports);
		__exportStar(requireGroup(), exports);
		__exportStar(requireIm(), exports);
		__exportStar(requireInvite(), exports);
		__exportStar(requireLinkShared(), exports);
		__exportStar(requireMember(), exports);
		__exportStar(requireMessage(), exports);
		__exportStar(requireMessageMetadata$1(), exports);
		__exportStar(requirePin(), exports);
		__exportStar(requireReaction(), exports);
		__exportStar(requireSharedChannel(), exports);
		__exportStar(requireStar(), exports);
		__exportStar(requireStepsFromApps(), exports);
		__exportStar(requireSubteam(), exports);
		__exportStar(requireTeam(), exports);
		__exportStar(requireToken(), exports);
		__exportStar(requireUser(), exports);
		
	} (events));
	return events;
}

var messageAttachments = {};

var hasRequiredMessageAttachments;

function requireMessageAttachments () {
	if (hasRequiredMessageAttachments) return messageAttachments;
	hasRequiredMessageAttachments = 1;
	Object.defineProperty(messageAttachments, "__esModule", { value: true });
	
	return messageAttachments;
}

var messageMetadata = {};

var hasRequiredMessageMetadata;

function requireMessageMetadata () {
	if (hasRequiredMessageMetadata) return messageMetadata;
	hasRequiredMessageMetadata = 1;
	Object.defineProperty(messageMetadata, "__esModule", { value: true });
	messageMetadata.CustomFieldType = messageMetadata.EntityType = void 0;
	var EntityType;
	(function (EntityType) {
	    EntityType["Task"] = "slack#/entities/task";
	    EntityType["File"] = "slack#/entities/file";
	    EntityType["Item"] = "slack#/entities/item";
	    EntityType["Incident"] = "slack#/entities/incident";
	    EntityType["ContentItem"] = "slack#/entities/content_item";
	})(EntityType || (messageMetadata.EntityType = EntityType = {}));
	var CustomFieldType;
	(function (CustomFieldType) {
	    CustomFieldType["Integer"] = "integer";
	    CustomFieldType["String"] = "string";
	    CustomFieldType["Array"] = "array";
	    CustomFieldType["Date"] = "slack#/types/date";
	    CustomFieldType["Timestamp"] = "slack#/types/timestamp";
	    CustomFieldType["Image"] = "slack#/types/image";
	    CustomFieldType["ChannelId"] = "slack#/types/channel_id";
	    CustomFieldType["User"] = "slack#/types/user";
	    CustomFieldType["EntityRef"] = "slack#/types/entity_ref";
	    CustomFieldType["Boolean"] = "boolean";
	    CustomFieldType["Link"] = "slack#/types/link";
	    CustomFieldType["Email"] = "slack#/types/email";
	})(CustomFieldType || (messageMetadata.CustomFieldType = CustomFieldType = {}));
	
	return messageMetadata;
}

var views = {};

var hasRequiredViews;

function requireViews () {
	if (hasRequiredViews) return views;
	hasRequiredViews = 1;
	Object.defineProperty(views, "__esModule", { value: true });
	
	return views;
}

var hasRequiredDist$1;

function requireDist$1 () {
	if (hasRequiredDist$1) return dist;
	hasRequiredDist$1 = 1;
	(function (exports) {
		var __createBinding = (dist && dist.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
		var __exportStar = (dist && dist.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireBlockElements(), exports);
		__exportStar(requireBlocks(), exports);
		__exportStar(requireCompositionObjects(), exports);
		__exportStar(requireExtensions(), exports);
		__exportStar(requireCalls(), exports);
		__exportStar(requireChunk(), exports);
		__exportStar(requireDialog(), exports);
		__exportStar(requireEvents(), exports);
		__exportStar(requireMessageAttachments(), exports);
		__exportStar(requireMessageMetadata(), exports);
		__exportStar(requireViews(), exports);
		
	} (dist));
	return dist;
}

var hasRequiredMethods;

function requireMethods () {
	if (hasRequiredMethods) return methods;
	hasRequiredMethods = 1;
	(function (exports) {
		var __createBinding = (methods && methods.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
		var __exportStar = (methods && methods.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.Methods = void 0;
		const eventemitter3_1 = requireEventemitter3();
		const WebClient_1 = requireWebClient();
		/**
		 * Binds a certain `method` and its (required) arguments and result types to the `apiCall` method in `WebClient`.
		 */
		function bindApiCall(self, method) {
		    const apiMethod = self.apiCall.bind(self, method);
		    return apiMethod;
		}
		/**
		 * Binds a certain `method` and its (required) arguments and result types to the `apiCall` method in `WebClient`.
		 */
		function bindApiCallWithOptionalArgument(self, method) {
		    const apiMethod = self.apiCall.bind(self, method);
		    return apiMethod;
		}
		function bindFilesUploadV2(self) {
		    return self.filesUploadV2.bind(self);
		}
		/**
		 * A class that defines all Web API methods, their arguments type, their response type, and binds those methods to the
		 * `apiCall` class method.
		 */
		class Methods extends eventemitter3_1.EventEmitter {
		    constructor() {
		        super();
		        // Check that the class being created extends from `WebClient` rather than this class
		        if (new.target !== WebClient_1.WebClient && !(new.target.prototype instanceof WebClient_1.WebClient)) {
		            throw new Error('Attempt to inherit from WebClient methods without inheriting from WebClient');
		        }
		    }
		    admin = {
		        analytics: {
		            /**
		             * @description Retrieve analytics data for a given date, presented as a compressed JSON file.
		             * @see {@link https://docs.slack.dev/reference/methods/api.test `api.test` API reference}.
		             */
		            getFile: bindApiCall(this, 'admin.analytics.getFile'),
		        },
		        apps: {
		            activities: {
		                /**
		                 * @description Get logs for a specified team/org.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.activities.list `admin.apps.activities.list` API reference}.
		                 */
		                list: bindApiCallWithOptionalArgument(this, 'admin.apps.activities.list'),
		            },
		            /**
		             * @description Approve an app for installation on a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.apps.approve `admin.apps.approve` API reference}.
		             */
		            approve: bindApiCall(this, 'admin.apps.approve'),
		            approved: {
		                /**
		                 * @description List approved apps for an org or workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.approved.list `admin.apps.approved.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.apps.approved.list'),
		            },
		            /**
		             * @description Clear an app resolution.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.apps.clearResolution `admin.apps.clearResolution` API reference}.
		             */
		            clearResolution: bindApiCall(this, 'admin.apps.clearResolution'),
		            config: {
		                /**
		                 * @description Look up the app config for connectors by their IDs.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.config.lookup `admin.apps.config.lookup` API reference}.
		                 */
		                lookup: bindApiCall(this, 'admin.apps.config.lookup'),
		                /**
		                 * @description Set the app config for a connector.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.config.set `admin.apps.config.set` API reference}.
		                 */
		                set: bindApiCall(this, 'admin.apps.config.set'),
		            },
		            requests: {
		                /**
		                 * @description Cancel app request for team.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.requests.cancel `admin.apps.requests.cancel` API reference}.
		                 */
		                cancel: bindApiCall(this, 'admin.apps.requests.cancel'),
		                /**
		                 * @description List app requests for a team/workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.requests.list `admin.apps.requests.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.apps.requests.list'),
		            },
		            /**
		             * @description Restrict an app for installation on a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.apps.restrict `admin.apps.restrict` API reference}.
		             */
		            restrict: bindApiCall(this, 'admin.apps.restrict'),
		            restricted: {
		                /**
		                 * @description List restricted apps for an org or workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.apps.restricted.list `admin.apps.restricted.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.apps.restricted.list'),
		            },
		            /**
		             * @description Uninstall an app from one or many workspaces, or an entire enterprise organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.apps.uninstall `admin.apps.uninstall` API reference}.
		             */
		            uninstall: bindApiCall(this, 'admin.apps.uninstall'),
		        },
		        auth: {
		            policy: {
		                /**
		                 * @description Assign entities to a particular authentication policy.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.auth.policy.assignEntities `admin.auth.policy.assignEntities` API reference}.
		                 */
		                assignEntities: bindApiCall(this, 'admin.auth.policy.assignEntities'),
		                /**
		                 * @description Fetch all the entities assigned to a particular authentication policy by name.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.auth.policy.getEntities `admin.auth.policy.getEntities` API reference}.
		                 */
		                getEntities: bindApiCall(this, 'admin.auth.policy.getEntities'),
		                /**
		                 * @description Remove specified entities from a specified authentication policy.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.auth.policy.removeEntities `admin.auth.policy.removeEntities` API reference}.
		                 */
		                removeEntities: bindApiCall(this, 'admin.auth.policy.removeEntities'),
		            },
		        },
		        barriers: {
		            /**
		             * @description Create an Information Barrier.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.barriers.create `admin.barriers.create` API reference}.
		             */
		            create: bindApiCall(this, 'admin.barriers.create'),
		            /**
		             * @description Delete an existing Information Barrier.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.barriers.delete `admin.barriers.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'admin.barriers.delete'),
		            /**
		             * @description Get all Information Barriers for your organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.barriers.list `admin.barriers.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'admin.barriers.list'),
		            /**
		             * @description Update an existing Information Barrier.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.barriers.update `admin.barriers.update` API reference}.
		             */
		            update: bindApiCall(this, 'admin.barriers.update'),
		        },
		        conversations: {
		            /**
		             * @description Archive a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.archive `admin.conversations.archive` API reference}.
		             */
		            archive: bindApiCall(this, 'admin.conversations.archive'),
		            /**
		             * @description Archive public or private channels in bulk.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.bulkArchive `admin.conversations.bulkArchive` API reference}.
		             */
		            bulkArchive: bindApiCall(this, 'admin.conversations.bulkArchive'),
		            /**
		             * @description Delete public or private channels in bulk.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.bulkDelete `admin.conversations.bulkDelete` API reference}.
		             */
		            bulkDelete: bindApiCall(this, 'admin.conversations.bulkDelete'),
		            /**
		             * @description Move public or private channels in bulk.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.bulkMove `admin.conversations.bulkMove` API reference}.
		             */
		            bulkMove: bindApiCall(this, 'admin.conversations.bulkMove'),
		            /**
		             * @description Convert a public channel to a private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.convertToPrivate `admin.conversations.convertToPrivate` API reference}.
		             */
		            convertToPrivate: bindApiCall(this, 'admin.conversations.convertToPrivate'),
		            /**
		             * @description Convert a private channel to a public channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.convertToPublic `admin.conversations.convertToPublic` API reference}.
		             */
		            convertToPublic: bindApiCall(this, 'admin.conversations.convertToPublic'),
		            /**
		             * @description Create a public or private channel-based conversation.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.create `admin.conversations.create` API reference}.
		             */
		            create: bindApiCall(this, 'admin.conversations.create'),
		            /**
		             * @description Delete a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.delete `admin.conversations.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'admin.conversations.delete'),
		            /**
		             * @description Disconnect a connected channel from one or more workspaces.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.disconnectShared `admin.conversations.disconnectShared` API reference}.
		             */
		            disconnectShared: bindApiCall(this, 'admin.conversations.disconnectShared'),
		            ekm: {
		                /**
		                 * @description List all disconnected channels — i.e., channels that were once connected to other workspaces
		                 * and then disconnected — and the corresponding original channel IDs for key revocation with EKM.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.ekm.listOriginalConnectedChannelInfo `admin.conversations.ekm.listOriginalConnectedChannelInfo` API reference}.
		                 */
		                listOriginalConnectedChannelInfo: bindApiCallWithOptionalArgument(this, 'admin.conversations.ekm.listOriginalConnectedChannelInfo'),
		            },
		            /**
		             * @description Get conversation preferences for a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.getConversationPrefs `admin.conversations.getConversationPrefs` API reference}.
		             */
		            getConversationPrefs: bindApiCall(this, 'admin.conversations.getConversationPrefs'),
		            /**
		             * @description Get a conversation's retention policy.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.getCustomRetention `admin.conversations.getCustomRetention` API reference}.
		             */
		            getCustomRetention: bindApiCall(this, 'admin.conversations.getCustomRetention'),
		            /**
		             * @description Get all the workspaces a given public or private channel is connected to within
		             * this Enterprise org.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.getTeams `admin.conversations.getTeams` API reference}.
		             */
		            getTeams: bindApiCall(this, 'admin.conversations.getTeams'),
		            /**
		             * @description Invite a user to a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.invite `admin.conversations.invite` API reference}.
		             */
		            invite: bindApiCall(this, 'admin.conversations.invite'),
		            /**
		             * @description Returns channels on the given team using the filters.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.lookup `admin.conversations.lookup` API reference}.
		             */
		            lookup: bindApiCall(this, 'admin.conversations.lookup'),
		            /**
		             * @description Remove a conversation's retention policy.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.removeCustomRetention `admin.conversations.removeCustomRetention` API reference}.
		             */
		            removeCustomRetention: bindApiCall(this, 'admin.conversations.removeCustomRetention'),
		            /**
		             * @description Rename a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.rename `admin.conversations.rename` API reference}.
		             */
		            rename: bindApiCall(this, 'admin.conversations.rename'),
		            restrictAccess: {
		                /**
		                 * @description Add an allowlist of IDP groups for accessing a channel.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.restrictAccess.addGroup `admin.conversations.restrictAccess.addGroup` API reference}.
		                 */
		                addGroup: bindApiCall(this, 'admin.conversations.restrictAccess.addGroup'),
		                /**
		                 * @description List all IDP Groups linked to a channel.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.restrictAccess.listGroups `admin.conversations.restrictAccess.listGroups` API reference}.
		                 */
		                listGroups: bindApiCall(this, 'admin.conversations.restrictAccess.listGroups'),
		                /**
		                 * @description Remove a linked IDP group linked from a private channel.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.restrictAccess.removeGroup `admin.conversations.restrictAccess.removeGroup` API reference}.
		                 */
		                removeGroup: bindApiCall(this, 'admin.conversations.restrictAccess.removeGroup'),
		            },
		            /**
		             * @description Search for public or private channels in an Enterprise organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.search `admin.conversations.search` API reference}.
		             */
		            search: bindApiCallWithOptionalArgument(this, 'admin.conversations.search'),
		            /**
		             * @description Set the posting permissions for a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.setConversationPrefs `admin.conversations.setConversationPrefs` API reference}.
		             */
		            setConversationPrefs: bindApiCall(this, 'admin.conversations.setConversationPrefs'),
		            /**
		             * @description Set a conversation's retention policy.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.setCustomRetention `admin.conversations.setCustomRetention` API reference}.
		             */
		            setCustomRetention: bindApiCall(this, 'admin.conversations.setCustomRetention'),
		            /**
		             * @description Set the workspaces in an Enterprise grid org that connect to a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.setTeams `admin.conversations.setTeams` API reference}.
		             */
		            setTeams: bindApiCall(this, 'admin.conversations.setTeams'),
		            /**
		             * @description Unarchive a public or private channel.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.conversations.unarchive `admin.conversations.unarchive` API reference}.
		             */
		            unarchive: bindApiCall(this, 'admin.conversations.unarchive'),
		        },
		        emoji: {
		            /**
		             * @description Add an emoji.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.emoji.add `admin.emoji.add` API reference}.
		             */
		            add: bindApiCall(this, 'admin.emoji.add'),
		            /**
		             * @description Add an emoji alias.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.emoji.addAlias `admin.emoji.addAlias` API reference}.
		             */
		            addAlias: bindApiCall(this, 'admin.emoji.addAlias'),
		            /**
		             * @description List emoji for an Enterprise Grid organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.emoji.list `admin.emoji.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'admin.emoji.list'),
		            /**
		             * @description Remove an emoji across an Enterprise Grid organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.emoji.remove `admin.emoji.remove` API reference}.
		             */
		            remove: bindApiCall(this, 'admin.emoji.remove'),
		            /**
		             * @description Rename an emoji.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.emoji.rename `admin.emoji.rename` API reference}.
		             */
		            rename: bindApiCall(this, 'admin.emoji.rename'),
		        },
		        functions: {
		            /**
		             * @description Look up functions by a set of apps.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.functions.list `admin.functions.list` API reference}.
		             */
		            list: bindApiCall(this, 'admin.functions.list'),
		            permissions: {
		                /**
		                 * @description Lookup the visibility of multiple Slack functions and include the users if
		                 * it is limited to particular named entities.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.functions.permissions.lookup `admin.functions.permissions.lookup` API reference}.
		                 */
		                lookup: bindApiCall(this, 'admin.functions.permissions.lookup'),
		                /**
		                 * @description Set the visibility of a Slack function and define the users or workspaces if
		                 * it is set to named_entities.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.functions.permissions.set `admin.functions.permissions.set` API reference}.
		                 */
		                set: bindApiCall(this, 'admin.functions.permissions.set'),
		            },
		        },
		        inviteRequests: {
		            /**
		             * @description Approve a workspace invite request.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.inviteRequests.approve `admin.inviteRequests.approve` API reference}.
		             */
		            approve: bindApiCall(this, 'admin.inviteRequests.approve'),
		            approved: {
		                /**
		                 * @description List all approved workspace invite requests.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.inviteRequests.approved.list `admin.inviteRequests.approved.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.inviteRequests.approved.list'),
		            },
		            denied: {
		                /**
		                 * @description List all denied workspace invite requests.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.inviteRequests.denied.list `admin.inviteRequests.denied.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.inviteRequests.denied.list'),
		            },
		            /**
		             * @description Deny a workspace invite request.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.inviteRequests.deny `admin.inviteRequests.deny` API reference}.
		             */
		            deny: bindApiCall(this, 'admin.inviteRequests.deny'),
		            /**
		             * @description List all pending workspace invite requests.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.inviteRequests.list `admin.inviteRequests.list` API reference}.
		             */
		            list: bindApiCall(this, 'admin.inviteRequests.list'),
		        },
		        roles: {
		            /**
		             * @description Adds members to the specified role with the specified scopes.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.roles.addAssignments `admin.roles.addAssignments` API reference}.
		             */
		            addAssignments: bindApiCall(this, 'admin.roles.addAssignments'),
		            /**
		             * @description Lists assignments for all roles across entities.
		             * Options to scope results by any combination of roles or entities.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.roles.listAssignments `admin.roles.listAssignments` API reference}.
		             */
		            listAssignments: bindApiCallWithOptionalArgument(this, 'admin.roles.listAssignments'),
		            /**
		             * @description Removes a set of users from a role for the given scopes and entities.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.roles.removeAssignments `admin.roles.removeAssignments` API reference}.
		             */
		            removeAssignments: bindApiCall(this, 'admin.roles.removeAssignments'),
		        },
		        teams: {
		            admins: {
		                /**
		                 * @description List all of the admins on a given workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.admins.list `admin.teams.admins.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.teams.admins.list'),
		            },
		            /**
		             * @description Create an Enterprise team.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.teams.create `admin.teams.create` API reference}.
		             */
		            create: bindApiCall(this, 'admin.teams.create'),
		            /**
		             * @description List all teams on an Enterprise organization.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.teams.list `admin.teams.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'admin.teams.list'),
		            owners: {
		                /**
		                 * @description List all of the owners on a given workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.owners.list `admin.teams.owners.list` API reference}.
		                 */
		                list: bindApiCall(this, 'admin.teams.owners.list'),
		            },
		            settings: {
		                /**
		                 * @description Fetch information about settings in a workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.info `admin.teams.settings.info` API reference}.
		                 */
		                info: bindApiCall(this, 'admin.teams.settings.info'),
		                /**
		                 * @description Set the default channels of a workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.setDefaultChannels `admin.teams.settings.setDefaultChannels` API reference}.
		                 */
		                setDefaultChannels: bindApiCall(this, 'admin.teams.settings.setDefaultChannels'),
		                /**
		                 * @description Set the description of a given workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.setDescription `admin.teams.settings.setDescription` API reference}.
		                 */
		                setDescription: bindApiCall(this, 'admin.teams.settings.setDescription'),
		                /**
		                 * @description Set the discoverability of a given workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.setDiscoverability `admin.teams.settings.setDiscoverability` API reference}.
		                 */
		                setDiscoverability: bindApiCall(this, 'admin.teams.settings.setDiscoverability'),
		                /**
		                 * @description Sets the icon of a workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.setIcon `admin.teams.settings.setIcon` API reference}.
		                 */
		                setIcon: bindApiCall(this, 'admin.teams.settings.setIcon'),
		                /**
		                 * @description Set the name of a given workspace.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.teams.settings.setName `admin.teams.settings.setName` API reference}.
		                 */
		                setName: bindApiCall(this, 'admin.teams.settings.setName'),
		            },
		        },
		        usergroups: {
		            /**
		             * @description Add up to one hundred default channels to an IDP group.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.usergroups.addChannels `admin.teams.usergroups.addChannels` API reference}.
		             */
		            addChannels: bindApiCall(this, 'admin.usergroups.addChannels'),
		            /**
		             * @description Associate one or more default workspaces with an organization-wide IDP group.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.usergroups.addTeams `admin.teams.usergroups.addTeams` API reference}.
		             */
		            addTeams: bindApiCall(this, 'admin.usergroups.addTeams'),
		            /**
		             * @description List the channels linked to an org-level IDP group (user group).
		             * @see {@link https://docs.slack.dev/reference/methods/admin.usergroups.listChannels `admin.teams.usergroups.listChannels` API reference}.
		             */
		            listChannels: bindApiCall(this, 'admin.usergroups.listChannels'),
		            /**
		             * @description Remove one or more default channels from an org-level IDP group (user group).
		             * @see {@link https://docs.slack.dev/reference/methods/admin.usergroups.removeChannels `admin.teams.usergroups.removeChannels` API reference}.
		             */
		            removeChannels: bindApiCall(this, 'admin.usergroups.removeChannels'),
		        },
		        users: {
		            /**
		             * @description Add an Enterprise user to a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.assign `admin.users.assign` API reference}.
		             */
		            assign: bindApiCall(this, 'admin.users.assign'),
		            /**
		             * @description Fetches the expiration timestamp for a guest.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.getExpiration `admin.users.getExpiration` API reference}.
		             */
		            getExpiration: bindApiCall(this, 'admin.users.getExpiration'),
		            /**
		             * @description Invite a user to a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.invite `admin.users.invite` API reference}.
		             */
		            invite: bindApiCall(this, 'admin.users.invite'),
		            /**
		             * @description List users on a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.list `admin.users.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'admin.users.list'),
		            /**
		             * @description Remove a user from a workspace.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.remove `admin.users.remove` API reference}.
		             */
		            remove: bindApiCall(this, 'admin.users.remove'),
		            session: {
		                /**
		                 * @description Clear user-specific session settings—the session duration and what happens when the client
		                 * closes—for a list of users.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.clearSettings `admin.users.session.clearSettings` API reference}.
		                 */
		                clearSettings: bindApiCall(this, 'admin.users.session.clearSettings'),
		                /**
		                 * @description Get user-specific session settings—the session duration and what happens when the client
		                 * closes—given a list of users.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.getSettings `admin.users.session.getSettings` API reference}.
		                 */
		                getSettings: bindApiCall(this, 'admin.users.session.getSettings'),
		                /**
		                 * @description Revoke a single session for a user. The user will be forced to login to Slack.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.invalidate `admin.users.session.invalidate` API reference}.
		                 */
		                invalidate: bindApiCall(this, 'admin.users.session.invalidate'),
		                /**
		                 * @description List active user sessions for an organization.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.list `admin.users.session.list` API reference}.
		                 */
		                list: bindApiCallWithOptionalArgument(this, 'admin.users.session.list'),
		                /**
		                 * @description Wipes all valid sessions on all devices for a given user.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.reset `admin.users.session.reset` API reference}.
		                 */
		                reset: bindApiCall(this, 'admin.users.session.reset'),
		                /**
		                 * @description Enqueues an asynchronous job to wipe all valid sessions on all devices for a given user list.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.resetBulk `admin.users.session.resetBulk` API reference}.
		                 */
		                resetBulk: bindApiCall(this, 'admin.users.session.resetBulk'),
		                /**
		                 * @description Configure the user-level session settings—the session duration and what happens when the client
		                 * closes—for one or more users.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.session.setSettings `admin.users.session.setSettings` API reference}.
		                 */
		                setSettings: bindApiCall(this, 'admin.users.session.setSettings'),
		            },
		            /**
		             * @description Set an existing guest, regular user, or owner to be an admin user.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.setAdmin `admin.users.setAdmin` API reference}.
		             */
		            setAdmin: bindApiCall(this, 'admin.users.setAdmin'),
		            /**
		             * @description Set an expiration for a guest user.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.setExpiration `admin.users.setExpiration` API reference}.
		             */
		            setExpiration: bindApiCall(this, 'admin.users.setExpiration'),
		            /**
		             * @description Set an existing guest, regular user, or admin user to be a workspace owner.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.setOwner `admin.users.setOwner` API reference}.
		             */
		            setOwner: bindApiCall(this, 'admin.users.setOwner'),
		            /**
		             * @description Set an existing guest user, admin user, or owner to be a regular user.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.users.setRegular `admin.users.setRegular` API reference}.
		             */
		            setRegular: bindApiCall(this, 'admin.users.setRegular'),
		            unsupportedVersions: {
		                /**
		                 * @description Ask Slackbot to send you an export listing all workspace members using unsupported software,
		                 * presented as a zipped CSV file.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.users.unsupportedVersions.export `admin.users.unsupportedVersions.export` API reference}.
		                 */
		                export: bindApiCall(this, 'admin.users.unsupportedVersions.export'),
		            },
		        },
		        workflows: {
		            collaborators: {
		                /**
		                 * @description Add collaborators to workflows within the team or enterprise.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.workflows.collaborators.add `admin.workflows.collaborators.add` API reference}.
		                 */
		                add: bindApiCall(this, 'admin.workflows.collaborators.add'),
		                /**
		                 * @description Remove collaborators from workflows within the team or enterprise.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.workflows.collaborators.remove `admin.workflows.collaborators.remove` API reference}.
		                 */
		                remove: bindApiCall(this, 'admin.workflows.collaborators.remove'),
		            },
		            permissions: {
		                /**
		                 * @description Look up the permissions for a set of workflows.
		                 * @see {@link https://docs.slack.dev/reference/methods/admin.workflows.permissions.lookup `admin.workflows.permissions.lookup` API reference}.
		                 */
		                lookup: bindApiCall(this, 'admin.workflows.permissions.lookup'),
		            },
		            /**
		             * @description Search workflows within the team or enterprise.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.workflows.search `admin.workflows.search` API reference}.
		             */
		            search: bindApiCallWithOptionalArgument(this, 'admin.workflows.search'),
		            /**
		             * @description Unpublish workflows within the team or enterprise.
		             * @see {@link https://docs.slack.dev/reference/methods/admin.workflows.unpublish `admin.workflows.unpublish` API reference}.
		             */
		            unpublish: bindApiCall(this, 'admin.workflows.unpublish'),
		        },
		    };
		    agents = {
		        conversations: {
		            /**
		             * @description Archive a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.archive `agents.conversations.archive` API reference}.
		             */
		            archive: bindApiCall(this, 'agents.conversations.archive'),
		            /**
		             * @description Create a dedicated code channel for an agent session.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.create `agents.conversations.create` API reference}.
		             */
		            create: bindApiCall(this, 'agents.conversations.create'),
		            /**
		             * @description Fetch a canvas attached to a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.getCanvas `agents.conversations.getCanvas` API reference}.
		             */
		            getCanvas: bindApiCall(this, 'agents.conversations.getCanvas'),
		            /**
		             * @description List the views currently attached to a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.listViews `agents.conversations.listViews` API reference}.
		             */
		            listViews: bindApiCall(this, 'agents.conversations.listViews'),
		            /**
		             * @description Remove a view from a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.removeView `agents.conversations.removeView` API reference}.
		             */
		            removeView: bindApiCall(this, 'agents.conversations.removeView'),
		            /**
		             * @description Replace the full markdown content of a plan canvas attached to a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.setCanvasContent `agents.conversations.setCanvasContent` API reference}.
		             */
		            setCanvasContent: bindApiCall(this, 'agents.conversations.setCanvasContent'),
		            /**
		             * @description Register the set of agent-defined slash commands for the calling agent in a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.setCommands `agents.conversations.setCommands` API reference}.
		             */
		            setCommands: bindApiCall(this, 'agents.conversations.setCommands'),
		            /**
		             * @description Set properties on a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.setProperties `agents.conversations.setProperties` API reference}.
		             */
		            setProperties: bindApiCall(this, 'agents.conversations.setProperties'),
		            /**
		             * @description Create or update a view in a code channel.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.conversations.setView `agents.conversations.setView` API reference}.
		             */
		            setView: bindApiCall(this, 'agents.conversations.setView'),
		        },
		        sessions: {
		            /**
		             * @description Rename an agent session.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.sessions.rename `agents.sessions.rename` API reference}.
		             */
		            rename: bindApiCall(this, 'agents.sessions.rename'),
		            /**
		             * @description Set an agent session's lifecycle status, creating the session if needed.
		             * @see {@link https://docs.slack.dev/reference/methods/agents.sessions.setStatus `agents.sessions.setStatus` API reference}.
		             */
		            setStatus: bindApiCall(this, 'agents.sessions.setStatus'),
		        },
		    };
		    api = {
		        /**
		         * @description Checks API calling code.
		         * @see {@link https://docs.slack.dev/reference/methods/api.test `api.test` API reference}.
		         */
		        test: bindApiCallWithOptionalArgument(this, 'api.test'),
		    };
		    assistant = {
		        threads: {
		            /**
		             * @description Set loading status to indicate that the app is building a response.
		             * @see {@link https://docs.slack.dev/reference/methods/assistant.threads.setStatus `assistant.threads.setStatus` API reference}.
		             */
		            setStatus: bindApiCall(this, 'assistant.threads.setStatus'),
		            /**
		             * @description Set suggested prompts for the user. Can suggest up to four prompts.
		             * @see {@link https://docs.slack.dev/reference/methods/assistant.threads.setSuggestedPrompts `assistant.threads.setSuggestedPrompts` API reference}.
		             */
		            setSuggestedPrompts: bindApiCall(this, 'assistant.threads.setSuggestedPrompts'),
		            /**
		             * @description Set the title of the thread. This is shown when a user views the app's chat history.
		             * @see {@link https://docs.slack.dev/reference/methods/assistant.threads.setTitle `assistant.threads.setTitle` API reference}.
		             */
		            setTitle: bindApiCall(this, 'assistant.threads.setTitle'),
		        },
		    };
		    apps = {
		        connections: {
		            /**
		             * @description Generate a temporary Socket Mode WebSocket URL that your app can connect to in order to receive
		             * events and interactive payloads over.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.connections.open `apps.connections.open` API reference}.
		             */
		            open: bindApiCallWithOptionalArgument(this, 'apps.connections.open'),
		        },
		        event: {
		            authorizations: {
		                /**
		                 * @description Get a list of authorizations for the given event context.
		                 * Each authorization represents an app installation that the event is visible to.
		                 * @see {@link https://docs.slack.dev/reference/methods/apps.event.authorizations.list `apps.event.authorizations.list` API reference}.
		                 */
		                list: bindApiCall(this, 'apps.event.authorizations.list'),
		            },
		        },
		        manifest: {
		            /**
		             * @description Create an app from an app manifest.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.manifest.create `apps.manifest.create` API reference}.
		             */
		            create: bindApiCall(this, 'apps.manifest.create'),
		            /**
		             * @description Permanently deletes an app created through app manifests.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.manifest.delete `apps.manifest.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'apps.manifest.delete'),
		            /**
		             * @description Export an app manifest from an existing app.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.manifest.export `apps.manifest.export` API reference}.
		             */
		            export: bindApiCall(this, 'apps.manifest.export'),
		            /**
		             * @description Update an app from an app manifest.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.manifest.update `apps.manifest.update` API reference}.
		             */
		            update: bindApiCall(this, 'apps.manifest.update'),
		            /**
		             * @description Validate an app manifest.
		             * @see {@link https://docs.slack.dev/reference/methods/apps.manifest.validate `apps.manifest.validate` API reference}.
		             */
		            validate: bindApiCall(this, 'apps.manifest.validate'),
		        },
		        /**
		         * @description Uninstalls your app from a workspace.
		         * @see {@link https://docs.slack.dev/reference/methods/apps.uninstall `apps.uninstall` API reference}.
		         */
		        uninstall: bindApiCall(this, 'apps.uninstall'),
		        user: {
		            connection: {
		                /**
		                 * @description Updates the connection status between a user and an app.
		                 * @see {@link https://docs.slack.dev/reference/methods/apps.user.connection.update `apps.user.connection.update` API reference}.
		                 */
		                update: bindApiCall(this, 'apps.user.connection.update'),
		            },
		        },
		    };
		    auth = {
		        /**
		         * @description Revokes a token.
		         * @see {@link https://docs.slack.dev/reference/methods/auth.revoke `auth.revoke` API reference}.
		         */
		        revoke: bindApiCallWithOptionalArgument(this, 'auth.revoke'),
		        teams: {
		            /**
		             * @description Obtain a full list of workspaces your org-wide app has been approved for.
		             * @see {@link https://docs.slack.dev/reference/methods/auth.teams.list `auth.teams.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'auth.teams.list'),
		        },
		        test: bindApiCallWithOptionalArgument(this, 'auth.test'),
		    };
		    bookmarks = {
		        /**
		         * @description Add bookmark to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/bookmarks.add `bookmarks.add` API reference}.
		         */
		        add: bindApiCall(this, 'bookmarks.add'),
		        /**
		         * @description Edit bookmark.
		         * @see {@link https://docs.slack.dev/reference/methods/bookmarks.edit `bookmarks.edit` API reference}.
		         */
		        edit: bindApiCall(this, 'bookmarks.edit'),
		        /**
		         * @description List bookmarks for a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/bookmarks.list `bookmarks.list` API reference}.
		         */
		        list: bindApiCall(this, 'bookmarks.list'),
		        /**
		         * @description Remove bookmark from a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/bookmarks.remove `bookmarks.remove` API reference}.
		         */
		        remove: bindApiCall(this, 'bookmarks.remove'),
		    };
		    blocks = {
		        /**
		         * @description Validates blocks, messages, and views Block Kit JSON payloads.
		         * @see {@link https://docs.slack.dev/reference/methods/blocks.validate `blocks.validate` API reference}.
		         */
		        validate: bindApiCallWithOptionalArgument(this, 'blocks.validate'),
		    };
		    bots = {
		        /**
		         * @description Gets information about a bot user.
		         * @see {@link https://docs.slack.dev/reference/methods/bots.info `bots.info` API reference}.
		         */
		        info: bindApiCallWithOptionalArgument(this, 'bots.info'),
		    };
		    calls = {
		        /**
		         * @description Registers a new Call.
		         * @see {@link https://docs.slack.dev/reference/methods/calls.add `calls.add` API reference}.
		         */
		        add: bindApiCall(this, 'calls.add'),
		        /**
		         * @description Ends a Call.
		         * @see {@link https://docs.slack.dev/reference/methods/calls.end `calls.end` API reference}.
		         */
		        end: bindApiCall(this, 'calls.end'),
		        /**
		         * @description Returns information about a Call.
		         * @see {@link https://docs.slack.dev/reference/methods/calls.info `calls.info` API reference}.
		         */
		        info: bindApiCall(this, 'calls.info'),
		        /**
		         * @description Updates information about a Call.
		         * @see {@link https://docs.slack.dev/reference/methods/calls.update `calls.update` API reference}.
		         */
		        update: bindApiCall(this, 'calls.update'),
		        participants: {
		            /**
		             * @description Registers new participants added to a Call.
		             * @see {@link https://docs.slack.dev/reference/methods/calls.participants.add `calls.participants.add` API reference}.
		             */
		            add: bindApiCall(this, 'calls.participants.add'),
		            remove: bindApiCall(this, 'calls.participants.remove'),
		        },
		    };
		    canvases = {
		        access: {
		            /**
		             * @description Remove access to a canvas for specified entities.
		             * @see {@link https://docs.slack.dev/reference/methods/canvases.access.delete `canvases.access.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'canvases.access.delete'),
		            /**
		             * @description Sets the access level to a canvas for specified entities.
		             * @see {@link https://docs.slack.dev/reference/methods/canvases.access.set `canvases.access.set` API reference}.
		             */
		            set: bindApiCall(this, 'canvases.access.set'),
		        },
		        /**
		         * @description Create Canvas for a user.
		         * @see {@link https://docs.slack.dev/reference/methods/canvases.create `canvases.create` API reference}.
		         */
		        create: bindApiCallWithOptionalArgument(this, 'canvases.create'),
		        /**
		         * @description Deletes a canvas.
		         * @see {@link https://docs.slack.dev/reference/methods/canvases.delete `canvases.delete` API reference}.
		         */
		        delete: bindApiCall(this, 'canvases.delete'),
		        /**
		         * @description Update an existing canvas.
		         * @see {@link https://docs.slack.dev/reference/methods/canvases.edit `canvases.edit` API reference}.
		         */
		        edit: bindApiCall(this, 'canvases.edit'),
		        sections: {
		            /**
		             * @description Find sections matching the provided criteria.
		             * @see {@link https://docs.slack.dev/reference/methods/canvases.sections.lookup `canvases.sections.lookup` API reference}.
		             */
		            lookup: bindApiCall(this, 'canvases.sections.lookup'),
		        },
		    };
		    chat = {
		        /**
		         * @description Appends text to an existing streaming conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.appendStream `chat.appendStream` API reference}.
		         */
		        appendStream: bindApiCall(this, 'chat.appendStream'),
		        /**
		         * @description Deletes a message.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.delete `chat.delete` API reference}.
		         */
		        delete: bindApiCall(this, 'chat.delete'),
		        /**
		         * @description Deletes a pending scheduled message from the queue.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.deleteScheduledMessage `chat.deleteScheduledMessage` API reference}.
		         */
		        deleteScheduledMessage: bindApiCall(this, 'chat.deleteScheduledMessage'),
		        /**
		         * @description Retrieve a permalink URL for a specific extant message.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.getPermalink `chat.getPermalink` API reference}.
		         */
		        getPermalink: bindApiCall(this, 'chat.getPermalink'),
		        /**
		         * @description Share a me message into a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.meMessage `chat.meMessage` API reference}.
		         */
		        meMessage: bindApiCall(this, 'chat.meMessage'),
		        /**
		         * @description Sends an ephemeral message to a user in a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.postEphemeral `chat.postEphemeral` API reference}.
		         */
		        postEphemeral: bindApiCall(this, 'chat.postEphemeral'),
		        /**
		         * @description Sends a message to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.postMessage `chat.postMessage` API reference}.
		         */
		        postMessage: bindApiCall(this, 'chat.postMessage'),
		        /**
		         * @description Schedules a message to be sent to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.scheduleMessage `chat.scheduleMessage` API reference}.
		         */
		        scheduleMessage: bindApiCall(this, 'chat.scheduleMessage'),
		        scheduledMessages: {
		            /**
		             * @description Returns a list of scheduled messages.
		             * @see {@link https://docs.slack.dev/reference/methods/chat.scheduledMessages.list `chat.scheduledMessages.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'chat.scheduledMessages.list'),
		        },
		        /**
		         * @description Starts a new streaming conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.startStream `chat.startStream` API reference}.
		         */
		        startStream: bindApiCall(this, 'chat.startStream'),
		        /**
		         * @description Stops a streaming conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.stopStream `chat.stopStream` API reference}.
		         */
		        stopStream: bindApiCall(this, 'chat.stopStream'),
		        /**
		         * @description Provide custom unfurl behavior for user-posted URLs.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.unfurl `chat.unfurl` API reference}.
		         */
		        unfurl: bindApiCall(this, 'chat.unfurl'),
		        /**
		         * @description Updates a message.
		         * @see {@link https://docs.slack.dev/reference/methods/chat.update `chat.update` API reference}.
		         */
		        update: bindApiCall(this, 'chat.update'),
		    };
		    conversations = {
		        /**
		         * @description Accepts an invitation to a Slack Connect channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.acceptSharedInvite `conversations.acceptSharedInvite` API reference}.
		         */
		        acceptSharedInvite: bindApiCall(this, 'conversations.acceptSharedInvite'),
		        /**
		         * @description Approves an invitation to a Slack Connect channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.approveSharedInvite `conversations.approveSharedInvite` API reference}.
		         */
		        approveSharedInvite: bindApiCall(this, 'conversations.approveSharedInvite'),
		        /**
		         * @description Archives a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.archive `conversations.archive` API reference}.
		         */
		        archive: bindApiCall(this, 'conversations.archive'),
		        canvases: {
		            /**
		             * @description Create a Channel Canvas for a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/conversations.canvases.create `conversations.canvases.create` API reference}.
		             */
		            create: bindApiCall(this, 'conversations.canvases.create'),
		        },
		        /**
		         * @description Closes a direct message or multi-person direct message.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.close `conversations.close` API reference}.
		         */
		        close: bindApiCall(this, 'conversations.close'),
		        /**
		         * @description Initiates a public or private channel-based conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.create `conversations.create` API reference}.
		         */
		        create: bindApiCall(this, 'conversations.create'),
		        /**
		         * @description Declines an invitation to a Slack Connect channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.declineSharedInvite `conversations.declineSharedInvite` API reference}.
		         */
		        declineSharedInvite: bindApiCall(this, 'conversations.declineSharedInvite'),
		        externalInvitePermissions: {
		            /**
		             * @description Convert a team in a shared channel from an External Limited channel to a fully shared Slack
		             * Connect channel or vice versa.
		             * @see {@link https://docs.slack.dev/reference/methods/conversations.externalInvitePermissions.set `conversations.externalInvitePermissions.set` API reference}.
		             */
		            set: bindApiCall(this, 'conversations.externalInvitePermissions.set'),
		        },
		        /**
		         * @description Fetches a conversation's history of messages and events.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.history `conversations.history` API reference}.
		         */
		        history: bindApiCall(this, 'conversations.history'),
		        /**
		         * @description Retrieve information about a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.info `conversations.info` API reference}.
		         */
		        info: bindApiCall(this, 'conversations.info'),
		        /**
		         * @description Invites users to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.invite `conversations.invite` API reference}.
		         */
		        invite: bindApiCall(this, 'conversations.invite'),
		        /**
		         * @description Sends an invitation to a Slack Connect channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.inviteShared `conversations.inviteShared` API reference}.
		         */
		        inviteShared: bindApiCall(this, 'conversations.inviteShared'),
		        /**
		         * @description Joins an existing conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.join `conversations.join` API reference}.
		         */
		        join: bindApiCall(this, 'conversations.join'),
		        /**
		         * @description Removes a user from a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.kick `conversations.kick` API reference}.
		         */
		        kick: bindApiCall(this, 'conversations.kick'),
		        /**
		         * @description Leaves a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.leave `conversations.leave` API reference}.
		         */
		        leave: bindApiCall(this, 'conversations.leave'),
		        /**
		         * @description List all channels in a Slack team.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.list `conversations.list` API reference}.
		         */
		        list: bindApiCallWithOptionalArgument(this, 'conversations.list'),
		        /**
		         * @description Lists shared channel invites that have been generated or received but have not been approved by
		         * all parties.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.listConnectInvites `conversations.listConnectInvites` API reference}.
		         */
		        listConnectInvites: bindApiCallWithOptionalArgument(this, 'conversations.listConnectInvites'),
		        /**
		         * @description Sets the read cursor in a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.mark `conversations.mark` API reference}.
		         */
		        mark: bindApiCall(this, 'conversations.mark'),
		        /**
		         * @description Retrieve members of a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.members `conversations.members` API reference}.
		         */
		        members: bindApiCall(this, 'conversations.members'),
		        /**
		         * @description Opens or resumes a direct message or multi-person direct message.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.open `conversations.open` API reference}.
		         */
		        open: bindApiCall(this, 'conversations.open'),
		        /**
		         * @description Renames a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.rename `conversations.rename` API reference}.
		         */
		        rename: bindApiCall(this, 'conversations.rename'),
		        /**
		         * @description Retrieve a thread of messages posted to a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.replies `conversations.replies` API reference}.
		         */
		        replies: bindApiCall(this, 'conversations.replies'),
		        requestSharedInvite: {
		            /**
		             * @description Approves a request to add an external user to a channel and sends them a Slack Connect invite.
		             * @see {@link https://docs.slack.dev/reference/methods/conversations.requestSharedInvite.approve `conversations.requestSharedInvite.approve` API reference}.
		             */
		            approve: bindApiCall(this, 'conversations.requestSharedInvite.approve'),
		            /**
		             * @description Denies a request to invite an external user to a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/conversations.requestSharedInvite.deny `conversations.requestSharedInvite.deny` API reference}.
		             */
		            deny: bindApiCall(this, 'conversations.requestSharedInvite.deny'),
		            /**
		             * @description Lists requests to add external users to channels with ability to filter.
		             * @see {@link https://docs.slack.dev/reference/methods/conversations.requestSharedInvite.list `conversations.requestSharedInvite.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'conversations.requestSharedInvite.list'),
		        },
		        /**
		         * @description Sets the purpose for a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.setPurpose `conversations.setPurpose` API reference}.
		         */
		        setPurpose: bindApiCall(this, 'conversations.setPurpose'),
		        /**
		         * @description Sets the topic for a conversation.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.setTopic `conversations.setTopic` API reference}.
		         */
		        setTopic: bindApiCall(this, 'conversations.setTopic'),
		        /**
		         * @description Reverses conversation archival.
		         * @see {@link https://docs.slack.dev/reference/methods/conversations.unarchive `conversations.unarchive` API reference}.
		         */
		        unarchive: bindApiCall(this, 'conversations.unarchive'),
		    };
		    dialog = {
		        /**
		         * @description Open a dialog with a user.
		         * @see {@link https://docs.slack.dev/reference/methods/dialog.open `dialog.open` API reference}.
		         */
		        open: bindApiCall(this, 'dialog.open'),
		    };
		    dnd = {
		        /**
		         * @description Ends the current user's Do Not Disturb session immediately.
		         * @see {@link https://docs.slack.dev/reference/methods/dnd.endDnd `dnd.endDnd` API reference}.
		         */
		        endDnd: bindApiCallWithOptionalArgument(this, 'dnd.endDnd'),
		        /**
		         * @description Ends the current user's snooze mode immediately.
		         * @see {@link https://docs.slack.dev/reference/methods/dnd.endSnooze `dnd.endSnooze` API reference}.
		         */
		        endSnooze: bindApiCallWithOptionalArgument(this, 'dnd.endSnooze'),
		        /**
		         * @description Retrieves a user's current Do Not Disturb status.
		         * @see {@link https://docs.slack.dev/reference/methods/dnd.info `dnd.info` API reference}.
		         */
		        info: bindApiCallWithOptionalArgument(this, 'dnd.info'),
		        /**
		         * @description Turns on Do Not Disturb mode for the current user, or changes its duration.
		         * @see {@link https://docs.slack.dev/reference/methods/dnd.setSnooze `dnd.setSnooze` API reference}.
		         */
		        setSnooze: bindApiCall(this, 'dnd.setSnooze'),
		        /**
		         * @description Retrieves the Do Not Disturb status for up to 50 users on a team.
		         * @see {@link https://docs.slack.dev/reference/methods/dnd.teamInfo `dnd.teamInfo` API reference}.
		         */
		        teamInfo: bindApiCall(this, 'dnd.teamInfo'),
		    };
		    emoji = {
		        /**
		         * @description Lists custom emoji for a team.
		         * @see {@link https://docs.slack.dev/reference/methods/emoji.list `emoji.list` API reference}.
		         */
		        list: bindApiCallWithOptionalArgument(this, 'emoji.list'),
		    };
		    entity = {
		        /**
		         * @description Provide information about the entity to be displayed in the flexpane.
		         * @see {@link https://docs.slack.dev/reference/methods/entity.presentDetails}
		         */
		        presentDetails: bindApiCall(this, 'entity.presentDetails'),
		    };
		    files = {
		        /**
		         * @description Finishes an upload started with {@link https://docs.slack.dev/reference/methods/files.getUploadURLExternal `files.getUploadURLExternal`}.
		         * @see {@link https://docs.slack.dev/reference/methods/files.completeUploadExternal `files.completeUploadExternal` API reference}.
		         */
		        completeUploadExternal: bindApiCall(this, 'files.completeUploadExternal'),
		        /**
		         * @description Deletes a file.
		         * @see {@link https://docs.slack.dev/reference/methods/files.delete `files.delete` API reference}.
		         */
		        delete: bindApiCall(this, 'files.delete'),
		        /**
		         * @description Gets a URL for an edge external file upload.
		         * @see {@link https://docs.slack.dev/reference/methods/files.getUploadURLExternal `files.getUploadURLExternal` API reference}.
		         */
		        getUploadURLExternal: bindApiCall(this, 'files.getUploadURLExternal'),
		        /**
		         * @description Gets information about a file.
		         * @see {@link https://docs.slack.dev/reference/methods/files.info `files.info` API reference}.
		         */
		        info: bindApiCall(this, 'files.info'),
		        /**
		         * @description List files for a team, in a channel, or from a user with applied filters.
		         * @see {@link https://docs.slack.dev/reference/methods/files.list `files.list` API reference}.
		         */
		        list: bindApiCall(this, 'files.list'),
		        /**
		         * @description Revokes public/external sharing access for a file.
		         * @see {@link https://docs.slack.dev/reference/methods/files.revokePublicURL `files.revokePublicURL` API reference}.
		         */
		        revokePublicURL: bindApiCall(this, 'files.revokePublicURL'),
		        /**
		         * @description Enables a file for public/external sharing.
		         * @see {@link https://docs.slack.dev/reference/methods/files.sharedPublicURL `files.sharedPublicURL` API reference}.
		         */
		        sharedPublicURL: bindApiCall(this, 'files.sharedPublicURL'),
		        /**
		         * @description Custom method to support a new way of uploading files to Slack.
		         * Supports a single file upload
		         * Supply:
		         * - (required) single file or content
		         * - (optional) channel, alt_text, snippet_type,
		         * Supports multiple file uploads
		         * Supply:
		         * - multiple upload_files
		         * Will try to honor both single file or content data supplied as well
		         * as multiple file uploads property.
		         * @see {@link https://docs.slack.dev/tools/node-slack-sdk/web-api/#upload-a-file `@slack/web-api` Upload a file documentation}.
		         */
		        uploadV2: bindFilesUploadV2(this),
		        comments: {
		            /**
		             * @description Deletes an existing comment on a file.
		             * @see {@link https://docs.slack.dev/reference/methods/files.comments.delete `files.comments.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'files.comments.delete'),
		        },
		        remote: {
		            /**
		             * @description Adds a file from a remote service.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.add `files.remote.add` API reference}.
		             */
		            add: bindApiCall(this, 'files.remote.add'),
		            /**
		             * @description Retrieve information about a remote file added to Slack.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.info `files.remote.info` API reference}.
		             */
		            info: bindApiCall(this, 'files.remote.info'),
		            /**
		             * @description List remote files added to Slack.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.list `files.remote.list` API reference}.
		             */
		            list: bindApiCall(this, 'files.remote.list'),
		            /**
		             * @description Remove a remote file.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.remove `files.remote.remove` API reference}.
		             */
		            remove: bindApiCall(this, 'files.remote.remove'),
		            /**
		             * @description Share a remote file into a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.share `files.remote.share` API reference}.
		             */
		            share: bindApiCall(this, 'files.remote.share'),
		            /**
		             * @description Updates an existing remote file.
		             * @see {@link https://docs.slack.dev/reference/methods/files.remote.update `files.remote.update` API reference}.
		             */
		            update: bindApiCall(this, 'files.remote.update'),
		        },
		    };
		    functions = {
		        /**
		         * @description Signal the failure to execute a Custom Function.
		         * @see {@link https://docs.slack.dev/reference/methods/functions.completeError `functions.completeError` API reference}.
		         */
		        completeError: bindApiCall(this, 'functions.completeError'),
		        /**
		         * @description Signal the successful completion of a Custom Function.
		         * @see {@link https://docs.slack.dev/reference/methods/functions.completeSuccess `functions.completeSuccess` API reference}.
		         */
		        completeSuccess: bindApiCall(this, 'functions.completeSuccess'),
		    };
		    migration = {
		        /**
		         * @description For Enterprise Grid workspaces, map local user IDs to global user IDs.
		         * @see {@link https://docs.slack.dev/reference/methods/migration.exchange `migration.exchange` API reference}.
		         */
		        exchange: bindApiCall(this, 'migration.exchange'),
		    };
		    oauth = {
		        /**
		         * @description Exchanges a temporary OAuth verifier code for an access token.
		         * @deprecated This is a legacy method only used by classic Slack apps. Use `oauth.v2.access` for new Slack apps.
		         * @see {@link https://docs.slack.dev/reference/methods/oauth.access `oauth.access` API reference}.
		         */
		        access: bindApiCall(this, 'oauth.access'),
		        v2: {
		            /**
		             * @description Exchanges a temporary OAuth verifier code for an access token.
		             * @see {@link https://docs.slack.dev/reference/methods/oauth.v2.access `oauth.v2.access` API reference}.
		             */
		            access: bindApiCall(this, 'oauth.v2.access'),
		            /**
		             * @description Exchanges a legacy access token for a new expiring access token and refresh token.
		             * @see {@link https://docs.slack.dev/reference/methods/oauth.v2.exchange `oauth.v2.exchange` API reference}.
		             */
		            exchange: bindApiCall(this, 'oauth.v2.exchange'),
		        },
		    };
		    openid = {
		        connect: {
		            /**
		             * @description Exchanges a temporary OAuth verifier code for an access token for {@link https://docs.slack.dev/authentication/sign-in-with-slack Sign in with Slack}.
		             * @see {@link https://docs.slack.dev/reference/methods/openid.connect.token `openid.connect.token` API reference}.
		             */
		            token: bindApiCall(this, 'openid.connect.token'),
		            /**
		             * @description Get the identity of a user who has authorized {@link https://docs.slack.dev/authentication/sign-in-with-slack Sign in with Slack}.
		             * @see {@link https://docs.slack.dev/reference/methods/openid.connect.userInfo `openid.connect.userInfo` API reference}.
		             */
		            userInfo: bindApiCallWithOptionalArgument(this, 'openid.connect.userInfo'),
		        },
		    };
		    pins = {
		        /**
		         * @description Pins an item to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/pins.add `pins.add` API reference}.
		         */
		        add: bindApiCall(this, 'pins.add'),
		        /**
		         * @description Lists items pinned to a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/pins.list `pins.list` API reference}.
		         */
		        list: bindApiCall(this, 'pins.list'),
		        /**
		         * @description Un-pins an item from a channel.
		         * @see {@link https://docs.slack.dev/reference/methods/pins.remove `pins.remove` API reference}.
		         */
		        remove: bindApiCall(this, 'pins.remove'),
		    };
		    reactions = {
		        /**
		         * @description Adds a reaction to an item.
		         * @see {@link https://docs.slack.dev/reference/methods/reactions.add `reactions.add` API reference}.
		         */
		        add: bindApiCall(this, 'reactions.add'),
		        /**
		         * @description Gets reactions for an item.
		         * @see {@link https://docs.slack.dev/reference/methods/reactions.get `reactions.get` API reference}.
		         */
		        get: bindApiCall(this, 'reactions.get'),
		        /**
		         * @description List reactions made by a user.
		         * @see {@link https://docs.slack.dev/reference/methods/reactions.list `reactions.list` API reference}.
		         */
		        list: bindApiCallWithOptionalArgument(this, 'reactions.list'),
		        /**
		         * @description Removes a reaction from an item.
		         * @see {@link https://docs.slack.dev/reference/methods/reactions.remove `reactions.remove` API reference}.
		         */
		        remove: bindApiCall(this, 'reactions.remove'),
		    };
		    // TODO: keep tabs on reminders APIs, may be deprecated once Later list APIs land
		    // See: https://docs.slack.dev/changelog/2023-07-its-later-already-for-stars-and-reminders
		    reminders = {
		        /**
		         * @description Creates a reminder.
		         * @see {@link https://docs.slack.dev/reference/methods/reminders.add `reminders.add` API reference}.
		         */
		        add: bindApiCall(this, 'reminders.add'),
		        /**
		         * @description Marks a reminder as complete.
		         * @see {@link https://docs.slack.dev/reference/methods/reminders.complete `reminders.complete` API reference}.
		         */
		        complete: bindApiCall(this, 'reminders.complete'),
		        /**
		         * @description Deletes a reminder.
		         * @see {@link https://docs.slack.dev/reference/methods/reminders.delete `reminders.delete` API reference}.
		         */
		        delete: bindApiCall(this, 'reminders.delete'),
		        /**
		         * @description Gets information about a reminder.
		         * @see {@link https://docs.slack.dev/reference/methods/reminders.info `reminders.info` API reference}.
		         */
		        info: bindApiCall(this, 'reminders.info'),
		        /**
		         * @description Lists all reminders created by or for a given user.
		         * @see {@link https://docs.slack.dev/reference/methods/reminders.list `reminders.list` API reference}.
		         */
		        list: bindApiCallWithOptionalArgument(this, 'reminders.list'),
		    };
		    rtm = {
		        /**
		         * @description Starts a Real Time Messaging session.
		         * @see {@link https://docs.slack.dev/reference/methods/rtm.connect `rtm.connect` API reference}.
		         */
		        connect: bindApiCallWithOptionalArgument(this, 'rtm.connect'),
		    };
		    search = {
		        /**
		         * @description Searches for messages and files matching a query.
		         * @see {@link https://docs.slack.dev/reference/methods/search.all search.all` API reference}.
		         */
		        all: bindApiCall(this, 'search.all'),
		        /**
		         * @description Searches for files matching a query.
		         * @see {@link https://docs.slack.dev/reference/methods/search.files search.files` API reference}.
		         */
		        files: bindApiCall(this, 'search.files'),
		        /**
		         * @description Searches for messages matching a query.
		         * @see {@link https://docs.slack.dev/reference/methods/search.messages search.messages` API reference}.
		         */
		        messages: bindApiCall(this, 'search.messages'),
		    };
		    slackLists = {
		        access: {
		            /**
		             * @description Delete access for specified entities.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.access.delete `slackLists.access.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'slackLists.access.delete'),
		            /**
		             * @description Set access level for specified entities.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.access.set `slackLists.access.set` API reference}.
		             */
		            set: bindApiCall(this, 'slackLists.access.set'),
		        },
		        /**
		         * @description Create a List.
		         * @see {@link https://docs.slack.dev/reference/methods/slackLists.create `slackLists.create` API reference}.
		         */
		        create: bindApiCall(this, 'slackLists.create'),
		        download: {
		            /**
		             * @description Get download job status.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.download.get `slackLists.download.get` API reference}.
		             */
		            get: bindApiCall(this, 'slackLists.download.get'),
		            /**
		             * @description Start a download job for a list.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.download.start `slackLists.download.start` API reference}.
		             */
		            start: bindApiCall(this, 'slackLists.download.start'),
		        },
		        items: {
		            /**
		             * @description Create a list item.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.create `slackLists.items.create` API reference}.
		             */
		            create: bindApiCall(this, 'slackLists.items.create'),
		            /**
		             * @description Delete a list item.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.delete `slackLists.items.delete` API reference}.
		             */
		            delete: bindApiCall(this, 'slackLists.items.delete'),
		            /**
		             * @description Delete multiple list items.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.deleteMultiple `slackLists.items.deleteMultiple` API reference}.
		             */
		            deleteMultiple: bindApiCall(this, 'slackLists.items.deleteMultiple'),
		            /**
		             * @description Get info about a list item.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.info `slackLists.items.info` API reference}.
		             */
		            info: bindApiCall(this, 'slackLists.items.info'),
		            /**
		             * @description Get records from a List.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.list `slackLists.items.list` API reference}.
		             */
		            list: bindApiCall(this, 'slackLists.items.list'),
		            /**
		             * @description Update a list item.
		             * @see {@link https://docs.slack.dev/reference/methods/slackLists.items.update `slackLists.items.update` API reference}.
		             */
		            update: bindApiCall(this, 'slackLists.items.update'),
		        },
		        /**
		         * @description Update a list.
		         * @see {@link https://docs.slack.dev/reference/methods/slackLists.update `slackLists.update` API reference}.
		         */
		        update: bindApiCall(this, 'slackLists.update'),
		    };
		    team = {
		        /**
		         * @description Gets the access logs for the current team.
		         * @see {@link https://docs.slack.dev/reference/methods/team.accessLogs `team.accessLogs` API reference}.
		         */
		        accessLogs: bindApiCallWithOptionalArgument(this, 'team.accessLogs'),
		        /**
		         * @description Gets billable users information for the current team.
		         * @see {@link https://docs.slack.dev/reference/methods/team.billableInfo `team.billableInfo` API reference}.
		         */
		        billableInfo: bindApiCallWithOptionalArgument(this, 'team.billableInfo'),
		        billing: {
		            /**
		             * @description Reads a workspace's billing plan information.
		             * @see {@link https://docs.slack.dev/reference/methods/team.billing.info `team.billing.info` API reference}.
		             */
		            info: bindApiCall(this, 'team.billing.info'),
		        },
		        externalTeams: {
		            /**
		             * @description Disconnect an external organization.
		             * @see {@link https://docs.slack.dev/reference/methods/team.externalTeams.disconnect `team.externalTeams.disconnect` API reference}.
		             */
		            disconnect: bindApiCall(this, 'team.externalTeams.disconnect'),
		            /**
		             * @description Returns a list of all the external teams connected and details about the connection.
		             * @see {@link https://docs.slack.dev/reference/methods/team.externalTeams.list `team.externalTeams.list` API reference}.
		             */
		            list: bindApiCall(this, 'team.externalTeams.list'),
		        },
		        /**
		         * @description Gets information about the current team.
		         * @see {@link https://docs.slack.dev/reference/methods/team.info `team.info` API reference}.
		         */
		        info: bindApiCallWithOptionalArgument(this, 'team.info'),
		        /**
		         * @description Gets the integration logs for the current team.
		         * @see {@link https://docs.slack.dev/reference/methods/team.integrationLogs `team.integrationLogs` API reference}.
		         */
		        integrationLogs: bindApiCallWithOptionalArgument(this, 'team.integrationLogs'),
		        preferences: {
		            /**
		             * @description Retrieve a list of a workspace's team preferences.
		             * @see {@link https://docs.slack.dev/reference/methods/team.preferences.list `team.preferences.list` API reference}.
		             */
		            list: bindApiCallWithOptionalArgument(this, 'team.preferences.list'),
		        },
		        profile: {
		            /**
		             * @description Retrieve a team's profile.
		             * @see {@link https://docs.slack.dev/reference/methods/team.profile.get `team.profile.get` API reference}.
		             */
		            get: bindApiCallWithOptionalArgument(this, 'team.profile.get'),
		        },
		    };
		    tooling = {
		        tokens: {
		            /**
		             * @description Exchanges a refresh token for a new app configuration token.
		             * @see {@link https://docs.slack.dev/reference/methods/tooling.tokens.rotate `tooling.tokens.rotate` API reference}.
		             */
		            rotate: bindApiCall(this, 'tooling.tokens.rotate'),
		        },
		    };
		    usergroups = {
		        /**
		         * @description Create a User Group.
		         * @see {@link https://docs.slack.dev/reference/methods/usergroups.create `usergroups.create` API reference}.
		         */
		        create: bindApiCall(this, 'usergroups.create'),
		        /**
		         * @description Disable an existing User Group.
		         * @see {@link https://docs.slack.dev/reference/methods/usergroups.disable `usergroups.disable` API reference}.
		         */
		        disable: bindApiCall(this, 'usergroups.disable'),
		        /**
		         * @description Enable an existing User Group.
		         * @see {@link https://docs.slack.dev/reference/methods/usergroups.enable `usergroups.enable` API reference}.
		         */
		        enable: bindApiCall(this, 'usergroups.enable'),
		        /**
		         * @description List all User Groups for a team.
		         * @see {@link https://docs.slack.dev/reference/methods/usergroups.list `usergroups.list` API reference}.
		         */
		        list: bindApiCallWithOptionalArgument(this, 'usergroups.list'),
		        /**
		         * @description Update an existing User Group.
		         * @see {@link https://docs.slack.dev/reference/methods/usergroups.update `usergroups.update` API reference}.
		         */
		        update: bindApiCall(this, 'usergroups.update'),
		        users: {
		            /**
		             * @description List all users in a User Group.
		             * @see {@link https://docs.slack.dev/reference/methods/usergroups.users.list `usergroups.users.list` API reference}.
		             */
		            list: bindApiCall(this, 'usergroups.users.list'),
		            /**
		             * @description Update the list of users in a User Group.
		             * @see {@link https://docs.slack.dev/reference/methods/usergroups.users.update `usergroups.users.update` API reference}.
		             */
		            update: bindApiCall(this, 'usergroups.users.update'),
		        },
		    };
		    users = {
		        /**
		         * @description List conversations the calling user may access.
		         * @see {@link https://docs.slack.dev/reference/methods/users.conversations `users.conversations` API reference}.
		         */
		        conversations: bindApiCall(this, 'users.conversations'),
		        /**
		         * @description Delete the user profile photo.
		         * @see {@link https://docs.slack.dev/reference/methods/users.deletePhoto `users.deletePhoto` API reference}.
		         */
		        deletePhoto: bindApiCall(this, 'users.deletePhoto'),
		        discoverableContacts: {
		            /**
		             * @description Lookup an email address to see if someone is on Slack.
		             * @see {@link https://docs.slack.dev/reference/methods/users.discoverableContacts.lookup `users.discoverableContacts.lookup` API reference}.
		             */
		            lookup: bindApiCall(this, 'users.discoverableContacts.lookup'),
		        },
		        /**
		         * @description Gets user presence information.
		         * @see {@link https://docs.slack.dev/reference/methods/users.getPresence `users.getPresence` API reference}.
		         */
		        getPresence: bindApiCall(this, 'users.getPresence'),
		        /**
		         * @description Get a user's identity.
		         * @see {@link https://docs.slack.dev/reference/methods/users.identity `users.identity` API reference}.
		         */
		        identity: bindApiCall(this, 'users.identity'),
		        /**
		         * @description Gets information about a user.
		         * @see {@link https://docs.slack.dev/reference/methods/users.info `users.info` API reference}.
		         */
		        info: bindApiCall(this, 'users.info'),
		        /**
		         * @description Lists all users in a Slack team.
		         * @see {@link https://docs.slack.dev/reference/methods/users.list `users.list` API reference}.
		         */
		        list: bindApiCall(this, 'users.list'),
		        /**
		         * @description Find a user with an email address.
		         * @see {@link https://docs.slack.dev/reference/methods/users.lookupByEmail `users.lookupByEmail` API reference}.
		         */
		        lookupByEmail: bindApiCall(this, 'users.lookupByEmail'),
		        /**
		         * @description Set the user profile photo.
		         * @see {@link https://docs.slack.dev/reference/methods/users.setPhoto `users.setPhoto` API reference}.
		         */
		        setPhoto: bindApiCall(this, 'users.setPhoto'),
		        /**
		         * @description Manually sets user presence.
		         * @see {@link https://docs.slack.dev/reference/methods/users.setPresence `users.setPresence` API reference}.
		         */
		        setPresence: bindApiCall(this, 'users.setPresence'),
		        profile: {
		            /**
		             * @description Retrieve a user's profile information, including their custom status.
		             * @see {@link https://docs.slack.dev/reference/methods/users.profile.get `users.profile.get` API reference}.
		             */
		            get: bindApiCall(this, 'users.profile.get'),
		            /**
		             * @description Set a user's profile information, including custom status.
		             * @see {@link https://docs.slack.dev/reference/methods/users.profile.set `users.profile.set` API reference}.
		             */
		            set: bindApiCall(this, 'users.profile.set'),
		        },
		    };
		    views = {
		        /**
		         * @description Open a view for a user.
		         * @see {@link https://docs.slack.dev/reference/methods/views.open `views.open` API reference}.
		         */
		        open: bindApiCall(this, 'views.open'),
		        /**
		         * @description Publish a static view for a user.
		         * @see {@link https://docs.slack.dev/reference/methods/views.publish `views.publish` API reference}.
		         */
		        publish: bindApiCall(this, 'views.publish'),
		        /**
		         * @description Push a view onto the stack of a root view.
		         * @see {@link https://docs.slack.dev/reference/methods/views.push `views.push` API reference}.
		         */
		        push: bindApiCall(this, 'views.push'),
		        /**
		         * @description Update an existing view.
		         * @see {@link https://docs.slack.dev/reference/methods/views.update `views.update` API reference}.
		         */
		        update: bindApiCall(this, 'views.update'),
		    };
		    // ------------------
		    // Deprecated methods
		    // ------------------
		    // TODO: breaking changes for future majors:
		    // - stars.* methods are marked as deprecated; once Later has APIs, these will see an official sunsetting timeline
		    stars = {
		        /**
		         * @description Save an item for later. Formerly known as adding a star.
		         * @deprecated Stars can still be added but they can no longer be viewed or interacted with by end-users.
		         * See {@link https://docs.slack.dev/changelog/2023-07-its-later-already-for-stars-and-reminders our post on stars and the Later list}.
		         * @see {@link https://docs.slack.dev/reference/methods/stars.add `stars.add` API reference}.
		         */
		        add: bindApiCall(this, 'stars.add'),
		        /**
		         * @description List a user's saved items, formerly known as stars.
		         * @deprecated Stars can still be listed but they can no longer be viewed or interacted with by end-users.
		         * See {@link https://docs.slack.dev/changelog/2023-07-its-later-already-for-stars-and-reminders our post on stars and the Later list}.
		         * @see {@link https://docs.slack.dev/reference/methods/stars.list `stars.list` API reference}.
		         */
		        list: bindApiCall(this, 'stars.list'),
		        /**
		         * @description Remove a saved item from a user's saved items, formerly known as stars.
		         * @deprecated Stars can still be removed but they can no longer be viewed or interacted with by end-users.
		         * See {@link https://docs.slack.dev/changelog/2023-07-its-later-already-for-stars-and-reminders our post on stars and the Later list}.
		         * @see {@link https://docs.slack.dev/reference/methods/stars.remove `stars.remove` API reference}.
		         */
		        remove: bindApiCall(this, 'stars.remove'),
		    };
		    workflows = {
		        featured: {
		            /**
		             * @description Add featured workflows to a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/workflows.featured.add `workflows.featured.add` API reference}.
		             */
		            add: bindApiCall(this, 'workflows.featured.add'),
		            /**
		             * @description List the featured workflows for specified channels.
		             * @see {@link https://docs.slack.dev/reference/methods/workflows.featured.list `workflows.featured.list` API reference}.
		             */
		            list: bindApiCall(this, 'workflows.featured.list'),
		            /**
		             * @description Remove featured workflows from a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/workflows.featured.remove `workflows.featured.remove` API reference}.
		             */
		            remove: bindApiCall(this, 'workflows.featured.remove'),
		            /**
		             * @description Set featured workflows for a channel.
		             * @see {@link https://docs.slack.dev/reference/methods/workflows.featured.set `workflows.featured.set` API reference}.
		             */
		            set: bindApiCall(this, 'workflows.featured.set'),
		        },
		    };
		}
		exports.Methods = Methods;
		__exportStar(requireDist$1(), exports);
		
	} (methods));
	return methods;
}

var hasRequiredWebClient;

function requireWebClient () {
	if (hasRequiredWebClient) return WebClient;
	hasRequiredWebClient = 1;
	var __createBinding = (WebClient && WebClient.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
	var __setModuleDefault = (WebClient && WebClient.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (WebClient && WebClient.__importStar) || (function () {
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
	var __importDefault = (WebClient && WebClient.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(WebClient, "__esModule", { value: true });
	WebClient.WebClient = WebClient.WebClientEvent = void 0;
	WebClient.buildThreadTsWarningMessage = buildThreadTsWarningMessage;
	const node_path_1 = require$$2$2;
	const node_querystring_1 = require$$1$1;
	const node_util_1 = require$$0;
	const node_zlib_1 = __importDefault(require$$3$1);
	const p_queue_1 = __importDefault(requireDist$2());
	const p_retry_1 = __importStar(requirePRetry());
	const chat_stream_1 = requireChatStream();
	const errors_1 = requireErrors();
	const file_upload_1 = requireFileUpload();
	const helpers_1 = __importDefault(requireHelpers());
	const instrument_1 = requireInstrument();
	const logger_1 = requireLogger();
	const methods_1 = requireMethods();
	const retry_policies_1 = requireRetryPolicies();
	/*
	 * Helpers
	 */
	const defaultFilename = 'Untitled';
	const defaultPageSize = 200;
	const noopPageReducer = () => undefined;
	var WebClientEvent;
	(function (WebClientEvent) {
	    // TODO: safe to rename this to conform to PascalCase enum type naming convention?
	    WebClientEvent["RATE_LIMITED"] = "rate_limited";
	})(WebClientEvent || (WebClient.WebClientEvent = WebClientEvent = {}));
	/**
	 * A client for Slack's Web API
	 *
	 * This client provides an alias for each {@link https://docs.slack.dev/reference/methods|Web API method}. Each method is
	 * a convenience wrapper for calling the {@link WebClient#apiCall} method using the method name as the first parameter.
	 */
	let WebClient$1 = class WebClient extends methods_1.Methods {
	    /**
	     * The base URL for reaching Slack's Web API. Consider changing this value for testing purposes.
	     */
	    slackApiUrl;
	    /**
	     * Authentication and authorization token for accessing Slack Web API (usually begins with `xoxp` or `xoxb`)
	     */
	    token;
	    /**
	     * Configuration for retry operations. See {@link https://github.com/tim-kos/node-retry|node-retry} for more details.
	     */
	    retryConfig;
	    /**
	     * Queue of requests in which a maximum of {@link WebClientOptions.maxRequestConcurrency} can concurrently be
	     * in-flight.
	     */
	    requestQueue;
	    /**
	     * The fetch function used for HTTP requests
	     */
	    fetchFn;
	    /**
	     * Request timeout in milliseconds
	     */
	    timeout;
	    /**
	     * Default headers sent with every request
	     */
	    defaultHeaders;
	    /**
	     * Preference for immediately rejecting API calls which result in a rate-limited response
	     */
	    rejectRateLimitedCalls;
	    /**
	     * The name used to prefix all logging generated from this object
	     */
	    static loggerName = 'WebClient';
	    /**
	     * This object's logger instance
	     */
	    logger;
	    /**
	     * This object's teamId value
	     */
	    teamId;
	    allowAbsoluteUrls;
	    /**
	     * @param token - An API token to authenticate/authorize with Slack (usually start with `xoxp`, `xoxb`)
	     * @param {Object} [webClientOptions] - Configuration options.
	     */
	    constructor(token, { slackApiUrl = 'https://slack.com/api/', logger = undefined, logLevel = undefined, maxRequestConcurrency = 100, retryConfig = retry_policies_1.tenRetriesInAboutThirtyMinutes, fetch = undefined, timeout = 0, rejectRateLimitedCalls = false, headers = {}, teamId = undefined, allowAbsoluteUrls = true, } = {}) {
	        super();
	        this.token = token;
	        this.slackApiUrl = slackApiUrl;
	        if (!this.slackApiUrl.endsWith('/')) {
	            this.slackApiUrl += '/';
	        }
	        this.retryConfig = retryConfig;
	        this.requestQueue = new p_queue_1.default({ concurrency: maxRequestConcurrency });
	        this.rejectRateLimitedCalls = rejectRateLimitedCalls;
	        this.teamId = teamId;
	        this.allowAbsoluteUrls = allowAbsoluteUrls;
	        // Logging
	        if (typeof logger !== 'undefined') {
	            this.logger = logger;
	            if (typeof logLevel !== 'undefined') {
	                this.logger.debug('The logLevel given to WebClient was ignored as you also gave logger');
	            }
	        }
	        else {
	            this.logger = (0, logger_1.getLogger)(WebClient.loggerName, logLevel ?? logger_1.LogLevel.INFO, logger);
	        }
	        if (this.token && !headers.Authorization)
	            headers.Authorization = `Bearer ${this.token}`;
	        this.fetchFn = fetch ?? globalThis.fetch;
	        this.timeout = timeout;
	        this.defaultHeaders = { 'User-Agent': (0, instrument_1.getUserAgent)(), Accept: 'application/json', ...headers };
	        this.logger.debug('initialized');
	    }
	    /**
	     * Generic method for calling a Web API method
	     * @param method - the Web API method to call {@link https://docs.slack.dev/reference/methods}
	     * @param options - arguments for the Web API method
	     */
	    async apiCall(method, options = {}) {
	        this.logger.debug(`apiCall('${method}') start`);
	        warnDeprecations(method, this.logger);
	        warnIfFallbackIsMissing(method, this.logger, options);
	        warnIfThreadTsIsNotString(method, this.logger, options);
	        if (typeof options === 'string' || typeof options === 'number' || typeof options === 'boolean') {
	            throw new TypeError(`Expected an options argument but instead received a ${typeof options}`);
	        }
	        // @ts-expect-error insufficient overlap between Record and FilesUploadV2Arguments
	        if (method === 'files.uploadV2')
	            return this.filesUploadV2(options);
	        const headers = {};
	        if (options.token)
	            headers.Authorization = `Bearer ${options.token}`;
	        const url = this.deriveRequestUrl(method);
	        const response = await this.makeRequest(url, {
	            team_id: this.teamId,
	            ...options,
	        }, headers);
	        const result = await this.buildResult(response);
	        this.logger.debug(`http request result: ${JSON.stringify(redact(result))}`);
	        // log warnings in response metadata
	        if (result.response_metadata !== undefined && result.response_metadata.warnings !== undefined) {
	            result.response_metadata.warnings.forEach(this.logger.warn.bind(this.logger));
	        }
	        // log warnings and errors in response metadata messages
	        // related to https://docs.slack.dev/changelog/2016/09/28/response-metadata-is-on-the-way
	        if (result.response_metadata !== undefined && result.response_metadata.messages !== undefined) {
	            for (const msg of result.response_metadata.messages) {
	                const errReg = /\[ERROR\](.*)/;
	                const warnReg = /\[WARN\](.*)/;
	                if (errReg.test(msg)) {
	                    const errMatch = msg.match(errReg);
	                    if (errMatch != null) {
	                        this.logger.error(errMatch[1].trim());
	                    }
	                }
	                else if (warnReg.test(msg)) {
	                    const warnMatch = msg.match(warnReg);
	                    if (warnMatch != null) {
	                        this.logger.warn(warnMatch[1].trim());
	                    }
	                }
	            }
	        }
	        // If result's content is gzip, "ok" property is not returned with successful response
	        // TODO: look into simplifying this code block to only check for the second condition
	        // if an { ok: false } body applies for all API errors
	        if (!result.ok && response.headers.get('content-type') !== 'application/gzip') {
	            throw new errors_1.WebAPIPlatformError(result);
	        }
	        if ('ok' in result && result.ok === false) {
	            throw new errors_1.WebAPIPlatformError(result);
	        }
	        this.logger.debug(`apiCall('${method}') end`);
	        return result;
	    }
	    paginate(method, options, shouldStop, reduce) {
	        const pageSize = (() => {
	            if (options !== undefined && typeof options.limit === 'number') {
	                const { limit } = options;
	                options.limit = undefined;
	                return limit;
	            }
	            return defaultPageSize;
	        })();
	        async function* generatePages() {
	            // when result is undefined, that signals that the first of potentially many calls has not yet been made
	            let result;
	            // paginationOptions stores pagination options not already stored in the options argument
	            let paginationOptions = {
	                limit: pageSize,
	            };
	            if (options !== undefined && options.cursor !== undefined) {
	                paginationOptions.cursor = options.cursor;
	            }
	            // NOTE: test for the situation where you're resuming a pagination using and existing cursor
	            while (result === undefined || paginationOptions !== undefined) {
	                result = await this.apiCall(method, Object.assign(options !== undefined ? options : {}, paginationOptions));
	                yield result;
	                paginationOptions = paginationOptionsForNextPage(result, pageSize);
	            }
	        }
	        if (shouldStop === undefined) {
	            return generatePages.call(this);
	        }
	        const pageReducer = reduce !== undefined ? reduce : noopPageReducer;
	        let index = 0;
	        return (async () => {
	            // Unroll the first iteration of the iterator
	            // This is done primarily because in order to satisfy the type system, we need a variable that is typed as A
	            // (shown as accumulator before), but before the first iteration all we have is a variable typed A | undefined.
	            // Unrolling the first iteration allows us to deal with undefined as a special case.
	            const pageIterator = generatePages.call(this);
	            const firstIteratorResult = await pageIterator.next(undefined);
	            // Assumption: there will always be at least one result in a paginated API request
	            // if (firstIteratorResult.done) { return; }
	            const firstPage = firstIteratorResult.value;
	            let accumulator = pageReducer(undefined, firstPage, index);
	            index += 1;
	            if (shouldStop(firstPage)) {
	                return accumulator;
	            }
	            // Continue iteration
	            for await (const page of pageIterator) {
	                accumulator = pageReducer(accumulator, page, index);
	                if (shouldStop(page)) {
	                    return accumulator;
	                }
	                index += 1;
	            }
	            return accumulator;
	        })();
	    }
	    /**
	     * Stream markdown text into a conversation.
	     *
	     * @description The "chatStream" method starts a new chat stream in a conversation that can be appended to. After appending an entire message, the stream can be stopped with concluding arguments such as "blocks" for gathering feedback.
	     *
	     * The "markdown_text" content is appended to a buffer before being sent to the recipient, with a default buffer size of "256" characters. Setting the "buffer_size" value to a smaller number sends more frequent updates for the same amount of characters, but might reach rate limits more often.
	     *
	     * @example
	     * const streamer = client.chatStream({
	     *   channel: "C0123456789",
	     *   thread_ts: "1700000001.123456",
	     *   recipient_team_id: "T0123456789",
	     *   recipient_user_id: "U0123456789",
	     * });
	     * await streamer.append({
	     *   markdown_text: "**hello wo",
	     * });
	     * await streamer.append({
	     *   markdown_text: "rld!**",
	     * });
	     * await streamer.stop();
	     *
	     * @see {@link https://docs.slack.dev/reference/methods/chat.startStream}
	     * @see {@link https://docs.slack.dev/reference/methods/chat.appendStream}
	     * @see {@link https://docs.slack.dev/reference/methods/chat.stopStream}
	     */
	    chatStream(params) {
	        const { buffer_size, ...args } = params;
	        const options = {
	            buffer_size,
	        };
	        return new chat_stream_1.ChatStreamer(this, this.logger, args, options);
	    }
	    /**
	     * This wrapper method provides an easy way to upload files using the following endpoints:
	     *
	     * **#1**: For each file submitted with this method, submit filenames
	     * and file metadata to {@link https://docs.slack.dev/reference/methods/files.getuploadurlexternal files.getUploadURLExternal} to request a URL to
	     * which to send the file data to and an id for the file
	     *
	     * **#2**: for each returned file `upload_url`, upload corresponding file to
	     * URLs returned from step 1 (e.g. https://files.slack.com/upload/v1/...\")
	     *
	     * **#3**: Complete uploads {@link https://docs.slack.dev/reference/methods/files.completeuploadexternal files.completeUploadExternal}
	     * @param options
	     */
	    async filesUploadV2(options) {
	        this.logger.debug('files.uploadV2() start');
	        // 1
	        const fileUploads = await this.getAllFileUploads(options);
	        const fileUploadsURLRes = await this.fetchAllUploadURLExternal(fileUploads);
	        // set the upload_url and file_id returned from Slack
	        fileUploadsURLRes.forEach((res, idx) => {
	            fileUploads[idx].upload_url = res.upload_url;
	            fileUploads[idx].file_id = res.file_id;
	        });
	        // 2
	        await this.postFileUploadsToExternalURL(fileUploads, options);
	        // 3
	        const completion = await this.completeFileUploads(fileUploads);
	        return { ok: true, files: completion };
	    }
	    /**
	     * For each file submitted with this method, submits filenames
	     * and file metadata to files.getUploadURLExternal to request a URL to
	     * which to send the file data to and an id for the file
	     * @param fileUploads
	     */
	    async fetchAllUploadURLExternal(fileUploads) {
	        return Promise.all(fileUploads.map((upload) => {
	            const options = {
	                filename: upload.filename,
	                length: upload.length,
	                alt_text: upload.alt_text,
	                snippet_type: upload.snippet_type,
	            };
	            if ('token' in upload) {
	                options.token = upload.token;
	            }
	            return this.files.getUploadURLExternal(options);
	        }));
	    }
	    /**
	     * Complete uploads.
	     * @param fileUploads
	     * @returns
	     */
	    async completeFileUploads(fileUploads) {
	        const toComplete = Object.values((0, file_upload_1.getAllFileUploadsToComplete)(fileUploads));
	        return Promise.all(toComplete.map((job) => this.files.completeUploadExternal(job)));
	    }
	    /**
	     * for each returned file upload URL, upload corresponding file
	     * @param fileUploads
	     * @returns
	     */
	    async postFileUploadsToExternalURL(fileUploads, options) {
	        return Promise.all(fileUploads.map(async (upload) => {
	            const { upload_url, file_id, filename, data } = upload;
	            // either file or content will be defined
	            const body = data;
	            // try to post to external url
	            if (upload_url) {
	                const headers = {};
	                if (options.token)
	                    headers.Authorization = `Bearer ${options.token}`;
	                const uploadRes = await this.makeRequest(upload_url, {
	                    body,
	                }, headers);
	                if (uploadRes.status !== 200) {
	                    return Promise.reject(Error(`Failed to upload file (id:${file_id}, filename: ${filename})`));
	                }
	                const responseBody = await uploadRes.text();
	                const returnData = { ok: true, body: responseBody };
	                return Promise.resolve(returnData);
	            }
	            return Promise.reject(Error(`No upload url found for file (id: ${file_id}, filename: ${filename}`));
	        }));
	    }
	    /**
	     * @param options All file uploads arguments
	     * @returns An array of file upload entries
	     */
	    async getAllFileUploads(options) {
	        let fileUploads = [];
	        // add single file data to uploads if file or content exists at the top level
	        if ('file' in options || 'content' in options) {
	            fileUploads.push(await (0, file_upload_1.getFileUploadJob)(options, this.logger));
	        }
	        // add multiple files data when file_uploads is supplied
	        if ('file_uploads' in options) {
	            fileUploads = fileUploads.concat(await (0, file_upload_1.getMultipleFileUploadJobs)(options, this.logger));
	        }
	        return fileUploads;
	    }
	    /**
	     * Low-level function to make a single API request. handles queuing, retries, and http-level errors
	     */
	    async makeRequest(url, body, headers = {}) {
	        const task = () => this.requestQueue.add(async () => {
	            // apps.event.authorizations.list will reject HTTP requests that send token in the body
	            // TODO: consider applying this change to all methods - though that will require thorough integration testing
	            if (url.endsWith('/apps.event.authorizations.list')) {
	                body.token = undefined;
	            }
	            this.logger.debug(`http request url: ${url}`);
	            this.logger.debug(`http request body: ${JSON.stringify(redact(body))}`);
	            const { serializedBody, contentHeaders } = this.serializeBody(body);
	            const allHeaders = { ...this.defaultHeaders, ...contentHeaders, ...headers };
	            this.logger.debug(`http request headers: ${JSON.stringify(redact(allHeaders))}`);
	            const signal = this.timeout > 0 ? AbortSignal.timeout(this.timeout) : undefined;
	            try {
	                const response = await this.fetchFn(url, {
	                    method: 'POST',
	                    headers: allHeaders,
	                    body: serializedBody,
	                    redirect: 'error',
	                    signal,
	                });
	                this.logger.debug('http response received');
	                if (response.status === 429) {
	                    const retrySec = parseRetryHeaders(response);
	                    if (retrySec !== undefined) {
	                        this.emit(WebClientEvent.RATE_LIMITED, retrySec, { url, body });
	                        if (this.rejectRateLimitedCalls) {
	                            throw new p_retry_1.AbortError(new errors_1.WebAPIRateLimitedError(retrySec));
	                        }
	                        this.logger.info(`API Call failed due to rate limiting. Will retry in ${retrySec} seconds.`);
	                        // pause the request queue and then delay the rejection by the amount of time in the retry header
	                        this.requestQueue.pause();
	                        // NOTE: if there was a way to introspect the current RetryOperation and know what the next timeout
	                        // would be, then we could subtract that time from the following delay, knowing that the next
	                        // attempt still wouldn't occur until after the rate-limit header has specified. An even better
	                        // solution would be to subtract the time from only the timeout of this next attempt of the
	                        // RetryOperation. This would result in staying paused for the entire duration specified in the
	                        // header, yet this operation not having to pay the timeout cost in addition to that.
	                        await (0, helpers_1.default)(retrySec * 1000);
	                        // resume the request queue and throw a non-abort error to signal a retry
	                        this.requestQueue.start();
	                        // TODO: We may want to have more detailed info such as team_id, params except tokens, and so on.
	                        throw new Error(`A rate limit was exceeded (url: ${url}, retry-after: ${retrySec})`);
	                    }
	                    // TODO: turn this into some CodedError
	                    throw new p_retry_1.AbortError(new Error(`Retry header did not contain a valid timeout (url: ${url}, retry-after header: ${response.headers.get('retry-after')})`));
	                }
	                // Slack's Web API doesn't use meaningful status codes besides 429 and 200
	                if (response.status !== 200) {
	                    const responseBody = await response.text();
	                    throw new errors_1.WebAPIHTTPError(response.status, response.statusText, Object.fromEntries(response.headers.entries()), responseBody);
	                }
	                return response;
	            }
	            catch (error) {
	                if (error instanceof p_retry_1.AbortError) {
	                    throw error;
	                }
	                if (error instanceof errors_1.SlackError) {
	                    throw error;
	                }
	                const message = error instanceof Error ? error.message : String(error);
	                this.logger.warn('http request failed', message);
	                throw new errors_1.WebAPIRequestError(error instanceof Error ? error : new Error(String(error)));
	            }
	        });
	        return (0, p_retry_1.default)(task, this.retryConfig);
	    }
	    /**
	     * Get the complete request URL for the provided URL.
	     * @param url - The resource to POST to. Either a Slack API method or absolute URL.
	     */
	    deriveRequestUrl(url) {
	        const isAbsoluteURL = url.startsWith('https://') || url.startsWith('http://');
	        if (isAbsoluteURL && this.allowAbsoluteUrls) {
	            return url;
	        }
	        return `${this.slackApiUrl}${url}`;
	    }
	    /**
	     * Transforms a key-value object into a serialized body suitable for fetch.
	     * Flattens complex objects into JSON-encoded strings, detects binary content,
	     * and returns either a FormData (for binary uploads) or a URL-encoded string,
	     * along with any content-type headers that should be set.
	     */
	    serializeBody(data) {
	        let containsBinaryData = false;
	        // biome-ignore lint/suspicious/noExplicitAny: HTTP request data can be anything
	        const flattened = Object.entries(data).map(([key, value]) => {
	            if (value === undefined || value === null) {
	                return [];
	            }
	            let serializedValue = value;
	            if (Buffer.isBuffer(value)) {
	                containsBinaryData = true;
	            }
	            else if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
	                // if value is anything other than string, number, boolean, binary data, a Stream, or a Buffer, then encode it
	                // as a JSON string.
	                serializedValue = JSON.stringify(value);
	            }
	            return [key, serializedValue];
	        });
	        // A body with binary content should be serialized as multipart/form-data
	        if (containsBinaryData) {
	            this.logger.debug('Request arguments contain binary data');
	            const form = new FormData();
	            for (const [key, value] of flattened) {
	                if (key === undefined || value === undefined)
	                    continue;
	                if (Buffer.isBuffer(value)) {
	                    const streamOrBuffer = value;
	                    let filename = defaultFilename;
	                    if (typeof streamOrBuffer.name === 'string') {
	                        filename = (0, node_path_1.basename)(streamOrBuffer.name);
	                    }
	                    else if (typeof streamOrBuffer.path === 'string') {
	                        filename = (0, node_path_1.basename)(streamOrBuffer.path);
	                    }
	                    form.append(key, new Blob([new Uint8Array(value)]), filename);
	                }
	                else {
	                    form.append(key, String(value));
	                }
	            }
	            // Do not set Content-Type — fetch auto-generates the multipart boundary
	            return { serializedBody: form, contentHeaders: {} };
	        }
	        // Otherwise, serialize as url-encoded key-value pairs
	        // biome-ignore lint/suspicious/noExplicitAny: form values can be anything
	        const initialValue = {};
	        const encoded = (0, node_querystring_1.stringify)(flattened.reduce((accumulator, [key, value]) => {
	            if (key !== undefined && value !== undefined) {
	                accumulator[key] = value;
	            }
	            return accumulator;
	        }, initialValue));
	        return {
	            serializedBody: encoded,
	            contentHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
	        };
	    }
	    /**
	     * Processes an HTTP response into a WebAPICallResult by performing JSON parsing on the body and merging relevant
	     * HTTP headers into the object.
	     * @param response - an http response
	     */
	    async buildResult(response) {
	        const contentType = response.headers.get('content-type');
	        const isGzipResponse = contentType === 'application/gzip';
	        // biome-ignore lint/suspicious/noExplicitAny: HTTP response data can be anything
	        let data;
	        // admin.analytics.getFile returns a gzip binary response that can be unzipped
	        if (isGzipResponse) {
	            try {
	                const buffer = Buffer.from(await response.arrayBuffer());
	                const unzippedData = await new Promise((resolve, reject) => {
	                    node_zlib_1.default.unzip(buffer, (err, buf) => {
	                        if (err) {
	                            return reject(err);
	                        }
	                        return resolve(buf.toString().split('\n'));
	                    });
	                });
	                const fileData = [];
	                if (Array.isArray(unzippedData)) {
	                    for (const dataset of unzippedData) {
	                        if (dataset && dataset.length > 0) {
	                            fileData.push(JSON.parse(dataset));
	                        }
	                    }
	                }
	                data = { file_data: fileData };
	            }
	            catch (err) {
	                data = { ok: false, error: err };
	            }
	        }
	        else if (!isGzipResponse && response.url.endsWith('/admin.analytics.getFile')) {
	            // if it isn't a Gzip response but is from the admin.analytics.getFile request,
	            // decode the ArrayBuffer to JSON read the error
	            const buffer = await response.arrayBuffer();
	            data = JSON.parse(new node_util_1.TextDecoder().decode(buffer));
	        }
	        else {
	            const text = await response.text();
	            try {
	                data = JSON.parse(text);
	            }
	            catch (_) {
	                // failed to parse the response body as JSON
	                data = { ok: false, error: text };
	            }
	        }
	        if (data.response_metadata === undefined) {
	            data.response_metadata = {};
	        }
	        // add scopes metadata from headers
	        const oauthScopes = response.headers.get('x-oauth-scopes');
	        if (oauthScopes !== null) {
	            data.response_metadata.scopes = oauthScopes.trim().split(/\s*,\s*/);
	        }
	        const acceptedOauthScopes = response.headers.get('x-accepted-oauth-scopes');
	        if (acceptedOauthScopes !== null) {
	            data.response_metadata.acceptedScopes = acceptedOauthScopes.trim().split(/\s*,\s*/);
	        }
	        // add retry metadata from headers
	        const retrySec = parseRetryHeaders(response);
	        if (retrySec !== undefined) {
	            data.response_metadata.retryAfter = retrySec;
	        }
	        return data;
	    }
	};
	WebClient.WebClient = WebClient$1;
	WebClient.default = WebClient$1;
	/**
	 * Determines an appropriate set of cursor pagination options for the next request to a paginated API method.
	 * @param previousResult - the result of the last request, where the next cursor might be found.
	 * @param pageSize - the maximum number of additional items to fetch in the next request.
	 */
	function paginationOptionsForNextPage(previousResult, pageSize) {
	    if (previousResult !== undefined &&
	        previousResult.response_metadata !== undefined &&
	        previousResult.response_metadata.next_cursor !== undefined &&
	        previousResult.response_metadata.next_cursor !== '') {
	        return {
	            limit: pageSize,
	            cursor: previousResult.response_metadata.next_cursor,
	        };
	    }
	    return undefined;
	}
	/**
	 * Extract the amount of time (in seconds) the platform has recommended this client wait before sending another request
	 * from a rate-limited HTTP response (statusCode = 429).
	 */
	function parseRetryHeaders(response) {
	    const retryAfterHeader = response.headers.get('retry-after');
	    if (retryAfterHeader !== null) {
	        const retryAfter = Number.parseInt(retryAfterHeader, 10);
	        if (!Number.isNaN(retryAfter)) {
	            return retryAfter;
	        }
	    }
	    return undefined;
	}
	/**
	 * Log a warning when using a deprecated method
	 * @param method api method being called
	 * @param logger instance of web clients logger
	 */
	function warnDeprecations(method, logger) {
	    const deprecatedMethods = ['oauth.access'];
	    const isDeprecated = deprecatedMethods.some((depMethod) => {
	        const re = new RegExp(`^${depMethod}`);
	        return re.test(method);
	    });
	    if (isDeprecated) {
	        logger.warn(`${method} is deprecated. Please check on https://docs.slack.dev/reference/methods for an alternative.`);
	    }
	}
	/**
	 * Log a warning when using chat.postMessage without text argument or attachments with fallback argument
	 * @param method api method being called
	 * @param logger instance of we clients logger
	 * @param options arguments for the Web API method
	 */
	function warnIfFallbackIsMissing(method, logger, options) {
	    const targetMethods = ['chat.postEphemeral', 'chat.postMessage', 'chat.scheduleMessage'];
	    const isTargetMethod = targetMethods.includes(method);
	    const hasAttachments = (args) => Array.isArray(args.attachments) && args.attachments.length;
	    const missingAttachmentFallbackDetected = (args) => Array.isArray(args.attachments) &&
	        args.attachments.some((attachment) => !attachment.fallback || attachment.fallback.trim() === '');
	    const isEmptyText = (args) => (args.text === undefined || args.text === null || args.text === '') &&
	        (args.markdown_text === undefined || args.markdown === null || args.markdown_text === '');
	    const buildMissingTextWarning = () => `The top-level \`text\` argument is missing in the request payload for a ${method} call - It's a best practice to always provide a \`text\` argument when posting a message. The \`text\` is used in places where the content cannot be rendered such as: system push notifications, assistive technology such as screen readers, etc.`;
	    const buildMissingFallbackWarning = () => `Additionally, the attachment-level \`fallback\` argument is missing in the request payload for a ${method} call - To avoid this warning, it is recommended to always provide a top-level \`text\` argument when posting a message. Alternatively, you can provide an attachment-level \`fallback\` argument, though this is now considered a legacy field (see https://docs.slack.dev/legacy/legacy-messaging/legacy-secondary-message-attachments for more details).`;
	    if (isTargetMethod && typeof options === 'object') {
	        if (hasAttachments(options)) {
	            if (missingAttachmentFallbackDetected(options) && isEmptyText(options)) {
	                logger.warn(buildMissingTextWarning());
	                logger.warn(buildMissingFallbackWarning());
	            }
	        }
	        else if (isEmptyText(options)) {
	            logger.warn(buildMissingTextWarning());
	        }
	    }
	}
	/**
	 * Log a warning when thread_ts is not a string
	 * @param method api method being called
	 * @param logger instance of web clients logger
	 * @param options arguments for the Web API method
	 */
	function warnIfThreadTsIsNotString(method, logger, options) {
	    const targetMethods = ['chat.postEphemeral', 'chat.postMessage', 'chat.scheduleMessage'];
	    const isTargetMethod = targetMethods.includes(method);
	    if (isTargetMethod && options?.thread_ts !== undefined && typeof options?.thread_ts !== 'string') {
	        logger.warn(buildThreadTsWarningMessage(method));
	    }
	}
	function buildThreadTsWarningMessage(method) {
	    return `The given thread_ts value in the request payload for a ${method} call is a float value. We highly recommend using a string value instead.`;
	}
	/**
	 * Takes an object and redacts specific items
	 * @param body
	 * @returns
	 */
	function redact(body) {
	    // biome-ignore lint/suspicious/noExplicitAny: objects can be anything
	    const flattened = Object.entries(body).map(([key, value]) => {
	        // no value provided
	        if (value === undefined || value === null) {
	            return [];
	        }
	        let serializedValue = value;
	        // redact possible tokens
	        if (key.match(/.*token.*/) !== null || key.match(/[Aa]uthorization/)) {
	            serializedValue = '[[REDACTED]]';
	        }
	        // when value is buffer we can avoid logging it
	        if (Buffer.isBuffer(value)) {
	            serializedValue = '[[BINARY VALUE OMITTED]]';
	        }
	        else if (typeof value === 'object') {
	            serializedValue = redact(value);
	        }
	        return [key, serializedValue];
	    });
	    // return as object
	    const initialValue = {};
	    return flattened.reduce((accumulator, [key, value]) => {
	        if (key !== undefined && value !== undefined) {
	            accumulator[key] = value;
	        }
	        return accumulator;
	    }, initialValue);
	}
	
	return WebClient;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist$3;
	hasRequiredDist = 1;
	(function (exports) {
		/// <reference lib="es2017" />
		var __createBinding = (dist$3 && dist$3.__createBinding) || (Object.create ? (function(o, m, k, k2) {
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
		var __exportStar = (dist$3 && dist$3.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		var __importDefault = (dist$3 && dist$3.__importDefault) || function (mod) {
		    return (mod && mod.__esModule) ? mod : { "default": mod };
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.WebClientEvent = exports.WebClient = exports.ChatStreamer = exports.retryPolicies = exports.LogLevel = exports.addAppMetadata = exports.WebAPIRequestError = exports.WebAPIRateLimitedError = exports.WebAPIPlatformError = exports.WebAPIHTTPError = exports.WebAPIFileUploadReadFileDataError = exports.WebAPIFileUploadInvalidArgumentsError = exports.SlackError = exports.ErrorCode = void 0;
		var errors_1 = requireErrors();
		Object.defineProperty(exports, "ErrorCode", { enumerable: true, get: function () { return errors_1.ErrorCode; } });
		Object.defineProperty(exports, "SlackError", { enumerable: true, get: function () { return errors_1.SlackError; } });
		Object.defineProperty(exports, "WebAPIFileUploadInvalidArgumentsError", { enumerable: true, get: function () { return errors_1.WebAPIFileUploadInvalidArgumentsError; } });
		Object.defineProperty(exports, "WebAPIFileUploadReadFileDataError", { enumerable: true, get: function () { return errors_1.WebAPIFileUploadReadFileDataError; } });
		Object.defineProperty(exports, "WebAPIHTTPError", { enumerable: true, get: function () { return errors_1.WebAPIHTTPError; } });
		Object.defineProperty(exports, "WebAPIPlatformError", { enumerable: true, get: function () { return errors_1.WebAPIPlatformError; } });
		Object.defineProperty(exports, "WebAPIRateLimitedError", { enumerable: true, get: function () { return errors_1.WebAPIRateLimitedError; } });
		Object.defineProperty(exports, "WebAPIRequestError", { enumerable: true, get: function () { return errors_1.WebAPIRequestError; } });
		var instrument_1 = requireInstrument();
		Object.defineProperty(exports, "addAppMetadata", { enumerable: true, get: function () { return instrument_1.addAppMetadata; } });
		var logger_1 = requireLogger();
		Object.defineProperty(exports, "LogLevel", { enumerable: true, get: function () { return logger_1.LogLevel; } });
		var retry_policies_1 = requireRetryPolicies();
		Object.defineProperty(exports, "retryPolicies", { enumerable: true, get: function () { return __importDefault(retry_policies_1).default; } });
		__exportStar(requireRequest(), exports);
		__exportStar(requireResponse(), exports);
		var chat_stream_1 = requireChatStream();
		Object.defineProperty(exports, "ChatStreamer", { enumerable: true, get: function () { return chat_stream_1.ChatStreamer; } });
		var WebClient_1 = requireWebClient();
		Object.defineProperty(exports, "WebClient", { enumerable: true, get: function () { return WebClient_1.WebClient; } });
		Object.defineProperty(exports, "WebClientEvent", { enumerable: true, get: function () { return WebClient_1.WebClientEvent; } });
		// methods must be exported after WebClient
		__exportStar(requireMethods(), exports);
		
	} (dist$3));
	return dist$3;
}

var distExports = requireDist();

const TOKEN_HINT = 'check slack-token (LOGWARD_SLACK_TOKEN): a bot token (xoxb-…) of an app installed in the workspace, with the chat:write scope';
/** Slack's `error` codes → what the user can do. Codes not listed get a generic hint. */
const HINTS = {
    invalid_auth: TOKEN_HINT,
    not_authed: TOKEN_HINT,
    token_revoked: `${TOKEN_HINT}; this one was revoked`,
    token_expired: `${TOKEN_HINT}; this one expired`,
    account_inactive: `${TOKEN_HINT}; its app or user was deactivated`,
    missing_scope: 'add the chat:write scope to the Slack app and reinstall it',
    channel_not_found: 'check slack-channel (LOGWARD_SLACK_CHANNEL): use the channel ID (C0123…, under the channel name → About); a private channel must have the app invited',
    not_in_channel: 'invite the app to the channel (`/invite @your-app`), or give it the chat:write.public scope for public channels',
    is_archived: 'the channel is archived: unarchive it or set another slack-channel',
    restricted_action: 'a workspace admin restricts who may post in this channel',
    msg_too_long: 'logward cuts messages to Slack limits; this is a bug: please report it with the rule',
    invalid_blocks: 'logward cuts messages to Block Kit limits; this is a bug: please report it with the rule',
    invalid_blocks_format: 'logward builds Block Kit messages; this is a bug: please report it with the rule',
    // Incoming webhooks answer with these.
    invalid_payload: 'the webhook rejected the message; this is a bug: please report it with the rule',
    invalid_token: 'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the webhook was removed or its app uninstalled',
    no_service: 'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the webhook was removed or its app uninstalled',
    no_team: 'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the workspace of this webhook is gone',
    action_prohibited: 'a workspace admin restricts posting in the webhook’s channel',
    channel_is_archived: 'the webhook’s channel is archived: unarchive it or create a new webhook',
};
/** Slack-side trouble that a later attempt may not meet. */
const RETRIABLE = new Set([
    'ratelimited',
    'rate_limited',
    'fatal_error',
    'internal_error',
    'service_unavailable',
    'request_timeout',
    'rollup_error',
]);
/** An `ok: false` answer (Web API) or an error body (webhook), as a logward error. */
function slackApiError(call, code, retryAfterMs) {
    const retriable = RETRIABLE.has(code);
    return new AlertDeliveryError('slack', `Slack ${call} failed: ${code}`, {
        code,
        retriable,
        hint: HINTS[code] ?? (retriable ? 'Slack had a transient problem; logward retried' : undefined),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
}

/**
 * Alerts through the Web API (`chat.postMessage` with a bot token): the only Slack transport that returns
 * a message `ts`, hence the only one that can thread recurrences.
 *
 * The SDK's own retries are off (`retries: 0`, `rejectRateLimitedCalls`): its default policy retries for
 * about 30 minutes and sleeps through 429s without a word, which would hang a CI step. logward's `retry`
 * applies one policy everywhere (5 attempts, at most 2 minutes, honouring Retry-After) and logs each wait.
 */
function slackWebApiPoster(options) {
    const client = new distExports.WebClient(options.token, {
        ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: options.timeoutMs ?? 30_000,
        logger: sdkLogger(options.logger),
        // Only slack-api-url may ever receive the token.
        allowAbsoluteUrls: false,
    });
    const logger = options.logger;
    return {
        via: 'web-api',
        threads: true,
        channel: options.channel,
        async post(message, threadTs) {
            const result = await retry$2(async () => {
                try {
                    return await client.chat.postMessage({
                        channel: options.channel,
                        text: message.text,
                        blocks: message.blocks,
                        unfurl_links: false,
                        unfurl_media: false,
                        ...(threadTs ? { thread_ts: threadTs } : {}),
                    });
                }
                catch (error) {
                    throw toDeliveryError(error);
                }
            }, {
                retries: 5,
                initialDelayMs: 1000,
                maxDelayMs: 30_000,
                maxElapsedMs: 120_000,
                retryAfterMs: retryAfterOf,
                onRetry: (error, attempt, delay) => logger?.warn(`Slack chat.postMessage: ${error.code ?? 'error'}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`),
                ...options.retry,
            });
            return result.ts ? { ts: result.ts } : {};
        },
    };
}
/**
 * The SDK's errors → logward's. Matched on `code` rather than `instanceof`, which a second copy of the
 * SDK in a bundle would defeat. Nothing of the request (which carries the token) is kept.
 */
function toDeliveryError(error) {
    const e = (error ?? {});
    switch (e.code) {
        case distExports.ErrorCode.RateLimitedError:
            return slackApiError('chat.postMessage', 'ratelimited', (e.retryAfter ?? 1) * 1000);
        case distExports.ErrorCode.PlatformError:
            return slackApiError('chat.postMessage', e.data?.error ?? 'unknown_error');
        case distExports.ErrorCode.HTTPError: {
            const status = e.statusCode ?? 0;
            return new AlertDeliveryError('slack', `Slack chat.postMessage failed: HTTP ${status}`, {
                code: String(status),
                retriable: status >= 500,
                hint: status === 404
                    ? 'check slack-api-url (LOGWARD_SLACK_API_URL): it is the API root, e.g. https://slack.com/api/'
                    : undefined,
            });
        }
        case distExports.ErrorCode.RequestError: {
            const code = e.original?.cause?.code;
            return new AlertDeliveryError('slack', `Slack chat.postMessage failed: ${e.original?.message ?? 'request error'}${code ? ` (${code})` : ''}`, { retriable: true, code, hint: 'check that the runner can reach slack-api-url (proxy, firewall)' });
        }
        default:
            return new AlertDeliveryError('slack', `Slack chat.postMessage failed: ${error?.message ?? error}`);
    }
}
/** The SDK talks to logward's logger at debug level: its warnings are about its own internals. */
function sdkLogger(logger) {
    let level = distExports.LogLevel.DEBUG;
    const say = (...msg) => logger?.debug(`slack sdk: ${msg.map(String).join(' ')}`);
    return {
        debug: say,
        info: say,
        warn: say,
        error: say,
        setLevel: (l) => {
            level = l;
        },
        getLevel: () => level,
        setName: () => undefined,
    };
}

/**
 * Alerts through an incoming webhook: the simplest setup (one URL, no app scopes), but a webhook answers
 * `ok` and no message `ts`, so recurrences cannot be threaded. With a webhook, a recurrence inside the
 * cooldown is therefore not posted at all (counted, and told in the next top-level alert); the channel is
 * the one the webhook was created for.
 */
function slackWebhookPoster(options) {
    const logger = options.logger;
    return {
        via: 'webhook',
        threads: false,
        channel: undefined,
        async post(message) {
            await retry$2(() => postOnce(options, message), {
                retries: 5,
                initialDelayMs: 1000,
                maxDelayMs: 30_000,
                maxElapsedMs: 120_000,
                retryAfterMs: retryAfterOf,
                onRetry: (error, attempt, delay) => logger?.warn(`Slack webhook: ${error.code ?? 'error'}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`),
                ...options.retry,
            });
            return {};
        },
    };
}
async function postOnce(options, message) {
    let response;
    try {
        response = await fetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify({ text: message.text, blocks: message.blocks }),
            redirect: 'error',
            signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
    }
    catch (error) {
        // fetch's errors can quote the URL; only the code is kept.
        const code = error.cause?.code ?? error.name;
        throw new AlertDeliveryError('slack', `Slack webhook request failed (${code})`, {
            retriable: true,
            code,
            hint: 'check that the runner can reach hooks.slack.com (proxy, firewall)',
        });
    }
    const body = (await response.text().catch(() => '')).trim();
    if (response.ok)
        return;
    // Webhooks answer errors as a bare code in the body (`invalid_payload`, `no_service`…).
    const code = /^[a-z_]{3,60}$/.test(body) ? body : `HTTP ${response.status}`;
    if (response.status === 429)
        throw slackApiError('webhook', 'rate_limited', parseRetryAfter$1(response.headers.get('retry-after')) ?? 1000);
    const error = slackApiError('webhook', code);
    if (response.status >= 500 && !error.retriable)
        throw new AlertDeliveryError('slack', error.message, { code, retriable: true, hint: error.hint });
    throw error;
}

/**
 * Judge a run's analysis against the alert rules and send what is due: the API the action calls after
 * `analyze`, and what `logward notify` runs on a saved report.json. Delivery failures do not throw: they
 * are logged and returned in `errors` (one channel down must not hide the other, nor fail the analysis
 * step); misconfiguration throws a ConfigError before anything is sent.
 */
async function sendAlerts(analysis, settings, options = {}) {
    const dryRun = options.dryRun ?? false;
    const logger = options.logger;
    if (!dryRun)
        checkChannels(settings);
    const metrics = alertMetrics(analysis, options.metrics);
    const triggered = evaluateRules(settings.alerts, metrics, analysis, logger);
    const result = {
        triggered: triggered.map((t) => ({ rule: t.rule.name, matched: t.matched, subjects: t.subjects.length })),
        actions: [],
        errors: [],
    };
    if (triggered.length === 0) {
        logger?.info(`alerts: no rule fired (${settings.alerts.length} rules)`);
        return result;
    }
    const now = options.now ?? new Date();
    const statePath = settings['alerts-state'];
    const state = pruneAlertState(await loadAlertState(statePath, logger), now.getTime());
    recordSightings(state, triggered, now.toISOString());
    const ctx = {
        analysis,
        links: alertLinks(analysis.ci, { kibana: settings['kibana-url'], ...options.links }, options.serverUrl),
        state,
        now,
        dryRun,
        ...(logger ? { logger } : {}),
        actions: result.actions,
        errors: result.errors,
    };
    const slack = triggered.some((t) => t.rule.channels.includes('slack'))
        ? slackPoster(settings, options, dryRun)
        : undefined;
    const jira = jiraClient(settings, options, dryRun);
    const flavor = settings['jira-email'] ? 'cloud' : 'server';
    for (const t of triggered) {
        if (slack && t.rule.channels.includes('slack'))
            await deliverSlack(t, slack, ctx);
        if (t.rule.channels.includes('jira'))
            await deliverJira(t, jira, flavor, ctx);
    }
    if (!dryRun) {
        try {
            await saveAlertState(statePath, state);
            result.stateWritten = statePath;
        }
        catch (error) {
            // What was sent stays sent; the next run may repeat it, which the caller should hear about.
            const e = error;
            result.errors.push(e);
            logger?.error(`alerts: ${describeError(e)}`);
        }
    }
    return result;
}
/** Count the run in each subject's memory; a first sighting starts its entry. */
function recordSightings(state, triggered, now) {
    for (const t of triggered) {
        for (const s of t.subjects) {
            const entry = state.alerts[s.fingerprint];
            if (entry) {
                entry.seen += 1;
                entry.lastSeenAt = now;
                entry.title = s.title;
            }
            else {
                state.alerts[s.fingerprint] = {
                    rule: t.rule.name,
                    kind: s.kind,
                    key: s.key,
                    title: s.title,
                    firstAlertAt: now,
                    lastSeenAt: now,
                    seen: 1,
                };
            }
        }
    }
}
/**
 * Every rule's channels must be usable before anything is sent, checked on every run (a green one too),
 * so that a missing token is found before the red run that needed it. Errors name settings, not values.
 */
function checkChannels(settings) {
    const uses = (channel) => settings.alerts.filter((r) => r.channels.includes(channel));
    const slackRules = uses('slack');
    if (slackRules.length > 0) {
        const token = settings['slack-token'];
        if (token && !settings['slack-channel'])
            throw new ConfigError('slack-token is set but slack-channel is not', {
                hint: 'set slack-channel (LOGWARD_SLACK_CHANNEL) to the channel ID alerts go to',
            });
        if (!token && !settings['slack-webhook-url'])
            throw new ConfigError(`rule "${slackRules[0].name}" sends to slack, but neither slack-token nor slack-webhook-url is set`, {
                hint: 'set LOGWARD_SLACK_TOKEN and LOGWARD_SLACK_CHANNEL (threads), or LOGWARD_SLACK_WEBHOOK_URL',
            });
    }
    const jiraRules = uses('jira');
    if (jiraRules.length > 0) {
        const missing = ['jira-url', 'jira-token', 'jira-project'].filter((k) => !settings[k]);
        if (missing.length > 0)
            throw new ConfigError(`rule "${jiraRules[0].name}" sends to jira, but ${missing.join(', ')} not set`, {
                hint: 'set LOGWARD_JIRA_URL, LOGWARD_JIRA_TOKEN and LOGWARD_JIRA_PROJECT (and LOGWARD_JIRA_EMAIL for Jira Cloud)',
            });
    }
}
/**
 * The Web API when a token is set (threads), else the webhook. In a dry run without Slack settings, a
 * stand-in that threads like the Web API, so the plan shows what a full setup would do.
 */
function slackPoster(settings, options, dryRun) {
    const common = {
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    };
    const token = settings['slack-token'];
    const channel = settings['slack-channel'];
    if (token && channel)
        return slackWebApiPoster({
            token,
            channel,
            ...(settings['slack-api-url'] ? { apiUrl: settings['slack-api-url'] } : {}),
            ...common,
        });
    const webhook = settings['slack-webhook-url'];
    if (webhook)
        return slackWebhookPoster({ url: webhook, ...common });
    if (!dryRun)
        throw new ConfigError('Slack is not configured');
    return {
        via: 'web-api',
        threads: true,
        channel: channel ?? '<slack-channel>',
        post: () => Promise.reject(new Error('dry run')),
    };
}
function jiraClient(settings, options, dryRun) {
    const url = settings['jira-url'];
    const token = settings['jira-token'];
    const project = settings['jira-project'];
    if (dryRun || !url || !token || !project)
        return undefined;
    return new JiraAlertClient({
        url,
        token,
        project,
        ...(settings['jira-email'] ? { email: settings['jira-email'] } : {}),
        issueType: settings['jira-issue-type'],
        components: settings['jira-components'],
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    });
}

const DEFAULT_ANALYSIS = 'logward-report/report.json';
/** Flag → setting; the flag names are the setting names (ADR 0004). */
const SETTING_FLAGS = [
    { key: 'slack-token', arg: '<token>', description: 'Slack bot token (prefer the environment variable)' },
    { key: 'slack-channel', arg: '<channel>', description: 'Slack channel ID (C0123…) or name' },
    { key: 'slack-api-url', arg: '<url>', description: 'Slack Web API root (default https://slack.com/api/)' },
    { key: 'slack-webhook-url', arg: '<url>', description: 'Slack incoming webhook (no threads)' },
    { key: 'jira-url', arg: '<url>', description: 'Jira site root' },
    { key: 'jira-email', arg: '<email>', description: 'Jira Cloud account email (unset: Server/Data Center)' },
    {
        key: 'jira-token',
        arg: '<token>',
        description: 'Jira API token or PAT (prefer the environment variable)',
    },
    { key: 'jira-project', arg: '<key>', description: 'Jira project key' },
    { key: 'jira-issue-type', arg: '<type>', description: 'issue type (default Bug)' },
    { key: 'jira-components', arg: '<names>', description: 'components (repeatable or comma list)' },
    {
        key: 'alerts-state',
        arg: '<file>',
        description: 'alert state file (default .logward/alerts-state.json)',
    },
    { key: 'kibana-url', arg: '<url>', description: 'Kibana URL alerts link to' },
];
/**
 * `logward notify`: evaluate the alert rules on a saved analysis (report.json) and send what is due to
 * Slack and Jira. Until the alert settings are part of the config schema, this command reads them itself:
 * flags > LOGWARD_* environment > config file > defaults.
 */
function registerNotifyCommand(program) {
    const command = program
        .command('notify')
        .description('Send alerts for a judged run: rules over report.json → Slack messages and Jira issues.')
        .addOption(new Option('--analysis <file>', 'the report.json `analyze` wrote').default(DEFAULT_ANALYSIS))
        .addOption(new Option('--alerts <file>', 'alert rules (YAML: `alerts:` list); default: `alerts` in logward.yml'))
        .addOption(new Option('--dry-run', 'print what would be sent; send nothing, write no state'))
        .addOption(new Option('--json', 'print the result as JSON'));
    for (const f of SETTING_FLAGS) {
        const env = NOTIFY_ENV[f.key];
        const option = new Option(`--${f.key} ${f.arg}`, `${f.description}${env ? ` [env ${env}]` : ''}`);
        if (f.key === 'jira-components')
            option.argParser(collect);
        command.addOption(option);
    }
    command
        .addOption(new Option('--config <file>', 'config file (default: ./logward.yml when present)'))
        .addOption(new Option('--log-level <level>', 'diagnostics on stderr').choices(['debug', 'info', 'warn', 'error']))
        .addHelpText('after', `
Rules (logward.yml or --alerts file):
  alerts:
    - name: tests-failing
      when: { failed-tests: '>0' }
      channels: [slack, jira]
      severity: critical
      cooldown: 6h

Examples:
  $ LOGWARD_SLACK_TOKEN=xoxb-… LOGWARD_SLACK_CHANNEL=C0123 logward notify --analysis logward-report/report.json
  $ logward notify --alerts alerts.yml --dry-run

Exit codes: 0 sent (or nothing to send), 1 some alerts could not be sent, 2 usage or configuration.`);
    command.action(async (opts) => {
        const file = readConfigFile(opts.config);
        const level = opts.logLevel ?? fileLogLevel(file?.values) ?? 'info';
        const logger = createLogger(stderrSink, level);
        const flags = {};
        for (const f of SETTING_FLAGS)
            flags[f.key] = opts[camel(f.key)];
        if (typeof opts.alerts === 'string')
            flags.alerts = await readRules(opts.alerts);
        const settings = resolveNotifySettings({
            flags,
            env: process.env,
            ...(file ? { file: file.values, fileName: file.path } : {}),
        });
        const analysis = await readAnalysis(opts.analysis);
        if (settings.alerts.length === 0) {
            throw new ConfigError('no alert rules', {
                hint: 'add `alerts:` to logward.yml or pass --alerts <file> (see `logward notify --help`)',
            });
        }
        const result = await sendAlerts(analysis, settings, {
            logger,
            dryRun: Boolean(opts.dryRun),
            ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
        });
        process.stdout.write(opts.json ? JSON.stringify(jsonResult(result), null, 2) + '\n' : textResult(result));
        if (result.errors.length > 0)
            process.exitCode = ExitCode.verdictFailed;
    });
}
/** The config file's alert settings only: the rest of it is the schema's business. */
function readConfigFile(given) {
    const path = given ? resolve(given) : DEFAULT_CONFIG_FILES.map((n) => resolve(n)).find((p) => existsSync(p));
    if (!path)
        return undefined;
    if (!existsSync(path))
        throw new ConfigError(`config file ${given} does not exist`, { hint: 'check --config' });
    return { path, values: (parseYaml(path, readFileText(path)) ?? {}) };
}
function fileLogLevel(values) {
    const v = values?.['log-level'];
    return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' ? v : undefined;
}
async function readRules(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new ConfigError(`cannot read alert rules ${path}: ${error.code ?? 'error'}`, {
            hint: 'check the path given to --alerts',
        });
    }
    return parseAlertRulesText(text, path);
}
async function readAnalysis(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new InputError(path, `cannot read (${error.code ?? 'error'})`, {
            hint: 'run `logward analyze` first, or pass --analysis <report.json>',
        });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new InputError(path, 'not JSON', { hint: 'pass the report.json that `logward analyze` wrote' });
    }
    const a = value;
    if (a?.version !== 1 || !a.verdict || !a.tests || !a.logs || !a.ci) {
        throw new InputError(path, 'not a logward analysis (version 1)', {
            hint: 'pass the report.json that `logward analyze` wrote',
        });
    }
    return value;
}
function textResult(r) {
    if (r.triggered.length === 0)
        return 'no alert rule fired\n';
    const lines = r.triggered.map((t) => `rule "${t.rule}" fired (${t.matched.join(', ')}): ${t.subjects} alert(s)`);
    for (const a of r.actions)
        lines.push(actionLine(a));
    if (r.stateWritten)
        lines.push(`state: ${r.stateWritten}`);
    return lines.join('\n') + '\n';
}
function actionLine(a) {
    const verbs = {
        post: ['posted', 'would post', 'could not post'],
        reply: ['replied in thread', 'would reply in thread', 'could not reply in thread'],
        create: ['created', 'would create an issue', 'could not create an issue'],
        comment: ['commented on', 'would comment on', 'could not comment on'],
        suppress: ['not sent (cooldown)', 'not sent (cooldown)', 'not sent (cooldown)'],
    }[a.type];
    const verb = verbs[a.ok ? (a.dryRun ? 1 : 0) : 2];
    const what = `${a.channel}: ${verb}${a.target ? ` ${a.target}` : ''} — rule "${a.rule}", ${a.fingerprints.length} alert(s)`;
    const note = a.note ? `\n    ${a.note.replace(/\n/g, '\n    ')}` : '';
    const payload = (a.payload ?? {});
    const preview = typeof payload.text === 'string'
        ? `\n    message: ${payload.text}`
        : typeof payload.summary === 'string'
            ? `\n    summary: ${payload.summary}`
            : '';
    return `${what}${preview}${note}`;
}
function jsonResult(r) {
    return { ...r, errors: r.errors.map((e) => describeError(e)) };
}
function readFileText(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new ConfigError(`cannot read config file ${path}: ${error.code ?? 'error'}`);
    }
}
function parseYaml(path, text) {
    const doc = distExports$1.parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
        const line = doc.errors[0].linePos?.[0]?.line;
        throw new ConfigError(`${path}${line ? `:${line}` : ''}: invalid YAML`, {
            hint: "quote alert thresholds ('>0'): an unquoted > starts a folded block in YAML",
        });
    }
    const values = doc.toJS();
    if (values !== null && values !== undefined && (typeof values !== 'object' || Array.isArray(values)))
        throw new ConfigError(`${path}: the config file must be a mapping of settings (key: value)`);
    // Only the alert settings are read here; the rest is validated by the commands that use it.
    return Object.fromEntries(Object.entries((values ?? {})).filter(([k]) => k in notifySettingsSchema.shape || k === 'log-level'));
}
function camel(key) {
    return key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
const collect = (value, previous) => [
    ...(previous ?? []),
    ...value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
];

export { registerNotifyCommand };
