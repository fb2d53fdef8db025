import type { Logger } from '../../../core/logger.js'
import { parseRetryAfter, retry, type RetryOptions } from '../../../core/retry.js'
import { AlertDeliveryError, retryAfterOf } from '../errors.js'
import type { SlackMessage } from './blocks.js'
import { slackApiError } from './errors.js'
import type { SlackPoster } from './poster.js'

export interface SlackWebhookOptions {
  /** `slack-webhook-url`: a credential in itself, so it is never logged nor put in an error. */
  url: string
  logger?: Logger
  retry?: RetryOptions
  timeoutMs?: number
}

/**
 * Alerts through an incoming webhook: the simplest setup (one URL, no app scopes), but a webhook answers
 * `ok` and no message `ts`, so recurrences cannot be threaded. With a webhook, a recurrence inside the
 * cooldown is therefore not posted at all (counted, and told in the next top-level alert); the channel is
 * the one the webhook was created for.
 */
export function slackWebhookPoster(options: SlackWebhookOptions): SlackPoster {
  const logger = options.logger
  return {
    via: 'webhook',
    threads: false,
    channel: undefined,
    async post(message: SlackMessage) {
      await retry(() => postOnce(options, message), {
        retries: 5,
        initialDelayMs: 1000,
        maxDelayMs: 30_000,
        maxElapsedMs: 120_000,
        retryAfterMs: retryAfterOf,
        onRetry: (error, attempt, delay) =>
          logger?.warn(
            `Slack webhook: ${(error as AlertDeliveryError).code ?? 'error'}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`,
          ),
        ...options.retry,
      })
      return {}
    },
  }
}

async function postOnce(options: SlackWebhookOptions, message: SlackMessage): Promise<void> {
  let response: Response
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ text: message.text, blocks: message.blocks }),
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    })
  } catch (error) {
    // fetch's errors can quote the URL; only the code is kept.
    const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    throw new AlertDeliveryError('slack', `Slack webhook request failed (${code})`, {
      retriable: true,
      code,
      hint: 'check that the runner can reach hooks.slack.com (proxy, firewall)',
    })
  }
  const body = (await response.text().catch(() => '')).trim()
  if (response.ok) return
  // Webhooks answer errors as a bare code in the body (`invalid_payload`, `no_service`…).
  const code = /^[a-z_]{3,60}$/.test(body) ? body : `HTTP ${response.status}`
  if (response.status === 429)
    throw slackApiError(
      'webhook',
      'rate_limited',
      parseRetryAfter(response.headers.get('retry-after')) ?? 1000,
    )
  const error = slackApiError('webhook', code)
  if (response.status >= 500 && !error.retriable)
    throw new AlertDeliveryError('slack', error.message, { code, retriable: true, hint: error.hint })
  throw error
}
