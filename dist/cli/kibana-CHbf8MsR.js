import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { C as ConfigError, S as ServiceError, a as InputError, O as Option } from './index.js';
import { p as parseBaseUrl, k as kibanaAuth, c as createHttpClient, s as serverMessage, D as DashboardHttpError, a as addDashboardFlags, I as ImportIncompleteError, f as flagValue } from './setting-flags-B1vF2d3D.js';
import { readFile } from 'node:fs/promises';
import { I as kibanaImportOptions, J as readDashboardSettings, L as KIBANA_SETTINGS } from './logger-DezpSed9.js';
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

/** What each of Kibana's per-object error types means for the user, in a few words. */
const EXPLAIN = {
    conflict: 'an object with this id exists (import with overwrite to replace it)',
    ambiguous_conflict: 'several objects in this space were copied from this one; Kibana cannot tell which to replace',
    missing_references: 'refers to objects that are neither in the file nor in Kibana',
    unsupported_type: 'this Kibana does not know the object type',
};
function describeFailure(f) {
    const what = `${f.type} ${f.id}${f.title ? ` "${f.title}"` : ''}`;
    const detail = f.error === 'missing_references'
        ? `${EXPLAIN.missing_references}: ${(f.missing ?? []).join(', ')}`
        : f.error === 'unknown'
            ? (f.message ?? 'unknown error')
            : (EXPLAIN[f.error] ?? f.error);
    return `  ${what}: ${f.error} - ${detail}`;
}
/**
 * The report of one import, for people: a count line, the dashboards' links, then every failed object
 * with Kibana's error type and what it means.
 */
function formatImportResult(result) {
    const where = `${result.kibana} (space ${result.space})`;
    const lines = [
        `${result.errors.length === 0 ? 'imported' : 'imported only'} ${result.successCount} of ${result.objects} saved objects (${result.source}) into Kibana ${where}`,
    ];
    const spacePath = result.space === 'default' ? '' : `/s/${result.space}`;
    for (const o of result.imported.filter((o) => o.type === 'dashboard'))
        lines.push(`  dashboard "${o.title ?? o.id}": ${result.kibana}${spacePath}/app/dashboards#/view/${encodeURIComponent(o.destinationId ?? o.id)}`);
    const renamed = result.imported.filter((o) => o.destinationId !== undefined);
    if (renamed.length > 0)
        lines.push(`  ${renamed.length} object${renamed.length === 1 ? '' : 's'} got new ids: a copy exists in another space (Kibana keeps ids unique across spaces)`);
    for (const w of result.warnings)
        lines.push(`  warning: ${w}`);
    if (result.errors.length > 0) {
        lines.push(`${result.errors.length} object${result.errors.length === 1 ? '' : 's'} not imported:`);
        for (const f of result.errors)
            lines.push(describeFailure(f));
    }
    return lines;
}

/** Kibana's space ids: lower-case letters, digits, `_` and `-` (checked so the id is safe in the path). */
const SPACE_ID = /^[a-z0-9_-]+$/;
/**
 * `POST {kibana}[/s/{space}]/api/saved_objects/_import?overwrite=true` with the NDJSON as the `file` part of
 * a multipart/form-data body and `kbn-xsrf: true` (Kibana's Saved Objects import API, 8.x). Re-importing the
 * same file overwrites the same ids, so a second run changes nothing. HTTP errors become DashboardHttpErrors
 * with a hint; per-object errors are returned in the result, for the caller to report.
 */
async function importSavedObjects(file, options) {
    const base = parseBaseUrl(options.url, 'kibana-url');
    const space = options.space?.trim() || 'default';
    if (!SPACE_ID.test(space))
        throw new ConfigError(`kibana-space "${space}" is not a space id`, {
            hint: 'use the space id (lower-case letters, digits, _ and -) as in the URL /s/<id>/, not its display name',
        });
    const auth = kibanaAuth(options);
    const client = createHttpClient('Kibana', {
        base,
        auth,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    });
    const overwrite = options.overwrite ?? true;
    const path = `${space === 'default' ? '' : `/s/${space}`}/api/saved_objects/_import?overwrite=${overwrite}`;
    options.logger?.debug(`importing ${file.count} objects from ${file.source} into ${base.display} (space ${space}, auth ${auth.kind})`);
    const response = await client.send({
        method: 'POST',
        path,
        headers: { 'kbn-xsrf': 'true' },
        body: () => {
            // Kibana only takes a part named `file` whose file name ends in .ndjson.
            const form = new FormData();
            form.append('file', new Blob([file.ndjson], { type: 'application/ndjson' }), 'logward.ndjson');
            return form;
        },
    });
    if (response.status !== 200)
        throw importHttpError(response, auth, space, base.display);
    return toResult(response, file, base.display, space);
}
function toResult(response, file, kibana, space) {
    const body = response.json;
    if (typeof body?.success !== 'boolean' || typeof body.successCount !== 'number')
        throw new ServiceError('Kibana answered the import with 200 but not with an import result', {
            hint: 'check that kibana-url is Kibana (not Elasticsearch or a proxy page)',
        });
    const list = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : [];
    const titleOf = (o) => {
        const meta = o.meta;
        const title = meta?.title ?? o.title;
        return typeof title === 'string' ? title : undefined;
    };
    const imported = list(body.successResults).map((o) => {
        const title = titleOf(o);
        return {
            type: String(o.type),
            id: String(o.id),
            ...(title !== undefined ? { title } : {}),
            ...(typeof o.destinationId === 'string' ? { destinationId: o.destinationId } : {}),
            ...(o.overwrite === true ? { overwrite: true } : {}),
        };
    });
    const errors = list(body.errors).map((o) => {
        const error = (o.error ?? {});
        const title = titleOf(o);
        const missing = list(error.references).map((r) => `${String(r.type)}:${String(r.id)}`);
        return {
            type: String(o.type),
            id: String(o.id),
            ...(title !== undefined ? { title } : {}),
            error: typeof error.type === 'string' ? error.type : 'unknown',
            ...(missing.length > 0 ? { missing } : {}),
            ...(typeof error.message === 'string' ? { message: error.message } : {}),
        };
    });
    const warnings = list(body.warnings)
        .map((w) => (typeof w.message === 'string' ? w.message : undefined))
        .filter((m) => m !== undefined);
    return {
        kibana,
        space,
        source: file.source,
        objects: file.count,
        success: body.success,
        successCount: body.successCount,
        imported,
        errors,
        warnings,
    };
}
/** Kibana's documented HTTP errors for the import API, each with what to do next. */
function importHttpError(response, auth, space, kibana) {
    const said = serverMessage(response);
    const status = response.status;
    const what = `Kibana refused the import (${status}${said ? `: ${said}` : ''})`;
    switch (status) {
        case 400:
            return new DashboardHttpError(what, status, {
                hint: said?.includes("Can't import more than")
                    ? 'raise savedObjects.maxImportExportSize in kibana.yml, or split the file'
                    : 'the request or the file was rejected: check that the file is an NDJSON export of Kibana 8 saved objects',
            });
        case 401:
            // Not quoted: a 401 text can echo the credentials it rejected, and the hint says all there is to do.
            return new DashboardHttpError(`Kibana did not accept the credentials (401)`, status, {
                hint: auth.kind === 'none'
                    ? 'set kibana-api-key (LOGWARD_KIBANA_API_KEY) or kibana-username and kibana-password'
                    : auth.kind === 'api-key'
                        ? 'check kibana-api-key: use the `encoded` value Elasticsearch returned when the key was created (or id:api_key); an expired or invalidated key is refused too'
                        : 'check kibana-username and kibana-password',
            });
        case 403:
            return new DashboardHttpError(what, status, {
                hint: `give the user (or the API key's owner) a role with the Kibana privilege "Saved Objects Management: All" (or All on Dashboard, Visualize Library and Discover, and Data View Management) in space "${space}"`,
            });
        case 404:
            return new DashboardHttpError(space === 'default'
                ? `Kibana has no saved-objects import API at ${kibana}`
                : `Kibana space "${space}" does not exist`, status, {
                hint: space === 'default'
                    ? "check kibana-url: Kibana's own URL, with its server.basePath if it has one (not Elasticsearch's)"
                    : 'create the space in Kibana (Stack Management → Spaces) or fix kibana-space (the space id, not its name)',
            });
        case 413:
            return new DashboardHttpError(`the file is larger than Kibana accepts (413)`, status, {
                hint: 'raise savedObjects.maxImportPayloadBytes in kibana.yml (default 26214400 bytes), or split the file',
            });
        default:
            return new DashboardHttpError(what, status, status >= 500 ? { hint: "see Kibana's log for the cause" } : {});
    }
}

/**
 * The version our objects are written at: the oldest 8.x. Kibana refuses objects from a newer version than
 * itself ("a more recent version of Kibana"), and migrates older ones forward on import.
 */
const KIBANA_OBJECT_VERSION = '8.0.0';
/** An object at KIBANA_OBJECT_VERSION, keys in the order Kibana's export writes them (sorted). */
function savedObject(type, id, attributes, references = []) {
    return {
        attributes,
        coreMigrationVersion: KIBANA_OBJECT_VERSION,
        id,
        migrationVersion: { [type]: KIBANA_OBJECT_VERSION },
        references,
        type,
    };
}
/** NDJSON: one object per line, a final newline. */
function toNdjson(objects) {
    return objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}
/** The summary line Kibana's export appends (`exportedCount`, …); it is not an object and import skips it. */
function isExportDetails(value) {
    return typeof value === 'object' && value !== null && 'exportedCount' in value;
}

/** Kibana's dashboard grid is 48 columns wide; heights are in rows of about 20 px. */
const GRID_COLUMNS = 48;
/**
 * A dashboard of by-reference panels, laid out left to right and wrapped at the grid's width. Panels are
 * stored as Kibana 8 exports them: `panelRefName: panel_<i>` in `panelsJSON`, and the object's id in a
 * reference named `<i>:panel_<i>` (the panel-index prefix lets Kibana tell each panel's references apart).
 */
function dashboardObject(spec) {
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    const panels = [];
    const references = spec.panels.map((panel, n) => {
        if (panel.w > GRID_COLUMNS)
            throw new Error(`panel ${panel.object.id} is wider than the grid`);
        if (x + panel.w > GRID_COLUMNS) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        const index = String(n + 1);
        panels.push({
            version: KIBANA_OBJECT_VERSION,
            type: panel.object.type,
            gridData: { x, y, w: panel.w, h: panel.h, i: index },
            panelIndex: index,
            embeddableConfig: { enhancements: {} },
            panelRefName: `panel_${index}`,
        });
        x += panel.w;
        rowHeight = Math.max(rowHeight, panel.h);
        return { name: `${index}:panel_${index}`, type: panel.object.type, id: panel.object.id };
    });
    return savedObject('dashboard', spec.id, {
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
    }, references);
}

/**
 * Builders for Kibana's aggregation-based ("legacy") visualisations: `visState` is a JSON string of the
 * chart type, its params and its aggregations, and the data view is a reference named by `indexRefName`.
 * This format has been stable since 7.0 and every 8.x migrates it forward on import (docs/decisions/0007).
 * The params are those the 8.0 editor saves, so an imported chart opens in the editor as if made there.
 */
/** The one reference name the search source of a visualisation or saved search uses for its data view. */
const INDEX_REF_NAME = 'kibanaSavedObjectMeta.searchSourceJSON.index';
function metricAgg(metric, id) {
    if (metric.type === 'count')
        return {
            id,
            enabled: true,
            type: 'count',
            params: metric.label ? { customLabel: metric.label } : {},
            schema: 'metric',
        };
    return {
        id,
        enabled: true,
        type: 'cardinality',
        params: { field: metric.field, customLabel: metric.label },
        schema: 'metric',
    };
}
function bucketAgg(bucket, id, schema) {
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
            };
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
            };
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
            };
    }
}
function searchSource(query, withIndex) {
    return JSON.stringify({
        query: { query: query ?? '', language: 'kuery' },
        filter: [],
        ...(withIndex ? { indexRefName: INDEX_REF_NAME } : {}),
    });
}
function visualization(base, dataViewId, type, params, aggs) {
    return savedObject('visualization', base.id, {
        title: base.title,
        description: base.description,
        visState: JSON.stringify({ title: base.title, type, aggs, params }),
        uiStateJSON: '{}',
        version: 1,
        kibanaSavedObjectMeta: { searchSourceJSON: searchSource(base.query, true) },
    }, [{ name: INDEX_REF_NAME, type: 'index-pattern', id: dataViewId }]);
}
/** Line, area or vertical bars over time (or over a terms x-axis), optionally split into series. */
function xyChart(base, dataViewId) {
    const aggs = [
        metricAgg(base.metric, '1'),
        bucketAgg(base.xAxis ?? { type: 'date_histogram' }, '2', 'segment'),
    ];
    if (base.splitSeries)
        aggs.push(bucketAgg(base.splitSeries, '3', 'group'));
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
    };
    return visualization(base, dataViewId, base.chart, params, aggs);
}
/** A donut of one terms aggregation. */
function pieChart(base, dataViewId) {
    const params = {
        type: 'pie',
        addTooltip: true,
        addLegend: true,
        legendPosition: 'right',
        isDonut: true,
        labels: { show: false, values: true, last_level: true, truncate: 100 },
        palette: { type: 'palette', name: 'default' },
        distinctColors: true,
    };
    const aggs = [
        metricAgg({ type: 'count' }, '1'),
        bucketAgg({ type: 'terms', field: base.field, size: base.size }, '2', 'segment'),
    ];
    return visualization(base, dataViewId, 'pie', params, aggs);
}
/** A data table: split rows by each bucket in turn, one column per metric. */
function dataTable(base, dataViewId) {
    const params = {
        perPage: 10,
        showPartialRows: false,
        showMetricsAtAllLevels: false,
        showTotal: false,
        totalFunc: 'sum',
        percentageCol: '',
        row: true,
        autoFitRowToContent: false,
    };
    const metrics = base.metrics.map((m, i) => metricAgg(m, String(i + 1)));
    const rows = base.rows.map((b, i) => bucketAgg(b, String(base.metrics.length + i + 1), 'bucket'));
    return visualization(base, dataViewId, 'table', params, [...metrics, ...rows]);
}
/** Big numbers: one per metric. */
function metricTiles(base, dataViewId) {
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
    };
    return visualization(base, dataViewId, 'metric', params, base.metrics.map((m, i) => metricAgg(m, String(i + 1))));
}
/** A text panel: what the dashboard shows and how to read it. No data view, so no reference. */
function markdownPanel(base) {
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
    });
}
/** A saved search (Discover): the newest matching records with the chosen columns. */
function savedSearch(base, dataViewId) {
    return savedObject('search', base.id, {
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
    }, [{ name: INDEX_REF_NAME, type: 'index-pattern', id: dataViewId }]);
}

/**
 * logward's Kibana objects: a data view on `logward-logs-*` and the four dashboards of the seed's views
 * (failure, success, transactional, functional), on the field names of `src/core/record.ts`. Ids are fixed
 * and readable (`logward-…`), so a second import overwrites the first instead of adding copies.
 * `kibana-objects/logward.ndjson` is this list, written by `logward kibana export`; a test keeps the two equal.
 */
const DATA_VIEW_ID = 'logward-logs';
const DATA_VIEW_TITLE = 'logward-logs-*';
const DASHBOARD_IDS = {
    failure: 'logward-dashboard-failure',
    success: 'logward-dashboard-success',
    transactional: 'logward-dashboard-transactional',
    functional: 'logward-dashboard-functional',
};
const ERRORS = 'log.level:(error or fatal)';
const HTTP = 'http.response.status_code:*';
const status = (from, to) => `http.response.status_code >= ${from} and http.response.status_code < ${to}`;
const levelOutcome = {
    type: 'filters',
    filters: [
        { label: 'error / fatal', query: ERRORS },
        { label: 'warn', query: 'log.level:warn' },
        { label: 'other', query: `not log.level:(error or fatal or warn)` },
    ],
};
/** Links between the four dashboards, relative so they work in any space and under any base path. */
const NAV = [
    `[Failure](#/view/${DASHBOARD_IDS.failure})`,
    `[Success](#/view/${DASHBOARD_IDS.success})`,
    `[Transactional](#/view/${DASHBOARD_IDS.transactional})`,
    `[Functional](#/view/${DASHBOARD_IDS.functional})`,
].join(' · ');
function logwardSavedObjects() {
    const dv = DATA_VIEW_ID;
    const dataView = savedObject('index-pattern', dv, {
        title: DATA_VIEW_TITLE,
        timeFieldName: '@timestamp',
        fields: '[]',
        fieldFormatMap: '{}',
        fieldAttrs: '{}',
        runtimeFieldMap: '{}',
        sourceFilters: '[]',
    });
    // --- failure: what broke, where, and the words it broke with -------------------------------------------
    const failureAbout = markdownPanel({
        id: 'logward-failure-about',
        title: 'logward: failure (about)',
        description: 'What the failure dashboard shows.',
        markdown: `**Failure**: records at level error or fatal, by service, template and CI job.\n\n${NAV}`,
    });
    const failureCounts = metricTiles({
        id: 'logward-failure-counts',
        title: 'logward: error and fatal records',
        description: 'Error and fatal records, and the CI runs they came from.',
        query: ERRORS,
        metrics: [
            { type: 'count', label: 'Error / fatal records' },
            { type: 'cardinality', field: 'ci.run_id', label: 'Runs with errors' },
            { type: 'cardinality', field: 'service.name', label: 'Services with errors' },
        ],
    }, dv);
    const failureOverTime = xyChart({
        id: 'logward-failure-errors-by-service',
        title: 'logward: errors over time by service',
        description: 'Error and fatal records over time, stacked by service.name.',
        query: ERRORS,
        chart: 'histogram',
        metric: { type: 'count' },
        splitSeries: { type: 'terms', field: 'service.name', size: 10 },
        stacked: true,
        yTitle: 'Error / fatal records',
    }, dv);
    const failureTemplates = dataTable({
        id: 'logward-failure-top-templates',
        title: 'logward: top error templates',
        description: 'The templates (logward.template) of error and fatal records, most frequent first.',
        query: ERRORS,
        rows: [
            { type: 'terms', field: 'logward.template', size: 20, label: 'Template' },
            { type: 'terms', field: 'service.name', size: 3, label: 'Service' },
        ],
        metrics: [{ type: 'count', label: 'Records' }],
    }, dv);
    const failureJobs = dataTable({
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
    }, dv);
    const failureTypes = pieChart({
        id: 'logward-failure-error-types',
        title: 'logward: error types',
        description: 'Exception classes (error.type) of records with a stack trace.',
        query: 'error.type:*',
        field: 'error.type',
        size: 10,
    }, dv);
    const latestErrors = savedSearch({
        id: 'logward-search-latest-errors',
        title: 'logward: latest error messages',
        description: 'The newest error and fatal records.',
        query: ERRORS,
        columns: ['service.name', 'log.level', 'ci.job', 'message', 'error.type'],
    }, dv);
    // --- success: what ran, where, and how much of it was clean ----------------------------------------------
    const successAbout = markdownPanel({
        id: 'logward-success-about',
        title: 'logward: success (about)',
        description: 'What the success dashboard shows.',
        markdown: '**Success**: runs and records by repository and ref. A run is *passing* here when it has no error or ' +
            'fatal record: passing runs = all runs − runs with error records (both columns of the table).\n\n' +
            NAV,
    });
    const successTotals = metricTiles({
        id: 'logward-success-totals',
        title: 'logward: records and runs',
        description: 'Records, CI runs and repositories in the time range.',
        metrics: [
            { type: 'count', label: 'Records' },
            { type: 'cardinality', field: 'ci.run_id', label: 'Runs' },
            { type: 'cardinality', field: 'ci.repository', label: 'Repositories' },
        ],
    }, dv);
    const successRuns = dataTable({
        id: 'logward-success-runs-by-ref',
        title: 'logward: runs by repository and ref',
        description: 'Runs (distinct ci.run_id) per repository and ref: all runs, and those with error records.',
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
    }, dv);
    const successByRef = xyChart({
        id: 'logward-success-records-by-ref',
        title: 'logward: records over time by ref',
        description: 'Records over time, one line per git ref (ci.ref).',
        chart: 'line',
        metric: { type: 'count' },
        splitSeries: { type: 'terms', field: 'ci.ref', size: 5 },
        yTitle: 'Records',
    }, dv);
    const successLevels = pieChart({
        id: 'logward-success-levels',
        title: 'logward: level distribution',
        description: 'Records by log.level.',
        field: 'log.level',
        size: 7,
    }, dv);
    const successEnvironments = dataTable({
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
    }, dv);
    // --- transactional: request volume and error rate, per service -----------------------------------------
    const transactionalAbout = markdownPanel({
        id: 'logward-transactional-about',
        title: 'logward: transactional (about)',
        description: 'What the transactional dashboard shows.',
        markdown: '**Transactional**: volume per service, the share of error records, and HTTP status classes where ' +
            'records carry `http.response.status_code` (access logs).\n\n' +
            NAV,
    });
    const volume = xyChart({
        id: 'logward-transactional-volume-by-service',
        title: 'logward: records per service over time',
        description: 'Record volume over time, one line per service.name.',
        chart: 'line',
        metric: { type: 'count' },
        splitSeries: { type: 'terms', field: 'service.name', size: 10 },
        yTitle: 'Records',
    }, dv);
    const errorRate = xyChart({
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
    }, dv);
    const httpStatus = xyChart({
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
    }, dv);
    const perService = dataTable({
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
    }, dv);
    const failingUrls = dataTable({
        id: 'logward-transactional-failing-urls',
        title: 'logward: URLs answering 5xx',
        description: 'Request URLs (url.original) and methods with server errors, most frequent first.',
        query: 'http.response.status_code >= 500',
        rows: [
            { type: 'terms', field: 'url.original', size: 20, label: 'URL' },
            { type: 'terms', field: 'http.request.method', size: 5, label: 'Method' },
        ],
        metrics: [{ type: 'count', label: '5xx responses' }],
    }, dv);
    const methods = pieChart({
        id: 'logward-transactional-methods',
        title: 'logward: request methods',
        description: 'Requests by http.request.method.',
        query: 'http.request.method:*',
        field: 'http.request.method',
        size: 8,
    }, dv);
    // --- functional: jobs, templates and formats ---------------------------------------------------------------
    const functionalAbout = markdownPanel({
        id: 'logward-functional-about',
        title: 'logward: functional (about)',
        description: 'What the functional dashboard shows.',
        markdown: '**Functional**: outcomes per CI job (records by level) and what the logs are made of: templates per ' +
            'service, record formats, distinct templates. Test-case results from test reports are not in ' +
            '`logward-logs-*`; see the `analyze` report for those.\n\n' +
            NAV,
    });
    const jobOutcomes = xyChart({
        id: 'logward-functional-job-outcomes',
        title: 'logward: CI jobs by outcome',
        description: 'Records per CI job (ci.job), stacked by outcome: error/fatal, warn, other.',
        chart: 'histogram',
        metric: { type: 'count' },
        xAxis: { type: 'terms', field: 'ci.job', size: 20 },
        splitSeries: levelOutcome,
        stacked: true,
        yTitle: 'Records',
    }, dv);
    const functionalCounts = metricTiles({
        id: 'logward-functional-counts',
        title: 'logward: templates, services and jobs',
        description: 'Distinct templates (logward.template_id), services and CI jobs in the time range.',
        metrics: [
            { type: 'cardinality', field: 'logward.template_id', label: 'Templates' },
            { type: 'cardinality', field: 'service.name', label: 'Services' },
            { type: 'cardinality', field: 'ci.job', label: 'CI jobs' },
        ],
    }, dv);
    const templatesByService = dataTable({
        id: 'logward-functional-templates-by-service',
        title: 'logward: templates by service',
        description: 'The most frequent templates (logward.template) of each service.name.',
        rows: [
            { type: 'terms', field: 'service.name', size: 10, label: 'Service' },
            { type: 'terms', field: 'logward.template', size: 10, label: 'Template' },
        ],
        metrics: [{ type: 'count', label: 'Records' }],
    }, dv);
    const warningTemplates = dataTable({
        id: 'logward-functional-warning-templates',
        title: 'logward: top warning templates',
        description: 'The templates of warn records, most frequent first.',
        query: 'log.level:warn',
        rows: [{ type: 'terms', field: 'logward.template', size: 20, label: 'Template' }],
        metrics: [
            { type: 'count', label: 'Records' },
            { type: 'cardinality', field: 'ci.job', label: 'CI jobs' },
        ],
    }, dv);
    const formats = pieChart({
        id: 'logward-functional-formats',
        title: 'logward: record formats',
        description: 'Records by the line format logward recognised (logward.format).',
        field: 'logward.format',
        size: 10,
    }, dv);
    const failure = dashboardObject({
        id: DASHBOARD_IDS.failure,
        title: 'logward: failure',
        description: 'Error and fatal records over time by service, top error templates, failing CI jobs, latest errors.',
        panels: [
            { object: failureAbout, w: 16, h: 8 },
            { object: failureCounts, w: 32, h: 8 },
            { object: failureOverTime, w: 48, h: 15 },
            { object: failureTemplates, w: 24, h: 15 },
            { object: failureJobs, w: 24, h: 15 },
            { object: failureTypes, w: 16, h: 15 },
            { object: latestErrors, w: 32, h: 15 },
        ],
    });
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
    });
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
    });
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
    });
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
    ];
}

/** logward's own objects, built in (the bundle carries them, so the action needs no file from the repo). */
function builtInObjects() {
    const objects = logwardSavedObjects();
    return { ndjson: toNdjson(objects), source: 'built-in', count: objects.length };
}
/**
 * An NDJSON export the user names (`--file`): checked line by line before anything is sent, so a broken
 * file is reported with its line number here rather than as one 400 from Kibana.
 */
async function readSavedObjectsFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new InputError(path, `cannot read: ${error.code ?? 'error'}`, {
            cause: error,
            hint: 'name an NDJSON file exported by Kibana (Stack Management → Saved Objects → Export)',
        });
    }
    return { ndjson: text, source: path, count: countSavedObjects(text, path) };
}
/** The number of saved objects in an NDJSON text; throws an InputError naming the first bad line. */
function countSavedObjects(text, path) {
    let count = 0;
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            throw new InputError(path, `line ${i + 1} is not JSON`, {
                hint: 'a saved-objects file has one JSON object per line (NDJSON), as Kibana exports it',
            });
        }
        if (isExportDetails(value))
            continue;
        const o = value;
        if (typeof o !== 'object' || o === null || typeof o.type !== 'string' || typeof o.id !== 'string')
            throw new InputError(path, `line ${i + 1} is not a saved object (it needs a string "type" and "id")`);
        count++;
    }
    if (count === 0)
        throw new InputError(path, 'holds no saved objects');
    return count;
}

const KEYS = ['log-level'];
/** `logward kibana import|export`: logward's data view and four dashboards as Kibana saved objects. */
function registerKibanaCommand(program) {
    const kibana = program
        .command('kibana')
        .description("Kibana saved objects: logward's data view (logward-logs-*) and dashboards (failure, success, transactional, functional).");
    const importCommand = kibana
        .command('import')
        .description('Import the data view and dashboards into Kibana (Saved Objects import API, overwrite): running it again changes nothing.')
        .addOption(new Option('--file <ndjson>', "import this saved-objects export instead of logward's own objects"))
        .addOption(new Option('--no-overwrite', 'report objects that exist as conflicts instead of replacing them'))
        .addOption(new Option('-o, --output <format>', 'text: for people; json: the import result')
        .choices(['text', 'json'])
        .default('text'))
        .addHelpText('after', `
Credentials: an API key (kibana-api-key) or a user (kibana-username, kibana-password). Pass secrets
through the environment (LOGWARD_KIBANA_API_KEY, LOGWARD_KIBANA_PASSWORD): a flag shows in the process list.

Examples:
  $ LOGWARD_KIBANA_URL=https://kibana:5601 LOGWARD_KIBANA_API_KEY=... logward kibana import
  $ logward kibana import --kibana-url http://localhost:5601 --kibana-space ci --output json`);
    addDashboardFlags(importCommand, KIBANA_SETTINGS);
    addSettingFlags(importCommand, KEYS);
    importCommand.action(async (opts) => {
        const { logger } = commandContext(opts, KEYS);
        const options = kibanaImportOptions(readDashboardSettings(KIBANA_SETTINGS, (key) => flagValue(opts, key)));
        const file = typeof opts.file === 'string' ? await readSavedObjectsFile(opts.file) : builtInObjects();
        const result = await importSavedObjects(file, { ...options, overwrite: opts.overwrite !== false, logger });
        process.stdout.write(opts.output === 'json' ? JSON.stringify(result) + '\n' : formatImportResult(result).join('\n') + '\n');
        if (result.errors.length > 0)
            throw new ImportIncompleteError(`${result.errors.length} of ${result.objects} saved objects were not imported into Kibana`, {
                hint: result.errors.some((e) => e.error === 'conflict')
                    ? 'import without --no-overwrite to replace existing objects'
                    : 'see the objects listed above and what Kibana said about each',
            });
    });
    kibana
        .command('export')
        .description("Print logward's saved objects as NDJSON (the content of kibana-objects/logward.ndjson), for Kibana's own import page.")
        .action(() => {
        process.stdout.write(builtInObjects().ndjson);
    });
}

export { registerKibanaCommand };
