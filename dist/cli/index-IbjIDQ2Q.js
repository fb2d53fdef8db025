import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { R as ReportParseError } from './index.js';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';

/**
 * The one result tree every test-report dialect is parsed into (the dorny/test-reporter model): a report holds
 * suites, suites hold cases (and maybe nested suites), and every count is *computed* from the cases by
 * `summarize`, never stored beside them, so a tree and its totals cannot disagree. The only stored counts are
 * `declared` ones, for suites that carry counts but list no cases (there is nothing to compute them from).
 */
function emptyCounts() {
    return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
}
function addCounts(into, more) {
    into.tests += more.tests;
    into.passed += more.passed;
    into.failed += more.failed;
    into.errored += more.errored;
    into.skipped += more.skipped;
    return into;
}
/** Counts for declared attributes: the failing kinds are taken as stated, `passed` is what remains of `tests`. */
function countsFromDeclared(d) {
    const failed = Math.max(0, d.failures);
    const errored = Math.max(0, d.errors);
    const skipped = Math.max(0, d.skipped);
    // A report whose `tests` is smaller than its failures+errors+skipped is inconsistent; trusting the
    // failing kinds (what a reader acts on) keeps `tests = passed + failed + errored + skipped` true.
    const passed = Math.max(0, d.tests - failed - errored - skipped);
    return { tests: passed + failed + errored + skipped, passed, failed, errored, skipped };
}
/** Counts of one suite and everything nested in it. */
function summarizeSuite(suite) {
    // Iterative rather than recursive: nesting depth comes from the file, and a hostile file must not be able
    // to overflow the stack here (the parser also caps depth).
    const counts = emptyCounts();
    const pending = [suite];
    for (let s = pending.pop(); s !== undefined; s = pending.pop()) {
        const hasChildren = s.cases.length > 0 || (s.suites?.length ?? 0) > 0;
        if (!hasChildren && s.declared)
            addCounts(counts, countsFromDeclared(s.declared));
        for (const c of s.cases) {
            counts.tests++;
            counts[c.status]++;
        }
        if (s.suites)
            pending.push(...s.suites);
    }
    return counts;
}
/** Counts of a whole report, computed from its cases (and the declared counts of case-less suites). */
function summarize(report) {
    const counts = emptyCounts();
    for (const suite of report.suites)
        addCounts(counts, summarizeSuite(suite));
    return counts;
}
/** Every case of a report, depth-first in document order, with the names of the suites it sits in. */
function* allCases(report) {
    const stack = report.suites
        .map((suite) => ({ suite, path: [suite.name] }))
        .reverse();
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
        for (const testCase of item.suite.cases)
            yield { suitePath: item.path, testCase };
        const children = item.suite.suites ?? [];
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            stack.push({ suite: child, path: [...item.path, child.name] });
        }
    }
}

/** Seconds from a `time`/`duration` attribute; `undefined` when absent or not a number. */
function parseSeconds(value) {
    if (value === undefined)
        return undefined;
    // Some generators write thousands separators ("1,234.5").
    const n = Number(value.trim().replace(/,/g, ''));
    return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** A non-negative integer count attribute; 0 when absent or malformed. */
function parseCount(value) {
    if (value === undefined)
        return 0;
    const n = Number.parseInt(value.trim(), 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/** A 1-based line number attribute; `undefined` when absent, malformed or not positive. */
function parseLine(value) {
    if (value === undefined || !/^\s*\d+\s*$/.test(value))
        return undefined;
    const n = Number.parseInt(value, 10);
    return n > 0 ? n : undefined;
}
/** The first non-empty line of a text, trimmed (a message for failures that only carry a body). */
function firstLine(text) {
    if (!text)
        return undefined;
    for (const line of text.split(/\r?\n/, 50)) {
        const t = line.trim();
        if (t.length > 0)
            return t;
    }
    return undefined;
}
/**
 * The class part of a fully qualified test name (`Ns.Class.Method(1.5, "a.b")` -> `Ns.Class`): arguments are
 * cut first so the dots inside them do not count.
 */
function classOf(fullName) {
    const paren = fullName.indexOf('(');
    const base = paren < 0 ? fullName : fullName.slice(0, paren);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(0, dot) : undefined;
}
/** `name` without a leading `className.` (TRX and NUnit 2 name tests by their full name). */
function withoutClassPrefix(name, className) {
    return className && name.startsWith(className + '.') && name.length > className.length + 1
        ? name.slice(className.length + 1)
        : name;
}

/**
 * Where a failing test is, when the report has no `file`/`line` attributes: the stack frame or failure line
 * that points into the test's own source. A frame in a library (the assertion library, the runner, the code
 * under test) is not the test's location, so a frame is only taken when it is tied to the test: it names the
 * test's file, or its class, or its file looks like a test file. Paths are returned as written.
 */
// `at com.x.FooTest.testBar(FooTest.java:42)` (Java, Kotlin, Scala; module prefixes like `java.base/`).
const JAVA_FRAME = /^\s*at ((?:[\w$.-]+\/)?[\w$.]+)\.[\w$<>-]+\(([^():]+):(\d+)\)/;
// `at Ns.FooTests.Bar() in C:\src\FooTests.cs:line 42` (.NET).
const DOTNET_FRAME = /^\s*at (.+?)\(.*\) in (.+):line (\d+)\s*$/;
// `at Object.<anonymous> (src/x.test.ts:12:3)` and `at src/x.test.ts:12:3` (V8).
const V8_FRAME = /^\s*at (?:(.+?) \()?((?:file:\/\/)?(?:[A-Za-z]:)?[^():]+):(\d+):\d+\)?\s*$/;
// `File "tests/test_x.py", line 42, in test_bar` (Python traceback).
const PYTHON_FRAME = /^\s*File "(.+)", line (\d+)(?:, in (.+))?/;
// `tests/test_x.py:42: AssertionError` (pytest), `foo_test.go:19: msg` (go), `/src/FooTest.php:28` (phpunit).
const PATH_LINE = /^\s*((?:[A-Za-z]:)?[^\s:()"'<>]+\.[A-Za-z][A-Za-z0-9]{0,9}):(\d+)(?::\d+)?(?::\s|:$|\s*$)/;
// `at /src/Foo.php(123)` (phpunit and others).
const PATH_PAREN_LINE = /(?:^|\s)((?:[A-Za-z]:)?[^\s:()"'<>]+\.[A-Za-z][A-Za-z0-9]{0,9})\((\d+)\)\s*$/;
function framesOf(text) {
    const frames = [];
    for (const raw of text.split(/\r?\n|\r/)) {
        // A frame is never this long; a hostile line must not make the (backtracking) patterns below cost time.
        if (raw.length > 1000)
            continue;
        const isAt = raw.trimStart().startsWith('at ');
        let m;
        if (isAt && (m = JAVA_FRAME.exec(raw)))
            frames.push({ file: m[2], line: Number(m[3]), symbol: m[1] });
        else if (isAt && raw.includes(':line ') && (m = DOTNET_FRAME.exec(raw)))
            frames.push({ file: m[2], line: Number(m[3]), symbol: m[1] });
        else if (isAt && (m = V8_FRAME.exec(raw))) {
            const frame = { file: m[2], line: Number(m[3]) };
            if (m[1] !== undefined)
                frame.symbol = m[1];
            frames.push(frame);
        }
        else if ((m = PYTHON_FRAME.exec(raw)))
            frames.push({ file: m[1], line: Number(m[2]) });
        else if ((m = PATH_LINE.exec(raw)))
            frames.push({ file: m[1], line: Number(m[2]) });
        else if ((m = PATH_PAREN_LINE.exec(raw)))
            frames.push({ file: m[1], line: Number(m[2]) });
    }
    return frames.filter((f) => Number.isInteger(f.line) && f.line > 0);
}
function normalize(p) {
    return p.replace(/^file:\/\//, '').replace(/\\/g, '/');
}
/** `a` and `b` name the same file: equal, or one is the other with leading directories (`src/x.ts`, `/w/src/x.ts`). */
function samePath(a, b) {
    const x = normalize(a);
    const y = normalize(b);
    if (x === y)
        return true;
    const [long, short] = x.length > y.length ? [x, y] : [y, x];
    return short.length > 0 && long.endsWith(short) && long[long.length - short.length - 1] === '/';
}
const VENDOR_DIR = /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor|\.venv)\//i;
const TEST_DIR = /(?:^|\/)(?:__tests__|tests?|specs?)\//i;
const TEST_BASENAME = /(?:^test_.*\.py$|_(?:test|tests|spec)\.[A-Za-z0-9]+$|[.-](?:test|tests|spec|specs)\.[A-Za-z0-9]+$|(?:Test|Tests|Spec|IT|TestCase)\.[A-Za-z0-9]+$|\.phpt$)/;
/** The path looks like a test source file (by name or directory), and is not inside installed dependencies. */
function looksLikeTestFile(path) {
    const p = normalize(path);
    if (VENDOR_DIR.test(p))
        return false;
    const base = p.slice(p.lastIndexOf('/') + 1);
    return TEST_BASENAME.test(base) || TEST_DIR.test(p);
}
function symbolMatchesClass(symbol, className) {
    if (!symbol || !className)
        return false;
    // Java frames name the class; .NET and V8 frames name class.method. Inner classes use `$` (Java) or `+` (.NET).
    const s = symbol.replace(/^[\w.-]+\//, '');
    return s === className || [className + '.', className + '$', className + '+'].some((p) => s.startsWith(p));
}
/**
 * The first frame, across `texts` in order, tied to the test: one in a known test file wins over one naming
 * the test's class, which wins over one whose file merely looks like a test file.
 */
function findTestLocation(texts, hints) {
    const files = (hints.files ?? []).filter((f) => f.length > 0);
    let best;
    for (const text of texts) {
        if (!text)
            continue;
        for (const frame of framesOf(text)) {
            const rank = files.some((f) => samePath(f, frame.file))
                ? 0
                : symbolMatchesClass(frame.symbol, hints.className) && !VENDOR_DIR.test(normalize(frame.file))
                    ? 1
                    : looksLikeTestFile(frame.file)
                        ? 2
                        : undefined;
            if (rank === undefined)
                continue;
            if (best === undefined || rank < best.rank)
                best = { rank, frame };
            if (rank === 0)
                return { file: frame.file, line: frame.line };
        }
    }
    return best && { file: best.frame.file, line: best.frame.line };
}
/** A line number in the text for a frame in `file` (when the report gives the file but not the line). */
function findLineInFile(texts, file) {
    for (const text of texts) {
        if (!text)
            continue;
        const frame = framesOf(text).find((f) => samePath(file, f.file));
        if (frame)
            return frame.line;
    }
    return undefined;
}

/**
 * Bounded text capture. A report can carry hundreds of megabytes of captured output; what we keep per field
 * and per report is capped, and a cut text says so (with how much was dropped) rather than ending silently.
 */
const DEFAULT_MAX_FIELD_CHARS = 64 * 1024;
const DEFAULT_MAX_REPORT_TEXT_CHARS = 4 * 1024 * 1024;
/** Names, class names and paths are never legitimately long; a hostile one must not be kept whole. */
const MAX_NAME_CHARS = 4096;
function makeLimits(maxFieldChars, maxReportChars) {
    return { maxFieldChars, budget: { remaining: maxReportChars } };
}
/**
 * A copy of `s` that shares no memory with the chunk it was cut from. V8 represents `chunk.slice(a, b)` as a
 * view that keeps the whole parent chunk alive, and saxes hands us such slices: keeping one 30-character test
 * name per 64 KiB chunk would keep the entire file in memory. A JSON round trip is the cheapest exact copy
 * (measured faster than a Buffer round trip, and it preserves lone surrogates).
 */
function own(s) {
    // V8 copies strings shorter than 13 characters instead of making views of them.
    return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
/** `s` cut to `max` characters (a name or attribute, not a body of text: no marker, an ellipsis). */
function clip(s, max = MAX_NAME_CHARS) {
    return s.length <= max ? own(s) : own(safeCut(s, max - 1)) + '…';
}
/** Cut at `n` without splitting a surrogate pair. */
function safeCut(s, n) {
    const code = s.charCodeAt(n - 1);
    return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
function truncationMarker(dropped) {
    return `\n… [truncated: ${dropped} more characters]`;
}
/** Collects one text field from many text events, keeping at most what the limits allow. */
class BoundedText {
    limits;
    parts = [];
    kept = 0;
    dropped = 0;
    constructor(limits) {
        this.limits = limits;
    }
    append(s) {
        if (s.length === 0)
            return;
        const room = Math.max(0, Math.min(this.limits.maxFieldChars - this.kept, this.limits.budget.remaining));
        if (s.length <= room) {
            this.parts.push(s);
            this.kept += s.length;
            this.limits.budget.remaining -= s.length;
            return;
        }
        if (room > 0) {
            const head = safeCut(s, room);
            this.parts.push(head);
            this.kept += head.length;
            this.limits.budget.remaining -= head.length;
            this.dropped += s.length - head.length;
        }
        else {
            this.dropped += s.length;
        }
    }
    /** Characters that never reached `append` (cut upstream) but belong to this text. */
    addDropped(n) {
        this.dropped += n;
    }
    get isEmpty() {
        return this.kept === 0 && this.dropped === 0;
    }
    /**
     * The text with leading blank lines and trailing whitespace removed (XML indentation around CDATA),
     * plus the truncation marker when anything was dropped; `undefined` when there is nothing.
     */
    value() {
        const text = this.parts.join('').replace(/^(?:[ \t]*\r?\n)+/, '');
        const trimmed = this.dropped > 0 ? text : text.trimEnd();
        if (trimmed.length === 0 && this.dropped === 0)
            return undefined;
        return own(trimmed) + (this.dropped > 0 ? truncationMarker(this.dropped) : '');
    }
}
/**
 * A bounded single value (an attribute), charged to the same allowance as captured text; `dropped` is what
 * the stream already cut from it (see CutAttributes).
 */
function boundedValue(s, limits, dropped = 0) {
    if (s === undefined)
        return undefined;
    const b = new BoundedText(limits);
    b.append(s);
    b.addDropped(dropped);
    return b.value();
}

/**
 * JUnit XML and its dialects, which all share one shape: `<testsuites>` (or a lone `<testsuite>` root) holding
 * `<testsuite>`s (possibly nested), holding `<testcase>`s whose child says how they ended:
 *
 * - nothing: passed; `<failure>`: failed; `<error>`: errored; `<skipped>`: skipped (pytest's xfail is a
 *   `<skipped type="pytest.xfail">`, so it is skipped too). A case with both `<failure>` and `<error>` (pytest:
 *   the test failed, then its teardown errored) is failed: the test's own verdict comes first.
 * - Maven surefire reruns: `<flakyFailure>`/`<flakyError>` on a case without `<failure>`/`<error>` mean it
 *   passed after failing (status passed, `flaky.reruns` lists the failed attempts); `<rerunFailure>`/
 *   `<rerunError>` beside a `<failure>`/`<error>` mean it failed on every run (`retries` counts the reruns).
 * - googletest marks tests it did not run with `status="notrun"` or `result="skipped"|"suppressed"` attributes.
 * - phpunit nests suites and writes `file`/`line` on cases; jest-junit names each suite by its test file;
 *   go-junit-report, bazel, nette-tester and swift's xunit output are plain JUnit.
 * - Suites with `tests`/`failures`/`errors`/`skipped` attributes but no `<testcase>` (aggregated or
 *   crashed-before-listing reports) keep those as declared counts.
 *
 * Output at suite level (`<testsuite><system-out>`) is not kept: it belongs to no case, and bazel/go put the
 * whole log there.
 */
const FAILURE = 'failure';
const ERROR = 'error';
function skippedByAttributes(attrs) {
    const status = attrs.status?.toLowerCase();
    const result = attrs.result?.toLowerCase();
    return (status === 'notrun' ||
        status === 'skipped' ||
        status === 'disabled' ||
        result === 'skipped' ||
        result === 'suppressed');
}
function declaredCounts$1(attrs) {
    const d = {
        tests: parseCount(attrs.tests),
        failures: parseCount(attrs.failures),
        errors: parseCount(attrs.errors),
        skipped: parseCount(attrs.skipped ?? attrs.skips) + parseCount(attrs.disabled),
    };
    return d.tests + d.failures + d.errors + d.skipped > 0 ? d : undefined;
}
class JUnitBuilder {
    limits;
    suites = [];
    suiteStack = [];
    elements = [];
    /** Where the text of each open element goes (parallel to `elements`). */
    sinks = [];
    kase;
    implicitSuite;
    name;
    time;
    constructor(limits) {
        this.limits = limits;
    }
    open(name, attrs, cut) {
        const parent = this.elements[this.elements.length - 1];
        this.elements.push(name);
        this.sinks.push(this.openElement(name, attrs, parent, cut));
    }
    openElement(name, attrs, parent, cut) {
        // A message attribute can be megabytes (pytest puts the exception's repr there): bounded right away.
        const message = () => boundedValue(attrs.message, this.limits, cut?.message)?.trim();
        if (parent === undefined) {
            if (attrs.name !== undefined)
                this.name = clip(attrs.name);
            this.time = parseSeconds(attrs.time);
        }
        const c = this.kase;
        if (c === undefined) {
            if (name === 'testsuite')
                this.openSuite(attrs);
            else if (name === 'testcase')
                this.openCase(attrs);
            return undefined;
        }
        if (c.attempt) {
            // Inside a surefire rerun: its `<stackTrace>` is the attempt's; its own output is not the case's.
            return name === 'stackTrace' ? c.attempt.stack : undefined;
        }
        if (parent !== 'testcase')
            return undefined;
        switch (name) {
            case FAILURE:
            case ERROR: {
                if (name === FAILURE)
                    c.failures++;
                else
                    c.errors++;
                // The first failure's message and type describe the case; the bodies of all of them are kept.
                if (c.failures + c.errors === 1) {
                    c.message = message();
                    c.type = attrs.type;
                }
                c.body ??= new BoundedText(this.limits);
                if (!c.body.isEmpty)
                    c.body.append('\n\n');
                return c.body;
            }
            case 'skipped':
                c.skipped = true;
                c.skipMessage ??= message();
                return (c.skipText ??= new BoundedText(this.limits));
            case 'system-out':
                return (c.stdout ??= new BoundedText(this.limits));
            case 'system-err':
                return (c.stderr ??= new BoundedText(this.limits));
            case 'flakyFailure':
            case 'flakyError':
            case 'rerunFailure':
            case 'rerunError': {
                const attempt = { kind: name, stack: new BoundedText(this.limits) };
                const m = message();
                if (m)
                    attempt.message = m;
                if (attrs.type !== undefined)
                    attempt.type = attrs.type;
                c.attempt = attempt;
                // Older surefire writes the stack trace as the element's text rather than in `<stackTrace>`.
                return attempt.stack;
            }
            default:
                return undefined;
        }
    }
    openSuite(attrs) {
        const suite = { name: clip(attrs.name?.trim() ?? ''), cases: [] };
        if (attrs.file)
            suite.file = clip(attrs.file);
        const time = parseSeconds(attrs.time);
        if (time !== undefined)
            suite.time = time;
        const parent = this.suiteStack[this.suiteStack.length - 1];
        if (parent)
            (parent.suite.suites ??= []).push(suite);
        else
            this.suites.push(suite);
        this.suiteStack.push({ suite, attrs });
    }
    openCase(attrs) {
        let suite = this.suiteStack[this.suiteStack.length - 1];
        if (!suite) {
            // `<testcase>` straight under `<testsuites>`: give it a suite named after the run.
            if (!this.implicitSuite) {
                this.implicitSuite = { suite: { name: this.name ?? '', cases: [] }, attrs: {} };
                this.suites.push(this.implicitSuite.suite);
            }
            suite = this.implicitSuite;
        }
        const depth = this.elements.length;
        this.kase = { attrs, depth, suite, failures: 0, errors: 0, skipped: false, flaky: [], reruns: 0 };
    }
    close(name) {
        const depth = this.elements.length;
        this.elements.pop();
        this.sinks.pop();
        const c = this.kase;
        if (c) {
            if (depth === c.depth) {
                c.suite.suite.cases.push(this.finishCase(c));
                this.kase = undefined;
            }
            else if (c.attempt && name === c.attempt.kind && depth === c.depth + 1) {
                if (name.startsWith('flaky')) {
                    const attempt = {};
                    if (c.attempt.message)
                        attempt.message = c.attempt.message;
                    if (c.attempt.type)
                        attempt.type = clip(c.attempt.type);
                    const stack = c.attempt.stack.value();
                    if (stack)
                        attempt.stackTrace = stack;
                    c.flaky.push(attempt);
                }
                else {
                    c.reruns++;
                }
                c.attempt = undefined;
            }
            return;
        }
        if (name === 'testsuite') {
            const frame = this.suiteStack.pop();
            if (frame && frame.suite.cases.length === 0 && !frame.suite.suites?.length) {
                const declared = declaredCounts$1(frame.attrs);
                if (declared)
                    frame.suite.declared = declared;
            }
        }
    }
    text(text) {
        this.sinks[this.sinks.length - 1]?.append(text);
    }
    finishCase(c) {
        const a = c.attrs;
        const status = c.failures > 0
            ? 'failed'
            : c.errors > 0
                ? 'errored'
                : c.skipped || skippedByAttributes(a)
                    ? 'skipped'
                    : 'passed';
        const tc = { name: clip(a.name?.trim() ?? ''), status };
        if (a.classname)
            tc.className = clip(a.classname.trim());
        const time = parseSeconds(a.time);
        if (time !== undefined)
            tc.time = time;
        const body = c.body?.value();
        if (status === 'failed' || status === 'errored') {
            const message = c.message || firstLine(body);
            if (message)
                tc.message = message;
            if (c.type)
                tc.type = clip(c.type);
            if (body)
                tc.stackTrace = body;
        }
        else if (status === 'skipped') {
            const message = c.skipMessage || c.skipText?.value()?.trim();
            if (message)
                tc.message = message;
        }
        const stdout = c.stdout?.value();
        if (stdout)
            tc.stdout = stdout;
        const stderr = c.stderr?.value();
        if (stderr)
            tc.stderr = stderr;
        if (status === 'passed' && c.flaky.length > 0)
            tc.flaky = { reruns: c.flaky };
        if (c.reruns > 0)
            tc.retries = c.reruns;
        // Where the test is: the case's own attributes, else the frame in its failure text that points into it.
        const texts = [body, c.skipText?.value(), tc.message, ...c.flaky.map((f) => f.stackTrace)];
        const line = parseLine(a.line);
        if (a.file) {
            tc.file = clip(a.file);
            const found = line ?? findLineInFile(texts, a.file);
            if (found !== undefined)
                tc.line = found;
        }
        else {
            const suite = c.suite.suite;
            const files = [suite.file, suite.name].filter((f) => !!f);
            const hints = tc.className ? { className: tc.className, files } : { files };
            const loc = findTestLocation(texts, hints);
            if (loc) {
                tc.file = clip(loc.file);
                tc.line = loc.line;
            }
            else if (suite.file) {
                tc.file = suite.file;
                if (line !== undefined)
                    tc.line = line;
            }
        }
        return tc;
    }
    finish() {
        const report = { format: 'junit', suites: this.suites };
        if (this.name)
            report.name = this.name;
        if (this.time !== undefined)
            report.time = this.time;
        return report;
    }
}

/**
 * NUnit 3 (`<test-run>`) and NUnit 2 (`<test-results>`) result files: `test-suite`s nest (assembly,
 * namespaces, fixture, parameterized method or theory) down to `test-case`s. The tree is kept as written.
 * A failure is `failure/message` + `failure/stack-trace`, a skip reason is `reason/message`, NUnit 3 output is
 * `output`. NUnit 2 names cases by their full name and has no class attribute; the class is cut from it.
 */
/**
 * NUnit 3 `result` (+ `label`) and NUnit 2 `result` to statuses. NUnit 3 writes exceptions as
 * `result="Failed" label="Error"`; `Invalid` (bad test definition) and `Cancelled` did not reach a verdict
 * either. `Inconclusive` is skipped, not passed: nothing was verified. `Warning` passed (with a warning).
 */
function statusOf$1(attrs, hasFailure) {
    const result = attrs.result?.toLowerCase();
    const label = attrs.label?.toLowerCase();
    switch (result) {
        case 'passed':
        case 'success':
        case 'warning':
            return 'passed';
        case 'failed':
        case 'failure':
            return label === 'error' || label === 'invalid' || label === 'cancelled' ? 'errored' : 'failed';
        case 'error':
        case 'notrunnable':
        case 'invalid':
        case 'cancelled':
            return 'errored';
        case 'skipped':
        case 'ignored':
        case 'inconclusive':
        case 'notrun':
        case 'explicit':
            return 'skipped';
        default:
            // No result, or one we don't know: a failure element is a verdict; without one, nothing was verified.
            return hasFailure ? 'failed' : 'skipped';
    }
}
const FIXTURE_TYPES = new Set(['TestFixture', 'GenericFixture', 'SetUpFixture']);
function declaredCounts(attrs) {
    const d = {
        tests: parseCount(attrs.total ?? attrs.testcasecount),
        failures: parseCount(attrs.failed),
        errors: 0,
        skipped: parseCount(attrs.skipped) + parseCount(attrs.inconclusive),
    };
    return d.tests + d.failures + d.skipped > 0 ? d : undefined;
}
class NUnitBuilder {
    limits;
    suites = [];
    suiteStack = [];
    elements = [];
    sinks = [];
    kase;
    name;
    time;
    constructor(limits) {
        this.limits = limits;
    }
    open(name, attrs) {
        const parent = this.elements[this.elements.length - 1];
        this.elements.push(name);
        this.sinks.push(this.openElement(name, attrs, parent));
    }
    openElement(name, attrs, parent) {
        if (parent === undefined) {
            if (attrs.name)
                this.name = clip(attrs.name);
            // NUnit 2's root `time` is the wall-clock time of day, not a duration.
            if (name === 'test-run')
                this.time = parseSeconds(attrs.duration ?? attrs.time);
            return undefined;
        }
        const c = this.kase;
        if (!c) {
            if (name === 'test-suite')
                this.openSuite(attrs);
            else if (name === 'test-case')
                this.kase = { attrs, depth: this.elements.length, hasFailure: false };
            return undefined;
        }
        const grandparent = this.elements[this.elements.length - 3];
        const inCase = grandparent === 'test-case';
        if (name === 'failure' && parent === 'test-case')
            c.hasFailure = true;
        if (name === 'output' && parent === 'test-case')
            return (c.output ??= new BoundedText(this.limits));
        if (name === 'message' && parent === 'failure' && inCase)
            return (c.message ??= new BoundedText(this.limits));
        if (name === 'stack-trace' && parent === 'failure' && inCase) {
            return (c.stackTrace ??= new BoundedText(this.limits));
        }
        if (name === 'message' && parent === 'reason' && inCase)
            return (c.reason ??= new BoundedText(this.limits));
        return undefined;
    }
    openSuite(attrs) {
        const suite = { name: clip(attrs.name ?? ''), cases: [] };
        const time = parseSeconds(attrs.duration ?? attrs.time);
        if (time !== undefined)
            suite.time = time;
        const parent = this.suiteStack[this.suiteStack.length - 1];
        if (parent)
            (parent.suite.suites ??= []).push(suite);
        else
            this.suites.push(suite);
        this.suiteStack.push({ suite, attrs, depth: this.elements.length });
    }
    close(name) {
        const depth = this.elements.length;
        this.elements.pop();
        this.sinks.pop();
        const c = this.kase;
        if (c) {
            if (depth === c.depth) {
                const suite = this.suiteStack[this.suiteStack.length - 1];
                const tc = this.finishCase(c);
                if (suite)
                    suite.suite.cases.push(tc);
                else
                    this.orphanSuite().cases.push(tc);
                this.kase = undefined;
            }
            return;
        }
        const frame = this.suiteStack[this.suiteStack.length - 1];
        if (name === 'test-suite' && frame && frame.depth === depth) {
            this.suiteStack.pop();
            if (frame.suite.cases.length === 0 && !frame.suite.suites?.length) {
                const declared = declaredCounts(frame.attrs);
                if (declared)
                    frame.suite.declared = declared;
            }
        }
    }
    /** A suite for cases written straight under the root (not NUnit's own output, but cheap to accept). */
    orphanSuite() {
        let suite = this.suites.find((s) => s.name === '' && s.suites === undefined);
        if (!suite) {
            suite = { name: '', cases: [] };
            this.suites.push(suite);
        }
        return suite;
    }
    text(text) {
        this.sinks[this.sinks.length - 1]?.append(text);
    }
    classNameOf(a) {
        if (a.classname)
            return a.classname;
        // NUnit 3 without `classname`: the enclosing fixture's full name, else the full name minus the method.
        for (let i = this.suiteStack.length - 1; i >= 0; i--) {
            const s = this.suiteStack[i].attrs;
            if (s.type && FIXTURE_TYPES.has(s.type) && s.fullname)
                return s.fullname;
        }
        const full = a.fullname ?? a.name;
        if (!full)
            return undefined;
        if (a.fullname && a.name && a.fullname.endsWith('.' + a.name)) {
            return a.fullname.slice(0, a.fullname.length - a.name.length - 1);
        }
        return classOf(full);
    }
    finishCase(c) {
        const a = c.attrs;
        const className = this.classNameOf(a);
        const status = statusOf$1(a, c.hasFailure);
        const rawName = a.name?.trim() ?? a.fullname?.trim() ?? '';
        const tc = { name: clip(withoutClassPrefix(rawName, className)), status };
        if (className)
            tc.className = clip(className);
        const time = parseSeconds(a.duration ?? a.time);
        if (time !== undefined)
            tc.time = time;
        const failureMessage = c.message?.value()?.trim();
        const reason = c.reason?.value()?.trim();
        const message = status === 'skipped' ? (reason ?? failureMessage) : (failureMessage ?? reason);
        if (message)
            tc.message = message;
        const stackTrace = c.stackTrace?.value();
        if (stackTrace)
            tc.stackTrace = stackTrace;
        const output = c.output?.value();
        if (output)
            tc.stdout = output;
        const loc = findTestLocation([stackTrace], className ? { className } : {});
        if (loc) {
            tc.file = clip(loc.file);
            tc.line = loc.line;
        }
        return tc;
    }
    finish() {
        const report = { format: 'nunit', suites: this.suites };
        if (this.name)
            report.name = this.name;
        if (this.time !== undefined)
            report.time = this.time;
        return report;
    }
}

/**
 * Visual Studio TRX (`dotnet test --logger trx`, MSTest, xUnit and NUnit adapters):
 * `TestRun/Results/UnitTestResult` carries each result (outcome, duration, `Output/ErrorInfo/Message`,
 * `StackTrace`, `StdOut`, `StdErr`), and `TestRun/TestDefinitions/UnitTest/TestMethod` names its class. The
 * definitions come *after* the results, so results are kept (bounded) until the end and joined by `testId`.
 * Cases are grouped into one suite per class, in order of first appearance; results without a class (xUnit
 * v3 class-cleanup failures) go to an `Unclassified` suite, as dorny does.
 *
 * Data-driven MSTest results nest the rows under the parent result (`InnerResults`): only the rows are
 * counted, or every row would be counted twice.
 */
/** TRX outcomes (Microsoft.VisualStudio.TestTools.Common.TestOutcome) to statuses. */
function statusOf(outcome) {
    switch (outcome) {
        case 'Passed':
        case 'PassedButRunAborted':
        case 'Completed':
        case 'Warning': // a passed test that reported something worth a look
            return 'passed';
        case 'Failed':
            return 'failed';
        case 'Error':
        case 'Timeout':
        case 'Aborted':
        case 'Disconnected':
        case 'NotRunnable':
            return 'errored';
        default:
            // NotExecuted, Inconclusive, Pending, InProgress, or an outcome we don't know: no verdict.
            return 'skipped';
    }
}
/** `hh:mm:ss.fffffff` (or `d.hh:mm:ss.fffffff`) to seconds. */
function parseTimeSpan(value) {
    if (!value)
        return undefined;
    const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim());
    if (!m)
        return parseSeconds(value);
    return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}
const UNCLASSIFIED = 'Unclassified';
class TrxBuilder {
    limits;
    elements = [];
    sinks = [];
    results = [];
    pending = [];
    /** testId -> class name, from `TestDefinitions`. */
    classes = new Map();
    definitionId;
    name;
    time;
    constructor(limits) {
        this.limits = limits;
    }
    open(name, attrs) {
        const parent = this.elements[this.elements.length - 1];
        this.elements.push(name);
        this.sinks.push(this.openElement(name, attrs, parent));
    }
    openElement(name, attrs, parent) {
        if (parent === undefined) {
            if (attrs.name)
                this.name = clip(attrs.name);
            return undefined;
        }
        const r = this.results[this.results.length - 1];
        switch (name) {
            case 'Times': {
                const start = Date.parse(attrs.start ?? '');
                const finish = Date.parse(attrs.finish ?? '');
                if (Number.isFinite(start) && Number.isFinite(finish) && finish >= start)
                    this.time = (finish - start) / 1000;
                return undefined;
            }
            case 'UnitTestResult':
                if (r)
                    r.hasInner = true;
                this.results.push({ attrs, depth: this.elements.length, hasInner: false });
                return undefined;
            case 'UnitTest':
                this.definitionId = attrs.id;
                return undefined;
            case 'TestMethod':
                if (this.definitionId !== undefined && attrs.className) {
                    // Owned copies: kept until the end, a slice of the chunk would keep the chunk alive (see `own`).
                    this.classes.set(own(this.definitionId), clip(attrs.className));
                }
                return undefined;
        }
        if (!r)
            return undefined;
        // Only the result's own Output: `TextMessages/Message` is not the error message.
        if (name === 'Message' && parent === 'ErrorInfo')
            return (r.message ??= new BoundedText(this.limits));
        if (name === 'StackTrace' && parent === 'ErrorInfo')
            return (r.stackTrace ??= new BoundedText(this.limits));
        if (name === 'StdOut' && parent === 'Output')
            return (r.stdout ??= new BoundedText(this.limits));
        if (name === 'StdErr' && parent === 'Output')
            return (r.stderr ??= new BoundedText(this.limits));
        return undefined;
    }
    close(name) {
        const depth = this.elements.length;
        this.elements.pop();
        this.sinks.pop();
        if (name === 'UnitTest')
            this.definitionId = undefined;
        const r = this.results[this.results.length - 1];
        if (name === 'UnitTestResult' && r && r.depth === depth) {
            this.results.pop();
            if (!r.hasInner)
                this.pending.push(this.finishResult(r));
        }
    }
    text(text) {
        this.sinks[this.sinks.length - 1]?.append(text);
    }
    finishResult(r) {
        const a = r.attrs;
        const testName = clip(a.testName?.trim() ?? '');
        const tc = { name: testName, status: statusOf(a.outcome) };
        const time = parseTimeSpan(a.duration);
        if (time !== undefined)
            tc.time = time;
        const message = r.message?.value()?.trim();
        const stackTrace = r.stackTrace?.value();
        if (message)
            tc.message = message;
        if (stackTrace)
            tc.stackTrace = stackTrace;
        const stdout = r.stdout?.value();
        if (stdout)
            tc.stdout = stdout;
        const stderr = r.stderr?.value();
        if (stderr)
            tc.stderr = stderr;
        if (tc.status === 'skipped' && !tc.message) {
            // xUnit writes the skip reason to StdOut; a one-line reason reads better as the message.
            const reason = firstLine(stdout);
            if (reason && reason === stdout?.trim())
                tc.message = reason;
        }
        return { testId: a.testId === undefined ? undefined : own(a.testId), testName, tc };
    }
    finish() {
        const suites = new Map();
        for (const p of this.pending) {
            const className = p.testId === undefined ? undefined : this.classes.get(p.testId);
            const tc = p.tc;
            if (className) {
                tc.className = className;
                tc.name = withoutClassPrefix(p.testName, className);
            }
            const loc = findTestLocation([tc.stackTrace], className ? { className } : {});
            if (loc) {
                tc.file = clip(loc.file);
                tc.line = loc.line;
            }
            const key = className ?? UNCLASSIFIED;
            let suite = suites.get(key);
            if (!suite) {
                suite = { name: key, cases: [] };
                suites.set(key, suite);
            }
            suite.cases.push(tc);
        }
        const report = { format: 'trx', suites: [...suites.values()] };
        if (this.name)
            report.name = this.name;
        if (this.time !== undefined)
            report.time = this.time;
        return report;
    }
}

var saxes = {};

var ed5 = {};

var hasRequiredEd5;

function requireEd5 () {
	if (hasRequiredEd5) return ed5;
	hasRequiredEd5 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 5th edition of XML 1.0.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= SPACE && c <= 0xD7FF) ||
		        c === NL || c === CR || c === TAB ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed5));
	return ed5;
}

var ed2 = {};

var hasRequiredEd2;

function requireEd2 () {
	if (hasRequiredEd2) return ed2;
	hasRequiredEd2 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 2nd edition of XML 1.1.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= 0x0001 && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
		 */
		function isRestrictedChar(c) {
		    return (c >= 0x1 && c <= 0x8) ||
		        c === 0xB ||
		        c === 0xC ||
		        (c >= 0xE && c <= 0x1F) ||
		        (c >= 0x7F && c <= 0x84) ||
		        (c >= 0x86 && c <= 0x9F);
		}
		exports.isRestrictedChar = isRestrictedChar;
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production and does not
		 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
		 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
		 * than running the two-call equivalent.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
		 * ``RESTRICTED_CHAR``.
		 */
		function isCharAndNotRestricted(c) {
		    return (c === 0x9) ||
		        (c === 0xA) ||
		        (c === 0xD) ||
		        (c > 0x1F && c < 0x7F) ||
		        (c === 0x85) ||
		        (c > 0x9F && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isCharAndNotRestricted = isCharAndNotRestricted;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed2));
	return ed2;
}

var ed3 = {};

var hasRequiredEd3;

function requireEd3 () {
	if (hasRequiredEd3) return ed3;
	hasRequiredEd3 = 1;
	(function (exports) {
		/**
		 * Character class utilities for XML NS 1.0 edition 3.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		// tslint:disable-next-line:max-line-length
		exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
		exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
		exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
		/**
		 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNCNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        c === 0x5F ||
		        (c >= 0x61 && c <= 0x7A) ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x200C && c <= 0x200D) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNCNameStartChar = isNCNameStartChar;
		/**
		 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		function isNCNameChar(c) {
		    return isNCNameStartChar(c) ||
		        (c === 0x2D ||
		            c === 0x2E ||
		            (c >= 0x30 && c <= 0x39) ||
		            c === 0x00B7 ||
		            (c >= 0x0300 && c <= 0x036F) ||
		            (c >= 0x203F && c <= 0x2040));
		}
		exports.isNCNameChar = isNCNameChar;
		
	} (ed3));
	return ed3;
}

var hasRequiredSaxes;

function requireSaxes () {
	if (hasRequiredSaxes) return saxes;
	hasRequiredSaxes = 1;
	Object.defineProperty(saxes, "__esModule", { value: true });
	saxes.SaxesParser = saxes.EVENTS = void 0;
	const ed5 = requireEd5();
	const ed2 = requireEd2();
	const NSed3 = requireEd3();
	var isS = ed5.isS;
	var isChar10 = ed5.isChar;
	var isNameStartChar = ed5.isNameStartChar;
	var isNameChar = ed5.isNameChar;
	var S_LIST = ed5.S_LIST;
	var NAME_RE = ed5.NAME_RE;
	var isChar11 = ed2.isChar;
	var isNCNameStartChar = NSed3.isNCNameStartChar;
	var isNCNameChar = NSed3.isNCNameChar;
	var NC_NAME_RE = NSed3.NC_NAME_RE;
	const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
	const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
	const rootNS = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    xml: XML_NAMESPACE,
	    xmlns: XMLNS_NAMESPACE,
	};
	const XML_ENTITIES = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    amp: "&",
	    gt: ">",
	    lt: "<",
	    quot: "\"",
	    apos: "'",
	};
	// EOC: end-of-chunk
	const EOC = -1;
	const NL_LIKE = -2;
	const S_BEGIN = 0; // Initial state.
	const S_BEGIN_WHITESPACE = 1; // leading whitespace
	const S_DOCTYPE = 2; // <!DOCTYPE
	const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
	const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
	const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
	const S_DTD_OPEN_WAKA = 6;
	const S_DTD_OPEN_WAKA_BANG = 7;
	const S_DTD_COMMENT = 8; // <!--
	const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
	const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
	const S_DTD_PI = 11; // <?
	const S_DTD_PI_ENDING = 12; // <?hi "there" ?
	const S_TEXT = 13; // general stuff
	const S_ENTITY = 14; // &amp and such
	const S_OPEN_WAKA = 15; // <
	const S_OPEN_WAKA_BANG = 16; // <!...
	const S_COMMENT = 17; // <!--
	const S_COMMENT_ENDING = 18; // <!-- blah -
	const S_COMMENT_ENDED = 19; // <!-- blah --
	const S_CDATA = 20; // <![CDATA[ something
	const S_CDATA_ENDING = 21; // ]
	const S_CDATA_ENDING_2 = 22; // ]]
	const S_PI_FIRST_CHAR = 23; // <?hi, first char
	const S_PI_REST = 24; // <?hi, rest of the name
	const S_PI_BODY = 25; // <?hi there
	const S_PI_ENDING = 26; // <?hi "there" ?
	const S_XML_DECL_NAME_START = 27; // <?xml
	const S_XML_DECL_NAME = 28; // <?xml foo
	const S_XML_DECL_EQ = 29; // <?xml foo=
	const S_XML_DECL_VALUE_START = 30; // <?xml foo=
	const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
	const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
	const S_XML_DECL_ENDING = 33; // <?xml ... ?
	const S_OPEN_TAG = 34; // <strong
	const S_OPEN_TAG_SLASH = 35; // <strong /
	const S_ATTRIB = 36; // <a
	const S_ATTRIB_NAME = 37; // <a foo
	const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
	const S_ATTRIB_VALUE = 39; // <a foo=
	const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
	const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
	const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
	const S_CLOSE_TAG = 43; // </a
	const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
	const TAB = 9;
	const NL = 0xA;
	const CR = 0xD;
	const SPACE = 0x20;
	const BANG = 0x21;
	const DQUOTE = 0x22;
	const AMP = 0x26;
	const SQUOTE = 0x27;
	const MINUS = 0x2D;
	const FORWARD_SLASH = 0x2F;
	const SEMICOLON = 0x3B;
	const LESS = 0x3C;
	const EQUAL = 0x3D;
	const GREATER = 0x3E;
	const QUESTION = 0x3F;
	const OPEN_BRACKET = 0x5B;
	const CLOSE_BRACKET = 0x5D;
	const NEL = 0x85;
	const LS = 0x2028; // Line Separator
	const isQuote = (c) => c === DQUOTE || c === SQUOTE;
	const QUOTES = [DQUOTE, SQUOTE];
	const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
	const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
	const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
	const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
	function nsPairCheck(parser, prefix, uri) {
	    switch (prefix) {
	        case "xml":
	            if (uri !== XML_NAMESPACE) {
	                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
	            }
	            break;
	        case "xmlns":
	            if (uri !== XMLNS_NAMESPACE) {
	                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
	            }
	            break;
	    }
	    switch (uri) {
	        case XMLNS_NAMESPACE:
	            parser.fail(prefix === "" ?
	                `the default namespace may not be set to ${uri}.` :
	                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
	            break;
	        case XML_NAMESPACE:
	            switch (prefix) {
	                case "xml":
	                    // Assinging the XML namespace to "xml" is fine.
	                    break;
	                case "":
	                    parser.fail(`the default namespace may not be set to ${uri}.`);
	                    break;
	                default:
	                    parser.fail("may not assign the xml namespace to another prefix.");
	            }
	            break;
	    }
	}
	function nsMappingCheck(parser, mapping) {
	    for (const local of Object.keys(mapping)) {
	        nsPairCheck(parser, local, mapping[local]);
	    }
	}
	const isNCName = (name) => NC_NAME_RE.test(name);
	const isName = (name) => NAME_RE.test(name);
	const FORBIDDEN_START = 0;
	const FORBIDDEN_BRACKET = 1;
	const FORBIDDEN_BRACKET_BRACKET = 2;
	/**
	 * The list of supported events.
	 */
	saxes.EVENTS = [
	    "xmldecl",
	    "text",
	    "processinginstruction",
	    "doctype",
	    "comment",
	    "opentagstart",
	    "attribute",
	    "opentag",
	    "closetag",
	    "cdata",
	    "error",
	    "end",
	    "ready",
	];
	const EVENT_NAME_TO_HANDLER_NAME = {
	    xmldecl: "xmldeclHandler",
	    text: "textHandler",
	    processinginstruction: "piHandler",
	    doctype: "doctypeHandler",
	    comment: "commentHandler",
	    opentagstart: "openTagStartHandler",
	    attribute: "attributeHandler",
	    opentag: "openTagHandler",
	    closetag: "closeTagHandler",
	    cdata: "cdataHandler",
	    error: "errorHandler",
	    end: "endHandler",
	    ready: "readyHandler",
	};
	// eslint-disable-next-line @typescript-eslint/ban-types
	class SaxesParser {
	    /**
	     * @param opt The parser options.
	     */
	    constructor(opt) {
	        this.opt = opt !== null && opt !== void 0 ? opt : {};
	        this.fragmentOpt = !!this.opt.fragment;
	        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
	        this.trackPosition = this.opt.position !== false;
	        this.fileName = this.opt.fileName;
	        if (xmlnsOpt) {
	            // This is the function we use to perform name checks on PIs and entities.
	            // When namespaces are used, colons are not allowed in PI target names or
	            // entity names. So the check depends on whether namespaces are used. See:
	            //
	            // https://www.w3.org/XML/xml-names-19990114-errata.html
	            // NE08
	            //
	            this.nameStartCheck = isNCNameStartChar;
	            this.nameCheck = isNCNameChar;
	            this.isName = isNCName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsNS;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribNS;
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	            this.ns = Object.assign({ __proto__: null }, rootNS);
	            const additional = this.opt.additionalNamespaces;
	            if (additional != null) {
	                nsMappingCheck(this, additional);
	                Object.assign(this.ns, additional);
	            }
	        }
	        else {
	            this.nameStartCheck = isNameStartChar;
	            this.nameCheck = isNameChar;
	            this.isName = isName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsPlain;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribPlain;
	        }
	        //
	        // The order of the members in this table needs to correspond to the state
	        // numbers given to the states that correspond to the methods being recorded
	        // here.
	        //
	        this.stateTable = [
	            /* eslint-disable @typescript-eslint/unbound-method */
	            this.sBegin,
	            this.sBeginWhitespace,
	            this.sDoctype,
	            this.sDoctypeQuote,
	            this.sDTD,
	            this.sDTDQuoted,
	            this.sDTDOpenWaka,
	            this.sDTDOpenWakaBang,
	            this.sDTDComment,
	            this.sDTDCommentEnding,
	            this.sDTDCommentEnded,
	            this.sDTDPI,
	            this.sDTDPIEnding,
	            this.sText,
	            this.sEntity,
	            this.sOpenWaka,
	            this.sOpenWakaBang,
	            this.sComment,
	            this.sCommentEnding,
	            this.sCommentEnded,
	            this.sCData,
	            this.sCDataEnding,
	            this.sCDataEnding2,
	            this.sPIFirstChar,
	            this.sPIRest,
	            this.sPIBody,
	            this.sPIEnding,
	            this.sXMLDeclNameStart,
	            this.sXMLDeclName,
	            this.sXMLDeclEq,
	            this.sXMLDeclValueStart,
	            this.sXMLDeclValue,
	            this.sXMLDeclSeparator,
	            this.sXMLDeclEnding,
	            this.sOpenTag,
	            this.sOpenTagSlash,
	            this.sAttrib,
	            this.sAttribName,
	            this.sAttribNameSawWhite,
	            this.sAttribValue,
	            this.sAttribValueQuoted,
	            this.sAttribValueClosed,
	            this.sAttribValueUnquoted,
	            this.sCloseTag,
	            this.sCloseTagSawWhite,
	            /* eslint-enable @typescript-eslint/unbound-method */
	        ];
	        this._init();
	    }
	    /**
	     * Indicates whether or not the parser is closed. If ``true``, wait for
	     * the ``ready`` event to write again.
	     */
	    get closed() {
	        return this._closed;
	    }
	    _init() {
	        var _a;
	        this.openWakaBang = "";
	        this.text = "";
	        this.name = "";
	        this.piTarget = "";
	        this.entity = "";
	        this.q = null;
	        this.tags = [];
	        this.tag = null;
	        this.topNS = null;
	        this.chunk = "";
	        this.chunkPosition = 0;
	        this.i = 0;
	        this.prevI = 0;
	        this.carriedFromPrevious = undefined;
	        this.forbiddenState = FORBIDDEN_START;
	        this.attribList = [];
	        // The logic is organized so as to minimize the need to check
	        // this.opt.fragment while parsing.
	        const { fragmentOpt } = this;
	        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
	        // We want these to be all true if we are dealing with a fragment.
	        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
	            this.sawRoot = fragmentOpt;
	        // An XML declaration is intially possible only when parsing whole
	        // documents.
	        this.xmlDeclPossible = !fragmentOpt;
	        this.xmlDeclExpects = ["version"];
	        this.entityReturnState = undefined;
	        let { defaultXMLVersion } = this.opt;
	        if (defaultXMLVersion === undefined) {
	            if (this.opt.forceXMLVersion === true) {
	                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
	            }
	            defaultXMLVersion = "1.0";
	        }
	        this.setXMLVersion(defaultXMLVersion);
	        this.positionAtNewLine = 0;
	        this.doctype = false;
	        this._closed = false;
	        this.xmlDecl = {
	            version: undefined,
	            encoding: undefined,
	            standalone: undefined,
	        };
	        this.line = 1;
	        this.column = 0;
	        this.ENTITIES = Object.create(XML_ENTITIES);
	        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
	    }
	    /**
	     * The stream position the parser is currently looking at. This field is
	     * zero-based.
	     *
	     * This field is not based on counting Unicode characters but is to be
	     * interpreted as a plain index into a JavaScript string.
	     */
	    get position() {
	        return this.chunkPosition + this.i;
	    }
	    /**
	     * The column number of the next character to be read by the parser.  *
	     * This field is zero-based. (The first column in a line is 0.)
	     *
	     * This field reports the index at which the next character would be in the
	     * line if the line were represented as a JavaScript string.  Note that this
	     * *can* be different to a count based on the number of *Unicode characters*
	     * due to how JavaScript handles astral plane characters.
	     *
	     * See [[column]] for a number that corresponds to a count of Unicode
	     * characters.
	     */
	    get columnIndex() {
	        return this.position - this.positionAtNewLine;
	    }
	    /**
	     * Set an event listener on an event. The parser supports one handler per
	     * event type. If you try to set an event handler over an existing handler,
	     * the old handler is silently overwritten.
	     *
	     * @param name The event to listen to.
	     *
	     * @param handler The handler to set.
	     */
	    on(name, handler) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
	    }
	    /**
	     * Unset an event handler.
	     *
	     * @parma name The event to stop listening to.
	     */
	    off(name) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
	    }
	    /**
	     * Make an error object. The error object will have a message that contains
	     * the ``fileName`` option passed at the creation of the parser. If position
	     * tracking was turned on, it will also have line and column number
	     * information.
	     *
	     * @param message The message describing the error to report.
	     *
	     * @returns An error object with a properly formatted message.
	     */
	    makeError(message) {
	        var _a;
	        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
	        if (this.trackPosition) {
	            if (msg.length > 0) {
	                msg += ":";
	            }
	            msg += `${this.line}:${this.column}`;
	        }
	        if (msg.length > 0) {
	            msg += ": ";
	        }
	        return new Error(msg + message);
	    }
	    /**
	     * Report a parsing error. This method is made public so that client code may
	     * check for issues that are outside the scope of this project and can report
	     * errors.
	     *
	     * @param message The error to report.
	     *
	     * @returns this
	     */
	    fail(message) {
	        const err = this.makeError(message);
	        const handler = this.errorHandler;
	        if (handler === undefined) {
	            throw err;
	        }
	        else {
	            handler(err);
	        }
	        return this;
	    }
	    /**
	     * Write a XML data to the parser.
	     *
	     * @param chunk The XML data to write.
	     *
	     * @returns this
	     */
	    // We do need object for the type here. Yes, it often causes problems
	    // but not in this case.
	    write(chunk) {
	        if (this.closed) {
	            return this.fail("cannot write after close; assign an onready handler.");
	        }
	        let end = false;
	        if (chunk === null) {
	            // We cannot return immediately because carriedFromPrevious may need
	            // processing.
	            end = true;
	            chunk = "";
	        }
	        else if (typeof chunk === "object") {
	            chunk = chunk.toString();
	        }
	        // We checked if performing a pre-decomposition of the string into an array
	        // of single complete characters (``Array.from(chunk)``) would be faster
	        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
	        // isn't. (There may be Node-specific code that would perform faster than
	        // ``Array.from`` but don't want to be dependent on Node.)
	        if (this.carriedFromPrevious !== undefined) {
	            // The previous chunk had char we must carry over.
	            chunk = `${this.carriedFromPrevious}${chunk}`;
	            this.carriedFromPrevious = undefined;
	        }
	        let limit = chunk.length;
	        const lastCode = chunk.charCodeAt(limit - 1);
	        if (!end &&
	            // A trailing CR or surrogate must be carried over to the next
	            // chunk.
	            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
	            // The chunk ends with a character that must be carried over. We cannot
	            // know how to handle it until we get the next chunk or the end of the
	            // stream. So save it for later.
	            this.carriedFromPrevious = chunk[limit - 1];
	            limit--;
	            chunk = chunk.slice(0, limit);
	        }
	        const { stateTable } = this;
	        this.chunk = chunk;
	        this.i = 0;
	        while (this.i < limit) {
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
	            stateTable[this.state].call(this);
	        }
	        this.chunkPosition += limit;
	        return end ? this.end() : this;
	    }
	    /**
	     * Close the current stream. Perform final well-formedness checks and reset
	     * the parser tstate.
	     *
	     * @returns this
	     */
	    close() {
	        return this.write(null);
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.0.
	     *
	     * @returns The character read.
	     */
	    getCode10() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if (code >= SPACE || code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL:
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR:
	                    // We may get NaN if we read past the end of the chunk, which is fine.
	                    if (chunk.charCodeAt(i + 1) === NL) {
	                        // A \r\n sequence is converted to \n so we have to skip over the
	                        // next character. We already know it has a size of 1 so ++ is fine
	                        // here.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a \r is just converted to \n, so we don't have to skip
	                    // ahead.
	                    // In either case, \r becomes \n.
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    // If we get here, then code < SPACE and it is not NL CR or TAB.
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isChar10 that takes into account
	            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
	            // test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isChar10 that takes into account that in
	        // this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.1.
	     *
	     * @returns {number} The character read.
	     */
	    getCode11() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
	                code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL: // 0xA
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR: { // 0xD
	                    // We may get NaN if we read past the end of the chunk, which is
	                    // fine.
	                    const next = chunk.charCodeAt(i + 1);
	                    if (next === NL || next === NEL) {
	                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
	                        // over the next character. We already know it has a size of 1.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a CR is just converted to NL, no skip.
	                }
	                /* yes, fall through */
	                case NEL: // 0x85
	                case LS: // Ox2028
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isCharAndNotRestricted that takes into
	            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
	            // does not test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isCharAndNotRestricted that takes into
	        // account that in this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Like ``getCode`` but with the return value normalized so that ``NL`` is
	     * returned for ``NL_LIKE``.
	     */
	    getCodeNorm() {
	        const c = this.getCode();
	        return c === NL_LIKE ? NL : c;
	    }
	    unget() {
	        this.i = this.prevI;
	        this.column--;
	    }
	    /**
	     * Capture characters into a buffer until encountering one of a set of
	     * characters.
	     *
	     * @param chars An array of codepoints. Encountering a character in the array
	     * ends the capture. (``chars`` may safely contain ``NL``.)
	     *
	     * @return The character code that made the capture end, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureTo(chars) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            const isNLLike = c === NL_LIKE;
	            const final = isNLLike ? NL : c;
	            if (final === EOC || chars.includes(final)) {
	                this.text += chunk.slice(start, this.prevI);
	                return final;
	            }
	            if (isNLLike) {
	                this.text += `${chunk.slice(start, this.prevI)}\n`;
	                start = this.i;
	            }
	        }
	    }
	    /**
	     * Capture characters into a buffer until encountering a character.
	     *
	     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
	     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
	     *
	     * @return ``true`` if we ran into the character. Otherwise, we ran into the
	     * end of the current chunk.
	     */
	    captureToChar(char) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            let c = this.getCode();
	            switch (c) {
	                case NL_LIKE:
	                    this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    c = NL;
	                    break;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return false;
	            }
	            if (c === char) {
	                this.text += chunk.slice(start, this.prevI);
	                return true;
	            }
	        }
	    }
	    /**
	     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
	     * this parser.
	     *
	     * @return The character code that made the test fail, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureNameChars() {
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            if (c === EOC) {
	                this.name += chunk.slice(start);
	                return EOC;
	            }
	            // NL is not a name char so we don't have to test specifically for it.
	            if (!isNameChar(c)) {
	                this.name += chunk.slice(start, this.prevI);
	                return c === NL_LIKE ? NL : c;
	            }
	        }
	    }
	    /**
	     * Skip white spaces.
	     *
	     * @return The character that ended the skip, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    skipSpaces() {
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC || !isS(c)) {
	                return c;
	            }
	        }
	    }
	    setXMLVersion(version) {
	        this.currentXMLVersion = version;
	        /*  eslint-disable @typescript-eslint/unbound-method */
	        if (version === "1.0") {
	            this.isChar = isChar10;
	            this.getCode = this.getCode10;
	        }
	        else {
	            this.isChar = isChar11;
	            this.getCode = this.getCode11;
	        }
	        /* eslint-enable @typescript-eslint/unbound-method */
	    }
	    // STATE ENGINE METHODS
	    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
	    // to be sure never to come back to this state later.
	    sBegin() {
	        // We are essentially peeking at the first character of the chunk. Since
	        // S_BEGIN can be in effect only when we start working on the first chunk,
	        // the index at which we must look is necessarily 0. Note also that the
	        // following test does not depend on decoding surrogates.
	        // If the initial character is 0xFEFF, ignore it.
	        if (this.chunk.charCodeAt(0) === 0xFEFF) {
	            this.i++;
	            this.column++;
	        }
	        this.state = S_BEGIN_WHITESPACE;
	    }
	    sBeginWhitespace() {
	        // We need to know whether we've encountered spaces or not because as soon
	        // as we run into a space, an XML declaration is no longer possible. Rather
	        // than slow down skipSpaces even in places where we don't care whether it
	        // skipped anything or not, we check whether prevI is equal to the value of
	        // i from before we skip spaces.
	        const iBefore = this.i;
	        const c = this.skipSpaces();
	        if (this.prevI !== iBefore) {
	            this.xmlDeclPossible = false;
	        }
	        switch (c) {
	            case LESS:
	                this.state = S_OPEN_WAKA;
	                // We could naively call closeText but in this state, it is not normal
	                // to have text be filled with any data.
	                if (this.text.length !== 0) {
	                    throw new Error("no-empty text at start");
	                }
	                break;
	            case EOC:
	                break;
	            default:
	                this.unget();
	                this.state = S_TEXT;
	                this.xmlDeclPossible = false;
	        }
	    }
	    sDoctype() {
	        var _a;
	        const c = this.captureTo(DOCTYPE_TERMINATOR);
	        switch (c) {
	            case GREATER: {
	                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                this.doctype = true; // just remember that we saw it.
	                break;
	            }
	            case EOC:
	                break;
	            default:
	                this.text += String.fromCodePoint(c);
	                if (c === OPEN_BRACKET) {
	                    this.state = S_DTD;
	                }
	                else if (isQuote(c)) {
	                    this.state = S_DOCTYPE_QUOTE;
	                    this.q = c;
	                }
	        }
	    }
	    sDoctypeQuote() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.q = null;
	            this.state = S_DOCTYPE;
	        }
	    }
	    sDTD() {
	        const c = this.captureTo(DTD_TERMINATOR);
	        if (c === EOC) {
	            return;
	        }
	        this.text += String.fromCodePoint(c);
	        if (c === CLOSE_BRACKET) {
	            this.state = S_DOCTYPE;
	        }
	        else if (c === LESS) {
	            this.state = S_DTD_OPEN_WAKA;
	        }
	        else if (isQuote(c)) {
	            this.state = S_DTD_QUOTED;
	            this.q = c;
	        }
	    }
	    sDTDQuoted() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.state = S_DTD;
	            this.q = null;
	        }
	    }
	    sDTDOpenWaka() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        switch (c) {
	            case BANG:
	                this.state = S_DTD_OPEN_WAKA_BANG;
	                this.openWakaBang = "";
	                break;
	            case QUESTION:
	                this.state = S_DTD_PI;
	                break;
	            default:
	                this.state = S_DTD;
	        }
	    }
	    sDTDOpenWakaBang() {
	        const char = String.fromCodePoint(this.getCodeNorm());
	        const owb = this.openWakaBang += char;
	        this.text += char;
	        if (owb !== "-") {
	            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
	            this.openWakaBang = "";
	        }
	    }
	    sDTDComment() {
	        if (this.captureToChar(MINUS)) {
	            this.text += "-";
	            this.state = S_DTD_COMMENT_ENDING;
	        }
	    }
	    sDTDCommentEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
	    }
	    sDTDCommentEnded() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	        else {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.state = S_DTD_COMMENT;
	        }
	    }
	    sDTDPI() {
	        if (this.captureToChar(QUESTION)) {
	            this.text += "?";
	            this.state = S_DTD_PI_ENDING;
	        }
	    }
	    sDTDPIEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	    }
	    sText() {
	        //
	        // We did try a version of saxes where the S_TEXT state was split in two
	        // states: one for text inside the root element, and one for text
	        // outside. This was avoiding having to test this.tags.length to decide
	        // what implementation to actually use.
	        //
	        // Peformance testing on gigabyte-size files did not show any advantage to
	        // using the two states solution instead of the current one. Conversely, it
	        // made the code a bit more complicated elsewhere. For instance, a comment
	        // can appear before the root element so when a comment ended it was
	        // necessary to determine whether to return to the S_TEXT state or to the
	        // new text-outside-root state.
	        //
	        if (this.tags.length !== 0) {
	            this.handleTextInRoot();
	        }
	        else {
	            this.handleTextOutsideRoot();
	        }
	    }
	    sEntity() {
	        // This is essentially a specialized version of captureToChar(SEMICOLON...)
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        loop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case NL_LIKE:
	                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    break;
	                case SEMICOLON: {
	                    const { entityReturnState } = this;
	                    const entity = this.entity + chunk.slice(start, this.prevI);
	                    this.state = entityReturnState;
	                    let parsed;
	                    if (entity === "") {
	                        this.fail("empty entity name.");
	                        parsed = "&;";
	                    }
	                    else {
	                        parsed = this.parseEntity(entity);
	                        this.entity = "";
	                    }
	                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
	                        this.text += parsed;
	                    }
	                    // eslint-disable-next-line no-labels
	                    break loop;
	                }
	                case EOC:
	                    this.entity += chunk.slice(start);
	                    // eslint-disable-next-line no-labels
	                    break loop;
	            }
	        }
	    }
	    sOpenWaka() {
	        // Reminder: a state handler is called with at least one character
	        // available in the current chunk. So the first call to get code inside of
	        // a state handler cannot return ``EOC``. That's why we don't test
	        // for it.
	        const c = this.getCode();
	        // either a /, ?, !, or text is coming next.
	        if (isNameStartChar(c)) {
	            this.state = S_OPEN_TAG;
	            this.unget();
	            this.xmlDeclPossible = false;
	        }
	        else {
	            switch (c) {
	                case FORWARD_SLASH:
	                    this.state = S_CLOSE_TAG;
	                    this.xmlDeclPossible = false;
	                    break;
	                case BANG:
	                    this.state = S_OPEN_WAKA_BANG;
	                    this.openWakaBang = "";
	                    this.xmlDeclPossible = false;
	                    break;
	                case QUESTION:
	                    this.state = S_PI_FIRST_CHAR;
	                    break;
	                default:
	                    this.fail("disallowed character in tag name");
	                    this.state = S_TEXT;
	                    this.xmlDeclPossible = false;
	            }
	        }
	    }
	    sOpenWakaBang() {
	        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
	        switch (this.openWakaBang) {
	            case "[CDATA[":
	                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextBeforeRoot = true;
	                }
	                if (this.closedRoot && !this.reportedTextAfterRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextAfterRoot = true;
	                }
	                this.state = S_CDATA;
	                this.openWakaBang = "";
	                break;
	            case "--":
	                this.state = S_COMMENT;
	                this.openWakaBang = "";
	                break;
	            case "DOCTYPE":
	                this.state = S_DOCTYPE;
	                if (this.doctype || this.sawRoot) {
	                    this.fail("inappropriately located doctype declaration.");
	                }
	                this.openWakaBang = "";
	                break;
	            default:
	                // 7 happens to be the maximum length of the string that can possibly
	                // match one of the cases above.
	                if (this.openWakaBang.length >= 7) {
	                    this.fail("incorrect syntax.");
	                }
	        }
	    }
	    sComment() {
	        if (this.captureToChar(MINUS)) {
	            this.state = S_COMMENT_ENDING;
	        }
	    }
	    sCommentEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === MINUS) {
	            this.state = S_COMMENT_ENDED;
	            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	            this.text = "";
	        }
	        else {
	            this.text += `-${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	    }
	    sCommentEnded() {
	        const c = this.getCodeNorm();
	        if (c !== GREATER) {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.text += `--${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	        else {
	            this.state = S_TEXT;
	        }
	    }
	    sCData() {
	        if (this.captureToChar(CLOSE_BRACKET)) {
	            this.state = S_CDATA_ENDING;
	        }
	    }
	    sCDataEnding() {
	        const c = this.getCodeNorm();
	        if (c === CLOSE_BRACKET) {
	            this.state = S_CDATA_ENDING_2;
	        }
	        else {
	            this.text += `]${String.fromCodePoint(c)}`;
	            this.state = S_CDATA;
	        }
	    }
	    sCDataEnding2() {
	        var _a;
	        const c = this.getCodeNorm();
	        switch (c) {
	            case GREATER: {
	                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                break;
	            }
	            case CLOSE_BRACKET:
	                this.text += "]";
	                break;
	            default:
	                this.text += `]]${String.fromCodePoint(c)}`;
	                this.state = S_CDATA;
	        }
	    }
	    // We need this separate state to check the first character fo the pi target
	    // with this.nameStartCheck which allows less characters than this.nameCheck.
	    sPIFirstChar() {
	        const c = this.getCodeNorm();
	        // This is first because in the case where the file is well-formed this is
	        // the branch taken. We optimize for well-formedness.
	        if (this.nameStartCheck(c)) {
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	        else if (c === QUESTION || isS(c)) {
	            this.fail("processing instruction without a target.");
	            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
	        }
	        else {
	            this.fail("disallowed character in processing instruction name.");
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	    }
	    sPIRest() {
	        // Capture characters into a piTarget while ``this.nameCheck`` run on the
	        // character read returns true.
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC) {
	                this.piTarget += chunk.slice(start);
	                return;
	            }
	            // NL cannot satisfy this.nameCheck so we don't have to test specifically
	            // for it.
	            if (!this.nameCheck(c)) {
	                this.piTarget += chunk.slice(start, this.prevI);
	                const isQuestion = c === QUESTION;
	                if (isQuestion || isS(c)) {
	                    if (this.piTarget === "xml") {
	                        if (!this.xmlDeclPossible) {
	                            this.fail("an XML declaration must be at the start of the document.");
	                        }
	                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
	                    }
	                    else {
	                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
	                    }
	                }
	                else {
	                    this.fail("disallowed character in processing instruction name.");
	                    this.piTarget += String.fromCodePoint(c);
	                }
	                break;
	            }
	        }
	    }
	    sPIBody() {
	        if (this.text.length === 0) {
	            const c = this.getCodeNorm();
	            if (c === QUESTION) {
	                this.state = S_PI_ENDING;
	            }
	            else if (!isS(c)) {
	                this.text = String.fromCodePoint(c);
	            }
	        }
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        else if (this.captureToChar(QUESTION)) {
	            this.state = S_PI_ENDING;
	        }
	    }
	    sPIEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            const { piTarget } = this;
	            if (piTarget.toLowerCase() === "xml") {
	                this.fail("the XML declaration must appear at the start of the document.");
	            }
	            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
	                target: piTarget,
	                body: this.text,
	            });
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else if (c === QUESTION) {
	            // We ran into ?? as part of a processing instruction. We initially took
	            // the first ? as a sign that the PI was ending, but it is not. So we have
	            // to add it to the body but we take the new ? as a sign that the PI is
	            // ending.
	            this.text += "?";
	        }
	        else {
	            this.text += `?${String.fromCodePoint(c)}`;
	            this.state = S_PI_BODY;
	        }
	        this.xmlDeclPossible = false;
	    }
	    sXMLDeclNameStart() {
	        const c = this.skipSpaces();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (c !== EOC) {
	            this.state = S_XML_DECL_NAME;
	            this.name = String.fromCodePoint(c);
	        }
	    }
	    sXMLDeclName() {
	        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.name += this.text;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (!(isS(c) || c === EQUAL)) {
	            return;
	        }
	        this.name += this.text;
	        this.text = "";
	        if (!this.xmlDeclExpects.includes(this.name)) {
	            switch (this.name.length) {
	                case 0:
	                    this.fail("did not expect any more name/value pairs.");
	                    break;
	                case 1:
	                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
	                    break;
	                default:
	                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
	            }
	        }
	        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
	    }
	    sXMLDeclEq() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (c !== EQUAL) {
	            this.fail("value required.");
	        }
	        this.state = S_XML_DECL_VALUE_START;
	    }
	    sXMLDeclValueStart() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (!isQuote(c)) {
	            this.fail("value must be quoted.");
	            this.q = SPACE;
	        }
	        else {
	            this.q = c;
	        }
	        this.state = S_XML_DECL_VALUE;
	    }
	    sXMLDeclValue() {
	        const c = this.captureTo([this.q, QUESTION]);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (c === EOC) {
	            return;
	        }
	        const value = this.text;
	        this.text = "";
	        switch (this.name) {
	            case "version": {
	                this.xmlDeclExpects = ["encoding", "standalone"];
	                const version = value;
	                this.xmlDecl.version = version;
	                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
	                if (!/^1\.[0-9]+$/.test(version)) {
	                    this.fail("version number must match /^1\\.[0-9]+$/.");
	                }
	                // When forceXMLVersion is set, the XML declaration is ignored.
	                else if (!this.opt.forceXMLVersion) {
	                    this.setXMLVersion(version);
	                }
	                break;
	            }
	            case "encoding":
	                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
	                    this.fail("encoding value must match \
	/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
	                }
	                this.xmlDeclExpects = ["standalone"];
	                this.xmlDecl.encoding = value;
	                break;
	            case "standalone":
	                if (value !== "yes" && value !== "no") {
	                    this.fail("standalone value must match \"yes\" or \"no\".");
	                }
	                this.xmlDeclExpects = [];
	                this.xmlDecl.standalone = value;
	                break;
	            // We don't need to raise an error here since we've already raised one
	            // when checking what name was expected.
	        }
	        this.name = "";
	        this.state = S_XML_DECL_SEPARATOR;
	    }
	    sXMLDeclSeparator() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (!isS(c)) {
	            this.fail("whitespace required.");
	            this.unget();
	        }
	        this.state = S_XML_DECL_NAME_START;
	    }
	    sXMLDeclEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            if (this.piTarget !== "xml") {
	                this.fail("processing instructions are not allowed before root.");
	            }
	            else if (this.name !== "version" &&
	                this.xmlDeclExpects.includes("version")) {
	                this.fail("XML declaration must contain a version.");
	            }
	            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
	            this.name = "";
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else {
	            // We got here because the previous character was a ?, but the question
	            // mark character is not valid inside any of the XML declaration
	            // name/value pairs.
	            this.fail("The character ? is disallowed anywhere in XML declarations.");
	        }
	        this.xmlDeclPossible = false;
	    }
	    sOpenTag() {
	        var _a;
	        const c = this.captureNameChars();
	        if (c === EOC) {
	            return;
	        }
	        const tag = this.tag = {
	            name: this.name,
	            attributes: Object.create(null),
	        };
	        this.name = "";
	        if (this.xmlnsOpt) {
	            this.topNS = tag.ns = Object.create(null);
	        }
	        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        this.sawRoot = true;
	        if (!this.fragmentOpt && this.closedRoot) {
	            this.fail("documents may contain only one root.");
	        }
	        switch (c) {
	            case GREATER:
	                this.openTag();
	                break;
	            case FORWARD_SLASH:
	                this.state = S_OPEN_TAG_SLASH;
	                break;
	            default:
	                if (!isS(c)) {
	                    this.fail("disallowed character in tag name.");
	                }
	                this.state = S_ATTRIB;
	        }
	    }
	    sOpenTagSlash() {
	        if (this.getCode() === GREATER) {
	            this.openSelfClosingTag();
	        }
	        else {
	            this.fail("forward-slash in opening tag not followed by >.");
	            this.state = S_ATTRIB;
	        }
	    }
	    sAttrib() {
	        const c = this.skipSpaces();
	        if (c === EOC) {
	            return;
	        }
	        if (isNameStartChar(c)) {
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribName() {
	        const c = this.captureNameChars();
	        if (c === EQUAL) {
	            this.state = S_ATTRIB_VALUE;
	        }
	        else if (isS(c)) {
	            this.state = S_ATTRIB_NAME_SAW_WHITE;
	        }
	        else if (c === GREATER) {
	            this.fail("attribute without value.");
	            this.pushAttrib(this.name, this.name);
	            this.name = this.text = "";
	            this.openTag();
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribNameSawWhite() {
	        const c = this.skipSpaces();
	        switch (c) {
	            case EOC:
	                return;
	            case EQUAL:
	                this.state = S_ATTRIB_VALUE;
	                break;
	            default:
	                this.fail("attribute without value.");
	                // Should we do this???
	                // this.tag.attributes[this.name] = "";
	                this.text = "";
	                this.name = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else if (isNameStartChar(c)) {
	                    this.unget();
	                    this.state = S_ATTRIB_NAME;
	                }
	                else {
	                    this.fail("disallowed character in attribute name.");
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sAttribValue() {
	        const c = this.getCodeNorm();
	        if (isQuote(c)) {
	            this.q = c;
	            this.state = S_ATTRIB_VALUE_QUOTED;
	        }
	        else if (!isS(c)) {
	            this.fail("unquoted attribute value.");
	            this.state = S_ATTRIB_VALUE_UNQUOTED;
	            this.unget();
	        }
	    }
	    sAttribValueQuoted() {
	        // We deliberately do not use captureTo here. The specialized code we use
	        // here is faster than using captureTo.
	        const { q, chunk } = this;
	        let { i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case q:
	                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
	                    this.name = this.text = "";
	                    this.q = null;
	                    this.state = S_ATTRIB_VALUE_CLOSED;
	                    return;
	                case AMP:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
	                    return;
	                case NL:
	                case NL_LIKE:
	                case TAB:
	                    this.text += `${chunk.slice(start, this.prevI)} `;
	                    start = this.i;
	                    break;
	                case LESS:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.fail("disallowed character.");
	                    return;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return;
	            }
	        }
	    }
	    sAttribValueClosed() {
	        const c = this.getCodeNorm();
	        if (isS(c)) {
	            this.state = S_ATTRIB;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else if (isNameStartChar(c)) {
	            this.fail("no whitespace between attributes.");
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribValueUnquoted() {
	        // We don't do anything regarding EOL or space handling for unquoted
	        // attributes. We already have failed by the time we get here, and the
	        // contract that saxes upholds states that upon failure, it is not safe to
	        // rely on the data passed to event handlers (other than
	        // ``onerror``). Passing "bad" data is not a problem.
	        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
	        switch (c) {
	            case AMP:
	                this.state = S_ENTITY;
	                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
	                break;
	            case LESS:
	                this.fail("disallowed character.");
	                break;
	            case EOC:
	                break;
	            default:
	                if (this.text.includes("]]>")) {
	                    this.fail("the string \"]]>\" is disallowed in char data.");
	                }
	                this.pushAttrib(this.name, this.text);
	                this.name = this.text = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else {
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sCloseTag() {
	        const c = this.captureNameChars();
	        if (c === GREATER) {
	            this.closeTag();
	        }
	        else if (isS(c)) {
	            this.state = S_CLOSE_TAG_SAW_WHITE;
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in closing tag.");
	        }
	    }
	    sCloseTagSawWhite() {
	        switch (this.skipSpaces()) {
	            case GREATER:
	                this.closeTag();
	                break;
	            case EOC:
	                break;
	            default:
	                this.fail("disallowed character in closing tag.");
	        }
	    }
	    // END OF STATE ENGINE METHODS
	    handleTextInRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for performing the ]]> check. A previous version of this code, checked
	        // ``this.text`` for the presence of ]]>. It simplified the code but was
	        // very costly when character data contained a lot of entities to be parsed.
	        //
	        // Since we are using a specialized loop, we also keep track of the presence
	        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
	        //
	        let { i: start, forbiddenState } = this;
	        const { chunk, textHandler: handler } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        scanLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                case CLOSE_BRACKET:
	                    switch (forbiddenState) {
	                        case FORBIDDEN_START:
	                            forbiddenState = FORBIDDEN_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET:
	                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET_BRACKET:
	                            break;
	                        default:
	                            throw new Error("impossible state");
	                    }
	                    break;
	                case GREATER:
	                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
	                        this.fail("the string \"]]>\" is disallowed in char data.");
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                default:
	                    forbiddenState = FORBIDDEN_START;
	            }
	        }
	        this.forbiddenState = forbiddenState;
	    }
	    handleTextOutsideRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for a specialized task. We keep track of the presence of non-space
	        // characters in the text since these are errors when appearing outside the
	        // document root element.
	        let { i: start } = this;
	        const { chunk, textHandler: handler } = this;
	        let nonSpace = false;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        outRootLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const code = this.getCode();
	            switch (code) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    nonSpace = true;
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                default:
	                    if (!isS(code)) {
	                        nonSpace = true;
	                    }
	            }
	        }
	        if (!nonSpace) {
	            return;
	        }
	        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
	        // to avoid reporting errors for every single character that is out of
	        // place.
	        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextBeforeRoot = true;
	        }
	        if (this.closedRoot && !this.reportedTextAfterRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextAfterRoot = true;
	        }
	    }
	    pushAttribNS(name, value) {
	        var _a;
	        const { prefix, local } = this.qname(name);
	        const attr = { name, prefix, local, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	        if (prefix === "xmlns") {
	            const trimmed = value.trim();
	            if (this.currentXMLVersion === "1.0" && trimmed === "") {
	                this.fail("invalid attempt to undefine prefix in XML 1.0");
	            }
	            this.topNS[local] = trimmed;
	            nsPairCheck(this, local, trimmed);
	        }
	        else if (name === "xmlns") {
	            const trimmed = value.trim();
	            this.topNS[""] = trimmed;
	            nsPairCheck(this, "", trimmed);
	        }
	    }
	    pushAttribPlain(name, value) {
	        var _a;
	        const attr = { name, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	    }
	    /**
	     * End parsing. This performs final well-formedness checks and resets the
	     * parser to a clean state.
	     *
	     * @returns this
	     */
	    end() {
	        var _a, _b;
	        if (!this.sawRoot) {
	            this.fail("document must contain a root element.");
	        }
	        const { tags } = this;
	        while (tags.length > 0) {
	            const tag = tags.pop();
	            this.fail(`unclosed tag: ${tag.name}`);
	        }
	        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
	            this.fail("unexpected end.");
	        }
	        const { text } = this;
	        if (text.length !== 0) {
	            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
	            this.text = "";
	        }
	        this._closed = true;
	        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
	        this._init();
	        return this;
	    }
	    /**
	     * Resolve a namespace prefix.
	     *
	     * @param prefix The prefix to resolve.
	     *
	     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
	     */
	    resolve(prefix) {
	        var _a, _b;
	        let uri = this.topNS[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        const { tags } = this;
	        for (let index = tags.length - 1; index >= 0; index--) {
	            uri = tags[index].ns[prefix];
	            if (uri !== undefined) {
	                return uri;
	            }
	        }
	        uri = this.ns[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
	    }
	    /**
	     * Parse a qname into its prefix and local name parts.
	     *
	     * @param name The name to parse
	     *
	     * @returns
	     */
	    qname(name) {
	        // This is faster than using name.split(":").
	        const colon = name.indexOf(":");
	        if (colon === -1) {
	            return { prefix: "", local: name };
	        }
	        const local = name.slice(colon + 1);
	        const prefix = name.slice(0, colon);
	        if (prefix === "" || local === "" || local.includes(":")) {
	            this.fail(`malformed name: ${name}.`);
	        }
	        return { prefix, local };
	    }
	    processAttribsNS() {
	        var _a;
	        const { attribList } = this;
	        const tag = this.tag;
	        {
	            // add namespace info to tag
	            const { prefix, local } = this.qname(tag.name);
	            tag.prefix = prefix;
	            tag.local = local;
	            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
	            if (prefix !== "") {
	                if (prefix === "xmlns") {
	                    this.fail("tags may not have \"xmlns\" as prefix.");
	                }
	                if (uri === "") {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    tag.uri = prefix;
	                }
	            }
	        }
	        if (attribList.length === 0) {
	            return;
	        }
	        const { attributes } = tag;
	        const seen = new Set();
	        // Note: do not apply default ns to attributes:
	        //   http://www.w3.org/TR/REC-xml-names/#defaulting
	        for (const attr of attribList) {
	            const { name, prefix, local } = attr;
	            let uri;
	            let eqname;
	            if (prefix === "") {
	                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
	                eqname = name;
	            }
	            else {
	                uri = this.resolve(prefix);
	                // if there's any attributes with an undefined namespace,
	                // then fail on them now.
	                if (uri === undefined) {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    uri = prefix;
	                }
	                eqname = `{${uri}}${local}`;
	            }
	            if (seen.has(eqname)) {
	                this.fail(`duplicate attribute: ${eqname}.`);
	            }
	            seen.add(eqname);
	            attr.uri = uri;
	            attributes[name] = attr;
	        }
	        this.attribList = [];
	    }
	    processAttribsPlain() {
	        const { attribList } = this;
	        // eslint-disable-next-line prefer-destructuring
	        const attributes = this.tag.attributes;
	        for (const { name, value } of attribList) {
	            if (attributes[name] !== undefined) {
	                this.fail(`duplicate attribute: ${name}.`);
	            }
	            attributes[name] = value;
	        }
	        this.attribList = [];
	    }
	    /**
	     * Handle a complete open tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag``.
	     */
	    openTag() {
	        var _a;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = false;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        tags.push(tag);
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete self-closing tag. This parser code calls this once it has
	     * seen the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag`` and ``onclosetag``.
	     */
	    openSelfClosingTag() {
	        var _a, _b, _c;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = true;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
	        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
	        if (top === null) {
	            this.closedRoot = true;
	        }
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete close tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onclosetag``.
	     */
	    closeTag() {
	        const { tags, name } = this;
	        // Our state after this will be S_TEXT, no matter what, and we can clear
	        // tagName now.
	        this.state = S_TEXT;
	        this.name = "";
	        if (name === "") {
	            this.fail("weird empty close tag.");
	            this.text += "</>";
	            return;
	        }
	        const handler = this.closeTagHandler;
	        let l = tags.length;
	        while (l-- > 0) {
	            const tag = this.tag = tags.pop();
	            this.topNS = tag.ns;
	            handler === null || handler === void 0 ? void 0 : handler(tag);
	            if (tag.name === name) {
	                break;
	            }
	            this.fail("unexpected close tag.");
	        }
	        if (l === 0) {
	            this.closedRoot = true;
	        }
	        else if (l < 0) {
	            this.fail(`unmatched closing tag: ${name}.`);
	            this.text += `</${name}>`;
	        }
	    }
	    /**
	     * Resolves an entity. Makes any necessary well-formedness checks.
	     *
	     * @param entity The entity to resolve.
	     *
	     * @returns The parsed entity.
	     */
	    parseEntity(entity) {
	        // startsWith would be significantly slower for this test.
	        if (entity[0] !== "#") {
	            const defined = this.ENTITIES[entity];
	            if (defined !== undefined) {
	                return defined;
	            }
	            this.fail(this.isName(entity) ? "undefined entity." :
	                "disallowed character in entity name.");
	            return `&${entity};`;
	        }
	        let num = NaN;
	        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
	            num = parseInt(entity.slice(2), 16);
	        }
	        else if (/^#[0-9]+$/.test(entity)) {
	            num = parseInt(entity.slice(1), 10);
	        }
	        // The character reference is required to match the CHAR production.
	        if (!this.isChar(num)) {
	            this.fail("malformed character entity.");
	            return `&${entity};`;
	        }
	        return String.fromCodePoint(num);
	    }
	}
	saxes.SaxesParser = SaxesParser;
	
	return saxes;
}

var saxesExports = requireSaxes();

const CHUNK_BYTES = 64 * 1024;
function localName(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
/** Open the file, turning the usual failures into messages a user can act on. */
async function openReport(path) {
    try {
        const fh = await open(path, 'r');
        const stat = await fh.stat().catch(async (err) => {
            await fh.close();
            throw err;
        });
        if (stat.isDirectory()) {
            await fh.close();
            throw new ReportParseError(path, 'is a directory, not a test report file');
        }
        return fh;
    }
    catch (err) {
        if (err instanceof ReportParseError)
            throw err;
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'file not found'
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'is a directory, not a test report file'
                    : `cannot be read (${code ?? 'unknown error'})`;
        throw new ReportParseError(path, why, { cause: err });
    }
}
/** Pick the text decoding from the first bytes: a BOM, UTF-16 without BOM, or the XML declaration's encoding. */
function decoderFor(head) {
    if (head[0] === 0xff && head[1] === 0xfe)
        return new TextDecoder('utf-16le');
    if (head[0] === 0xfe && head[1] === 0xff)
        return new TextDecoder('utf-16be');
    if (head[0] === 0x3c && head[1] === 0x00)
        return new TextDecoder('utf-16le');
    if (head[0] === 0x00 && head[1] === 0x3c)
        return new TextDecoder('utf-16be');
    // An ASCII-compatible encoding: the declaration can be read as latin1 whatever it says.
    const decl = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head.subarray(0, 256).toString('latin1'));
    const label = decl?.[1]?.toLowerCase();
    if (label && !label.startsWith('utf-16') && label !== 'utf-8' && label !== 'utf8') {
        try {
            return new TextDecoder(label);
        }
        catch {
            // An encoding TextDecoder does not know: UTF-8 reads ASCII right, which is all the markup needs.
        }
    }
    return new TextDecoder('utf-8');
}
function describeNonXml(first) {
    const code = first.charCodeAt(0);
    if (first === '{' || first === '[')
        return 'not XML (it looks like JSON): not a JUnit, TRX or NUnit report';
    if (code < 0x20 || code === 0xfffd || code === 0x7f)
        return 'not XML (binary data): not a JUnit, TRX or NUnit report';
    return `not XML (it starts with ${JSON.stringify(first)}, not "<"): not a JUnit, TRX or NUnit report`;
}
function checkDoctype(path, doctype) {
    if (doctype.includes('[')) {
        throw new ReportParseError(path, 'refusing a DOCTYPE with an internal subset (entity declarations are never expanded: XXE and entity-expansion guard)', { hint: 'test reports do not need a DOCTYPE; remove it from the generator or the file' });
    }
    if (/\b(?:SYSTEM|PUBLIC)\b/.test(doctype)) {
        throw new ReportParseError(path, 'refusing a DOCTYPE that references an external DTD (it is never fetched: XXE guard)', { hint: 'test reports do not need a DOCTYPE; remove it from the generator or the file' });
    }
}
/**
 * saxes buffers a whole text node, CDATA section, comment or attribute value before emitting it, so one
 * 500 MB `<system-out>` would sit in memory however little of it we keep. After each chunk we look at what it
 * has buffered so far (its private `text` field) and, by state: hand text and CDATA on ourselves, drop comment
 * text (never used), and cut an attribute value to the most we would keep. The state numbers are not exported,
 * so they are learnt here by probing a parser; if a saxes release changes these internals the probe fails and
 * we fall back to saxes' own buffering (correct results, unbounded memory for a single huge node), and a test
 * (`canBoundTextNodes`) says so.
 */
const textStates = (() => {
    const probe = (xml) => {
        const p = new saxesExports.SaxesParser();
        p.on('text', () => { });
        p.on('cdata', () => { });
        p.write(xml);
        const i = p;
        return typeof i.state === 'number' && typeof i.text === 'string'
            ? { state: i.state, text: i.text }
            : undefined;
    };
    try {
        const text = probe('<a>xyz');
        const cdata = [probe('<a><![CDATA[xyz'), probe('<a><![CDATA[xyz]'), probe('<a><![CDATA[xyz]]')];
        const comments = [probe('<a><!--xyz'), probe('<a><!--xyz-')];
        const attr = probe('<a b="xyz');
        if (!text || text.text !== 'xyz' || !attr || attr.text !== 'xyz')
            return undefined;
        const states = (probes) => {
            const set = new Set();
            for (const p of probes) {
                if (!p || p.text !== 'xyz')
                    return undefined;
                set.add(p.state);
            }
            return set;
        };
        const cdataStates = states(cdata);
        const commentStates = states(comments);
        if (!cdataStates || !commentStates)
            return undefined;
        // Each kind of state must be told apart from the others, or text could be routed to the wrong place.
        const all = [text.state, attr.state, ...cdataStates, ...commentStates];
        if (new Set(all).size !== all.length)
            return undefined;
        return { text: text.state, cdata: cdataStates, comment: commentStates, attribute: attr.state };
    }
    catch {
        return undefined;
    }
})();
async function streamXml(path, chooseSink, options) {
    const fh = await openReport(path);
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await fh.read(head, 0, 4, 0);
        if (bytesRead === 0)
            throw new ReportParseError(path, 'empty file: not a JUnit, TRX or NUnit report');
        const gzip = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b;
        const raw = fh.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES, autoClose: false });
        let source = raw;
        if (gzip) {
            const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
            // pipeline (not pipe) so a read error reaches the loop below through the gunzip stream.
            source = pipeline(raw, gunzip, () => { });
        }
        try {
            await parseChunks(path, source, gzip, chooseSink, options);
        }
        finally {
            source.destroy();
            raw.destroy();
        }
        return { gzip };
    }
    finally {
        await fh.close();
    }
}
async function parseChunks(path, source, gzip, chooseSink, options) {
    const parser = new saxesExports.SaxesParser({ xmlns: false, position: true });
    const internals = parser;
    const names = [];
    let sink;
    let rootClosed = false;
    let started = false;
    // Newlines dropped before the first `<` (saxes rejects an XML declaration after whitespace; we don't), added
    // back to the line numbers we report.
    let skippedLines = 0;
    let prologChars = 0;
    // Whether the input so far ends with a newline: a file cut after one ends on the line before it.
    let endsWithNewline = false;
    // Characters dropped from the attribute value being read, then per attribute of the tag being read.
    let attributeDropped = 0;
    let cut;
    // The kept head of the attribute value being cut: reused, because re-cutting saxes' buffer every chunk would
    // flatten a new 128 KiB string each time (large-object garbage that only a full GC frees).
    let attributeHead;
    parser.on('doctype', (doctype) => checkDoctype(path, doctype));
    parser.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (names.length >= options.maxDepth) {
            throw new ReportParseError(path, `elements nested deeper than ${options.maxDepth} levels at line ${line()}`);
        }
        const attrs = tag.attributes;
        if (names.length === 0)
            sink = chooseSink(name, attrs);
        names.push(name);
        sink?.open(name, attrs, cut);
        cut = undefined;
    });
    parser.on('attribute', (attr) => {
        if (attributeDropped > 0) {
            (cut ??= {})[attr.name] = attributeDropped;
            attributeDropped = 0;
        }
        attributeHead = undefined;
    });
    parser.on('closetag', (tag) => {
        sink?.close(localName(tag.name));
        names.pop();
        if (names.length === 0)
            rootClosed = true;
    });
    const onText = (text) => {
        if (names.length > 0)
            sink?.text(text);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    const line = () => parser.line + skippedLines;
    const write = (text) => {
        if (text.length === 0)
            return;
        endsWithNewline = text.endsWith('\n');
        if (!started) {
            const m = /^[\s\uFEFF]*/.exec(text);
            skippedLines += (m[0].match(/\n/g) ?? []).length;
            text = text.slice(m[0].length);
            if (text.length === 0)
                return;
            started = true;
            if (text[0] !== '<')
                throw new ReportParseError(path, describeNonXml(text[0]));
        }
        if (names.length === 0) {
            prologChars += text.length;
            if (prologChars > options.maxPrologChars) {
                throw new ReportParseError(path, rootClosed
                    ? `more than ${options.maxPrologChars} characters after the root element`
                    : `no root element in the first ${options.maxPrologChars} characters (an oversized DOCTYPE?)`);
            }
        }
        try {
            parser.write(text);
        }
        catch (err) {
            throw asParseError(path, err, skippedLines);
        }
        if (textStates && internals.text.length > 0) {
            const state = internals.state;
            const pending = internals.text;
            if (names.length > 0 && (state === textStates.text || textStates.cdata.has(state))) {
                internals.text = '';
                sink?.text(pending);
            }
            else if (textStates.comment.has(state)) {
                internals.text = '';
            }
            else if (state === textStates.attribute && pending.length > options.maxAttributeChars) {
                // A copy, not a slice: a slice would keep the whole buffered value alive. saxes only appends to the
                // value it is reading, so once cut, the buffer still starts with the same head.
                attributeHead ??= own(pending.slice(0, options.maxAttributeChars));
                attributeDropped += pending.length - attributeHead.length;
                internals.text = attributeHead;
            }
        }
    };
    let decoder;
    let total = 0;
    try {
        for await (const chunk of source) {
            total += chunk.length;
            if (gzip && total > options.maxDecompressedBytes) {
                throw new ReportParseError(path, `decompressed size exceeds ${options.maxDecompressedBytes} bytes (gzip-bomb guard)`, { hint: 'raise max-decompressed-bytes if the report is really this large' });
            }
            decoder ??= decoderFor(chunk);
            write(decoder.decode(chunk, { stream: true }));
        }
    }
    catch (err) {
        if (err instanceof ReportParseError)
            throw err;
        const code = err.code;
        if (gzip && typeof code === 'string' && code.startsWith('Z_')) {
            const why = code === 'Z_BUF_ERROR' ? 'truncated gzip data' : 'corrupt gzip data';
            throw new ReportParseError(path, `${why} (${code})`, { cause: err });
        }
        throw new ReportParseError(path, `read failed (${code ?? 'unknown error'})`, { cause: err });
    }
    if (decoder)
        write(decoder.decode());
    if (!started) {
        throw new ReportParseError(path, total === 0 ? 'empty file (after gzip decompression)' : 'empty file (only whitespace)');
    }
    if (!rootClosed) {
        const where = names.length > 0 ? `inside <${names[names.length - 1]}>` : 'before the root element';
        throw new ReportParseError(path, `unexpected end of file at line ${line() - (endsWithNewline ? 1 : 0)} (${where}): the XML is truncated`);
    }
    try {
        parser.close();
    }
    catch (err) {
        throw asParseError(path, err, skippedLines);
    }
}
function asParseError(path, err, skippedLines) {
    if (err instanceof ReportParseError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const m = /^(\d+):(\d+): (.*)$/s.exec(message);
    const detail = m
        ? `malformed XML at line ${Number(m[1]) + skippedLines}, column ${Number(m[2]) + 1}: ${m[3]}`
        : `malformed XML: ${message}`;
    return new ReportParseError(path, detail, { cause: err });
}

const DEFAULTS = {
    maxDecompressedBytes: 10 * 1024 ** 3,
    maxDepth: 512,
    // A real prolog is an XML declaration and maybe a comment; this is generous and still bounds what saxes
    // buffers for a DOCTYPE before we get to look at it.
    maxPrologChars: 1024 * 1024,
};
function builderFor(path, root, limits) {
    switch (root) {
        case 'testsuites':
        case 'testsuite':
            return new JUnitBuilder(limits);
        case 'TestRun':
            return new TrxBuilder(limits);
        case 'test-run':
        case 'test-results':
            return new NUnitBuilder(limits);
        default:
            throw new ReportParseError(path, `not a JUnit, TRX or NUnit report (root element <${root.slice(0, 100)}>)`);
    }
}
/**
 * Parse one test report: JUnit XML (and its dialects), TRX or NUnit, told apart by the root element; gzip
 * (magic bytes `1f 8b`) is undone on the fly. The file is streamed, never read whole, and the text kept per
 * case is bounded (see ParseReportOptions). DOCTYPEs that declare entities or reference a DTD are refused
 * (see xml-stream.ts for why). Throws a ReportParseError naming the file for anything that is not a
 * well-formed report of a known kind.
 */
async function parseTestReport(path, options = {}) {
    const limits = makeLimits(options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS, options.maxReportTextChars ?? DEFAULT_MAX_REPORT_TEXT_CHARS);
    let builder;
    const { gzip } = await streamXml(path, (root, _attrs) => (builder = builderFor(path, root, limits)), {
        maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULTS.maxDecompressedBytes,
        maxDepth: options.maxDepth ?? DEFAULTS.maxDepth,
        maxPrologChars: DEFAULTS.maxPrologChars,
        maxAttributeChars: limits.maxFieldChars,
    });
    // streamXml only returns after a root element was opened and closed, so a builder exists.
    const report = { path, ...builder.finish() };
    if (gzip)
        report.gzip = true;
    return report;
}

/** Files parsed at once: enough to overlap I/O, few enough that memory stays a few reports' worth. */
const CONCURRENCY = 4;
/** Parse many reports; a file that fails gets an entry in `errors` and the others still parse. */
async function parseTestReports(paths, options = {}) {
    const outcomes = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < paths.length; i = next++) {
            const path = paths[i];
            try {
                outcomes[i] = await parseTestReport(path, options);
            }
            catch (err) {
                // Anything unexpected is still this file's failure, not the batch's.
                outcomes[i] =
                    err instanceof ReportParseError
                        ? err
                        : new ReportParseError(path, `could not be parsed: ${err instanceof Error ? err.message : String(err)}`, {
                            cause: err,
                        });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
    const reports = [];
    const errors = [];
    for (const o of outcomes) {
        if (o instanceof ReportParseError)
            errors.push(o);
        else
            reports.push(o);
    }
    return { reports, errors };
}
function toToolOutput(paths, parsed) {
    const reports = new Map(parsed.reports.map((r) => [r.path, r]));
    const errors = new Map(parsed.errors.map((e) => [e.path, e]));
    const totals = emptyCounts();
    const files = paths.map((path) => {
        const report = reports.get(path);
        if (report) {
            const counts = summarize(report);
            addCounts(totals, counts);
            return { path, ...counts };
        }
        const error = errors.get(path);
        return { path, ...emptyCounts(), error: error?.message ?? `${path}: not parsed` };
    });
    return { files, totals };
}

export { addCounts as a, allCases as b, emptyCounts as e, parseTestReports as p, summarize as s, toToolOutput as t };
