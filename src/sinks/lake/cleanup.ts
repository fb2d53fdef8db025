import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMP_FILE } from './part-file.js'
import { parseDayDir, parseServiceDir, RAW_DIR } from './partition.js'

/** Temporary parts untouched for this long are a crashed writer's: no live writer leaves a part that idle. */
export const STALE_TEMP_AGE_MS = 24 * 60 * 60 * 1000

/**
 * Remove the `.part-….ndjson.gz.tmp` files a crashed writer left, in every partition, when they were last
 * modified more than `maxAgeMs` ago. The age is what keeps this safe beside writers that are running now
 * (another job on the same store): their temporary files are being written, so they are recent. Readers
 * skip temporary files anyway; this only gives the disk space back. Returns the paths removed.
 */
export async function removeStaleTempFiles(
  root: string,
  options: { maxAgeMs?: number; now?: Date } = {},
): Promise<string[]> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.maxAgeMs ?? STALE_TEMP_AGE_MS)
  const removed: string[] = []
  const raw = join(root, RAW_DIR)
  for (const day of await listDirs(raw)) {
    if (parseDayDir(day) === undefined) continue
    for (const service of await listDirs(join(raw, day))) {
      if (parseServiceDir(service) === undefined) continue
      const dir = join(raw, day, service)
      for (const name of await listNames(dir)) {
        if (!TEMP_FILE.test(name)) continue
        const path = join(dir, name)
        const info = await stat(path).catch(() => undefined)
        if (info && info.mtimeMs < cutoff) {
          await rm(path, { force: true })
          removed.push(path)
        }
      }
    }
  }
  return removed
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty)
  return entries.filter((e) => e.isDirectory()).map((e) => e.name)
}

async function listNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(missingIsEmpty)
  return entries.filter((e) => e.isFile()).map((e) => e.name)
}

function missingIsEmpty(err: NodeJS.ErrnoException): never[] {
  if (err.code === 'ENOENT') return []
  throw err
}
