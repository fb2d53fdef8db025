import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for Slack, as it answers on the wire:
 *
 * - Web API `POST /api/chat.postMessage` (form-encoded, as @slack/web-api sends it, or JSON): HTTP 200 with
 *   `{ ok: true, channel, ts }`, or HTTP 200 with `{ ok: false, error }` — `not_authed` (no token),
 *   `invalid_auth` (another token), `channel_not_found`, `not_in_channel`, `msg_too_long`,
 *   `invalid_blocks` (Block Kit limits broken: 50 blocks, 3000 chars per section text, 2000 per field,
 *   10 fields, 150 per header, 10 context elements); HTTP 429 `{ ok: false, error: 'ratelimited' }` with
 *   `Retry-After` when told to rate-limit.
 * - An incoming webhook `POST /services/…`: `ok` or a bare error code (`invalid_payload`,
 *   `invalid_blocks`, `no_service` for an unknown URL), 429 `rate_limited` with `Retry-After`.
 *
 * It records every message with its thread, so tests can ask "one top-level message, one reply in its
 * thread".
 */
export interface FakeSlackMessage {
  via: 'web-api' | 'webhook'
  channel: string
  text: string
  blocks: SlackBlockLike[]
  ts: string
  thread_ts?: string
}

export interface SlackBlockLike {
  type: string
  text?: { text: string }
  fields?: { text: string }[]
  elements?: { text: string }[]
}

export interface FakeSlackOptions {
  /** The token the workspace accepts. */
  token: string
  /** Channels that exist. Default: `C0ALERTS`. */
  channels?: string[]
  /** Channels the app is a member of. Default: all of `channels`. */
  memberOf?: string[]
}

export interface FakeSlack {
  /** For `slack-api-url`. */
  apiUrl: string
  /** For `slack-webhook-url`; posts land in channel `webhook`. */
  webhookUrl: string
  messages: FakeSlackMessage[]
  /** Every request: path, status and the raw body, for "never sent the token in a body" checks. */
  requests: { path: string; status: number; body: string }[]
  topLevel(): FakeSlackMessage[]
  replies(ts: string): FakeSlackMessage[]
  /** The next `times` requests answer 429 with `Retry-After: seconds`. */
  rateLimit(times: number, seconds: number): void
  /** The next `times` chat.postMessage calls answer `{ ok: false, error }`. */
  failNext(error: string, times?: number): void
  close(): Promise<void>
}

const WEBHOOK_PATH = '/services/T0000/B0000/fake-webhook-secret'

export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const channels = new Set(options.channels ?? ['C0ALERTS'])
  const memberOf = new Set(options.memberOf ?? [...channels])
  const messages: FakeSlackMessage[] = []
  const requests: FakeSlack['requests'] = []
  let limited = 0
  let limitSeconds = 1
  const failures: string[] = []
  let clock = 1_700_000_000
  const nextTs = () => `${clock++}.${String(messages.length).padStart(6, '0')}`

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        requests.push({ path: req.url ?? '', status, body })
        send(res, status, payload, headers)
      }
      if (limited > 0) {
        limited--
        const isHook = req.url?.startsWith('/services/')
        return reply(429, isHook ? 'rate_limited' : { ok: false, error: 'ratelimited' }, {
          'retry-after': String(limitSeconds),
        })
      }
      if (req.url?.startsWith('/services/')) return webhook(req.url, body, reply)
      if (req.method !== 'POST' || !req.url?.startsWith('/api/'))
        return reply(404, { ok: false, error: 'unknown_method' })
      if (req.url !== '/api/chat.postMessage') return reply(200, { ok: false, error: 'unknown_method' })
      const auth = req.headers.authorization
      if (!auth) return reply(200, { ok: false, error: 'not_authed' })
      if (auth !== `Bearer ${options.token}`) return reply(200, { ok: false, error: 'invalid_auth' })
      const args = parseArgs(req.headers['content-type'] ?? '', body)
      const failure = failures.shift()
      if (failure) return reply(200, { ok: false, error: failure })
      const channel = String(args.channel ?? '')
      if (!channels.has(channel)) return reply(200, { ok: false, error: 'channel_not_found' })
      if (!memberOf.has(channel)) return reply(200, { ok: false, error: 'not_in_channel' })
      const text = String(args.text ?? '')
      if (text.length > 40_000) return reply(200, { ok: false, error: 'msg_too_long' })
      const blocks = parseBlocks(args.blocks)
      if (blocks === undefined || blockProblem(blocks))
        return reply(200, { ok: false, error: 'invalid_blocks' })
      const ts = nextTs()
      const threadTs = args.thread_ts ? String(args.thread_ts) : undefined
      messages.push({
        via: 'web-api',
        channel,
        text,
        blocks,
        ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      })
      return reply(200, { ok: true, channel, ts, message: { text, ts } })
    })
  })

  function webhook(path: string, body: string, reply: (s: number, p: unknown) => void): void {
    if (path !== WEBHOOK_PATH) return reply(404, 'no_service')
    let payload: { text?: unknown; blocks?: unknown }
    try {
      payload = JSON.parse(body) as typeof payload
    } catch {
      return reply(400, 'invalid_payload')
    }
    if (typeof payload.text !== 'string' && !Array.isArray(payload.blocks)) return reply(400, 'no_text')
    const blocks = parseBlocks(payload.blocks)
    if (blocks === undefined || blockProblem(blocks)) return reply(400, 'invalid_blocks')
    messages.push({
      via: 'webhook',
      channel: 'webhook',
      text: String(payload.text ?? ''),
      blocks,
      ts: nextTs(),
    })
    reply(200, 'ok')
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    apiUrl: `${origin}/api/`,
    webhookUrl: `${origin}${WEBHOOK_PATH}`,
    messages,
    requests,
    topLevel: () => messages.filter((m) => !m.thread_ts),
    replies: (ts) => messages.filter((m) => m.thread_ts === ts),
    rateLimit(times, seconds) {
      limited = times
      limitSeconds = seconds
    },
    failNext(error, times = 1) {
      for (let i = 0; i < times; i++) failures.push(error)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  const json = typeof payload !== 'string'
  res.writeHead(status, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/plain',
    ...headers,
  })
  res.end(json ? JSON.stringify(payload) : payload)
}

function parseArgs(contentType: string, body: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(body) as Record<string, unknown>
  return Object.fromEntries(new URLSearchParams(body))
}

function parseBlocks(raw: unknown): SlackBlockLike[] | undefined {
  if (raw === undefined) return []
  try {
    const blocks = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw
    return Array.isArray(blocks) ? (blocks as SlackBlockLike[]) : undefined
  } catch {
    return undefined
  }
}

/** Block Kit's limits, as Slack enforces them with `invalid_blocks`. */
function blockProblem(blocks: SlackBlockLike[]): string | undefined {
  const len = (s: string | undefined) => Array.from(s ?? '').length
  if (blocks.length > 50) return 'too many blocks'
  for (const b of blocks) {
    if (b.type === 'header' && len(b.text?.text) > 150) return 'header too long'
    if (b.type === 'section') {
      if (len(b.text?.text) > 3000) return 'section text too long'
      if ((b.fields?.length ?? 0) > 10) return 'too many fields'
      if (b.fields?.some((f) => len(f.text) > 2000)) return 'field too long'
      if (!b.text && !b.fields?.length) return 'empty section'
    }
    if (b.type === 'context' && ((b.elements?.length ?? 0) > 10 || (b.elements?.length ?? 0) === 0))
      return 'bad context'
  }
  return undefined
}
