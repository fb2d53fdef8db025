import { Buffer } from 'node:buffer'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A small Kibana that implements only the Saved Objects import API, as Kibana 8 documents and implements
 * it (core-saved-objects-server-internal routes/import.ts and import/lib/*):
 *
 * - `POST /api/saved_objects/_import` and `POST /s/{space}/api/saved_objects/_import`, query `overwrite`;
 * - authentication first (401), then the `kbn-xsrf` header (400 without it), then the space (404);
 * - a multipart/form-data body (415 otherwise) over the payload limit is 413; the `file` part must have a
 *   `.ndjson` file name (400 "Invalid file extension"); every line must be JSON (400), the export-details
 *   line is skipped, and duplicate type:id pairs are a 400 "Non-unique import objects detected";
 * - per object: `unsupported_type` for types it does not know; `missing_references` for references of
 *   type index-pattern or search (the only ones Kibana validates) that are neither in the file nor stored
 *   in the space; `conflict` when overwrite is false and the object exists; otherwise it is stored;
 * - the answer is `{success, successCount, successResults?, warnings, errors?}` as Kibana builds it.
 *
 * `rateLimitOnce` answers the next import with 429 and a Retry-After header, once (`rateLimit`: n times). Every request is logged
 * (method, path, headers) so tests can assert on what the client sent.
 */
export interface FakeKibanaOptions {
  /** The encoded API key Kibana accepts (`Authorization: ApiKey <key>`). */
  apiKey?: string
  /** A user for basic auth. */
  user?: { username: string; password: string }
  /** Space ids besides `default`. */
  spaces?: string[]
  maxPayloadBytes?: number
}

export interface LoggedRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  bodyBytes: number
}

interface StoredObject {
  type: string
  id: string
  json: string
}

const IMPORTABLE = new Set([
  'index-pattern',
  'visualization',
  'dashboard',
  'search',
  'lens',
  'map',
  'tag',
  'query',
  'config',
])
const VALIDATED_REFERENCE_TYPES = new Set(['index-pattern', 'search'])

export class FakeKibana {
  readonly requests: LoggedRequest[] = []
  /** Per space, `type:id` → the object as last imported. */
  readonly store = new Map<string, Map<string, StoredObject>>()
  private server: Server | undefined
  private pending429: { retryAfter: string; times: number } | undefined

  constructor(private readonly options: FakeKibanaOptions = {}) {
    for (const space of ['default', ...(options.spaces ?? [])]) this.store.set(space, new Map())
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) =>
        reply(res, 500, { statusCode: 500, error: 'Internal Server Error', message: String(error) }),
      )
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve(),
    )
  }

  /** Answer the next import with 429 Too Many Requests and this Retry-After value. */
  rateLimitOnce(retryAfter = '1'): void {
    this.rateLimit(1, retryAfter)
  }

  /** Answer the next `times` imports with 429. */
  rateLimit(times: number, retryAfter = '0'): void {
    this.pending429 = { retryAfter, times }
  }

  /** A stable snapshot of a space's objects, to compare before and after an import. */
  snapshot(space = 'default'): string[] {
    return [...(this.store.get(space)?.values() ?? [])].map((o) => `${o.type}:${o.id} ${o.json}`).sort()
  }

  /** Put an object in a space directly (as if imported earlier). */
  seed(object: { type: string; id: string; [k: string]: unknown }, space = 'default'): void {
    this.store
      .get(space)!
      .set(`${object.type}:${object.id}`, { type: object.type, id: object.id, json: JSON.stringify(object) })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://kibana')
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      headers: req.headers,
      bodyBytes: body.length,
    })

    const match = /^(?:\/s\/([^/]+))?\/api\/saved_objects\/_import$/.exec(url.pathname)
    if (req.method !== 'POST' || !match) return notFound(res)
    if (!this.authenticated(req.headers.authorization))
      // Kibana's real 401 can quote what it was given; so does this one, to prove the client never echoes it.
      return reply(res, 401, {
        statusCode: 401,
        error: 'Unauthorized',
        message: `[security_exception] unable to authenticate with provided credentials [${req.headers.authorization ?? 'none'}]`,
      })
    if (req.headers['kbn-xsrf'] === undefined)
      return reply(res, 400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Request must contain a kbn-xsrf header.',
      })
    const space = match[1] ?? 'default'
    const objects = this.store.get(space)
    if (!objects) return notFound(res)
    if (this.pending429 !== undefined) {
      const { retryAfter, times } = this.pending429
      this.pending429 = times > 1 ? { retryAfter, times: times - 1 } : undefined
      res.setHeader('retry-after', retryAfter)
      return reply(res, 429, { statusCode: 429, error: 'Too Many Requests', message: 'Too Many Requests' })
    }
    const limit = this.options.maxPayloadBytes ?? 26_214_400
    if (body.length > limit)
      return reply(res, 413, {
        statusCode: 413,
        error: 'Request Entity Too Large',
        message: `Payload content length greater than maximum allowed: ${limit}`,
      })
    const boundary = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(
      req.headers['content-type'] ?? '',
    )
    if (!boundary)
      return reply(res, 415, {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'Unsupported Media Type',
      })
    const overwriteParam = url.searchParams.get('overwrite')
    if (overwriteParam !== null && overwriteParam !== 'true' && overwriteParam !== 'false')
      return badRequest(res, '[request query.overwrite]: expected value of type [boolean] but got [string]')
    const overwrite = overwriteParam === 'true'

    const file = parseMultipart(body, boundary[1] ?? boundary[2]!).find((p) => p.name === 'file')
    if (!file || file.filename === undefined)
      return badRequest(res, '[request body.file]: expected value of type [Stream] but got [undefined]')
    const extension = /(\.[^.]*)$/.exec(file.filename)?.[1]?.toLowerCase() ?? ''
    if (extension !== '.ndjson') return badRequest(res, `Invalid file extension ${extension}`)

    const parsed: {
      type: string
      id: string
      attributes?: { title?: string }
      references?: { type: string; id: string }[]
    }[] = []
    for (const line of file.data.toString('utf8').split('\n')) {
      if (line.trim() === '') continue
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        return badRequest(res, (error as Error).message)
      }
      if (typeof value === 'object' && value !== null && 'exportedCount' in value) continue
      parsed.push(value as (typeof parsed)[number])
    }
    const keys = parsed.map((o) => `${o.type}:${o.id}`)
    const duplicates = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))]
    if (duplicates.length > 0)
      return badRequest(res, `Non-unique import objects detected: [${duplicates.join(',')}]`)

    const errors: unknown[] = []
    const successResults: unknown[] = []
    const inFile = new Set(keys)
    for (const o of parsed) {
      const meta = { title: o.attributes?.title, icon: o.type }
      if (!IMPORTABLE.has(o.type)) {
        errors.push({ id: o.id, type: o.type, meta, error: { type: 'unsupported_type' } })
        continue
      }
      const missing = (o.references ?? []).filter(
        (r) =>
          VALIDATED_REFERENCE_TYPES.has(r.type) &&
          !inFile.has(`${r.type}:${r.id}`) &&
          !objects.has(`${r.type}:${r.id}`),
      )
      if (missing.length > 0) {
        errors.push({
          id: o.id,
          type: o.type,
          meta,
          error: { type: 'missing_references', references: missing.map((r) => ({ type: r.type, id: r.id })) },
        })
        continue
      }
      const key = `${o.type}:${o.id}`
      const exists = objects.has(key)
      if (exists && !overwrite) {
        errors.push({ id: o.id, type: o.type, meta, error: { type: 'conflict' } })
        continue
      }
      objects.set(key, { type: o.type, id: o.id, json: JSON.stringify(o) })
      successResults.push({ type: o.type, id: o.id, meta, ...(exists ? { overwrite: true } : {}) })
    }
    reply(res, 200, {
      successCount: successResults.length,
      success: errors.length === 0,
      warnings: [],
      ...(successResults.length > 0 ? { successResults } : {}),
      ...(errors.length > 0 ? { errors } : {}),
    })
  }

  private authenticated(header: string | undefined): boolean {
    const { apiKey, user } = this.options
    if (apiKey === undefined && user === undefined) return true
    if (apiKey !== undefined && header === `ApiKey ${apiKey}`) return true
    if (
      user !== undefined &&
      header === `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
    )
      return true
    return false
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function notFound(res: ServerResponse): void {
  reply(res, 404, { statusCode: 404, error: 'Not Found', message: 'Not Found' })
}

function badRequest(res: ServerResponse, message: string): void {
  reply(res, 400, { statusCode: 400, error: 'Bad Request', message })
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

interface Part {
  name: string | undefined
  filename: string | undefined
  data: Buffer
}

/** RFC 7578 multipart/form-data, parsed by hand (as hapi's subtext does), not by the client's library. */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: Part[] = []
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break
    const next = body.indexOf(delimiter, afterDelimiter)
    if (next === -1) break
    // A part: CRLF, headers, CRLF CRLF, data, CRLF (before the next delimiter).
    const part = body.subarray(afterDelimiter + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString('utf8')
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? ''
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1],
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      data: part.subarray(split + 4),
    })
    start = next
  }
  return parts
}
