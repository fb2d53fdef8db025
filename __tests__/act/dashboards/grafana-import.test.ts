import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DashboardHttpError } from '../../../src/act/dashboards/errors.js'
import {
  importGrafanaDashboard,
  type GrafanaImportOptions,
} from '../../../src/act/dashboards/grafana/import-dashboard.js'
import { builtInDashboard, readDashboardFile } from '../../../src/act/dashboards/grafana/read-dashboard.js'
import { describeError, InputError } from '../../../src/core/errors.js'
import { FakeGrafana } from '../../helpers/fake-grafana.js'

const TOKEN = 'glsa_FakeServiceAccountToken0123456789_abcdef01'
const fast = { retries: 3, initialDelayMs: 1, maxDelayMs: 50 }

async function rejection(promise: Promise<unknown>): Promise<DashboardHttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DashboardHttpError)
  return error as DashboardHttpError
}

describe('grafana import (POST /api/dashboards/db)', () => {
  let grafana: FakeGrafana
  let options: GrafanaImportOptions

  beforeEach(async () => {
    grafana = new FakeGrafana({ token: TOKEN })
    options = { url: await grafana.start(), token: TOKEN, retry: fast }
  })
  afterEach(() => grafana.stop())

  it('creates the dashboard with its fixed uid, overwrite and the bearer token', async () => {
    const result = await importGrafanaDashboard(builtInDashboard(), options)
    expect(result).toMatchObject({ status: 'created', uid: 'logward-logs', version: 1 })
    expect(result.url).toBe(`${options.url}/d/logward-logs/logward-logs`)
    const post = grafana.requests.find((r) => r.method === 'POST')!
    expect(post.path).toBe('/api/dashboards/db')
    expect(post.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(post.headers['content-type']).toBe('application/json')
    const body = JSON.parse(post.body) as {
      dashboard: { id: unknown; uid: string }
      overwrite: boolean
      folderUid?: string
    }
    expect(body.overwrite).toBe(true)
    expect(body.dashboard.id).toBeNull()
    expect(body.dashboard.uid).toBe('logward-logs')
    expect(body.folderUid).toBeUndefined()
  })

  it('changes nothing on a second import: same uid, same version, nothing posted', async () => {
    await importGrafanaDashboard(builtInDashboard(), options)
    const stored = JSON.stringify([...grafana.dashboards.entries()])
    const posts = grafana.requests.filter((r) => r.method === 'POST').length
    const second = await importGrafanaDashboard(builtInDashboard(), options)
    expect(second).toMatchObject({ status: 'unchanged', uid: 'logward-logs', version: 1 })
    expect(grafana.requests.filter((r) => r.method === 'POST')).toHaveLength(posts)
    expect(JSON.stringify([...grafana.dashboards.entries()])).toBe(stored)
    expect(grafana.dashboards.size).toBe(1)
  })

  it('updates the same dashboard (same uid, next version) when it differs', async () => {
    await importGrafanaDashboard(builtInDashboard(), options)
    const changed = builtInDashboard()
    changed.dashboard = { ...changed.dashboard, description: 'edited' }
    const result = await importGrafanaDashboard(changed, options)
    expect(result).toMatchObject({ status: 'updated', uid: 'logward-logs', version: 2 })
    expect(grafana.dashboards.size).toBe(1)
  })

  it('binds the data source variable when grafana-datasource is set', async () => {
    await importGrafanaDashboard(builtInDashboard(), { ...options, datasource: 'es-logward' })
    const stored = grafana.dashboards.get('logward-logs')!.dashboard as unknown as {
      templating: { list: { name: string; current: unknown }[] }
    }
    expect(stored.templating.list.find((v) => v.name === 'datasource')!.current).toEqual({
      selected: true,
      text: 'es-logward',
      value: 'es-logward',
    })
  })

  it('finds a folder by title or uid, creates a missing one, and moves the dashboard into it', async () => {
    grafana.addFolder('Observability', 'obs')
    const byTitle = await importGrafanaDashboard(builtInDashboard(), { ...options, folder: 'Observability' })
    expect(byTitle.folder).toEqual({ uid: 'obs', title: 'Observability', created: false })
    expect(grafana.dashboards.get('logward-logs')!.folderUid).toBe('obs')
    const byUid = await importGrafanaDashboard(builtInDashboard(), { ...options, folder: 'obs' })
    expect(byUid.status).toBe('unchanged')

    const created = await importGrafanaDashboard(builtInDashboard(), { ...options, folder: 'logward' })
    expect(created.folder).toMatchObject({ title: 'logward', created: true })
    expect(created.status).toBe('updated')
    expect(grafana.folders.map((f) => f.title)).toEqual(['Observability', 'logward'])
    expect(grafana.dashboards.get('logward-logs')!.folderUid).toBe(created.folder!.uid)
    // The folder is found, not created again.
    const again = await importGrafanaDashboard(builtInDashboard(), { ...options, folder: 'logward' })
    expect(again).toMatchObject({ status: 'unchanged', folder: { created: false } })
    expect(grafana.folders).toHaveLength(2)
  })

  it('reports 412 version-mismatch with --no-overwrite when the uid exists', async () => {
    await importGrafanaDashboard(builtInDashboard(), options)
    const changed = builtInDashboard()
    changed.dashboard = { ...changed.dashboard, description: 'edited' }
    const error = await rejection(importGrafanaDashboard(changed, { ...options, overwrite: false }))
    expect(error.status).toBe(412)
    expect(error.message).toContain('version-mismatch')
    expect(error.hint).toMatch(/overwrite/)
  })

  it('reports 412 name-exists when another dashboard has the title', async () => {
    const other = builtInDashboard()
    other.dashboard = { ...other.dashboard, uid: 'someone-elses' }
    await importGrafanaDashboard(other, options)
    const error = await rejection(
      importGrafanaDashboard(builtInDashboard(), { ...options, overwrite: false }),
    )
    expect(error.status).toBe(412)
    expect(error.message).toContain('name-exists')
  })

  it('reports 401 with a hint and never repeats the token', async () => {
    const wrong = 'glsa_WrongTokenWrongTokenWrongToken_0123abcd'
    const error = await rejection(importGrafanaDashboard(builtInDashboard(), { ...options, token: wrong }))
    expect(error.status).toBe(401)
    expect(error.hint).toMatch(/grafana-token/)
    expect(describeError(error)).not.toContain(wrong)
    expect(describeError(error)).not.toContain('WrongToken')
  })

  it('supports basic auth', async () => {
    const basic = new FakeGrafana({ user: { username: 'admin', password: 'admin-pass-1' } })
    const url = await basic.start()
    try {
      const result = await importGrafanaDashboard(builtInDashboard(), {
        url,
        username: 'admin',
        password: 'admin-pass-1',
        retry: fast,
      })
      expect(result.status).toBe('created')
      const error = await rejection(
        importGrafanaDashboard(builtInDashboard(), {
          url,
          username: 'admin',
          password: 'nope-nope',
          retry: fast,
        }),
      )
      expect(error.hint).toMatch(/grafana-username/)
    } finally {
      await basic.stop()
    }
  })

  it('reports an unknown folder uid (404), a 422 and a 400 with their messages', async () => {
    // The folder is deleted between our lookup and the save: Grafana answers 404 "folder not found".
    grafana.addFolder('Gone', 'gone')
    grafana.deleteFolderBeforeNextSave('gone')
    const e404 = await rejection(importGrafanaDashboard(builtInDashboard(), { ...options, folder: 'Gone' }))
    expect(e404.status).toBe(404)
    expect(e404.message).toContain('folder not found')
    expect(e404.hint).toMatch(/grafana-folder/)
    expect(grafana.dashboards.size).toBe(0)

    const unprocessable = builtInDashboard()
    unprocessable.dashboard = { ...unprocessable.dashboard, panels: 'not a list' }
    const e422 = await rejection(importGrafanaDashboard(unprocessable, options))
    expect(e422.status).toBe(422)
    expect(e422.message).toContain('panels must be a list')

    const untitled = builtInDashboard()
    untitled.dashboard = { ...untitled.dashboard, title: ' ' }
    const e400 = await rejection(importGrafanaDashboard(untitled, options))
    expect(e400.status).toBe(400)
    expect(e400.message).toContain('Dashboard title cannot be empty')
  })

  it('retries a 429 and then imports', async () => {
    grafana.rateLimitOnce('0')
    const result = await importGrafanaDashboard(builtInDashboard(), options)
    expect(result.status).toBe('created')
    expect(grafana.requests.filter((r) => r.path.startsWith('/api/dashboards/uid/'))).toHaveLength(2)
  })

  it('reads a dashboard file, bare or as the API returns it, and wants a uid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-grafana-'))
    const bare = join(dir, 'bare.json')
    const wrapped = join(dir, 'wrapped.json')
    const noUid = join(dir, 'no-uid.json')
    writeFileSync(bare, JSON.stringify({ uid: 'mine', title: 'Mine', panels: [] }))
    writeFileSync(
      wrapped,
      JSON.stringify({ dashboard: { uid: 'mine', title: 'Mine', panels: [] }, meta: {} }),
    )
    writeFileSync(noUid, JSON.stringify({ title: 'Mine' }))
    expect((await readDashboardFile(bare)).dashboard.uid).toBe('mine')
    expect((await readDashboardFile(wrapped)).dashboard.uid).toBe('mine')
    await expect(readDashboardFile(noUid)).rejects.toBeInstanceOf(InputError)
    const result = await importGrafanaDashboard(await readDashboardFile(bare), options)
    expect(result).toMatchObject({ status: 'created', uid: 'mine', source: bare })
  })
})
