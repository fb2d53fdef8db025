import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { d as describeError } from './index.js';
import { L as LEVELS } from './record-DDFyZkeT.js';
import { i as ingest } from './ingest-BV5wyWY4.js';
import { R as RecordSpool } from './spool-1dq89pCD.js';
import { e as expandInputs } from './expand-inputs-EVvGJ3Wt.js';
import { stat, readFile } from 'node:fs/promises';
import 'node:stream';
import 'node:zlib';
import { s as summarize, a as addCounts, b as allCases, e as emptyCounts, p as parseTestReports } from './index-IbjIDQ2Q.js';
import { T as TemplateMiner, m as miningText } from './mining-text-Bkr20PUU.js';
import { createHash } from 'node:crypto';
import { c as createRedactor } from './redact-DMW0fSiV.js';
import { D as DEFAULT_FREQUENCY, r as resolveBaseline, T as TemplateTally, E as ErrorBucketCollector, s as sessionKeyReader, S as SessionCollector } from './index-C1LjAFtr.js';
import { p as plural, f as formatCount } from './parser-DEMDJLvQ.js';

/** Small statistics shared by the gate and the findings. */
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / values.length;
}

const EXAMPLES = 3;
/**
 * Anomalous sessions, grouped by their dominant evidence so that 300 sessions failing the same way are one
 * finding with a count and three examples: an event the baseline never had (grouped by that event's
 * template), key counts outside the normal ranges, or an unusual order (the next-key model's surprise).
 * `scores[i]` is the sequence model's verdict on `sessions[i]`.
 */
function anomalousSessionFindings(sessions, scores, templateText) {
    const groups = new Map();
    for (const [i, s] of sessions.entries()) {
        const score = scores[i];
        if (!score?.anomalous)
            continue;
        const evidence = score.unknownKeys > 0 ? 'unknown-events' : score.countExcess > 0 ? 'event-counts' : 'event-order';
        const key = evidence === 'unknown-events' ? `${evidence}:${s.firstUnknown?.templateId ?? ''}` : evidence;
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { evidence, sessions: [] }));
        g.sessions.push({ s, score });
    }
    return [...groups.values()]
        .sort((a, b) => b.sessions.length - a.sessions.length)
        .map((g) => {
        const n = g.sessions.length;
        const worst = [...g.sessions].sort((a, b) => b.score.score - a.score.score);
        const first = g.sessions[0].s;
        const unknown = first.firstUnknown;
        const what = g.evidence === 'unknown-events'
            ? `an event no baseline session had: "${templateText(unknown?.templateId ?? '') ?? unknown?.message ?? '?'}"`
            : g.evidence === 'event-counts'
                ? 'event counts outside the ranges of the baseline sessions'
                : 'an order of events the sequence model did not expect';
        return {
            kind: 'anomalous-sessions',
            severity: 'warn',
            title: `${plural(n, 'anomalous session')}: ${g.evidence.replace('-', ' ')}`,
            explanation: `${plural(n, 'session')} of ${sessions.length} had ${what} (highest score ${worst[0].score.score}, 1 is the alarm level).`,
            evidence: worst.slice(0, EXAMPLES).map(({ s }) => {
                const at = g.evidence === 'unknown-events' && s.firstUnknown ? s.firstUnknown : s.first;
                return {
                    path: at.path,
                    line: at.line,
                    ...(at.timestamp ? { timestamp: at.timestamp } : {}),
                    message: at.message,
                    templateId: at.templateId,
                    session: s.key,
                };
            }),
            sessions: { anomalous: n, total: sessions.length, evidence: g.evidence },
        };
    });
}

/** ln(n!) by summing logs, cached: counts in one run stay small enough for this to be exact and quick. */
const lnFactorials = [0];
function lnFactorial(n) {
    for (let i = lnFactorials.length; i <= n; i++)
        lnFactorials.push(lnFactorials[i - 1] + Math.log(i));
    return lnFactorials[n];
}
function pmf(i, lambda) {
    return Math.exp(-lambda + i * Math.log(lambda) - lnFactorial(i));
}
/**
 * P(X ≥ k) for X ~ Poisson(lambda): the chance of seeing at least k events in a bucket where lambda are
 * expected. Summed from the side that converges: upward from k when k is above the mean (terms shrink
 * fast), else one minus the sum below k.
 */
function poissonTail(k, lambda) {
    if (k <= 0)
        return 1;
    if (lambda <= 0)
        return 0;
    if (k <= lambda) {
        let below = 0;
        for (let i = 0; i < k; i++)
            below += pmf(i, lambda);
        return Math.min(1, Math.max(0, 1 - below));
    }
    let sum = 0;
    for (let i = k; i < k + 10_000; i++) {
        const term = pmf(i, lambda);
        sum += term;
        if (term < sum * 1e-16)
            break;
    }
    return Math.min(1, sum);
}

const DEFAULT_BURST = { alpha: 0.001, minCount: 5 };
const EVIDENCE$2 = 3;
/**
 * Error bursts: time buckets whose error count is far above the baseline's errors per bucket. The
 * baseline rate λ is its timestamped errors over its buckets; a bucket bursts when P(X ≥ count | Poisson
 * λ) < alpha / buckets and count ≥ minCount. A baseline without errors gets λ = half an error over all its
 * buckets, so the test stays defined and any cluster of minCount errors stands out. Adjacent bursting
 * buckets are one finding.
 */
function errorBurstFindings(run, baseline, o = DEFAULT_BURST) {
    const buckets = baseline.reduce((n, r) => n + r.buckets, 0);
    if (buckets === 0)
        return { findings: [], notes: ['error bursts not tested: the baseline runs have no timestamps'] };
    if (run.buckets === 0 || !run.start)
        return { findings: [], notes: [] };
    const errors = baseline.reduce((n, r) => n + r.timedErrors, 0);
    const lambda = errors > 0 ? errors / buckets : 0.5 / buckets;
    const level = o.alpha / run.buckets;
    const flagged = [...run.counts]
        .filter(([, b]) => b.errors >= o.minCount)
        .map(([i, b]) => ({ i, b, p: poissonTail(b.errors, lambda) }))
        .filter((x) => x.p < level)
        .sort((a, b) => a.i - b.i);
    const groups = [];
    for (const x of flagged) {
        const g = groups.at(-1);
        if (g && g.at(-1).i === x.i - 1)
            g.push(x);
        else
            groups.push([x]);
    }
    const start = Date.parse(run.start);
    const ms = run.bucketSeconds * 1000;
    const findings = groups.map((g) => {
        const from = new Date(start + g[0].i * ms).toISOString();
        const to = new Date(start + (g.at(-1).i + 1) * ms).toISOString();
        const count = g.reduce((n, x) => n + x.b.errors, 0);
        const p = Math.min(...g.map((x) => x.p));
        const expected = lambda * g.length;
        const minutes = (g.length * run.bucketSeconds) / 60;
        return {
            kind: 'error-burst',
            severity: 'warn',
            title: `Error burst: ${plural(count, 'error')} at ${from.slice(11, 16)} UTC`,
            explanation: `${plural(count, 'error record')} between ${from.slice(11, 19)} and ${to.slice(11, 19)} UTC (${minutes < 1 ? `${g.length * run.bucketSeconds} s` : `${minutes} min`}) where the baseline averages ${expected < 0.01 ? expected.toExponential(1) : expected.toPrecision(2)} (Poisson p = ${p.toPrecision(2)}).`,
            evidence: g.flatMap((x) => x.b.examples).slice(0, EVIDENCE$2),
            burst: { start: from, end: to, bucketSeconds: run.bucketSeconds, errors: count, expected, p },
        };
    });
    return { findings, notes: [] };
}

const EXACT_MAX = 50;
function mannWhitneyU(x, y, method = 'auto') {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('mannWhitneyU: both samples need at least one value');
    const { ranks, tieTerm } = rank([...x, ...y]);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const useExact = method === 'exact' || (method === 'auto' && tieTerm === 0 && n1 <= EXACT_MAX && n2 <= EXACT_MAX);
    if (useExact)
        return { u, p: exactP(u, n1, n2), method: 'exact' };
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every value tied: the samples cannot be told apart.
    if (variance <= 0)
        return { u, p: 1, method: 'asymptotic' };
    const z = Math.max(0, Math.abs(u - mu) - 0.5) / Math.sqrt(variance);
    return { u, p: Math.min(1, erfc(z / Math.SQRT2)), method: 'asymptotic' };
}
/** Mid-ranks (1-based) and Σ(t³ − t) over groups of ties. */
function rank(values) {
    const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const ranks = new Array(values.length);
    let tieTerm = 0;
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const mid = (i + j + 2) / 2;
        for (let k = i; k <= j; k++)
            ranks[order[k][1]] = mid;
        const t = j - i + 1;
        tieTerm += t * t * t - t;
        i = j + 1;
    }
    return { ranks, tieTerm };
}
/**
 * Two-sided exact p: 2 · P(U ≤ min(u, n1·n2 − u)) under the null, capped at 1. The distribution is
 * counted by the classic recurrence over (n1, n2), one row of counts per n2, in floating point (the
 * counts reach C(100, 50) at EXACT_MAX, well within a double's range).
 */
function exactP(u, n1, n2) {
    const max = n1 * n2;
    const k = Math.floor(Math.min(u, max - u));
    // f[m][t]: arrangements of m x-values among j y-values with U = t, for the current j.
    let f = Array.from({ length: n1 + 1 }, (_, m) => (m === 0 ? [1] : [1]));
    for (let j = 1; j <= n2; j++) {
        const next = [[1]];
        for (let m = 1; m <= n1; m++) {
            const size = m * j + 1;
            const row = new Array(size).fill(0);
            const a = f[m]; // the largest value is a y: U unchanged
            const b = next[m - 1]; // the largest value is an x: it beats all j y-values
            for (let t = 0; t < size; t++)
                row[t] = (a[t] ?? 0) + (t >= j ? (b[t - j] ?? 0) : 0);
            next.push(row);
        }
        f = next;
    }
    const dist = f[n1];
    let total = 0;
    let below = 0;
    for (let t = 0; t < dist.length; t++) {
        total += dist[t];
        if (t <= k)
            below += dist[t];
    }
    return Math.min(1, (2 * below) / total);
}
/**
 * Complementary error function, Numerical Recipes' Chebyshev fit (fractional error below 1.2e-7):
 * plenty for a p-value compared with a significance level.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}

/**
 * Kayenta-style frequency check: for each template the baseline knows, is its rate in this run different
 * from its rate in the baseline runs? Each run is cut into slices of `slice` consecutive records; a
 * template's sample is its rate (occurrences / records) in each slice, pooled over the baseline runs on
 * one side and taken from this run on the other, and the two samples are compared with the Mann-Whitney
 * U test. A template is *shifted* when p < alpha and its overall rate changed by at least `minRatio`
 * either way: with long runs even a trivial change is significant, so the size of the change matters too.
 * Templates only this run has are new templates (their own metric), not shifts.
 */
function compareFrequencies(run, baseline, o) {
    const runSlices = usableSlices(run, o.slice);
    const baselineSlices = baseline.map((b) => usableSlices(b, o.slice));
    const nBaseline = baselineSlices.reduce((n, s) => n + s.length, 0);
    if (runSlices.length < o.minSlices || nBaseline < o.minSlices) {
        return {
            tested: 0,
            shifted: [],
            unavailable: `too few slices of ${o.slice} records to compare (run ${runSlices.length}, baseline ${nBaseline}; need ${o.minSlices} each)`,
        };
    }
    const known = new Map();
    for (const b of baseline)
        for (const [id, t] of b.templates)
            if (!known.has(id))
                known.set(id, t);
    const baselineRecords = baseline.reduce((n, b) => n + b.records, 0);
    const shifted = [];
    let tested = 0;
    for (const [id, info] of [...known].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const now = run.templates.get(id);
        const count = now?.count ?? 0;
        const baselineCount = median(baseline.map((b) => b.templates.get(id)?.count ?? 0));
        if (Math.max(count, baselineCount) < o.minCount)
            continue;
        tested++;
        const x = runSlices.map(({ index, size }) => (now?.slices.get(index) ?? 0) / size);
        const y = baseline.flatMap((b, i) => baselineSlices[i].map(({ index, size }) => (b.templates.get(id)?.slices.get(index) ?? 0) / size));
        const { u, p } = mannWhitneyU(x, y);
        const rate = run.records > 0 ? count / run.records : 0;
        const total = baseline.reduce((n, b) => n + (b.templates.get(id)?.count ?? 0), 0);
        const baselineRate = baselineRecords > 0 ? total / baselineRecords : 0;
        const ratio = baselineRate > 0 ? rate / baselineRate : Number.POSITIVE_INFINITY;
        if (p >= o.alpha || (ratio < o.minRatio && ratio > 1 / o.minRatio))
            continue;
        const shown = now ?? info;
        shifted.push({
            templateId: id,
            template: shown.template,
            level: shown.level,
            count,
            baselineCount,
            rate,
            baselineRate,
            ratio,
            direction: ratio > 1 ? 'up' : 'down',
            u,
            p,
            example: shown.example,
        });
    }
    shifted.sort((a, b) => a.p - b.p || Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)));
    return { tested, shifted };
}
/** Slice indexes and sizes, without a last slice shorter than half the others (its rate is too noisy). */
function usableSlices(t, slice) {
    return t.sliceSizes.map((size, index) => ({ index, size })).filter((s) => s.size * 2 >= slice);
}

/** More shifted templates than this are summarised in a note: past ten, a person reads a list, not findings. */
const MAX_FINDINGS = 10;
/**
 * Frequency shifts of known templates, by the gate's Kayenta-style test (compareFrequencies: Mann-Whitney
 * U on per-slice rates, with a minimum count, minimum slices, alpha and a minimum ratio). One `warn`
 * finding per shifted template, most significant first.
 */
function frequencyShiftFindings(run, baseline, options) {
    const result = compareFrequencies(run, baseline, options);
    if (result.unavailable)
        return { findings: [], notes: [`frequency shifts not tested: ${result.unavailable}`] };
    const notes = result.shifted.length > MAX_FINDINGS
        ? [
            `${result.shifted.length - MAX_FINDINGS} more templates shifted (of ${result.tested} tested); the ${MAX_FINDINGS} most significant are shown`,
        ]
        : [];
    return { findings: result.shifted.slice(0, MAX_FINDINGS).map(findingOf), notes };
}
function findingOf(s) {
    const per1000 = (r) => (r * 1000).toPrecision(3);
    const change = Number.isFinite(s.ratio) ? `×${s.ratio.toPrecision(3)}` : 'from none';
    return {
        kind: 'frequency-shift',
        severity: 'warn',
        title: `${s.direction === 'up' ? 'More' : 'Fewer'} "${short(s.template)}" (${change})`,
        explanation: `"${short(s.template)}" occurred ${s.count} times (${per1000(s.rate)} per 1,000 records) against ${s.baselineCount} in the median baseline run (${per1000(s.baselineRate)} per 1,000): ${change}, Mann-Whitney p = ${s.p.toPrecision(2)}.`,
        evidence: s.example
            ? [{ path: s.example.path, line: s.example.line, message: s.example.message, templateId: s.templateId }]
            : [],
        shift: {
            templateId: s.templateId,
            template: s.template,
            count: s.count,
            baselineCount: s.baselineCount,
            rate: s.rate,
            baselineRate: s.baselineRate,
            ratio: Number.isFinite(s.ratio) ? s.ratio : -1,
            p: s.p,
        },
    };
}
function short(text) {
    return text.length > 80 ? text.slice(0, 80) + '…' : text;
}

const ORDER = { error: 0, warn: 1, info: 2 };
const KIND = ['infrastructure', 'new-templates', 'error-burst', 'anomalous-sessions', 'frequency-shift'];
/** Most severe first; within a severity, in the order a person should read them. Stable otherwise. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || KIND.indexOf(a.kind) - KIND.indexOf(b.kind));
}

const EVIDENCE$1 = 5;
const LISTED = 20;
/**
 * New templates: messages the baseline's vocabulary does not match (match-only, nothing learned from the
 * run). Error and fatal ones are one `error` finding; the others one `info` finding, since a new debug
 * line is usually a code change, not a problem.
 */
function newTemplateFindings(newTemplates, baselineRuns) {
    const isError = (t) => t.level === 'error' || t.level === 'fatal';
    const errors = newTemplates.filter(isError);
    const others = newTemplates.filter((t) => !isError(t));
    const out = [];
    const runs = plural(baselineRuns, 'baseline run');
    if (errors.length > 0) {
        const records = errors.reduce((n, t) => n + t.count, 0);
        out.push({
            kind: 'new-templates',
            severity: 'error',
            title: `${plural(errors.length, 'error template')} the baseline never had`,
            explanation: `${plural(errors.length, 'error template')} (${plural(records, 'record')}) appeared that none of the ${runs} had; the most frequent: "${errors[0].template}" (${formatCount(errors[0].count)}×).`,
            evidence: errors.slice(0, EVIDENCE$1).map(evidenceOf),
            templates: errors.slice(0, LISTED).map(listed),
        });
    }
    if (others.length > 0) {
        out.push({
            kind: 'new-templates',
            severity: 'info',
            title: `${plural(others.length, 'new template')} below error level`,
            explanation: `${plural(others.length, 'template')} below error level appeared that none of the ${runs} had (new log lines, often from a code change).`,
            evidence: others.slice(0, EVIDENCE$1).map(evidenceOf),
            templates: others.slice(0, LISTED).map(listed),
        });
    }
    return out;
}
function evidenceOf(t) {
    return {
        path: t.example.path,
        line: t.example.line,
        ...(t.example.timestamp ? { timestamp: t.example.timestamp } : {}),
        message: t.example.message.split('\n', 1)[0] ?? '',
        templateId: t.templateId,
    };
}
function listed(t) {
    return { templateId: t.templateId, template: t.template, count: t.count, level: t.level };
}

/** A run where at least this share of its tests failed… */
const INFRA_FAILED_SHARE = 0.8;
/** …and that had at least this many tests (two of two failing is not a pattern). */
const INFRA_MIN_TESTS = 5;
/** Or: every log source has errors and the run has fewer records than this share of the median baseline run. */
const INFRA_SHORT_SHARE = 0.5;
const EVIDENCE = 5;
/**
 * The noise guard: a run where most tests fail, or where every source errs and the run stops early, is
 * an infrastructure failure (a dead database, a full disk, a missing secret). Reported as one
 * `infrastructure` finding that holds the per-template findings, instead of hundreds of anomalies that
 * would all say the same. Thresholds: docs/decisions/0015-findings.md.
 */
function noiseGuard(run, baselineMedianRecords, findings) {
    const failing = run.tests.failed + run.tests.errored;
    const mostFail = run.tests.tests >= INFRA_MIN_TESTS && failing >= INFRA_FAILED_SHARE * run.tests.tests;
    const sources = run.inputs.sources.filter((s) => s.records > 0);
    const allErr = sources.length > 0 &&
        sources.every((s) => s.errors > 0) &&
        baselineMedianRecords > 0 &&
        run.logs.records < INFRA_SHORT_SHARE * baselineMedianRecords;
    if (!mostFail && !allErr)
        return [...findings];
    const explanation = mostFail
        ? `${failing} of ${run.tests.tests} tests failed (${Math.round((100 * failing) / run.tests.tests)} %, the guard is ${INFRA_FAILED_SHARE * 100} % of at least ${INFRA_MIN_TESTS}): most likely the environment (a service, network, disk or secret), not ${plural(failing, 'separate failure')}; ${plural(findings.length, 'other finding')} folded under this one.`
        : `Every log source (${sources.length}) has errors and the run stopped early: ${run.logs.records} records against ${baselineMedianRecords} in the median baseline run; most likely the environment, not the code; ${plural(findings.length, 'other finding')} folded under this one.`;
    const evidence = [
        ...run.tests.failing.slice(0, mostFail ? EVIDENCE : 0).map((t) => ({
            ...(t.file ? { path: t.file } : {}),
            ...(t.line ? { line: t.line } : {}),
            message: `${t.className ? `${t.className}.` : ''}${t.name}: ${(t.message ?? t.status).split('\n', 1)[0]}`,
        })),
        ...run.rootCauses.map((r) => ({
            path: r.path,
            line: r.line,
            ...(r.timestamp ? { timestamp: r.timestamp } : {}),
            message: r.message.split('\n', 1)[0] ?? '',
            ...(r.templateId ? { templateId: r.templateId } : {}),
        })),
    ].slice(0, EVIDENCE);
    return [
        {
            kind: 'infrastructure',
            severity: 'error',
            title: mostFail
                ? 'Infrastructure failure: most tests failed'
                : 'Infrastructure failure: every source failed early',
            explanation,
            evidence,
            collapsed: [...findings],
        },
    ];
}

/** How much one finding moves the run score (see Findings.score). */
const SEVERITY_WEIGHT = {
    infrastructure: 1,
    error: 0.5,
    warn: 0.2,
    info: 0.05,
};
/**
 * The run score, 0–100: 100 × (1 − Π(1 − w)) over the findings, as independent pieces of evidence that
 * the run is unusual. One error finding gives 50, two 75; a warn 20; an infrastructure finding 100.
 * Findings folded under the noise guard do not count again.
 */
function runScore(findings) {
    let normal = 1;
    for (const f of findings)
        normal *= 1 - (f.kind === 'infrastructure' ? SEVERITY_WEIGHT.infrastructure : SEVERITY_WEIGHT[f.severity]);
    return Math.round(100 * (1 - normal));
}

/**
 * Every finding of a run against its baseline, the noise guard over them, and the run score. Each kind is
 * a pure function of the run's tallies and the baseline (findings/*.ts); only the session scoring is
 * asynchronous, because the sequence model (TensorFlow.js) is loaded here, and only when there are
 * sessions to score.
 */
async function judgeRun(run, baseline, options = {}) {
    const notes = [];
    const found = [...newTemplateFindings(run.newTemplates, baseline.runs.length)];
    const frequency = frequencyShiftFindings(run.tally, baseline.tallies, {
        ...DEFAULT_FREQUENCY,
        ...options.frequency,
        slice: baseline.slice,
    });
    found.push(...frequency.findings);
    notes.push(...frequency.notes);
    const bursts = errorBurstFindings(run.bursts, baseline.runs);
    found.push(...bursts.findings);
    notes.push(...bursts.notes);
    if (run.sessions) {
        const scored = await scoreSessions(run.sessions, baseline, options);
        if (scored.note)
            notes.push(scored.note);
        if (scored.scores) {
            const text = templateLookup(baseline, run.newTemplates);
            found.push(...anomalousSessionFindings(run.sessions, scored.scores, text));
        }
        if (run.droppedSessions)
            notes.push(`${run.droppedSessions} records of sessions past the cap were not scored`);
    }
    const medianRecords = baseline.runs.length > 0 ? median(baseline.runs.map((r) => r.records)) : 0;
    const items = noiseGuard(run.analysis, medianRecords, sortFindings(found));
    return { score: runScore(items), items, notes };
}
async function scoreSessions(sessions, baseline, options) {
    if (!baseline.sequences) {
        return {
            note: `sessions not scored: ${baseline.sequencesNote ?? 'the baseline has no sequence model (no session settings when it was learned)'}`,
        };
    }
    if (sessions.length === 0)
        return { note: 'sessions not scored: no record of this run has a session key' };
    let scorer;
    if ('scorer' in baseline.sequences)
        scorer = baseline.sequences.scorer;
    else {
        const started = performance.now();
        // Imported here: TensorFlow.js is loaded only when there are sessions and a model to score them with.
        const { SequenceScorer } = await import('./sequence-scorer-BqAZP8AV.js');
        scorer = await SequenceScorer.load(baseline.sequences.dir);
        options.onPhase?.('load-tf', performance.now() - started);
    }
    const started = performance.now();
    const scores = await scorer.score(sessions.map((s) => s.events));
    options.onPhase?.('sessions', performance.now() - started);
    return { scores };
}
function templateLookup(baseline, runTemplates) {
    return (id) => {
        const own = runTemplates.find((t) => t.templateId === id);
        if (own)
            return own.template;
        for (const t of baseline.tallies) {
            const hit = t.templates.get(id);
            if (hit)
                return hit.template;
        }
        return undefined;
    };
}

/** Bucket sizes a person reads easily; the smallest that gives at most `MAX_BUCKETS` buckets is used. */
const STEPS = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400];
const MAX_BUCKETS = 60;
/**
 * Records per time bucket and level. The time range is known from the first pass, so buckets are fixed
 * before the second pass counts into them.
 */
class HistogramCollector {
    start;
    bucketSeconds;
    buckets;
    series = {};
    constructor(range) {
        const first = range.first ? Date.parse(range.first) : NaN;
        const last = range.last ? Date.parse(range.last) : NaN;
        if (Number.isNaN(first) || Number.isNaN(last)) {
            this.bucketSeconds = 60;
            this.buckets = 0;
            return;
        }
        const span = Math.max(1, (last - first) / 1000);
        this.bucketSeconds = STEPS.find((s) => span / s <= MAX_BUCKETS) ?? Math.ceil(span / MAX_BUCKETS);
        this.start = Math.floor(first / 1000 / this.bucketSeconds) * this.bucketSeconds * 1000;
        this.buckets = Math.floor((last - this.start) / 1000 / this.bucketSeconds) + 1;
    }
    add(timestamp, level) {
        if (this.start === undefined || !timestamp)
            return;
        const t = Date.parse(timestamp);
        if (Number.isNaN(t))
            return;
        const i = Math.floor((t - this.start) / 1000 / this.bucketSeconds);
        if (i < 0 || i >= this.buckets)
            return;
        const key = level ?? 'info';
        const row = (this.series[key] ??= new Array(this.buckets).fill(0));
        row[i]++;
    }
    result() {
        return {
            ...(this.start !== undefined ? { start: new Date(this.start).toISOString() } : {}),
            bucketSeconds: this.bucketSeconds,
            buckets: this.buckets,
            series: this.series,
        };
    }
}

const BEFORE = 5;
const AFTER = 5;
const MAX_ROOT_CAUSES$1 = 20;
const isError = (level) => level === 'error' || level === 'fatal';
/**
 * For each source (a log file or a CI job's log), the first error record and the records around it:
 * where a developer starts reading. Keeps a ring of the last few records per source, so memory is
 * bounded whatever the run's size. Records must arrive in source order (they do: sources are read one
 * after another).
 */
class RootCauseCollector {
    bySource = new Map();
    recent = [];
    currentPath;
    open;
    add(record) {
        const path = record.log.file.path;
        if (path !== this.currentPath) {
            this.currentPath = path;
            this.recent = [];
            this.open = undefined;
        }
        if (this.open && this.open.remaining > 0) {
            this.open.cause.context.push(contextLine(record));
            this.open.remaining--;
        }
        let cause = this.bySource.get(path);
        if (isError(record.log.level)) {
            if (cause)
                cause.errors++;
            else {
                cause = {
                    path,
                    ...(record.service?.name ? { service: record.service.name } : {}),
                    ...(record.logward.group ? { group: record.logward.group } : {}),
                    line: record.log.file.line,
                    ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
                    level: record.log.level,
                    message: record.message,
                    ...(record.error?.stack_trace ? { stackTrace: record.error.stack_trace } : {}),
                    ...(record.logward.template_id ? { templateId: record.logward.template_id } : {}),
                    errors: 1,
                    context: [...this.recent.map((r) => contextLine(r)), { ...contextLine(record), focus: true }],
                };
                this.bySource.set(path, cause);
                this.open = { cause, remaining: AFTER };
            }
        }
        this.recent.push(record);
        if (this.recent.length > BEFORE)
            this.recent.shift();
    }
    /** Sources with errors, earliest first error first (by time when known, else in reading order). */
    result() {
        const causes = [...this.bySource.values()];
        const order = new Map(causes.map((c, i) => [c, i]));
        causes.sort((a, b) => a.timestamp && b.timestamp && a.timestamp !== b.timestamp
            ? a.timestamp < b.timestamp
                ? -1
                : 1
            : order.get(a) - order.get(b));
        return causes.slice(0, MAX_ROOT_CAUSES$1);
    }
}
function contextLine(record) {
    const firstLine = record.message.split('\n', 1)[0] ?? '';
    return {
        line: record.log.file.line,
        ...(record.log.level ? { level: record.log.level } : {}),
        ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
        text: firstLine.length > 500 ? firstLine.slice(0, 500) + '…' : firstLine,
    };
}

const MAX_SERVICES = 10;
const SEVERITY = new Map(LEVELS.map((l, i) => [l, i]));
/**
 * Counts per final template (second pass: every record already carries its final template id), with
 * the most severe level seen, the services it appeared in, and one example. Bounded by the miner's
 * template cap.
 */
class TemplateCollector {
    stats = new Map();
    add(record) {
        const id = record.logward.template_id;
        if (!id)
            return;
        const level = record.log.level ?? 'info';
        const severity = SEVERITY.get(level) ?? 2;
        let s = this.stats.get(id);
        if (!s) {
            s = {
                templateId: id,
                template: record.logward.template ?? '',
                count: 0,
                level,
                errors: 0,
                services: new Set(),
                example: example(record),
                exampleLevel: severity,
            };
            this.stats.set(id, s);
        }
        s.count++;
        if (severity > s.exampleLevel) {
            s.example = example(record);
            s.exampleLevel = severity;
            s.level = level;
        }
        if (level === 'error' || level === 'fatal')
            s.errors++;
        if (s.services.size < MAX_SERVICES)
            s.services.add(record.service?.name ?? record.log.file.path);
    }
    get size() {
        return this.stats.size;
    }
    /** Templates with error or fatal records, most errors first. */
    errorTemplates(limit) {
        return [...this.stats.values()]
            .filter((s) => s.errors > 0)
            .sort((a, b) => b.errors - a.errors || (a.templateId < b.templateId ? -1 : 1))
            .slice(0, limit)
            .map((s) => digest(s, s.errors));
    }
    /**
     * Templates the baseline never had: a template is new when the baseline's miner covers none of it
     * (checked on its example, in match-only mode, so the baseline is never changed). Error-level first,
     * then by count.
     */
    newAgainst(baseline, limit) {
        return [...this.stats.values()]
            .filter((s) => baseline.match(s.example.message.split('\n', 1)[0] ?? '') === undefined)
            .sort((a, b) => (SEVERITY.get(b.level) ?? 0) - (SEVERITY.get(a.level) ?? 0) ||
            b.count - a.count ||
            (a.templateId < b.templateId ? -1 : 1))
            .slice(0, limit)
            .map((s) => ({ ...digest(s, s.count), new: true }));
    }
}
function example(record) {
    return {
        message: record.message.length > 2000 ? record.message.slice(0, 2000) + '…' : record.message,
        path: record.log.file.path,
        line: record.log.file.line,
        ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
    };
}
function digest(s, count) {
    return {
        templateId: s.templateId,
        template: s.template,
        count,
        level: s.level,
        services: [...s.services].sort(),
        example: s.example,
    };
}

const MAX_FAILING = 1000;
const STACK_LINES = 30;
/** 20,000 ids of 12 hex digits are about 300 KB of report.json: enough for most suites, bounded for all. */
const MAX_PASSED_IDS = 20_000;
/**
 * A test's identity across reports, formats and runs: class and name, Unicode-normalised, whitespace
 * collapsed. Parameters stay in the name (`add[1]`, `add(2, 3)`): they tell the cases of a parameterised
 * test apart. Tools that give every parameter set the same name cannot be told from retries; see
 * docs/decisions/0017-flaky-tests.md for how the attempts' order keeps that rare.
 */
function testKey(t) {
    const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
    return `${norm(t.className ?? '')}\u0000${norm(t.name)}`;
}
/** The compact id of a test in `passedIds`: 12 hex digits (48 bits) of SHA-256 of its key. */
function testId(key) {
    return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
/**
 * Test outcomes of a run from its parsed reports: counts per test, failing tests (redacted, bounded),
 * flaky tests, and the ids of the tests that passed.
 *
 * A test listed more than once (in one report or across them) with at least one failure is one test run
 * several times: failed attempts ending in a single pass are a retry (flaky, counted as passed); anything
 * else — every attempt failed, or a pass came before a failure — is a failure with its attempt count.
 * Skipped attempts are left out of that pattern (TestNG reports retried attempts as skipped). Repeated
 * cases that never failed are counted one by one: they are parameterised cases or repeated runs.
 */
function digestTests(reports, options) {
    const totals = emptyCounts();
    const digests = [];
    const failing = [];
    const flaky = [];
    const passed = new Set();
    const redact = (text) => text === undefined ? undefined : options.redactor.redact(text).text;
    // Group every case by identity, in the order the reports were given and the cases appear in them.
    const groups = new Map();
    for (const report of reports) {
        const counts = summarize(report);
        addCounts(totals, counts);
        digests.push({ path: report.path, format: report.format, ...counts });
        for (const { testCase } of allCases(report)) {
            const key = testKey(testCase);
            const group = groups.get(key);
            if (group)
                group.push({ report, testCase });
            else
                groups.set(key, [{ report, testCase }]);
        }
    }
    const addFailing = (a, extra) => {
        if (failing.length >= MAX_FAILING)
            return;
        const c = a.testCase;
        const url = sourceUrl(c.file, c.line, options);
        const message = redact(c.message);
        const stackTrace = redact(c.stackTrace?.split('\n').slice(0, STACK_LINES).join('\n'));
        failing.push({
            name: c.name,
            ...(c.className ? { className: c.className } : {}),
            status: c.status,
            ...(c.file ? { file: c.file } : {}),
            ...(c.line ? { line: c.line } : {}),
            ...(url ? { url } : {}),
            ...(message ? { message } : {}),
            ...(stackTrace ? { stackTrace } : {}),
            report: a.report.path,
            ...(c.time !== undefined ? { time: c.time } : {}),
            ...extra,
        });
    };
    for (const [key, group] of groups) {
        if (group.length === 1 || !group.some(isFailure)) {
            for (const a of group)
                judgeSingle(a, key);
            continue;
        }
        // One test run several times: count it once, with its final outcome.
        for (const a of group)
            uncount(totals, a.testCase.status);
        const ran = group.filter((a) => a.testCase.status !== 'skipped');
        const last = ran[ran.length - 1];
        const failures = ran.filter(isFailure);
        // A case may carry reruns of its own (surefire `<rerunFailure>`, `<flakyFailure>`): count those too.
        const runsOf = (a) => 1 + (a.testCase.retries ?? 0) + (a.testCase.flaky?.reruns.length ?? 0);
        const attempts = ran.reduce((n, a) => n + runsOf(a), 0);
        const reruns = attempts - 1;
        if (last.testCase.status === 'passed' && failures.length === ran.length - 1) {
            totals.tests++;
            totals.passed++;
            passed.add(testId(key));
            flaky.push(flakyEntry(last, {
                kind: 'retry',
                reruns,
                evidence: `failed ${times(reruns)}, then passed on attempt ${attempts} in this run${where$1(group)}`,
            }));
            continue;
        }
        const final = isFailure(last) ? last : failures[failures.length - 1];
        totals.tests++;
        totals[final.testCase.status]++;
        addFailing(final, {
            attempts,
            evidence: failures.length === ran.length
                ? `failed in all ${attempts} attempts in this run${where$1(group)}`
                : `failed in ${failures.length} of ${ran.length} runs in this run${where$1(group)}; a pass came before a failure, so this is not taken for a retry (a parameterised test may share the name)`,
        });
    }
    function judgeSingle(a, key) {
        const c = a.testCase;
        if (c.status === 'passed')
            passed.add(testId(key));
        if (c.flaky && c.status === 'passed') {
            const reruns = c.flaky.reruns.length;
            flaky.push(flakyEntry(a, {
                kind: 'retry',
                reruns,
                evidence: `failed ${times(reruns)}, then passed on a rerun in this run (the report's rerun records)`,
            }));
        }
        if (c.status !== 'failed' && c.status !== 'errored')
            return;
        const attempts = 1 + (c.retries ?? 0);
        addFailing(a, attempts > 1
            ? {
                attempts,
                evidence: `failed in all ${attempts} attempts in this run (the report's rerun records)`,
            }
            : {});
    }
    const ids = [...passed].sort();
    return {
        tests: {
            ...totals,
            failing,
            flaky,
            passedIds: ids.slice(0, MAX_PASSED_IDS),
            ...(ids.length > MAX_PASSED_IDS ? { passedIdsTruncated: true } : {}),
        },
        reports: digests,
    };
}
function isFailure(a) {
    return a.testCase.status === 'failed' || a.testCase.status === 'errored';
}
function flakyEntry(a, f) {
    const c = a.testCase;
    return {
        name: c.name,
        ...(c.className ? { className: c.className } : {}),
        report: a.report.path,
        reruns: f.reruns,
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.evidence ? { evidence: f.evidence } : {}),
    };
}
function uncount(totals, status) {
    totals.tests--;
    totals[status]--;
}
function times(n) {
    return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
/** ` (2 reports: a.xml, b.xml)` when the attempts are spread over reports; nothing within one report. */
function where$1(group) {
    const paths = [...new Set(group.map((a) => a.report.path))];
    if (paths.length === 1)
        return '';
    const shown = paths.slice(0, 3).join(', ');
    return ` (${paths.length} reports: ${shown}${paths.length > 3 ? ', …' : ''})`;
}
/**
 * A link to the test's file and line in the repository at the run's commit, when the file is a
 * repository-relative path and the CI context names the repository and commit.
 */
function sourceUrl(file, line, options) {
    const ci = options.ci;
    if (!file || !ci?.repository || !ci.sha || ci.provider !== 'github-actions')
        return undefined;
    const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
    // Absolute paths point into a runner's work directory, not the repository.
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('..'))
        return undefined;
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/$/, '');
    return `${server}/${ci.repository}/blob/${ci.sha}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** A report.json is a few MB at most (its lists are capped); a bigger file is not one. */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
/**
 * `analyze`'s step: this run's failing tests against the `history` setting's earlier runs of the same
 * commit, with a hint when the CI says earlier attempts exist but none was given.
 */
async function judgeWithHistory(tests, history, ci, logger) {
    const runs = history.length > 0 ? await readRunHistory(history, logger) : [];
    const judged = judgeAgainstHistory(tests, runs, ci);
    if (runs.length > 0 && !ci.sha)
        logger.warn('history: this run names no commit (sha), so no earlier run is of it');
    if (judged.otherCommits > 0)
        logger.debug(`history: ${judged.otherCommits} run(s) of other commits ignored for flaky tests`);
    // GITHUB_RUN_ATTEMPT > 1: earlier attempts of this commit exist; only their report.json can tell.
    const attempt = Number(ci.run_attempt ?? '1');
    if (attempt > 1 && judged.sameCommit === 0 && judged.tests.failing.length > 0) {
        logger.info(`this is attempt ${attempt} of run ${ci.run_id ?? '?'}: pass the earlier attempts' report.json with --history (action input \`history\`) to tell flaky tests from regressions`);
    }
    return judged.tests;
}
/**
 * The `history` setting: earlier runs' report.json files (files or globs). A file that is missing, not
 * JSON or not a logward analysis is named in a warning and skipped: history only ever softens a verdict,
 * so a bad file must not stop the analysis.
 */
async function readRunHistory(patterns, logger) {
    const { inputs, errors } = await expandInputs([...patterns], { logger });
    for (const err of errors) {
        logger.warn(`history: ${describeError(err)} (skipped; a first run of a commit has no history)`);
    }
    const runs = [];
    for (const input of inputs) {
        if (input.kind !== 'file')
            continue;
        const run = await readEarlierRun(input.path);
        if (typeof run === 'string')
            logger.warn(`history: ${input.path}: ${run} (skipped)`);
        else
            runs.push(run);
    }
    return runs;
}
/** One earlier report.json, or why it cannot be used. */
async function readEarlierRun(path) {
    let text;
    try {
        const size = (await stat(path)).size;
        if (size > MAX_HISTORY_BYTES)
            return `${size} bytes is too large for a report.json`;
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        return `cannot read (${error.code ?? 'error'})`;
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not JSON; pass report.json files that `logward analyze` wrote';
    }
    const a = value;
    if (a?.version !== 1 ||
        typeof a.ci !== 'object' ||
        a.ci === null ||
        typeof a.tests !== 'object' ||
        a.tests === null ||
        !Array.isArray(a.tests.failing)) {
        return 'not a logward analysis (version 1); pass report.json files that `logward analyze` wrote';
    }
    const ids = a.tests.passedIds;
    const failed = new Set();
    // A flip there failed there too; a retry there passed in the end (its id is in passedIds).
    const flips = (Array.isArray(a.tests.flaky) ? a.tests.flaky : []).filter((t) => t?.kind === 'commit-flip');
    for (const t of [...a.tests.failing, ...flips]) {
        if (typeof t?.name === 'string')
            failed.add(testKey(t));
    }
    return {
        path,
        ci: a.ci,
        passed: Array.isArray(ids) ? new Set(ids.filter((x) => typeof x === 'string')) : undefined,
        passedTruncated: a.tests.passedIdsTruncated === true,
        failed,
    };
}
/** `run 41.2` (run id and attempt), as the reports name runs. */
function runLabel(ci) {
    if (!ci.run_id)
        return 'an earlier run';
    return `run ${ci.run_id}${ci.run_attempt ? `.${ci.run_attempt}` : ''}`;
}
/**
 * Judge this run's failing tests against earlier runs of the same commit: a test that passed in one of
 * them is flaky (`commit-flip`: the code was the same, the outcome was not) and no longer counts as
 * failing; one that failed there too is a consistent failure and says so. Earlier runs of other commits,
 * of other jobs, and this very run (the same run id and attempt: a matrix sibling) say nothing about it.
 */
function judgeAgainstHistory(tests, history, ci) {
    const sha = ci.sha;
    const same = sha ? history.filter((h) => h.ci.sha === sha && !unrelated(h.ci, ci)) : [];
    const otherCommits = sha ? history.filter((h) => h.ci.sha !== sha).length : history.length;
    if (same.length === 0 || tests.failing.length === 0)
        return { tests, sameCommit: same.length, otherCommits };
    const counts = {
        tests: tests.tests,
        passed: tests.passed,
        failed: tests.failed,
        errored: tests.errored,
        skipped: tests.skipped,
    };
    const failing = [];
    const flaky = [...tests.flaky];
    const short = sha.slice(0, 7);
    for (const f of tests.failing) {
        const key = testKey(f);
        const id = testId(key);
        const passedIn = same.find((h) => h.passed?.has(id));
        if (passedIn) {
            counts[f.status]--;
            counts.passed++;
            flaky.push({
                name: f.name,
                ...(f.className ? { className: f.className } : {}),
                report: f.report,
                reruns: f.attempts ?? 1,
                kind: 'commit-flip',
                evidence: `failed here${f.attempts ? ` (${f.attempts} attempts)` : ''}, but passed in ${runLabel(passedIn.ci)} of the same commit ${short} (${passedIn.path})`,
                earlier: {
                    path: passedIn.path,
                    ...(passedIn.ci.run_id ? { runId: passedIn.ci.run_id } : {}),
                    ...(passedIn.ci.run_attempt ? { runAttempt: passedIn.ci.run_attempt } : {}),
                },
            });
            continue;
        }
        const failedIn = same.filter((h) => h.failed.has(key));
        if (failedIn.length > 0) {
            const also = `also failed in ${failedIn.map((h) => runLabel(h.ci)).join(', ')} of the same commit ${short}`;
            failing.push({ ...f, evidence: f.evidence ? `${f.evidence}; ${also}` : also });
        }
        else {
            failing.push(f);
        }
    }
    return { tests: { ...tests, ...counts, failing, flaky }, sameCommit: same.length, otherCommits };
}
/** Another job of the commit (its tests are not ours), or this very run (a matrix sibling). */
function unrelated(earlier, now) {
    if (earlier.job && now.job && earlier.job !== now.job)
        return true;
    // Only an attempt number tells a sibling from a retry: GitLab retries a job within its pipeline and
    // names no attempt, so there the same pipeline and job is an earlier try.
    return (earlier.run_id !== undefined &&
        earlier.run_id === now.run_id &&
        earlier.run_attempt !== undefined &&
        earlier.run_attempt === now.run_attempt);
}

/**
 * The verdict and its reasons, most important first. `fail`: failing tests, or error templates the
 * baseline never had; `warn`: errors in the logs, flaky tests, inputs that could not be read, or findings
 * against the baseline (frequency shifts, error bursts, anomalous sessions); `pass`: none of these. An
 * infrastructure finding (the noise guard) is the first reason. `failed` says whether `failOn` turns the
 * findings into a failing exit; findings other than new error templates never do
 * (docs/decisions/0015-findings.md).
 */
function decideVerdict(f, failOn) {
    const reasons = [];
    const failingTests = f.tests.failed + f.tests.errored;
    const errors = f.logs.byLevel.error + f.logs.byLevel.fatal;
    const newErrors = (f.baseline?.newTemplates ?? []).filter((t) => t.level === 'error' || t.level === 'fatal').length;
    const infrastructure = f.findings?.items.find((i) => i.kind === 'infrastructure');
    // Under the noise guard the other findings are folded into it; they still explain, not count.
    const warnings = (f.findings?.items ?? []).filter((i) => i.severity === 'warn');
    if (infrastructure)
        reasons.push(`likely an infrastructure failure: ${infrastructure.title.replace(/^Infrastructure failure: /, '')}`);
    if (failingTests > 0)
        reasons.push(`${plural(failingTests, 'test')} failed (of ${f.tests.tests})`);
    if (newErrors > 0)
        reasons.push(`${plural(newErrors, 'error template')} the baseline never had`);
    if (errors > 0)
        reasons.push(`${plural(errors, 'error record')} in the logs`);
    for (const [kind, one] of [
        ['frequency-shift', 'template frequency shift'],
        ['error-burst', 'error burst'],
    ]) {
        const n = warnings.filter((w) => w.kind === kind).length;
        if (n > 0)
            reasons.push(plural(n, one));
    }
    const sessions = warnings.reduce((n, w) => n + (w.sessions?.anomalous ?? 0), 0);
    if (sessions > 0)
        reasons.push(plural(sessions, 'anomalous session'));
    // Flaky tests are a warning, never a failure: the failure did not reproduce (docs/decisions/0017).
    const flips = f.tests.flaky.filter((t) => t.kind === 'commit-flip').length;
    const retried = f.tests.flaky.length - flips;
    if (retried > 0)
        reasons.push(`${plural(retried, 'test')} passed only on a rerun (flaky)`);
    if (flips > 0)
        reasons.push(`${plural(flips, 'failing test')} passed in an earlier run of this commit (flaky)`);
    if (f.inputs.unreadable.length > 0)
        reasons.push(`${plural(f.inputs.unreadable.length, 'input')} could not be read`);
    const verdict = failingTests > 0 || newErrors > 0 || infrastructure
        ? 'fail'
        : errors > 0 || f.inputs.unreadable.length > 0 || f.tests.flaky.length > 0 || warnings.length > 0
            ? 'warn'
            : 'pass';
    if (reasons.length === 0) {
        reasons.push(f.tests.tests + f.logs.records === 0
            ? 'no logs and no tests were found'
            : 'no failing tests and no errors');
    }
    const failed = failOn === 'never'
        ? false
        : failOn === 'test-failures'
            ? failingTests > 0
            : failOn === 'errors'
                ? failingTests > 0 || errors > 0
                : newErrors > 0;
    return { verdict, reasons, failed };
}

const TOP_ERROR_TEMPLATES = 20;
const NEW_TEMPLATES = 50;
/**
 * `analyze`: the run's logs and test reports → one RunAnalysis. Two passes over the records, because a
 * record's final template is known only once every message has been mined: pass 1 reads, redacts,
 * parses and mines, spooling records to a temporary file; pass 2 labels each record with its final
 * template and feeds the collectors and sinks. Memory stays bounded by the collectors' caps.
 */
async function analyzeRun(options) {
    const { config, logger, ci } = options;
    const redactor = createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] });
    const unreadable = [];
    const sources = new Map();
    const miner = new TemplateMiner();
    const spool = new RecordSpool();
    const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0]));
    let first;
    let last;
    try {
        let phaseStart = performance.now();
        const phase = (name) => {
            const now = performance.now();
            options.onPhase?.(name, now - phaseStart);
            phaseStart = now;
        };
        const baseline = 'baseline' in options
            ? options.baseline
            : config.baseline.length > 0
                ? await resolveBaseline(config, logger, ci)
                : undefined;
        phase('baseline');
        // Pass 1: read, mine, spool.
        if (config.paths.length > 0) {
            for await (const batch of ingest({
                config,
                logger,
                ci,
                ...(options.stdin ? { stdin: options.stdin } : {}),
                ...(options.serviceOf ? { serviceOf: options.serviceOf } : {}),
                onInputError: (err) => {
                    unreadable.push({ path: err.path, message: err.message });
                    logger.warn(describeError(err));
                },
                onSourceDone: (s) => {
                    const digest = sources.get(s.path);
                    sources.set(s.path, {
                        path: s.path,
                        format: s.format,
                        records: s.records,
                        lines: s.lines,
                        bytes: s.bytesRead,
                        errors: digest?.errors ?? 0,
                        warnings: digest?.warnings ?? 0,
                    });
                },
                onProgress: (bytes, n) => options.onProgress?.('read', bytes, n),
            })) {
                for (const record of batch) {
                    miner.add(miningText(record));
                    const level = record.log.level;
                    if (level)
                        byLevel[level]++;
                    if (level === 'error' || level === 'fatal' || level === 'warn') {
                        const path = record.log.file.path;
                        const d = sources.get(path) ?? {
                            path,
                            format: '',
                            records: 0,
                            lines: 0,
                            bytes: 0,
                            errors: 0,
                            warnings: 0,
                        };
                        if (level === 'warn')
                            d.warnings++;
                        else
                            d.errors++;
                        sources.set(path, d);
                    }
                    const ts = record['@timestamp'];
                    if (ts) {
                        if (first === undefined || ts < first)
                            first = ts;
                        if (last === undefined || ts > last)
                            last = ts;
                    }
                }
                await spool.append(batch);
            }
        }
        // Test reports.
        const { inputs: reportInputs, errors: missingReports } = await expandInputs([...config.reports], {
            logger,
        });
        for (const err of missingReports)
            unreadable.push({ path: err.path, message: err.message });
        const parsed = await parseTestReports(reportInputs.filter((i) => i.kind === 'file').map((i) => i.path), { maxDecompressedBytes: config['max-decompressed-bytes'] });
        for (const err of parsed.errors) {
            const message = redactor.redact(err.message).text;
            unreadable.push({ path: err.path, message });
            logger.warn(message);
        }
        const digested = digestTests(parsed.reports, {
            redactor,
            ci,
            ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
        });
        const reports = digested.reports;
        const tests = await judgeWithHistory(digested.tests, config.history, ci, logger);
        phase('read');
        // Pass 2: final templates, collectors, sinks. Against a baseline, the findings count each record under
        // the baseline's template id when the baseline's vocabulary matches it (match-only), so the run's and
        // the baseline's counts and sessions speak of the same templates; else under the run's own id.
        const tally = baseline ? new TemplateTally(baseline.slice) : undefined;
        const bursts = baseline ? new ErrorBucketCollector(baseline.bucketSeconds) : undefined;
        const keyOf = baseline ? sessionKeyReader(baseline.session) : undefined;
        const knownIds = new Set(baseline?.tallies.flatMap((t) => [...t.templates.keys()]));
        const sessions = keyOf ? new SessionCollector(keyOf, (id) => knownIds.has(id)) : undefined;
        const rootCauses = new RootCauseCollector();
        const templates = new TemplateCollector();
        const histogram = new HistogramCollector({ ...(first ? { first } : {}), ...(last ? { last } : {}) });
        let done = 0;
        for await (const batch of spool.read()) {
            const labelled = [];
            for (const record of batch) {
                const text = miningText(record);
                const found = miner.match(text) ?? miner.add(text);
                record.logward.template_id = found.templateId;
                record.logward.template = found.template;
                templates.add(record);
                rootCauses.add(record);
                histogram.add(record['@timestamp'], record.log.level);
                if (baseline) {
                    const known = baseline.miner.match(text);
                    const r = known && known.templateId !== found.templateId
                        ? {
                            ...record,
                            logward: { ...record.logward, template_id: known.templateId, template: known.template },
                        }
                        : record;
                    labelled.push(r);
                    bursts.add(r);
                    sessions?.add(r, r.logward.template_id);
                }
            }
            if (tally)
                await tally.write(labelled);
            for (const sink of options.sinks ?? [])
                await sink.write(batch);
            done += batch.length;
            options.onProgress?.('analyze', done, spool.count);
        }
        for (const sink of options.sinks ?? [])
            await sink.close();
        phase('analyze');
        const logs = {
            records: spool.count,
            byLevel,
            ...(first ? { first } : {}),
            ...(last ? { last } : {}),
            templates: templates.size,
        };
        const inputs = { sources: [...sources.values()], reports, unreadable };
        const baselineDigest = baseline
            ? {
                source: baseline.source,
                runs: baseline.runs.length,
                records: baseline.runs.reduce((n, r) => n + r.records, 0),
                templates: baseline.miner.size,
                newTemplates: templates.newAgainst(baseline.miner, NEW_TEMPLATES),
            }
            : undefined;
        const rootCauseList = rootCauses.result();
        const runTally = tally?.result();
        if (runTally)
            options.onBaselineTally?.(runTally);
        const findings = baseline && baselineDigest
            ? await judgeRun({
                analysis: { tests, inputs, logs, rootCauses: rootCauseList },
                newTemplates: baselineDigest.newTemplates,
                tally: runTally,
                bursts: bursts.result(),
                ...(sessions ? { sessions: sessions.result(), droppedSessions: sessions.dropped } : {}),
            }, baseline, options.onPhase ? { onPhase: options.onPhase } : {})
            : undefined;
        phase('findings');
        const failOn = config['fail-on'];
        const { verdict, reasons, failed } = decideVerdict({
            tests,
            logs,
            inputs,
            ...(baselineDigest ? { baseline: baselineDigest } : {}),
            ...(findings ? { findings } : {}),
        }, failOn);
        const newIds = new Set(baselineDigest?.newTemplates.map((t) => t.templateId));
        return {
            version: 1,
            generatedAt: (options.now?.() ?? new Date()).toISOString(),
            verdict,
            reasons,
            failOn,
            failed,
            ci,
            inputs,
            tests,
            logs,
            rootCauses: rootCauseList,
            topErrorTemplates: templates
                .errorTemplates(TOP_ERROR_TEMPLATES)
                .map((t) => (baselineDigest ? { ...t, new: newIds.has(t.templateId) } : t)),
            ...(baselineDigest ? { baseline: baselineDigest } : {}),
            histogram: histogram.result(),
            ...(findings ? { findings } : {}),
        };
    }
    finally {
        spool.dispose();
    }
}

/**
 * Plain-text helpers shared by the HTML and Markdown renderers: cleaning hostile log text, numbers, times,
 * test names. Nothing here escapes for a target format; that is each renderer's job.
 */
// CSI (colours, cursor moves) and OSC (titles, hyperlinks) sequences: noise in a report, and an OSC 8
// hyperlink would otherwise show its target URL as text.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g;
// Lone surrogates cannot be encoded as UTF-8; noncharacters are parse errors in HTML.
const BAD_UNICODE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
/** Log text made safe to show: ANSI sequences removed, other control characters shown as symbols (␛, ␀). */
function cleanText(text) {
    return text
        .replace(ANSI, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) => c === '\x7f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0)))
        .replace(/[\x80-\x9f]/g, '\uFFFD')
        .replace(BAD_UNICODE, '\uFFFD');
}
/** At most `max` characters (UTF-16 units), ending with `…` when cut, never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return text.slice(0, end) + '…';
}
/**
 * The first `maxLines` lines (at most `maxChars` in all), and how many lines were left out. Walks only as
 * far as it keeps, then counts the rest: stack traces can be megabytes.
 */
function clipLines(text, maxLines, maxChars) {
    const body = text.replace(/\s+$/, '');
    if (body === '')
        return { text: '', omitted: 0 };
    const kept = [];
    let chars = 0;
    let pos = 0;
    while (pos <= body.length && kept.length < maxLines && chars < maxChars) {
        const nl = body.indexOf('\n', pos);
        const end = nl === -1 ? body.length : nl;
        const piece = clip(body.slice(pos, Math.min(end, pos + maxChars - chars + 1)), Math.max(1, maxChars - chars));
        kept.push(piece);
        chars += piece.length + 1;
        pos = end + 1;
    }
    let omitted = 0;
    if (pos <= body.length) {
        omitted = 1;
        for (let i = body.indexOf('\n', pos); i !== -1; i = body.indexOf('\n', i + 1))
            omitted++;
    }
    return { text: kept.join('\n'), omitted };
}
/** Lines in a text, without splitting it. */
function countLines(text) {
    const body = text.replace(/\s+$/, '');
    if (body === '')
        return 0;
    let n = 1;
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1))
        n++;
    return n;
}
function firstLine(text) {
    return ((text ?? '')
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
/** 12345 → `12,345`, the same on every machine (no locale). */
/** An ISO timestamp as `2026-05-01 12:03:04 UTC`, or the text itself when it is not one. */
function formatTimestamp(iso) {
    if (!iso)
        return '';
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return cleanText(iso);
    return new Date(ms)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$|Z$/, ' UTC');
}
/** `4.2 s`, `3 min 20 s`, `2 h 5 min`, `3 d 4 h`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 60)
        return `${Math.round(seconds * 10) / 10} s`;
    const s = Math.round(seconds);
    if (s < 3600)
        return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
    if (s < 86400)
        return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
    return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`;
}
/** Seconds between two ISO timestamps, when both parse. */
function spanSeconds(first, last) {
    const a = first ? Date.parse(first) : NaN;
    const b = last ? Date.parse(last) : NaN;
    return Number.isNaN(a) || Number.isNaN(b) || b < a ? undefined : (b - a) / 1000;
}
/** `Class › name`, unless the name already says the class (pytest and vitest names often do). */
function testTitle(t) {
    return t.className && !t.name.startsWith(t.className) ? `${t.className} › ${t.name}` : t.name;
}
/** Why a test is flaky, in words; report.json files older than `kind` held reruns in this run only. */
function flakyKind(f) {
    return f.kind === 'commit-flip' ? 'passed in an earlier run of this commit' : 'passed on a rerun';
}
/** The evidence sentence of a flaky test (built from its rerun count for older report.json files). */
function flakyEvidence(f) {
    if (f.evidence)
        return f.evidence;
    return `failed ${f.reruns === 1 ? 'once' : `${f.reruns} times`}, then passed on a rerun in this run`;
}
/** `file:line` of a failing test, or undefined when the report does not say where it is. */
function testLocation(t) {
    if (!t.file)
        return undefined;
    return t.line ? `${t.file}:${t.line}` : t.file;
}
/** Only http(s) links are kept: a `javascript:` or `data:` URL from a hostile report must not become a link. */
function safeHref(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
    }
    catch {
        return undefined;
    }
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : undefined;
}
/** `refs/heads/main` → `main`, `refs/pull/17/merge` → `PR #17 (merge)`. */
function shortRef(ref) {
    if (!ref)
        return undefined;
    const pr = /^refs\/pull\/(\d+)\/(\w+)$/.exec(ref);
    if (pr)
        return `PR #${pr[1]} (${pr[2]})`;
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/**
 * The headline when the analysis gives no reason. A run that read nothing says so: "no errors" would
 * reassure a reader whose globs matched no file.
 */
function fallbackHeadline(a) {
    if (a.tests.tests === 0 && a.tests.failing.length === 0 && a.logs.records === 0) {
        return a.inputs.unreadable.length > 0
            ? 'Nothing to judge: no input could be read.'
            : 'Nothing to judge: no log records and no test results were read.';
    }
    if (a.verdict === 'fail')
        return 'The run failed.';
    if (a.verdict === 'warn')
        return 'The logs have errors.';
    return 'No failing tests and no errors in the logs.';
}

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    // Harmless in HTML text, but they end a line in JavaScript: entities keep the file safe to embed.
    '\u2028': '&#x2028;',
    '\u2029': '&#x2029;',
};
/**
 * Text from the analysis (log lines, test names, paths: all hostile) as HTML text or attribute value.
 * Quotes are escaped too, so the same function serves both.
 */
function escapeHtml(text) {
    if (text === undefined)
        return '';
    return cleanText(String(text)).replace(/[&<>"'\u2028\u2029]/g, (c) => ENTITIES[c]);
}
/** A tagged template whose `${}` values are escaped; `raw()` marks markup built by the renderer itself. */
function html(strings, ...values) {
    let out = strings[0];
    values.forEach((v, i) => {
        out += (v instanceof Raw ? v.value : escapeHtml(v)) + strings[i + 1];
    });
    return new Raw(out);
}
class Raw {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
}
function raw(markup) {
    if (Array.isArray(markup))
        return new Raw(markup.map(String).join(''));
    return markup instanceof Raw ? markup : new Raw(markup);
}

function regroupHistogram(h, maxBuckets) {
    const raw = Number.isFinite(h.buckets) && h.buckets > 0 ? Math.floor(h.buckets) : 0;
    const factor = raw > maxBuckets ? Math.ceil(raw / maxBuckets) : 1;
    const buckets = Math.ceil(raw / factor);
    const series = [];
    for (const level of LEVELS) {
        const source = h.series[level] ?? [];
        const counts = new Array(buckets).fill(0);
        for (let i = 0; i < raw; i++) {
            const n = source[i];
            if (typeof n === 'number' && Number.isFinite(n) && n > 0)
                counts[Math.floor(i / factor)] += n;
        }
        const total = counts.reduce((a, b) => a + b, 0);
        if (total > 0)
            series.push({ level, counts, total });
    }
    const totals = new Array(buckets)
        .fill(0)
        .map((_, i) => series.reduce((a, s) => a + s.counts[i], 0));
    const start = h.start ? Date.parse(h.start) : NaN;
    return {
        ...(Number.isNaN(start) ? {} : { start }),
        bucketSeconds: (h.bucketSeconds > 0 ? h.bucketSeconds : 1) * factor,
        buckets,
        series,
        totals,
    };
}
/**
 * The label of bucket boundary `i` (0..buckets): a UTC clock time when the start is known (with the date
 * when the run spans days), else the offset from the first bucket.
 */
function boundaryLabel(tb, i) {
    const offset = i * tb.bucketSeconds;
    if (tb.start === undefined)
        return i === 0 ? '0 s' : `+${formatDuration(offset)}`;
    const iso = new Date(tb.start + offset * 1000).toISOString();
    const spanDays = (tb.buckets * tb.bucketSeconds) / 86400 >= 1;
    const clock = tb.bucketSeconds < 60 ? iso.slice(11, 19) : iso.slice(11, 16);
    return spanDays ? `${iso.slice(5, 10)} ${clock}` : clock;
}
/** `12:03–12:04`: the time range of bucket `i`, for tooltips. */
function bucketLabel(tb, i) {
    return `${boundaryLabel(tb, i)}–${boundaryLabel(tb, i + 1)}`;
}
/** A round axis maximum at or above `max` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k), close enough that bars fill the panel. */
function niceMax(max) {
    if (max <= 0)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (step * magnitude >= max)
            return step * magnitude;
    return 10 * magnitude;
}

/*
 * Hostile text into GitHub-flavoured Markdown. GitHub renders raw HTML (sanitised, but an <img> still loads
 * a remote image, and a stray </details> breaks the page), links, math between dollars and table pipes, so
 * every string from the analysis goes through one of these.
 */
// CommonMark lets any ASCII punctuation be backslash-escaped. These start markup anywhere in a line: code,
// emphasis, links and images (`[`), HTML (`<`), table cells, strikethrough, math. `(`, `)`, `!` and `#` are
// harmless once `[` is escaped and the text does not start the line, so raw summary.md stays readable.
const INLINE_SPECIALS = /[\\`*_[\]<>|~$]|&(?=#?\w+;)/g;
// At the start of a list item or paragraph these would make a heading, quote, list or rule.
const LEADING_BLOCK = /^(?:[#>+=-]|\d+(?=[.)]))/;
/** One line of plain text: Markdown and HTML syntax shown as typed, newlines folded, at most `max` chars. */
function mdText(text, max = 500) {
    const escaped = clip(oneLine(text), max).replace(INLINE_SPECIALS, (c) => `\\${c}`);
    return escaped.replace(LEADING_BLOCK, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}
/**
 * An inline code span (paths, templates). `inTable`: GitHub splits table cells on `|` even inside code, and
 * there `\|` shows as `|`; outside tables the backslash would show, so pipes are left alone.
 */
function mdCode(text, options = {}) {
    let body = clip(oneLine(text), options.max ?? 300);
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick needs a space inside the delimiters (stripped on render).
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/**
 * A fenced code block whose fence is longer than any backtick run in the text, so no log line can close
 * it early. Always ends with a newline.
 */
function fence(text, info = 'text') {
    // A line or paragraph separator would show as an odd glyph in the block: it was meant as a line break.
    const body = cleanText(text)
        .replace(/[\u2028\u2029]/g, '\n')
        .replace(/\s+$/, '');
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${info}\n${body}\n${f}\n`;
}
/** Text inside raw HTML (a <summary>): HTML escaping, not Markdown. */
function htmlText(text, max = 200) {
    return escapeHtml(clip(oneLine(text), max));
}
/** A collapsed block: the blank lines around the body let GitHub render Markdown inside the HTML. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>\n`;
}
/** A GFM table; cells must already be escaped (mdText, mdCode with `inTable`). */
function table(header, align, rows) {
    const sep = align.map((a) => (a === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}
function oneLine(text) {
    return cleanText(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[\u2028\u2029]/g, ' ')
        .trim();
}
/** `[label](url)` for an http(s) URL already checked by `safeHref`; characters that end a link are encoded. */
function mdLink(label, href) {
    const dest = href.replace(/[()|<> `"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${label}](${dest})`;
}
/**
 * At most one blank line between blocks, and one newline at the end, leaving fenced code untouched: the
 * sections are joined without caring how many newlines each ends with.
 */
function tidyBlankLines(md) {
    const out = [];
    let fenceOpen;
    for (const line of md.split('\n')) {
        const f = /^(`{3,})/.exec(line)?.[1];
        if (fenceOpen === undefined && f)
            fenceOpen = f;
        else if (fenceOpen !== undefined && f && f.length >= fenceOpen.length && line.trim() === f)
            fenceOpen = undefined;
        else if (fenceOpen === undefined &&
            line.trim() === '' &&
            (out.length === 0 || out[out.length - 1] === ''))
            continue;
        out.push(fenceOpen === undefined && line.trim() === '' ? '' : line);
    }
    while (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    return out.join('\n') + '\n';
}

const ICON = { error: '❌', warn: '⚠️', info: 'ℹ️' };
/**
 * The findings against the baseline, for summary.md: the run score, then each finding with its one-sentence
 * explanation and its evidence lines (`path:line`, time, message). Under the noise guard, the folded
 * findings are listed in a collapsed block. `rows` bounds the evidence lines per finding and the findings.
 */
function findingsMarkdown(a, rows, chars) {
    const f = a.findings;
    if (!f)
        return '';
    const out = [
        `### Findings against the baseline (score ${f.score}/100)`,
        '',
        '_Score 0–100: how unusual this run is against its baseline; 0 = nothing found._',
        '',
    ];
    if (f.items.length === 0)
        out.push('✅ Nothing unusual against the baseline.', '');
    for (const item of f.items.slice(0, rows))
        out.push(finding(item, rows, chars));
    if (f.items.length > rows)
        out.push(`_…and ${f.items.length - rows} more findings (report.json has them all)._`, '');
    if (f.notes.length > 0)
        out.push(`_Not judged:_ ${f.notes.map((n) => mdText(n, 300)).join('; ')}`);
    return out.join('\n');
}
function finding(item, rows, chars) {
    const lines = [
        `#### ${ICON[item.severity]} ${mdText(item.title, 200)}`,
        '',
        mdText(item.explanation, 600),
        '',
        ...item.evidence.slice(0, Math.max(1, Math.min(rows, 5))).map((e) => `- ${evidenceLine(e, chars)}`),
        '',
    ];
    if (item.collapsed && item.collapsed.length > 0) {
        lines.push('<details><summary>Findings folded under this one (' + String(item.collapsed.length) + ')</summary>', '', ...item.collapsed
            .slice(0, rows)
            .map((c) => `- ${ICON[c.severity]} **${mdText(c.title, 200)}**: ${mdText(c.explanation, 400)}`), '', '</details>', '');
    }
    return lines.join('\n');
}
function evidenceLine(e, chars) {
    const where = e.path ? mdCode(e.line ? `${e.path}:${e.line}` : e.path, { max: 160 }) + ' ' : '';
    const when = e.timestamp ? `${mdText(formatTimestamp(e.timestamp), 40)} ` : '';
    const session = e.session ? ` (session ${mdCode(e.session, { max: 80 })})` : '';
    return `${where}${when}${mdText(e.message, Math.min(chars, 300))}${session}`;
}

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/**
 * Counts as a row of block characters, scaled to the row's own maximum. An empty bucket is `·` and any
 * non-empty one at least `▁`, so one error in a quiet minute still shows.
 */
function sparkline(counts) {
    const max = Math.max(0, ...counts);
    return counts
        .map((n) => {
        if (!(n > 0))
            return '·';
        const i = Math.min(BARS.length - 1, Math.ceil((n / max) * BARS.length) - 1);
        return BARS[Math.max(0, i)];
    })
        .join('');
}

/** GitHub's limit for one step's job summary. */
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** Kept free under the limit by default, for whatever else the step appends to its summary. */
const SAFETY_MARGIN = 64 * 1024;
const FULL = { context: 40, stackLines: 60, examples: true, rows: 200, chars: 400 };
const LADDER = [
    FULL,
    { ...FULL, context: 3 },
    { ...FULL, context: 0 },
    { ...FULL, context: 0, stackLines: 12 },
    { ...FULL, context: 0, stackLines: 0 },
    { ...FULL, context: 0, stackLines: 0, examples: false },
    { ...FULL, context: 0, stackLines: 0, examples: false, rows: 100 },
    { ...FULL, context: 0, stackLines: 0, examples: false, rows: 50, chars: 300 },
    { ...FULL, context: 0, stackLines: 0, examples: false, rows: 25, chars: 200 },
    { ...FULL, context: 0, stackLines: 0, examples: false, rows: 10, chars: 150 },
    { context: 0, stackLines: 0, examples: false, rows: 10, chars: 120, minimal: true },
    { context: 0, stackLines: 0, examples: false, rows: 5, chars: 100, minimal: true },
    { context: 0, stackLines: 0, examples: false, rows: 1, chars: 100, minimal: true },
];
/** Stack traces shown in full (collapsed) below the failing-tests table, at most. */
const MAX_TEST_DETAILS = 60;
const MAX_ROOT_CAUSES = 20;
const MAX_REASONS = 12;
const MAX_SPARK_COLUMNS = 60;
const VERDICT = {
    fail: { icon: '❌', word: 'FAIL' },
    warn: { icon: '⚠️', word: 'WARN' },
    pass: { icon: '✅', word: 'PASS' },
};
/**
 * summary.md and `$GITHUB_STEP_SUMMARY`: GitHub-flavoured Markdown in the order of report.html (verdict,
 * failing tests, root causes, counts, error templates, new templates, timeline, inputs), shrunk to fit
 * `maxBytes` instead of failing, with a note on what was left out.
 */
function renderSummaryMarkdown(analysis, options = {}) {
    const maxBytes = Math.max(0, Math.floor(options.maxBytes ?? GITHUB_SUMMARY_LIMIT - SAFETY_MARGIN));
    // Each level of the ladder carries less than the one before, so sizes shrink along it (but for the few
    // bytes of the note on what was left out): a binary search finds a fitting level in a few renders, where
    // trying each in turn would render a huge run a dozen times.
    const fits = new Map();
    const tryLevel = (i) => {
        const text = render(analysis, LADDER[i], maxBytes);
        if (Buffer.byteLength(text, 'utf8') > maxBytes)
            return false;
        fits.set(i, text);
        return true;
    };
    let lo = 0;
    let hi = LADDER.length - 1;
    if (!tryLevel(hi))
        return hardCut(render(analysis, LADDER[hi], maxBytes), maxBytes);
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (tryLevel(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return fits.get(lo);
}
function render(a, d, maxBytes) {
    const parts = [verdictBlock(a, d), countsTable(a), failingTests(a, d)];
    if (!d.minimal) {
        parts.push(findingsMarkdown(a, d.rows, d.chars), rootCauses(a, d), logs(a), topTemplates(a, d), newTemplates(a, d), timeline(a), inputs(a, d));
    }
    parts.push(footer(a, d, maxBytes));
    return tidyBlankLines(parts.filter((p) => p !== '').join('\n\n'));
}
function verdictOf(a) {
    return a.verdict in VERDICT ? VERDICT[a.verdict] : VERDICT.fail;
}
function errorsOf(a) {
    return (a.logs.byLevel.error ?? 0) + (a.logs.byLevel.fatal ?? 0);
}
/** `…and 3 more failing tests`, or nothing when nothing was left out. */
function more(left, one, many = `${one}s`) {
    return left > 0
        ? `\n_…and ${formatCount(left)} more ${left === 1 ? one : many} (report.json has them all)._\n`
        : '';
}
function verdictBlock(a, d) {
    const v = verdictOf(a);
    const ci = a.ci;
    const where = [ci.repository, [ci.workflow, ci.job].filter(Boolean).join(' / ')].filter((w) => Boolean(w));
    const meta = [
        ci.run_id ? `run ${ci.run_id}${ci.run_attempt ? `.${ci.run_attempt}` : ''}` : '',
        ci.pr !== undefined ? `PR #${ci.pr}` : (shortRef(ci.ref) ?? ''),
        shortSha(ci.sha) ?? '',
        ci.environment ? `env ${ci.environment}` : '',
        formatTimestamp(a.generatedAt),
    ].filter((m) => m !== '');
    const [headline = fallbackHeadline(a), ...rest] = a.reasons;
    const maxReasons = d.minimal ? 4 : MAX_REASONS;
    const chars = d.minimal ? 300 : 600;
    const lines = [
        `## ${v.icon} ${v.word}${where.length > 0 ? ` · ${where.map((w) => mdText(w, 120)).join(' · ')}` : ''}`,
        '',
        `<sub>${meta.map((m) => mdText(m, 120)).join(' · ')}</sub>`,
        '',
        `**${mdText(headline, chars)}**`,
    ];
    if (rest.length > 0) {
        lines.push('', ...rest.slice(0, maxReasons).map((r) => `- ${mdText(r, chars)}`));
        if (rest.length > maxReasons)
            lines.push(`- _…and ${plural(rest.length - maxReasons, 'more reason')}_`);
    }
    lines.push('', a.failed
        ? `**This run fails the step** (fail-on: ${mdCode(a.failOn, { max: 40 })}).`
        : `The step does not fail (fail-on: ${mdCode(a.failOn, { max: 40 })}).`);
    return lines.join('\n');
}
function countsTable(a) {
    const t = a.tests;
    const header = ['Tests', 'Passed', 'Failed', 'Errored', 'Skipped', 'Log errors', 'Warnings'];
    const row = [t.tests, t.passed, t.failed, t.errored, t.skipped, errorsOf(a), a.logs.byLevel.warn ?? 0].map(formatCount);
    if (t.failed > 0)
        row[2] = `❌ ${row[2]}`;
    if (t.errored > 0)
        row[3] = `💥 ${row[3]}`;
    if (errorsOf(a) > 0)
        row[5] = `🔴 ${row[5]}`;
    if (a.baseline) {
        header.push('New templates');
        const n = a.baseline.newTemplates.length;
        row.push(n > 0 ? `🆕 ${formatCount(n)}` : '0');
    }
    return table(header, header.map(() => 'r'), [row]);
}
function failingTests(a, d) {
    const t = a.tests;
    if (t.failing.length === 0) {
        if (t.tests === 0)
            return '_No test results: no test report was read, or the reports held no tests._';
        return `### Tests\n\n✅ All ${formatCount(t.tests - t.skipped)} tests that ran passed${t.skipped > 0 ? ` (${formatCount(t.skipped)} skipped)` : ''}.${flaky(a, d)}`;
    }
    const shown = t.failing.slice(0, d.rows);
    const rows = shown.map((f) => [
        f.status === 'errored' ? '💥 errored' : '❌ failed',
        mdText(testTitle(f), 200) + (f.attempts ? ` (${formatCount(f.attempts)} attempts)` : ''),
        where(f),
        mdText(firstLine(f.message ?? f.stackTrace), d.chars),
    ]);
    const out = [
        `### Failing tests (${formatCount(t.failed + t.errored)})`,
        '',
        table(['', 'Test', 'Where', 'Message'], ['l', 'l', 'l', 'l'], rows),
    ];
    if (shown.length < t.failing.length)
        out.push(more(t.failing.length - shown.length, 'failing test'));
    if (d.stackLines > 0) {
        const withDetail = shown.filter((f) => f.stackTrace || (f.message ?? '').includes('\n'));
        const detailed = withDetail.slice(0, MAX_TEST_DETAILS);
        if (detailed.length > 0)
            out.push(detailed.map((f) => testDetails(f, d)).join('\n'));
        if (withDetail.length > detailed.length) {
            out.push(`_Stack traces of the first ${detailed.length} failing tests only._`);
        }
    }
    return out.join('\n') + flaky(a, d);
}
function where(f) {
    const loc = testLocation(f);
    if (!loc)
        return mdCode(f.report, { inTable: true, max: 120 });
    const href = safeHref(f.url);
    const code = mdCode(loc, { inTable: true, max: 160 });
    return href ? mdLink(code, href) : code;
}
function testDetails(f, d) {
    const icon = f.status === 'errored' ? '💥' : '❌';
    const message = clipLines(f.message ?? '', 20, 4000);
    // Most stack traces start with the message again (`AssertionError: expected …`): shown once is enough.
    let trace = f.stackTrace ?? '';
    const head = firstLine(trace);
    if (head !== '' && message.text.includes(head.replace(/^[\w.$]+: /, '')))
        trace = trace.replace(/^\s*[^\n]*\n?/, '');
    const stack = clipLines(trace, d.stackLines, d.stackLines * 200);
    const body = [
        f.evidence ? `(${f.evidence})\n` : '',
        message.text,
        message.omitted > 0 ? `… ${plural(message.omitted, 'more line')}` : '',
        stack.text ? (message.text ? '\n' : '') + stack.text : '',
        stack.omitted > 0 ? `… ${plural(stack.omitted, 'more line')}` : '',
    ]
        .filter((s) => s !== '')
        .join('\n');
    return details(`${icon} <b>${htmlText(testTitle(f), 150)}</b>`, fence(body));
}
function flaky(a, d) {
    const f = a.tests.flaky;
    if (f.length === 0 || d.minimal)
        return '';
    const shown = f.slice(0, d.rows);
    return ('\n\n#### Flaky tests (failed, then passed: not counted as failures)\n\n' +
        table(['Test', 'Flaky', 'Evidence', 'Report'], ['l', 'l', 'l', 'l'], shown.map((x) => [
            mdText(testTitle(x), 200),
            flakyKind(x),
            mdText(flakyEvidence(x), d.chars),
            mdCode(x.report, { inTable: true, max: 120 }),
        ])) +
        more(f.length - shown.length, 'flaky test'));
}
function rootCauses(a, d) {
    if (a.rootCauses.length === 0)
        return '';
    const shown = a.rootCauses.slice(0, Math.min(d.rows, MAX_ROOT_CAUSES));
    return [
        `### Root causes`,
        '',
        '_The first error of each log that has errors, with the lines around it._',
        '',
        shown.map((c) => rootCause(c, d)).join('\n'),
        more(a.rootCauses.length - shown.length, 'log with errors', 'logs with errors'),
    ].join('\n');
}
function rootCause(c, d) {
    const meta = [
        c.service ? `service **${mdText(c.service, 80)}**` : '',
        c.group ? `step **${mdText(c.group, 120)}**` : '',
        c.timestamp ? mdText(formatTimestamp(c.timestamp), 40) : '',
        `${plural(c.errors, 'error')} in this log`,
    ].filter((m) => m !== '');
    const out = [
        `#### ${mdCode(`${c.path}:${c.line}`, { max: 200 })}`,
        '',
        meta.join(' · '),
        '',
        `**${mdText(c.level.toUpperCase(), 10)}** ${mdText(firstLine(c.message), d.chars)}`,
        '',
    ];
    if (d.context > 0 && c.context.length > 0) {
        const focus = Math.max(0, c.context.findIndex((l) => l.focus));
        const lines = c.context.slice(Math.max(0, focus - d.context), focus + d.context + 1);
        const width = Math.max(...lines.map((l) => String(l.line).length));
        const text = lines
            .map((l) => `${l.focus ? '>' : ' '} ${String(l.line).padStart(width)} │ ${clipLines(l.text, 1, 300).text}`)
            .join('\n');
        out.push(fence(text));
    }
    if (d.stackLines > 0 && c.stackTrace) {
        const s = clipLines(c.stackTrace, d.stackLines, d.stackLines * 200);
        out.push(details(`Stack trace (${plural(countLines(c.stackTrace), 'line')})`, fence(s.text + (s.omitted > 0 ? `\n… ${plural(s.omitted, 'more line')}` : ''))));
    }
    return out.join('\n');
}
function logs(a) {
    const l = a.logs;
    if (l.records === 0)
        return '### Logs\n\n_No log records: no log was read, or the logs were empty._';
    const span = spanSeconds(l.first, l.last);
    const facts = [
        `**${formatCount(l.records)}** records from ${plural(a.inputs.sources.length, 'log')}`,
        `**${formatCount(errorsOf(a))}** errors${l.byLevel.fatal ? ` (${formatCount(l.byLevel.fatal)} fatal)` : ''}`,
        `**${formatCount(l.byLevel.warn ?? 0)}** warnings`,
        `${plural(l.templates, 'distinct template')}`,
    ];
    if (l.first) {
        facts.push(`${mdText(formatTimestamp(l.first), 40)} → ${mdText(formatTimestamp(l.last), 40)}${span !== undefined ? ` (${formatDuration(span)})` : ''}`);
    }
    const levels = ['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace']
        .filter((lv) => (l.byLevel[lv] ?? 0) > 0)
        .map((lv) => `${lv} ${formatCount(l.byLevel[lv])}`);
    return `### Logs\n\n${facts.join(' · ')}\n\nBy level: ${levels.join(' · ')}`;
}
function templateRows(list, d) {
    const header = ['Count', 'Level', 'Template', 'Seen in'];
    const align = ['r', 'l', 'l', 'l'];
    if (d.examples) {
        header.push('Example');
        align.push('l');
    }
    const rows = list.map((t) => {
        const services = t.services.slice(0, 3).join(', ') + (t.services.length > 3 ? ` +${t.services.length - 3}` : '');
        const row = [
            formatCount(t.count),
            `${mdText(t.level, 10)}${t.new ? ' 🆕' : ''}`,
            mdCode(t.template, { inTable: true, max: 200 }),
            mdText(services, 120),
        ];
        if (d.examples) {
            const ex = t.example;
            row.push(`${mdCode(`${ex.path}:${ex.line}`, { inTable: true, max: 120 })} ${mdText(ex.message, Math.min(200, d.chars))}`);
        }
        return row;
    });
    return { header, align, rows };
}
function topTemplates(a, d) {
    const all = a.topErrorTemplates;
    if (all.length === 0)
        return '';
    const shown = all.slice(0, d.rows);
    const t = templateRows(shown, d);
    return [
        `### Top error templates (${formatCount(all.length)})`,
        '',
        table(t.header, t.align, t.rows),
        more(all.length - shown.length, 'template'),
    ].join('\n');
}
function newTemplates(a, d) {
    const b = a.baseline;
    if (!b)
        return '';
    const intro = `Compared with the baseline learned from ${mdCode(b.source, { max: 200 })}: ${plural(b.runs, 'run')}, ${plural(b.records, 'record')}, ${plural(b.templates, 'template')}.`;
    if (b.newTemplates.length === 0) {
        return `### New templates\n\n${intro}\n\n✅ Nothing new: every template of this run was seen in the baseline.`;
    }
    const shown = b.newTemplates.slice(0, d.rows);
    const t = templateRows(shown, d);
    return [
        `### New templates (${formatCount(b.newTemplates.length)})`,
        '',
        intro,
        '',
        table(t.header, t.align, t.rows),
        more(b.newTemplates.length - shown.length, 'new template'),
    ].join('\n');
}
function timeline(a) {
    const tb = regroupHistogram(a.histogram, MAX_SPARK_COLUMNS);
    if (tb.buckets === 0 || tb.series.length === 0)
        return '';
    const range = `${boundaryLabel(tb, 0)} → ${boundaryLabel(tb, tb.buckets)}${tb.start !== undefined ? ' UTC' : ''}`;
    const rows = [...tb.series]
        .reverse()
        .map((s) => [s.level, formatCount(s.total), `\`${sparkline(s.counts)}\``]);
    return [
        '### Timeline',
        '',
        `Records per ${formatDuration(tb.bucketSeconds)}, ${range}; each row on its own scale.`,
        '',
        table(['Level', 'Records', mdText(range, 60)], ['l', 'r', 'l'], rows),
    ].join('\n');
}
function inputs(a, d) {
    const { sources, reports, unreadable } = a.inputs;
    const out = ['### Inputs', ''];
    if (unreadable.length > 0) {
        const shown = unreadable.slice(0, d.rows);
        out.push(`⚠️ **${plural(unreadable.length, 'input')} could not be read:**`, '', ...shown.map((u) => `- ${mdCode(u.path, { max: 200 })}: ${mdText(u.message, 300)}`), more(unreadable.length - shown.length, 'unreadable input'), '');
    }
    if (sources.length === 0 && reports.length === 0) {
        if (unreadable.length === 0)
            out.push('_No inputs: no log and no test report matched the configured paths._');
        return out.join('\n');
    }
    const tables = [];
    if (sources.length > 0) {
        const shown = sources.slice(0, d.rows);
        tables.push(table(['Log', 'Format', 'Lines', 'Records', 'Errors', 'Warnings'], ['l', 'l', 'r', 'r', 'r', 'r'], shown.map((s) => [
            mdCode(s.path, { inTable: true, max: 160 }),
            mdText(s.format, 40),
            ...[s.lines, s.records, s.errors, s.warnings].map(formatCount),
        ])) + more(sources.length - shown.length, 'log'));
    }
    if (reports.length > 0) {
        const shown = reports.slice(0, d.rows);
        tables.push(table(['Test report', 'Format', 'Tests', 'Passed', 'Failed', 'Errored', 'Skipped'], ['l', 'l', 'r', 'r', 'r', 'r', 'r'], shown.map((r) => [
            mdCode(r.path, { inTable: true, max: 160 }),
            mdText(r.format, 40),
            ...[r.tests, r.passed, r.failed, r.errored, r.skipped].map(formatCount),
        ])) + more(reports.length - shown.length, 'test report'));
    }
    out.push(details(`Read ${htmlText(plural(sources.length, 'log'))} and ${htmlText(plural(reports.length, 'test report'))}`, tables.join('\n')));
    return out.join('\n');
}
function footer(a, d, maxBytes) {
    const left = leftOut(a, d);
    const note = left.length > 0
        ? `> ✂️ Shortened to fit ${formatBytes(maxBytes)}: left out ${left.join(', ')}. report.html and report.json have more.\n\n`
        : '';
    return `${note}<sub>logward · report format v${a.version} · generated ${mdText(formatTimestamp(a.generatedAt), 40)}</sub>`;
}
/** What this level of detail actually left out of this analysis (nothing is claimed that was not there). */
function leftOut(a, d) {
    if (d.minimal)
        return ['every section after the failing tests'];
    const left = [];
    const causes = a.rootCauses.slice(0, Math.min(d.rows, MAX_ROOT_CAUSES));
    if (d.context === 0 && causes.some((c) => c.context.length > 0))
        left.push('the log lines around each root cause');
    else if (d.context < FULL.context && causes.some((c) => c.context.length > 2 * d.context + 1)) {
        left.push(`log lines more than ${d.context} away from each root cause`);
    }
    const stacks = [
        ...a.tests.failing.slice(0, Math.min(d.rows, MAX_TEST_DETAILS)).map((f) => f.stackTrace),
        ...causes.map((c) => c.stackTrace),
    ].filter((t) => Boolean(t));
    if (d.stackLines === 0 && stacks.length > 0)
        left.push('stack traces');
    else if (d.stackLines < FULL.stackLines && stacks.some((t) => hasMoreLines(t, d.stackLines))) {
        left.push(`stack trace lines after the first ${d.stackLines}`);
    }
    if (!d.examples && (a.topErrorTemplates.length > 0 || (a.baseline?.newTemplates.length ?? 0) > 0)) {
        left.push('template examples');
    }
    const longest = Math.max(a.tests.failing.length, a.tests.flaky.length, a.topErrorTemplates.length, a.baseline?.newTemplates.length ?? 0, a.inputs.sources.length, a.inputs.reports.length, a.inputs.unreadable.length);
    if (d.rows < FULL.rows && longest > d.rows)
        left.push(`table rows after the first ${d.rows}`);
    return left;
}
/** More than `n` lines, found without counting them all. */
function hasMoreLines(text, n) {
    let i = -1;
    for (let k = 0; k < n; k++) {
        i = text.indexOf('\n', i + 1);
        if (i === -1)
            return false;
    }
    return text.slice(i + 1).trim() !== '';
}
function formatBytes(n) {
    return n >= 1024 * 1024 && n % (1024 * 1024) === 0
        ? `${n / (1024 * 1024)} MiB`
        : n >= 1024
            ? `${formatCount(Math.floor(n / 1024))} KiB`
            : `${formatCount(n)} bytes`;
}
/**
 * Last resort, for a `maxBytes` smaller than even the minimal summary: whole lines up to the limit, never
 * cutting inside a table row or a UTF-8 sequence, with a note when there is room for one.
 */
function hardCut(text, maxBytes) {
    const note = `\n_…cut to fit ${formatBytes(maxBytes)}; report.html and report.json have the full report._\n`;
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    const lines = text.split('\n');
    let out = '';
    for (const line of lines) {
        const next = out + line + '\n';
        if (Buffer.byteLength(next, 'utf8') > budget)
            break;
        out = next;
    }
    if (out !== '')
        return out + note;
    // Not even the verdict line fits: its first bytes, cut on a character boundary.
    const bytes = Buffer.from(text.split('\n')[0] ?? '', 'utf8');
    let end = Math.min(bytes.length, maxBytes);
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}

export { table as A, firstLine as B, fence as C, details as D, htmlText as E, analyzeRun as F, median as G, mean as H, GITHUB_SUMMARY_LIMIT as I, compareFrequencies as J, boundaryLabel as a, bucketLabel as b, clip as c, formatTimestamp as d, flakyKind as e, formatDuration as f, flakyEvidence as g, html as h, regroupHistogram as i, shortRef as j, shortSha as k, fallbackHeadline as l, testLocation as m, niceMax as n, safeHref as o, clipLines as p, countLines as q, raw as r, spanSeconds as s, testTitle as t, renderSummaryMarkdown as u, cleanText as v, tidyBlankLines as w, mdLink as x, mdText as y, mdCode as z };
