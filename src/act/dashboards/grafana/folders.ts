import type { Logger } from '../../../core/logger.js'
import { DashboardHttpError } from '../errors.js'
import { serverMessage } from '../http-client.js'
import { grafanaHttpError, type GrafanaContext } from './grafana-errors.js'

export interface GrafanaFolder {
  uid: string
  title: string
  /** This run created it. */
  created: boolean
}

/**
 * The folder named by `grafana-folder`, by uid or by title; created (with that title) when there is none,
 * so a first import into a fresh Grafana needs no manual step. Lists top-level folders only: a nested
 * folder is named by its uid.
 */
export async function findOrCreateFolder(
  ctx: GrafanaContext,
  folder: string,
  logger?: Logger,
): Promise<GrafanaFolder> {
  const found = await findFolder(ctx, folder)
  if (found) return found
  const response = await ctx.client.send({
    method: 'POST',
    path: '/api/folders',
    headers: { 'content-type': 'application/json' },
    body: () => JSON.stringify({ title: folder }),
  })
  if (response.status === 409 || response.status === 412) {
    // Someone created it between our lookup and our create: use theirs.
    const raced = await findFolder(ctx, folder)
    if (raced) return raced
  }
  if (response.status !== 200)
    throw grafanaHttpError(response, ctx, `creating folder "${folder}"`, {
      403: 'the token or user may not create folders: create the folder in Grafana, or give the service account the Editor role (folders:create)',
    })
  const body = response.json as { uid?: unknown; title?: unknown } | undefined
  if (typeof body?.uid !== 'string')
    throw new DashboardHttpError(`Grafana answered the folder creation without a folder uid`, response.status)
  logger?.info(`created Grafana folder "${folder}" (uid ${body.uid})`)
  return { uid: body.uid, title: typeof body.title === 'string' ? body.title : folder, created: true }
}

async function findFolder(ctx: GrafanaContext, folder: string): Promise<GrafanaFolder | undefined> {
  const response = await ctx.client.send({ method: 'GET', path: '/api/folders?limit=1000' })
  if (response.status !== 200)
    throw grafanaHttpError(response, ctx, 'listing folders', {
      403: 'the token or user may not read folders: give the service account the Editor role (folders:read)',
    })
  if (!Array.isArray(response.json))
    throw new DashboardHttpError(
      `Grafana answered the folder list with something else (${serverMessage(response) ?? 'not a list'})`,
      response.status,
    )
  const folders = (response.json as { uid?: unknown; title?: unknown }[]).filter(
    (f): f is { uid: string; title: string } => typeof f.uid === 'string' && typeof f.title === 'string',
  )
  const match = folders.find((f) => f.uid === folder) ?? folders.find((f) => f.title === folder)
  return match ? { uid: match.uid, title: match.title, created: false } : undefined
}
