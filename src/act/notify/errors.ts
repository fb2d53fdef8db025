import { ServiceError } from '../../core/errors.js'

export type AlertChannel = 'slack' | 'jira'

/**
 * Slack or Jira refused or failed a call. It carries the server's `Retry-After` (as `retryAfterMs`) so
 * that the one retry helper waits as long as the server asked, and the service's own error code
 * (`channel_not_found`, `400`…) so that tests and callers can branch on it. The message names the call
 * and the code, never a token or a webhook URL (a webhook URL is a credential).
 */
export class AlertDeliveryError extends ServiceError {
  readonly channel: AlertChannel
  readonly code: string | undefined
  readonly retryAfterMs: number | undefined
  /** Jira's per-field reasons of a 400 (`priority` → "cannot be set"). */
  readonly fields: Record<string, string> | undefined
  constructor(
    channel: AlertChannel,
    message: string,
    options: {
      retriable?: boolean
      hint?: string
      code?: string
      retryAfterMs?: number
      fields?: Record<string, string>
      cause?: unknown
    } = {},
  ) {
    super(message, options)
    this.channel = channel
    this.code = options.code
    this.retryAfterMs = options.retryAfterMs
    this.fields = options.fields
  }
}

/** For `retry`'s `retryAfterMs`: the delay a rate-limited server asked for. */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof AlertDeliveryError ? error.retryAfterMs : undefined
}
