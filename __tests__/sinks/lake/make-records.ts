import type { Level, LogRecord } from '../../../src/core/record.js'

export interface RecordSpec {
  message?: string
  timestamp?: string | null
  level?: Level
  service?: string
  host?: string
  path?: string
  line?: number
  templateId?: string
  template?: string
  stack?: string
}

/** A record as the pipeline makes them (UTC `@timestamp`, nested ECS), with only what a test cares about. */
export function makeRecord(spec: RecordSpec = {}): LogRecord {
  const record: LogRecord = {
    ...(spec.timestamp === null ? {} : { '@timestamp': spec.timestamp ?? '2024-05-01T10:00:00.000Z' }),
    message: spec.message ?? 'hello',
    log: {
      ...(spec.level ? { level: spec.level } : {}),
      file: { path: spec.path ?? 'logs/app.log', line: spec.line ?? 1 },
    },
    logward: {
      format: 'plain',
      ...(spec.templateId ? { template_id: spec.templateId } : {}),
      ...(spec.template ? { template: spec.template } : {}),
    },
  }
  if (spec.service) record.service = { name: spec.service }
  if (spec.host) record.host = { name: spec.host }
  if (spec.stack) record.error = { stack_trace: spec.stack, type: 'Error' }
  return record
}

/** `n` distinct records (line 1..n), one second apart from `start`. */
export function makeRecords(n: number, spec: RecordSpec = {}, start = Date.UTC(2024, 4, 1, 10)): LogRecord[] {
  return Array.from({ length: n }, (_, i) =>
    makeRecord({
      message: `message number ${i}`,
      timestamp: new Date(start + i * 1000).toISOString(),
      line: i + 1,
      ...spec,
    }),
  )
}
