import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame } from './helpers.js'

describe('access logs', () => {
  const lines = fixtureLines('access.log')
  const parser = createParser(createFormat('access-log'))
  const records = lines.map((line, i) => parser.parse(frame(line, i + 1)))

  it('reads the common format; the whole line is the message', () => {
    expect(records[0]).toEqual({
      message: lines[0],
      '@timestamp': '2000-10-10T20:55:36.000Z',
      log: { level: 'info' },
      source: { ip: '127.0.0.1' },
      http: { request: { method: 'GET' }, response: { status_code: 200, body: { bytes: 2326 } } },
      url: { original: '/apache_pb.gif' },
      labels: { http_version: 'HTTP/1.0', user: 'frank' },
      logward: { format: 'access-log' },
    })
  })

  it('reads the combined format: referrer and user agent; 5xx is an error', () => {
    expect(records[1]).toMatchObject({
      log: { level: 'error' },
      http: { request: { method: 'POST' }, response: { status_code: 503, body: { bytes: 512 } } },
      url: { original: '/api/orders?id=7' },
      user_agent: { original: 'Mozilla/5.0 (X11; Linux x86_64) curl/8.5' },
      labels: { referrer: 'https://example.com/cart' },
    })
  })

  it('reads IPv6 clients and `-` sizes; 4xx is a warning', () => {
    expect(records[2]).toMatchObject({
      source: { ip: '2001:db8::1' },
      log: { level: 'warn' },
      http: { response: { status_code: 404 } },
      user_agent: { original: 'kube-probe/1.29' },
    })
    expect(records[2]!.http?.response?.body).toBeUndefined()
  })

  it('keeps a request that is not "METHOD url protocol" as a label', () => {
    expect(records[3]!.http?.request).toBeUndefined()
    expect(records[3]!.labels).toEqual({ request: '\\x16\\x03\\x01' })
  })
})
