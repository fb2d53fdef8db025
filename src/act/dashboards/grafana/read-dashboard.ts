import { readFile } from 'node:fs/promises'
import { InputError } from '../../../core/errors.js'
import { logwardGrafanaDashboard, type GrafanaDashboard } from './logward-dashboard.js'

export interface DashboardFile {
  dashboard: GrafanaDashboard
  /** A path, or `built-in` for logward's own dashboard. */
  source: string
}

export function builtInDashboard(): DashboardFile {
  return { dashboard: logwardGrafanaDashboard(), source: 'built-in' }
}

/**
 * A dashboard JSON the user names (`--file`): the dashboard model as Grafana exports it, or wrapped as the
 * API returns it (`{"dashboard": {…}, "meta": {…}}`). It needs a uid, or every import would add a copy.
 */
export async function readDashboardFile(path: string): Promise<DashboardFile> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code ? `cannot read: ${code}` : 'is not JSON', { cause: error })
  }
  const wrapped = value as { dashboard?: unknown } | null
  const dashboard = (
    typeof wrapped === 'object' && wrapped !== null && typeof wrapped.dashboard === 'object'
      ? wrapped.dashboard
      : value
  ) as Partial<GrafanaDashboard> | null
  if (typeof dashboard !== 'object' || dashboard === null || Array.isArray(dashboard))
    throw new InputError(path, 'is not a Grafana dashboard (a JSON object)')
  if (typeof dashboard.title !== 'string' || dashboard.title.trim() === '')
    throw new InputError(path, 'has no dashboard title')
  if (typeof dashboard.uid !== 'string' || dashboard.uid === '')
    throw new InputError(path, 'has no dashboard uid', {
      hint: 'give the dashboard a fixed "uid" so that importing it again updates it instead of adding a copy',
    })
  return { dashboard: dashboard as GrafanaDashboard, source: path }
}
