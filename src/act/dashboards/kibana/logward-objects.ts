import { dashboardObject } from './dashboard-object.js'
import {
  dataTable,
  markdownPanel,
  metricTiles,
  pieChart,
  savedSearch,
  xyChart,
  type Bucket,
} from './legacy-vis.js'
import { savedObject, type SavedObject } from './saved-object.js'

/**
 * logward's Kibana objects: a data view on `logward-logs-*` and the four dashboards of the seed's views
 * (failure, success, transactional, functional), on the field names of `src/core/record.ts`. Ids are fixed
 * and readable (`logward-…`), so a second import overwrites the first instead of adding copies.
 * `kibana-objects/logward.ndjson` is this list, written by `logward kibana export`; a test keeps the two equal.
 */
export const DATA_VIEW_ID = 'logward-logs'
export const DATA_VIEW_TITLE = 'logward-logs-*'

export const DASHBOARD_IDS = {
  failure: 'logward-dashboard-failure',
  success: 'logward-dashboard-success',
  transactional: 'logward-dashboard-transactional',
  functional: 'logward-dashboard-functional',
} as const

const ERRORS = 'log.level:(error or fatal)'
const HTTP = 'http.response.status_code:*'
const status = (from: number, to: number): string =>
  `http.response.status_code >= ${from} and http.response.status_code < ${to}`

const levelOutcome: Bucket = {
  type: 'filters',
  filters: [
    { label: 'error / fatal', query: ERRORS },
    { label: 'warn', query: 'log.level:warn' },
    { label: 'other', query: `not log.level:(error or fatal or warn)` },
  ],
}

/** Links between the four dashboards, relative so they work in any space and under any base path. */
const NAV = [
  `[Failure](#/view/${DASHBOARD_IDS.failure})`,
  `[Success](#/view/${DASHBOARD_IDS.success})`,
  `[Transactional](#/view/${DASHBOARD_IDS.transactional})`,
  `[Functional](#/view/${DASHBOARD_IDS.functional})`,
].join(' · ')

export function logwardSavedObjects(): SavedObject[] {
  const dv = DATA_VIEW_ID
  const dataView = savedObject('index-pattern', dv, {
    title: DATA_VIEW_TITLE,
    timeFieldName: '@timestamp',
    fields: '[]',
    fieldFormatMap: '{}',
    fieldAttrs: '{}',
    runtimeFieldMap: '{}',
    sourceFilters: '[]',
  })

  // --- failure: what broke, where, and the words it broke with -------------------------------------------
  const failureAbout = markdownPanel({
    id: 'logward-failure-about',
    title: 'logward: failure (about)',
    description: 'What the failure dashboard shows.',
    markdown: `**Failure**: records at level error or fatal, by service, template and CI job.\n\n${NAV}`,
  })
  const failureCounts = metricTiles(
    {
      id: 'logward-failure-counts',
      title: 'logward: error and fatal records',
      description: 'Error and fatal records, and the CI runs they came from.',
      query: ERRORS,
      metrics: [
        { type: 'count', label: 'Error / fatal records' },
        { type: 'cardinality', field: 'ci.run_id', label: 'Runs with errors' },
        { type: 'cardinality', field: 'service.name', label: 'Services with errors' },
      ],
    },
    dv,
  )
  const failureOverTime = xyChart(
    {
      id: 'logward-failure-errors-by-service',
      title: 'logward: errors over time by service',
      description: 'Error and fatal records over time, stacked by service.name.',
      query: ERRORS,
      chart: 'histogram',
      metric: { type: 'count' },
      splitSeries: { type: 'terms', field: 'service.name', size: 10 },
      stacked: true,
      yTitle: 'Error / fatal records',
    },
    dv,
  )
  const failureTemplates = dataTable(
    {
      id: 'logward-failure-top-templates',
      title: 'logward: top error templates',
      description: 'The templates (logward.template) of error and fatal records, most frequent first.',
      query: ERRORS,
      rows: [
        { type: 'terms', field: 'logward.template', size: 20, label: 'Template' },
        { type: 'terms', field: 'service.name', size: 3, label: 'Service' },
      ],
      metrics: [{ type: 'count', label: 'Records' }],
    },
    dv,
  )
  const failureJobs = dataTable(
    {
      id: 'logward-failure-failing-jobs',
      title: 'logward: failing CI jobs',
      description: 'CI jobs (ci.job) with error or fatal records: in how many runs, and how many records.',
      query: ERRORS,
      rows: [
        { type: 'terms', field: 'ci.repository', size: 10, label: 'Repository' },
        { type: 'terms', field: 'ci.job', size: 20, label: 'Job' },
      ],
      metrics: [
        { type: 'cardinality', field: 'ci.run_id', label: 'Runs' },
        { type: 'count', label: 'Error / fatal records' },
      ],
    },
    dv,
  )
  const failureTypes = pieChart(
    {
      id: 'logward-failure-error-types',
      title: 'logward: error types',
      description: 'Exception classes (error.type) of records with a stack trace.',
      query: 'error.type:*',
      field: 'error.type',
      size: 10,
    },
    dv,
  )
  const latestErrors = savedSearch(
    {
      id: 'logward-search-latest-errors',
      title: 'logward: latest error messages',
      description: 'The newest error and fatal records.',
      query: ERRORS,
      columns: ['service.name', 'log.level', 'ci.job', 'message', 'error.type'],
    },
    dv,
  )

  // --- success: what ran, where, and how much of it was clean ----------------------------------------------
  const successAbout = markdownPanel({
    id: 'logward-success-about',
    title: 'logward: success (about)',
    description: 'What the success dashboard shows.',
    markdown:
      '**Success**: runs and records by repository and ref. A run is *passing* here when it has no error or ' +
      'fatal record: passing runs = all runs − runs with error records (both columns of the table).\n\n' +
      NAV,
  })
  const successTotals = metricTiles(
    {
      id: 'logward-success-totals',
      title: 'logward: records and runs',
      description: 'Records, CI runs and repositories in the time range.',
      metrics: [
        { type: 'count', label: 'Records' },
        { type: 'cardinality', field: 'ci.run_id', label: 'Runs' },
        { type: 'cardinality', field: 'ci.repository', label: 'Repositories' },
      ],
    },
    dv,
  )
  const successRuns = dataTable(
    {
      id: 'logward-success-runs-by-ref',
      title: 'logward: runs by repository and ref',
      description:
        'Runs (distinct ci.run_id) per repository and ref: all runs, and those with error records.',
      rows: [
        { type: 'terms', field: 'ci.repository', size: 10, label: 'Repository' },
        { type: 'terms', field: 'ci.ref', size: 10, label: 'Ref' },
        {
          type: 'filters',
          filters: [
            { label: 'all runs', query: '' },
            { label: 'runs with error records', query: ERRORS },
          ],
        },
      ],
      metrics: [{ type: 'cardinality', field: 'ci.run_id', label: 'Runs' }],
    },
    dv,
  )
  const successByRef = xyChart(
    {
      id: 'logward-success-records-by-ref',
      title: 'logward: records over time by ref',
      description: 'Records over time, one line per git ref (ci.ref).',
      chart: 'line',
      metric: { type: 'count' },
      splitSeries: { type: 'terms', field: 'ci.ref', size: 5 },
      yTitle: 'Records',
    },
    dv,
  )
  const successLevels = pieChart(
    {
      id: 'logward-success-levels',
      title: 'logward: level distribution',
      description: 'Records by log.level.',
      field: 'log.level',
      size: 7,
    },
    dv,
  )
  const successEnvironments = dataTable(
    {
      id: 'logward-success-runs-by-environment',
      title: 'logward: runs by environment',
      description: 'Deploy and CI runs per environment (ci.environment) and repository.',
      query: 'ci.environment:*',
      rows: [
        { type: 'terms', field: 'ci.environment', size: 10, label: 'Environment' },
        { type: 'terms', field: 'ci.repository', size: 10, label: 'Repository' },
      ],
      metrics: [
        { type: 'cardinality', field: 'ci.run_id', label: 'Runs' },
        { type: 'count', label: 'Records' },
      ],
    },
    dv,
  )

  // --- transactional: request volume and error rate, per service -----------------------------------------
  const transactionalAbout = markdownPanel({
    id: 'logward-transactional-about',
    title: 'logward: transactional (about)',
    description: 'What the transactional dashboard shows.',
    markdown:
      '**Transactional**: volume per service, the share of error records, and HTTP status classes where ' +
      'records carry `http.response.status_code` (access logs).\n\n' +
      NAV,
  })
  const volume = xyChart(
    {
      id: 'logward-transactional-volume-by-service',
      title: 'logward: records per service over time',
      description: 'Record volume over time, one line per service.name.',
      chart: 'line',
      metric: { type: 'count' },
      splitSeries: { type: 'terms', field: 'service.name', size: 10 },
      yTitle: 'Records',
    },
    dv,
  )
  const errorRate = xyChart(
    {
      id: 'logward-transactional-error-rate',
      title: 'logward: error rate over time',
      description: 'Share of records at level error or fatal, over time.',
      chart: 'area',
      metric: { type: 'count' },
      splitSeries: {
        type: 'filters',
        filters: [
          { label: 'error / fatal', query: ERRORS },
          { label: 'other levels', query: `not ${ERRORS}` },
        ],
      },
      percentage: true,
      yTitle: 'Share of records',
    },
    dv,
  )
  const httpStatus = xyChart(
    {
      id: 'logward-transactional-http-status',
      title: 'logward: HTTP status classes over time',
      description: 'Share of responses per status class (http.response.status_code), over time.',
      query: HTTP,
      chart: 'area',
      metric: { type: 'count' },
      splitSeries: {
        type: 'filters',
        filters: [
          { label: '5xx', query: status(500, 600) },
          { label: '4xx', query: status(400, 500) },
          { label: '3xx', query: status(300, 400) },
          { label: '2xx', query: status(200, 300) },
        ],
      },
      percentage: true,
      yTitle: 'Share of responses',
    },
    dv,
  )
  const perService = dataTable(
    {
      id: 'logward-transactional-services',
      title: 'logward: requests and errors per service',
      description: 'Requests per service.name: all, client errors (4xx) and server errors (5xx).',
      query: HTTP,
      rows: [
        { type: 'terms', field: 'service.name', size: 20, label: 'Service' },
        {
          type: 'filters',
          filters: [
            { label: 'all requests', query: '' },
            { label: '4xx', query: status(400, 500) },
            { label: '5xx', query: status(500, 600) },
          ],
        },
      ],
      metrics: [{ type: 'count', label: 'Requests' }],
    },
    dv,
  )
  const failingUrls = dataTable(
    {
      id: 'logward-transactional-failing-urls',
      title: 'logward: URLs answering 5xx',
      description: 'Request URLs (url.original) and methods with server errors, most frequent first.',
      query: 'http.response.status_code >= 500',
      rows: [
        { type: 'terms', field: 'url.original', size: 20, label: 'URL' },
        { type: 'terms', field: 'http.request.method', size: 5, label: 'Method' },
      ],
      metrics: [{ type: 'count', label: '5xx responses' }],
    },
    dv,
  )
  const methods = pieChart(
    {
      id: 'logward-transactional-methods',
      title: 'logward: request methods',
      description: 'Requests by http.request.method.',
      query: 'http.request.method:*',
      field: 'http.request.method',
      size: 8,
    },
    dv,
  )

  // --- functional: jobs, templates and formats ---------------------------------------------------------------
  const functionalAbout = markdownPanel({
    id: 'logward-functional-about',
    title: 'logward: functional (about)',
    description: 'What the functional dashboard shows.',
    markdown:
      '**Functional**: outcomes per CI job (records by level) and what the logs are made of: templates per ' +
      'service, record formats, distinct templates. Test-case results from test reports are not in ' +
      '`logward-logs-*`; see the `analyze` report for those.\n\n' +
      NAV,
  })
  const jobOutcomes = xyChart(
    {
      id: 'logward-functional-job-outcomes',
      title: 'logward: CI jobs by outcome',
      description: 'Records per CI job (ci.job), stacked by outcome: error/fatal, warn, other.',
      chart: 'histogram',
      metric: { type: 'count' },
      xAxis: { type: 'terms', field: 'ci.job', size: 20 },
      splitSeries: levelOutcome,
      stacked: true,
      yTitle: 'Records',
    },
    dv,
  )
  const functionalCounts = metricTiles(
    {
      id: 'logward-functional-counts',
      title: 'logward: templates, services and jobs',
      description: 'Distinct templates (logward.template_id), services and CI jobs in the time range.',
      metrics: [
        { type: 'cardinality', field: 'logward.template_id', label: 'Templates' },
        { type: 'cardinality', field: 'service.name', label: 'Services' },
        { type: 'cardinality', field: 'ci.job', label: 'CI jobs' },
      ],
    },
    dv,
  )
  const templatesByService = dataTable(
    {
      id: 'logward-functional-templates-by-service',
      title: 'logward: templates by service',
      description: 'The most frequent templates (logward.template) of each service.name.',
      rows: [
        { type: 'terms', field: 'service.name', size: 10, label: 'Service' },
        { type: 'terms', field: 'logward.template', size: 10, label: 'Template' },
      ],
      metrics: [{ type: 'count', label: 'Records' }],
    },
    dv,
  )
  const warningTemplates = dataTable(
    {
      id: 'logward-functional-warning-templates',
      title: 'logward: top warning templates',
      description: 'The templates of warn records, most frequent first.',
      query: 'log.level:warn',
      rows: [{ type: 'terms', field: 'logward.template', size: 20, label: 'Template' }],
      metrics: [
        { type: 'count', label: 'Records' },
        { type: 'cardinality', field: 'ci.job', label: 'CI jobs' },
      ],
    },
    dv,
  )
  const formats = pieChart(
    {
      id: 'logward-functional-formats',
      title: 'logward: record formats',
      description: 'Records by the line format logward recognised (logward.format).',
      field: 'logward.format',
      size: 10,
    },
    dv,
  )

  const failure = dashboardObject({
    id: DASHBOARD_IDS.failure,
    title: 'logward: failure',
    description:
      'Error and fatal records over time by service, top error templates, failing CI jobs, latest errors.',
    panels: [
      { object: failureAbout, w: 16, h: 8 },
      { object: failureCounts, w: 32, h: 8 },
      { object: failureOverTime, w: 48, h: 15 },
      { object: failureTemplates, w: 24, h: 15 },
      { object: failureJobs, w: 24, h: 15 },
      { object: failureTypes, w: 16, h: 15 },
      { object: latestErrors, w: 32, h: 15 },
    ],
  })
  const success = dashboardObject({
    id: DASHBOARD_IDS.success,
    title: 'logward: success',
    description: 'Records and runs by repository and ref, passing runs, level distribution.',
    panels: [
      { object: successAbout, w: 16, h: 8 },
      { object: successTotals, w: 32, h: 8 },
      { object: successRuns, w: 24, h: 15 },
      { object: successLevels, w: 24, h: 15 },
      { object: successByRef, w: 32, h: 15 },
      { object: successEnvironments, w: 16, h: 15 },
    ],
  })
  const transactional = dashboardObject({
    id: DASHBOARD_IDS.transactional,
    title: 'logward: transactional',
    description: 'Per-service volume, error rate over time, HTTP status classes, failing URLs.',
    panels: [
      { object: transactionalAbout, w: 48, h: 5 },
      { object: volume, w: 24, h: 15 },
      { object: errorRate, w: 24, h: 15 },
      { object: httpStatus, w: 24, h: 15 },
      { object: perService, w: 24, h: 15 },
      { object: failingUrls, w: 32, h: 15 },
      { object: methods, w: 16, h: 15 },
    ],
  })
  const functional = dashboardObject({
    id: DASHBOARD_IDS.functional,
    title: 'logward: functional',
    description: 'Outcomes per CI job, templates per service, warning templates, record formats.',
    panels: [
      { object: functionalAbout, w: 16, h: 8 },
      { object: functionalCounts, w: 32, h: 8 },
      { object: jobOutcomes, w: 48, h: 15 },
      { object: templatesByService, w: 24, h: 15 },
      { object: warningTemplates, w: 24, h: 15 },
      { object: formats, w: 16, h: 15 },
    ],
  })

  return [
    dataView,
    failureAbout,
    failureCounts,
    failureOverTime,
    failureTemplates,
    failureJobs,
    failureTypes,
    latestErrors,
    successAbout,
    successTotals,
    successRuns,
    successByRef,
    successLevels,
    successEnvironments,
    transactionalAbout,
    volume,
    errorRate,
    httpStatus,
    perService,
    failingUrls,
    methods,
    functionalAbout,
    jobOutcomes,
    functionalCounts,
    templatesByService,
    warningTemplates,
    formats,
    failure,
    success,
    transactional,
    functional,
  ]
}
