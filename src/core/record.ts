/**
 * The record every stage passes along: ECS field names, as nested objects (the canonical ECS JSON form;
 * Elasticsearch treats `log.level` and `{"log":{"level"}}` alike). Fields logward adds that ECS has no
 * name for live under `ci.*` (the CI run a record came from) and `logward.*` (how it was read).
 */
export type Level = 'trace' | 'debug' | 'info' | 'notice' | 'warn' | 'error' | 'fatal'

export const LEVELS: readonly Level[] = ['trace', 'debug', 'info', 'notice', 'warn', 'error', 'fatal']

export interface CiContext {
  provider?: string
  repository?: string
  sha?: string
  ref?: string
  run_id?: string
  run_attempt?: string
  workflow?: string
  job?: string
  pr?: number
  environment?: string
}

export interface LogRecord {
  '@timestamp'?: string
  message: string
  log: {
    level?: Level
    logger?: string
    /** Where the record starts: the source path (or `-` for stdin) and its 1-based line number. */
    file: { path: string; line: number }
    /** The level word as written in the log, before normalisation. */
    original_level?: string
  }
  service?: { name?: string }
  host?: { name?: string }
  process?: { pid?: number; thread?: { name?: string } }
  error?: { stack_trace?: string; type?: string }
  http?: { request?: { method?: string }; response?: { status_code?: number; body?: { bytes?: number } } }
  url?: { original?: string }
  source?: { ip?: string }
  user_agent?: { original?: string }
  /** Extra key/value fields found in the line (JSON, logfmt, syslog structured data), as strings. */
  labels?: Record<string, string>
  ci?: CiContext
  event?: { dataset?: string }
  logward: {
    /** The line format the parser recognised, e.g. `json`, `logfmt`, `syslog-5424`, `loghub-hdfs`, `plain`. */
    format: string
    /** Number of physical lines folded into this record by framing. */
    lines?: number
    /** Set when the record was longer than the maximum record size and was cut. */
    truncated?: boolean
    /** Number of secrets replaced in this record. */
    redactions?: number
    /** Set on records of GitHub Actions logs: the `##[group]` the line belongs to. */
    group?: string
    /** The template the miner gave the message: a stable id (same template, same id, on every machine). */
    template_id?: string
    /** The template text, variables as `<*>`. */
    template?: string
  }
}
