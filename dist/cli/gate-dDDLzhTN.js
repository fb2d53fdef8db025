import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { C as ConfigError, O as Option, E as ExitCode } from './index.js';
import { existsSync, readFileSync } from 'node:fs';
import { d as distExports, s as strictObject, n as number, _ as _enum, a as array, b as boolean, c as string, u as union } from './logger-DezpSed9.js';
import { D as DEFAULT_FREQUENCY, p as parsePastRunsLocation, i as isBaselineModel, l as loadBaseline, r as resolveBaseline, b as baselineRuns, T as TemplateTally } from './index-C1LjAFtr.js';
import { G as median, H as mean, I as GITHUB_SUMMARY_LIMIT, w as tidyBlankLines, z as mdCode, y as mdText, A as table, E as htmlText, d as formatTimestamp, p as clipLines, C as fence, D as details, t as testTitle, m as testLocation, e as flakyKind, g as flakyEvidence, J as compareFrequencies, F as analyzeRun } from './render-summary-5gJthAzx.js';
import { join } from 'node:path';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import 'node:stream';
import 'node:zlib';
import './ingest-BV5wyWY4.js';
import './redact-DMW0fSiV.js';
import { f as formatCount } from './parser-DEMDJLvQ.js';
import { d as detectCiContext } from './ci-context-DcX3teIv.js';
import { a as addSettingFlags, c as commandContext, I as INGEST_KEYS, P as PAST_RUNS_KEYS } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:process';
import 'process';
import 'buffer';
import 'node:crypto';
import './mining-text-Bkr20PUU.js';
import './record-DDFyZkeT.js';
import './client-CIH8O2p4.js';
import 'node:http';
import 'node:https';
import './retry-CQdCV2e0.js';
import 'node:timers/promises';
import './spool-1dq89pCD.js';
import 'node:os';
import 'node:readline';
import './reader-Jegfsww6.js';
import './time-spec-0F7VOSkE.js';
import './partition-DchxXmCP.js';
import './expand-inputs-EVvGJ3Wt.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './index-IbjIDQ2Q.js';
import 'node:util';
import 'node:buffer';

// `<=+10%`, `< 0.02`, `==0`, `>=-5%`, `<2%`, `<=+3`: a comparator, then a number, optionally signed (relative
// to the baseline) and optionally a percentage.
const CRITERION = /^\s*(<=|>=|==|<|>)\s*([+-])?\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(%)?\s*$/;
/**
 * Parse one criterion (Keptn's notation). A sign makes it relative to the baseline: `+10%` is the baseline
 * plus 10 percent of it, `+3` the baseline plus 3. Without a sign it is absolute, and `2%` is 0.02 (so a
 * rate reads naturally). Returns an error message instead of throwing, so the gate file loader can say
 * which objective and field it was in.
 */
function parseCriterion(text) {
    const m = CRITERION.exec(text);
    if (!m) {
        return {
            error: `"${text}" is not a criterion (a comparator <, <=, ==, >, >= then a number: "<0.02", "<=+10%", "==0")`,
        };
    }
    const op = m[1];
    const sign = m[2];
    const n = Number(m[3]);
    const percent = m[4] === '%';
    if (sign) {
        const value = sign === '-' ? -n : n;
        return { text: text.trim(), op, kind: percent ? 'relative-percent' : 'relative-delta', value };
    }
    return { text: text.trim(), op, kind: 'absolute', value: percent ? n / 100 : n };
}
function isRelative(c) {
    return c.kind !== 'absolute';
}
/** What a criterion compares the value with; undefined when it is relative and there is no baseline. */
function targetOf(c, baseline) {
    if (c.kind === 'absolute')
        return c.value;
    if (baseline === undefined)
        return undefined;
    return c.kind === 'relative-percent' ? baseline * (1 + c.value / 100) : baseline + c.value;
}
/**
 * Three-valued: `null` when the criterion cannot be evaluated (no value, or relative without a baseline).
 * `==` allows for floating-point noise (a rate computed two ways must still compare equal).
 */
function holds(c, value, baseline) {
    const target = targetOf(c, baseline);
    if (value === undefined || target === undefined)
        return null;
    const eps = 1e-9 * Math.max(1, Math.abs(value), Math.abs(target));
    switch (c.op) {
        case '<':
            return value < target - eps;
        case '<=':
            return value <= target + eps;
        case '==':
            return Math.abs(value - target) <= eps;
        case '>':
            return value > target + eps;
        case '>=':
            return value >= target - eps;
    }
}
/**
 * Kleene logic over the lists: a list holds when all of its criteria do (a definite `false` wins over
 * `null`); the lists hold when one of them does (a definite `true` wins over `null`). So an absolute
 * criterion that fails still fails its list when a relative one beside it cannot be evaluated.
 */
function listsHold(lists, value, baseline) {
    let anyNull = false;
    for (const list of lists) {
        let all = true;
        for (const c of list) {
            const h = holds(c, value, baseline);
            if (h === false) {
                all = false;
                break;
            }
            if (h === null)
                all = null;
        }
        if (all === true)
            return true;
        if (all === null)
            anyNull = true;
    }
    return anyNull ? null : false;
}

/** Metrics an objective can name, besides `template-count:<id>` and `template-rate:<id>`. */
const METRICS = [
    'records',
    'errors',
    'error-rate',
    'warnings',
    'warning-rate',
    'tests',
    'failed-tests',
    'flaky-tests',
    'new-error-templates',
    'new-templates',
    'unreadable-inputs',
    'template-frequency',
];
/**
 * Metrics that a baseline run has a value for, so that relative criteria (`<=+10%`) make sense. Test
 * metrics do not: baseline runs are logs only. New templates and template-frequency are measured against
 * the baseline already.
 */
const BASELINE_METRICS = new Set([
    'records',
    'errors',
    'error-rate',
    'warnings',
    'warning-rate',
]);
const TEMPLATE_METRIC = /^template-(count|rate):(t[0-9a-f]{16})$/;
function isKnownMetric(metric) {
    return METRICS.includes(metric) || TEMPLATE_METRIC.test(metric);
}
function hasBaselineValue(metric) {
    return BASELINE_METRICS.has(metric) || TEMPLATE_METRIC.test(metric);
}
/**
 * A run's metrics, from its RunAnalysis and, for per-template metrics, the tally of all its templates
 * (RunAnalysis keeps error templates only). Pure.
 */
function metricsOf(analysis, tally) {
    const records = analysis.logs.records;
    const errors = analysis.logs.byLevel.error + analysis.logs.byLevel.fatal;
    const warnings = analysis.logs.byLevel.warn;
    const newTemplates = analysis.baseline?.newTemplates;
    return {
        records,
        values: {
            records,
            errors,
            // No records, no errors: a rate of 0 rather than NaN, and `records` objectives catch the empty run.
            'error-rate': records > 0 ? errors / records : 0,
            warnings,
            'warning-rate': records > 0 ? warnings / records : 0,
            tests: analysis.tests.tests,
            'failed-tests': analysis.tests.failed + analysis.tests.errored,
            'flaky-tests': analysis.tests.flaky.length,
            ...(newTemplates
                ? {
                    'new-error-templates': newTemplates.filter((t) => t.level === 'error' || t.level === 'fatal')
                        .length,
                    'new-templates': newTemplates.length,
                }
                : {}),
            'unreadable-inputs': analysis.inputs.unreadable.length,
        },
        templates: tally?.templates ?? new Map(),
    };
}
/** A baseline run's metrics from a saved baseline model: the log metrics only, as a baseline run has. */
function metricsOfBaselineRun(run, tally) {
    const errors = run.errors;
    return {
        records: run.records,
        values: {
            records: run.records,
            errors,
            'error-rate': run.records > 0 ? errors / run.records : 0,
            warnings: run.warnings,
            'warning-rate': run.records > 0 ? run.warnings / run.records : 0,
        },
        templates: tally.templates,
    };
}
/** The value of a metric in one run (template-frequency is not a per-run metric: see frequency.ts). */
function metricValue(m, metric) {
    const t = TEMPLATE_METRIC.exec(metric);
    if (t) {
        const count = m.templates.get(t[2])?.count ?? 0;
        return t[1] === 'count' ? count : m.records > 0 ? count / m.records : 0;
    }
    return m.values[metric];
}

/**
 * Keptn's scoring: each objective scores its weight when its pass criteria hold, half of it when its
 * warning criteria hold or it has no data, and nothing when it fails; the score is the sum over the sum of
 * weights, in percent. pass ≥ total.pass, warn ≥ total.warning, fail below, and any key objective that
 * fails fails the gate. Pure: the numbers in, the decision out.
 */
function evaluateGate(spec, inputs) {
    const { enough, note } = baselineSufficiency(spec, inputs);
    const objectives = spec.objectives.map((o) => evaluateObjective(o, spec, inputs, enough, note));
    const weights = objectives.reduce((n, o) => n + o.weight, 0);
    const points = objectives.reduce((n, o) => n + o.score, 0);
    const score = weights > 0 ? round2((100 * points) / weights) : 100;
    const keyFailed = objectives.filter((o) => o.key && o.status === 'fail');
    let verdict = keyFailed.length > 0
        ? 'fail'
        : score >= spec.total.pass
            ? 'pass'
            : score >= spec.total.warning
                ? 'warn'
                : 'fail';
    const reasons = [];
    for (const o of keyFailed)
        reasons.push(`key objective ${o.reason}`);
    reasons.push(verdict === 'pass'
        ? `score ${score}% ≥ ${spec.total.pass}% (pass)`
        : score >= spec.total.pass
            ? `score ${score}% ≥ ${spec.total.pass}%, but a key objective failed`
            : score >= spec.total.warning
                ? `score ${score}% < ${spec.total.pass}% (pass), ≥ ${spec.total.warning}% (warning)`
                : `score ${score}% < ${spec.total.warning}% (warning)`);
    for (const o of objectives) {
        if (o.status !== 'pass' && !(o.key && o.status === 'fail'))
            reasons.push(o.reason);
    }
    if (!enough && note)
        reasons.push(note);
    if (inputs.unreadable && inputs.unreadable > 0) {
        reasons.push(`${inputs.unreadable} input${inputs.unreadable === 1 ? '' : 's'} could not be read`);
        if (verdict === 'pass')
            verdict = 'warn';
    }
    return { verdict, score, reasons, objectives, enough, ...(note ? { note } : {}) };
}
function baselineSufficiency(spec, inputs) {
    const runs = inputs.baseline.length;
    const min = spec.minSamples;
    if (runs < min.baselineRuns) {
        return {
            enough: false,
            note: `relative criteria not evaluated: the baseline has ${runs} run${runs === 1 ? '' : 's'}, min-samples asks for ${min.baselineRuns}`,
        };
    }
    const baselineRecords = runs > 0 ? median(inputs.baseline.map((b) => b.records)) : 0;
    if (inputs.current.records < min.records || (runs > 0 && baselineRecords < min.records)) {
        return {
            enough: false,
            note: `relative criteria not evaluated: too few records (run ${inputs.current.records}, median baseline run ${baselineRecords}; min-samples asks for ${min.records})`,
        };
    }
    return { enough: true };
}
function evaluateObjective(o, spec, inputs, enough, note) {
    const isFrequency = o.metric === 'template-frequency';
    const value = isFrequency
        ? enough
            ? inputs.frequency?.value
            : undefined
        : metricValue(inputs.current, o.metric);
    let baseline;
    if (hasBaselineValue(o.metric) && inputs.baseline.length > 0) {
        const values = inputs.baseline.map((b) => metricValue(b, o.metric) ?? 0);
        baseline = { value: (spec.aggregate === 'mean' ? mean : median)(values), values };
    }
    // Below min-samples the baseline is shown but not used: relative criteria then evaluate to null.
    const usable = enough ? baseline?.value : undefined;
    const pass = listsHold(o.pass, value, usable);
    const warning = o.warning ? listsHold(o.warning, value, usable) : false;
    const status = pass === true
        ? 'pass'
        : pass === null
            ? 'no-data'
            : warning === true
                ? 'warn'
                : warning === null
                    ? 'no-data'
                    : 'fail';
    const score = status === 'pass' ? o.weight : status === 'fail' ? 0 : o.weight / 2;
    const criteria = [
        ...describe(o.pass, 'pass', value, usable),
        ...describe(o.warning ?? [], 'warning', value, usable),
    ];
    const why = value === undefined
        ? isFrequency
            ? (inputs.frequency?.unavailable ?? note ?? 'the frequency test did not run')
            : o.metric.startsWith('new-')
                ? 'no baseline was given'
                : 'no value'
        : note;
    return {
        name: o.name,
        metric: o.metric,
        key: o.key,
        weight: o.weight,
        status,
        score,
        ...(value !== undefined ? { value } : {}),
        ...(baseline ? { baseline } : {}),
        criteria,
        reason: reasonOf(o, status, value, baseline?.value, criteria, spec.aggregate, why),
    };
}
function describe(lists, list, value, baseline) {
    return lists.flatMap((group, g) => group.map((c) => {
        const target = targetOf(c, baseline);
        return {
            list,
            group: g,
            text: c.text,
            relative: isRelative(c),
            ...(target !== undefined ? { target } : {}),
            holds: holds(c, value, baseline),
        };
    }));
}
function reasonOf(o, status, value, baseline, criteria, aggregate, why) {
    const label = o.name === o.metric ? o.metric : `${o.name} (${o.metric})`;
    const shown = value === undefined ? 'no value' : formatNumber(value);
    const base = baseline === undefined ? '' : ` against baseline ${aggregate} ${formatNumber(baseline)}`;
    const needs = `where pass needs ${listsText(criteria.filter((c) => c.list === 'pass'))}`;
    switch (status) {
        case 'pass':
            return `${label} passed: ${shown}${base}`;
        case 'warn':
            return `${label} is in the warning band: ${shown}${base}, ${needs}`;
        case 'fail':
            return `${label} failed: ${shown}${base}, ${needs}`;
        case 'no-data':
            return `${label} has no data (counts as warning): ${why ?? 'criteria could not be evaluated'}${value === undefined ? '' : ` (value ${shown}${base})`}`;
    }
}
/** `<=+10% (→ 0.02) and <0.05`, lists joined by `or`. */
function listsText(criteria) {
    const groups = new Map();
    for (const c of criteria) {
        const text = c.relative && c.target !== undefined ? `${c.text} (→ ${formatNumber(c.target)})` : c.text;
        groups.set(c.group, [...(groups.get(c.group) ?? []), text]);
    }
    return [...groups.values()].map((g) => g.join(' and ')).join(' or ');
}
/** Integers as they are; other numbers to 4 significant digits (rates), without exponent noise. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return String(n);
    return String(Number(n.toPrecision(4)));
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

const HINT = 'docs/decisions/0011-gate.md describes the gate file; examples/gate.yml is one';
// One criterion, a list of them (AND), or a list of lists (OR of ANDs).
const criteria = union([
    string().min(1),
    array(string().min(1)).min(1),
    array(array(string().min(1)).min(1)).min(1),
]);
const percent = union([
    number().min(0).max(100),
    string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'a percentage such as "90%"'),
]);
const gateSchema = strictObject({
    objectives: array(strictObject({
        metric: string().min(1),
        name: string().min(1).optional(),
        pass: criteria,
        warning: criteria.optional(),
        weight: number().min(0).default(1),
        key: boolean().default(false),
    }))
        .min(1),
    total: strictObject({ pass: percent.default(90), warning: percent.default(75) }).prefault({}),
    'min-samples': strictObject({
        'baseline-runs': number().int().min(0).default(3),
        records: number().int().min(0).default(100),
    })
        .prefault({}),
    'baseline-aggregate': _enum(['median', 'mean']).default('median'),
    'template-frequency': strictObject({
        slice: number().int().min(5).default(50),
        alpha: number().gt(0).lt(1).default(0.01),
        'min-ratio': number().min(1).default(2),
        'min-count': number().int().min(0).default(5),
        'min-slices': number().int().min(2).default(5),
    })
        .prefault({}),
});
/** Read, validate and compile a gate file. Every error names the file, the objective and the field. */
function loadGateFile(path) {
    if (!existsSync(path))
        throw new ConfigError(`gate file ${path} does not exist`, { hint: HINT });
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (cause) {
        throw new ConfigError(`cannot read gate file ${path}: ${cause.message}`, { cause });
    }
    return parseGate(text, path);
}
/** `parseGate(text, name)`: the same, from text (`name` is what errors call it). */
function parseGate(text, file) {
    const doc = distExports.parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new ConfigError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${first.code}`, {
            hint: 'fix the YAML syntax (indentation, quoting) at that line',
        });
    }
    const raw = doc.toJS();
    const result = gateSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = pathName(issue.path, raw);
        const what = issue.code === 'unrecognized_keys'
            ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : issue.message;
        throw new ConfigError(`${file}: ${where ? `${where}: ` : ''}${what}`, { hint: HINT });
    }
    const g = result.data;
    const objectives = g.objectives.map((o, i) => {
        const at = (field) => `${file}: ${pathName(['objectives', i, field], raw)}`;
        if (!isKnownMetric(o.metric)) {
            throw new ConfigError(`${at('metric')}: unknown metric "${o.metric}" (known: ${METRICS.join(', ')}, template-count:<id>, template-rate:<id>)`, { hint: HINT });
        }
        const compile = (field, input) => {
            const lists = typeof input === 'string' ? [[input]] : input.every((x) => typeof x === 'string') ? [input] : input;
            return lists.map((list, g) => list.map((text, c) => {
                const parsed = parseCriterion(text);
                const here = `${at(field)}${lists.length > 1 ? `[${g}]` : ''}[${c}]`;
                if ('error' in parsed)
                    throw new ConfigError(`${here}: ${parsed.error}`, { hint: HINT });
                if (isRelative(parsed) && !hasBaselineValue(o.metric)) {
                    throw new ConfigError(`${here}: relative criterion "${text}" needs a baseline value, and ${o.metric} has none (${o.metric.startsWith('new-') || o.metric === 'template-frequency' ? 'it is measured against the baseline already' : 'baseline runs are logs only'}); use an absolute criterion such as "==0"`, { hint: HINT });
                }
                return parsed;
            }));
        };
        return {
            metric: o.metric,
            name: o.name ?? o.metric,
            pass: compile('pass', o.pass),
            ...(o.warning !== undefined ? { warning: compile('warning', o.warning) } : {}),
            weight: o.weight,
            key: o.key,
        };
    });
    const total = { pass: percentOf(g.total.pass), warning: percentOf(g.total.warning) };
    if (total.warning > total.pass) {
        throw new ConfigError(`${file}: total: warning (${total.warning}%) is above pass (${total.pass}%)`, {
            hint: HINT,
        });
    }
    const f = g['template-frequency'];
    return {
        source: file,
        objectives,
        total,
        minSamples: { baselineRuns: g['min-samples']['baseline-runs'], records: g['min-samples'].records },
        aggregate: g['baseline-aggregate'],
        frequency: {
            slice: f.slice,
            alpha: f.alpha,
            minRatio: f['min-ratio'],
            minCount: f['min-count'],
            minSlices: f['min-slices'],
        },
    };
}
/**
 * The gate that flags (`--max-error-rate`, ...) or action inputs describe: one key objective per threshold,
 * all of which must hold. Without any, `failed-tests <= 0` and `new-error-templates <= 0`, the checks that
 * `analyze` fails on.
 */
function gateFromThresholds(t) {
    const given = Object.values(t).some((v) => v !== undefined);
    const limits = given ? t : { maxFailedTests: 0, maxNewErrorTemplates: 0 };
    const objective = (metric, max) => ({
        metric,
        name: metric,
        pass: [[{ text: `<=${max}`, op: '<=', kind: 'absolute', value: max }]],
        weight: 1,
        key: true,
    });
    const objectives = [];
    if (limits.maxErrorRate !== undefined)
        objectives.push(objective('error-rate', limits.maxErrorRate));
    if (limits.maxNewErrorTemplates !== undefined)
        objectives.push(objective('new-error-templates', limits.maxNewErrorTemplates));
    if (limits.maxFailedTests !== undefined)
        objectives.push(objective('failed-tests', limits.maxFailedTests));
    return {
        source: given ? 'thresholds' : 'defaults (failed-tests <= 0, new-error-templates <= 0)',
        objectives,
        // Every objective is key, so a failed one fails the gate; one without data (no baseline) warns.
        total: { pass: 100, warning: 50 },
        minSamples: { baselineRuns: 1, records: 0 },
        aggregate: 'median',
        frequency: DEFAULT_FREQUENCY,
    };
}
/**
 * A threshold from a flag or an input: a non-negative number, or a percentage (`2%` is 0.02). Rates must
 * be at most 1, counts whole numbers.
 */
function parseThreshold(name, raw, kind, source) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(raw);
    const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    const ok = m !== null && (kind === 'rate' ? value <= 1 : Number.isInteger(value) && !m[2]);
    if (!ok) {
        throw new ConfigError(`${source}: ${name}: "${raw}" is not ${kind === 'rate' ? 'a rate (0.02 or 2%)' : 'a whole number of 0 or more'}`);
    }
    return value;
}
function percentOf(v) {
    return typeof v === 'number' ? v : Number(v.replace('%', '').trim());
}
/** `objectives[1] (failed-tests).pass` from a zod path, naming the objective by its metric. */
function pathName(path, raw) {
    let out = '';
    for (let i = 0; i < path.length; i++) {
        const p = path[i];
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += `${out ? '.' : ''}${String(p)}`;
        if (i === 1 && path[0] === 'objectives' && typeof p === 'number') {
            const metric = raw?.objectives?.[p]?.metric;
            if (typeof metric === 'string')
                out += ` (${metric})`;
        }
    }
    return out;
}

const ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-data': '❔' };
const VERDICT = { pass: '✅ PASS', warn: '⚠️ WARN', fail: '❌ FAIL' };
const STACK_LINES = 20;
const CONTEXT_LINES = 8;
/**
 * gate.md and the gate action's job summary: the verdict and score, the objectives table, then for each
 * objective that did not pass the log lines behind it. Every string from logs or reports goes through the
 * report's Markdown escaping. When the evidence would not fit GitHub's summary limit it is left out (gate.json
 * keeps it).
 */
function renderGateMarkdown(r, maxBytes = GITHUB_SUMMARY_LIMIT - 64 * 1024) {
    const full = render(r, true);
    if (Buffer.byteLength(full, 'utf8') <= maxBytes)
        return full;
    return render(r, false);
}
function render(r, withEvidence) {
    const parts = [header(r), objectivesTable(r)];
    // Several objectives can point at the same root cause (error-rate, new-error-templates): show it once.
    const shown = new Set();
    if (withEvidence)
        parts.push(...r.objectives.filter((o) => o.status !== 'pass').map((o) => explain(o, shown)));
    else
        parts.push('_The log lines behind each objective were left out to fit the summary: gate.json has them._');
    parts.push(footer(r));
    return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'));
}
function header(r) {
    const lines = [
        `## ${VERDICT[r.verdict]} — gate score ${formatNumber(r.score)}%`,
        '',
        `Pass at ${formatNumber(r.total.pass)}%, warning at ${formatNumber(r.total.warning)}% · gate ${mdCode(r.gate)} · ` +
            `run: ${formatCount(r.run.records)} records, ${formatCount(r.run.tests)} tests · ` +
            `baseline: ${r.baseline.runs.length} run${r.baseline.runs.length === 1 ? '' : 's'} (${r.baseline.aggregate})`,
        '',
        ...r.reasons.map((reason) => `- ${mdText(reason)}`),
    ];
    return lines.join('\n');
}
function objectivesTable(r) {
    const rows = r.objectives.map((o) => [
        `${ICON[o.status]} ${o.status}`,
        `${mdText(o.name)}${o.key ? ' **(key)**' : ''}`,
        o.value === undefined ? '—' : formatNumber(o.value),
        o.baseline === undefined ? '—' : formatNumber(o.baseline.value),
        criteriaText(o, 'pass'),
        criteriaText(o, 'warning'),
        `${formatNumber(o.score)}/${formatNumber(o.weight)}`,
    ]);
    return table(['Result', 'Objective', 'Value', 'Baseline', 'Pass', 'Warning', 'Score'], ['l', 'l', 'r', 'r', 'l', 'l', 'r'], rows);
}
/** `<=+10% ✗ and <0.02 ✓`, lists joined by `or`. */
function criteriaText(o, list) {
    const cs = o.criteria.filter((c) => c.list === list);
    if (cs.length === 0)
        return '—';
    const groups = new Map();
    for (const c of cs) {
        const mark = c.holds === true ? ' ✓' : c.holds === false ? ' ✗' : ' ?';
        const target = c.relative && c.target !== undefined ? ` (${formatNumber(c.target)})` : '';
        groups.set(c.group, [
            ...(groups.get(c.group) ?? []),
            `${mdCode(c.text, { inTable: true })}${target}${mark}`,
        ]);
    }
    return [...groups.values()].map((g) => g.join(' and ')).join(' **or** ');
}
function explain(o, shown) {
    const out = [
        `### ${ICON[o.status]} ${mdText(o.name)}${o.key ? ' (key objective)' : ''}`,
        '',
        mdText(o.reason, 1000),
    ];
    if (o.baseline && o.baseline.values.length > 0) {
        out.push('', `Baseline values per run: ${o.baseline.values.map(formatNumber).join(', ')}`);
    }
    if (o.evidence)
        out.push('', evidence(o.evidence, shown));
    return out.join('\n');
}
function evidence(e, shown) {
    const out = [];
    if (e.templates) {
        out.push(table(['Template', 'Count', 'Level', 'Example'], ['l', 'r', 'l', 'l'], e.templates.map((t) => [
            `${mdCode(t.template, { max: 200, inTable: true })}${t.new ? ' _new_' : ''}`,
            formatCount(t.count),
            t.level,
            `${mdCode(`${t.example.path}:${t.example.line}`, { inTable: true })} ${mdText(t.example.message, 200)}`,
        ])));
    }
    const causes = (e.rootCauses ?? []).filter((rc) => !shown.has(`${rc.path}:${rc.line}`));
    if (causes.length < (e.rootCauses ?? []).length)
        out.push('_Root causes shown above are not repeated._');
    for (const rc of causes) {
        shown.add(`${rc.path}:${rc.line}`);
        const where = `${rc.path}:${rc.line}${rc.group ? ` (${rc.group})` : ''}`;
        const lines = rc.context
            .filter((l) => Math.abs(l.line - rc.line) <= CONTEXT_LINES)
            .map((l) => `${l.focus ? '>' : ' '} ${String(l.line).padStart(5)} ${l.text}`)
            .join('\n');
        const stack = rc.stackTrace ? clipLines(rc.stackTrace, STACK_LINES, 4000) : undefined;
        const body = fence(lines || rc.message) +
            (stack
                ? `\n${fence(stack.omitted > 0 ? `${stack.text}\n… ${stack.omitted} more lines` : stack.text)}`
                : '');
        out.push(details(`${htmlText(where)} — ${htmlText(rc.message, 160)}`, body));
    }
    if (e.tests) {
        out.push(table(['Failing test', 'Where', 'Message'], ['l', 'l', 'l'], e.tests.map((t) => [
            mdText(testTitle(t), 200),
            mdCode(testLocation(t) ?? t.report, { inTable: true }),
            mdText(t.message ?? '', 300),
        ])));
        for (const t of e.tests.filter((t) => t.stackTrace)) {
            const { text, omitted } = clipLines(t.stackTrace, STACK_LINES, 4000);
            out.push(details(htmlText(testTitle(t)), fence(omitted > 0 ? `${text}\n… ${omitted} more lines` : text)));
        }
    }
    if (e.flaky) {
        out.push(table(['Flaky test', 'Flaky', 'Evidence', 'Report'], ['l', 'l', 'l', 'l'], e.flaky.map((t) => [
            mdText(testTitle(t), 200),
            flakyKind(t),
            mdText(flakyEvidence(t), 300),
            mdCode(t.report, { inTable: true }),
        ])));
    }
    if (e.shifts) {
        out.push(table(['Template', 'Now', 'Baseline (median run)', 'Rate change', 'p', 'Example'], ['l', 'r', 'r', 'r', 'r', 'l'], e.shifts.map((s) => [
            mdCode(s.template, { max: 200, inTable: true }),
            formatCount(s.count),
            formatCount(s.baselineCount),
            `${s.direction === 'up' ? '▲' : '▼'} ×${formatNumber(s.ratio)}`,
            s.p < 0.0001 ? '<0.0001' : formatNumber(s.p),
            s.example
                ? `${mdCode(`${s.example.path}:${s.example.line}`, { inTable: true })} ${mdText(s.example.message, 160)}`
                : '',
        ])));
    }
    if (e.unreadable) {
        out.push(e.unreadable.map((u) => `- ${mdCode(u.path)}: ${mdText(u.message, 300)}`).join('\n'));
    }
    return out.join('\n\n');
}
function footer(r) {
    const runs = r.baseline.runs.map((b) => `${mdCode(b.path)} (${formatCount(b.records)})`).join(', ');
    const freq = r.frequency
        ? ` · template frequency: ${formatCount(r.frequency.tested)} templates tested, ${formatCount(r.frequency.shifted.length)} shifted`
        : '';
    return `<sub>logward gate · ${htmlText(formatTimestamp(r.generatedAt))} · analyze verdict: ${r.run.analysisVerdict}${freq}${runs ? ` · baseline runs: ${runs}` : ''}</sub>`;
}

const THRESHOLD_OPTIONS = ['max-error-rate', 'max-new-error-templates', 'max-failed-tests'];
/**
 * A gate file, or thresholds, or the defaults: never a mix, because a threshold beside a gate file would
 * leave the reader guessing which wins. `source` names where the options came from in errors.
 */
function resolveGate(o, source) {
    const t = {
        maxErrorRate: parseThreshold('max-error-rate', o['max-error-rate'], 'rate', source),
        maxNewErrorTemplates: parseThreshold('max-new-error-templates', o['max-new-error-templates'], 'count', source),
        maxFailedTests: parseThreshold('max-failed-tests', o['max-failed-tests'], 'count', source),
    };
    const gate = o.gate?.trim();
    if (gate) {
        const given = THRESHOLD_OPTIONS.filter((k) => o[k] !== undefined && o[k].trim() !== '');
        if (given.length > 0) {
            throw new ConfigError(`${source}: give a gate file or thresholds, not both (${given.join(', ')} with gate)`, {
                hint: 'put the thresholds in the gate file as objectives',
            });
        }
        return loadGateFile(gate);
    }
    return gateFromThresholds(t);
}

const MAX_TEMPLATES = 10;
const MAX_ROOT_CAUSES = 5;
const MAX_TESTS = 20;
/**
 * The log lines behind an objective that did not pass: the templates and example lines, the root causes
 * with their context, the failing tests, the shifted templates. Taken from the RunAnalysis (already
 * redacted and bounded), so a reader of gate.md sees why without opening the logs.
 */
function evidenceFor(o, a, tally, shifts) {
    if (o.status === 'pass')
        return undefined;
    const isError = (t) => t.level === 'error' || t.level === 'fatal';
    switch (o.metric) {
        case 'errors':
        case 'error-rate':
            return nonEmpty({
                templates: a.topErrorTemplates.slice(0, MAX_TEMPLATES),
                rootCauses: a.rootCauses.slice(0, MAX_ROOT_CAUSES),
            });
        case 'warnings':
        case 'warning-rate':
            return nonEmpty({ templates: fromTally(tally, (t) => t.level === 'warn') });
        case 'new-error-templates': {
            const fresh = (a.baseline?.newTemplates ?? []).filter(isError);
            const ids = new Set(fresh.map((t) => t.templateId));
            return nonEmpty({
                templates: fresh.slice(0, MAX_TEMPLATES),
                rootCauses: a.rootCauses
                    .filter((r) => r.templateId && ids.has(r.templateId))
                    .slice(0, MAX_ROOT_CAUSES),
            });
        }
        case 'new-templates':
            return nonEmpty({ templates: (a.baseline?.newTemplates ?? []).slice(0, MAX_TEMPLATES) });
        case 'failed-tests':
            return nonEmpty({ tests: a.tests.failing.slice(0, MAX_TESTS) });
        case 'flaky-tests':
            return nonEmpty({ flaky: a.tests.flaky.slice(0, MAX_TESTS) });
        case 'unreadable-inputs':
            return nonEmpty({ unreadable: a.inputs.unreadable });
        case 'template-frequency':
            return nonEmpty({ shifts: shifts.slice(0, MAX_TEMPLATES * 2) });
        default: {
            const id = TEMPLATE_METRIC.exec(o.metric)?.[2];
            return id ? nonEmpty({ templates: fromTally(tally, (t) => t.templateId === id) }) : undefined;
        }
    }
}
function fromTally(tally, keep) {
    return [...(tally?.templates.values() ?? [])]
        .filter(keep)
        .sort((a, b) => b.count - a.count || (a.templateId < b.templateId ? -1 : 1))
        .slice(0, MAX_TEMPLATES)
        .map((t) => ({
        templateId: t.templateId,
        template: t.template,
        count: t.count,
        level: t.level,
        services: [],
        example: t.example,
    }));
}
function nonEmpty(e) {
    const kept = Object.fromEntries(Object.entries(e).filter(([, v]) => Array.isArray(v) && v.length > 0));
    return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The gate: analyse each baseline run on its own (one value per run, so the baseline has a spread and a
 * median), analyse the run against the whole baseline (new templates), compare template frequencies,
 * then score the objectives and attach the log lines behind each one that did not pass.
 */
async function runGate(options) {
    const { config, spec } = options;
    const [first] = config.baseline;
    const fromStore = first !== undefined && parsePastRunsLocation(first) !== undefined;
    const model = config.baseline.length === 1 && first !== undefined && isBaselineModel(first)
        ? await loadBaseline(first)
        : fromStore
            ? await resolveBaseline(config, options.logger, options.ci)
            : undefined;
    const judged = model
        ? await againstModel(options, model, first)
        : await againstRuns(fromStore ? { ...options, config: { ...config, baseline: [] } } : options);
    const { analysis, runTally, baseline } = judged;
    const frequency = spec.objectives.some((o) => o.metric === 'template-frequency')
        ? compareFrequencies(runTally, baseline.map((b) => b.tally), { ...spec.frequency, slice: judged.slice })
        : undefined;
    const decision = evaluateGate(spec, {
        current: metricsOf(analysis, runTally),
        baseline: baseline.map((b) => b.metrics),
        ...(frequency
            ? {
                frequency: {
                    ...(frequency.unavailable === undefined ? { value: frequency.shifted.length } : {}),
                    ...(frequency.unavailable ? { unavailable: frequency.unavailable } : {}),
                },
            }
            : {}),
        unreadable: analysis.inputs.unreadable.length,
    });
    const objectives = decision.objectives.map((o) => {
        const evidence = evidenceFor(o, analysis, runTally, frequency?.shifted ?? []);
        return evidence ? { ...o, evidence } : o;
    });
    const result = {
        version: 1,
        generatedAt: (options.now?.() ?? new Date()).toISOString(),
        gate: spec.source,
        verdict: decision.verdict,
        score: decision.score,
        total: spec.total,
        reasons: decision.reasons,
        objectives,
        run: {
            paths: [...config.paths],
            reports: [...config.reports],
            records: analysis.logs.records,
            tests: analysis.tests.tests,
            analysisVerdict: analysis.verdict,
            unreadable: analysis.inputs.unreadable,
        },
        baseline: {
            runs: baseline.map((b) => ({ path: b.path, records: b.metrics.records })),
            aggregate: spec.aggregate,
            enough: decision.enough,
            ...(decision.note ? { note: decision.note } : {}),
        },
        ...(frequency ? { frequency: { tested: frequency.tested, shifted: frequency.shifted } } : {}),
    };
    return { result, analysis };
}
/** Logs of passing runs: each is analysed on its own, then the run against all of them. */
async function againstRuns(options) {
    const { config, spec, logger } = options;
    const runs = await baselineRuns(config);
    const total = runs.length + 1;
    const baseline = [];
    for (const [i, path] of runs.entries()) {
        options.onRun?.(path, i, total);
        const tally = new TemplateTally(spec.frequency.slice);
        const analysis = await analyzeRun({
            config: { ...config, paths: [path], reports: [], baseline: [], 'store-records': false },
            logger: logger.child('baseline'),
            ci: options.ci,
            sinks: [tally],
        });
        const t = tally.result();
        baseline.push({ path, metrics: metricsOf(analysis, t), tally: t });
    }
    options.onRun?.(config.paths.join(', '), runs.length, total);
    const tally = new TemplateTally(spec.frequency.slice);
    const analysis = await analyzeRun({
        config: { ...config, baseline: runs, 'store-records': false },
        logger,
        ci: options.ci,
        sinks: [tally],
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    return { analysis, runTally: tally.result(), baseline, slice: spec.frequency.slice };
}
/**
 * A baseline model (`logward baseline learn`): the per-run statistics and template tallies saved in it
 * stand for the baseline runs, so nothing is analysed again but the run itself. The frequency test uses the
 * model's slices (they were cut when it was learned); a gate file asking for another size is told so.
 */
async function againstModel(options, model, dir) {
    const { config, spec, logger } = options;
    if (model.slice !== spec.frequency.slice) {
        logger.warn(`template-frequency: the baseline model ${dir} was cut in slices of ${model.slice} records, not ${spec.frequency.slice}; using ${model.slice}`);
    }
    options.onRun?.(config.paths.join(', '), 0, 1);
    let runTally;
    const analysis = await analyzeRun({
        config: { ...config, 'store-records': false },
        logger,
        ci: options.ci,
        baseline: model,
        onBaselineTally: (t) => (runTally = t),
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    const baseline = model.runs.map((r, i) => ({
        path: r.name,
        metrics: metricsOfBaselineRun(r, model.tallies[i]),
        tally: model.tallies[i],
    }));
    return { analysis, runTally: runTally, baseline, slice: model.slice };
}

/** gate.json and gate.md, each written under a temporary name and renamed (no reader sees half a file). */
async function writeGate(result, dir) {
    await mkdir(dir, { recursive: true });
    const files = { json: join(dir, 'gate.json'), markdown: join(dir, 'gate.md') };
    await Promise.all([
        writeAtomically(files.json, JSON.stringify(result, null, 2) + '\n'),
        writeAtomically(files.markdown, renderGateMarkdown(result)),
    ]);
    return { dir, ...files };
}
async function writeAtomically(path, content) {
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, content);
    await rename(tmp, path);
}
/** The line the CLI prints and the action logs: `FAIL (score 41.67%): reason; reason`. */
function gateLine(r) {
    return `${r.verdict.toUpperCase()} (score ${r.score}%): ${r.reasons.join('; ')}`;
}

const KEYS = ['reports', 'baseline', 'out', ...INGEST_KEYS, ...PAST_RUNS_KEYS];
function registerGateCommand(program) {
    const command = program
        .command('gate')
        .description('Post-deploy gate: judge a run or deploy window against a baseline of passing runs, per a gate file (objectives, criteria, weights) or thresholds → pass, warn or fail with the log lines behind it (gate.md, gate.json).')
        .argument('[paths...]', 'log files, globs or directories of the run or deploy window; `-` reads stdin')
        .addOption(new Option('--gate <file>', 'gate file (YAML): objectives, criteria, weights, key objectives'))
        .addOption(new Option('--max-error-rate <rate>', 'without a gate file: most error records per record (0.02 or 2%)'))
        .addOption(new Option('--max-new-error-templates <n>', 'without a gate file: most error templates the baseline never had'))
        .addOption(new Option('--max-failed-tests <n>', 'without a gate file: most failed or errored tests'))
        .addOption(new Option('--json', 'print gate.json to stdout instead of the verdict line'))
        .addHelpText('after', `
The baseline: each --baseline match (a directory of logs or a file) is one passing run, analysed on its own;
its value for a metric is the median over the runs. A run that is also being judged is left out. Or a
baseline model (\`logward baseline learn … --model DIR\`, then --baseline DIR): its saved per-run counts stand
for the runs, which are not analysed again.
Without --gate or thresholds, the gate is: failed-tests <= 0 and new-error-templates <= 0.

Examples:
  $ logward gate examples/runs/failing/logs --reports 'examples/runs/failing/reports/*.xml' \\
      --baseline 'examples/runs/pass-*/logs' --gate examples/gate.yml
  $ logward gate deploy-logs/ --baseline 'previous-deploys/*' --max-error-rate 1% --max-new-error-templates 0

Exit codes: 0 pass or warn, 1 fail, 2 usage or invalid gate file.`);
    addSettingFlags(command, KEYS);
    command.action(async (paths, opts) => {
        const { config, logger } = commandContext(opts, KEYS, paths.length > 0 ? { paths } : {});
        const spec = resolveGate({
            gate: opts.gate,
            'max-error-rate': opts.maxErrorRate,
            'max-new-error-templates': opts.maxNewErrorTemplates,
            'max-failed-tests': opts.maxFailedTests,
        }, 'command line');
        if (config.paths.length === 0 && config.reports.length === 0) {
            logger.error('nothing to judge: name log files or directories, and/or --reports (or set them in logward.yml)');
            process.exitCode = ExitCode.usage;
            return;
        }
        const { result } = await runGate({
            config,
            spec,
            logger,
            ci: detectCiContext(process.env, config),
            ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
            onRun: (path, i, total) => logger.debug(`gate: analysing ${i + 1}/${total}: ${path}`),
        });
        const written = await writeGate(result, config.out);
        if (opts.json)
            process.stdout.write(JSON.stringify(result) + '\n');
        else
            process.stdout.write(verdictLine(result, written.markdown) + '\n');
        if (result.verdict === 'fail')
            process.exitCode = ExitCode.verdictFailed;
    });
}
function verdictLine(r, markdown) {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const line = gateLine(r);
    const paint = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m' }[r.verdict];
    const word = r.verdict.toUpperCase();
    return `${color ? `${paint}${word}\x1b[0m${line.slice(word.length)}` : line}\ngate: ${markdown}`;
}

export { registerGateCommand };
