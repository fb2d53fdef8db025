import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInObjects } from '../../../src/act/dashboards/kibana/read-objects.js'
import { createRedactor } from '../../../src/transforms/redact.js'
import { repoRoot } from '../../helpers/shared-data.js'
import { isLogwardField, logwardFields, queryFields } from './logward-fields.js'

/**
 * kibana-objects/logward.ndjson checked as a file, without trusting the code that wrote it: the structure
 * Kibana 8's import expects, references that resolve, and only fields that logward's records have.
 */
interface Obj {
  type: string
  id: string
  attributes: Record<string, unknown>
  references: { name: string; type: string; id: string }[]
  coreMigrationVersion?: string
  migrationVersion?: Record<string, string>
}

const path = join(repoRoot, 'kibana-objects', 'logward.ndjson')
const text = readFileSync(path, 'utf8')
const lines = text.split('\n')
const objects = lines.filter((l) => l !== '').map((l) => JSON.parse(l) as Obj)
const fields = logwardFields()

const searchSource = (o: Obj): { query?: { query: string; language: string }; indexRefName?: string } => {
  const meta = o.attributes.kibanaSavedObjectMeta as { searchSourceJSON: string }
  return JSON.parse(meta.searchSourceJSON) as ReturnType<typeof searchSource>
}

/** Every field an object reads: aggregation fields, filter and search queries, columns, sort, time field. */
function fieldsUsed(o: Obj): string[] {
  const used: string[] = []
  if (o.type === 'index-pattern') used.push(String(o.attributes.timeFieldName))
  if (o.type === 'visualization' || o.type === 'search') {
    const query = searchSource(o).query?.query
    if (query) used.push(...queryFields(query))
  }
  if (o.type === 'visualization') {
    const vis = JSON.parse(String(o.attributes.visState)) as {
      aggs: { params: { field?: string; filters?: { input: { query: string } }[] } }[]
    }
    for (const agg of vis.aggs) {
      if (agg.params.field) used.push(agg.params.field)
      for (const f of agg.params.filters ?? []) used.push(...queryFields(f.input.query))
    }
  }
  if (o.type === 'search') {
    used.push(...(o.attributes.columns as string[]))
    used.push(...(o.attributes.sort as [string, string][]).map(([f]) => f))
  }
  return used
}

const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}

describe('kibana-objects/logward.ndjson', () => {
  it('is one JSON saved object per line, ending in a newline', () => {
    expect(text.endsWith('\n')).toBe(true)
    expect(lines.slice(0, -1).every((l) => l.trim() !== '')).toBe(true)
    for (const o of objects) {
      expect(typeof o.type).toBe('string')
      expect(typeof o.id).toBe('string')
      expect(typeof o.attributes).toBe('object')
      expect(Array.isArray(o.references)).toBe(true)
    }
  })

  it('is what `logward kibana export` prints (the built-in objects)', () => {
    // Regenerate with: npx logward kibana export > kibana-objects/logward.ndjson
    expect(text).toBe(builtInObjects().ndjson)
  })

  it('has unique, stable, readable ids', () => {
    const ids = objects.map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^logward-[a-z0-9-]+$/)
  })

  it('is written at 8.0.0 so that every Kibana 8.x migrates it forward instead of refusing it', () => {
    for (const o of objects) {
      expect(o.coreMigrationVersion, o.id).toBe('8.0.0')
      expect(Object.keys(o.migrationVersion ?? {}), o.id).toEqual([o.type])
      expect(compareVersions(o.migrationVersion![o.type]!, '8.0.0'), o.id).toBeLessThanOrEqual(0)
    }
  })

  it('has a data view on logward-logs-* with @timestamp as its time field', () => {
    const views = objects.filter((o) => o.type === 'index-pattern')
    expect(views).toHaveLength(1)
    expect(views[0]!.attributes).toMatchObject({ title: 'logward-logs-*', timeFieldName: '@timestamp' })
  })

  it('has the four dashboards of the seed views, by title', () => {
    const titles = objects.filter((o) => o.type === 'dashboard').map((o) => String(o.attributes.title))
    expect(titles).toHaveLength(4)
    for (const view of ['failure', 'success', 'transactional', 'functional'])
      expect(
        titles.filter((t) => t.toLowerCase().includes(view)),
        view,
      ).toHaveLength(1)
  })

  it('resolves every reference within the file', () => {
    const keys = new Set(objects.map((o) => `${o.type}:${o.id}`))
    for (const o of objects)
      for (const r of o.references)
        expect(keys.has(`${r.type}:${r.id}`), `${o.id} → ${r.type}:${r.id}`).toBe(true)
    // And every object is used: a visualisation no dashboard shows would be clutter in the library.
    const referenced = new Set(objects.flatMap((o) => o.references.map((r) => `${r.type}:${r.id}`)))
    for (const o of objects.filter((o) => o.type !== 'dashboard'))
      expect(referenced.has(`${o.type}:${o.id}`), o.id).toBe(true)
  })

  it("ties each dashboard panel to exactly one reference, and lays panels out on Kibana's 48-column grid", () => {
    for (const d of objects.filter((o) => o.type === 'dashboard')) {
      const panels = JSON.parse(String(d.attributes.panelsJSON)) as {
        panelIndex: string
        panelRefName: string
        type: string
        gridData: { x: number; y: number; w: number; h: number; i: string }
      }[]
      expect(panels.length).toBeGreaterThan(3)
      expect(d.references).toHaveLength(panels.length)
      const cells = new Set<string>()
      for (const p of panels) {
        const ref = d.references.find((r) => r.name === `${p.panelIndex}:${p.panelRefName}`)
        expect(ref, `${d.id} panel ${p.panelIndex}`).toBeDefined()
        expect(ref!.type).toBe(p.type)
        expect(p.gridData.i).toBe(p.panelIndex)
        expect(p.gridData.x + p.gridData.w).toBeLessThanOrEqual(48)
        for (let x = p.gridData.x; x < p.gridData.x + p.gridData.w; x++)
          for (let y = p.gridData.y; y < p.gridData.y + p.gridData.h; y++) {
            expect(cells.has(`${x},${y}`), `${d.id}: panels overlap at ${x},${y}`).toBe(false)
            cells.add(`${x},${y}`)
          }
      }
    }
  })

  it('gives every visualisation and saved search a parsable state and its data view by indexRefName', () => {
    const legacyTypes = new Set(['line', 'area', 'histogram', 'pie', 'table', 'metric', 'markdown'])
    for (const o of objects.filter((o) => o.type === 'visualization' || o.type === 'search')) {
      const source = searchSource(o)
      expect(source.query?.language, o.id).toBe('kuery')
      if (o.type === 'visualization') {
        const vis = JSON.parse(String(o.attributes.visState)) as {
          type: string
          title: string
          aggs: unknown[]
        }
        expect(legacyTypes.has(vis.type), `${o.id}: ${vis.type}`).toBe(true)
        expect(vis.title).toBe(o.attributes.title)
        if (vis.type === 'markdown') {
          expect(source.indexRefName).toBeUndefined()
          expect(o.references).toEqual([])
          continue
        }
        expect(vis.aggs.length, o.id).toBeGreaterThan(0)
      }
      expect(source.indexRefName, o.id).toBe('kibanaSavedObjectMeta.searchSourceJSON.index')
      expect(o.references, o.id).toEqual([
        { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'logward-logs' },
      ])
    }
  })

  it('uses only fields that logward writes (src/core/record.ts)', () => {
    const unknown: string[] = []
    let count = 0
    for (const o of objects)
      for (const f of fieldsUsed(o)) {
        count++
        if (!isLogwardField(fields, f)) unknown.push(`${o.id}: ${f}`)
      }
    expect(unknown).toEqual([])
    expect(count).toBeGreaterThan(50)
    // The fields the issue names are all used somewhere.
    const used = new Set(objects.flatMap(fieldsUsed))
    for (const f of [
      'service.name',
      'log.level',
      'logward.template',
      'ci.job',
      'ci.repository',
      'ci.ref',
      'http.response.status_code',
    ])
      expect(used.has(f), f).toBe(true)
  })

  it('holds nothing that looks like a secret', () => {
    const redactor = createRedactor()
    for (const line of lines) expect(redactor.redact(line).count, line.slice(0, 80)).toBe(0)
    expect(text).not.toMatch(/\b(ApiKey|Bearer|Basic) [A-Za-z0-9+/=_-]{8,}/)
    expect(text).not.toMatch(/(password|passwd|secret|token|api[_-]?key)"\s*:/i)
    expect(text).not.toMatch(/https?:\/\/[^/\s"]*@/)
  })
})
