import http from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'
import { retry, type RetryOptions } from '../../core/retry.js'
import type { WebHdfsSettings } from './config.js'
import { WebHdfsError } from './errors.js'

/**
 * A small typed WebHDFS client: what the lake needs, nothing more (docs/decisions/0010-webhdfs-client.md
 * says why not the `webhdfs` package). NameNode calls use fetch. Bytes go to the DataNode with node:http:
 * the DataNode answers a PUT or POST with an unsolicited `100 Continue` before its status, which Node's
 * fetch (undici) rejects as a bad response. Every call is retried (core/retry) when the error is retriable:
 * network errors, 5xx, standby or safe-mode NameNodes.
 */
export interface FileStatus {
  pathSuffix: string
  type: 'FILE' | 'DIRECTORY' | 'SYMLINK'
  length: number
  modificationTime: number
}

/** The client for the `webhdfs-*` settings (consume, backfill and baselines read from HDFS alike). */
export function webHdfsClientFor(
  settings: Pick<WebHdfsSettings, 'webhdfs-url' | 'webhdfs-user' | 'webhdfs-token'>,
): WebHdfsClient {
  return new WebHdfsClient({
    url: settings['webhdfs-url'],
    user: settings['webhdfs-user'],
    ...(settings['webhdfs-token'] ? { token: settings['webhdfs-token'] } : {}),
  })
}

export interface WebHdfsClientOptions {
  /** `http(s)://namenode:9870/webhdfs/v1` */
  url: string
  user: string
  /** Delegation token (Kerberos clusters). */
  token?: string
  /** Per-request timeout. Default 60 s. */
  timeoutMs?: number
  retry?: RetryOptions
}

export class WebHdfsClient {
  private readonly base: string
  private readonly timeoutMs: number

  constructor(private readonly options: WebHdfsClientOptions) {
    this.base = options.url.replace(/\/+$/, '')
    this.timeoutMs = options.timeoutMs ?? 60_000
  }

  /** Write a whole file (two steps: the NameNode names a DataNode, the bytes go there). */
  async create(path: string, body: Buffer, options: { overwrite?: boolean } = {}): Promise<void> {
    await this.withRetry(async () => {
      const location = await this.dataNodeLocation('PUT', 'CREATE', path, {
        overwrite: String(options.overwrite ?? false),
      })
      await this.sendToDataNode('CREATE', path, location, 'PUT', body, 201)
    })
  }

  /** Append bytes to an existing file. Not retried: a lost answer would append twice. */
  async append(path: string, body: Buffer): Promise<void> {
    const location = await this.dataNodeLocation('POST', 'APPEND', path, {})
    await this.sendToDataNode('APPEND', path, location, 'POST', body, 200)
  }

  /** Atomic rename within the file system. False when the source is missing or the destination exists. */
  async rename(from: string, to: string): Promise<boolean> {
    return this.withRetry(async () => {
      const res = await this.call('PUT', 'RENAME', from, { destination: to })
      return ((await this.json(res, 'RENAME', from)) as { boolean: boolean }).boolean
    })
  }

  async delete(path: string, recursive = false): Promise<boolean> {
    return this.withRetry(async () => {
      const res = await this.call('DELETE', 'DELETE', path, { recursive: String(recursive) })
      return ((await this.json(res, 'DELETE', path)) as { boolean: boolean }).boolean
    })
  }

  async mkdirs(path: string): Promise<void> {
    await this.withRetry(async () => {
      const res = await this.call('PUT', 'MKDIRS', path, {})
      await this.json(res, 'MKDIRS', path)
    })
  }

  /** The file's status, or undefined when it does not exist. */
  async status(path: string): Promise<FileStatus | undefined> {
    return this.withRetry(async () => {
      const res = await this.call('GET', 'GETFILESTATUS', path, {})
      if (res.status === 404) {
        await res.arrayBuffer()
        return undefined
      }
      return ((await this.json(res, 'GETFILESTATUS', path)) as { FileStatus: FileStatus }).FileStatus
    })
  }

  /** A directory's entries; empty when it does not exist. */
  async list(path: string): Promise<FileStatus[]> {
    return this.withRetry(async () => {
      const res = await this.call('GET', 'LISTSTATUS', path, {})
      if (res.status === 404) {
        await res.arrayBuffer()
        return []
      }
      return ((await this.json(res, 'LISTSTATUS', path)) as { FileStatuses: { FileStatus: FileStatus[] } })
        .FileStatuses.FileStatus
    })
  }

  /**
   * A file's bytes as a stream. The NameNode names a DataNode (`noredirect=true`) and the GET goes there
   * with node:http, not fetch: undici (Node's fetch) can throw an uncatchable assertion when the DataNode
   * closes a connection whose answer is being read (nodejs/undici#5360; it crashed `npm run
   * bench:pipeline` while it read the lake back).
   */
  async open(path: string): Promise<Readable> {
    return this.withRetry(async () => {
      const location = await this.dataNodeLocation('GET', 'OPEN', path, {})
      return this.getFromDataNode(path, location)
    })
  }

  private getFromDataNode(path: string, location: string): Promise<Readable> {
    return new Promise((resolve, reject) => {
      const transport = location.startsWith('https:') ? https : http
      const req = transport.get(location, (res) => {
        const status = res.statusCode ?? 0
        if (status === 200) return resolve(res)
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', (err) =>
          reject(new WebHdfsError('OPEN', path, { message: networkReason(err), cause: err })),
        )
        res.on('end', () =>
          reject(
            new WebHdfsError('OPEN', path, {
              status,
              ...remoteException(Buffer.concat(chunks).toString('utf8')),
            }),
          ),
        )
      })
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer in ${this.timeoutMs} ms`)))
      req.on('error', (err) =>
        reject(new WebHdfsError('OPEN', path, { message: networkReason(err), cause: err })),
      )
    })
  }

  async read(path: string): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const chunk of await this.open(path)) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  private url(op: string, path: string, params: Record<string, string>): string {
    const encoded = path
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/')
    const query = new URLSearchParams({ op, ...params, 'user.name': this.options.user })
    if (this.options.token) query.set('delegation', this.options.token)
    return `${this.base}${encoded.startsWith('/') ? '' : '/'}${encoded}?${query.toString()}`
  }

  private async call(
    method: string,
    op: string,
    path: string,
    params: Record<string, string>,
    redirect: 'follow' | 'manual' = 'manual',
  ): Promise<Response> {
    try {
      return await fetch(this.url(op, path, params), {
        method,
        redirect,
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (err) {
      throw new WebHdfsError(op, path, { message: networkReason(err), cause: err })
    }
  }

  /** Step one of a write or a read: the DataNode URL to send the bytes to (`noredirect=true`: JSON, no 307). */
  private async dataNodeLocation(
    method: 'PUT' | 'POST' | 'GET',
    op: string,
    path: string,
    params: Record<string, string>,
  ): Promise<string> {
    const res = await this.call(method, op, path, { ...params, noredirect: 'true' })
    if (res.status === 307) {
      await res.arrayBuffer()
      const location = res.headers.get('location')
      if (location) return location
    }
    const body = (await this.json(res, op, path)) as { Location?: string }
    if (!body.Location)
      throw new WebHdfsError(op, path, { status: res.status, message: 'no DataNode location' })
    return body.Location
  }

  private sendToDataNode(
    op: string,
    path: string,
    location: string,
    method: 'PUT' | 'POST',
    body: Buffer,
    expected: number,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const transport = location.startsWith('https:') ? https : http
      const req = transport.request(
        location,
        {
          method,
          headers: { 'content-type': 'application/octet-stream', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('error', (err) =>
            reject(new WebHdfsError(op, path, { message: networkReason(err), cause: err })),
          )
          res.on('end', () => {
            const status = res.statusCode ?? 0
            if (status === expected) return resolve()
            reject(
              new WebHdfsError(op, path, {
                status,
                ...remoteException(Buffer.concat(chunks).toString('utf8')),
              }),
            )
          })
        },
      )
      // The DataNode's unsolicited `100 Continue` arrives here, harmlessly.
      req.on('information', () => {})
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer in ${this.timeoutMs} ms`)))
      req.on('error', (err) =>
        reject(new WebHdfsError(op, path, { message: networkReason(err), cause: err })),
      )
      req.end(body)
    })
  }

  private async json(res: Response, op: string, path: string): Promise<unknown> {
    const text = await res.text()
    if (!res.ok) throw new WebHdfsError(op, path, { status: res.status, ...remoteException(text) })
    try {
      return JSON.parse(text) as unknown
    } catch (err) {
      throw new WebHdfsError(op, path, { status: res.status, message: 'the answer is not JSON', cause: err })
    }
  }

  private withRetry<T>(fn: () => Promise<T>): Promise<T> {
    return retry(() => fn(), { retries: 5, initialDelayMs: 200, maxDelayMs: 5000, ...this.options.retry })
  }
}

/** `{"RemoteException": {"exception", "message"}}`, the body of a WebHDFS error. */
function remoteException(text: string): { exception?: string; message?: string } {
  try {
    const parsed = JSON.parse(text) as { RemoteException?: { exception?: string; message?: string } }
    const e = parsed.RemoteException
    if (e) {
      // The message names the path and the user; cut it to its first line.
      return {
        ...(e.exception ? { exception: e.exception } : {}),
        ...(e.message ? { message: e.message.split('\n')[0]!.slice(0, 300) } : {}),
      }
    }
  } catch {
    // Not JSON: a proxy's HTML page, say.
  }
  return {}
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err)
}
