import { DATASOURCE, layout, logs, pie, stat, table, timeSeries } from './panels.js'

/**
 * logward's Grafana dashboard: the four views of the Kibana dashboards (failure, success, transactional,
 * functional) as rows of one dashboard, on an Elasticsearch data source over `logward-logs-*` with
 * `@timestamp` as its time field. The uid is fixed, so a second import updates this dashboard instead of
 * adding another. `grafana/logward-logs.json` is this object, written by `logward grafana export`.
 */
export const GRAFANA_DASHBOARD_UID = 'logward-logs'
export const GRAFANA_DASHBOARD_TITLE = 'logward: logs'

const ERRORS = 'log.level:(error OR fatal)'
const HTTP = '_exists_:http.response.status_code'

export type GrafanaDashboard = Record<string, unknown> & { uid: string; title: string }

export function logwardGrafanaDashboard(): GrafanaDashboard {
  const panels = layout([
    {
      row: 'Failure',
      panels: [
        timeSeries({
          title: 'Errors over time by service',
          description: 'Error and fatal records, stacked by service.name.',
          query: ERRORS,
          split: { type: 'terms', field: 'service.name', size: 10 },
          style: 'bars',
          stacking: 'normal',
          w: 24,
          h: 8,
        }),
        table({
          title: 'Top error templates',
          description: 'Templates (logward.template) of error and fatal records, most frequent first.',
          query: ERRORS,
          metrics: [{ type: 'count' }],
          rows: [{ type: 'terms', field: 'logward.template', size: 20 }],
          w: 12,
          h: 9,
        }),
        table({
          title: 'Failing CI jobs',
          description: 'CI jobs (ci.job) with error or fatal records: distinct runs and records.',
          query: ERRORS,
          metrics: [{ type: 'cardinality', field: 'ci.run_id' }, { type: 'count' }],
          rows: [
            { type: 'terms', field: 'ci.repository', size: 10 },
            { type: 'terms', field: 'ci.job', size: 20 },
          ],
          w: 12,
          h: 9,
        }),
        logs({
          title: 'Latest error messages',
          description: 'The newest error and fatal records.',
          query: ERRORS,
          w: 24,
          h: 10,
        }),
      ],
    },
    {
      row: 'Success',
      panels: [
        stat({
          title: 'Records',
          description: 'Records in the time range.',
          query: '*',
          color: 'blue',
          w: 12,
          h: 4,
        }),
        stat({
          title: 'Error / fatal records',
          description: 'Error and fatal records in the time range.',
          query: ERRORS,
          color: 'red',
          w: 12,
          h: 4,
        }),
        table({
          title: 'Runs by repository and ref',
          description:
            'Distinct runs (ci.run_id) per repository and ref: all runs, and runs with error records. Passing runs = the difference.',
          query: '*',
          metrics: [{ type: 'cardinality', field: 'ci.run_id' }],
          rows: [
            { type: 'terms', field: 'ci.repository', size: 10 },
            { type: 'terms', field: 'ci.ref', size: 10 },
            {
              type: 'filters',
              filters: [
                { label: 'all runs', query: '*' },
                { label: 'runs with error records', query: ERRORS },
              ],
            },
          ],
          w: 16,
          h: 10,
        }),
        pie({
          title: 'Level distribution',
          description: 'Records by log.level.',
          query: '*',
          field: 'log.level',
          size: 7,
          w: 8,
          h: 10,
        }),
      ],
    },
    {
      row: 'Transactional',
      panels: [
        timeSeries({
          title: 'Records per service',
          description: 'Record volume over time, one line per service.name.',
          query: '*',
          split: { type: 'terms', field: 'service.name', size: 10 },
          style: 'line',
          stacking: 'none',
          w: 12,
          h: 8,
        }),
        timeSeries({
          title: 'Error rate',
          description: 'Share of records at level error or fatal, over time.',
          query: '*',
          split: {
            type: 'filters',
            filters: [
              { label: 'error / fatal', query: ERRORS },
              { label: 'other levels', query: `NOT ${ERRORS}` },
            ],
          },
          style: 'line',
          stacking: 'percent',
          w: 12,
          h: 8,
        }),
        timeSeries({
          title: 'HTTP status classes',
          description: 'Share of responses per class of http.response.status_code, over time.',
          query: HTTP,
          split: {
            type: 'filters',
            filters: [
              { label: '5xx', query: 'http.response.status_code:[500 TO 599]' },
              { label: '4xx', query: 'http.response.status_code:[400 TO 499]' },
              { label: '3xx', query: 'http.response.status_code:[300 TO 399]' },
              { label: '2xx', query: 'http.response.status_code:[200 TO 299]' },
            ],
          },
          style: 'line',
          stacking: 'percent',
          w: 12,
          h: 8,
        }),
        table({
          title: 'Requests and errors per service',
          description: 'Requests per service.name: all, client errors (4xx) and server errors (5xx).',
          query: HTTP,
          metrics: [{ type: 'count' }],
          rows: [
            { type: 'terms', field: 'service.name', size: 20 },
            {
              type: 'filters',
              filters: [
                { label: 'all requests', query: '*' },
                { label: '4xx', query: 'http.response.status_code:[400 TO 499]' },
                { label: '5xx', query: 'http.response.status_code:[500 TO 599]' },
              ],
            },
          ],
          w: 12,
          h: 8,
        }),
      ],
    },
    {
      row: 'Functional',
      panels: [
        table({
          title: 'CI jobs by outcome',
          description: 'Records per CI job (ci.job) by outcome: error/fatal, warn, other.',
          query: '*',
          metrics: [{ type: 'count' }],
          rows: [
            { type: 'terms', field: 'ci.job', size: 20 },
            {
              type: 'filters',
              filters: [
                { label: 'error / fatal', query: ERRORS },
                { label: 'warn', query: 'log.level:warn' },
                { label: 'other', query: 'NOT log.level:(error OR fatal OR warn)' },
              ],
            },
          ],
          w: 12,
          h: 9,
        }),
        table({
          title: 'Templates by service',
          description: 'The most frequent templates (logward.template) of each service.name.',
          query: '*',
          metrics: [{ type: 'count' }],
          rows: [
            { type: 'terms', field: 'service.name', size: 10 },
            { type: 'terms', field: 'logward.template', size: 10 },
          ],
          w: 12,
          h: 9,
        }),
        table({
          title: 'Top warning templates',
          description: 'Templates of warn records, and in how many CI jobs they appear.',
          query: 'log.level:warn',
          metrics: [{ type: 'count' }, { type: 'cardinality', field: 'ci.job' }],
          rows: [{ type: 'terms', field: 'logward.template', size: 20 }],
          w: 16,
          h: 9,
        }),
        pie({
          title: 'Record formats',
          description: 'Records by the line format logward recognised (logward.format).',
          query: '*',
          field: 'logward.format',
          size: 10,
          w: 8,
          h: 9,
        }),
      ],
    },
  ])
  return {
    id: null,
    uid: GRAFANA_DASHBOARD_UID,
    title: GRAFANA_DASHBOARD_TITLE,
    description:
      'CI and deploy logs shipped by logward (index logward-logs-*): failure, success, transactional and functional views.',
    tags: ['logward'],
    editable: true,
    graphTooltip: 1,
    schemaVersion: 39,
    time: { from: 'now-7d', to: 'now' },
    timepicker: {},
    timezone: 'browser',
    refresh: '',
    links: [],
    annotations: {
      list: [
        {
          builtIn: 1,
          datasource: { type: 'grafana', uid: '-- Grafana --' },
          enable: true,
          hide: true,
          iconColor: 'rgba(0, 211, 255, 1)',
          name: 'Annotations & Alerts',
          type: 'dashboard',
        },
      ],
    },
    templating: {
      list: [
        {
          type: 'datasource',
          name: 'datasource',
          label: 'Elasticsearch',
          description: 'An Elasticsearch data source on logward-logs-* with @timestamp as its time field.',
          query: 'elasticsearch',
          current: {},
          hide: 0,
          includeAll: false,
          multi: false,
          options: [],
          refresh: 1,
          regex: '',
        },
        {
          // Ad hoc filters apply to every query of the data source: `service.name = api` narrows all panels.
          type: 'adhoc',
          name: 'filters',
          label: 'Filters',
          datasource: DATASOURCE,
          filters: [],
          hide: 0,
        },
      ],
    },
    panels,
  }
}

/**
 * The dashboard bound to one data source: the `datasource` variable's current value is set to its uid,
 * so the dashboard opens on it (Grafana otherwise picks the default Elasticsearch data source).
 */
export function withDatasource(dashboard: GrafanaDashboard, uid: string): GrafanaDashboard {
  const templating = dashboard.templating as { list: Record<string, unknown>[] }
  return {
    ...dashboard,
    templating: {
      ...templating,
      list: templating.list.map((v) =>
        v.name === 'datasource' ? { ...v, current: { selected: true, text: uid, value: uid } } : v,
      ),
    },
  }
}
