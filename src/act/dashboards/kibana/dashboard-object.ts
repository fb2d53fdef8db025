import { KIBANA_OBJECT_VERSION, savedObject, type SavedObject } from './saved-object.js'

/** Kibana's dashboard grid is 48 columns wide; heights are in rows of about 20 px. */
const GRID_COLUMNS = 48

export interface PanelSpec {
  /** The panel's object: a visualisation or a saved search in the same file. */
  object: SavedObject
  w: number
  h: number
}

/**
 * A dashboard of by-reference panels, laid out left to right and wrapped at the grid's width. Panels are
 * stored as Kibana 8 exports them: `panelRefName: panel_<i>` in `panelsJSON`, and the object's id in a
 * reference named `<i>:panel_<i>` (the panel-index prefix lets Kibana tell each panel's references apart).
 */
export function dashboardObject(spec: {
  id: string
  title: string
  description: string
  panels: PanelSpec[]
  timeFrom?: string
}): SavedObject {
  let x = 0
  let y = 0
  let rowHeight = 0
  const panels: Record<string, unknown>[] = []
  const references = spec.panels.map((panel, n) => {
    if (panel.w > GRID_COLUMNS) throw new Error(`panel ${panel.object.id} is wider than the grid`)
    if (x + panel.w > GRID_COLUMNS) {
      x = 0
      y += rowHeight
      rowHeight = 0
    }
    const index = String(n + 1)
    panels.push({
      version: KIBANA_OBJECT_VERSION,
      type: panel.object.type,
      gridData: { x, y, w: panel.w, h: panel.h, i: index },
      panelIndex: index,
      embeddableConfig: { enhancements: {} },
      panelRefName: `panel_${index}`,
    })
    x += panel.w
    rowHeight = Math.max(rowHeight, panel.h)
    return { name: `${index}:panel_${index}`, type: panel.object.type, id: panel.object.id }
  })
  return savedObject(
    'dashboard',
    spec.id,
    {
      title: spec.title,
      description: spec.description,
      hits: 0,
      version: 1,
      timeRestore: true,
      timeFrom: spec.timeFrom ?? 'now-7d',
      timeTo: 'now',
      refreshInterval: { pause: true, value: 60000 },
      optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, hidePanelTitles: false }),
      panelsJSON: JSON.stringify(panels),
      kibanaSavedObjectMeta: {
        searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }),
      },
    },
    references,
  )
}
