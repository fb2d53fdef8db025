import { ErrorCode, LogLevel, WebClient, type Logger as SdkLogger } from '@slack/web-api'
import type { Logger } from '../../../core/logger.js'
import { retry, type RetryOptions } from '../../../core/retry.js'
import { AlertDeliveryError, retryAfterOf } from '../errors.js'
import type { SlackMessage } from './blocks.js'
import { slackApiError } from './errors.js'
import type { SlackPoster } from './poster.js'

export interface SlackWebApiOptions {
  token: string
  /** A channel ID (C0123…) or name. */
  channel: string
  /** `slack-api-url`: another Slack API root (a proxy, a test server). Default https://slack.com/api/. */
  apiUrl?: string
  logger?: Logger
  /** Tests shorten the waits. */
  retry?: RetryOptions
  timeoutMs?: number
}

/**
 * Alerts through the Web API (`chat.postMessage` with a bot token): the only Slack transport that returns
 * a message `ts`, hence the only one that can thread recurrences.
 *
 * The SDK's own retries are off (`retries: 0`, `rejectRateLimitedCalls`): its default policy retries for
 * about 30 minutes and sleeps through 429s without a word, which would hang a CI step. logward's `retry`
 * applies one policy everywhere (5 attempts, at most 2 minutes, honouring Retry-After) and logs each wait.
 */
export function slackWebApiPoster(options: SlackWebApiOptions): SlackPoster {
  const client = new WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 30_000,
    logger: sdkLogger(options.logger),
    // Only slack-api-url may ever receive the token.
    allowAbsoluteUrls: false,
  })
  const logger = options.logger
  return {
    via: 'web-api',
    threads: true,
    channel: options.channel,
    async post(message: SlackMessage, threadTs?: string) {
      const result = await retry(
        async () => {
          try {
            return await client.chat.postMessage({
              channel: options.channel,
              text: message.text,
              blocks: message.blocks,
              unfurl_links: false,
              unfurl_media: false,
              ...(threadTs ? { thread_ts: threadTs } : {}),
            })
          } catch (error) {
            throw toDeliveryError(error)
          }
        },
        {
          retries: 5,
          initialDelayMs: 1000,
          maxDelayMs: 30_000,
          maxElapsedMs: 120_000,
          retryAfterMs: retryAfterOf,
          onRetry: (error, attempt, delay) =>
            logger?.warn(
              `Slack chat.postMessage: ${(error as AlertDeliveryError).code ?? 'error'}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`,
            ),
          ...options.retry,
        },
      )
      return result.ts ? { ts: result.ts } : {}
    },
  }
}

interface SdkError {
  code?: string
  data?: { error?: string }
  retryAfter?: number
  statusCode?: number
  original?: Error & { cause?: { code?: string } }
}

/**
 * The SDK's errors → logward's. Matched on `code` rather than `instanceof`, which a second copy of the
 * SDK in a bundle would defeat. Nothing of the request (which carries the token) is kept.
 */
function toDeliveryError(error: unknown): AlertDeliveryError {
  const e = (error ?? {}) as SdkError
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return slackApiError('chat.postMessage', 'ratelimited', (e.retryAfter ?? 1) * 1000)
    case ErrorCode.PlatformError:
      return slackApiError('chat.postMessage', e.data?.error ?? 'unknown_error')
    case ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0
      return new AlertDeliveryError('slack', `Slack chat.postMessage failed: HTTP ${status}`, {
        code: String(status),
        retriable: status >= 500,
        hint:
          status === 404
            ? 'check slack-api-url (LOGWARD_SLACK_API_URL): it is the API root, e.g. https://slack.com/api/'
            : undefined,
      })
    }
    case ErrorCode.RequestError: {
      const code = e.original?.cause?.code
      return new AlertDeliveryError(
        'slack',
        `Slack chat.postMessage failed: ${e.original?.message ?? 'request error'}${code ? ` (${code})` : ''}`,
        { retriable: true, code, hint: 'check that the runner can reach slack-api-url (proxy, firewall)' },
      )
    }
    default:
      return new AlertDeliveryError(
        'slack',
        `Slack chat.postMessage failed: ${(error as Error)?.message ?? error}`,
      )
  }
}

/** The SDK talks to logward's logger at debug level: its warnings are about its own internals. */
function sdkLogger(logger: Logger | undefined): SdkLogger {
  let level = LogLevel.DEBUG
  const say = (...msg: unknown[]) => logger?.debug(`slack sdk: ${msg.map(String).join(' ')}`)
  return {
    debug: say,
    info: say,
    warn: say,
    error: say,
    setLevel: (l) => {
      level = l
    },
    getLevel: () => level,
    setName: () => undefined,
  }
}
