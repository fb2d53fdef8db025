import type { Level, LogRecord } from '../../core/record.js'
import type { ContextLine, RootCause } from '../model.js'

const BEFORE = 5
const AFTER = 5
const MAX_ROOT_CAUSES = 20

const isError = (level: Level | undefined): boolean => level === 'error' || level === 'fatal'

/**
 * For each source (a log file or a CI job's log), the first error record and the records around it:
 * where a developer starts reading. Keeps a ring of the last few records per source, so memory is
 * bounded whatever the run's size. Records must arrive in source order (they do: sources are read one
 * after another).
 */
export class RootCauseCollector {
  private readonly bySource = new Map<string, RootCause>()
  private recent: LogRecord[] = []
  private currentPath: string | undefined
  private open: { cause: RootCause; remaining: number } | undefined

  add(record: LogRecord): void {
    const path = record.log.file.path
    if (path !== this.currentPath) {
      this.currentPath = path
      this.recent = []
      this.open = undefined
    }
    if (this.open && this.open.remaining > 0) {
      this.open.cause.context.push(contextLine(record))
      this.open.remaining--
    }
    let cause = this.bySource.get(path)
    if (isError(record.log.level)) {
      if (cause) cause.errors++
      else {
        cause = {
          path,
          ...(record.service?.name ? { service: record.service.name } : {}),
          ...(record.logward.group ? { group: record.logward.group } : {}),
          line: record.log.file.line,
          ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
          level: record.log.level!,
          message: record.message,
          ...(record.error?.stack_trace ? { stackTrace: record.error.stack_trace } : {}),
          ...(record.logward.template_id ? { templateId: record.logward.template_id } : {}),
          errors: 1,
          context: [...this.recent.map((r) => contextLine(r)), { ...contextLine(record), focus: true }],
        }
        this.bySource.set(path, cause)
        this.open = { cause, remaining: AFTER }
      }
    }
    this.recent.push(record)
    if (this.recent.length > BEFORE) this.recent.shift()
  }

  /** Sources with errors, earliest first error first (by time when known, else in reading order). */
  result(): RootCause[] {
    const causes = [...this.bySource.values()]
    const order = new Map(causes.map((c, i) => [c, i]))
    causes.sort((a, b) =>
      a.timestamp && b.timestamp && a.timestamp !== b.timestamp
        ? a.timestamp < b.timestamp
          ? -1
          : 1
        : order.get(a)! - order.get(b)!,
    )
    return causes.slice(0, MAX_ROOT_CAUSES)
  }
}

function contextLine(record: LogRecord): ContextLine {
  const firstLine = record.message.split('\n', 1)[0] ?? ''
  return {
    line: record.log.file.line,
    ...(record.log.level ? { level: record.log.level } : {}),
    ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
    text: firstLine.length > 500 ? firstLine.slice(0, 500) + '…' : firstLine,
  }
}
