import { ConfigError } from '../../core/errors.js'

/**
 * The base URL of Kibana or Grafana, checked once: http(s) only, no credentials in it (they would end up
 * in messages and proxy logs; the settings have their own fields for them), no query or fragment. A base
 * path (`https://host/kibana`, Kibana's `server.basePath`) is kept and API paths are joined after it.
 */
export interface BaseUrl {
  /** Join an API path (`/api/...`) after the base path. */
  join(path: string): URL
  /** For messages: scheme, host and base path only. */
  readonly display: string
}

export function parseBaseUrl(raw: string, setting: string): BaseUrl {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    // The value itself is not echoed: a URL pasted with credentials in it is a secret.
    throw new ConfigError(`${setting} is not a URL`, {
      hint: `set ${setting} to the server's base URL, e.g. https://kibana.example.com:5601`,
    })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${setting} must be an http:// or https:// URL (it is ${url.protocol}//…)`)
  if (url.username !== '' || url.password !== '')
    throw new ConfigError(`${setting} must not carry a user name or password`, {
      hint: `remove them from the URL and set ${setting.replace(/-url$/, '')}-username / -password (or the token setting) instead`,
    })
  if (url.search !== '' || url.hash !== '')
    throw new ConfigError(`${setting} must not have a query string or fragment`, {
      hint: `set ${setting} to the server's base URL only`,
    })
  const basePath = url.pathname.replace(/\/+$/, '')
  const origin = url.origin
  return {
    display: `${origin}${basePath}`,
    join: (path) => new URL(`${origin}${basePath}${path.startsWith('/') ? path : `/${path}`}`),
  }
}
