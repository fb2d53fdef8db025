import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { C as ConfigError } from './index.js';

/** Numbers as people read them, shared by the CLI, the reports and error messages. */
/** 12,345 (and 1.25: at most two decimals). */
function formatCount(n) {
    if (!Number.isFinite(n))
        return '0';
    const [int = '0', frac] = String(Math.round(n * 100) / 100).split('.');
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}
/** `1 test`, `3 tests`, `1,024 records`. */
function plural(n, one, many = `${one}s`) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
/** 512 B, 64 KiB, 1.5 MiB, 120 GiB. */
function formatBytes(n) {
    if (!Number.isFinite(n) || n < 1024)
        return `${formatCount(n)} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v >= 100 ? Math.round(v) : Math.round(v * 10) / 10} ${units[i]}`;
}

/**
 * ANSI escape sequences: CSI (`ESC [ ... final`, colours and cursor moves), OSC (`ESC ] ... BEL|ST`,
 * hyperlinks and window titles) and two-character escapes. CI output is full of them (GitHub Actions keeps
 * the colours of every step in its raw logs); they are presentation, and would otherwise split level words
 * (`\x1b[31mERROR\x1b[0m`) and end up in messages, templates and searches.
 */
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
/** The text without ANSI escape sequences; the same string when it has none (one indexOf). */
function stripAnsi(text) {
    return text.indexOf('\x1b') === -1 ? text : text.replace(ANSI, '');
}

/**
 * Lines that only appear in stack traces: Java/JS `at` frames, `Caused by:`, `... N more`, Python's
 * traceback, Go's goroutine dump, Rust's backtrace, gdb/native `#N 0x...` frames, and a leading exception
 * line (`java.lang.IllegalStateException: ...`, `TypeError: ...`).
 */
const STACK_LINE = /^(?:\s+at\s|\s*Caused by:|\s*Suppressed:|\s*\.\.\. \d+ (?:more|common frames omitted)|Traceback \(most recent call last\)|\s+File ".*", line \d+|goroutine \d+ \[|panic: |stack backtrace:|\s*#\d+\s+0x[0-9a-fA-F]+|\s*(?:[\w$]+\.)+[\w$]*(?:Exception|Error|Throwable)\b|[A-Z]\w*(?:Error|Exception): )/m;
/** The exception class on the first line of a Java/JS trace (`java.io.IOException: ...`). */
const LEADING_TYPE = /^\s*((?:[\w$]+\.)*[\w$]*(?:Exception|Error|Throwable))(?::|$)/;
/** The exception class on the last line of a Python traceback (`ValueError: bad value`). */
const TRAILING_TYPE = /^([A-Za-z_][\w.]*)(?::|$)/;
/** How much of a long continuation to search for stack lines: they show up near its start. */
const SEARCH_LIMIT = 4096;
/**
 * Folds a frame's continuation lines (everything after its first line) into the record. A stack trace goes
 * whole into `error.stack_trace` (with `error.type` when its exception class is legible), and `message`
 * stays the first line's message, so searches and grouping see the one-line summary; any other
 * continuation is part of the message (a multi-line message, a SQL statement, a config dump).
 */
function addContinuation(fields, rest) {
    // Framing keeps blank lines inside the frame that follows them; they are layout, not content.
    rest = rest.trimEnd();
    if (rest.length === 0)
        return;
    const head = rest.length > SEARCH_LIMIT ? rest.slice(0, SEARCH_LIMIT) : rest;
    if (!STACK_LINE.test(head)) {
        fields.message = fields.message.length === 0 ? rest : `${fields.message}\n${rest}`;
        return;
    }
    const error = (fields.error ??= {});
    if (error.stack_trace === undefined)
        error.stack_trace = rest;
    else
        error.stack_trace += `\n${rest}`;
    if (error.type === undefined) {
        const type = rest.startsWith('Traceback')
            ? TRAILING_TYPE.exec(lastLine(rest))?.[1]
            : LEADING_TYPE.exec(rest)?.[1];
        if (type !== undefined)
            error.type = type;
    }
}
function lastLine(text) {
    const trimmed = text.trimEnd();
    return trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim();
}

const HOUR = 3_600_000;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', 'utc']);
const UTC_CLOCK = { zone: 'UTC', toEpoch: (wall) => wall };
const clocks = new Map();
/** The wall clock of `zone` (an IANA name); throws a ConfigError for a zone Intl does not know. */
function wallClock(zone = 'UTC') {
    if (UTC_NAMES.has(zone))
        return UTC_CLOCK;
    let clock = clocks.get(zone);
    if (!clock) {
        clock = new ZoneClock(zone);
        clocks.set(zone, clock);
    }
    return clock;
}
class ZoneClock {
    zone;
    format;
    byHour = new Map();
    lastHour = NaN;
    lastOffset = 0;
    constructor(zone) {
        try {
            this.format = new Intl.DateTimeFormat('en-US', {
                timeZone: zone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
                era: 'short',
            });
        }
        catch (err) {
            throw new ConfigError(`unknown time zone '${zone}'`, {
                cause: err,
                hint: 'use an IANA zone name such as UTC or Europe/Berlin',
            });
        }
        this.zone = this.format.resolvedOptions().timeZone;
    }
    toEpoch(wall) {
        const hour = Math.floor(wall / HOUR);
        if (hour === this.lastHour)
            return wall - this.lastOffset;
        let offset = this.byHour.get(hour);
        if (offset === undefined) {
            offset = this.resolve(hour * HOUR);
            // Bounded: a log spanning years in random order must not grow this without limit.
            if (this.byHour.size > 50_000)
                this.byHour.clear();
            this.byHour.set(hour, offset);
        }
        this.lastHour = hour;
        this.lastOffset = offset;
        return wall - offset;
    }
    /**
     * The offset to apply to a wall time (as `Date.UTC` ms). Around a transition, a wall time can have two
     * instants (autumn overlap: take the earlier, as Temporal's 'compatible' does) or none (spring gap: apply
     * the offset from before the gap, which moves the time forward by the gap's length).
     */
    resolve(wall) {
        const before = this.offsetAt(wall - 12 * HOUR);
        const after = this.offsetAt(wall + 12 * HOUR);
        const validBefore = this.offsetAt(wall - before) === before;
        const validAfter = before === after || this.offsetAt(wall - after) === after;
        if (validBefore && validAfter)
            return Math.max(before, after);
        if (validBefore)
            return before;
        if (validAfter)
            return after;
        return before;
    }
    /** The zone's offset from UTC (ms) at an instant. */
    offsetAt(epoch) {
        let year = 0;
        let month = 1;
        let day = 1;
        let hour = 0;
        let minute = 0;
        let second = 0;
        let bc = false;
        for (const part of this.format.formatToParts(epoch)) {
            switch (part.type) {
                case 'year':
                    year = Number(part.value);
                    break;
                case 'month':
                    month = Number(part.value);
                    break;
                case 'day':
                    day = Number(part.value);
                    break;
                case 'hour':
                    hour = Number(part.value);
                    break;
                case 'minute':
                    minute = Number(part.value);
                    break;
                case 'second':
                    second = Number(part.value);
                    break;
                case 'era':
                    bc = part.value.startsWith('B');
                    break;
            }
        }
        if (bc)
            year = 1 - year;
        // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
        const wall = new Date(0);
        wall.setUTCFullYear(year, month - 1, day);
        wall.setUTCHours(hour, minute, second, 0);
        return wall.getTime() - Math.floor(epoch / 1000) * 1000;
    }
}

const DAY = 86_400_000;
/** 0000-01-01 and 9999-12-31: the range a 4-digit ISO year can show; outside it there is no valid output. */
const MIN_EPOCH = -621672192e5;
const MAX_EPOCH = 253_402_300_799_999;
/** '000'..'999' and '00'..'99', so formatting a time of day is lookups and one concatenation. */
const MILLIS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Month and weekday names keyed by their three letters folded to lower case and packed into one number,
 * so looking one up allocates no string.
 */
function key3(s, i) {
    return ((s.charCodeAt(i) | 32) << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32);
}
const MONTHS = new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [
    key3(m, 0),
    i,
]));
const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => key3(d, 0)));
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isLetter$1(c) {
    return (c | 32) >= 97 && (c | 32) <= 122;
}
/** `len` digits at `i` as a number, or -1 when any of them is not a digit. */
function digits(s, i, len) {
    let n = 0;
    for (let k = i; k < i + len; k++) {
        const d = s.charCodeAt(k) - 48;
        if (!(d >= 0 && d <= 9))
            return -1;
        n = n * 10 + d;
    }
    return n;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): integer math only. */
function daysFromCivil(y, m, d) {
    if (m <= 2)
        y--;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + d - 1;
    const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
    return era * 146_097 + doe - 719_468;
}
function isLeap(y) {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
/**
 * Reads the timestamps logs start with, by character position rather than by `new Date(string)`, which
 * guesses, accepts nonsense and reads offset-less times in the host's zone. One instance per source: it
 * keeps the position where the last timestamp ended (`end`) and a one-day formatting cache.
 */
class TimestampParser {
    /** After a successful `scan`: the index just past the timestamp. */
    end = 0;
    zone;
    clock;
    now;
    // The time of day read by `time()`; fields rather than a returned object so reading one allocates nothing.
    hour = 0;
    minute = 0;
    second = 0;
    millis = 0;
    /** Offset in minutes read by `offset()`, or NaN for none written. */
    offsetMinutes = NaN;
    lastDay = NaN;
    // The current year for inferYear, and the instants it spans, so the year is not recomputed per line.
    year = 0;
    yearStart = NaN;
    yearEnd = NaN;
    dayPrefix = '';
    constructor(options = {}) {
        this.clock = wallClock(options.timezone ?? 'UTC');
        this.zone = this.clock.zone;
        this.now = options.now ?? Date.now;
    }
    /** Epoch ms as ISO 8601 UTC with milliseconds, or undefined when out of the 4-digit-year range. */
    iso(ms) {
        if (!(ms >= MIN_EPOCH && ms <= MAX_EPOCH))
            return undefined;
        const whole = Math.floor(ms);
        const day = Math.floor(whole / DAY);
        // Consecutive lines mostly share their day: Date formats the date once, the time of day is lookups.
        if (day !== this.lastDay) {
            this.lastDay = day;
            this.dayPrefix = new Date(day * DAY).toISOString().slice(0, 11);
        }
        let rest = whole - day * DAY;
        const hour = (rest / 3_600_000) | 0;
        rest -= hour * 3_600_000;
        const minute = (rest / 60_000) | 0;
        rest -= minute * 60_000;
        const second = (rest / 1000) | 0;
        return `${this.dayPrefix}${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${MILLIS[rest - second * 1000]}Z`;
    }
    /**
     * A numeric epoch of unknown unit, told apart by magnitude: seconds (< 1e11, up to year 5138),
     * milliseconds (< 1e14), microseconds (< 1e17), else nanoseconds.
     */
    epoch(value) {
        if (!Number.isFinite(value))
            return undefined;
        const abs = Math.abs(value);
        const ms = abs < 1e11 ? value * 1000 : abs < 1e14 ? value : abs < 1e17 ? value / 1000 : value / 1e6;
        return this.iso(ms);
    }
    /**
     * A whole field value (JSON, logfmt) as a timestamp: any form `scan` reads, a date alone, or an epoch
     * number written as a string. Undefined when unparseable; never a guess.
     */
    parse(value) {
        const n = value.length;
        if (n === 0)
            return undefined;
        const c = value.charCodeAt(0);
        if (isDigit(c) || c === 45) {
            // Digits alone (optionally with a fraction): an epoch. Fewer than 9 are not (`2024`, `20171223`).
            const from = c === 45 ? 1 : 0;
            let k = from;
            while (k < n && isDigit(value.charCodeAt(k)))
                k++;
            if (k - from >= 9 && (k === n || value.charCodeAt(k) === 46)) {
                const num = Number(value);
                if (!Number.isNaN(num))
                    return this.epoch(num);
            }
        }
        const ms = this.scan(value, 0, true);
        if (Number.isNaN(ms))
            return undefined;
        let end = this.end;
        while (end < n && value.charCodeAt(end) === 32)
            end++;
        return end === n ? this.iso(ms) : undefined;
    }
    /**
     * The timestamp starting at `start` as epoch ms, or NaN when there is none; sets `end`. Forms:
     * ISO 8601 / RFC 3339 (`T` or space, any fraction, `Z`/`±hh:mm`/`±hhmm`/`±hh`, ` UTC`), `yyyy/MM/dd
     * HH:mm:ss`, BGL `yyyy-MM-dd-HH.mm.ss.ffffff`, HDFS `yyMMdd HHmmss`, Spark `yy/MM/dd HH:mm:ss`,
     * `MM/dd/yyyy HH:mm:ss`, access-log `dd/MMM/yyyy:HH:mm:ss Z`, HealthApp `yyyyMMdd-H:m:s:SSS`, syslog
     * `Mmm dd HH:mm:ss` and logcat `MM-dd HH:mm:ss.SSS` (both with the year inferred), ctime `Www Mmm dd
     * HH:mm:ss[.f] yyyy` and RFC 1123 `Www, dd Mmm yyyy HH:mm:ss GMT`. `dateOnly` also accepts `yyyy-MM-dd`
     * alone (midnight).
     */
    scan(s, start = 0, dateOnly = false) {
        const c = s.charCodeAt(start);
        if (isDigit(c))
            return this.scanNumeric(s, start, dateOnly);
        if (isLetter$1(c))
            return this.scanNamed(s, start);
        return NaN;
    }
    scanNumeric(s, start, dateOnly) {
        let j = start + 1;
        while (isDigit(s.charCodeAt(j)))
            j++;
        const sep = s.charCodeAt(j);
        switch (j - start) {
            case 4: {
                if (sep !== 45 && sep !== 47 && sep !== 46)
                    return NaN; // - / .
                // yyyy-MM-dd, yyyy/MM/dd or yyyy.MM.dd: the same separator twice.
                if (s.charCodeAt(start + 7) !== sep)
                    return NaN;
                const year = digits(s, start, 4);
                const month = digits(s, start + 5, 2);
                const day = digits(s, start + 8, 2);
                if (month < 0 || day < 0)
                    return NaN;
                let k = start + 10;
                const t = s.charCodeAt(k);
                if (t === 84 || t === 116 || t === 32) {
                    k = this.time(s, k + 1, 58); // T, t or space, then HH:mm[:ss][.f]
                }
                else if (t === 45 && sep === 45) {
                    k = this.time(s, k + 1, 46); // BGL: yyyy-MM-dd-HH.mm.ss.ffffff
                }
                else if (dateOnly && sep === 45 && !isDigit(t)) {
                    this.midnight();
                }
                else {
                    return NaN;
                }
                if (k < 0)
                    return NaN;
                return this.finish(s, k, year, month, day);
            }
            case 2: {
                if (sep === 47) {
                    // dd/MMM/yyyy:HH:mm:ss Z (access logs)
                    if (isLetter$1(s.charCodeAt(start + 3)))
                        return this.scanAccess(s, start);
                    if (s.charCodeAt(start + 5) !== 47)
                        return NaN;
                    const a = digits(s, start, 2);
                    const b = digits(s, start + 3, 2);
                    let year;
                    let month;
                    let day;
                    let k;
                    const y4 = digits(s, start + 6, 4);
                    if (y4 >= 0 && !isDigit(s.charCodeAt(start + 10))) {
                        // MM/dd/yyyy HH:mm:ss
                        year = y4;
                        month = a;
                        day = b;
                        k = start + 10;
                    }
                    else {
                        // yy/MM/dd HH:mm:ss (Spark)
                        const dd = digits(s, start + 6, 2);
                        if (a < 0 || dd < 0)
                            return NaN;
                        year = a < 70 ? 2000 + a : 1900 + a;
                        month = b;
                        day = dd;
                        k = start + 8;
                    }
                    if (s.charCodeAt(k) !== 32)
                        return NaN;
                    k = this.time(s, k + 1, 58);
                    if (k < 0)
                        return NaN;
                    return this.finish(s, k, year, month, day);
                }
                if (sep === 45 && s.charCodeAt(start + 5) === 32) {
                    // MM-dd HH:mm:ss.SSS (Android logcat): no year, inferred as for syslog
                    const month = digits(s, start, 2);
                    const day = digits(s, start + 3, 2);
                    const k = month < 0 || day < 0 ? -1 : this.time(s, start + 6, 58);
                    if (k < 0)
                        return NaN;
                    this.offsetMinutes = NaN;
                    this.end = k;
                    return this.inferYear(month, day);
                }
                return NaN;
            }
            case 6: {
                // yyMMdd HHmmss (HDFS)
                if (sep !== 32)
                    return NaN;
                const time = digits(s, j + 1, 6);
                if (time < 0 || isDigit(s.charCodeAt(j + 7)))
                    return NaN;
                const yy = digits(s, start, 2);
                this.hour = (time / 10000) | 0;
                this.minute = ((time / 100) | 0) % 100;
                this.second = time % 100;
                this.millis = 0;
                this.offsetMinutes = NaN;
                this.end = j + 7;
                return this.wall(yy < 70 ? 2000 + yy : 1900 + yy, digits(s, start + 2, 2), digits(s, start + 4, 2));
            }
            case 8: {
                // yyyyMMdd-H:m:s:SSS (HealthApp; its fields are not zero-padded: `20171224-0:0:0:234`)
                if (sep !== 45)
                    return NaN;
                const k = this.looseTime(s, j + 1);
                if (k < 0)
                    return NaN;
                this.offsetMinutes = NaN;
                this.end = k;
                return this.wall(digits(s, start, 4), digits(s, start + 4, 2), digits(s, start + 6, 2));
            }
            default:
                return NaN;
        }
    }
    /** dd/MMM/yyyy:HH:mm:ss Z */
    scanAccess(s, start) {
        const day = digits(s, start, 2);
        const month = MONTHS.get(key3(s, start + 3));
        if (month === undefined || s.charCodeAt(start + 6) !== 47 || s.charCodeAt(start + 11) !== 58)
            return NaN;
        const year = digits(s, start + 7, 4);
        const k = this.time(s, start + 12, 58);
        if (k < 0 || year < 0)
            return NaN;
        return this.finish(s, k, year, month + 1, day);
    }
    scanNamed(s, start) {
        const name = key3(s, start);
        const month = MONTHS.get(name);
        if (month !== undefined && s.charCodeAt(start + 3) === 32) {
            // Mmm dd HH:mm:ss (syslog; the day is space-padded: `Dec  1`), or ctime's tail `Mmm dd HH:mm:ss yyyy`
            let k = start + 4;
            if (s.charCodeAt(k) === 32)
                k++;
            const day = this.dayOfMonth(s, k);
            if (day < 0)
                return NaN;
            k = this.time(s, this.end + 1, 58);
            if (k < 0)
                return NaN;
            // A year after the time only when plausible: the next token may be a host named with digits.
            const year = s.charCodeAt(k) === 32 ? digits(s, k + 1, 4) : -1;
            if (year >= 1970 && year <= 2199 && (k + 5 === s.length || s.charCodeAt(k + 5) === 32)) {
                this.offsetMinutes = NaN;
                this.end = k + 5;
                return this.wall(year, month + 1, day);
            }
            this.offsetMinutes = NaN;
            this.end = k;
            return this.inferYear(month + 1, day);
        }
        if (WEEKDAYS.has(name)) {
            const sep = s.charCodeAt(start + 3);
            if (sep === 32) {
                // Www Mmm dd HH:mm:ss[.ffffff] yyyy (ctime, Apache error log)
                const m = MONTHS.get(key3(s, start + 4));
                if (m === undefined || s.charCodeAt(start + 7) !== 32)
                    return NaN;
                let k = start + 8;
                if (s.charCodeAt(k) === 32)
                    k++;
                const day = this.dayOfMonth(s, k);
                if (day < 0)
                    return NaN;
                k = this.time(s, this.end + 1, 58);
                if (k < 0 || s.charCodeAt(k) !== 32)
                    return NaN;
                const year = digits(s, k + 1, 4);
                if (year < 0 || isDigit(s.charCodeAt(k + 5)))
                    return NaN;
                this.offsetMinutes = NaN;
                this.end = k + 5;
                return this.wall(year, m + 1, day);
            }
            if (sep === 44 && s.charCodeAt(start + 4) === 32) {
                // Www, dd Mmm yyyy HH:mm:ss GMT (RFC 1123, HTTP dates)
                const day = this.dayOfMonth(s, start + 5);
                const k = this.end;
                const m = day < 0 ? undefined : MONTHS.get(key3(s, k + 1));
                if (m === undefined || s.charCodeAt(k + 4) !== 32 || s.charCodeAt(k + 9) !== 32)
                    return NaN;
                const year = digits(s, k + 5, 4);
                const end = this.time(s, k + 10, 58);
                if (year < 0 || end < 0)
                    return NaN;
                return this.finish(s, end, year, m + 1, day);
            }
        }
        return NaN;
    }
    /** A 1- or 2-digit day followed by a space; sets `end` to the space. */
    dayOfMonth(s, k) {
        if (!isDigit(s.charCodeAt(k)))
            return -1;
        if (isDigit(s.charCodeAt(k + 1))) {
            if (s.charCodeAt(k + 2) !== 32)
                return -1;
            this.end = k + 2;
            return digits(s, k, 2);
        }
        if (s.charCodeAt(k + 1) !== 32)
            return -1;
        this.end = k + 1;
        return s.charCodeAt(k) - 48;
    }
    /**
     * `HH<sep>mm[<sep>ss][.fraction]` at `k` (the fraction also after `,` or, for BGL, the separator
     * itself); sets the time fields and returns the index after it, or -1.
     */
    time(s, k, sep) {
        const hour = digits(s, k, 2);
        const minute = digits(s, k + 3, 2);
        if (hour < 0 || minute < 0 || s.charCodeAt(k + 2) !== sep)
            return -1;
        k += 5;
        let second = 0;
        if (s.charCodeAt(k) === sep && isDigit(s.charCodeAt(k + 1))) {
            second = digits(s, k + 1, 2);
            if (second < 0)
                return -1;
            k += 3;
        }
        else if (sep !== 58) {
            return -1;
        }
        let millis = 0;
        const f = s.charCodeAt(k);
        if ((f === 46 || f === 44 || (f === sep && sep !== 58)) && isDigit(s.charCodeAt(k + 1))) {
            // Any number of fraction digits; the first three are the milliseconds (truncated, not rounded).
            k++;
            let scale = 100;
            while (isDigit(s.charCodeAt(k))) {
                millis += (s.charCodeAt(k) - 48) * scale;
                scale = scale / 10;
                k++;
            }
            millis = Math.floor(millis);
        }
        if (isDigit(s.charCodeAt(k)))
            return -1;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.millis = millis;
        return k;
    }
    /** H:m:s[:SSS] with fields of 1 or 2 digits (HealthApp). */
    looseTime(s, k) {
        const parts = [0, 0, 0, 0];
        for (let p = 0; p < 4; p++) {
            const from = k;
            let v = 0;
            while (isDigit(s.charCodeAt(k)) && k - from < 3)
                v = v * 10 + s.charCodeAt(k++) - 48;
            if (k === from || (p < 3 && k - from > 2))
                return -1;
            parts[p] = v;
            if (p === 3 || s.charCodeAt(k) !== 58) {
                if (p < 2)
                    return -1;
                break;
            }
            k++;
        }
        this.hour = parts[0];
        this.minute = parts[1];
        this.second = parts[2];
        this.millis = parts[3];
        return k;
    }
    midnight() {
        this.hour = 0;
        this.minute = 0;
        this.second = 0;
        this.millis = 0;
    }
    /** Reads an optional offset at `k`, sets `end`, and converts. */
    finish(s, k, year, month, day) {
        this.offsetMinutes = NaN;
        k = this.offset(s, k);
        this.end = k;
        return this.wall(year, month, day);
    }
    /** `Z`, `±hh:mm`, `±hhmm`, `±hh`, or after one space `±hhmm`, `UTC`, `GMT`, `Z`. */
    offset(s, k) {
        let c = s.charCodeAt(k);
        let i = k;
        const spaced = c === 32;
        if (spaced)
            c = s.charCodeAt(++i);
        if (c === 90 || c === 122) {
            if (isLetter$1(s.charCodeAt(i + 1)) || (spaced && isDigit(s.charCodeAt(i + 1))))
                return k;
            this.offsetMinutes = 0;
            return i + 1;
        }
        if (c === 43 || c === 45) {
            const hh = digits(s, i + 1, 2);
            if (hh < 0)
                return k;
            let mm = 0;
            let end = i + 3;
            if (s.charCodeAt(end) === 58 && !spaced) {
                mm = digits(s, end + 1, 2);
                if (mm < 0)
                    return k;
                end += 3;
            }
            else if (isDigit(s.charCodeAt(end))) {
                mm = digits(s, end, 2);
                if (mm < 0)
                    return k;
                end += 2;
            }
            else if (spaced) {
                return k;
            }
            if (isDigit(s.charCodeAt(end)) || hh > 18 || mm > 59)
                return k;
            this.offsetMinutes = (c === 45 ? -1 : 1) * (hh * 60 + mm);
            return end;
        }
        if (spaced && (c === 85 || c === 71)) {
            // ` UTC` / ` GMT`
            const word = s.slice(i, i + 3);
            if ((word === 'UTC' || word === 'GMT') && !isLetter$1(s.charCodeAt(i + 3))) {
                this.offsetMinutes = 0;
                return i + 3;
            }
        }
        return k;
    }
    /** The fields read so far as epoch ms: with the written offset, else in the configured zone. */
    wall(year, month, day) {
        if (year < 100 || // no log is that old: a misread
            month < 1 ||
            month > 12 ||
            day < 1 ||
            day > DAYS_IN_MONTH[month - 1] ||
            (month === 2 && day === 29 && !isLeap(year)) ||
            this.hour > 24 ||
            this.minute > 59 ||
            this.second > 60) {
            return NaN;
        }
        const wall = daysFromCivil(year, month, day) * DAY +
            this.hour * 3_600_000 +
            this.minute * 60_000 +
            this.second * 1000 +
            this.millis;
        return Number.isNaN(this.offsetMinutes) ? this.clock.toEpoch(wall) : wall - this.offsetMinutes * 60_000;
    }
    /**
     * Syslog writes no year: take the current one, or the previous one if that would put the record more than
     * a day in the future (a day of slack for clock skew and for `now` being read in another zone).
     */
    inferYear(month, day) {
        const now = this.now();
        if (!(now >= this.yearStart && now < this.yearEnd)) {
            this.year = new Date(now).getUTCFullYear();
            this.yearStart = daysFromCivil(this.year, 1, 1) * DAY;
            this.yearEnd = daysFromCivil(this.year + 1, 1, 1) * DAY;
        }
        const year = this.year;
        const ms = this.wall(year, month, day);
        return ms > now + DAY ? this.wall(year - 1, month, day) : ms;
    }
}

function createContext(options = {}) {
    return { ts: new TimestampParser(options) };
}
function isParserFormat(format) {
    return typeof format.tryParse === 'function';
}
/**
 * A format from its first-line parser: continuation lines are folded in by `addContinuation`, and
 * `parse` (the LineFormat contract, which must always produce a record) falls back to `fallback`.
 */
function lineFormat(spec, context, fallback) {
    const { parseLine } = spec;
    const tryParse = (frame) => {
        const text = frame.text;
        const nl = text.indexOf('\n');
        if (nl < 0)
            return parseLine(text);
        const fields = parseLine(text.slice(0, nl));
        if (fields !== undefined)
            addContinuation(fields, text.slice(nl + 1));
        return fields;
    };
    const format = {
        name: spec.name,
        context,
        match: spec.match,
        tryParse,
        parse: (frame) => tryParse(frame) ?? fallback?.(frame) ?? { message: frame.text },
    };
    if (spec.startsRecord)
        format.startsRecord = spec.startsRecord;
    return format;
}
/** The message part of a line from `start`: trailing whitespace is layout, not content. */
function messageFrom(line, start) {
    let end = line.length;
    while (end > start) {
        const c = line.charCodeAt(end - 1);
        if (c !== 32 && c !== 9 && c !== 13)
            break;
        end--;
    }
    return start === 0 && end === line.length ? line : line.slice(start, end);
}

/**
 * Level words as loggers write them (log4j, logback, java.util.logging, syslog, Python, Go, .NET, npm,
 * Android's one-letter levels), normalised to logward's seven levels.
 */
const WORDS = {
    TRACE: 'trace',
    TRC: 'trace',
    FINEST: 'trace',
    FINER: 'trace',
    VERBOSE: 'trace',
    V: 'trace',
    T: 'trace',
    DEBUG: 'debug',
    DBG: 'debug',
    DEBU: 'debug',
    FINE: 'debug',
    CONFIG: 'debug',
    D: 'debug',
    INFO: 'info',
    INF: 'info',
    INFORMATION: 'info',
    INFORMATIONAL: 'info',
    I: 'info',
    NOTICE: 'notice',
    N: 'notice',
    WARN: 'warn',
    WARNING: 'warn',
    WRN: 'warn',
    W: 'warn',
    ERROR: 'error',
    ERR: 'error',
    EROR: 'error',
    E: 'error',
    SEVERE: 'error',
    FAILURE: 'error',
    FATAL: 'fatal',
    FTL: 'fatal',
    F: 'fatal',
    CRIT: 'fatal',
    CRITICAL: 'fatal',
    CRT: 'fatal',
    ALERT: 'fatal',
    EMERG: 'fatal',
    EMERGENCY: 'fatal',
    PANIC: 'fatal',
    DPANIC: 'fatal',
};
/**
 * The words in upper, lower and capitalised spelling, so the common case is one Map lookup without
 * allocating an upper-cased copy of the word.
 */
const EXACT = new Map();
for (const [word, level] of Object.entries(WORDS)) {
    EXACT.set(word, level);
    EXACT.set(word.toLowerCase(), level);
    EXACT.set(word[0] + word.slice(1).toLowerCase(), level);
}
/**
 * The level a word names (`WARN`, `warning`, `Warn`, `E`, ...), or undefined. Only those three spellings:
 * no logger writes `wArN`, and a miss must stay cheap (most words looked up are not levels).
 */
function levelFromWord(word) {
    return EXACT.get(word);
}
const SYSLOG = ['fatal', 'fatal', 'fatal', 'error', 'warn', 'notice', 'info', 'debug'];
/** Syslog severity 0 (emergency) .. 7 (debug). */
function levelFromSyslogSeverity(severity) {
    return SYSLOG[severity];
}
/**
 * A numeric level: 0..7 is a syslog severity; 10..60 are bunyan/pino levels (10 trace, 20 debug, 30 info,
 * 40 warn, 50 error, 60 fatal), values in between rounding down to the level below (pino's custom levels).
 */
function levelFromNumber(n) {
    if (!Number.isInteger(n) || n < 0)
        return undefined;
    if (n <= 7)
        return SYSLOG[n];
    if (n < 10)
        return undefined;
    if (n < 20)
        return 'trace';
    if (n < 30)
        return 'debug';
    if (n < 40)
        return 'info';
    if (n < 50)
        return 'warn';
    if (n < 60)
        return 'error';
    return 'fatal';
}
/** A level field's value as written: a word, a number, or a number written as a string. */
function levelFromValue(value) {
    if (typeof value === 'number')
        return levelFromNumber(value);
    const c = value.charCodeAt(0);
    if (c >= 48 && c <= 57)
        return levelFromNumber(Number(value));
    return levelFromWord(value);
}
/** Access logs: 5xx is an error, 4xx a warning, everything else information. */
function levelFromHttpStatus(status) {
    return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

/** Where a key/value format's field goes in the record. */
const TIME = 1;
const LEVEL = 2;
const MESSAGE = 3;
const LOGGER = 4;
const SERVICE = 5;
const HOST = 6;
const PID = 7;
const THREAD = 8;
const STACK = 9;
const ERROR_TYPE = 10;
const METHOD = 11;
const STATUS = 12;
const BYTES = 13;
const URL = 14;
const IP = 15;
const USER_AGENT = 16;
/**
 * Field names of JSON and logfmt logs (pino, bunyan, winston, zap, logrus, zerolog, slog, structlog,
 * python-json-logger, Serilog, logstash-logback, Docker's json-file, ECS itself), flattened to dotted paths
 * so `{"log":{"level":"info"}}` and `{"log.level":"info"}` read alike.
 */
const ALIASES = new Map([
    ['@timestamp', TIME],
    ['timestamp', TIME],
    ['time', TIME],
    ['ts', TIME],
    ['@t', TIME],
    ['datetime', TIME],
    ['asctime', TIME],
    ['Timestamp', TIME],
    ['Time', TIME],
    ['level', LEVEL],
    ['lvl', LEVEL],
    ['severity', LEVEL],
    ['log.level', LEVEL],
    ['loglevel', LEVEL],
    ['log_level', LEVEL],
    ['levelname', LEVEL],
    ['severity_text', LEVEL],
    ['@l', LEVEL],
    ['Level', LEVEL],
    ['Severity', LEVEL],
    ['msg', MESSAGE],
    ['message', MESSAGE],
    ['@m', MESSAGE],
    ['Message', MESSAGE],
    ['RenderedMessage', MESSAGE],
    ['@mt', MESSAGE],
    ['MessageTemplate', MESSAGE],
    ['log', MESSAGE],
    ['event', MESSAGE],
    ['logger', LOGGER],
    ['logger_name', LOGGER],
    ['loggerName', LOGGER],
    ['log.logger', LOGGER],
    ['component', LOGGER],
    ['SourceContext', LOGGER],
    ['service', SERVICE],
    ['service.name', SERVICE],
    ['service_name', SERVICE],
    ['serviceName', SERVICE],
    ['host', HOST],
    ['hostname', HOST],
    ['host.name', HOST],
    ['host.hostname', HOST],
    ['pid', PID],
    ['process.pid', PID],
    ['thread', THREAD],
    ['thread_name', THREAD],
    ['threadName', THREAD],
    ['process.thread.name', THREAD],
    ['stack', STACK],
    ['stack_trace', STACK],
    ['stacktrace', STACK],
    ['stackTrace', STACK],
    ['exception', STACK],
    ['exc_info', STACK],
    ['err.stack', STACK],
    ['error.stack', STACK],
    ['error.stack_trace', STACK],
    ['exception.stacktrace', STACK],
    ['exception.stack_trace', STACK],
    ['@x', STACK],
    ['Exception', STACK],
    ['error.type', ERROR_TYPE],
    ['err.type', ERROR_TYPE],
    ['error.kind', ERROR_TYPE],
    ['exception.type', ERROR_TYPE],
    ['exc_type', ERROR_TYPE],
    ['http.request.method', METHOD],
    ['http.response.status_code', STATUS],
    ['http.response.body.bytes', BYTES],
    ['url.original', URL],
    ['source.ip', IP],
    ['user_agent.original', USER_AGENT],
]);
/**
 * How sure a message field is: `msg`/`message` beat a Serilog template, which beats Docker's `log` or
 * structlog's `event`, whatever order they come in.
 */
const MESSAGE_RANK = new Map([
    ['@mt', 1],
    ['MessageTemplate', 1],
    ['log', 1],
    ['event', 1],
]);
/**
 * Maps the key/value pairs of one JSON or logfmt record onto ECS fields; everything else goes to
 * `labels`, as strings, with dots in keys turned into `_` (labels is a flat keyword map: a dotted key would
 * become an object path in Elasticsearch and could clash with a sibling of the same name).
 */
class FieldMapper {
    ts;
    messageRank = 0;
    constructor(ts) {
        this.ts = ts;
    }
    /** Starts a record: its message is not set yet (callers fill in a fallback after mapping). */
    begin() {
        this.messageRank = 0;
        return { message: '' };
    }
    /** True when some field supplied the message. */
    hasMessage() {
        return this.messageRank > 0;
    }
    /** One field: `key` is the dotted path, `value` a JSON value (logfmt values are strings). */
    set(out, key, value) {
        if (value === null || value === undefined)
            return;
        if (typeof value === 'object') {
            if (Array.isArray(value)) {
                // Arrays are no ECS field we know; kept whole rather than dropped.
                this.label(out, key, JSON.stringify(value));
                return;
            }
            for (const k in value) {
                this.set(out, `${key}.${k}`, value[k]);
            }
            return;
        }
        const target = ALIASES.get(key);
        if (target === undefined || !this.assign(out, target, key, value)) {
            if (key.startsWith('labels.'))
                key = key.slice(7);
            this.label(out, key, typeof value === 'string' ? value : String(value));
        }
    }
    /** Sets an ECS field; false when the value does not fit it (it then goes to labels). */
    assign(out, target, key, value) {
        if (typeof value === 'boolean')
            return false;
        switch (target) {
            case TIME: {
                if (out['@timestamp'] !== undefined)
                    return false;
                const iso = typeof value === 'number' ? this.ts.epoch(value) : this.ts.parse(value);
                if (iso === undefined)
                    return false;
                out['@timestamp'] = iso;
                return true;
            }
            case LEVEL: {
                if (out.log?.original_level !== undefined)
                    return false;
                const original = typeof value === 'number' ? String(value) : value;
                const log = (out.log ??= {});
                log.original_level = original;
                const level = levelFromValue(value);
                if (level !== undefined)
                    log.level = level;
                return true;
            }
            case MESSAGE: {
                if (typeof value !== 'string')
                    return false;
                const rank = MESSAGE_RANK.get(key) ?? 2;
                if (rank <= this.messageRank)
                    return false;
                // Docker's json-file driver keeps the line's newline inside `log`.
                out.message = rank === 1 && key === 'log' ? value.trimEnd() : value;
                this.messageRank = rank;
                return true;
            }
            case LOGGER:
                if (typeof value !== 'string' || out.log?.logger !== undefined)
                    return false;
                (out.log ??= {}).logger = value;
                return true;
            case SERVICE:
                if (typeof value !== 'string' || out.service?.name !== undefined)
                    return false;
                out.service = { name: value };
                return true;
            case HOST:
                if (typeof value !== 'string' || out.host?.name !== undefined)
                    return false;
                out.host = { name: value };
                return true;
            case PID: {
                const pid = typeof value === 'number' ? value : toInt(value);
                if (!Number.isInteger(pid) || pid < 0 || out.process?.pid !== undefined)
                    return false;
                (out.process ??= {}).pid = pid;
                return true;
            }
            case THREAD:
                if (out.process?.thread !== undefined)
                    return false;
                (out.process ??= {}).thread = { name: String(value) };
                return true;
            case STACK:
                if (typeof value !== 'string' || out.error?.stack_trace !== undefined)
                    return false;
                (out.error ??= {}).stack_trace = value;
                return true;
            case ERROR_TYPE:
                if (typeof value !== 'string' || out.error?.type !== undefined)
                    return false;
                (out.error ??= {}).type = value;
                return true;
            case METHOD:
                if (typeof value !== 'string')
                    return false;
                ((out.http ??= {}).request ??= {}).method = value;
                return true;
            case STATUS: {
                const status = typeof value === 'number' ? value : toInt(value);
                if (!Number.isInteger(status))
                    return false;
                ((out.http ??= {}).response ??= {}).status_code = status;
                return true;
            }
            case BYTES: {
                const bytes = typeof value === 'number' ? value : toInt(value);
                if (!Number.isInteger(bytes))
                    return false;
                ((out.http ??= {}).response ??= {}).body = { bytes };
                return true;
            }
            case URL:
                out.url = { original: String(value) };
                return true;
            case IP:
                out.source = { ip: String(value) };
                return true;
            case USER_AGENT:
                out.user_agent = { original: String(value) };
                return true;
            default:
                return false;
        }
    }
    label(out, key, value) {
        if (key.includes('.'))
            key = key.replaceAll('.', '_');
        const labels = (out.labels ??= {});
        // A plain assignment to `__proto__` would set the object's prototype (or be dropped), not a label.
        if (key === '__proto__')
            Object.defineProperty(labels, key, { value, enumerable: true, writable: true });
        else
            labels[key] = value;
    }
}
/** A decimal integer written as a string, or NaN. */
function toInt(s) {
    if (s.length === 0 || s.length > 15)
        return NaN;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const d = s.charCodeAt(i) - 48;
        if (!(d >= 0 && d <= 9))
            return NaN;
        n = n * 10 + d;
    }
    return n;
}

/**
 * Apache/Nginx access logs, common and combined: `ip ident user [dd/MMM/yyyy:HH:mm:ss Z] "request" status
 * bytes ["referer" "user agent"]`. The request is taken whole between its quotes (scanners send
 * garbage there) and split into method, URL and protocol only when it has that shape.
 */
const ACCESS = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;
const REQUEST = /^([A-Z]+) (\S+)(?: (\S+))?$/;
/**
 * The message is the whole line, as Elastic's nginx and apache modules keep it: the request, status and
 * size together are what one searches for. The level follows the status: 5xx error, 4xx warn.
 */
function accessFormat(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        const c = line.charCodeAt(0);
        // An IPv4/IPv6 address or a host name starts the line; `[`, `{`, `<` and spaces never do.
        if (c === 91 || c === 123 || c === 60 || c === 32)
            return undefined;
        const m = ACCESS.exec(line);
        if (m === null)
            return undefined;
        const [, ip, , user, time, request, statusText, bytes, referrer, agent] = m;
        if (ip === '-')
            return undefined;
        const ms = ts.scan(time, 0);
        if (Number.isNaN(ms))
            return undefined;
        const status = Number(statusText);
        const fields = {
            message: messageFrom(line, 0),
            log: { level: levelFromHttpStatus(status) },
            source: { ip: ip },
            http: { response: { status_code: status } },
        };
        const iso = ts.iso(ms);
        if (iso !== undefined)
            fields['@timestamp'] = iso;
        if (bytes !== '-')
            fields.http.response.body = { bytes: toInt(bytes) };
        const labels = {};
        const req = REQUEST.exec(request);
        if (req !== null) {
            fields.http.request = { method: req[1] };
            fields.url = { original: req[2] };
            if (req[3] !== undefined)
                labels.http_version = req[3];
        }
        else if (request !== '-' && request.length > 0) {
            labels.request = request;
        }
        if (user !== '-')
            labels.user = user;
        if (referrer !== undefined && referrer !== '-')
            labels.referrer = referrer;
        if (agent !== undefined && agent !== '-')
            fields.user_agent = { original: agent };
        for (const _ in labels) {
            fields.labels = labels;
            break;
        }
        return fields;
    };
    return lineFormat({ name: 'access-log', match: (line) => (parseLine(line) === undefined ? 0 : 1), parseLine }, context, fallback);
}

/**
 * BlueGene/L RAS logs: `ALERT EPOCH yyyy.MM.dd NODE yyyy-MM-dd-HH.mm.ss.ffffff NODE TYPE COMPONENT LEVEL
 * message`. Nine fixed fields, so one anchored regex; no other system writes this.
 */
const BGL = /^(\S+) (\d{9,11}) \d{4}\.\d\d\.\d\d (\S+) \d{4}-\d\d-\d\d-\d\d\.\d\d\.\d\d\.(\d{1,6}) \S+ (\S+) (\S+) ([A-Za-z]+)(?: |$)/;
/**
 * The record's instant is the epoch field (an explicit UTC instant) plus the milliseconds of the local
 * time field; the local time itself carries no zone (it is US Pacific in the Loghub sample).
 */
function bglFormat(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        const m = BGL.exec(line);
        if (m === null)
            return undefined;
        const [whole, alert, epoch, node, fraction, type, component, word] = m;
        const level = levelFromWord(word);
        if (level === undefined)
            return undefined;
        const fields = { message: messageFrom(line, whole.length) };
        const iso = ts.iso(Number(epoch) * 1000 + Math.floor(Number(fraction.padEnd(6, '0')) / 1000));
        if (iso !== undefined)
            fields['@timestamp'] = iso;
        fields.log = { level, logger: component, original_level: word };
        if (node !== 'NULL')
            fields.host = { name: node };
        const labels = { bgl_type: type };
        if (alert !== '-')
            labels.alert = alert;
        fields.labels = labels;
        return fields;
    };
    return lineFormat({ name: 'bgl', match: (line) => (parseLine(line) === undefined ? 0 : 1), parseLine }, context, fallback);
}

/** Longest header field between pipes; anything longer is message text. */
const MAX_FIELD = 80;
/**
 * Pipe-delimited headers: `timestamp|field|field|message`, as HealthApp writes
 * (`20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`). The two fields are told apart by
 * their content: digits are a pid, a level word is the level, anything else the logger. The message is
 * everything after the third pipe, pipes included.
 */
function delimitedFormat(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        const ms = ts.scan(line, 0);
        if (Number.isNaN(ms))
            return undefined;
        let i = ts.end;
        while (line.charCodeAt(i) === 32)
            i++;
        if (line.charCodeAt(i) !== 124)
            return undefined;
        const fields = { message: '' };
        for (let k = 0; k < 2; k++) {
            const from = i + 1;
            i = line.indexOf('|', from);
            if (i < 0 || i - from > MAX_FIELD)
                return undefined;
            const value = line.slice(from, i).trim();
            const pid = toInt(value);
            const level = Number.isNaN(pid) ? levelFromWord(value) : undefined;
            if (!Number.isNaN(pid))
                (fields.process ??= {}).pid = pid;
            else if (level !== undefined)
                fields.log = { ...fields.log, level, original_level: value };
            else if (fields.log?.logger === undefined)
                fields.log = { ...fields.log, logger: value };
            else
                (fields.process ??= {}).thread = { name: value };
        }
        fields.message = messageFrom(line, i + 1);
        const iso = ts.iso(ms);
        if (iso !== undefined)
            fields['@timestamp'] = iso;
        return fields;
    };
    return lineFormat({
        name: 'delimited',
        match: (line) => (parseLine(line) === undefined ? 0 : 1),
        startsRecord: (line) => !Number.isNaN(ts.scan(line, 0)),
        parseLine,
    }, context, fallback);
}

/** The first word after the timestamp, in any case, when it stands alone: `error: ...`, `[WARN] ...`. */
const FIRST_WORD = /[\s[(<|:-]*([A-Za-z]{3,13})(?=$|[\s\]):>|,!])/y;
/**
 * Otherwise an upper-case level word near the start (`npm ERR! ...`, `... [main] ERROR ...`), not part of
 * a path, a name or a URL. Bounded so a long line costs no more than a short one.
 */
const UPPER_WORD = /^[^]{0,80}?(?<![\w./-])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|FATAL|CRIT|CRITICAL|ALERT|EMERG|PANIC)(?![\w/-])/;
/** Two upper-case letters in a row within UPPER_WORD's reach: most lines have none, and skip the regex. */
function hasUpperPair(line) {
    const end = Math.min(line.length, 96);
    let previous = false;
    for (let i = 0; i < end; i++) {
        const c = line.charCodeAt(i);
        const upper = c >= 65 && c <= 90;
        if (upper && previous)
            return true;
        previous = upper;
    }
    return false;
}
/**
 * Reads what a line of unknown format still tells: a leading timestamp and a level word near the start.
 * The whole line stays the message, since nothing says where a header would end.
 */
function plainLevel(line, from, fields) {
    FIRST_WORD.lastIndex = from;
    const first = FIRST_WORD.exec(line);
    let word = first?.[1];
    let level = word === undefined ? undefined : levelFromWord(word);
    if (level === undefined && hasUpperPair(line)) {
        word = UPPER_WORD.exec(line)?.[1];
        level = word === undefined ? undefined : levelFromWord(word);
    }
    if (level !== undefined)
        fields.log = { level, original_level: word };
}
function plainLine(context, line) {
    const ts = context.ts;
    const fields = { message: messageFrom(line, 0) };
    let from = 0;
    const c = line.charCodeAt(0);
    if (c === 91) {
        // `[timestamp] ...`
        const ms = ts.scan(line, 1);
        if (!Number.isNaN(ms) && line.charCodeAt(ts.end) === 93) {
            const iso = ts.iso(ms);
            if (iso !== undefined)
                fields['@timestamp'] = iso;
            from = ts.end + 1;
        }
    }
    else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
        const ms = ts.scan(line, 0);
        if (!Number.isNaN(ms)) {
            const iso = ts.iso(ms);
            if (iso !== undefined)
                fields['@timestamp'] = iso;
            from = ts.end;
        }
    }
    plainLevel(line, from, fields);
    return fields;
}
/** The fallback format: any text. Its `match` is low so every real format beats it. */
function plainFormat(context) {
    return lineFormat({ name: 'plain', match: () => 0.01, parseLine: (line) => plainLine(context, line) }, context, undefined);
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
/**
 * The length of the timestamp the runner puts before every line (`2024-05-01T12:00:00.1234567Z `), or 0.
 * Checked by position: it is on every line, so it must cost next to nothing.
 */
function envelopeLength(line) {
    if (line.charCodeAt(4) !== 45 || line.charCodeAt(10) !== 84 || line.charCodeAt(13) !== 58)
        return 0;
    for (const k of DIGIT_POSITIONS) {
        const c = line.charCodeAt(k);
        if (c < 48 || c > 57)
            return 0;
    }
    let i = 19;
    if (line.charCodeAt(i) === 46) {
        i++;
        while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57)
            i++;
    }
    if (line.charCodeAt(i) !== 90)
        return 0;
    return line.charCodeAt(i + 1) === 32 ? i + 2 : i + 1 === line.length ? i + 1 : 0;
}
const COMMAND_LEVELS = {
    error: 'error',
    warning: 'warn',
    notice: 'notice',
    debug: 'debug',
};
/** `##[command]data`: the runner's own markers. */
const RUNNER_COMMAND = /^##\[([a-z-]+)\]/;
/** `::command key=value,key=value::data`: workflow commands a step printed. */
const WORKFLOW_COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::/;
/** Workflow-command escapes: `%25` `%0D` `%0A`, and in property values also `%3A` `%2C`. */
const ESCAPE = /%(25|0D|0A|3A|2C)/gi;
const UNESCAPED = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' };
function unescape$1(s) {
    return s.includes('%') ? s.replace(ESCAPE, (_, code) => UNESCAPED[code.toUpperCase()]) : s;
}
/** Fills the record from a line body (the text after the envelope). */
function parseBody(line, from, fields) {
    const c = line.charCodeAt(from);
    const body = from === 0 ? line : line.slice(from);
    if (c === 35 && line.charCodeAt(from + 1) === 35) {
        const m = RUNNER_COMMAND.exec(body);
        if (m !== null) {
            command(fields, m[1], messageFrom(body, m[0].length));
            return;
        }
    }
    else if (c === 58 && line.charCodeAt(from + 1) === 58) {
        const m = WORKFLOW_COMMAND.exec(body);
        if (m !== null) {
            const labels = command(fields, m[1], unescape$1(messageFrom(body, m[0].length)));
            if (m[2] !== undefined) {
                for (const pair of m[2].split(',')) {
                    const eq = pair.indexOf('=');
                    if (eq > 0)
                        labels[pair.slice(0, eq).trim()] = unescape$1(pair.slice(eq + 1));
                }
            }
            return;
        }
    }
    fields.message = messageFrom(body, 0);
    plainLevel(body, 0, fields);
}
function command(fields, name, data) {
    const labels = (fields.labels = { command: name });
    // The value of `::add-mask::` is a secret by definition; it must not travel on in the record.
    fields.message = name === 'add-mask' ? '***' : data;
    const level = COMMAND_LEVELS[name];
    if (level !== undefined)
        fields.log = { level, original_level: name };
    return labels;
}
/**
 * GitHub Actions job logs: every line has the runner's timestamp envelope (→ `@timestamp`); the body is
 * a `##[group]`/`##[endgroup]`/`##[error]`/`##[warning]`/`##[notice]`/`##[debug]`/`##[command]` marker,
 * a `::error file=x,line=3::msg` workflow command (properties → labels, `labels.command` the command),
 * or a step's own output (plain: its level word, if any). The group a line belongs to needs state across
 * frames: see GroupTracker; createParser keeps one per source.
 */
function githubActionsFormat(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        const body = envelopeLength(line);
        const fields = { message: '' };
        if (body > 0) {
            const iso = ts.iso(ts.scan(line, 0));
            if (iso !== undefined)
                fields['@timestamp'] = iso;
        }
        else if (!isCommand(line, 0)) {
            return undefined;
        }
        parseBody(line, body, fields);
        return fields;
    };
    const tryParse = (frame) => {
        const text = frame.text;
        const nl = text.indexOf('\n');
        if (nl < 0)
            return parseLine(text);
        const fields = parseLine(text.slice(0, nl));
        if (fields !== undefined)
            addContinuation(fields, stripEnvelopes(text.slice(nl + 1)));
        return fields;
    };
    return {
        name: 'github-actions',
        context,
        match: (line) => (envelopeLength(line) > 0 ? 1 : isCommand(line, 0) ? 0.9 : 0),
        envelope: (line) => {
            const n = envelopeLength(line);
            if (n === 0)
                return undefined;
            const end = line.charCodeAt(n - 1) === 32 ? n - 1 : n;
            return { timestamp: line.slice(0, end), body: line.slice(n) };
        },
        startsRecord: (line) => isCommand(line, envelopeLength(line)),
        tryParse,
        parse: (frame) => tryParse(frame) ?? fallback(frame),
    };
}
function isCommand(line, from) {
    const c = line.charCodeAt(from);
    if (c === 35)
        return line.charCodeAt(from + 1) === 35 && line.charCodeAt(from + 2) === 91;
    return c === 58 && line.charCodeAt(from + 1) === 58 && WORKFLOW_COMMAND.test(line.slice(from));
}
/** Continuation lines keep their own envelopes in the frame text; the stack trace should not. */
function stripEnvelopes(text) {
    let out = '';
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const line = nl < 0 ? text.slice(start) : text.slice(start, nl);
        out += line.slice(envelopeLength(line));
        if (nl < 0)
            return out;
        out += '\n';
        start = nl + 1;
    }
}
/**
 * The `##[group]` each frame belongs to. Groups do not nest in GitHub's logs: `##[group]name` (or
 * `::group::name`) opens one, which its own line belongs to, and `##[endgroup]` closes it after its line.
 * One tracker per source, fed every frame in order.
 */
class GroupTracker {
    current;
    /** The group of this frame; also advances the state for the frames after it. */
    track(text) {
        // Most lines mention no group at all: one search decides that.
        if (!text.includes('group'))
            return this.current;
        let group;
        let first = true;
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            const lineStart = start;
            const line = text.slice(lineStart, end);
            const b = envelopeLength(line);
            let close = false;
            if (line.startsWith('##[group]', b))
                this.current = messageFrom(line, b + 9);
            else if (line.startsWith('::group::', b))
                this.current = unescape$1(messageFrom(line, b + 9));
            else
                close = line.startsWith('##[endgroup]', b) || line.startsWith('::endgroup::', b);
            if (first) {
                group = this.current;
                first = false;
            }
            if (close)
                this.current = undefined;
            if (nl < 0)
                return group;
            start = nl + 1;
        }
    }
}

function isSpace(c) {
    return c === 32 || c === 9;
}
function skipSpaces(line, i) {
    while (isSpace(line.charCodeAt(i)))
        i++;
    return i;
}
/** A separator between header fields: `-`, `--`, `---` (Spring Boot) or `|`, then spaces. */
function skipSeparator(line, i) {
    const c = line.charCodeAt(i);
    if (c !== 45 && c !== 124)
        return i;
    let j = i + 1;
    while (line.charCodeAt(j) === c && j - i < 3)
        j++;
    return isSpace(line.charCodeAt(j)) ? skipSpaces(line, j) : i;
}
/** The index of the `]` closing the `[` at `i`, allowing one level of nesting (`[QuorumPeer[myid=1]/0:...]`). */
function closeBracket(line, i) {
    let depth = 0;
    for (let j = i; j < line.length; j++) {
        const c = line.charCodeAt(j);
        if (c === 91)
            depth++;
        else if (c === 93 && --depth === 0)
            return j;
    }
    return -1;
}
/** A level inside brackets: `[error]`, `[INFO]`, Apache 2.4's `[core:error]`. */
function bracketLevel(content) {
    const colon = content.indexOf(':');
    return levelFromWord(colon < 0 ? content : content.slice(colon + 1));
}
/**
 * Zookeeper's log4j `%t:%C{1}@%L` (`SendWorker:188978561024:QuorumCnxManager$SendWorker@688`): the index
 * of the colon between thread and class, or -1 when the content is not that.
 */
function threadClassColon(content) {
    const at = content.lastIndexOf('@');
    if (at < 0 || at === content.length - 1)
        return -1;
    for (let k = at + 1; k < content.length; k++) {
        const c = content.charCodeAt(k);
        if (c < 48 || c > 57)
            return -1;
    }
    const colon = content.lastIndexOf(':', at);
    if (colon <= 0 || colon === at - 1)
        return -1;
    for (let k = colon + 1; k < at; k++) {
        const c = content.charCodeAt(k);
        if (!isNameChar(c) || c === 47 || c === 45)
            return -1;
    }
    return colon;
}
/** Apache 2.4's `[pid 1234:tid 5678]`. */
const PID_TID = /^pid (\d+)(?::tid (\d+))?$/;
/** Python's `asctime - name - LEVEL - message`: the logger comes before the level. */
const LOGGER_BEFORE_LEVEL = /([\w$.:-]+) +- +/y;
function isLetter(c) {
    return (c | 32) >= 97 && (c | 32) <= 122;
}
function isNameChar(c) {
    // letters, digits, _ $ . / -
    return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 47 || c === 45;
}
/** The end of the run of letters at `i`. */
function letters(line, i) {
    while (isLetter(line.charCodeAt(i)))
        i++;
    return i;
}
/**
 * A logger before the message: `dfs.DataNode$PacketResponder: `, Spring Boot's padded `c.e.Demo   : `,
 * logback's `com.x.Y - `. Only dotted names (or padded ones) count, so a message that starts with
 * `Word: ...` keeps its word. Returns the index of the message, or -1; `end` of the name in `loggerEnd`.
 */
let loggerEnd = 0;
function loggerAt(line, i) {
    const c0 = line.charCodeAt(i);
    if (!isLetter(c0) && c0 !== 95 && c0 !== 36)
        return -1;
    let j = i + 1;
    let dotted = false;
    for (;;) {
        const c = line.charCodeAt(j);
        // Brackets too: Tomcat's abbreviated servlet loggers look like `o.a.c.c.C.[.[.[/].[dispatcherServlet]`.
        if (!isNameChar(c) && c !== 91 && c !== 93)
            break;
        if (c === 46 || c === 36 || c === 47)
            dotted = true;
        j++;
    }
    loggerEnd = j;
    let k = j;
    while (line.charCodeAt(k) === 32)
        k++;
    const c = line.charCodeAt(k);
    if (c === 58) {
        // `name: msg` or `name   : msg` (padded: a logger column, dotted or not)
        const after = line.charCodeAt(k + 1);
        if (!(after === 32 || k + 1 === line.length) || !(dotted || k > j))
            return -1;
        return skipSpaces(line, k + 1);
    }
    if (c === 45 && k > j && line.charCodeAt(k + 1) === 32 && dotted)
        return skipSpaces(line, k + 1); // `name - msg`
    return -1;
}
/**
 * The generic "timestamp [pid] level [thread] logger: message" header, in its common variants:
 * HDFS `081109 203615 148 INFO dfs.DataNode$PacketResponder: msg`, Hadoop `2015-10-18 18:01:47,978 INFO
 * [main] org.x.Y: msg`, Spark `17/06/09 20:10:40 INFO executor.X: msg`, Zookeeper `... - INFO
 * [thread:Class@774] - msg`, Apache `[Sun Dec 04 04:47:44 2005] [error] msg`, log4j/logback, Spring Boot,
 * Python logging, nginx error logs (`2024/05/01 12:00:00 [error] 12#0: msg`). One scanner, read left to
 * right, rather than a regex per system: each part is optional except the timestamp and the level.
 */
function headerFormat(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        const bracketed = line.charCodeAt(0) === 91;
        let i = bracketed ? 1 : 0;
        const ms = ts.scan(line, i);
        if (Number.isNaN(ms))
            return undefined;
        i = ts.end;
        if (bracketed) {
            if (line.charCodeAt(i) !== 93)
                return undefined;
            i++;
        }
        if (!isSpace(line.charCodeAt(i)))
            return undefined;
        i = skipSpaces(line, i);
        let pid = -1;
        let thread;
        let logger;
        let level;
        let original;
        // Numbers before the level: a pid (HDFS), then a thread id (Android's logcat).
        for (let k = 0; k < 2; k++) {
            let j = i;
            let n = 0;
            while (line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57 && j - i < 10)
                n = n * 10 + line.charCodeAt(j++) - 48;
            if (j === i || !isSpace(line.charCodeAt(j)))
                break;
            if (k === 0)
                pid = n;
            else
                thread = line.slice(i, j);
            i = skipSpaces(line, j);
        }
        i = skipSeparator(line, i);
        if (line.charCodeAt(i) === 91) {
            // `[error]` (Apache) or a thread before the level (logback's `[main] INFO ...`).
            const close = closeBracket(line, i);
            if (close < 0)
                return undefined;
            const content = line.slice(i + 1, close);
            level = bracketLevel(content);
            if (level !== undefined)
                original = content;
            else
                thread = content;
            i = skipSpaces(line, close + 1);
        }
        if (level === undefined) {
            let end = letters(line, i);
            if (end > i)
                level = wordLevel(line, i, end);
            if (level === undefined) {
                LOGGER_BEFORE_LEVEL.lastIndex = i;
                const m = LOGGER_BEFORE_LEVEL.exec(line);
                if (m === null)
                    return undefined;
                logger = m[1];
                i = LOGGER_BEFORE_LEVEL.lastIndex;
                end = letters(line, i);
                if (end > i)
                    level = wordLevel(line, i, end);
                if (level === undefined)
                    return undefined;
            }
            original = line.slice(i, end);
            i = end;
            if (line.charCodeAt(i) === 58 || line.charCodeAt(i) === 93)
                i++;
            i = skipSpaces(line, i);
        }
        // After the level: Spring Boot's `pid ---` (only with the dashes: `INFO 3 files copied` has no pid),
        // then `[thread]`s.
        if (pid < 0) {
            let j = i;
            let n = 0;
            while (line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57 && j - i < 10)
                n = n * 10 + line.charCodeAt(j++) - 48;
            const dashes = skipSpaces(line, j);
            if (j > i && dashes > j && line.startsWith('---', dashes)) {
                pid = n;
                i = dashes;
            }
        }
        i = skipSeparator(line, i);
        let source;
        while (line.charCodeAt(i) === 91) {
            const close = closeBracket(line, i);
            if (close < 0)
                break;
            const content = line.slice(i + 1, close);
            const pidTid = PID_TID.exec(content);
            if (pidTid !== null) {
                pid = Number(pidTid[1]);
                if (pidTid[2] !== undefined)
                    thread = pidTid[2];
            }
            else if (content.startsWith('client ')) {
                // Apache's `[client 1.2.3.4:5678]` is the peer: `source.ip`. It stays in the message too, being
                // part of what the server said (and Loghub's Content keeps it).
                source = clientAddress(content.slice(7));
                break;
            }
            else if (thread === undefined) {
                const colon = threadClassColon(content);
                if (colon > 0) {
                    thread = content.slice(0, colon);
                    logger = content.slice(colon + 1, content.lastIndexOf('@'));
                }
                else {
                    thread = content.trim();
                }
            }
            else {
                break;
            }
            i = skipSpaces(line, close + 1);
        }
        const sep = skipSeparator(line, i);
        if (sep !== i) {
            i = sep;
        }
        else if (logger === undefined) {
            const message = loggerAt(line, i);
            if (message >= 0) {
                logger = line.slice(i, loggerEnd);
                i = message;
            }
        }
        const fields = { message: messageFrom(line, i) };
        const iso = ts.iso(ms);
        if (iso !== undefined)
            fields['@timestamp'] = iso;
        fields.log =
            logger === undefined ? { level, original_level: original } : { level, logger, original_level: original };
        if (pid >= 0 || thread !== undefined) {
            const process = {};
            if (pid >= 0)
                process.pid = pid;
            if (thread !== undefined)
                process.thread = { name: thread };
            fields.process = process;
        }
        if (source !== undefined)
            fields.source = { ip: source };
        return fields;
    };
    return lineFormat({
        name: 'header',
        match: (line) => (parseLine(line) === undefined ? 0 : 1),
        // Called by framing on every line, so only the cheap part: a line that starts with a timestamp.
        startsRecord: (line) => !Number.isNaN(ts.scan(line, line.charCodeAt(0) === 91 ? 1 : 0)),
        parseLine,
    }, context, fallback);
}
/** `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678`, `::1` → the address without its port. */
function clientAddress(peer) {
    if (peer.charCodeAt(0) === 91) {
        const close = peer.indexOf(']');
        return close < 0 ? peer : peer.slice(1, close);
    }
    const colon = peer.indexOf(':');
    return colon >= 0 && peer.indexOf(':', colon + 1) < 0 ? peer.slice(0, colon) : peer;
}
/**
 * The level a word after the timestamp names, when it stands alone (end, space, `:`, `]`). One-letter
 * levels (logcat's `I`, glog's) only before a space: `2024-01-01 12:00 A ...` is not a level.
 */
function wordLevel(line, start, end) {
    const c = line.charCodeAt(end);
    if (end - start === 1 && !isSpace(c))
        return undefined;
    if (end - start > 13 || (end < line.length && !isSpace(c) && c !== 58 && c !== 93))
        return undefined;
    return levelFromWord(line.slice(start, end));
}

/**
 * The object a text holds, or undefined. Only text that starts with `{` and ends with `}` reaches
 * JSON.parse: a failed parse throws, and throwing per line would cost far more than the check.
 */
function parseObject(text) {
    let start = 0;
    while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)
        start++;
    if (text.charCodeAt(start) !== 123)
        return undefined;
    let end = text.length - 1;
    while (end > start && (text.charCodeAt(end) <= 32 || text.charCodeAt(end) === 13))
        end--;
    if (text.charCodeAt(end) !== 125)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * JSON lines: one object per line, mapped to ECS by FieldMapper. A frame that is one pretty-printed object
 * is read whole; a JSON line followed by raw lines (a stack trace printed beside the logger) keeps them as
 * continuation. No message field: the line itself is the message, so the record stays searchable.
 */
function jsonFormat(context, fallback) {
    const mapper = new FieldMapper(context.ts);
    const fromObject = (object, text) => {
        const out = mapper.begin();
        for (const key in object)
            mapper.set(out, key, object[key]);
        if (!mapper.hasMessage())
            out.message = text;
        return out;
    };
    const tryParse = (frame) => {
        const text = frame.text;
        const whole = parseObject(text);
        if (whole !== undefined)
            return fromObject(whole, text);
        const nl = text.indexOf('\n');
        if (nl < 0)
            return undefined;
        const line = text.slice(0, nl);
        const object = parseObject(line);
        if (object === undefined)
            return undefined;
        const fields = fromObject(object, line);
        addContinuation(fields, text.slice(nl + 1));
        return fields;
    };
    return {
        name: 'json',
        context,
        match: (line) => (parseObject(line) === undefined ? 0 : 1),
        startsRecord: (line) => line.charCodeAt(0) === 123,
        tryParse,
        parse: (frame) => tryParse(frame) ?? fallback(frame),
    };
}

function isKeyStart(c) {
    return ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 64; // letter, _, @
}
function isKeyChar(c) {
    return isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47; // digit . - /
}
/** Go-style escapes inside a quoted value. */
function unescape(s) {
    return s.replace(/\\(["\\ntr])/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
}
/** True when the backslashes ending at `at` (going back to `from`) are an even number: they escape each other. */
function evenBackslashes(line, at, from) {
    let k = at;
    while (k >= from && line.charCodeAt(k) === 92)
        k--;
    return (at - k) % 2 === 0;
}
/** Bare keys (flags) the last scanPairs call met. */
let flags = 0;
/**
 * Reads `key=value key="quoted \"value\"" flag` pairs, calling `pair` for each; returns how many
 * `key=value` pairs the line held (flags are counted in `flags`), or -1 when a token is neither (a line
 * of prose with one `=` in it is not logfmt).
 */
function scanPairs(line, pair) {
    flags = 0;
    const n = line.length;
    let i = 0;
    let count = 0;
    while (i < n) {
        while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)
            i++;
        if (i >= n)
            break;
        if (!isKeyStart(line.charCodeAt(i)))
            return -1;
        const keyStart = i;
        while (isKeyChar(line.charCodeAt(i)))
            i++;
        const key = line.slice(keyStart, i);
        const c = line.charCodeAt(i);
        if (c === 61) {
            i++;
            let value;
            // Values are most of a line: indexOf finds their ends faster than a loop over characters.
            if (line.charCodeAt(i) === 34) {
                const from = i + 1;
                let close = line.indexOf('"', from);
                while (close > 0 && line.charCodeAt(close - 1) === 92 && !evenBackslashes(line, close - 1, from)) {
                    close = line.indexOf('"', close + 1);
                }
                if (close < 0)
                    return -1; // unterminated quote
                value = line.slice(from, close);
                if (value.includes('\\'))
                    value = unescape(value);
                i = close + 1;
            }
            else {
                const from = i;
                let end = line.indexOf(' ', i);
                if (end < 0)
                    end = n;
                value = line.slice(from, end);
                const tab = value.indexOf('\t');
                if (tab >= 0) {
                    end = from + tab;
                    value = value.slice(0, tab);
                }
                i = end;
            }
            pair?.(key, value);
            count++;
        }
        else if (i >= n || c === 32 || c === 9) {
            // A bare key is a flag: logfmt reads it as true.
            pair?.(key, 'true');
            flags++;
        }
        else {
            return -1;
        }
    }
    return count;
}
/** logfmt (`time=... level=info msg="..." key=value`), with the same field names as JSON lines. */
function logfmtFormat(context, fallback) {
    const mapper = new FieldMapper(context.ts);
    let out = { message: '' };
    const pair = (key, value) => mapper.set(out, key, value);
    const parseLine = (line) => {
        // A cheap first test: logfmt starts with `key=`.
        const eq = line.indexOf('=');
        if (eq <= 0 || !isKeyStart(line.charCodeAt(0)))
            return undefined;
        out = mapper.begin();
        const count = scanPairs(line, pair);
        if (count < 1)
            return undefined;
        const fields = out;
        if (!mapper.hasMessage())
            fields.message = line;
        return fields;
    };
    const match = (line) => {
        const eq = line.indexOf('=');
        if (eq <= 0 || !isKeyStart(line.charCodeAt(0)) || line.charCodeAt(eq - 1) === 32)
            return 0;
        // Prose with a `key=value` in it would be pairs and many flags; logfmt is mostly pairs.
        const count = scanPairs(line, undefined);
        if (flags * 2 > count)
            return 0;
        return count >= 3 ? 1 : count === 2 ? 0.8 : 0;
    };
    return lineFormat({ name: 'logfmt', match, parseLine }, context, fallback);
}

const FACILITIES = [
    'kern',
    'user',
    'mail',
    'daemon',
    'auth',
    'syslog',
    'lpr',
    'news',
    'uucp',
    'cron',
    'authpriv',
    'ftp',
    'ntp',
    'security',
    'console',
    'solaris-cron',
    'local0',
    'local1',
    'local2',
    'local3',
    'local4',
    'local5',
    'local6',
    'local7',
];
/** `<PRI>`: returns the index after it and sets `pri`, or returns 0 when there is none. */
function readPri(line, state) {
    state.pri = -1;
    if (line.charCodeAt(0) !== 60)
        return 0;
    let i = 1;
    let pri = 0;
    while (i < 4 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57)
        pri = pri * 10 + line.charCodeAt(i++) - 48;
    if (i === 1 || line.charCodeAt(i) !== 62 || pri > 191)
        return 0;
    state.pri = pri;
    return i + 1;
}
function applyPri(fields, pri) {
    if (pri < 0)
        return;
    const severity = pri & 7;
    fields.log = { level: levelFromSyslogSeverity(severity), original_level: String(severity) };
    const facility = FACILITIES[pri >> 3];
    if (facility !== undefined)
        (fields.labels ??= {}).syslog_facility = facility;
}
function setPid(fields, procid) {
    const pid = toInt(procid);
    if (Number.isInteger(pid))
        fields.process = { pid };
    else
        (fields.labels ??= {}).procid = procid;
}
/** After the timestamp: `tag[pid]: ` with no host (local socket), or `host tag[pid]: `. */
const TAG_ONLY = /([^\s:[\]]+)(?:\[([^\]\s]*)\])?: ?/y;
const HOST_TAG = /(\S+) ([^\s:[\]]+)(?:\[([^\]\s]*)\])?: ?/y;
const HOST_ONLY = /(\S+) ?/y;
/** Without a PRI, daemons such as sshd still say how bad it is: `error: ...`, `fatal: ...`. */
const LEADING_LEVEL = /^(error|fatal|warning|notice|info|debug)(?=:)/i;
/**
 * RFC 3164 (BSD) syslog: `<PRI>Mmm dd hh:mm:ss host app[pid]: msg`, with or without the PRI (files that
 * rsyslog writes have none), and with an RFC 3339 timestamp (rsyslog's high-precision template). The app
 * name becomes `service.name`; PRI's severity the level.
 */
function syslog3164Format(context, fallback) {
    const ts = context.ts;
    const state = { pri: -1 };
    /** How much of the header a line has: 0 none, 1 timestamp and host, 2 also a tag. */
    let shape = 0;
    const parseLine = (line) => {
        shape = 0;
        const start = readPri(line, state);
        // BSD syslog's `Mmm dd hh:mm:ss`, or the RFC 3339 form rsyslog writes; no other numeric form.
        const c = line.charCodeAt(start);
        if (c <= 57 && line.charCodeAt(start + 4) !== 45)
            return undefined;
        const ms = ts.scan(line, start);
        if (Number.isNaN(ms) || line.charCodeAt(ts.end) !== 32)
            return undefined;
        const after = ts.end + 1;
        const fields = { message: '' };
        const iso = ts.iso(ms);
        if (iso !== undefined)
            fields['@timestamp'] = iso;
        let m;
        TAG_ONLY.lastIndex = after;
        HOST_TAG.lastIndex = after;
        if ((m = TAG_ONLY.exec(line)) !== null) {
            fields.service = { name: m[1] };
            if (m[2])
                setPid(fields, m[2]);
            shape = 2;
        }
        else if ((m = HOST_TAG.exec(line)) !== null && levelFromWord(m[1]) === undefined) {
            // (A level word where the host should be is a `timestamp LEVEL logger: msg` header, not syslog.)
            fields.host = { name: m[1] };
            fields.service = { name: m[2] };
            if (m[3])
                setPid(fields, m[3]);
            shape = 2;
        }
        else {
            // `timestamp word ...` alone is any log with a timestamp; only the BSD form says it is syslog.
            if (c <= 57)
                return undefined;
            HOST_ONLY.lastIndex = after;
            m = HOST_ONLY.exec(line);
            if (m === null)
                return undefined;
            fields.host = { name: m[1] };
            shape = 1;
        }
        fields.message = messageFrom(line, m.index + m[0].length);
        applyPri(fields, state.pri);
        if (state.pri < 0) {
            const word = LEADING_LEVEL.exec(fields.message)?.[1];
            const level = word === undefined ? undefined : levelFromWord(word);
            if (level !== undefined)
                fields.log = { level, original_level: word };
        }
        return fields;
    };
    const match = (line) => {
        if (parseLine(line) === undefined)
            return 0;
        const base = state.pri >= 0 ? 0.1 : 0;
        return shape === 2 ? 0.9 + base : 0.5 + base;
    };
    const startsRecord = (line) => !Number.isNaN(ts.scan(line, readPri(line, state)));
    return lineFormat({ name: 'syslog-3164', match, startsRecord, parseLine }, context, fallback);
}
const HEADER_5424 = /^<(\d{1,3})>(\d{1,2}) (\S+) (\S+) (\S+) (\S+) (\S+)(?: |$)/;
const SD_ESCAPE = /\\(["\\\]])/g;
/**
 * RFC 5424 syslog: `<PRI>VERSION TIMESTAMP HOST APP PROCID MSGID [SD-ID k="v"...] MSG`. `-` is the
 * empty value. Structured-data parameters become labels named `<sd-id>_<param>`; MSGID becomes
 * `labels.msgid`.
 */
function syslog5424Format(context, fallback) {
    const ts = context.ts;
    const parseLine = (line) => {
        if (line.charCodeAt(0) !== 60)
            return undefined;
        const m = HEADER_5424.exec(line);
        if (m === null)
            return undefined;
        const [, pri, , time, host, app, procid, msgid] = m;
        if (Number(pri) > 191)
            return undefined;
        const fields = { message: '' };
        if (time !== '-') {
            const iso = ts.parse(time);
            if (iso !== undefined)
                fields['@timestamp'] = iso;
        }
        if (host !== '-')
            fields.host = { name: host };
        if (app !== '-')
            fields.service = { name: app };
        if (procid !== '-')
            setPid(fields, procid);
        if (msgid !== '-')
            (fields.labels ??= {}).msgid = msgid;
        let i = m[0].length;
        if (line.charCodeAt(i) === 91)
            i = readStructuredData(line, i, fields);
        else if (line.charCodeAt(i) === 45)
            i++;
        else if (i < line.length)
            return undefined;
        if (line.charCodeAt(i) === 32)
            i++;
        if (line.charCodeAt(i) === 0xfeff)
            i++; // MSG may start with a BOM to say it is UTF-8
        fields.message = messageFrom(line, i);
        applyPri(fields, Number(pri));
        return fields;
    };
    return lineFormat({
        name: 'syslog-5424',
        match: (line) => (parseLine(line) === undefined ? 0 : 1),
        startsRecord: (line) => HEADER_5424.test(line),
        parseLine,
    }, context, fallback);
}
/** `[id k="v" k2="v"][id2 ...]` from `i`; returns the index after it. */
function readStructuredData(line, i, fields) {
    const n = line.length;
    while (line.charCodeAt(i) === 91) {
        let j = i + 1;
        while (j < n && line.charCodeAt(j) !== 32 && line.charCodeAt(j) !== 93)
            j++;
        const id = line.slice(i + 1, j).replaceAll('.', '_');
        while (line.charCodeAt(j) === 32) {
            const eq = line.indexOf('=', j);
            if (eq < 0 || line.charCodeAt(eq + 1) !== 34)
                return n;
            const name = line.slice(j + 1, eq).replaceAll('.', '_');
            let k = eq + 2;
            let escaped = false;
            while (k < n && line.charCodeAt(k) !== 34) {
                if (line.charCodeAt(k) === 92) {
                    escaped = true;
                    k++;
                }
                k++;
            }
            const raw = line.slice(eq + 2, k);
            (fields.labels ??= {})[`${id}_${name}`] = escaped ? raw.replace(SD_ESCAPE, '$1') : raw;
            j = k + 1;
        }
        if (line.charCodeAt(j) !== 93)
            return n;
        i = j + 1;
    }
    return i;
}

const FORMAT_NAMES = [
    'github-actions',
    'json',
    'logfmt',
    'syslog-5424',
    'syslog-3164',
    'access-log',
    'bgl',
    'delimited',
    'header',
    'plain',
];
/** Every built-in format, sharing one context, each falling back to plain for frames it cannot read. */
function builtinFormats(context) {
    const plain = plainFormat(context);
    const fallback = plain.parse;
    const formats = [
        githubActionsFormat(context, fallback),
        jsonFormat(context, fallback),
        logfmtFormat(context, fallback),
        syslog5424Format(context, fallback),
        syslog3164Format(context, fallback),
        accessFormat(context, fallback),
        bglFormat(context, fallback),
        delimitedFormat(context, fallback),
        headerFormat(context, fallback),
        plain,
    ];
    return new Map(formats.map((f) => [f.name, f]));
}

/** Below this average score no format is convincing, and the source is read as plain text. */
const MIN_SCORE = 0.5;
/** Two formats closer than this fit equally well; picking one would be a coin toss, so plain it is. */
const TIE_MARGIN = 0.02;
/** Lines of the sample that are looked at. */
const SAMPLE_LINES = 100;
function toContext(options) {
    return 'ts' in options ? options : createContext(options);
}
/**
 * How well each built-in format fits a sample, best first (plain excluded). Lines that start with
 * whitespace are left out when others remain: they are continuation lines (stack frames, wrapped
 * output) that no header format claims, and would otherwise penalise formats of multi-line logs. Lines
 * are scored without their ANSI colours, as createParser parses them.
 */
function scoreFormats(sample, options = {}) {
    const lines = [];
    const indented = [];
    for (const line of sample) {
        if (lines.length >= SAMPLE_LINES)
            break;
        if (line.trim().length === 0)
            continue;
        const c = line.charCodeAt(0);
        if (c === 32 || c === 9)
            indented.push(stripAnsi(line));
        else
            lines.push(stripAnsi(line));
    }
    const considered = lines.length > 0 ? lines : indented.slice(0, SAMPLE_LINES);
    const scores = [];
    if (considered.length === 0)
        return scores;
    for (const [name, format] of builtinFormats(toContext(options))) {
        if (name === 'plain')
            continue;
        let sum = 0;
        for (const line of considered)
            sum += format.match(line);
        scores.push({ name, score: sum / considered.length });
    }
    return scores.sort((a, b) => b.score - a.score);
}
/**
 * The format of a source from a sample of its first non-empty lines (50–100 is plenty): the best scoring
 * format, or plain when none scores at least MIN_SCORE or the best two tie. The format is bound to the
 * options (time zone, clock) for the whole source.
 */
function detectFormat(sample, options = {}) {
    const context = toContext(options);
    const formats = builtinFormats(context);
    const [best, second] = scoreFormats(sample, context);
    const name = best === undefined ||
        best.score < MIN_SCORE ||
        (second !== undefined && best.score - second.score < TIE_MARGIN)
        ? 'plain'
        : best.name;
    return formats.get(name);
}
/** A built-in format by name (for a format set in the configuration rather than detected). */
function createFormat(name, options = {}) {
    const format = builtinFormats(toContext(options)).get(name);
    if (format === undefined) {
        throw new ConfigError(`unknown log format '${String(name)}'`, {
            hint: `use one of ${FORMAT_NAMES.join(', ')}`,
        });
    }
    return format;
}

/**
 * The parser of one source in a given format. A frame the format does not fit (a stray non-JSON line in
 * a JSON file, a banner before the first header) is read as plain, and `logward.format` says so, rather
 * than failing the record. A built-in format keeps the options it was detected with unless `options`
 * sets some (then it is rebuilt with them), so `createParser(detectFormat(sample), { timezone })` works.
 * ANSI colour codes are removed before parsing: no field of the record carries them.
 */
function createParser(format, options = {}) {
    const rebind = options.timezone !== undefined || options.now !== undefined;
    let own = isParserFormat(format) ? format : undefined;
    if (own !== undefined && rebind)
        own = builtinFormats(createContext(options)).get(own.name) ?? own;
    const plain = plainFormat(own !== undefined && !rebind ? own.context : createContext(options));
    const name = format.name;
    const tryParse = own !== undefined ? own.tryParse : (frame) => format.parse(frame);
    const groups = name === 'github-actions' ? new GroupTracker() : undefined;
    return {
        format,
        parse(frame) {
            const text = stripAnsi(frame.text);
            if (text !== frame.text)
                frame = { ...frame, text };
            let fields = tryParse(frame);
            let used = name;
            if (fields === undefined) {
                fields = plain.tryParse(frame);
                used = 'plain';
            }
            const out = fields;
            out.logward = { format: used };
            if (groups !== undefined) {
                const group = groups.track(frame.text);
                if (group !== undefined)
                    out.logward.group = group;
            }
            return out;
        },
    };
}

export { FORMAT_NAMES as F, formatBytes as a, createFormat as b, createParser as c, detectFormat as d, formatCount as f, plural as p };
