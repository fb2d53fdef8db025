import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * `../shared/data` beside the clone: real logs and test reports that are not ours to commit. A
 * contributor's clone has no `../shared`, so tests that need it use `describe.skipIf(!sharedData)` and
 * print a notice once; the repo's own fixtures under `__tests__/fixtures` cover each behaviour without it.
 */
const candidate = process.env.LOGWARD_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data')
export const sharedData: string | undefined = existsSync(candidate) ? candidate : undefined

let noticed = false
export function sharedPath(...parts: string[]): string {
  if (!sharedData) throw new Error('shared data is absent')
  return join(sharedData, ...parts)
}

export function noticeIfNoSharedData(what: string): void {
  if (!sharedData && !noticed) {
    noticed = true
    console.warn(`notice: ../shared/data not found; skipping ${what} (set LOGWARD_SHARED_DATA to run them)`)
  }
}
