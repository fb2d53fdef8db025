import { ServiceError } from '../../core/errors.js'

/**
 * Kibana or Grafana answered with an HTTP error, or could not be reached. Carries the status (0 when no
 * answer came) so callers and tests can tell a refused login from a missing space; the message names the
 * service, the request path and the status, never a credential or a header.
 */
export class DashboardHttpError extends ServiceError {
  readonly status: number
  /** Milliseconds the server asked us to wait (Retry-After), for the retry helper. */
  readonly retryAfterMs: number | undefined
  constructor(
    message: string,
    status: number,
    options: { cause?: unknown; retriable?: boolean; hint?: string; retryAfterMs?: number } = {},
  ) {
    super(message, options)
    this.status = status
    this.retryAfterMs = options.retryAfterMs
  }
}

/**
 * The import reached the server and it answered, but some objects were not imported (Kibana's per-object
 * `errors[]`). The report of what did and did not go in has already been printed; this sets the exit code.
 */
export class ImportIncompleteError extends ServiceError {}
