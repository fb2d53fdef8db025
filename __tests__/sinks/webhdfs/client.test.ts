import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebHdfsClient } from '../../../src/sinks/webhdfs/client.js'
import { WebHdfsError } from '../../../src/sinks/webhdfs/errors.js'

/**
 * A NameNode and DataNode in one small server, behaving as the real ones do where it matters: writes
 * answer with a DataNode location, and the DataNode sends an unsolicited `100 Continue` first (what
 * Node's fetch cannot take).
 */
function fakeHdfs() {
  const files = new Map<string, Buffer>()
  const seen: string[] = []
  let standbyOnce = false
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x')
    const op = url.searchParams.get('op')
    const path = decodeURIComponent(url.pathname.replace('/webhdfs/v1', ''))
    seen.push(
      `${req.method} ${op ?? 'data'} ${path} ${url.searchParams.get('user.name') ?? ''} ${url.searchParams.get('delegation') ?? ''}`,
    )
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (url.pathname.startsWith('/datanode') && req.method === 'GET') {
      res.writeHead(200)
      return res.end(files.get(url.searchParams.get('path')!))
    }
    if (url.pathname.startsWith('/datanode')) {
      res.writeContinue()
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const target = url.searchParams.get('path')!
        if (req.method === 'PUT') files.set(target, Buffer.concat(chunks))
        else files.set(target, Buffer.concat([files.get(target) ?? Buffer.alloc(0), ...chunks]))
        res.writeHead(req.method === 'PUT' ? 201 : 200)
        res.end()
      })
      return
    }
    const address = server.address() as AddressInfo
    const location = `http://127.0.0.1:${address.port}/datanode?path=${encodeURIComponent(path)}`
    switch (op) {
      case 'CREATE':
        if (standbyOnce) {
          standbyOnce = false
          return json(403, { RemoteException: { exception: 'StandbyException', message: 'standby' } })
        }
        if (url.searchParams.get('overwrite') === 'false' && files.has(path))
          return json(403, {
            RemoteException: { exception: 'FileAlreadyExistsException', message: `${path} exists` },
          })
        return json(200, { Location: location })
      case 'APPEND':
        return json(200, { Location: location })
      case 'RENAME': {
        const to = url.searchParams.get('destination')!
        if (!files.has(path) || files.has(to)) return json(200, { boolean: false })
        files.set(to, files.get(path)!)
        files.delete(path)
        return json(200, { boolean: true })
      }
      case 'DELETE':
        return json(200, { boolean: files.delete(path) })
      case 'GETFILESTATUS':
        if (!files.has(path))
          return json(404, {
            RemoteException: { exception: 'FileNotFoundException', message: `File does not exist: ${path}` },
          })
        return json(200, {
          FileStatus: { pathSuffix: '', type: 'FILE', length: files.get(path)!.length, modificationTime: 0 },
        })
      case 'OPEN':
        if (!files.has(path))
          return json(404, { RemoteException: { exception: 'FileNotFoundException', message: 'nope' } })
        // As the real NameNode: the DataNode's location, as JSON with noredirect=true, else a 307.
        if (url.searchParams.get('noredirect') === 'true') return json(200, { Location: location })
        res.writeHead(307, { location })
        return res.end()
      case 'MKDIRS':
        return json(200, { boolean: true })
      default:
        return json(400, {
          RemoteException: { exception: 'IllegalArgumentException', message: `bad op ${op}` },
        })
    }
  })
  return { server, files, seen, standby: () => (standbyOnce = true) }
}

describe('WebHdfsClient', () => {
  const fake = fakeHdfs()
  let client: WebHdfsClient

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    const { port } = fake.server.address() as AddressInfo
    client = new WebHdfsClient({
      url: `http://127.0.0.1:${port}/webhdfs/v1/`,
      user: 'etl',
      token: 'tok-123',
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
    })
  })
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())))

  it('writes in two steps through a DataNode that sends 100 Continue, appends, renames, reads back', async () => {
    await client.create('/lake/a b%.tmp', Buffer.from('hello\n'), { overwrite: true })
    await client.append('/lake/a b%.tmp', Buffer.from('world\n'))
    expect(await client.rename('/lake/a b%.tmp', '/lake/a b%')).toBe(true)
    expect(await client.rename('/lake/missing', '/lake/x')).toBe(false)
    expect((await client.read('/lake/a b%')).toString()).toBe('hello\nworld\n')
    expect(await client.status('/lake/a b%')).toMatchObject({ type: 'FILE', length: 12 })
    expect(await client.status('/lake/none')).toBeUndefined()
    // Paths are encoded segment by segment; the user and the token go with every call.
    expect(fake.seen[0]).toBe('PUT CREATE /lake/a b%.tmp etl tok-123')
  })

  it('retries what a later attempt can fix (a standby NameNode), and names path and exception otherwise', async () => {
    fake.standby()
    await client.create('/lake/b', Buffer.from('x'), { overwrite: true })
    expect(fake.files.get('/lake/b')?.toString()).toBe('x')

    const err = await client.create('/lake/b', Buffer.from('y')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(WebHdfsError)
    expect((err as WebHdfsError).message).toBe(
      'WebHDFS CREATE /lake/b failed: HTTP 403: FileAlreadyExistsException: /lake/b exists',
    )
    expect((err as WebHdfsError).retriable).toBe(false)
    expect((err as WebHdfsError).message).not.toContain('tok-123')
  })

  it('reports an unreachable NameNode as retriable, with a hint', async () => {
    const dead = new WebHdfsClient({ url: 'http://127.0.0.1:1/webhdfs/v1', user: 'u', retry: { retries: 1 } })
    const err = (await dead.status('/x').catch((e: unknown) => e)) as WebHdfsError
    expect(err).toBeInstanceOf(WebHdfsError)
    expect(err.retriable).toBe(true)
    expect(err.hint).toMatch(/webhdfs-url/)
  })
})
