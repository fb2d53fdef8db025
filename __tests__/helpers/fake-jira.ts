import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for Jira's REST API, in two flavours, answering as Jira does on the wire:
 *
 * - Auth: Cloud takes `Basic base64(email:token)`, Server/Data Center `Bearer <PAT>`; anything else is a
 *   401 `{ errorMessages }`. A project in `forbiddenProjects` answers 403.
 * - Search: `GET|POST /rest/api/{2,3}/search` with `startAt`/`maxResults`/`total` pagination (Server/DC;
 *   on Cloud it answers 410 Gone, as Atlassian removed it in 2025, unless `legacySearch`), and on Cloud
 *   `GET|POST /rest/api/3/search/jql` with `nextPageToken`/`isLast`. The JQL understood is what alerting
 *   writes: `project = "X" AND labels = "l" | labels in ("a", "b") AND statusCategory != Done ORDER BY
 *   created ASC`; anything else is a 400 "Error in the JQL Query".
 * - `POST /rest/api/{2,3}/issue`: 201 `{ id, key, self }`, or 400 `{ errorMessages, errors: { field:
 *   reason } }` for a bad project, issue type, priority (or any priority when `priorities: null`, as when
 *   the field is not on the create screen), component, label, summary, or a description in the wrong
 *   format (v3 wants ADF, v2 a string).
 * - `POST /rest/api/{2,3}/issue/{key}/comment`: 201, or 404 for an unknown issue.
 * - `GET /rest/api/{2,3}/issue/{key}`: the issue's status, or 404.
 */
export interface FakeJiraIssue {
  id: string
  key: string
  project: string
  issueType: string
  summary: string
  description: unknown
  labels: string[]
  priority?: string
  components: string[]
  status: 'To Do' | 'Done'
  created: string
  /** The REST version it was created with: 2 (wiki text) or 3 (ADF). */
  api: string
  comments: { id: string; body: unknown; api: string }[]
  /** False while the search index has not caught up (`searchLag`). */
  indexed: boolean
}

export interface FakeJiraOptions {
  flavor: 'cloud' | 'server'
  /** Cloud: the account email for basic auth. */
  email?: string
  token: string
  projects?: string[]
  issueTypes?: string[]
  /** `null`: priority is not on the create screen, so any priority is a 400. */
  priorities?: string[] | null
  components?: string[]
  forbiddenProjects?: string[]
  /** Largest page the search returns (Jira caps maxResults). Default 50. */
  pageSize?: number
  /** Cloud only: serve the removed `/rest/api/{2,3}/search` anyway. */
  legacySearch?: boolean
  /** New issues stay out of search results until `reindex()` (Cloud's search is eventually consistent). */
  searchLag?: boolean
}

export interface FakeJira {
  url: string
  issues: FakeJiraIssue[]
  requests: { method: string; path: string; status: number; body: string }[]
  issue(key: string): FakeJiraIssue | undefined
  /** Move an issue to Done (someone fixed it). */
  resolve(key: string): void
  /** Seed an issue, as if created earlier. */
  seed(issue: Partial<FakeJiraIssue> & { project: string; labels: string[] }): FakeJiraIssue
  reindex(): void
  /** The next `times` requests answer `status` (429 with Retry-After, 503…). */
  failNext(status: number, times?: number, headers?: Record<string, string>): void
  close(): Promise<void>
}

export async function startFakeJira(options: FakeJiraOptions): Promise<FakeJira> {
  const projects = new Set(options.projects ?? ['OPS'])
  const issueTypes = new Set(options.issueTypes ?? ['Bug', 'Task'])
  const priorities =
    options.priorities === null
      ? null
      : new Set(options.priorities ?? ['Highest', 'High', 'Medium', 'Low', 'Lowest'])
  const components = new Set(options.components ?? [])
  const forbidden = new Set(options.forbiddenProjects ?? [])
  const pageSize = options.pageSize ?? 50
  const issues: FakeJiraIssue[] = []
  const requests: FakeJira['requests'] = []
  const failures: { status: number; headers: Record<string, string> }[] = []
  const counters = new Map<string, number>()
  let clock = Date.parse('2026-01-01T00:00:00Z')

  const expectedAuth =
    options.flavor === 'cloud'
      ? `Basic ${Buffer.from(`${options.email ?? ''}:${options.token}`).toString('base64')}`
      : `Bearer ${options.token}`

  const seed: FakeJira['seed'] = (partial) => {
    const n = (counters.get(partial.project) ?? 0) + 1
    counters.set(partial.project, n)
    const issue: FakeJiraIssue = {
      id: String(10000 + issues.length),
      key: `${partial.project}-${n}`,
      issueType: 'Bug',
      summary: 'seeded',
      description: '',
      components: [],
      status: 'To Do',
      created: new Date(clock++ * 1).toISOString(),
      api: '2',
      comments: [],
      indexed: true,
      ...partial,
    }
    issues.push(issue)
    return issue
  }

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        requests.push({ method: req.method ?? '', path: url.pathname, status, body })
        send(res, status, payload, headers)
      }
      const failure = failures.shift()
      if (failure)
        return reply(failure.status, { errorMessages: [`failing with ${failure.status}`] }, failure.headers)
      if (req.headers.authorization !== expectedAuth)
        return reply(401, {
          errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
        })
      const m = /^\/rest\/api\/(2|3)\/(.*)$/.exec(url.pathname)
      if (!m) return reply(404, { errorMessages: ['Not found'] })
      const api = m[1]!
      const rest = m[2]!
      if (options.flavor === 'server' && api === '3') return reply(404, { errorMessages: ['Not found'] })
      let args: Record<string, unknown> = {}
      try {
        args =
          req.method === 'POST'
            ? (JSON.parse(body || '{}') as Record<string, unknown>)
            : Object.fromEntries(url.searchParams)
      } catch {
        return reply(400, { errorMessages: ['Unexpected character in the JSON body'] })
      }

      if (rest === 'search' || rest === 'search/jql') {
        if (options.flavor === 'cloud' && rest === 'search' && !options.legacySearch)
          return reply(410, {
            errorMessages: [
              'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
            ],
          })
        if (options.flavor === 'server' && rest === 'search/jql')
          return reply(404, { errorMessages: ['Not found'] })
        const query = parseJql(String(args.jql ?? ''))
        if ('error' in query)
          return reply(400, { errorMessages: [`Error in the JQL Query: ${query.error}`], errors: {} })
        if (query.project && !projects.has(query.project))
          return reply(400, {
            errorMessages: [`The value '${query.project}' does not exist for the field 'project'.`],
            errors: {},
          })
        if (query.project && forbidden.has(query.project)) return reply(200, page([], args, rest))
        let found = issues.filter((i) => i.indexed)
        if (query.project) found = found.filter((i) => i.project === query.project)
        if (query.labels) found = found.filter((i) => i.labels.some((l) => query.labels!.includes(l)))
        if (query.notDone) found = found.filter((i) => i.status !== 'Done')
        found.sort((a, b) => (query.desc ? -1 : 1) * a.created.localeCompare(b.created))
        return reply(200, page(found, args, rest))
      }

      if (rest === 'issue' && req.method === 'POST') {
        const fields = (args.fields ?? {}) as Record<string, unknown>
        const errors: Record<string, string> = {}
        const project = (fields.project as { key?: string } | undefined)?.key ?? ''
        if (!projects.has(project)) errors.project = 'valid project is required'
        else if (forbidden.has(project))
          return reply(403, {
            errorMessages: ['You do not have permission to create issues in this project.'],
          })
        const type = (fields.issuetype as { name?: string } | undefined)?.name ?? ''
        if (!issueTypes.has(type)) errors.issuetype = 'Specify a valid issue type'
        const summary = fields.summary
        if (typeof summary !== 'string' || summary.trim() === '')
          errors.summary = 'You must specify a summary of the issue.'
        else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.'
        else if (/[\r\n]/.test(summary))
          errors.summary = 'The summary is invalid because it contains newline characters.'
        const priority = (fields.priority as { name?: string } | undefined)?.name
        if (fields.priority !== undefined) {
          if (priorities === null)
            errors.priority =
              "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown."
          else if (!priority || !priorities.has(priority))
            errors.priority = `Priority name '${priority}' is not valid`
        }
        const comps = ((fields.components as { name?: string }[] | undefined) ?? []).map((c) => c.name ?? '')
        const badComp = comps.find((c) => !components.has(c))
        if (badComp !== undefined) errors.components = `Component name '${badComp}' is not valid`
        const labels = (fields.labels as unknown[] | undefined) ?? []
        if (labels.some((l) => typeof l !== 'string' || /\s/.test(l) || l.length > 255))
          errors.labels = 'The label must not contain spaces and be at most 255 characters.'
        const descProblem = bodyProblem(fields.description, api, true)
        if (descProblem) errors.description = descProblem
        if (Object.keys(errors).length > 0) return reply(400, { errorMessages: [], errors })
        const issue = seed({
          project,
          issueType: type,
          summary: summary as string,
          description: fields.description,
          labels: labels as string[],
          ...(priority ? { priority } : {}),
          components: comps,
          api,
          indexed: !options.searchLag,
        })
        return reply(201, { id: issue.id, key: issue.key, self: `/rest/api/${api}/issue/${issue.id}` })
      }

      const im = /^issue\/([^/]+)(\/comment)?$/.exec(rest)
      if (im) {
        const issue = issues.find((i) => i.key === decodeURIComponent(im[1]!))
        if (!issue || forbidden.has(issue.project))
          return reply(404, {
            errorMessages: ['Issue does not exist or you do not have permission to see it.'],
            errors: {},
          })
        if (im[2] && req.method === 'POST') {
          const problem = bodyProblem(args.body, api, false)
          if (problem) return reply(400, { errorMessages: [], errors: { comment: problem } })
          const comment = { id: String(20000 + issue.comments.length), body: args.body, api }
          issue.comments.push(comment)
          return reply(201, { ...comment, self: `/rest/api/${api}/issue/${issue.id}/comment/${comment.id}` })
        }
        if (!im[2] && req.method === 'GET') {
          const done = issue.status === 'Done'
          return reply(200, {
            id: issue.id,
            key: issue.key,
            fields: {
              summary: issue.summary,
              labels: issue.labels,
              status: {
                name: issue.status,
                statusCategory: { key: done ? 'done' : 'new', name: done ? 'Done' : 'To Do' },
              },
            },
          })
        }
      }
      return reply(404, { errorMessages: ['Not found'] })
    })
  })

  function page(found: FakeJiraIssue[], args: Record<string, unknown>, rest: string): unknown {
    const max = Math.min(Number(args.maxResults ?? 50) || 50, pageSize)
    const view = (i: FakeJiraIssue) => ({
      id: i.id,
      key: i.key,
      fields: { labels: i.labels, created: i.created, status: { name: i.status } },
    })
    if (rest === 'search/jql') {
      const start = args.nextPageToken
        ? Number(Buffer.from(String(args.nextPageToken), 'base64url').toString())
        : 0
      const slice = found.slice(start, start + max)
      const next = start + slice.length
      return {
        issues: slice.map(view),
        ...(next < found.length ? { nextPageToken: Buffer.from(String(next)).toString('base64url') } : {}),
        isLast: next >= found.length,
      }
    }
    const startAt = Number(args.startAt ?? 0) || 0
    return {
      startAt,
      maxResults: max,
      total: found.length,
      issues: found.slice(startAt, startAt + max).map(view),
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    requests,
    issue: (key) => issues.find((i) => i.key === key),
    resolve(key) {
      const issue = issues.find((i) => i.key === key)
      if (issue) issue.status = 'Done'
    },
    seed,
    reindex() {
      for (const i of issues) i.indexed = true
    },
    failNext(status, times = 1, headers = {}) {
      for (let i = 0; i < times; i++) failures.push({ status, headers })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

interface Jql {
  project?: string
  labels?: string[]
  notDone?: boolean
  desc?: boolean
}

function parseJql(jql: string): Jql | { error: string } {
  const [where, order] = jql.split(/\s+ORDER\s+BY\s+/i) as [string, string | undefined]
  const out: Jql = {}
  if (order && !/^created\s+(ASC|DESC)$/i.test(order.trim())) return { error: `cannot order by ${order}` }
  if (order) out.desc = /DESC/i.test(order)
  for (const clause of where.split(/\s+AND\s+/i).map((c) => c.trim())) {
    let m: RegExpExecArray | null
    if ((m = /^project\s*=\s*"?([^"]+?)"?$/i.exec(clause))) out.project = m[1]
    else if ((m = /^labels\s*=\s*"((?:[^"\\]|\\.)*)"$/i.exec(clause))) out.labels = [m[1]!]
    else if ((m = /^labels\s+in\s*\((.*)\)$/i.exec(clause))) {
      const items = [...m[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!)
      if (items.length === 0) return { error: 'empty list' }
      out.labels = items
    } else if (/^statusCategory\s*!=\s*"?Done"?$/i.test(clause)) out.notDone = true
    else return { error: `the clause "${clause}" is not understood by the fake` }
  }
  return out
}

/** v3 takes an ADF document (non-empty text nodes), v2 a string. */
function bodyProblem(value: unknown, api: string, optional: boolean): string | undefined {
  if (value === undefined) return optional ? undefined : 'Comment body can not be empty!'
  if (api === '2') return typeof value === 'string' ? undefined : 'Operation value must be a string'
  const doc = value as { type?: unknown; version?: unknown; content?: unknown }
  if (typeof value !== 'object' || doc.type !== 'doc' || doc.version !== 1 || !Array.isArray(doc.content))
    return 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'
  const bad = (node: unknown): boolean => {
    const n = node as { type?: unknown; text?: unknown; content?: unknown }
    if (typeof n?.type !== 'string') return true
    if (n.type === 'text' && (typeof n.text !== 'string' || n.text === '')) return true
    return Array.isArray(n.content) ? n.content.some(bad) : false
  }
  return doc.content.some(bad) ? 'INVALID_INPUT' : undefined
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers })
  res.end(JSON.stringify(payload))
}
