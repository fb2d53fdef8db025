import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { Buffer } from 'node:buffer';
import { S as ServiceError, C as ConfigError, O as Option } from './index.js';
import { r as retry, p as parseRetryAfter } from './retry-CQdCV2e0.js';
import { c as createRedactor } from './redact-DMW0fSiV.js';

/**
 * Kibana or Grafana answered with an HTTP error, or could not be reached. Carries the status (0 when no
 * answer came) so callers and tests can tell a refused login from a missing space; the message names the
 * service, the request path and the status, never a credential or a header.
 */
class DashboardHttpError extends ServiceError {
    status;
    /** Milliseconds the server asked us to wait (Retry-After), for the retry helper. */
    retryAfterMs;
    constructor(message, status, options = {}) {
        super(message, options);
        this.status = status;
        this.retryAfterMs = options.retryAfterMs;
    }
}
/**
 * The import reached the server and it answered, but some objects were not imported (Kibana's per-object
 * `errors[]`). The report of what did and did not go in has already been printed; this sets the exit code.
 */
class ImportIncompleteError extends ServiceError {
}

const basic = (username, password) => {
    const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return { header: `Basic ${encoded}`, kind: 'basic', secrets: [password, encoded] };
};
function checkBasic(prefix, username, password) {
    if ((username === undefined) !== (password === undefined))
        throw new ConfigError(`${prefix}-username and ${prefix}-password go together: ${username === undefined ? `${prefix}-username` : `${prefix}-password`} is not set`);
}
/**
 * Kibana: an Elasticsearch API key (`Authorization: ApiKey <base64 of id:key>`) or basic auth. The key is
 * taken as the `encoded` value Elasticsearch returns; an `id:key` pair (base64 has no `:`) is encoded here.
 */
function kibanaAuth(options) {
    const { apiKey, username, password } = options;
    checkBasic('kibana', username, password);
    if (apiKey !== undefined && username !== undefined)
        throw new ConfigError('set either kibana-api-key or kibana-username/kibana-password, not both');
    if (apiKey !== undefined) {
        const encoded = apiKey.includes(':') ? Buffer.from(apiKey, 'utf8').toString('base64') : apiKey;
        return { header: `ApiKey ${encoded}`, kind: 'api-key', secrets: [apiKey, encoded, ...apiKey.split(':')] };
    }
    if (username !== undefined && password !== undefined)
        return basic(username, password);
    return { header: undefined, kind: 'none', secrets: [] };
}
/** Grafana: a service-account token (`Authorization: Bearer …`) or basic auth. */
function grafanaAuth(options) {
    const { token, username, password } = options;
    checkBasic('grafana', username, password);
    if (token !== undefined && username !== undefined)
        throw new ConfigError('set either grafana-token or grafana-username/grafana-password, not both');
    if (token !== undefined)
        return { header: `Bearer ${token}`, kind: 'bearer', secrets: [token] };
    if (username !== undefined && password !== undefined)
        return basic(username, password);
    return { header: undefined, kind: 'none', secrets: [] };
}

function parseBaseUrl(raw, setting) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        // The value itself is not echoed: a URL pasted with credentials in it is a secret.
        throw new ConfigError(`${setting} is not a URL`, {
            hint: `set ${setting} to the server's base URL, e.g. https://kibana.example.com:5601`,
        });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ConfigError(`${setting} must be an http:// or https:// URL (it is ${url.protocol}//…)`);
    if (url.username !== '' || url.password !== '')
        throw new ConfigError(`${setting} must not carry a user name or password`, {
            hint: `remove them from the URL and set ${setting.replace(/-url$/, '')}-username / -password (or the token setting) instead`,
        });
    if (url.search !== '' || url.hash !== '')
        throw new ConfigError(`${setting} must not have a query string or fragment`, {
            hint: `set ${setting} to the server's base URL only`,
        });
    const basePath = url.pathname.replace(/\/+$/, '');
    const origin = url.origin;
    return {
        display: `${origin}${basePath}`,
        join: (path) => new URL(`${origin}${basePath}${path.startsWith('/') ? path : `/${path}`}`),
    };
}

/** Statuses the server documents as "try again later": retried with backoff, honouring Retry-After. */
const RETRY_STATUSES = new Set([429, 503]);
/** Network failures that are worth another try; a refused connection or an unknown host is a wrong URL. */
const RETRY_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
/**
 * One HTTP client for Kibana and Grafana on Node's fetch: the Authorization header on every request, a
 * timeout per attempt, 429/503 and transient network errors retried through the one retry helper, and
 * every response body scrubbed of the credentials before anyone can print it. Any other status is
 * returned for the caller to map, with its service's hints.
 */
function createHttpClient(service, options) {
    const redactor = createRedactor({ secrets: options.auth.secrets });
    const scrub = (text) => redactor.redact(text).text;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const attempt = async (request) => {
        const url = options.base.join(request.path);
        const where = `${service} ${request.method} ${url.pathname}`;
        const headers = { accept: 'application/json', ...request.headers };
        if (options.auth.header !== undefined)
            headers.authorization = options.auth.header;
        let response;
        try {
            response = await fetch(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body() } : {}),
                signal: AbortSignal.timeout(timeoutMs),
                // A redirect to a login page would turn a 401 into a confusing 200 of HTML.
                redirect: 'manual',
            });
        }
        catch (error) {
            throw networkError(service, where, options.base.display, error, timeoutMs);
        }
        const text = scrub(await response.text());
        let json;
        try {
            json = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            json = undefined;
        }
        if (RETRY_STATUSES.has(response.status)) {
            const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
            throw new DashboardHttpError(`${where}: ${response.status} ${response.statusText}`, response.status, {
                retriable: true,
                hint: `${service} is overloaded or restarting: try again later`,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            });
        }
        if (response.status >= 300 && response.status < 400)
            throw new DashboardHttpError(`${where}: redirected (${response.status})`, response.status, {
                hint: `${service} redirected the API request, usually to a login page or another base path: check the URL setting and that credentials are set`,
            });
        return { status: response.status, text, json };
    };
    return {
        scrub,
        send: (request) => retry(() => attempt(request), {
            retries: 4,
            initialDelayMs: 500,
            maxDelayMs: 30_000,
            // Timeouts are retried too (an import with overwrite is safe to repeat), but not for ever.
            maxElapsedMs: 180_000,
            retryAfterMs: (e) => (e instanceof DashboardHttpError ? e.retryAfterMs : undefined),
            onRetry: (e, n, delay) => options.logger?.warn(`${e instanceof Error ? e.message : String(e)}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${n + 1})`),
            ...options.retry,
        }),
    };
}
function networkError(service, where, display, error, timeoutMs) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return new DashboardHttpError(`${where}: no answer within ${timeoutMs / 1000} s`, 0, {
            cause: error,
            retriable: true,
            hint: `${service} at ${display} is slow or unreachable`,
        });
    const code = causeCode(error);
    return new DashboardHttpError(`${where}: cannot reach ${display}${code ? ` (${code})` : ''}`, 0, {
        cause: error,
        retriable: code !== undefined && RETRY_CODES.has(code),
        hint: `check the ${service.toLowerCase()}-url setting, and that ${service} is running and reachable from here`,
    });
}
/** fetch wraps the socket error: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`. */
function causeCode(error) {
    for (let e = error, depth = 0; e && depth < 4; depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
/** The server's own explanation (`message`, Kibana's and Grafana's error bodies), short and single-line. */
function serverMessage(response) {
    const body = response.json;
    const message = typeof body?.message === 'string'
        ? body.message
        : typeof body?.error === 'string'
            ? body.error
            : response.json === undefined &&
                response.text.trim() !== '' &&
                !response.text.trimStart().startsWith('<')
                ? response.text
                : undefined;
    if (message === undefined)
        return undefined;
    const line = message.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * Flags for the Kibana and Grafana settings, with their environment variables as fallback (commander
 * shows them in --help). Until these settings join the config schema, the commands build their flags
 * from the settings table in src/act/dashboards/settings.ts.
 */
function addDashboardFlags(command, settings) {
    for (const s of settings)
        command.addOption(new Option(`--${s.key} <${s.secret ? 'secret' : 'value'}>`, s.description).env(s.env));
    return command;
}
/** A flag's value by setting name (commander stores `--kibana-url` as `kibanaUrl`). */
function flagValue(opts, key) {
    const value = opts[key.replace(/-([a-z])/g, (_, c) => c.toUpperCase())];
    return typeof value === 'string' ? value : undefined;
}

export { DashboardHttpError as D, ImportIncompleteError as I, addDashboardFlags as a, createHttpClient as c, flagValue as f, grafanaAuth as g, kibanaAuth as k, parseBaseUrl as p, serverMessage as s };
