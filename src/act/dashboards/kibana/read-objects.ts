import { readFile } from 'node:fs/promises'
import { InputError } from '../../../core/errors.js'
import { logwardSavedObjects } from './logward-objects.js'
import { isExportDetails, toNdjson } from './saved-object.js'

/** What `kibana import` sends: the NDJSON text, where it came from, and how many objects it holds. */
export interface SavedObjectsFile {
  ndjson: string
  /** A path, or `built-in` for logward's own objects. */
  source: string
  count: number
}

/** logward's own objects, built in (the bundle carries them, so the action needs no file from the repo). */
export function builtInObjects(): SavedObjectsFile {
  const objects = logwardSavedObjects()
  return { ndjson: toNdjson(objects), source: 'built-in', count: objects.length }
}

/**
 * An NDJSON export the user names (`--file`): checked line by line before anything is sent, so a broken
 * file is reported with its line number here rather than as one 400 from Kibana.
 */
export async function readSavedObjectsFile(path: string): Promise<SavedObjectsFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, {
      cause: error,
      hint: 'name an NDJSON file exported by Kibana (Stack Management → Saved Objects → Export)',
    })
  }
  return { ndjson: text, source: path, count: countSavedObjects(text, path) }
}

/** The number of saved objects in an NDJSON text; throws an InputError naming the first bad line. */
export function countSavedObjects(text: string, path: string): number {
  let count = 0
  const lines = text.split(/\r?\n/)
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new InputError(path, `line ${i + 1} is not JSON`, {
        hint: 'a saved-objects file has one JSON object per line (NDJSON), as Kibana exports it',
      })
    }
    if (isExportDetails(value)) continue
    const o = value as { type?: unknown; id?: unknown } | null
    if (typeof o !== 'object' || o === null || typeof o.type !== 'string' || typeof o.id !== 'string')
      throw new InputError(path, `line ${i + 1} is not a saved object (it needs a string "type" and "id")`)
    count++
  }
  if (count === 0) throw new InputError(path, 'holds no saved objects')
  return count
}
