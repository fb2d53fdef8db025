import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInDashboard } from '../../../src/act/dashboards/grafana/read-dashboard.js'
import { createRedactor } from '../../../src/transforms/redact.js'
import { repoRoot } from '../../helpers/shared-data.js'
import { isLogwardField, logwardFields, queryFields } from './logward-fields.js'

/** grafana/logward-logs.json checked as a file: Grafana's dashboard model on logward's fields. */
interface Target {
  refId: string
  datasource: { type: string; uid: string }
  query: string
  timeField: string
  metrics: { type: string; field?: string }[]
  bucketAggs: { type: string; field?: string; settings?: { filters?: { query: string }[] } }[]
}
interface Panel {
  id: number
  type: string
  title: string
  gridPos: { x: number; y: number; w: number; h: number }
  datasource?: { type: string; uid: string }
  targets?: Target[]
}

const text = readFileSync(join(repoRoot, 'grafana', 'logward-logs.json'), 'utf8')
const dashboard = JSON.parse(text) as {
  uid: string
  title: string
  id: unknown
  schemaVersion: number
  panels: Panel[]
  templating: { list: { name: string; type: string; query?: string }[] }
}

describe('grafana/logward-logs.json', () => {
  it('is what `logward grafana export` prints (the built-in dashboard)', () => {
    // Regenerate with: npx logward grafana export > grafana/logward-logs.json && npx prettier --write grafana
    expect(dashboard).toEqual(builtInDashboard().dashboard)
  })

  it('has a fixed uid, a title and no numeric id (so an import finds it by uid)', () => {
    expect(dashboard.uid).toBe('logward-logs')
    expect(dashboard.uid.length).toBeLessThanOrEqual(40)
    expect(dashboard.title).toMatch(/logward/)
    expect(dashboard.id).toBeNull()
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36)
  })

  it('binds every panel and query to the Elasticsearch data source variable, not to a fixed data source', () => {
    const variable = dashboard.templating.list.find((v) => v.name === 'datasource')
    expect(variable).toMatchObject({ type: 'datasource', query: 'elasticsearch' })
    for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) {
      expect(panel.datasource, panel.title).toEqual({ type: 'elasticsearch', uid: '${datasource}' })
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0)
      for (const t of panel.targets!) {
        expect(t.datasource).toEqual({ type: 'elasticsearch', uid: '${datasource}' })
        expect(t.timeField).toBe('@timestamp')
      }
    }
  })

  it('has a row per view and panels with unique ids inside the 24-column grid, not overlapping', () => {
    const rows = dashboard.panels.filter((p) => p.type === 'row').map((p) => p.title)
    expect(rows).toEqual(['Failure', 'Success', 'Transactional', 'Functional'])
    const ids = dashboard.panels.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    const cells = new Set<string>()
    for (const { gridPos: g, title } of dashboard.panels) {
      expect(g.x + g.w, title).toBeLessThanOrEqual(24)
      for (let x = g.x; x < g.x + g.w; x++)
        for (let y = g.y; y < g.y + g.h; y++) {
          expect(cells.has(`${x},${y}`), `${title} overlaps at ${x},${y}`).toBe(false)
          cells.add(`${x},${y}`)
        }
    }
  })

  it('queries only fields that logward writes (src/core/record.ts)', () => {
    const fields = logwardFields()
    const used: string[] = []
    for (const panel of dashboard.panels)
      for (const t of panel.targets ?? []) {
        used.push(t.timeField, ...queryFields(t.query))
        for (const m of t.metrics) if (m.field) used.push(m.field)
        for (const b of t.bucketAggs) {
          if (b.field) used.push(b.field)
          for (const f of b.settings?.filters ?? []) used.push(...queryFields(f.query))
        }
      }
    expect(used.filter((f) => !isLogwardField(fields, f))).toEqual([])
    for (const f of [
      'service.name',
      'log.level',
      'logward.template',
      'ci.job',
      'ci.run_id',
      'http.response.status_code',
    ])
      expect(used, f).toContain(f)
  })

  it('holds nothing that looks like a secret', () => {
    expect(createRedactor().redact(text).count).toBe(0)
    expect(text).not.toMatch(/\b(Bearer|Basic) [A-Za-z0-9+/=_-]{8,}|glsa_/)
  })
})
