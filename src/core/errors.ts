/**
 * One error hierarchy for logward (the kafkajs model): every error says what failed and where, whether
 * retrying can help (`retriable`), and what the user can do next (`hint`). Messages never carry secrets:
 * callers pass paths, keys and counts, never values read from logs or config secrets.
 */
export class LogwardError extends Error {
  readonly retriable: boolean
  readonly hint: string | undefined
  constructor(message: string, options: { cause?: unknown; retriable?: boolean; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.retriable = options.retriable ?? false
    this.hint = options.hint
  }
}

/** The configuration file, flags or inputs are invalid. Exit code 2. */
export class ConfigError extends LogwardError {}

/** One input (file, stdin, report) could not be read or is not what it should be. Others go on. */
export class InputError extends LogwardError {
  readonly path: string
  constructor(path: string, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(`${path}: ${message}`, options)
    this.path = path
  }
}

/** A test report could not be parsed. */
export class ReportParseError extends InputError {}

/** A remote service (Kafka, Elasticsearch, WebHDFS, Slack, ...) failed. */
export class ServiceError extends LogwardError {}

/** Documented process exit codes (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  /** The command ran, and its verdict is a failure (failing tests, gate fail, ...). */
  verdictFailed: 1,
  /** Bad usage or configuration: nothing was processed. */
  usage: 2,
  /** Some inputs could not be read; the others were processed and their output is complete. */
  partialInput: 3,
  /** An unexpected internal error. */
  internal: 70,
} as const

export function describeError(err: unknown): string {
  if (err instanceof LogwardError) return err.hint ? `${err.message}\n  hint: ${err.hint}` : err.message
  if (err instanceof Error) return err.message
  return String(err)
}
