import { isDeepStrictEqual } from 'node:util'
import { ServiceError } from '../../../core/errors.js'
import type { Logger } from '../../../core/logger.js'
import type { RetryOptions } from '../../../core/retry.js'
import { grafanaAuth } from '../auth.js'
import { parseBaseUrl } from '../base-url.js'
import { createHttpClient } from '../http-client.js'
import { findOrCreateFolder, type GrafanaFolder } from './folders.js'
import { grafanaHttpError, type GrafanaContext } from './grafana-errors.js'
import { withDatasource, type GrafanaDashboard } from './logward-dashboard.js'
import type { DashboardFile } from './read-dashboard.js'

/**
 * The settings of `grafana import` (grafana-url, grafana-token, grafana-username, grafana-password,
 * grafana-folder, grafana-datasource), typed; the command fills them from flags and env.
 */
export interface GrafanaImportOptions {
  url: string
  token?: string
  username?: string
  password?: string
  /** Folder title or uid; created when missing. Undefined: Grafana's root ("General"). */
  folder?: string
  /** Uid of the Elasticsearch data source the dashboard opens on. Undefined: Grafana's default one. */
  datasource?: string
  /** false: fail (412) when a dashboard with this uid exists, instead of replacing it. Default true. */
  overwrite?: boolean
  logger?: Logger
  timeoutMs?: number
  retry?: RetryOptions
}

export interface GrafanaImportResult {
  grafana: string
  source: string
  uid: string
  title: string
  /** created: new; updated: replaced a different version; unchanged: Grafana already had this dashboard. */
  status: 'created' | 'updated' | 'unchanged'
  version: number | undefined
  /** The dashboard's page, absolute. */
  url: string | undefined
  folder: GrafanaFolder | undefined
}

/**
 * `POST {grafana}/api/dashboards/db` with `{dashboard, folderUid, overwrite: true}` (Grafana's dashboard
 * API). The dashboard's fixed uid makes a second import update the same dashboard; when Grafana already
 * holds exactly this dashboard in this folder, nothing is posted, so no empty version is added to its
 * history.
 */
export async function importGrafanaDashboard(
  file: DashboardFile,
  options: GrafanaImportOptions,
): Promise<GrafanaImportResult> {
  const base = parseBaseUrl(options.url, 'grafana-url')
  const auth = grafanaAuth(options)
  const client = createHttpClient('Grafana', {
    base,
    auth,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  })
  const ctx: GrafanaContext = { client, auth: auth.kind, grafana: base.display }
  const dashboard = options.datasource ? withDatasource(file.dashboard, options.datasource) : file.dashboard
  const folder = options.folder?.trim()
    ? await findOrCreateFolder(ctx, options.folder.trim(), options.logger)
    : undefined
  const folderUid = folder?.uid ?? ''
  const overwrite = options.overwrite ?? true

  const existing = await currentDashboard(ctx, dashboard.uid)
  const result = {
    grafana: base.display,
    source: file.source,
    uid: dashboard.uid,
    title: dashboard.title,
    folder,
  }
  if (existing && existing.folderUid === folderUid && sameDashboard(existing.dashboard, dashboard))
    return {
      ...result,
      status: 'unchanged',
      version: existing.version,
      url: absolute(base.display, existing.url),
    }

  options.logger?.debug(
    `posting dashboard ${dashboard.uid} to ${base.display} (folder ${folderUid || 'General'}, auth ${auth.kind})`,
  )
  const response = await client.send({
    method: 'POST',
    path: '/api/dashboards/db',
    headers: { 'content-type': 'application/json' },
    body: () =>
      JSON.stringify({
        // id null: Grafana finds the dashboard by uid; a numeric id from another Grafana would be wrong here.
        dashboard: { ...dashboard, id: null },
        ...(folderUid ? { folderUid } : {}),
        overwrite,
        message: 'logward grafana import',
      }),
  })
  if (response.status !== 200)
    throw grafanaHttpError(response, ctx, `saving dashboard "${dashboard.title}"`, {
      403: `the service account or user may not save dashboards${folder ? ` in folder "${folder.title}"` : ''}: give it the Editor role, or dashboards:create and dashboards:write on the folder`,
    })
  const body = response.json as { uid?: unknown; url?: unknown; version?: unknown } | undefined
  if (typeof body?.uid !== 'string')
    throw new ServiceError('Grafana answered the dashboard save with 200 but without a dashboard uid', {
      hint: 'check that grafana-url is Grafana (not a proxy page)',
    })
  return {
    ...result,
    uid: body.uid,
    status: existing ? 'updated' : 'created',
    version: typeof body.version === 'number' ? body.version : undefined,
    url: typeof body.url === 'string' ? absolute(base.display, body.url) : undefined,
  }
}

interface Existing {
  dashboard: Record<string, unknown>
  folderUid: string
  version: number | undefined
  url: string | undefined
}

/** The stored dashboard with this uid, or undefined when there is none (404). */
async function currentDashboard(ctx: GrafanaContext, uid: string): Promise<Existing | undefined> {
  const response = await ctx.client.send({
    method: 'GET',
    path: `/api/dashboards/uid/${encodeURIComponent(uid)}`,
  })
  if (response.status === 404) return undefined
  if (response.status !== 200)
    throw grafanaHttpError(response, ctx, `reading dashboard ${uid}`, {
      404: 'no dashboard API at this URL: check grafana-url',
    })
  const body = response.json as
    { dashboard?: unknown; meta?: { folderUid?: unknown; url?: unknown } } | undefined
  if (typeof body?.dashboard !== 'object' || body.dashboard === null) return undefined
  const dashboard = body.dashboard as Record<string, unknown>
  return {
    dashboard,
    folderUid: typeof body.meta?.folderUid === 'string' ? body.meta.folderUid : '',
    version: typeof dashboard.version === 'number' ? dashboard.version : undefined,
    url: typeof body.meta?.url === 'string' ? body.meta.url : undefined,
  }
}

/** Equal apart from what Grafana assigns on save (its numeric id and the version counter). */
function sameDashboard(stored: Record<string, unknown>, ours: GrafanaDashboard): boolean {
  const strip = ({ id: _id, version: _version, ...rest }: Record<string, unknown>): Record<string, unknown> =>
    rest
  return isDeepStrictEqual(strip(stored), strip(ours))
}

function absolute(base: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined
  if (/^https?:\/\//.test(path)) return path
  // Grafana's url is relative to its root, and already includes a sub-path when it is served under one.
  const origin = new URL(base).origin
  const basePath = new URL(base).pathname.replace(/\/+$/, '')
  return path.startsWith(basePath + '/') && basePath !== '' ? `${origin}${path}` : `${base}${path}`
}
