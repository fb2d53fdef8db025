import type { TestReport } from './model.js'
import type { XmlSink } from './xml-stream.js'

/** What each dialect's parser is: an XML sink that, at the end, yields the report (minus what the caller knows). */
export interface ReportBuilder extends XmlSink {
  finish(): Omit<TestReport, 'path' | 'gzip'>
}

/** Seconds from a `time`/`duration` attribute; `undefined` when absent or not a number. */
export function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  // Some generators write thousands separators ("1,234.5").
  const n = Number(value.trim().replace(/,/g, ''))
  return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined
}

/** A non-negative integer count attribute; 0 when absent or malformed. */
export function parseCount(value: string | undefined): number {
  if (value === undefined) return 0
  const n = Number.parseInt(value.trim(), 10)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** A 1-based line number attribute; `undefined` when absent, malformed or not positive. */
export function parseLine(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined
  const n = Number.parseInt(value, 10)
  return n > 0 ? n : undefined
}

/** The first non-empty line of a text, trimmed (a message for failures that only carry a body). */
export function firstLine(text: string | undefined): string | undefined {
  if (!text) return undefined
  for (const line of text.split(/\r?\n/, 50)) {
    const t = line.trim()
    if (t.length > 0) return t
  }
  return undefined
}

/**
 * The class part of a fully qualified test name (`Ns.Class.Method(1.5, "a.b")` -> `Ns.Class`): arguments are
 * cut first so the dots inside them do not count.
 */
export function classOf(fullName: string): string | undefined {
  const paren = fullName.indexOf('(')
  const base = paren < 0 ? fullName : fullName.slice(0, paren)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : undefined
}

/** `name` without a leading `className.` (TRX and NUnit 2 name tests by their full name). */
export function withoutClassPrefix(name: string, className: string | undefined): string {
  return className && name.startsWith(className + '.') && name.length > className.length + 1
    ? name.slice(className.length + 1)
    : name
}
