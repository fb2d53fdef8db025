/**
 * Builders for Grafana panels on an Elasticsearch data source. The data source is the dashboard variable
 * `${datasource}` (type `datasource`, query `elasticsearch`), so the dashboard binds to whichever
 * Elasticsearch data source the user picks, by uid, and never names one of ours. Queries are Lucene, as
 * the Elasticsearch data source writes them.
 */
export const DATASOURCE = { type: 'elasticsearch', uid: '${datasource}' } as const

/** Grafana's grid is 24 columns wide. */
export const GRID_WIDTH = 24

export type EsMetric = { type: 'count' } | { type: 'cardinality'; field: string } | { type: 'logs' }

export type EsBucket =
  | { type: 'terms'; field: string; size: number }
  | { type: 'filters'; filters: { label: string; query: string }[] }
  | { type: 'date_histogram' }

export interface Panel {
  type: string
  title: string
  gridPos: { x: number; y: number; w: number; h: number }
  [key: string]: unknown
}

/** A panel before layout: its size, not yet its place. */
export interface PanelSpec {
  type: string
  title: string
  w: number
  h: number
  [key: string]: unknown
}

function target(query: string, metrics: EsMetric[], buckets: EsBucket[]): Record<string, unknown> {
  let id = 0
  const next = (): string => String(++id)
  return {
    refId: 'A',
    datasource: DATASOURCE,
    query,
    alias: '',
    metrics: metrics.map((m) =>
      m.type === 'cardinality'
        ? { id: next(), type: 'cardinality', field: m.field }
        : m.type === 'logs'
          ? { id: next(), type: 'logs', settings: { limit: '200' } }
          : { id: next(), type: 'count' },
    ),
    bucketAggs: buckets.map((b) => {
      switch (b.type) {
        case 'terms':
          return {
            id: next(),
            type: 'terms',
            field: b.field,
            settings: { size: String(b.size), order: 'desc', orderBy: '_count', min_doc_count: '1' },
          }
        case 'filters':
          return { id: next(), type: 'filters', settings: { filters: b.filters } }
        case 'date_histogram':
          return {
            id: next(),
            type: 'date_histogram',
            field: '@timestamp',
            settings: { interval: 'auto', min_doc_count: '0', trimEdges: '0' },
          }
      }
    }),
    timeField: '@timestamp',
  }
}

interface Common {
  title: string
  description: string
  /** Lucene query; `*`: every record. */
  query: string
  w: number
  h: number
}

/** Counts over time: the last bucket is the date histogram, the ones before it split the series. */
export function timeSeries(
  spec: Common & { split?: EsBucket; style: 'bars' | 'line'; stacking: 'none' | 'normal' | 'percent' },
): PanelSpec {
  return {
    type: 'timeseries',
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    w: spec.w,
    h: spec.h,
    targets: [
      target(
        spec.query,
        [{ type: 'count' }],
        [...(spec.split ? [spec.split] : []), { type: 'date_histogram' }],
      ),
    ],
    fieldConfig: {
      defaults: {
        custom: {
          drawStyle: spec.style,
          fillOpacity: spec.style === 'bars' || spec.stacking === 'percent' ? 80 : 10,
          lineWidth: 1,
          stacking: { mode: spec.stacking, group: 'A' },
          showPoints: 'never',
        },
        ...(spec.stacking === 'percent' ? { unit: 'percentunit' } : {}),
      },
      overrides: [],
    },
    options: {
      legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
      tooltip: { mode: 'multi' },
    },
  }
}

/** A table of terms (and filters) buckets with one column per metric. */
export function table(spec: Common & { metrics: EsMetric[]; rows: EsBucket[] }): PanelSpec {
  return {
    type: 'table',
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    w: spec.w,
    h: spec.h,
    targets: [target(spec.query, spec.metrics, spec.rows)],
    fieldConfig: { defaults: { custom: { align: 'auto', cellOptions: { type: 'auto' } } }, overrides: [] },
    options: { showHeader: true, cellHeight: 'sm', footer: { show: false, reducer: ['sum'], fields: '' } },
  }
}

/** A donut of one terms bucket. */
export function pie(spec: Common & { field: string; size: number }): PanelSpec {
  return {
    type: 'piechart',
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    w: spec.w,
    h: spec.h,
    targets: [
      target(spec.query, [{ type: 'count' }], [{ type: 'terms', field: spec.field, size: spec.size }]),
    ],
    fieldConfig: { defaults: {}, overrides: [] },
    options: {
      pieType: 'donut',
      reduceOptions: { values: true, calcs: ['lastNotNull'], fields: '' },
      legend: { displayMode: 'table', placement: 'right', showLegend: true, values: ['value', 'percent'] },
      tooltip: { mode: 'single' },
    },
  }
}

/** One number: the records in the time range (a count over time, summed). */
export function stat(spec: Common & { color: 'blue' | 'red' }): PanelSpec {
  return {
    type: 'stat',
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    w: spec.w,
    h: spec.h,
    targets: [target(spec.query, [{ type: 'count' }], [{ type: 'date_histogram' }])],
    fieldConfig: {
      defaults: {
        color: { mode: 'fixed', fixedColor: spec.color },
        thresholds: { mode: 'absolute', steps: [{ color: spec.color, value: null }] },
      },
      overrides: [],
    },
    options: {
      reduceOptions: { values: false, calcs: ['sum'], fields: '' },
      colorMode: 'value',
      graphMode: 'area',
      textMode: 'auto',
      justifyMode: 'auto',
      orientation: 'auto',
    },
  }
}

/** The newest matching records (the data source's message and level fields are set in its settings). */
export function logs(spec: Common): PanelSpec {
  return {
    type: 'logs',
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    w: spec.w,
    h: spec.h,
    targets: [target(spec.query, [{ type: 'logs' }], [])],
    options: {
      showTime: true,
      wrapLogMessage: true,
      sortOrder: 'Descending',
      enableLogDetails: true,
      dedupStrategy: 'none',
      prettifyLogMessage: false,
      showCommonLabels: false,
      showLabels: false,
    },
  }
}

/**
 * Lay out sections (a row panel, then its panels left to right, wrapped at the grid's width) and number
 * the panels: Grafana wants every panel to have a unique id and a gridPos.
 */
export function layout(sections: { row: string; panels: PanelSpec[] }[]): Panel[] {
  const out: Panel[] = []
  let y = 0
  let id = 0
  for (const section of sections) {
    out.push({
      type: 'row',
      title: section.row,
      id: ++id,
      collapsed: false,
      panels: [],
      gridPos: { x: 0, y, w: GRID_WIDTH, h: 1 },
    })
    y += 1
    let x = 0
    let rowHeight = 0
    for (const { w, h, ...panel } of section.panels) {
      if (x + w > GRID_WIDTH) {
        x = 0
        y += rowHeight
        rowHeight = 0
      }
      out.push({ ...panel, type: panel.type, title: panel.title, id: ++id, gridPos: { x, y, w, h } })
      x += w
      rowHeight = Math.max(rowHeight, h)
    }
    y += rowHeight
  }
  return out
}
