import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * DataNode failures without disturbing the shared MiniDFSCluster: an HTTP proxy in front of the NameNode
 * that rewrites the DataNode locations it hands out (the `noredirect=true` JSON and 307 `Location`s) to a
 * TCP proxy in front of the DataNode. While `failing`, that proxy breaks the DataNode's connections the
 * ways a dying DataNode does, in turn: the connection reset before the bytes arrive, and the bytes
 * written but the answer lost (the client cannot tell whether the file exists).
 */
export interface DataNodeFaults {
  /** WebHDFS URL of the NameNode proxy, for `--webhdfs-url`. */
  url: string
  /** DataNode requests (connections carrying bytes) seen, and how many were broken. */
  stats: { requests: number; broken: number; resets: number; lostAnswers: number }
  failing: boolean
  close: () => Promise<void>
}

export async function startDataNodeFaults(nameNode: string): Promise<DataNodeFaults> {
  const target = new URL(nameNode)
  let dataNodePort: number | undefined
  const stats = { requests: 0, broken: 0, resets: 0, lostAnswers: 0 }
  const state = { failing: false }
  let turn = 0

  const sockets = new Set<net.Socket>()
  const dataNodeProxy = net.createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    const upstream = net.connect({ host: '127.0.0.1', port: dataNodePort! })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    let mode: 'pass' | 'reset' | 'lost-answer' | undefined
    client.on('data', (chunk: Buffer) => {
      if (mode === undefined || mode === 'pass') {
        // A new request on this (keep-alive) connection starts with its method.
        if (/^(PUT|POST|GET) /.test(chunk.subarray(0, 5).toString('latin1'))) {
          stats.requests++
          mode = state.failing ? (turn++ % 2 === 0 ? 'reset' : 'lost-answer') : 'pass'
          if (mode !== 'pass') stats.broken++
        }
      }
      if (mode === 'reset') {
        stats.resets++
        client.resetAndDestroy()
        upstream.destroy()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      // The DataNode's `100 Continue` is not the answer; its final status is.
      if (mode === 'lost-answer' && !chunk.toString('latin1').startsWith('HTTP/1.1 100')) {
        stats.lostAnswers++
        client.destroy()
        upstream.destroy()
        return
      }
      client.write(chunk)
    })
    client.on('end', () => upstream.end())
    upstream.on('end', () => client.end())
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
  })
  await new Promise<void>((resolve) => dataNodeProxy.listen(0, '127.0.0.1', resolve))
  const proxyPort = (dataNodeProxy.address() as AddressInfo).port

  const rewrite = (text: string): string =>
    text.replace(/http:\/\/(127\.0\.0\.1|localhost):(\d+)\//g, (whole, _host: string, port: string) => {
      if (Number(port) === Number(target.port)) return whole
      dataNodePort = Number(port)
      return `http://127.0.0.1:${proxyPort}/`
    })

  const nameNodeProxy = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const body: Buffer[] = []
          answer.on('data', (c: Buffer) => body.push(c))
          answer.on('end', () => {
            const text = rewrite(Buffer.concat(body).toString('utf8'))
            const headers = { ...answer.headers }
            if (typeof headers.location === 'string') headers.location = rewrite(headers.location)
            headers['content-length'] = String(Buffer.byteLength(text))
            delete headers['transfer-encoding']
            res.writeHead(answer.statusCode ?? 502, headers)
            res.end(text)
          })
        },
      )
      upstream.on('error', () => {
        res.writeHead(502)
        res.end()
      })
      upstream.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((resolve) => nameNodeProxy.listen(0, '127.0.0.1', resolve))
  const nnPort = (nameNodeProxy.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${nnPort}${target.pathname}`,
    stats,
    get failing() {
      return state.failing
    },
    set failing(value: boolean) {
      state.failing = value
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      nameNodeProxy.closeAllConnections()
      await Promise.all([
        new Promise((resolve) => dataNodeProxy.close(resolve)),
        new Promise((resolve) => nameNodeProxy.close(resolve)),
      ])
    },
  }
}
