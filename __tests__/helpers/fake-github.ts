import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * A fake GitHub REST API on 127.0.0.1 (port 0), for the GitHub publisher and the run-log source. It
 * implements exactly these endpoints, under an optional path prefix (`/api/v3`, as on GitHub Enterprise
 * Server), with GitHub's documented behaviour:
 *
 *   GET    /user                                          200 {login,type}; 403 "Resource not accessible by
 *                                                         integration" for installation tokens (GITHUB_TOKEN)
 *   GET    /repos/{o}/{r}/issues/{n}/comments             paginated (`per_page` ≤ 100, default 30, `page`),
 *                                                         oldest first, `Link` header with rel="next"/"last"
 *   POST   /repos/{o}/{r}/issues/{n}/comments             201; 403 for a read-only token
 *   PATCH  /repos/{o}/{r}/issues/comments/{id}            200; 403 read-only, or not the author (no admin
 *                                                         here); 404 unknown id
 *   POST   /repos/{o}/{r}/check-runs                      201; 403 read-only; 422 when more than 50
 *                                                         annotations, title > 255, summary/text > 65,535
 *   PATCH  /repos/{o}/{r}/check-runs/{id}                 200, annotations appended; same 403/422; 404
 *   GET    /repos/{o}/{r}/commits?sha=&per_page=          commits of a branch, newest first; 404 unknown
 *   GET    /repos/{o}/{r}/commits/{ref}/check-runs        {total_count, check_runs}, `check_name` filter
 *   GET    /repos/{o}/{r}/actions/runs/{id}/jobs          {total_count, jobs}, paginated like comments;
 *                                                         404 unknown run
 *   GET    /repos/{o}/{r}/actions/jobs/{id}/logs          302 to the storage server's signed URL; 404
 *                                                         unknown job or no log
 *   anything else                                         404 {"message":"Not Found"}
 *
 * Every request needs `Authorization: token|Bearer <known token>` (401 "Bad credentials" otherwise). The
 * storage server (a second listener) serves `/logs/{id}?sig=…`: 400 when the request carries any
 * Authorization header (as Azure Blob storage does), 403 for a bad signature, 503 on `storageFault`. Faults (`fault()`) answer
 * the next matching requests with a given status, headers and body before routing: rate limits, 5xx.
 * Every request is recorded (method, path, query, headers, body) for assertions.
 */

export interface FakeToken {
  /** The login comments are made as. */
  login: string
  /** `app`: an installation token (GITHUB_TOKEN): GET /user is refused. */
  kind: 'user' | 'app'
  /** A fork's or Dependabot's token: every write is 403. */
  readOnly?: boolean
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  html_url: string
  created_at: string
  updated_at: string
}

export interface FakeAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: string
  message: string
  title?: string
  raw_details?: string
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  details_url?: string
  html_url: string
  output: { title?: string; summary?: string; text?: string }
  annotations: FakeAnnotation[]
}

export interface FakeJob {
  id: number
  name: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion: string | null
  /** The job's log; none: 404 from the logs endpoint. */
  log?: string
}

export interface Fault {
  method?: string
  /** Matched against the path without the prefix and query. */
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests it answers. Default 1. */
  times?: number
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

export interface FakeGitHub {
  /** The API base URL (with the prefix): what Octokit's `baseUrl` is set to. */
  url: string
  /** The storage server's origin. */
  storageUrl: string
  requests: RecordedRequest[]
  storageRequests: { path: string; headers: IncomingMessage['headers'] }[]
  comments: Map<number, FakeComment[]>
  checkRuns: FakeCheckRun[]
  jobs: Map<number, FakeJob[]>
  /** Branch → commit SHAs, newest first. */
  branches: Map<string, string[]>
  addComment(issue: number, login: string, body: string): FakeComment
  fault(f: Fault): void
  /** The storage server answers the next `times` requests with 503. */
  storageFault(times: number): void
  /** Requests matching a method and a path pattern. */
  calls(method: string, path: RegExp): RecordedRequest[]
  close(): Promise<void>
}

const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
}

export async function startFakeGitHub(
  options: { tokens: Record<string, FakeToken>; prefix?: string; owner?: string; repo?: string } = {
    tokens: {},
  },
): Promise<FakeGitHub> {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '')
  const repoPath = `/repos/${options.owner ?? 'acme'}/${options.repo ?? 'shop'}`
  const faults: (Fault & { left: number })[] = []
  let nextId = 1000
  const state = {
    requests: [] as RecordedRequest[],
    storageRequests: [] as FakeGitHub['storageRequests'],
    comments: new Map<number, FakeComment[]>(),
    checkRuns: [] as FakeCheckRun[],
    jobs: new Map<number, FakeJob[]>(),
    branches: new Map<string, string[]>(),
  }
  const SIG = 'sv=2024&sig=s3cr3t-signature'
  const storageFaults = { left: 0 }

  const storage = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://storage')
    state.storageRequests.push({ path: url.pathname, headers: req.headers })
    if (req.headers.authorization !== undefined)
      return json(res, 400, { message: 'Authorization not allowed' })
    if (storageFaults.left > 0) {
      storageFaults.left--
      return json(res, 503, { message: 'Server busy' })
    }
    const m = /^\/logs\/(\d+)$/.exec(url.pathname)
    const job = m ? findJob(Number(m[1])) : undefined
    if (!job?.log || url.search !== `?${SIG}`) return json(res, 403, { message: 'Signature invalid' })
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(job.log)
  })

  const findJob = (id: number): FakeJob | undefined => {
    for (const list of state.jobs.values()) {
      const j = list.find((x) => x.id === id)
      if (j) return j
    }
    return undefined
  }

  let apiOrigin = ''
  let storageOrigin = ''

  const api = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'http://api')
      let body: unknown
      try {
        body = raw === '' ? undefined : JSON.parse(raw)
      } catch {
        return json(res, 400, { message: 'Problems parsing JSON' })
      }
      const method = req.method ?? 'GET'
      if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found' })
      const path = url.pathname.slice(prefix.length) || '/'
      state.requests.push({ method, path, query: url.searchParams, headers: req.headers, body })
      const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')
      const token = auth ? options.tokens[auth[1]!] : undefined
      if (!token) return json(res, 401, { message: 'Bad credentials' })
      const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(path))
      if (fault) {
        fault.left--
        return json(res, fault.status, fault.body ?? { message: 'fault' }, fault.headers)
      }
      route(req, res, method, path, url.searchParams, body, token)
    })
  })

  function route(
    _req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    q: URLSearchParams,
    body: unknown,
    token: FakeToken,
  ): void {
    const write = method !== 'GET'
    if (write && token.readOnly) return json(res, 403, NOT_ACCESSIBLE)
    let m: RegExpExecArray | null
    if (method === 'GET' && path === '/user') {
      if (token.kind === 'app') return json(res, 403, NOT_ACCESSIBLE)
      return json(res, 200, { login: token.login, type: 'User', id: 1 })
    }
    if (!path.startsWith(`${repoPath}/`)) return json(res, 404, { message: 'Not Found' })
    const rest = path.slice(repoPath.length)
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1])
      const list = state.comments.get(issue) ?? []
      if (method === 'GET') return page(res, path, q, list)
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string' || text === '') return invalid(res, 'body is missing')
        if (text.length > 65_536) return invalid(res, 'Body is too long (maximum is 65536 characters)')
        return json(res, 201, addComment(issue, token.login, text, token.kind === 'app'))
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const id = Number(m[1])
      const c = [...state.comments.values()].flat().find((x) => x.id === id)
      if (!c) return json(res, 404, { message: 'Not Found' })
      if (c.user.login !== token.login) return json(res, 403, NOT_ACCESSIBLE)
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string' || text === '') return invalid(res, 'body is missing')
      if (text.length > 65_536) return invalid(res, 'Body is too long (maximum is 65536 characters)')
      c.body = text
      c.updated_at = new Date().toISOString()
      return json(res, 200, c)
    }
    if (rest === '/check-runs' && method === 'POST') {
      const b = (body ?? {}) as Partial<FakeCheckRun> & { output?: { annotations?: FakeAnnotation[] } }
      if (!b.name || !b.head_sha) return invalid(res, 'name and head_sha are required')
      const problem = checkOutput(b.output)
      if (problem) return invalid(res, problem)
      const id = nextId++
      const run: FakeCheckRun = {
        id,
        name: b.name,
        head_sha: b.head_sha,
        status: b.status ?? 'queued',
        conclusion: b.conclusion ?? null,
        ...(b.details_url ? { details_url: b.details_url } : {}),
        html_url: `https://github.example/${repoPath}/runs/${id}`,
        output: outputOf(b.output),
        annotations: [...(b.output?.annotations ?? [])],
      }
      state.checkRuns.push(run)
      return json(res, 201, view(run))
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = state.checkRuns.find((r) => r.id === Number(m![1]))
      if (!run) return json(res, 404, { message: 'Not Found' })
      const b = (body ?? {}) as Partial<FakeCheckRun> & { output?: { annotations?: FakeAnnotation[] } }
      const problem = checkOutput(b.output)
      if (problem) return invalid(res, problem)
      if (b.status) run.status = b.status
      if (b.conclusion) run.conclusion = b.conclusion
      if (b.output) {
        run.output = outputOf(b.output)
        run.annotations.push(...(b.output.annotations ?? []))
      }
      return json(res, 200, view(run))
    }
    if (rest === '/commits' && method === 'GET') {
      const shas = state.branches.get(q.get('sha') ?? '')
      if (!shas) return json(res, 404, { message: 'Not Found' })
      const n = Math.min(Number(q.get('per_page') ?? 30), 100)
      return json(
        res,
        200,
        shas.slice(0, n).map((sha) => ({ sha })),
      )
    }
    if ((m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest)) && method === 'GET') {
      const ref = decodeURIComponent(m[1]!)
      const sha = state.branches.get(ref)?.[0] ?? ref
      const name = q.get('check_name')
      const runs = state.checkRuns.filter((r) => r.head_sha === sha && (!name || r.name === name)).reverse()
      return json(res, 200, { total_count: runs.length, check_runs: runs.map(view) })
    }
    if ((m = /^\/actions\/runs\/(\d+)\/jobs$/.exec(rest)) && method === 'GET') {
      const jobs = state.jobs.get(Number(m[1]))
      if (!jobs) return json(res, 404, { message: 'Not Found' })
      return page(
        res,
        path,
        q,
        jobs.map(({ log: _log, ...j }) => ({ ...j, run_id: Number(m![1]) })),
        'jobs',
      )
    }
    if ((m = /^\/actions\/jobs\/(\d+)\/logs$/.exec(rest)) && method === 'GET') {
      const job = findJob(Number(m[1]))
      if (!job?.log) return json(res, 404, { message: 'Not Found' })
      res.writeHead(302, { location: `${storageOrigin}/logs/${job.id}?${SIG}`, 'content-length': '0' })
      return void res.end()
    }
    json(res, 404, { message: 'Not Found' })
  }

  /** GitHub's pagination: `per_page` (default 30, at most 100), `page` from 1, and a `Link` header. */
  function page(res: ServerResponse, path: string, q: URLSearchParams, items: unknown[], key?: string): void {
    const per = Math.max(1, Math.min(Number(q.get('per_page') ?? 30) || 30, 100))
    const n = Math.max(1, Number(q.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / per))
    const link = (p: number): string => {
      const u = new URLSearchParams(q)
      u.set('page', String(p))
      u.set('per_page', String(per))
      return `<${apiOrigin}${prefix}${path}?${u}>`
    }
    const links: string[] = []
    if (n < last) links.push(`${link(n + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (n > 1) links.push(`${link(1)}; rel="first"`, `${link(n - 1)}; rel="prev"`)
    const slice = items.slice((n - 1) * per, n * per)
    json(
      res,
      200,
      key ? { total_count: items.length, [key]: slice } : slice,
      links.length > 0 ? { link: links.join(', ') } : {},
    )
  }

  function addComment(
    issue: number,
    login: string,
    body: string,
    bot = login.endsWith('[bot]'),
  ): FakeComment {
    const id = nextId++
    const now = new Date().toISOString()
    const c: FakeComment = {
      id,
      body,
      user: { login, type: bot ? 'Bot' : 'User' },
      html_url: `https://github.example${repoPath}/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    }
    const list = state.comments.get(issue) ?? []
    list.push(c)
    state.comments.set(issue, list)
    return c
  }

  await Promise.all([listen(api), listen(storage)])
  apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
  storageOrigin = `http://127.0.0.1:${(storage.address() as AddressInfo).port}`

  return {
    url: `${apiOrigin}${prefix}`,
    storageUrl: storageOrigin,
    ...state,
    addComment: (issue, login, body) => addComment(issue, login, body),
    fault: (f) => faults.push({ ...f, left: f.times ?? 1 }),
    storageFault: (times) => {
      storageFaults.left = times
    },
    calls: (method, path) => state.requests.filter((r) => r.method === method && path.test(r.path)),
    close: async () => {
      await Promise.all([close(api), close(storage)])
    },
  }
}

function view(
  run: FakeCheckRun,
): Omit<FakeCheckRun, 'annotations'> & { output: { annotations_count: number } } {
  const { annotations, ...rest } = run
  return { ...rest, output: { ...run.output, annotations_count: annotations.length } }
}

function outputOf(
  o: { title?: string; summary?: string; text?: string } | undefined,
): FakeCheckRun['output'] {
  if (!o) return {}
  return {
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.summary !== undefined ? { summary: o.summary } : {}),
    ...(o.text !== undefined ? { text: o.text } : {}),
  }
}

/** GitHub's limits on a check run's output, as 422 messages. */
function checkOutput(
  o: { title?: string; summary?: string; text?: string; annotations?: FakeAnnotation[] } | undefined,
): string | undefined {
  if (!o) return undefined
  if (o.title === undefined || o.summary === undefined) return 'output.title and output.summary are required'
  if (o.title.length > 255) return 'output.title is too long (maximum is 255 characters)'
  if (o.summary.length > 65_535) return 'output.summary is too long (maximum is 65535 characters)'
  if ((o.text ?? '').length > 65_535) return 'output.text is too long (maximum is 65535 characters)'
  const a = o.annotations ?? []
  if (a.length > 50) return 'Only 50 annotations are allowed per request'
  for (const x of a) {
    if (!x.path || !(x.start_line > 0) || !(x.end_line >= x.start_line))
      return 'annotation is missing path or lines'
    if (!['notice', 'warning', 'failure'].includes(x.annotation_level)) return 'annotation_level is invalid'
    if (typeof x.message !== 'string' || Buffer.byteLength(x.message) > 65_536)
      return 'annotation message is invalid'
    if (x.title !== undefined && x.title.length > 255) return 'annotation title is too long'
    if (x.path.startsWith('/')) return 'annotation path must be relative to the repository root'
  }
  return undefined
}

function invalid(res: ServerResponse, message: string): void {
  json(res, 422, {
    message: 'Validation Failed',
    errors: [{ message }],
    documentation_url: 'https://docs.github.com/rest',
  })
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
