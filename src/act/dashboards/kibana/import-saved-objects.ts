import { ConfigError, ServiceError } from '../../../core/errors.js'
import type { Logger } from '../../../core/logger.js'
import type { RetryOptions } from '../../../core/retry.js'
import { kibanaAuth, type Auth } from '../auth.js'
import { parseBaseUrl } from '../base-url.js'
import { DashboardHttpError } from '../errors.js'
import { createHttpClient, serverMessage, type HttpResponse } from '../http-client.js'
import type { SavedObjectsFile } from './read-objects.js'

/**
 * The settings of `kibana import` (kibana-url, kibana-space, kibana-api-key, kibana-username,
 * kibana-password), typed; the command and the action fill them from flags, inputs and env.
 */
export interface KibanaImportOptions {
  url: string
  /** Space id; undefined or `default`: the default space. */
  space?: string
  apiKey?: string
  username?: string
  password?: string
  /** false: report objects that exist as conflicts instead of overwriting them. Default true. */
  overwrite?: boolean
  logger?: Logger
  timeoutMs?: number
  retry?: RetryOptions
}

export interface ImportedObject {
  type: string
  id: string
  title?: string
  /** Set when Kibana gave the object another id (a copy of it exists in another space). */
  destinationId?: string
  /** The object existed and was overwritten. */
  overwrite?: boolean
}

export interface ImportFailure {
  type: string
  id: string
  title?: string
  /** Kibana's error type: conflict, ambiguous_conflict, missing_references, unsupported_type, unknown. */
  error: string
  /** For missing_references: what is missing, as `type:id`. */
  missing?: string[]
  /** For unknown: Kibana's message. */
  message?: string
}

export interface KibanaImportResult {
  /** Kibana's base URL (no credentials) and the space, for the report. */
  kibana: string
  space: string
  source: string
  /** Objects in the file. */
  objects: number
  success: boolean
  successCount: number
  imported: ImportedObject[]
  errors: ImportFailure[]
  warnings: string[]
}

/** Kibana's space ids: lower-case letters, digits, `_` and `-` (checked so the id is safe in the path). */
const SPACE_ID = /^[a-z0-9_-]+$/

/**
 * `POST {kibana}[/s/{space}]/api/saved_objects/_import?overwrite=true` with the NDJSON as the `file` part of
 * a multipart/form-data body and `kbn-xsrf: true` (Kibana's Saved Objects import API, 8.x). Re-importing the
 * same file overwrites the same ids, so a second run changes nothing. HTTP errors become DashboardHttpErrors
 * with a hint; per-object errors are returned in the result, for the caller to report.
 */
export async function importSavedObjects(
  file: SavedObjectsFile,
  options: KibanaImportOptions,
): Promise<KibanaImportResult> {
  const base = parseBaseUrl(options.url, 'kibana-url')
  const space = options.space?.trim() || 'default'
  if (!SPACE_ID.test(space))
    throw new ConfigError(`kibana-space "${space}" is not a space id`, {
      hint: 'use the space id (lower-case letters, digits, _ and -) as in the URL /s/<id>/, not its display name',
    })
  const auth = kibanaAuth(options)
  const client = createHttpClient('Kibana', {
    base,
    auth,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  })
  const overwrite = options.overwrite ?? true
  const path = `${space === 'default' ? '' : `/s/${space}`}/api/saved_objects/_import?overwrite=${overwrite}`
  options.logger?.debug(
    `importing ${file.count} objects from ${file.source} into ${base.display} (space ${space}, auth ${auth.kind})`,
  )
  const response = await client.send({
    method: 'POST',
    path,
    headers: { 'kbn-xsrf': 'true' },
    body: () => {
      // Kibana only takes a part named `file` whose file name ends in .ndjson.
      const form = new FormData()
      form.append('file', new Blob([file.ndjson], { type: 'application/ndjson' }), 'logward.ndjson')
      return form
    },
  })
  if (response.status !== 200) throw importHttpError(response, auth, space, base.display)
  return toResult(response, file, base.display, space)
}

function toResult(
  response: HttpResponse,
  file: SavedObjectsFile,
  kibana: string,
  space: string,
): KibanaImportResult {
  const body = response.json as
    | {
        success?: unknown
        successCount?: unknown
        successResults?: unknown
        errors?: unknown
        warnings?: unknown
      }
    | undefined
  if (typeof body?.success !== 'boolean' || typeof body.successCount !== 'number')
    throw new ServiceError('Kibana answered the import with 200 but not with an import result', {
      hint: 'check that kibana-url is Kibana (not Elasticsearch or a proxy page)',
    })
  const list = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []
  const titleOf = (o: Record<string, unknown>): string | undefined => {
    const meta = o.meta as { title?: unknown } | undefined
    const title = meta?.title ?? o.title
    return typeof title === 'string' ? title : undefined
  }
  const imported = list(body.successResults).map((o) => {
    const title = titleOf(o)
    return {
      type: String(o.type),
      id: String(o.id),
      ...(title !== undefined ? { title } : {}),
      ...(typeof o.destinationId === 'string' ? { destinationId: o.destinationId } : {}),
      ...(o.overwrite === true ? { overwrite: true } : {}),
    }
  })
  const errors = list(body.errors).map((o) => {
    const error = (o.error ?? {}) as { type?: unknown; references?: unknown; message?: unknown }
    const title = titleOf(o)
    const missing = list(error.references).map((r) => `${String(r.type)}:${String(r.id)}`)
    return {
      type: String(o.type),
      id: String(o.id),
      ...(title !== undefined ? { title } : {}),
      error: typeof error.type === 'string' ? error.type : 'unknown',
      ...(missing.length > 0 ? { missing } : {}),
      ...(typeof error.message === 'string' ? { message: error.message } : {}),
    }
  })
  const warnings = list(body.warnings)
    .map((w) => (typeof w.message === 'string' ? w.message : undefined))
    .filter((m): m is string => m !== undefined)
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
  }
}

/** Kibana's documented HTTP errors for the import API, each with what to do next. */
function importHttpError(
  response: HttpResponse,
  auth: Auth,
  space: string,
  kibana: string,
): DashboardHttpError {
  const said = serverMessage(response)
  const status = response.status
  const what = `Kibana refused the import (${status}${said ? `: ${said}` : ''})`
  switch (status) {
    case 400:
      return new DashboardHttpError(what, status, {
        hint: said?.includes("Can't import more than")
          ? 'raise savedObjects.maxImportExportSize in kibana.yml, or split the file'
          : 'the request or the file was rejected: check that the file is an NDJSON export of Kibana 8 saved objects',
      })
    case 401:
      // Not quoted: a 401 text can echo the credentials it rejected, and the hint says all there is to do.
      return new DashboardHttpError(`Kibana did not accept the credentials (401)`, status, {
        hint:
          auth.kind === 'none'
            ? 'set kibana-api-key (LOGWARD_KIBANA_API_KEY) or kibana-username and kibana-password'
            : auth.kind === 'api-key'
              ? 'check kibana-api-key: use the `encoded` value Elasticsearch returned when the key was created (or id:api_key); an expired or invalidated key is refused too'
              : 'check kibana-username and kibana-password',
      })
    case 403:
      return new DashboardHttpError(what, status, {
        hint: `give the user (or the API key's owner) a role with the Kibana privilege "Saved Objects Management: All" (or All on Dashboard, Visualize Library and Discover, and Data View Management) in space "${space}"`,
      })
    case 404:
      return new DashboardHttpError(
        space === 'default'
          ? `Kibana has no saved-objects import API at ${kibana}`
          : `Kibana space "${space}" does not exist`,
        status,
        {
          hint:
            space === 'default'
              ? "check kibana-url: Kibana's own URL, with its server.basePath if it has one (not Elasticsearch's)"
              : 'create the space in Kibana (Stack Management → Spaces) or fix kibana-space (the space id, not its name)',
        },
      )
    case 413:
      return new DashboardHttpError(`the file is larger than Kibana accepts (413)`, status, {
        hint: 'raise savedObjects.maxImportPayloadBytes in kibana.yml (default 26214400 bytes), or split the file',
      })
    default:
      return new DashboardHttpError(
        what,
        status,
        status >= 500 ? { hint: "see Kibana's log for the cause" } : {},
      )
  }
}
