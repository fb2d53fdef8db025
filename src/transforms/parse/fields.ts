import type { ParsedFields } from '../types.js'
import { levelFromValue } from './level.js'
import type { TimestampParser } from './timestamp.js'

/** Where a key/value format's field goes in the record. */
const TIME = 1
const LEVEL = 2
const MESSAGE = 3
const LOGGER = 4
const SERVICE = 5
const HOST = 6
const PID = 7
const THREAD = 8
const STACK = 9
const ERROR_TYPE = 10
const METHOD = 11
const STATUS = 12
const BYTES = 13
const URL = 14
const IP = 15
const USER_AGENT = 16

/**
 * Field names of JSON and logfmt logs (pino, bunyan, winston, zap, logrus, zerolog, slog, structlog,
 * python-json-logger, Serilog, logstash-logback, Docker's json-file, ECS itself), flattened to dotted paths
 * so `{"log":{"level":"info"}}` and `{"log.level":"info"}` read alike.
 */
const ALIASES = new Map<string, number>([
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
])

/**
 * How sure a message field is: `msg`/`message` beat a Serilog template, which beats Docker's `log` or
 * structlog's `event`, whatever order they come in.
 */
const MESSAGE_RANK = new Map<string, number>([
  ['@mt', 1],
  ['MessageTemplate', 1],
  ['log', 1],
  ['event', 1],
])

/**
 * Maps the key/value pairs of one JSON or logfmt record onto ECS fields; everything else goes to
 * `labels`, as strings, with dots in keys turned into `_` (labels is a flat keyword map: a dotted key would
 * become an object path in Elasticsearch and could clash with a sibling of the same name).
 */
export class FieldMapper {
  private messageRank = 0
  constructor(private readonly ts: TimestampParser) {}

  /** Starts a record: its message is not set yet (callers fill in a fallback after mapping). */
  begin(): ParsedFields {
    this.messageRank = 0
    return { message: '' }
  }

  /** True when some field supplied the message. */
  hasMessage(): boolean {
    return this.messageRank > 0
  }

  /** One field: `key` is the dotted path, `value` a JSON value (logfmt values are strings). */
  set(out: ParsedFields, key: string, value: unknown): void {
    if (value === null || value === undefined) return
    if (typeof value === 'object') {
      if (Array.isArray(value)) {
        // Arrays are no ECS field we know; kept whole rather than dropped.
        this.label(out, key, JSON.stringify(value))
        return
      }
      for (const k in value as Record<string, unknown>) {
        this.set(out, `${key}.${k}`, (value as Record<string, unknown>)[k])
      }
      return
    }
    const target = ALIASES.get(key)
    if (target === undefined || !this.assign(out, target, key, value as string | number | boolean)) {
      if (key.startsWith('labels.')) key = key.slice(7)
      this.label(out, key, typeof value === 'string' ? value : String(value))
    }
  }

  /** Sets an ECS field; false when the value does not fit it (it then goes to labels). */
  private assign(out: ParsedFields, target: number, key: string, value: string | number | boolean): boolean {
    if (typeof value === 'boolean') return false
    switch (target) {
      case TIME: {
        if (out['@timestamp'] !== undefined) return false
        const iso = typeof value === 'number' ? this.ts.epoch(value) : this.ts.parse(value)
        if (iso === undefined) return false
        out['@timestamp'] = iso
        return true
      }
      case LEVEL: {
        if (out.log?.original_level !== undefined) return false
        const original = typeof value === 'number' ? String(value) : value
        const log = (out.log ??= {})
        log.original_level = original
        const level = levelFromValue(value)
        if (level !== undefined) log.level = level
        return true
      }
      case MESSAGE: {
        if (typeof value !== 'string') return false
        const rank = MESSAGE_RANK.get(key) ?? 2
        if (rank <= this.messageRank) return false
        // Docker's json-file driver keeps the line's newline inside `log`.
        out.message = rank === 1 && key === 'log' ? value.trimEnd() : value
        this.messageRank = rank
        return true
      }
      case LOGGER:
        if (typeof value !== 'string' || out.log?.logger !== undefined) return false
        ;(out.log ??= {}).logger = value
        return true
      case SERVICE:
        if (typeof value !== 'string' || out.service?.name !== undefined) return false
        out.service = { name: value }
        return true
      case HOST:
        if (typeof value !== 'string' || out.host?.name !== undefined) return false
        out.host = { name: value }
        return true
      case PID: {
        const pid = typeof value === 'number' ? value : toInt(value)
        if (!Number.isInteger(pid) || pid < 0 || out.process?.pid !== undefined) return false
        ;(out.process ??= {}).pid = pid
        return true
      }
      case THREAD:
        if (out.process?.thread !== undefined) return false
        ;(out.process ??= {}).thread = { name: String(value) }
        return true
      case STACK:
        if (typeof value !== 'string' || out.error?.stack_trace !== undefined) return false
        ;(out.error ??= {}).stack_trace = value
        return true
      case ERROR_TYPE:
        if (typeof value !== 'string' || out.error?.type !== undefined) return false
        ;(out.error ??= {}).type = value
        return true
      case METHOD:
        if (typeof value !== 'string') return false
        ;((out.http ??= {}).request ??= {}).method = value
        return true
      case STATUS: {
        const status = typeof value === 'number' ? value : toInt(value)
        if (!Number.isInteger(status)) return false
        ;((out.http ??= {}).response ??= {}).status_code = status
        return true
      }
      case BYTES: {
        const bytes = typeof value === 'number' ? value : toInt(value)
        if (!Number.isInteger(bytes)) return false
        ;((out.http ??= {}).response ??= {}).body = { bytes }
        return true
      }
      case URL:
        out.url = { original: String(value) }
        return true
      case IP:
        out.source = { ip: String(value) }
        return true
      case USER_AGENT:
        out.user_agent = { original: String(value) }
        return true
      default:
        return false
    }
  }

  private label(out: ParsedFields, key: string, value: string): void {
    if (key.includes('.')) key = key.replaceAll('.', '_')
    const labels = (out.labels ??= {})
    // A plain assignment to `__proto__` would set the object's prototype (or be dropped), not a label.
    if (key === '__proto__') Object.defineProperty(labels, key, { value, enumerable: true, writable: true })
    else labels[key] = value
  }
}

/** A decimal integer written as a string, or NaN. */
export function toInt(s: string): number {
  if (s.length === 0 || s.length > 15) return NaN
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return NaN
    n = n * 10 + d
  }
  return n
}
