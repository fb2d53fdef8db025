/**
 * Pluggable, namespaced logging (the kafkajs model). The CLI writes to stderr so that stdout stays clean
 * for `--output jsonl`; the action routes the same calls to `core.debug/info/warning/error`.
 */
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  child(namespace: string): Logger
}

export type LogSink = (level: LogLevelName, namespace: string, message: string) => void

const ORDER: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export function createLogger(sink: LogSink, minLevel: LogLevelName = 'info', namespace = 'logward'): Logger {
  const emit = (level: LogLevelName, message: string): void => {
    if (ORDER[level] >= ORDER[minLevel]) sink(level, namespace, message)
  }
  return {
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    child: (ns) => createLogger(sink, minLevel, `${namespace}:${ns}`),
  }
}

/** stderr sink used by the CLI: `warning: …` / `error: …` prefixes a person can scan for. */
export const stderrSink: LogSink = (level, namespace, message) => {
  const prefix = level === 'info' ? '' : level === 'warn' ? 'warning: ' : `${level}: `
  const ns = level === 'debug' ? `[${namespace}] ` : ''
  process.stderr.write(`${prefix}${ns}${message}\n`)
}

/** A logger that records what it was told; used by tests and by callers that summarise warnings. */
export function memoryLogger(): Logger & { entries: { level: LogLevelName; message: string }[] } {
  const entries: { level: LogLevelName; message: string }[] = []
  const logger = createLogger((level, _ns, message) => entries.push({ level, message }), 'debug')
  return Object.assign(logger, { entries })
}
