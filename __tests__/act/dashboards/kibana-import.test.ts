import { Buffer } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DashboardHttpError } from '../../../src/act/dashboards/errors.js'
import { formatImportResult } from '../../../src/act/dashboards/kibana/format-import-result.js'
import {
  importSavedObjects,
  type KibanaImportOptions,
} from '../../../src/act/dashboards/kibana/import-saved-objects.js'
import { builtInObjects, countSavedObjects } from '../../../src/act/dashboards/kibana/read-objects.js'
import { ConfigError, describeError } from '../../../src/core/errors.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { FakeKibana } from '../../helpers/fake-kibana.js'

const API_KEY = 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=='
const fast = { retries: 3, initialDelayMs: 1, maxDelayMs: 2000 }
const ndjson = (objects: unknown[]): { ndjson: string; source: string; count: number } => {
  const text = objects.map((o) => JSON.stringify(o)).join('\n') + '\n'
  return { ndjson: text, source: 'test.ndjson', count: countSavedObjects(text, 'test.ndjson') }
}

async function rejection(promise: Promise<unknown>): Promise<DashboardHttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DashboardHttpError)
  return error as DashboardHttpError
}

describe('kibana import (Saved Objects import API)', () => {
  let kibana: FakeKibana
  let url: string
  let options: KibanaImportOptions

  beforeEach(async () => {
    kibana = new FakeKibana({ apiKey: API_KEY, spaces: ['ci'] })
    url = await kibana.start()
    options = { url, apiKey: API_KEY, retry: fast }
  })
  afterEach(() => kibana.stop())

  it('imports every object as multipart/form-data with kbn-xsrf and the API key', async () => {
    const file = builtInObjects()
    const result = await importSavedObjects(file, options)
    expect(result.errors).toEqual([])
    expect(result.success).toBe(true)
    expect(result.successCount).toBe(file.count)
    expect(kibana.snapshot()).toHaveLength(file.count)
    const request = kibana.requests.at(-1)!
    expect(request.path).toBe('/api/saved_objects/_import?overwrite=true')
    expect(request.headers['kbn-xsrf']).toBe('true')
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(request.headers.authorization).toBe(`ApiKey ${API_KEY}`)
    const lines = formatImportResult(result)
    expect(lines[0]).toContain(`imported ${file.count} of ${file.count} saved objects`)
    expect(lines.filter((l) => l.includes('/app/dashboards#/view/logward-dashboard-'))).toHaveLength(4)
  })

  it('changes nothing when run twice: same ids, overwritten, same stored set', async () => {
    const file = builtInObjects()
    await importSavedObjects(file, options)
    const before = kibana.snapshot()
    const second = await importSavedObjects(file, options)
    expect(second.successCount).toBe(file.count)
    expect(second.imported.every((o) => o.overwrite === true && o.destinationId === undefined)).toBe(true)
    expect(kibana.snapshot()).toEqual(before)
  })

  it('imports into a space through /s/{space}/api/...', async () => {
    await importSavedObjects(builtInObjects(), { ...options, space: 'ci' })
    expect(kibana.requests.at(-1)!.path).toBe('/s/ci/api/saved_objects/_import?overwrite=true')
    expect(kibana.snapshot('ci').length).toBeGreaterThan(0)
    expect(kibana.snapshot('default')).toEqual([])
    const lines = formatImportResult(await importSavedObjects(builtInObjects(), { ...options, space: 'ci' }))
    expect(lines.join('\n')).toContain(`${url}/s/ci/app/dashboards#/view/logward-dashboard-failure`)
  })

  it('reports an unknown space as 404 with a hint', async () => {
    const error = await rejection(importSavedObjects(builtInObjects(), { ...options, space: 'nope' }))
    expect(error.status).toBe(404)
    expect(error.message).toContain('space "nope" does not exist')
    expect(error.hint).toMatch(/kibana-space/)
  })

  it('refuses a space name that is not a space id, before sending anything', async () => {
    await expect(
      importSavedObjects(builtInObjects(), { ...options, space: 'My Space' }),
    ).rejects.toBeInstanceOf(ConfigError)
    expect(kibana.requests).toHaveLength(0)
  })

  it('reports bad credentials as 401 with a hint, and never repeats the key', async () => {
    const wrong = 'd3Jvbmc6a2V5LXRoYXQtaXMtd3Jvbmc='
    const error = await rejection(importSavedObjects(builtInObjects(), { ...options, apiKey: wrong }))
    expect(error.status).toBe(401)
    expect(error.retriable).toBe(false)
    expect(error.hint).toMatch(/kibana-api-key/)
    // The fake's 401 quotes the Authorization header it got; none of it may reach the message.
    expect(describeError(error)).not.toContain(wrong)
    const none = await rejection(importSavedObjects(builtInObjects(), { url, retry: fast }))
    expect(none.hint).toMatch(/LOGWARD_KIBANA_API_KEY/)
  })

  it('encodes an id:api_key pair and supports basic auth', async () => {
    const idKey = Buffer.from(API_KEY, 'base64').toString('utf8')
    expect(idKey).toContain(':')
    await importSavedObjects(builtInObjects(), { ...options, apiKey: idKey })
    expect(kibana.requests.at(-1)!.headers.authorization).toBe(`ApiKey ${API_KEY}`)

    const basic = new FakeKibana({ user: { username: 'elastic', password: 'changeme-123' } })
    const basicUrl = await basic.start()
    try {
      const result = await importSavedObjects(builtInObjects(), {
        url: basicUrl,
        username: 'elastic',
        password: 'changeme-123',
        retry: fast,
      })
      expect(result.success).toBe(true)
      await expect(
        importSavedObjects(builtInObjects(), {
          url: basicUrl,
          username: 'elastic',
          password: 'wrong-pass',
          retry: fast,
        }),
      ).rejects.toMatchObject({ status: 401, hint: expect.stringMatching(/kibana-username/) })
      await expect(
        importSavedObjects(builtInObjects(), { url: basicUrl, username: 'elastic' }),
      ).rejects.toBeInstanceOf(ConfigError)
      await expect(
        importSavedObjects(builtInObjects(), {
          url: basicUrl,
          apiKey: API_KEY,
          username: 'a',
          password: 'b',
        }),
      ).rejects.toBeInstanceOf(ConfigError)
    } finally {
      await basic.stop()
    }
  })

  it('retries a 429, honouring Retry-After, then imports', async () => {
    kibana.rateLimitOnce('1')
    const logger = memoryLogger()
    const started = Date.now()
    const result = await importSavedObjects(builtInObjects(), { ...options, logger })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(result.success).toBe(true)
    expect(kibana.requests).toHaveLength(2)
    expect(logger.entries.some((e) => e.level === 'warn' && /429.*retrying in 1\.0 s/.test(e.message))).toBe(
      true,
    )
  })

  it('gives up after the retries with a retriable error', async () => {
    kibana.rateLimit(5)
    const error = await rejection(importSavedObjects(builtInObjects(), options))
    expect(error.status).toBe(429)
    expect(error.retriable).toBe(true)
    expect(error.hint).toMatch(/try again later/)
    // fast.retries: 3 attempts in all.
    expect(kibana.requests).toHaveLength(3)
  })

  it('reports a payload over the limit as 413 with the setting to raise', async () => {
    const small = new FakeKibana({ maxPayloadBytes: 1000 })
    const smallUrl = await small.start()
    try {
      const error = await rejection(importSavedObjects(builtInObjects(), { url: smallUrl, retry: fast }))
      expect(error.status).toBe(413)
      expect(error.hint).toContain('savedObjects.maxImportPayloadBytes')
    } finally {
      await small.stop()
    }
  })

  it("reports Kibana's 400 with its message (here: duplicate objects in the file)", async () => {
    const dv = { type: 'index-pattern', id: 'x', attributes: { title: 'x-*' }, references: [] }
    const error = await rejection(importSavedObjects(ndjson([dv, dv]), options))
    expect(error.status).toBe(400)
    expect(error.message).toContain('Non-unique import objects detected: [index-pattern:x]')
  })

  it('reports per-object errors: missing references, unsupported types, conflicts', async () => {
    const vis = {
      type: 'visualization',
      id: 'orphan',
      attributes: { title: 'Orphan' },
      references: [
        { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'gone' },
      ],
    }
    const alien = { type: 'no-such-type', id: 'a1', attributes: { title: 'Alien' }, references: [] }
    const ok = { type: 'index-pattern', id: 'fine', attributes: { title: 'fine-*' }, references: [] }
    const result = await importSavedObjects(ndjson([vis, alien, ok]), options)
    expect(result.success).toBe(false)
    expect(result.successCount).toBe(1)
    expect(result.errors).toEqual([
      {
        type: 'visualization',
        id: 'orphan',
        title: 'Orphan',
        error: 'missing_references',
        missing: ['index-pattern:gone'],
      },
      { type: 'no-such-type', id: 'a1', title: 'Alien', error: 'unsupported_type' },
    ])
    const report = formatImportResult(result).join('\n')
    expect(report).toContain('imported only 1 of 3')
    expect(report).toContain('visualization orphan "Orphan": missing_references')
    expect(report).toContain('index-pattern:gone')
    expect(report).toContain('no-such-type a1 "Alien": unsupported_type')

    // A reference to an object already stored in Kibana resolves; without overwrite, existing ids conflict.
    kibana.seed({ type: 'index-pattern', id: 'gone', attributes: { title: 'gone-*' }, references: [] })
    const again = await importSavedObjects(ndjson([vis, ok]), { ...options, overwrite: false })
    expect(kibana.requests.at(-1)!.path).toContain('overwrite=false')
    expect(again.errors).toEqual([{ type: 'index-pattern', id: 'fine', title: 'fine-*', error: 'conflict' }])
    expect(again.imported.map((o) => o.id)).toEqual(['orphan'])
    expect(formatImportResult(again).join('\n')).toContain('conflict - an object with this id exists')
  })

  it('explains an unreachable Kibana and a URL with credentials in it', async () => {
    await kibana.stop()
    const error = await rejection(importSavedObjects(builtInObjects(), options))
    expect(error.status).toBe(0)
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.hint).toMatch(/kibana-url/)
    kibana = new FakeKibana()
    await kibana.start()
    const withUser = url.replace('http://', 'http://elastic:s3cr3t-pass@')
    const config = await importSavedObjects(builtInObjects(), { url: withUser }).catch((e: unknown) => e)
    expect(config).toBeInstanceOf(ConfigError)
    expect(describeError(config)).not.toContain('s3cr3t-pass')
  })
})

describe('the fake Kibana follows the documented API', () => {
  it('answers 400 without kbn-xsrf, and only takes .ndjson files', async () => {
    const kibana = new FakeKibana()
    const url = await kibana.start()
    try {
      const form = (name: string): FormData => {
        const f = new FormData()
        f.append(
          'file',
          new Blob(['{"type":"index-pattern","id":"a","attributes":{},"references":[]}\n']),
          name,
        )
        return f
      }
      const noXsrf = await fetch(`${url}/api/saved_objects/_import`, {
        method: 'POST',
        body: form('a.ndjson'),
      })
      expect(noXsrf.status).toBe(400)
      expect(((await noXsrf.json()) as { message: string }).message).toContain('kbn-xsrf')
      const json = await fetch(`${url}/api/saved_objects/_import`, {
        method: 'POST',
        headers: { 'kbn-xsrf': 'true' },
        body: form('a.json'),
      })
      expect(json.status).toBe(400)
      expect(((await json.json()) as { message: string }).message).toBe('Invalid file extension .json')
      const ok = await fetch(`${url}/api/saved_objects/_import`, {
        method: 'POST',
        headers: { 'kbn-xsrf': 'true' },
        body: form('a.ndjson'),
      })
      expect(await ok.json()).toEqual({
        successCount: 1,
        success: true,
        warnings: [],
        successResults: [{ type: 'index-pattern', id: 'a', meta: { icon: 'index-pattern' } }],
      })
    } finally {
      await kibana.stop()
    }
  })
})
