import type { Level } from '../../core/record.js'

/**
 * Level words as loggers write them (log4j, logback, java.util.logging, syslog, Python, Go, .NET, npm,
 * Android's one-letter levels), normalised to logward's seven levels.
 */
const WORDS: Record<string, Level> = {
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
}

/**
 * The words in upper, lower and capitalised spelling, so the common case is one Map lookup without
 * allocating an upper-cased copy of the word.
 */
const EXACT = new Map<string, Level>()
for (const [word, level] of Object.entries(WORDS)) {
  EXACT.set(word, level)
  EXACT.set(word.toLowerCase(), level)
  EXACT.set(word[0] + word.slice(1).toLowerCase(), level)
}

/**
 * The level a word names (`WARN`, `warning`, `Warn`, `E`, ...), or undefined. Only those three spellings:
 * no logger writes `wArN`, and a miss must stay cheap (most words looked up are not levels).
 */
export function levelFromWord(word: string): Level | undefined {
  return EXACT.get(word)
}

const SYSLOG: readonly Level[] = ['fatal', 'fatal', 'fatal', 'error', 'warn', 'notice', 'info', 'debug']

/** Syslog severity 0 (emergency) .. 7 (debug). */
export function levelFromSyslogSeverity(severity: number): Level | undefined {
  return SYSLOG[severity]
}

/**
 * A numeric level: 0..7 is a syslog severity; 10..60 are bunyan/pino levels (10 trace, 20 debug, 30 info,
 * 40 warn, 50 error, 60 fatal), values in between rounding down to the level below (pino's custom levels).
 */
export function levelFromNumber(n: number): Level | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined
  if (n <= 7) return SYSLOG[n]
  if (n < 10) return undefined
  if (n < 20) return 'trace'
  if (n < 30) return 'debug'
  if (n < 40) return 'info'
  if (n < 50) return 'warn'
  if (n < 60) return 'error'
  return 'fatal'
}

/** A level field's value as written: a word, a number, or a number written as a string. */
export function levelFromValue(value: string | number): Level | undefined {
  if (typeof value === 'number') return levelFromNumber(value)
  const c = value.charCodeAt(0)
  if (c >= 48 && c <= 57) return levelFromNumber(Number(value))
  return levelFromWord(value)
}

/** Access logs: 5xx is an error, 4xx a warning, everything else information. */
export function levelFromHttpStatus(status: number): Level {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'
}
