import type { LogRecord } from '../core/record.js'

/**
 * What the template miner sees of a record: the first line of its message (headers were stripped by the
 * parser; a stack trace lives in `error.stack_trace`, and other continuation lines would make every
 * multi-line record its own template).
 */
export function miningText(record: LogRecord): string {
  const m = record.message
  const nl = m.indexOf('\n')
  return nl === -1 ? m : m.slice(0, nl)
}
