import type { ImportFailure, KibanaImportResult } from './import-saved-objects.js'

/** What each of Kibana's per-object error types means for the user, in a few words. */
const EXPLAIN: Record<string, string> = {
  conflict: 'an object with this id exists (import with overwrite to replace it)',
  ambiguous_conflict:
    'several objects in this space were copied from this one; Kibana cannot tell which to replace',
  missing_references: 'refers to objects that are neither in the file nor in Kibana',
  unsupported_type: 'this Kibana does not know the object type',
}

function describeFailure(f: ImportFailure): string {
  const what = `${f.type} ${f.id}${f.title ? ` "${f.title}"` : ''}`
  const detail =
    f.error === 'missing_references'
      ? `${EXPLAIN.missing_references}: ${(f.missing ?? []).join(', ')}`
      : f.error === 'unknown'
        ? (f.message ?? 'unknown error')
        : (EXPLAIN[f.error] ?? f.error)
  return `  ${what}: ${f.error} - ${detail}`
}

/**
 * The report of one import, for people: a count line, the dashboards' links, then every failed object
 * with Kibana's error type and what it means.
 */
export function formatImportResult(result: KibanaImportResult): string[] {
  const where = `${result.kibana} (space ${result.space})`
  const lines = [
    `${result.errors.length === 0 ? 'imported' : 'imported only'} ${result.successCount} of ${result.objects} saved objects (${result.source}) into Kibana ${where}`,
  ]
  const spacePath = result.space === 'default' ? '' : `/s/${result.space}`
  for (const o of result.imported.filter((o) => o.type === 'dashboard'))
    lines.push(
      `  dashboard "${o.title ?? o.id}": ${result.kibana}${spacePath}/app/dashboards#/view/${encodeURIComponent(o.destinationId ?? o.id)}`,
    )
  const renamed = result.imported.filter((o) => o.destinationId !== undefined)
  if (renamed.length > 0)
    lines.push(
      `  ${renamed.length} object${renamed.length === 1 ? '' : 's'} got new ids: a copy exists in another space (Kibana keeps ids unique across spaces)`,
    )
  for (const w of result.warnings) lines.push(`  warning: ${w}`)
  if (result.errors.length > 0) {
    lines.push(`${result.errors.length} object${result.errors.length === 1 ? '' : 's'} not imported:`)
    for (const f of result.errors) lines.push(describeFailure(f))
  }
  return lines
}
