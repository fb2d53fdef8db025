import { Buffer } from 'node:buffer'
import { ConfigError } from '../../core/errors.js'

/**
 * The `Authorization` header for Kibana or Grafana, and every form of the secrets in it, so that whatever
 * a server echoes back can be scrubbed before it reaches a message (see `http-client.ts`).
 */
export interface Auth {
  /** Undefined: no credentials (a server without security, or one behind an authenticating proxy). */
  header: string | undefined
  /** What kind of credentials, for a log line: never a value. */
  kind: 'api-key' | 'bearer' | 'basic' | 'none'
  /** Every secret value and encoding of it that could appear in a response or an error. */
  secrets: string[]
}

const basic = (username: string, password: string): Auth => {
  const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64')
  return { header: `Basic ${encoded}`, kind: 'basic', secrets: [password, encoded] }
}

function checkBasic(prefix: string, username: string | undefined, password: string | undefined): void {
  if ((username === undefined) !== (password === undefined))
    throw new ConfigError(
      `${prefix}-username and ${prefix}-password go together: ${username === undefined ? `${prefix}-username` : `${prefix}-password`} is not set`,
    )
}

/**
 * Kibana: an Elasticsearch API key (`Authorization: ApiKey <base64 of id:key>`) or basic auth. The key is
 * taken as the `encoded` value Elasticsearch returns; an `id:key` pair (base64 has no `:`) is encoded here.
 */
export function kibanaAuth(options: { apiKey?: string; username?: string; password?: string }): Auth {
  const { apiKey, username, password } = options
  checkBasic('kibana', username, password)
  if (apiKey !== undefined && username !== undefined)
    throw new ConfigError('set either kibana-api-key or kibana-username/kibana-password, not both')
  if (apiKey !== undefined) {
    const encoded = apiKey.includes(':') ? Buffer.from(apiKey, 'utf8').toString('base64') : apiKey
    return { header: `ApiKey ${encoded}`, kind: 'api-key', secrets: [apiKey, encoded, ...apiKey.split(':')] }
  }
  if (username !== undefined && password !== undefined) return basic(username, password)
  return { header: undefined, kind: 'none', secrets: [] }
}

/** Grafana: a service-account token (`Authorization: Bearer …`) or basic auth. */
export function grafanaAuth(options: { token?: string; username?: string; password?: string }): Auth {
  const { token, username, password } = options
  checkBasic('grafana', username, password)
  if (token !== undefined && username !== undefined)
    throw new ConfigError('set either grafana-token or grafana-username/grafana-password, not both')
  if (token !== undefined) return { header: `Bearer ${token}`, kind: 'bearer', secrets: [token] }
  if (username !== undefined && password !== undefined) return basic(username, password)
  return { header: undefined, kind: 'none', secrets: [] }
}
