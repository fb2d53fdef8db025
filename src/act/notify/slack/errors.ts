import { AlertDeliveryError } from '../errors.js'

const TOKEN_HINT =
  'check slack-token (LOGWARD_SLACK_TOKEN): a bot token (xoxb-…) of an app installed in the workspace, with the chat:write scope'

/** Slack's `error` codes → what the user can do. Codes not listed get a generic hint. */
const HINTS: Record<string, string> = {
  invalid_auth: TOKEN_HINT,
  not_authed: TOKEN_HINT,
  token_revoked: `${TOKEN_HINT}; this one was revoked`,
  token_expired: `${TOKEN_HINT}; this one expired`,
  account_inactive: `${TOKEN_HINT}; its app or user was deactivated`,
  missing_scope: 'add the chat:write scope to the Slack app and reinstall it',
  channel_not_found:
    'check slack-channel (LOGWARD_SLACK_CHANNEL): use the channel ID (C0123…, under the channel name → About); a private channel must have the app invited',
  not_in_channel:
    'invite the app to the channel (`/invite @your-app`), or give it the chat:write.public scope for public channels',
  is_archived: 'the channel is archived: unarchive it or set another slack-channel',
  restricted_action: 'a workspace admin restricts who may post in this channel',
  msg_too_long: 'logward cuts messages to Slack limits; this is a bug: please report it with the rule',
  invalid_blocks: 'logward cuts messages to Block Kit limits; this is a bug: please report it with the rule',
  invalid_blocks_format: 'logward builds Block Kit messages; this is a bug: please report it with the rule',
  // Incoming webhooks answer with these.
  invalid_payload: 'the webhook rejected the message; this is a bug: please report it with the rule',
  invalid_token:
    'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the webhook was removed or its app uninstalled',
  no_service:
    'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the webhook was removed or its app uninstalled',
  no_team: 'check slack-webhook-url (LOGWARD_SLACK_WEBHOOK_URL): the workspace of this webhook is gone',
  action_prohibited: 'a workspace admin restricts posting in the webhook’s channel',
  channel_is_archived: 'the webhook’s channel is archived: unarchive it or create a new webhook',
}

/** Slack-side trouble that a later attempt may not meet. */
const RETRIABLE = new Set([
  'ratelimited',
  'rate_limited',
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'request_timeout',
  'rollup_error',
])

/** An `ok: false` answer (Web API) or an error body (webhook), as a logward error. */
export function slackApiError(call: string, code: string, retryAfterMs?: number): AlertDeliveryError {
  const retriable = RETRIABLE.has(code)
  return new AlertDeliveryError('slack', `Slack ${call} failed: ${code}`, {
    code,
    retriable,
    hint: HINTS[code] ?? (retriable ? 'Slack had a transient problem; logward retried' : undefined),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  })
}
