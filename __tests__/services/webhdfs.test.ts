import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEBHDFS_URL, requireWebHdfs, uniqueName } from './reachability.js'

// Needs the real server: HDFS (MiniDFSCluster: NameNode RPC 127.0.0.1:9000, WebHDFS http://127.0.0.1:9870/webhdfs/v1,
// one DataNode), started by `npm run services:start`. Plain HTTP: fetch for the NameNode.
//
// Pitfall found here: the DataNode answers every PUT/POST with an unsolicited `HTTP/1.1 100 Continue` before the
// final status (even without `Expect: 100-continue`), and Node's fetch (undici, Node 24) rejects that with
// `TypeError: fetch failed` / `SocketError: bad response`. node:http handles it (an 'information' event), so the
// byte-carrying second step goes through node:http.

/** PUT/POST bytes to a DataNode URL (the Location of a 307 or of a noredirect=true answer) with node:http. */
function sendToDataNode(
  location: string,
  method: 'PUT' | 'POST',
  body: string | Uint8Array,
): Promise<{ status: number; informational: number[]; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    const informational: number[] = []
    const req = http.request(
      location,
      { method, headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            informational,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('information', (info) => informational.push(info.statusCode))
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${location}: no answer in 30 s`)))
    req.on('error', reject)
    req.end(bytes)
  })
}
describe(`HDFS via WebHDFS at ${WEBHDFS_URL} (real NameNode + DataNode; fetch + node:http)`, () => {
  const dir = `/logward-smoke/${uniqueName('run')}`
  const user = 'user.name=logward'
  const url = (path: string, params: string) => `${WEBHDFS_URL}${path}?${params}&${user}`

  beforeAll(async () => {
    await requireWebHdfs()
  })

  afterAll(async () => {
    await fetch(url('/logward-smoke', 'op=DELETE&recursive=true'), { method: 'DELETE' }).catch(
      () => undefined,
    )
  })

  async function json<T>(res: Response): Promise<T> {
    const text = await res.text()
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${text}`)
    return JSON.parse(text) as T
  }

  it('writes in two steps: CREATE answers 307 to a DataNode, the bytes go there (201)', async () => {
    const path = `${dir}/part-0.jsonl.tmp`
    const step1 = await fetch(url(path, 'op=CREATE&overwrite=true'), { method: 'PUT', redirect: 'manual' })
    expect(step1.status).toBe(307)
    const location = step1.headers.get('location')
    expect(location).toBeTruthy()
    const dataNode = new URL(location!)
    expect(dataNode.hostname).toBe('127.0.0.1')
    expect(dataNode.port).not.toBe(new URL(WEBHDFS_URL).port)
    await step1.arrayBuffer()

    const body = '{"message":"a"}\n{"message":"b"}\n'
    const step2 = await sendToDataNode(location!, 'PUT', body)
    expect(step2.status).toBe(201)
    expect(step2.informational).toEqual([100])
    expect(step2.headers.location).toBe(`hdfs://127.0.0.1:9000${path}`)

    // APPEND is two steps as well (POST, 307, POST the bytes: 200).
    const append1 = await fetch(url(path, 'op=APPEND'), { method: 'POST', redirect: 'manual' })
    expect(append1.status).toBe(307)
    await append1.arrayBuffer()
    const append2 = await sendToDataNode(append1.headers.get('location')!, 'POST', '{"message":"c"}\n')
    expect(append2.status).toBe(200)

    // Publish atomically: RENAME on the NameNode.
    const renamed = await json<{ boolean: boolean }>(
      await fetch(url(path, `op=RENAME&destination=${encodeURIComponent(`${dir}/part-0.jsonl`)}`), {
        method: 'PUT',
      }),
    )
    expect(renamed.boolean).toBe(true)

    const status = await json<{ FileStatus: { length: number; type: string } }>(
      await fetch(url(`${dir}/part-0.jsonl`, 'op=GETFILESTATUS')),
    )
    expect(status.FileStatus).toMatchObject({ type: 'FILE', length: Buffer.byteLength(body) + 16 })

    // OPEN redirects to the DataNode too; a GET without a body may follow it.
    const opened = await fetch(url(`${dir}/part-0.jsonl`, 'op=OPEN'))
    expect(opened.status).toBe(200)
    expect(await opened.text()).toBe(`${body}{"message":"c"}\n`)

    const missing = await fetch(url(path, 'op=GETFILESTATUS'))
    expect(missing.status).toBe(404)
    expect(await json<unknown>(missing).catch((err: Error) => err.message)).toContain('FileNotFoundException')
  })

  it('writes with noredirect=true: CREATE answers 200 with the DataNode Location as JSON', async () => {
    const path = `${dir}/part-1.jsonl`
    const step1 = await fetch(url(path, 'op=CREATE&overwrite=true&noredirect=true'), { method: 'PUT' })
    expect(step1.status).toBe(200)
    const { Location } = (await step1.json()) as { Location: string }
    expect(new URL(Location).hostname).toBe('127.0.0.1')

    const bytes = new TextEncoder().encode('{"message":"no redirect"}\n')
    const step2 = await sendToDataNode(Location, 'PUT', bytes)
    expect(step2.status).toBe(201)

    const open1 = await fetch(url(path, 'op=OPEN&noredirect=true'))
    const { Location: readFrom } = (await open1.json()) as { Location: string }
    const content = await fetch(readFrom)
    expect(await content.text()).toBe('{"message":"no redirect"}\n')

    const listing = await json<{ FileStatuses: { FileStatus: { pathSuffix: string }[] } }>(
      await fetch(url(dir, 'op=LISTSTATUS')),
    )
    expect(listing.FileStatuses.FileStatus.map((f) => f.pathSuffix).sort()).toContain('part-1.jsonl')
  })
})
