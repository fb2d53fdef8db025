import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { S as ServiceError, a as InputError, O as Option } from './index.js';
import { isDeepStrictEqual } from 'node:util';
import { s as serverMessage, D as DashboardHttpError, p as parseBaseUrl, g as grafanaAuth, c as createHttpClient, a as addDashboardFlags, f as flagValue } from './setting-flags-B1vF2d3D.js';
import { readFile } from 'node:fs/promises';
import { M as grafanaImportOptions, J as readDashboardSettings, O as GRAFANA_SETTINGS } from './logger-DezpSed9.js';
import { a as addSettingFlags, c as commandContext } from './context-DU3jDRdf.js';
import 'node:events';
import 'node:child_process';
import 'node:path';
import 'node:fs';
import 'node:process';
import 'node:buffer';
import './retry-CQdCV2e0.js';
import 'node:timers/promises';
import './redact-DMW0fSiV.js';
import 'process';
import 'buffer';
import 'node:crypto';

/** Grafana's 412 `status` values (POST /api/dashboards/db) and what to do about each. */
const PRECONDITION = {
    'version-mismatch': 'the dashboard exists with another version: import with overwrite (the default; drop --no-overwrite) to replace it',
    'name-exists': 'a dashboard with the same uid or the same title in the folder exists: import with overwrite, or rename or move the other one',
    'plugin-dashboard': 'a plugin provides this dashboard: it cannot be replaced through the API',
};
/**
 * Grafana's documented HTTP errors for the dashboard and folder APIs as DashboardHttpErrors with a hint.
 * `hints` adds call-specific advice (e.g. which permission a 403 lacks).
 */
function grafanaHttpError(response, ctx, what, hints = {}) {
    const status = response.status;
    const said = serverMessage(response);
    const body = response.json;
    const reason = typeof body?.status === 'string' ? body.status : undefined;
    const message = `Grafana refused ${what} (${status}${reason ? ` ${reason}` : ''}${said ? `: ${said}` : ''})`;
    switch (status) {
        case 401:
            // Grafana's 401 text can name the token it rejected; it is not needed to act on it.
            return new DashboardHttpError(`Grafana did not accept the credentials (401) when ${what}`, status, {
                hint: hints[401] ??
                    (ctx.auth === 'none'
                        ? 'set grafana-token (LOGWARD_GRAFANA_TOKEN), a service-account token, or grafana-username and grafana-password'
                        : ctx.auth === 'bearer'
                            ? 'check grafana-token: a service-account token (glsa_…) of this Grafana and organisation, not expired or revoked'
                            : 'check grafana-username and grafana-password (basic auth must be enabled in Grafana)'),
            });
        case 403:
            return new DashboardHttpError(message, status, {
                hint: hints[403] ??
                    'the service account or user lacks permission: give it the Editor role, or dashboards:create/write on the folder',
            });
        case 404:
            return new DashboardHttpError(message, status, {
                hint: hints[404] ??
                    (said?.toLowerCase().includes('folder')
                        ? 'the folder does not exist: check grafana-folder (a folder title or uid)'
                        : `check grafana-url: Grafana's own URL (${ctx.grafana}), with its sub-path if it is served under one`),
            });
        case 412:
            return new DashboardHttpError(message, status, {
                hint: (reason && PRECONDITION[reason]) ?? 'Grafana refused to save over the existing dashboard',
            });
        case 400:
        case 422:
            return new DashboardHttpError(message, status, {
                hint: hints[status] ??
                    (said?.toLowerCase().includes('folder')
                        ? 'check grafana-folder (a folder title or uid)'
                        : 'Grafana rejected the dashboard JSON: check the file is a dashboard model (as exported with "Export → JSON")'),
            });
        default:
            return new DashboardHttpError(message, status, status >= 500 ? { hint: "see Grafana's server log for the cause" } : {});
    }
}

/**
 * The folder named by `grafana-folder`, by uid or by title; created (with that title) when there is none,
 * so a first import into a fresh Grafana needs no manual step. Lists top-level folders only: a nested
 * folder is named by its uid.
 */
async function findOrCreateFolder(ctx, folder, logger) {
    const found = await findFolder(ctx, folder);
    if (found)
        return found;
    const response = await ctx.client.send({
        method: 'POST',
        path: '/api/folders',
        headers: { 'content-type': 'application/json' },
        body: () => JSON.stringify({ title: folder }),
    });
    if (response.status === 409 || response.status === 412) {
        // Someone created it between our lookup and our create: use theirs.
        const raced = await findFolder(ctx, folder);
        if (raced)
            return raced;
    }
    if (response.status !== 200)
        throw grafanaHttpError(response, ctx, `creating folder "${folder}"`, {
            403: 'the token or user may not create folders: create the folder in Grafana, or give the service account the Editor role (folders:create)',
        });
    const body = response.json;
    if (typeof body?.uid !== 'string')
        throw new DashboardHttpError(`Grafana answered the folder creation without a folder uid`, response.status);
    logger?.info(`created Grafana folder "${folder}" (uid ${body.uid})`);
    return { uid: body.uid, title: typeof body.title === 'string' ? body.title : folder, created: true };
}
async function findFolder(ctx, folder) {
    const response = await ctx.client.send({ method: 'GET', path: '/api/folders?limit=1000' });
    if (response.status !== 200)
        throw grafanaHttpError(response, ctx, 'listing folders', {
            403: 'the token or user may not read folders: give the service account the Editor role (folders:read)',
        });
    if (!Array.isArray(response.json))
        throw new DashboardHttpError(`Grafana answered the folder list with something else (${serverMessage(response) ?? 'not a list'})`, response.status);
    const folders = response.json.filter((f) => typeof f.uid === 'string' && typeof f.title === 'string');
    const match = folders.find((f) => f.uid === folder) ?? folders.find((f) => f.title === folder);
    return match ? { uid: match.uid, title: match.title, created: false } : undefined;
}

/**
 * Builders for Grafana panels on an Elasticsearch data source. The data source is the dashboard variable
 * `${datasource}` (type `datasource`, query `elasticsearch`), so the dashboard binds to whichever
 * Elasticsearch data source the user picks, by uid, and never names one of ours. Queries are Lucene, as
 * the Elasticsearch data source writes them.
 */
const DATASOURCE = { type: 'elasticsearch', uid: '${datasource}' };
/** Grafana's grid is 24 columns wide. */
const GRID_WIDTH = 24;
function target(query, metrics, buckets) {
    let id = 0;
    const next = () => String(++id);
    return {
        refId: 'A',
        datasource: DATASOURCE,
        query,
        alias: '',
        metrics: metrics.map((m) => m.type === 'cardinality'
            ? { id: next(), type: 'cardinality', field: m.field }
            : m.type === 'logs'
                ? { id: next(), type: 'logs', settings: { limit: '200' } }
                : { id: next(), type: 'count' }),
        bucketAggs: buckets.map((b) => {
            switch (b.type) {
                case 'terms':
                    return {
                        id: next(),
                        type: 'terms',
                        field: b.field,
                        settings: { size: String(b.size), order: 'desc', orderBy: '_count', min_doc_count: '1' },
                    };
                case 'filters':
                    return { id: next(), type: 'filters', settings: { filters: b.filters } };
                case 'date_histogram':
                    return {
                        id: next(),
                        type: 'date_histogram',
                        field: '@timestamp',
                        settings: { interval: 'auto', min_doc_count: '0', trimEdges: '0' },
                    };
            }
        }),
        timeField: '@timestamp',
    };
}
/** Counts over time: the last bucket is the date histogram, the ones before it split the series. */
function timeSeries(spec) {
    return {
        type: 'timeseries',
        title: spec.title,
        description: spec.description,
        datasource: DATASOURCE,
        w: spec.w,
        h: spec.h,
        targets: [
            target(spec.query, [{ type: 'count' }], [...(spec.split ? [spec.split] : []), { type: 'date_histogram' }]),
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
    };
}
/** A table of terms (and filters) buckets with one column per metric. */
function table(spec) {
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
    };
}
/** A donut of one terms bucket. */
function pie(spec) {
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
    };
}
/** One number: the records in the time range (a count over time, summed). */
function stat(spec) {
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
    };
}
/** The newest matching records (the data source's message and level fields are set in its settings). */
function logs(spec) {
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
    };
}
/**
 * Lay out sections (a row panel, then its panels left to right, wrapped at the grid's width) and number
 * the panels: Grafana wants every panel to have a unique id and a gridPos.
 */
function layout(sections) {
    const out = [];
    let y = 0;
    let id = 0;
    for (const section of sections) {
        out.push({
            type: 'row',
            title: section.row,
            id: ++id,
            collapsed: false,
            panels: [],
            gridPos: { x: 0, y, w: GRID_WIDTH, h: 1 },
        });
        y += 1;
        let x = 0;
        let rowHeight = 0;
        for (const { w, h, ...panel } of section.panels) {
            if (x + w > GRID_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            out.push({ ...panel, type: panel.type, title: panel.title, id: ++id, gridPos: { x, y, w, h } });
            x += w;
            rowHeight = Math.max(rowHeight, h);
        }
        y += rowHeight;
    }
    return out;
}

/**
 * logward's Grafana dashboard: the four views of the Kibana dashboards (failure, success, transactional,
 * functional) as rows of one dashboard, on an Elasticsearch data source over `logward-logs-*` with
 * `@timestamp` as its time field. The uid is fixed, so a second import updates this dashboard instead of
 * adding another. `grafana/logward-logs.json` is this object, written by `logward grafana export`.
 */
const GRAFANA_DASHBOARD_UID = 'logward-logs';
const GRAFANA_DASHBOARD_TITLE = 'logward: logs';
const ERRORS = 'log.level:(error OR fatal)';
const HTTP = '_exists_:http.response.status_code';
function logwardGrafanaDashboard() {
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
                    description: 'Distinct runs (ci.run_id) per repository and ref: all runs, and runs with error records. Passing runs = the difference.',
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
    ]);
    return {
        id: null,
        uid: GRAFANA_DASHBOARD_UID,
        title: GRAFANA_DASHBOARD_TITLE,
        description: 'CI and deploy logs shipped by logward (index logward-logs-*): failure, success, transactional and functional views.',
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
    };
}
/**
 * The dashboard bound to one data source: the `datasource` variable's current value is set to its uid,
 * so the dashboard opens on it (Grafana otherwise picks the default Elasticsearch data source).
 */
function withDatasource(dashboard, uid) {
    const templating = dashboard.templating;
    return {
        ...dashboard,
        templating: {
            ...templating,
            list: templating.list.map((v) => v.name === 'datasource' ? { ...v, current: { selected: true, text: uid, value: uid } } : v),
        },
    };
}

/**
 * `POST {grafana}/api/dashboards/db` with `{dashboard, folderUid, overwrite: true}` (Grafana's dashboard
 * API). The dashboard's fixed uid makes a second import update the same dashboard; when Grafana already
 * holds exactly this dashboard in this folder, nothing is posted, so no empty version is added to its
 * history.
 */
async function importGrafanaDashboard(file, options) {
    const base = parseBaseUrl(options.url, 'grafana-url');
    const auth = grafanaAuth(options);
    const client = createHttpClient('Grafana', {
        base,
        auth,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    });
    const ctx = { client, auth: auth.kind, grafana: base.display };
    const dashboard = options.datasource ? withDatasource(file.dashboard, options.datasource) : file.dashboard;
    const folder = options.folder?.trim()
        ? await findOrCreateFolder(ctx, options.folder.trim(), options.logger)
        : undefined;
    const folderUid = folder?.uid ?? '';
    const overwrite = options.overwrite ?? true;
    const existing = await currentDashboard(ctx, dashboard.uid);
    const result = {
        grafana: base.display,
        source: file.source,
        uid: dashboard.uid,
        title: dashboard.title,
        folder,
    };
    if (existing && existing.folderUid === folderUid && sameDashboard(existing.dashboard, dashboard))
        return {
            ...result,
            status: 'unchanged',
            version: existing.version,
            url: absolute(base.display, existing.url),
        };
    options.logger?.debug(`posting dashboard ${dashboard.uid} to ${base.display} (folder ${folderUid || 'General'}, auth ${auth.kind})`);
    const response = await client.send({
        method: 'POST',
        path: '/api/dashboards/db',
        headers: { 'content-type': 'application/json' },
        body: () => JSON.stringify({
            // id null: Grafana finds the dashboard by uid; a numeric id from another Grafana would be wrong here.
            dashboard: { ...dashboard, id: null },
            ...(folderUid ? { folderUid } : {}),
            overwrite,
            message: 'logward grafana import',
        }),
    });
    if (response.status !== 200)
        throw grafanaHttpError(response, ctx, `saving dashboard "${dashboard.title}"`, {
            403: `the service account or user may not save dashboards${folder ? ` in folder "${folder.title}"` : ''}: give it the Editor role, or dashboards:create and dashboards:write on the folder`,
        });
    const body = response.json;
    if (typeof body?.uid !== 'string')
        throw new ServiceError('Grafana answered the dashboard save with 200 but without a dashboard uid', {
            hint: 'check that grafana-url is Grafana (not a proxy page)',
        });
    return {
        ...result,
        uid: body.uid,
        status: existing ? 'updated' : 'created',
        version: typeof body.version === 'number' ? body.version : undefined,
        url: typeof body.url === 'string' ? absolute(base.display, body.url) : undefined,
    };
}
/** The stored dashboard with this uid, or undefined when there is none (404). */
async function currentDashboard(ctx, uid) {
    const response = await ctx.client.send({
        method: 'GET',
        path: `/api/dashboards/uid/${encodeURIComponent(uid)}`,
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw grafanaHttpError(response, ctx, `reading dashboard ${uid}`, {
            404: 'no dashboard API at this URL: check grafana-url',
        });
    const body = response.json;
    if (typeof body?.dashboard !== 'object' || body.dashboard === null)
        return undefined;
    const dashboard = body.dashboard;
    return {
        dashboard,
        folderUid: typeof body.meta?.folderUid === 'string' ? body.meta.folderUid : '',
        version: typeof dashboard.version === 'number' ? dashboard.version : undefined,
        url: typeof body.meta?.url === 'string' ? body.meta.url : undefined,
    };
}
/** Equal apart from what Grafana assigns on save (its numeric id and the version counter). */
function sameDashboard(stored, ours) {
    const strip = ({ id: _id, version: _version, ...rest }) => rest;
    return isDeepStrictEqual(strip(stored), strip(ours));
}
function absolute(base, path) {
    if (path === undefined)
        return undefined;
    if (/^https?:\/\//.test(path))
        return path;
    // Grafana's url is relative to its root, and already includes a sub-path when it is served under one.
    const origin = new URL(base).origin;
    const basePath = new URL(base).pathname.replace(/\/+$/, '');
    return path.startsWith(basePath + '/') && basePath !== '' ? `${origin}${path}` : `${base}${path}`;
}

function builtInDashboard() {
    return { dashboard: logwardGrafanaDashboard(), source: 'built-in' };
}
/**
 * A dashboard JSON the user names (`--file`): the dashboard model as Grafana exports it, or wrapped as the
 * API returns it (`{"dashboard": {…}, "meta": {…}}`). It needs a uid, or every import would add a copy.
 */
async function readDashboardFile(path) {
    let value;
    try {
        value = JSON.parse(await readFile(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new InputError(path, code ? `cannot read: ${code}` : 'is not JSON', { cause: error });
    }
    const wrapped = value;
    const dashboard = (typeof wrapped === 'object' && wrapped !== null && typeof wrapped.dashboard === 'object'
        ? wrapped.dashboard
        : value);
    if (typeof dashboard !== 'object' || dashboard === null || Array.isArray(dashboard))
        throw new InputError(path, 'is not a Grafana dashboard (a JSON object)');
    if (typeof dashboard.title !== 'string' || dashboard.title.trim() === '')
        throw new InputError(path, 'has no dashboard title');
    if (typeof dashboard.uid !== 'string' || dashboard.uid === '')
        throw new InputError(path, 'has no dashboard uid', {
            hint: 'give the dashboard a fixed "uid" so that importing it again updates it instead of adding a copy',
        });
    return { dashboard: dashboard, source: path };
}

const KEYS = ['log-level'];
function describe(result) {
    const what = result.status === 'unchanged'
        ? 'already up to date in'
        : result.status === 'created'
            ? 'created in'
            : 'updated in';
    const folder = result.folder
        ? ` folder "${result.folder.title}"${result.folder.created ? ' (created)' : ''}`
        : '';
    const version = result.version !== undefined ? `, version ${result.version}` : '';
    return `dashboard "${result.title}" (uid ${result.uid}) ${what} Grafana ${result.grafana}${folder}${version}${result.url ? `\n  ${result.url}` : ''}`;
}
/** `logward grafana import|export`: logward's Grafana dashboard on an Elasticsearch data source. */
function registerGrafanaCommand(program) {
    const grafana = program
        .command('grafana')
        .description("Grafana: logward's dashboard (grafana/logward-logs.json) on an Elasticsearch data source.");
    const importCommand = grafana
        .command('import')
        .description('Import the dashboard into Grafana (POST /api/dashboards/db, overwrite, fixed uid): running it again changes nothing.')
        .addOption(new Option('--file <json>', "import this dashboard JSON instead of logward's own"))
        .addOption(new Option('--no-overwrite', 'fail if a dashboard with this uid exists instead of replacing it'))
        .addOption(new Option('-o, --output <format>', 'text: for people; json: the import result')
        .choices(['text', 'json'])
        .default('text'))
        .addHelpText('after', `
Credentials: a service-account token (grafana-token) or a user (grafana-username, grafana-password). Pass
secrets through the environment (LOGWARD_GRAFANA_TOKEN, LOGWARD_GRAFANA_PASSWORD): a flag shows in the
process list. The dashboard asks for an Elasticsearch data source on logward-logs-* (time field
@timestamp); --grafana-datasource picks one by uid.

Examples:
  $ LOGWARD_GRAFANA_URL=https://grafana LOGWARD_GRAFANA_TOKEN=glsa_... logward grafana import --grafana-folder logward
  $ logward grafana import --grafana-url http://localhost:3000 --grafana-datasource es-logward`);
    addDashboardFlags(importCommand, GRAFANA_SETTINGS);
    addSettingFlags(importCommand, KEYS);
    importCommand.action(async (opts) => {
        const { logger } = commandContext(opts, KEYS);
        const options = grafanaImportOptions(readDashboardSettings(GRAFANA_SETTINGS, (key) => flagValue(opts, key)));
        const file = typeof opts.file === 'string' ? await readDashboardFile(opts.file) : builtInDashboard();
        const result = await importGrafanaDashboard(file, {
            ...options,
            overwrite: opts.overwrite !== false,
            logger,
        });
        process.stdout.write((opts.output === 'json' ? JSON.stringify(result) : describe(result)) + '\n');
    });
    grafana
        .command('export')
        .description("Print logward's dashboard JSON (the content of grafana/logward-logs.json), for Grafana's import page.")
        .action(() => {
        process.stdout.write(JSON.stringify(builtInDashboard().dashboard, null, 2) + '\n');
    });
}

export { registerGrafanaCommand };
