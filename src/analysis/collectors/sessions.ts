import type { LogRecord } from '../../core/record.js'

/** How records are grouped into sessions: a field of the record, else a capture of the message. */
export interface SessionSettings {
  field?: string
  regex?: string
}

export interface SessionLocation {
  path: string
  line: number
  timestamp?: string
  message: string
  templateId: string
}

export interface Session {
  key: string
  /** Event keys (template ids) in record order, at most MAX_EVENTS. */
  events: string[]
  first: SessionLocation
  /** The first event whose template the baseline does not know (when a `known` predicate was given). */
  firstUnknown?: SessionLocation
}

const MAX_SESSIONS = 200_000
const MAX_EVENTS = 2_000
const MESSAGE_CHARS = 300

/** Reads a session key from a record, or undefined when the record belongs to no session. */
export type SessionKeyOf = (record: LogRecord) => string | undefined

export function sessionKeyReader(settings: SessionSettings): SessionKeyOf | undefined {
  const { field, regex } = settings
  if (!field && !regex) return undefined
  const path = field?.split('.')
  const re = regex ? new RegExp(regex) : undefined
  return (record) => {
    if (path) {
      const v = fieldValue(record, path)
      if (v !== undefined) return v
    }
    if (re) {
      const m = re.exec(record.message)
      if (m?.[1]) return m[1]
    }
    return undefined
  }
}

/**
 * A dotted path into the record. A name may itself hold dots (`labels` keys such as `request.id`), so when
 * a step is missing the rest of the path is tried as one key.
 */
function fieldValue(record: LogRecord, path: readonly string[]): string | undefined {
  let node: unknown = record
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return undefined
    const obj = node as Record<string, unknown>
    const step = path[i]!
    if (step in obj) {
      node = obj[step]
      continue
    }
    const rest = path.slice(i).join('.')
    node = obj[rest]
    break
  }
  return typeof node === 'string' && node !== '' ? node : typeof node === 'number' ? String(node) : undefined
}

/**
 * Records grouped into sessions by key, each a sequence of template ids in record order (DeepLog's
 * sessions: an HDFS block, a trace, a request). Bounded: past MAX_SESSIONS new keys are counted, not kept.
 */
export class SessionCollector {
  private readonly sessions = new Map<string, Session>()
  dropped = 0

  constructor(
    private readonly keyOf: SessionKeyOf,
    private readonly known?: (templateId: string) => boolean,
  ) {}

  add(record: LogRecord, templateId: string): void {
    const key = this.keyOf(record)
    if (key === undefined) return
    let s = this.sessions.get(key)
    if (!s) {
      if (this.sessions.size >= MAX_SESSIONS) {
        this.dropped++
        return
      }
      s = { key, events: [], first: locate(record, templateId) }
      this.sessions.set(key, s)
    }
    if (s.events.length < MAX_EVENTS) s.events.push(templateId)
    if (!s.firstUnknown && this.known && !this.known(templateId)) s.firstUnknown = locate(record, templateId)
  }

  result(): Session[] {
    return [...this.sessions.values()]
  }
}

function locate(record: LogRecord, templateId: string): SessionLocation {
  const line = record.message.split('\n', 1)[0] ?? ''
  return {
    path: record.log.file.path,
    line: record.log.file.line,
    ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
    message: line.length > MESSAGE_CHARS ? line.slice(0, MESSAGE_CHARS) + '…' : line,
    templateId,
  }
}
