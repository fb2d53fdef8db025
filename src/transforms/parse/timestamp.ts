import { wallClock, type WallClock } from './timezone.js'

export interface TimestampOptions {
  /**
   * IANA zone (`Europe/Berlin`) in which timestamps written without an offset are read. Default `UTC`.
   * Timestamps that carry an offset (`Z`, `+02:00`, `-0500`) are always converted with their own offset.
   */
  timezone?: string
  /** The current time in epoch ms, used to infer the year of syslog timestamps. Default `Date.now`. */
  now?: () => number
}

const DAY = 86_400_000
/** 0000-01-01 and 9999-12-31: the range a 4-digit ISO year can show; outside it there is no valid output. */
const MIN_EPOCH = -62_167_219_200_000
const MAX_EPOCH = 253_402_300_799_999

/** '000'..'999' and '00'..'99', so formatting a time of day is lookups and one concatenation. */
const MILLIS: string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))
const TWO: string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'))

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Month and weekday names keyed by their three letters folded to lower case and packed into one number,
 * so looking one up allocates no string.
 */
function key3(s: string, i: number): number {
  return ((s.charCodeAt(i) | 32) << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32)
}
const MONTHS = new Map<number, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [
    key3(m, 0),
    i,
  ]),
)
const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => key3(d, 0)))

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122
}

/** `len` digits at `i` as a number, or -1 when any of them is not a digit. */
function digits(s: string, i: number, len: number): number {
  let n = 0
  for (let k = i; k < i + len; k++) {
    const d = s.charCodeAt(k) - 48
    if (!(d >= 0 && d <= 9)) return -1
    n = n * 10 + d
  }
  return n
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): integer math only. */
function daysFromCivil(y: number, m: number, d: number): number {
  if (m <= 2) y--
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + d - 1
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy
  return era * 146_097 + doe - 719_468
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/**
 * Reads the timestamps logs start with, by character position rather than by `new Date(string)`, which
 * guesses, accepts nonsense and reads offset-less times in the host's zone. One instance per source: it
 * keeps the position where the last timestamp ended (`end`) and a one-day formatting cache.
 */
export class TimestampParser {
  /** After a successful `scan`: the index just past the timestamp. */
  end = 0
  readonly zone: string
  private readonly clock: WallClock
  private readonly now: () => number
  // The time of day read by `time()`; fields rather than a returned object so reading one allocates nothing.
  private hour = 0
  private minute = 0
  private second = 0
  private millis = 0
  /** Offset in minutes read by `offset()`, or NaN for none written. */
  private offsetMinutes = NaN
  private lastDay = NaN
  // The current year for inferYear, and the instants it spans, so the year is not recomputed per line.
  private year = 0
  private yearStart = NaN
  private yearEnd = NaN
  private dayPrefix = ''

  constructor(options: TimestampOptions = {}) {
    this.clock = wallClock(options.timezone ?? 'UTC')
    this.zone = this.clock.zone
    this.now = options.now ?? Date.now
  }

  /** Epoch ms as ISO 8601 UTC with milliseconds, or undefined when out of the 4-digit-year range. */
  iso(ms: number): string | undefined {
    if (!(ms >= MIN_EPOCH && ms <= MAX_EPOCH)) return undefined
    const whole = Math.floor(ms)
    const day = Math.floor(whole / DAY)
    // Consecutive lines mostly share their day: Date formats the date once, the time of day is lookups.
    if (day !== this.lastDay) {
      this.lastDay = day
      this.dayPrefix = new Date(day * DAY).toISOString().slice(0, 11)
    }
    let rest = whole - day * DAY
    const hour = (rest / 3_600_000) | 0
    rest -= hour * 3_600_000
    const minute = (rest / 60_000) | 0
    rest -= minute * 60_000
    const second = (rest / 1000) | 0
    return `${this.dayPrefix}${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${MILLIS[rest - second * 1000]}Z`
  }

  /**
   * A numeric epoch of unknown unit, told apart by magnitude: seconds (< 1e11, up to year 5138),
   * milliseconds (< 1e14), microseconds (< 1e17), else nanoseconds.
   */
  epoch(value: number): string | undefined {
    if (!Number.isFinite(value)) return undefined
    const abs = Math.abs(value)
    const ms = abs < 1e11 ? value * 1000 : abs < 1e14 ? value : abs < 1e17 ? value / 1000 : value / 1e6
    return this.iso(ms)
  }

  /**
   * A whole field value (JSON, logfmt) as a timestamp: any form `scan` reads, a date alone, or an epoch
   * number written as a string. Undefined when unparseable; never a guess.
   */
  parse(value: string): string | undefined {
    const n = value.length
    if (n === 0) return undefined
    const c = value.charCodeAt(0)
    if (isDigit(c) || c === 45) {
      // Digits alone (optionally with a fraction): an epoch. Fewer than 9 are not (`2024`, `20171223`).
      const from = c === 45 ? 1 : 0
      let k = from
      while (k < n && isDigit(value.charCodeAt(k))) k++
      if (k - from >= 9 && (k === n || value.charCodeAt(k) === 46)) {
        const num = Number(value)
        if (!Number.isNaN(num)) return this.epoch(num)
      }
    }
    const ms = this.scan(value, 0, true)
    if (Number.isNaN(ms)) return undefined
    let end = this.end
    while (end < n && value.charCodeAt(end) === 32) end++
    return end === n ? this.iso(ms) : undefined
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
  scan(s: string, start = 0, dateOnly = false): number {
    const c = s.charCodeAt(start)
    if (isDigit(c)) return this.scanNumeric(s, start, dateOnly)
    if (isLetter(c)) return this.scanNamed(s, start)
    return NaN
  }

  private scanNumeric(s: string, start: number, dateOnly: boolean): number {
    let j = start + 1
    while (isDigit(s.charCodeAt(j))) j++
    const sep = s.charCodeAt(j)
    switch (j - start) {
      case 4: {
        if (sep !== 45 && sep !== 47 && sep !== 46) return NaN // - / .
        // yyyy-MM-dd, yyyy/MM/dd or yyyy.MM.dd: the same separator twice.
        if (s.charCodeAt(start + 7) !== sep) return NaN
        const year = digits(s, start, 4)
        const month = digits(s, start + 5, 2)
        const day = digits(s, start + 8, 2)
        if (month < 0 || day < 0) return NaN
        let k = start + 10
        const t = s.charCodeAt(k)
        if (t === 84 || t === 116 || t === 32) {
          k = this.time(s, k + 1, 58) // T, t or space, then HH:mm[:ss][.f]
        } else if (t === 45 && sep === 45) {
          k = this.time(s, k + 1, 46) // BGL: yyyy-MM-dd-HH.mm.ss.ffffff
        } else if (dateOnly && sep === 45 && !isDigit(t)) {
          this.midnight()
        } else {
          return NaN
        }
        if (k < 0) return NaN
        return this.finish(s, k, year, month, day)
      }
      case 2: {
        if (sep === 47) {
          // dd/MMM/yyyy:HH:mm:ss Z (access logs)
          if (isLetter(s.charCodeAt(start + 3))) return this.scanAccess(s, start)
          if (s.charCodeAt(start + 5) !== 47) return NaN
          const a = digits(s, start, 2)
          const b = digits(s, start + 3, 2)
          let year: number
          let month: number
          let day: number
          let k: number
          const y4 = digits(s, start + 6, 4)
          if (y4 >= 0 && !isDigit(s.charCodeAt(start + 10))) {
            // MM/dd/yyyy HH:mm:ss
            year = y4
            month = a
            day = b
            k = start + 10
          } else {
            // yy/MM/dd HH:mm:ss (Spark)
            const dd = digits(s, start + 6, 2)
            if (a < 0 || dd < 0) return NaN
            year = a < 70 ? 2000 + a : 1900 + a
            month = b
            day = dd
            k = start + 8
          }
          if (s.charCodeAt(k) !== 32) return NaN
          k = this.time(s, k + 1, 58)
          if (k < 0) return NaN
          return this.finish(s, k, year, month, day)
        }
        if (sep === 45 && s.charCodeAt(start + 5) === 32) {
          // MM-dd HH:mm:ss.SSS (Android logcat): no year, inferred as for syslog
          const month = digits(s, start, 2)
          const day = digits(s, start + 3, 2)
          const k = month < 0 || day < 0 ? -1 : this.time(s, start + 6, 58)
          if (k < 0) return NaN
          this.offsetMinutes = NaN
          this.end = k
          return this.inferYear(month, day)
        }
        return NaN
      }
      case 6: {
        // yyMMdd HHmmss (HDFS)
        if (sep !== 32) return NaN
        const time = digits(s, j + 1, 6)
        if (time < 0 || isDigit(s.charCodeAt(j + 7))) return NaN
        const yy = digits(s, start, 2)
        this.hour = (time / 10000) | 0
        this.minute = ((time / 100) | 0) % 100
        this.second = time % 100
        this.millis = 0
        this.offsetMinutes = NaN
        this.end = j + 7
        return this.wall(yy < 70 ? 2000 + yy : 1900 + yy, digits(s, start + 2, 2), digits(s, start + 4, 2))
      }
      case 8: {
        // yyyyMMdd-H:m:s:SSS (HealthApp; its fields are not zero-padded: `20171224-0:0:0:234`)
        if (sep !== 45) return NaN
        const k = this.looseTime(s, j + 1)
        if (k < 0) return NaN
        this.offsetMinutes = NaN
        this.end = k
        return this.wall(digits(s, start, 4), digits(s, start + 4, 2), digits(s, start + 6, 2))
      }
      default:
        return NaN
    }
  }

  /** dd/MMM/yyyy:HH:mm:ss Z */
  private scanAccess(s: string, start: number): number {
    const day = digits(s, start, 2)
    const month = MONTHS.get(key3(s, start + 3))
    if (month === undefined || s.charCodeAt(start + 6) !== 47 || s.charCodeAt(start + 11) !== 58) return NaN
    const year = digits(s, start + 7, 4)
    const k = this.time(s, start + 12, 58)
    if (k < 0 || year < 0) return NaN
    return this.finish(s, k, year, month + 1, day)
  }

  private scanNamed(s: string, start: number): number {
    const name = key3(s, start)
    const month = MONTHS.get(name)
    if (month !== undefined && s.charCodeAt(start + 3) === 32) {
      // Mmm dd HH:mm:ss (syslog; the day is space-padded: `Dec  1`), or ctime's tail `Mmm dd HH:mm:ss yyyy`
      let k = start + 4
      if (s.charCodeAt(k) === 32) k++
      const day = this.dayOfMonth(s, k)
      if (day < 0) return NaN
      k = this.time(s, this.end + 1, 58)
      if (k < 0) return NaN
      // A year after the time only when plausible: the next token may be a host named with digits.
      const year = s.charCodeAt(k) === 32 ? digits(s, k + 1, 4) : -1
      if (year >= 1970 && year <= 2199 && (k + 5 === s.length || s.charCodeAt(k + 5) === 32)) {
        this.offsetMinutes = NaN
        this.end = k + 5
        return this.wall(year, month + 1, day)
      }
      this.offsetMinutes = NaN
      this.end = k
      return this.inferYear(month + 1, day)
    }
    if (WEEKDAYS.has(name)) {
      const sep = s.charCodeAt(start + 3)
      if (sep === 32) {
        // Www Mmm dd HH:mm:ss[.ffffff] yyyy (ctime, Apache error log)
        const m = MONTHS.get(key3(s, start + 4))
        if (m === undefined || s.charCodeAt(start + 7) !== 32) return NaN
        let k = start + 8
        if (s.charCodeAt(k) === 32) k++
        const day = this.dayOfMonth(s, k)
        if (day < 0) return NaN
        k = this.time(s, this.end + 1, 58)
        if (k < 0 || s.charCodeAt(k) !== 32) return NaN
        const year = digits(s, k + 1, 4)
        if (year < 0 || isDigit(s.charCodeAt(k + 5))) return NaN
        this.offsetMinutes = NaN
        this.end = k + 5
        return this.wall(year, m + 1, day)
      }
      if (sep === 44 && s.charCodeAt(start + 4) === 32) {
        // Www, dd Mmm yyyy HH:mm:ss GMT (RFC 1123, HTTP dates)
        const day = this.dayOfMonth(s, start + 5)
        const k = this.end
        const m = day < 0 ? undefined : MONTHS.get(key3(s, k + 1))
        if (m === undefined || s.charCodeAt(k + 4) !== 32 || s.charCodeAt(k + 9) !== 32) return NaN
        const year = digits(s, k + 5, 4)
        const end = this.time(s, k + 10, 58)
        if (year < 0 || end < 0) return NaN
        return this.finish(s, end, year, m + 1, day)
      }
    }
    return NaN
  }

  /** A 1- or 2-digit day followed by a space; sets `end` to the space. */
  private dayOfMonth(s: string, k: number): number {
    if (!isDigit(s.charCodeAt(k))) return -1
    if (isDigit(s.charCodeAt(k + 1))) {
      if (s.charCodeAt(k + 2) !== 32) return -1
      this.end = k + 2
      return digits(s, k, 2)
    }
    if (s.charCodeAt(k + 1) !== 32) return -1
    this.end = k + 1
    return s.charCodeAt(k) - 48
  }

  /**
   * `HH<sep>mm[<sep>ss][.fraction]` at `k` (the fraction also after `,` or, for BGL, the separator
   * itself); sets the time fields and returns the index after it, or -1.
   */
  private time(s: string, k: number, sep: number): number {
    const hour = digits(s, k, 2)
    const minute = digits(s, k + 3, 2)
    if (hour < 0 || minute < 0 || s.charCodeAt(k + 2) !== sep) return -1
    k += 5
    let second = 0
    if (s.charCodeAt(k) === sep && isDigit(s.charCodeAt(k + 1))) {
      second = digits(s, k + 1, 2)
      if (second < 0) return -1
      k += 3
    } else if (sep !== 58) {
      return -1
    }
    let millis = 0
    const f = s.charCodeAt(k)
    if ((f === 46 || f === 44 || (f === sep && sep !== 58)) && isDigit(s.charCodeAt(k + 1))) {
      // Any number of fraction digits; the first three are the milliseconds (truncated, not rounded).
      k++
      let scale = 100
      while (isDigit(s.charCodeAt(k))) {
        millis += (s.charCodeAt(k) - 48) * scale
        scale = scale / 10
        k++
      }
      millis = Math.floor(millis)
    }
    if (isDigit(s.charCodeAt(k))) return -1
    this.hour = hour
    this.minute = minute
    this.second = second
    this.millis = millis
    return k
  }

  /** H:m:s[:SSS] with fields of 1 or 2 digits (HealthApp). */
  private looseTime(s: string, k: number): number {
    const parts = [0, 0, 0, 0]
    for (let p = 0; p < 4; p++) {
      const from = k
      let v = 0
      while (isDigit(s.charCodeAt(k)) && k - from < 3) v = v * 10 + s.charCodeAt(k++) - 48
      if (k === from || (p < 3 && k - from > 2)) return -1
      parts[p] = v
      if (p === 3 || s.charCodeAt(k) !== 58) {
        if (p < 2) return -1
        break
      }
      k++
    }
    this.hour = parts[0]!
    this.minute = parts[1]!
    this.second = parts[2]!
    this.millis = parts[3]!
    return k
  }

  private midnight(): void {
    this.hour = 0
    this.minute = 0
    this.second = 0
    this.millis = 0
  }

  /** Reads an optional offset at `k`, sets `end`, and converts. */
  private finish(s: string, k: number, year: number, month: number, day: number): number {
    this.offsetMinutes = NaN
    k = this.offset(s, k)
    this.end = k
    return this.wall(year, month, day)
  }

  /** `Z`, `±hh:mm`, `±hhmm`, `±hh`, or after one space `±hhmm`, `UTC`, `GMT`, `Z`. */
  private offset(s: string, k: number): number {
    let c = s.charCodeAt(k)
    let i = k
    const spaced = c === 32
    if (spaced) c = s.charCodeAt(++i)
    if (c === 90 || c === 122) {
      if (isLetter(s.charCodeAt(i + 1)) || (spaced && isDigit(s.charCodeAt(i + 1)))) return k
      this.offsetMinutes = 0
      return i + 1
    }
    if (c === 43 || c === 45) {
      const hh = digits(s, i + 1, 2)
      if (hh < 0) return k
      let mm = 0
      let end = i + 3
      if (s.charCodeAt(end) === 58 && !spaced) {
        mm = digits(s, end + 1, 2)
        if (mm < 0) return k
        end += 3
      } else if (isDigit(s.charCodeAt(end))) {
        mm = digits(s, end, 2)
        if (mm < 0) return k
        end += 2
      } else if (spaced) {
        return k
      }
      if (isDigit(s.charCodeAt(end)) || hh > 18 || mm > 59) return k
      this.offsetMinutes = (c === 45 ? -1 : 1) * (hh * 60 + mm)
      return end
    }
    if (spaced && (c === 85 || c === 71)) {
      // ` UTC` / ` GMT`
      const word = s.slice(i, i + 3)
      if ((word === 'UTC' || word === 'GMT') && !isLetter(s.charCodeAt(i + 3))) {
        this.offsetMinutes = 0
        return i + 3
      }
    }
    return k
  }

  /** The fields read so far as epoch ms: with the written offset, else in the configured zone. */
  private wall(year: number, month: number, day: number): number {
    if (
      year < 100 || // no log is that old: a misread
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > DAYS_IN_MONTH[month - 1]! ||
      (month === 2 && day === 29 && !isLeap(year)) ||
      this.hour > 24 ||
      this.minute > 59 ||
      this.second > 60
    ) {
      return NaN
    }
    const wall =
      daysFromCivil(year, month, day) * DAY +
      this.hour * 3_600_000 +
      this.minute * 60_000 +
      this.second * 1000 +
      this.millis
    return Number.isNaN(this.offsetMinutes) ? this.clock.toEpoch(wall) : wall - this.offsetMinutes * 60_000
  }

  /**
   * Syslog writes no year: take the current one, or the previous one if that would put the record more than
   * a day in the future (a day of slack for clock skew and for `now` being read in another zone).
   */
  private inferYear(month: number, day: number): number {
    const now = this.now()
    if (!(now >= this.yearStart && now < this.yearEnd)) {
      this.year = new Date(now).getUTCFullYear()
      this.yearStart = daysFromCivil(this.year, 1, 1) * DAY
      this.yearEnd = daysFromCivil(this.year + 1, 1, 1) * DAY
    }
    const year = this.year
    const ms = this.wall(year, month, day)
    return ms > now + DAY ? this.wall(year - 1, month, day) : ms
  }
}
