import type { Auth } from '../auth.js'
import { DashboardHttpError } from '../errors.js'
import { serverMessage, type HttpClient, type HttpResponse } from '../http-client.js'

/** What the Grafana calls share: the client, the kind of credentials (for hints) and the URL for messages. */
export interface GrafanaContext {
  client: HttpClient
  auth: Auth['kind']
  grafana: string
}

/** Grafana's 412 `status` values (POST /api/dashboards/db) and what to do about each. */
const PRECONDITION: Record<string, string> = {
  'version-mismatch':
    'the dashboard exists with another version: import with overwrite (the default; drop --no-overwrite) to replace it',
  'name-exists':
    'a dashboard with the same uid or the same title in the folder exists: import with overwrite, or rename or move the other one',
  'plugin-dashboard': 'a plugin provides this dashboard: it cannot be replaced through the API',
}

/**
 * Grafana's documented HTTP errors for the dashboard and folder APIs as DashboardHttpErrors with a hint.
 * `hints` adds call-specific advice (e.g. which permission a 403 lacks).
 */
export function grafanaHttpError(
  response: HttpResponse,
  ctx: GrafanaContext,
  what: string,
  hints: Partial<Record<number, string>> = {},
): DashboardHttpError {
  const status = response.status
  const said = serverMessage(response)
  const body = response.json as { status?: unknown } | undefined
  const reason = typeof body?.status === 'string' ? body.status : undefined
  const message = `Grafana refused ${what} (${status}${reason ? ` ${reason}` : ''}${said ? `: ${said}` : ''})`
  switch (status) {
    case 401:
      // Grafana's 401 text can name the token it rejected; it is not needed to act on it.
      return new DashboardHttpError(`Grafana did not accept the credentials (401) when ${what}`, status, {
        hint:
          hints[401] ??
          (ctx.auth === 'none'
            ? 'set grafana-token (LOGWARD_GRAFANA_TOKEN), a service-account token, or grafana-username and grafana-password'
            : ctx.auth === 'bearer'
              ? 'check grafana-token: a service-account token (glsa_…) of this Grafana and organisation, not expired or revoked'
              : 'check grafana-username and grafana-password (basic auth must be enabled in Grafana)'),
      })
    case 403:
      return new DashboardHttpError(message, status, {
        hint:
          hints[403] ??
          'the service account or user lacks permission: give it the Editor role, or dashboards:create/write on the folder',
      })
    case 404:
      return new DashboardHttpError(message, status, {
        hint:
          hints[404] ??
          (said?.toLowerCase().includes('folder')
            ? 'the folder does not exist: check grafana-folder (a folder title or uid)'
            : `check grafana-url: Grafana's own URL (${ctx.grafana}), with its sub-path if it is served under one`),
      })
    case 412:
      return new DashboardHttpError(message, status, {
        hint: (reason && PRECONDITION[reason]) ?? 'Grafana refused to save over the existing dashboard',
      })
    case 400:
    case 422:
      return new DashboardHttpError(message, status, {
        hint:
          hints[status] ??
          (said?.toLowerCase().includes('folder')
            ? 'check grafana-folder (a folder title or uid)'
            : 'Grafana rejected the dashboard JSON: check the file is a dashboard model (as exported with "Export → JSON")'),
      })
    default:
      return new DashboardHttpError(
        message,
        status,
        status >= 500 ? { hint: "see Grafana's server log for the cause" } : {},
      )
  }
}
