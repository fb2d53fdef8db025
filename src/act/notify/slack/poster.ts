import type { SlackMessage } from './blocks.js'

/**
 * Where Slack messages go: the Web API (a bot token and a channel; threads) or an incoming webhook (a
 * URL; no threads, as a webhook returns no message `ts` to reply to).
 */
export interface SlackPoster {
  readonly via: 'web-api' | 'webhook'
  /** Whether replies can go into the thread of an earlier message. */
  readonly threads: boolean
  /** The channel messages go to, as stored in the state (the webhook's channel is fixed and unnamed). */
  readonly channel: string | undefined
  /** Post, in `threadTs`'s thread when given; returns the message's ts when the transport tells it. */
  post(message: SlackMessage, threadTs?: string): Promise<{ ts?: string }>
}
