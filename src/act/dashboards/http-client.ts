import type { Logger } from '../../core/logger.js'
import { parseRetryAfter, retry, type RetryOptions } from '../../core/retry.js'
import { createRedactor } from '../../transforms/redact.js'
import type { Auth } from './auth.js'
import type { BaseUrl } from './base-url.js'
import { DashboardHttpError } from './errors.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  /** API path after the base URL, e.g. `/api/dashboards/db`. */
  path: string
  headers?: Record<string, string>
  /** A factory, not a body: a retried request needs a fresh one (a sent FormData or stream is spent). */
  body?: () => string | FormData
}

export interface HttpResponse {
  status: number
  /** The body, already scrubbed of the credentials this client sends. */
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON (an HTML error page from a proxy). */
  json: unknown
}

export interface HttpClientOptions {
  base: BaseUrl
  auth: Auth
  logger?: Logger
  /** Per attempt. Default 60 s: an import of a few hundred objects takes Kibana a few seconds. */
  timeoutMs?: number
  /** Overrides for the retry helper (tests pass tiny delays). */
  retry?: RetryOptions
}

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>
  /** Replace every credential this client knows (and secret-looking text) in a text from the server. */
  scrub(text: string): string
}

/** Statuses the server documents as "try again later": retried with backoff, honouring Retry-After. */
const RETRY_STATUSES = new Set([429, 503])

/** Network failures that are worth another try; a refused connection or an unknown host is a wrong URL. */
const RETRY_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT'])

/**
 * One HTTP client for Kibana and Grafana on Node's fetch: the Authorization header on every request, a
 * timeout per attempt, 429/503 and transient network errors retried through the one retry helper, and
 * every response body scrubbed of the credentials before anyone can print it. Any other status is
 * returned for the caller to map, with its service's hints.
 */
export function createHttpClient(service: 'Kibana' | 'Grafana', options: HttpClientOptions): HttpClient {
  const redactor = createRedactor({ secrets: options.auth.secrets })
  const scrub = (text: string): string => redactor.redact(text).text
  const timeoutMs = options.timeoutMs ?? 60_000

  const attempt = async (request: HttpRequest): Promise<HttpResponse> => {
    const url = options.base.join(request.path)
    const where = `${service} ${request.method} ${url.pathname}`
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers }
    if (options.auth.header !== undefined) headers.authorization = options.auth.header
    let response: Response
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        ...(request.body ? { body: request.body() } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect to a login page would turn a 401 into a confusing 200 of HTML.
        redirect: 'manual',
      })
    } catch (error) {
      throw networkError(service, where, options.base.display, error, timeoutMs)
    }
    const text = scrub(await response.text())
    let json: unknown
    try {
      json = text === '' ? undefined : JSON.parse(text)
    } catch {
      json = undefined
    }
    if (RETRY_STATUSES.has(response.status)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
      throw new DashboardHttpError(`${where}: ${response.status} ${response.statusText}`, response.status, {
        retriable: true,
        hint: `${service} is overloaded or restarting: try again later`,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      })
    }
    if (response.status >= 300 && response.status < 400)
      throw new DashboardHttpError(`${where}: redirected (${response.status})`, response.status, {
        hint: `${service} redirected the API request, usually to a login page or another base path: check the URL setting and that credentials are set`,
      })
    return { status: response.status, text, json }
  }

  return {
    scrub,
    send: (request) =>
      retry(() => attempt(request), {
        retries: 4,
        initialDelayMs: 500,
        maxDelayMs: 30_000,
        // Timeouts are retried too (an import with overwrite is safe to repeat), but not for ever.
        maxElapsedMs: 180_000,
        retryAfterMs: (e) => (e instanceof DashboardHttpError ? e.retryAfterMs : undefined),
        onRetry: (e, n, delay) =>
          options.logger?.warn(
            `${e instanceof Error ? e.message : String(e)}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${n + 1})`,
          ),
        ...options.retry,
      }),
  }
}

function networkError(
  service: string,
  where: string,
  display: string,
  error: unknown,
  timeoutMs: number,
): DashboardHttpError {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return new DashboardHttpError(`${where}: no answer within ${timeoutMs / 1000} s`, 0, {
      cause: error,
      retriable: true,
      hint: `${service} at ${display} is slow or unreachable`,
    })
  const code = causeCode(error)
  return new DashboardHttpError(`${where}: cannot reach ${display}${code ? ` (${code})` : ''}`, 0, {
    cause: error,
    retriable: code !== undefined && RETRY_CODES.has(code),
    hint: `check the ${service.toLowerCase()}-url setting, and that ${service} is running and reachable from here`,
  })
}

/** fetch wraps the socket error: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`. */
function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** The server's own explanation (`message`, Kibana's and Grafana's error bodies), short and single-line. */
export function serverMessage(response: HttpResponse): string | undefined {
  const body = response.json as { message?: unknown; error?: unknown } | undefined
  const message =
    typeof body?.message === 'string'
      ? body.message
      : typeof body?.error === 'string'
        ? body.error
        : response.json === undefined &&
            response.text.trim() !== '' &&
            !response.text.trimStart().startsWith('<')
          ? response.text
          : undefined
  if (message === undefined) return undefined
  const line = message.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
