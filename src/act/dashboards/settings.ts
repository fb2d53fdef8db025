import { ConfigError } from '../../core/errors.js'
import type { GrafanaImportOptions } from './grafana/import-dashboard.js'
import type { KibanaImportOptions } from './kibana/import-saved-objects.js'

/**
 * The dashboard settings, one name each for flags, action inputs and (once they join the schema) the
 * config file, with an environment variable as fallback: secrets are best passed that way, as a flag
 * would show in the process list and the shell history. All are strings; none has a default value.
 */
export interface DashboardSetting {
  key: string
  env: string
  description: string
  /** A credential: masked in the action, never logged, never in a message. */
  secret?: boolean
}

export const KIBANA_SETTINGS = [
  {
    key: 'kibana-url',
    env: 'LOGWARD_KIBANA_URL',
    description:
      "Kibana's base URL, e.g. https://kibana.example.com:5601 (with its server.basePath, if any).",
  },
  {
    key: 'kibana-space',
    env: 'LOGWARD_KIBANA_SPACE',
    description: 'Kibana space id to import into (default: the default space).',
  },
  {
    key: 'kibana-api-key',
    env: 'LOGWARD_KIBANA_API_KEY',
    description: 'Elasticsearch API key for Kibana: the `encoded` value (or id:api_key).',
    secret: true,
  },
  {
    key: 'kibana-username',
    env: 'LOGWARD_KIBANA_USERNAME',
    description: 'Kibana user for basic auth (instead of an API key).',
  },
  {
    key: 'kibana-password',
    env: 'LOGWARD_KIBANA_PASSWORD',
    description: 'Password of kibana-username.',
    secret: true,
  },
] as const satisfies readonly DashboardSetting[]

export const GRAFANA_SETTINGS = [
  {
    key: 'grafana-url',
    env: 'LOGWARD_GRAFANA_URL',
    description: "Grafana's base URL, e.g. https://grafana.example.com (with its sub-path, if any).",
  },
  {
    key: 'grafana-token',
    env: 'LOGWARD_GRAFANA_TOKEN',
    description: 'Grafana service-account token (sent as Authorization: Bearer).',
    secret: true,
  },
  {
    key: 'grafana-username',
    env: 'LOGWARD_GRAFANA_USERNAME',
    description: 'Grafana user for basic auth (instead of a token).',
  },
  {
    key: 'grafana-password',
    env: 'LOGWARD_GRAFANA_PASSWORD',
    description: 'Password of grafana-username.',
    secret: true,
  },
  {
    key: 'grafana-folder',
    env: 'LOGWARD_GRAFANA_FOLDER',
    description:
      'Folder (title or uid) for the dashboard; created when missing (default: the root, "General").',
  },
  {
    key: 'grafana-datasource',
    env: 'LOGWARD_GRAFANA_DATASOURCE',
    description:
      'Uid of the Elasticsearch data source the dashboard opens on (default: Grafana picks its default Elasticsearch data source).',
  },
] as const satisfies readonly DashboardSetting[]

type Values<S extends readonly DashboardSetting[]> = Partial<Record<S[number]['key'], string>>
export type KibanaSettings = Values<typeof KIBANA_SETTINGS>
export type GrafanaSettings = Values<typeof GRAFANA_SETTINGS>

/**
 * Read settings from a source (flags, action inputs), falling back to their environment variables. Empty
 * values count as unset, as an action input left blank arrives as ''.
 */
export function readDashboardSettings<S extends readonly DashboardSetting[]>(
  settings: S,
  get: (key: S[number]['key']) => string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Values<S> {
  const out: Record<string, string> = {}
  for (const s of settings) {
    const value = [get(s.key as S[number]['key']), env[s.env]].find((v) => v !== undefined && v.trim() !== '')
    if (value !== undefined) out[s.key] = value.trim()
  }
  return out as Values<S>
}

export function kibanaImportOptions(values: KibanaSettings): KibanaImportOptions {
  const url = values['kibana-url']
  if (!url)
    throw new ConfigError('kibana-url is not set', {
      hint: "pass --kibana-url (or the kibana-url input) or set LOGWARD_KIBANA_URL to Kibana's base URL",
    })
  return {
    url,
    ...(values['kibana-space'] ? { space: values['kibana-space'] } : {}),
    ...(values['kibana-api-key'] ? { apiKey: values['kibana-api-key'] } : {}),
    ...(values['kibana-username'] ? { username: values['kibana-username'] } : {}),
    ...(values['kibana-password'] ? { password: values['kibana-password'] } : {}),
  }
}

export function grafanaImportOptions(values: GrafanaSettings): GrafanaImportOptions {
  const url = values['grafana-url']
  if (!url)
    throw new ConfigError('grafana-url is not set', {
      hint: "pass --grafana-url or set LOGWARD_GRAFANA_URL to Grafana's base URL",
    })
  return {
    url,
    ...(values['grafana-token'] ? { token: values['grafana-token'] } : {}),
    ...(values['grafana-username'] ? { username: values['grafana-username'] } : {}),
    ...(values['grafana-password'] ? { password: values['grafana-password'] } : {}),
    ...(values['grafana-folder'] ? { folder: values['grafana-folder'] } : {}),
    ...(values['grafana-datasource'] ? { datasource: values['grafana-datasource'] } : {}),
  }
}
