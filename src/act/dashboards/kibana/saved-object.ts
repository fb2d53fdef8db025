/**
 * Kibana saved objects as the Saved Objects export API writes them (8.x): one JSON object per line with
 * `type`, `id`, `attributes`, `references` and the migration versions the object is at. Kibana migrates an
 * imported object forward from those versions, so objects written at 8.0.0 import into every 8.x.
 */
export interface SavedObjectReference {
  name: string
  type: string
  id: string
}

export interface SavedObject {
  type: string
  id: string
  attributes: Record<string, unknown>
  references: SavedObjectReference[]
  coreMigrationVersion?: string
  /** Up to 8.7; 8.8+ exports write `typeMigrationVersion` instead, and import both. */
  migrationVersion?: Record<string, string>
  typeMigrationVersion?: string
}

/**
 * The version our objects are written at: the oldest 8.x. Kibana refuses objects from a newer version than
 * itself ("a more recent version of Kibana"), and migrates older ones forward on import.
 */
export const KIBANA_OBJECT_VERSION = '8.0.0'

/** An object at KIBANA_OBJECT_VERSION, keys in the order Kibana's export writes them (sorted). */
export function savedObject(
  type: string,
  id: string,
  attributes: Record<string, unknown>,
  references: SavedObjectReference[] = [],
): SavedObject {
  return {
    attributes,
    coreMigrationVersion: KIBANA_OBJECT_VERSION,
    id,
    migrationVersion: { [type]: KIBANA_OBJECT_VERSION },
    references,
    type,
  } as SavedObject
}

/** NDJSON: one object per line, a final newline. */
export function toNdjson(objects: readonly SavedObject[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n') + '\n'
}

/** The summary line Kibana's export appends (`exportedCount`, …); it is not an object and import skips it. */
export function isExportDetails(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'exportedCount' in value
}
