import { savedObject, type SavedObject } from './saved-object.js'

/**
 * Builders for Kibana's aggregation-based ("legacy") visualisations: `visState` is a JSON string of the
 * chart type, its params and its aggregations, and the data view is a reference named by `indexRefName`.
 * This format has been stable since 7.0 and every 8.x migrates it forward on import (docs/decisions/0007).
 * The params are those the 8.0 editor saves, so an imported chart opens in the editor as if made there.
 */

/** The one reference name the search source of a visualisation or saved search uses for its data view. */
export const INDEX_REF_NAME = 'kibanaSavedObjectMeta.searchSourceJSON.index'

export type Metric = { type: 'count'; label?: string } | { type: 'cardinality'; field: string; label: string }

export type Bucket =
  | { type: 'terms'; field: string; size: number; label?: string }
  | { type: 'filters'; filters: { label: string; query: string }[] }
  | { type: 'date_histogram' }

export interface VisBase {
  id: string
  title: string
  description: string
  /** KQL the visualisation's search is restricted to; empty: all records. */
  query?: string
}

interface Agg {
  id: string
  enabled: true
  type: string
  params: Record<string, unknown>
  schema: string
}

function metricAgg(metric: Metric, id: string): Agg {
  if (metric.type === 'count')
    return {
      id,
      enabled: true,
      type: 'count',
      params: metric.label ? { customLabel: metric.label } : {},
      schema: 'metric',
    }
  return {
    id,
    enabled: true,
    type: 'cardinality',
    params: { field: metric.field, customLabel: metric.label },
    schema: 'metric',
  }
}

function bucketAgg(bucket: Bucket, id: string, schema: string): Agg {
  switch (bucket.type) {
    case 'date_histogram':
      return {
        id,
        enabled: true,
        type: 'date_histogram',
        params: {
          field: '@timestamp',
          useNormalizedEsInterval: true,
          scaleMetricValues: false,
          interval: 'auto',
          drop_partials: false,
          min_doc_count: 1,
          extended_bounds: {},
        },
        schema,
      }
    case 'terms':
      return {
        id,
        enabled: true,
        type: 'terms',
        params: {
          field: bucket.field,
          orderBy: '1',
          order: 'desc',
          size: bucket.size,
          otherBucket: false,
          otherBucketLabel: 'Other',
          missingBucket: false,
          missingBucketLabel: 'Missing',
          ...(bucket.label ? { customLabel: bucket.label } : {}),
        },
        schema,
      }
    case 'filters':
      return {
        id,
        enabled: true,
        type: 'filters',
        params: {
          filters: bucket.filters.map((f) => ({
            input: { query: f.query, language: 'kuery' },
            label: f.label,
          })),
        },
        schema,
      }
  }
}

function searchSource(query: string | undefined, withIndex: boolean): string {
  return JSON.stringify({
    query: { query: query ?? '', language: 'kuery' },
    filter: [],
    ...(withIndex ? { indexRefName: INDEX_REF_NAME } : {}),
  })
}

function visualization(
  base: VisBase,
  dataViewId: string,
  type: string,
  params: Record<string, unknown>,
  aggs: Agg[],
): SavedObject {
  return savedObject(
    'visualization',
    base.id,
    {
      title: base.title,
      description: base.description,
      visState: JSON.stringify({ title: base.title, type, aggs, params }),
      uiStateJSON: '{}',
      version: 1,
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource(base.query, true) },
    },
    [{ name: INDEX_REF_NAME, type: 'index-pattern', id: dataViewId }],
  )
}

/** Line, area or vertical bars over time (or over a terms x-axis), optionally split into series. */
export function xyChart(
  base: VisBase & {
    chart: 'line' | 'area' | 'histogram'
    metric: Metric
    xAxis?: Bucket
    splitSeries?: Bucket
    /** Stack the series (bars, areas); with `percentage`, each x shows shares that sum to 100 %. */
    stacked?: boolean
    percentage?: boolean
    yTitle: string
  },
  dataViewId: string,
): SavedObject {
  const aggs = [
    metricAgg(base.metric, '1'),
    bucketAgg(base.xAxis ?? { type: 'date_histogram' }, '2', 'segment'),
  ]
  if (base.splitSeries) aggs.push(bucketAgg(base.splitSeries, '3', 'group'))
  const params = {
    type: base.chart,
    grid: { categoryLines: false },
    categoryAxes: [
      {
        id: 'CategoryAxis-1',
        type: 'category',
        position: 'bottom',
        show: true,
        style: {},
        scale: { type: 'linear' },
        labels: { show: true, filter: true, truncate: 100 },
        title: {},
      },
    ],
    valueAxes: [
      {
        id: 'ValueAxis-1',
        name: 'LeftAxis-1',
        type: 'value',
        position: 'left',
        show: true,
        style: {},
        scale: { type: 'linear', mode: base.percentage ? 'percentage' : 'normal' },
        labels: { show: true, rotate: 0, filter: false, truncate: 100 },
        title: { text: base.yTitle },
      },
    ],
    seriesParams: [
      {
        show: true,
        type: base.chart,
        mode: base.stacked || base.percentage ? 'stacked' : 'normal',
        data: { label: base.yTitle, id: '1' },
        valueAxis: 'ValueAxis-1',
        drawLinesBetweenPoints: true,
        lineWidth: 2,
        interpolate: 'linear',
        showCircles: true,
      },
    ],
    addTooltip: true,
    addLegend: true,
    legendPosition: 'right',
    times: [],
    addTimeMarker: false,
    labels: { show: false },
    thresholdLine: { show: false, value: 10, width: 1, style: 'full', color: '#E7664C' },
    detailedTooltip: true,
    fittingFunction: 'zero',
    palette: { type: 'palette', name: 'default' },
    isVislibVis: true,
    radiusRatio: 9,
  }
  return visualization(base, dataViewId, base.chart, params, aggs)
}

/** A donut of one terms aggregation. */
export function pieChart(base: VisBase & { field: string; size: number }, dataViewId: string): SavedObject {
  const params = {
    type: 'pie',
    addTooltip: true,
    addLegend: true,
    legendPosition: 'right',
    isDonut: true,
    labels: { show: false, values: true, last_level: true, truncate: 100 },
    palette: { type: 'palette', name: 'default' },
    distinctColors: true,
  }
  const aggs = [
    metricAgg({ type: 'count' }, '1'),
    bucketAgg({ type: 'terms', field: base.field, size: base.size }, '2', 'segment'),
  ]
  return visualization(base, dataViewId, 'pie', params, aggs)
}

/** A data table: split rows by each bucket in turn, one column per metric. */
export function dataTable(
  base: VisBase & { rows: Bucket[]; metrics: Metric[] },
  dataViewId: string,
): SavedObject {
  const params = {
    perPage: 10,
    showPartialRows: false,
    showMetricsAtAllLevels: false,
    showTotal: false,
    totalFunc: 'sum',
    percentageCol: '',
    row: true,
    autoFitRowToContent: false,
  }
  const metrics = base.metrics.map((m, i) => metricAgg(m, String(i + 1)))
  const rows = base.rows.map((b, i) => bucketAgg(b, String(base.metrics.length + i + 1), 'bucket'))
  return visualization(base, dataViewId, 'table', params, [...metrics, ...rows])
}

/** Big numbers: one per metric. */
export function metricTiles(base: VisBase & { metrics: Metric[] }, dataViewId: string): SavedObject {
  const params = {
    addTooltip: true,
    addLegend: false,
    type: 'metric',
    metric: {
      percentageMode: false,
      useRanges: false,
      colorSchema: 'Green to Red',
      metricColorMode: 'None',
      colorsRange: [{ from: 0, to: 10000 }],
      labels: { show: true },
      invertColors: false,
      style: { bgFill: '#000', bgColor: false, labelColor: false, subText: '', fontSize: 36 },
    },
  }
  return visualization(
    base,
    dataViewId,
    'metric',
    params,
    base.metrics.map((m, i) => metricAgg(m, String(i + 1))),
  )
}

/** A text panel: what the dashboard shows and how to read it. No data view, so no reference. */
export function markdownPanel(base: Omit<VisBase, 'query'> & { markdown: string }): SavedObject {
  return savedObject('visualization', base.id, {
    title: base.title,
    description: base.description,
    visState: JSON.stringify({
      title: base.title,
      type: 'markdown',
      aggs: [],
      params: { fontSize: 12, openLinksInNewTab: false, markdown: base.markdown },
    }),
    uiStateJSON: '{}',
    version: 1,
    kibanaSavedObjectMeta: { searchSourceJSON: searchSource(undefined, false) },
  })
}

/** A saved search (Discover): the newest matching records with the chosen columns. */
export function savedSearch(base: VisBase & { columns: string[] }, dataViewId: string): SavedObject {
  return savedObject(
    'search',
    base.id,
    {
      title: base.title,
      description: base.description,
      hits: 0,
      columns: base.columns,
      sort: [['@timestamp', 'desc']],
      version: 1,
      kibanaSavedObjectMeta: {
        searchSourceJSON: JSON.stringify({
          query: { query: base.query ?? '', language: 'kuery' },
          filter: [],
          highlightAll: true,
          version: true,
          indexRefName: INDEX_REF_NAME,
        }),
      },
    },
    [{ name: INDEX_REF_NAME, type: 'index-pattern', id: dataViewId }],
  )
}
