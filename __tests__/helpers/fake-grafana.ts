import { Buffer } from 'node:buffer'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A small Grafana with the parts of its HTTP API that `grafana import` uses, as Grafana documents them
 * (docs/sources/developers/http_api/dashboard.md and folder.md):
 *
 * - auth: `Authorization: Bearer <service-account token>` or basic; anything else is 401;
 * - `GET /api/folders` (list), `POST /api/folders` (`{title, uid?}`; 409 when the title exists);
 * - `GET /api/dashboards/uid/:uid` → `{dashboard, meta: {folderUid, url, version}}` or 404;
 * - `POST /api/dashboards/db` with `{dashboard, folderUid?, overwrite, message?}`: 400 for a body without a
 *   dashboard or a title, 404 for an unknown folder, 422 when `panels` is not a list, 412 `version-mismatch`
 *   when the uid exists, overwrite is false and the version differs, 412 `name-exists` when another uid has
 *   the title in the folder and overwrite is false; otherwise stored with version + 1 and answered with
 *   `{id, uid, url, status: "success", version, slug}`.
 *
 * `rateLimitOnce` answers the next request with 429 and Retry-After, once.
 */
export interface FakeGrafanaOptions {
  token?: string
  user?: { username: string; password: string }
}

interface StoredDashboard {
  dashboard: Record<string, unknown> & { uid: string; title: string; id: number; version: number }
  folderUid: string
}

export class FakeGrafana {
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers']; body: string }[] =
    []
  readonly dashboards = new Map<string, StoredDashboard>()
  readonly folders: { id: number; uid: string; title: string }[] = []
  private server: Server | undefined
  private nextId = 1
  private pending429: string | undefined
  private folderToDelete: string | undefined

  constructor(private readonly options: FakeGrafanaOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => reply(res, 500, { message: String(error) }))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve(),
    )
  }

  rateLimitOnce(retryAfter = '0'): void {
    this.pending429 = retryAfter
  }

  addFolder(title: string, uid: string): void {
    this.folders.push({ id: this.nextId++, uid, title })
  }

  /** Delete this folder just before the next dashboard save, as someone might between lookup and save. */
  deleteFolderBeforeNextSave(uid: string): void {
    this.folderToDelete = uid
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://grafana')
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      headers: req.headers,
      body: text,
    })

    if (!this.authenticated(req.headers.authorization))
      // Grafana's 401 can name what it rejected; so does this one, to prove the client never echoes it.
      return reply(res, 401, {
        message: `invalid API key: ${req.headers.authorization ?? 'none'}`,
        messageId: 'auth.unauthorized',
      })
    if (this.pending429 !== undefined) {
      res.setHeader('retry-after', this.pending429)
      this.pending429 = undefined
      return reply(res, 429, { message: 'Too many requests' })
    }

    if (req.method === 'GET' && url.pathname === '/api/folders') return reply(res, 200, this.folders)
    if (req.method === 'POST' && url.pathname === '/api/folders') {
      const body = parse(text) as { title?: unknown; uid?: unknown } | undefined
      if (typeof body?.title !== 'string' || body.title === '')
        return reply(res, 400, { message: 'Folder title cannot be empty' })
      if (this.folders.some((f) => f.title === body.title))
        return reply(res, 409, {
          message: 'a folder or dashboard in the general folder with the same name already exists',
        })
      const folder = {
        id: this.nextId++,
        uid: typeof body.uid === 'string' ? body.uid : `f${this.nextId}x`,
        title: body.title,
      }
      this.folders.push(folder)
      return reply(res, 200, { ...folder, url: `/dashboards/f/${folder.uid}/` })
    }
    const byUid = /^\/api\/dashboards\/uid\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'GET' && byUid) {
      const stored = this.dashboards.get(decodeURIComponent(byUid[1]!))
      if (!stored) return reply(res, 404, { message: 'Dashboard not found' })
      return reply(res, 200, {
        dashboard: stored.dashboard,
        meta: {
          folderUid: stored.folderUid,
          url: urlOf(stored.dashboard),
          version: stored.dashboard.version,
        },
      })
    }
    if (req.method === 'POST' && url.pathname === '/api/dashboards/db') return this.save(text, res)
    return reply(res, 404, { message: 'Not found' })
  }

  private save(text: string, res: ServerResponse): void {
    if (this.folderToDelete !== undefined) {
      const index = this.folders.findIndex((f) => f.uid === this.folderToDelete)
      if (index >= 0) this.folders.splice(index, 1)
      this.folderToDelete = undefined
    }
    const body = parse(text) as { dashboard?: unknown; folderUid?: unknown; overwrite?: unknown } | undefined
    const dashboard = body?.dashboard as (Record<string, unknown> & { version?: unknown }) | undefined
    if (typeof dashboard !== 'object' || dashboard === null)
      return reply(res, 400, { message: 'bad request data' })
    if (typeof dashboard.title !== 'string' || dashboard.title.trim() === '')
      return reply(res, 400, { message: 'Dashboard title cannot be empty', status: 'empty-name' })
    if (!Array.isArray(dashboard.panels ?? [])) return reply(res, 422, { message: 'panels must be a list' })
    const folderUid = typeof body!.folderUid === 'string' ? body!.folderUid : ''
    if (folderUid !== '' && !this.folders.some((f) => f.uid === folderUid))
      return reply(res, 404, { message: 'folder not found' })
    const overwrite = body!.overwrite === true
    const uid =
      typeof dashboard.uid === 'string' && dashboard.uid !== '' ? dashboard.uid : `gen${this.nextId}`
    const existing = this.dashboards.get(uid)
    if (existing && !overwrite && dashboard.version !== existing.dashboard.version)
      return reply(res, 412, {
        message: 'The dashboard has been changed by someone else',
        status: 'version-mismatch',
      })
    const sameTitle = [...this.dashboards.values()].find(
      (d) => d.dashboard.uid !== uid && d.folderUid === folderUid && d.dashboard.title === dashboard.title,
    )
    if (sameTitle && !overwrite)
      return reply(res, 412, {
        message: 'A dashboard with the same name in the folder already exists',
        status: 'name-exists',
      })
    const saved = {
      ...dashboard,
      uid,
      id: existing?.dashboard.id ?? this.nextId++,
      version: (existing?.dashboard.version ?? 0) + 1,
    } as StoredDashboard['dashboard']
    this.dashboards.set(uid, { dashboard: saved, folderUid })
    reply(res, 200, {
      id: saved.id,
      uid,
      url: urlOf(saved),
      status: 'success',
      version: saved.version,
      slug: slug(saved.title),
    })
  }

  private authenticated(header: string | undefined): boolean {
    const { token, user } = this.options
    if (token === undefined && user === undefined) return true
    if (token !== undefined && header === `Bearer ${token}`) return true
    if (
      user !== undefined &&
      header === `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
    )
      return true
    return false
  }
}

const slug = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
const urlOf = (d: { uid: string; title: string }): string => `/d/${d.uid}/${slug(d.title)}`

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
