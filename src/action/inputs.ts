import * as core from '@actions/core'
import { coerceSetting, SETTINGS } from '../config/settings-table.js'
import { GRAFANA_SETTINGS, KIBANA_SETTINGS } from '../act/dashboards/settings.js'
import { PIPELINE_KEYS } from '../pipeline/consume/pipeline-settings.js'

/**
 * The settings the analyze action (the root action.yml) offers as inputs: all but the distributed
 * pipeline's (the action does not ship) and the dashboard importers' (the kibana action has those),
 * keeping `kibana-url`, which alerts link to. A test keeps action.yml equal to this list.
 */
export const ANALYZE_ACTION_SETTINGS: readonly string[] = SETTINGS.map((s) => s.key as string).filter(
  (key) =>
    !(PIPELINE_KEYS as readonly string[]).includes(key) &&
    (key === 'kibana-url' || ![...KIBANA_SETTINGS, ...GRAFANA_SETTINGS].some((d) => d.key === key)),
)

/**
 * Action inputs → setting overrides, generated from the schema (the same names as the config file and
 * CLI flags). An input left empty means "not set", so the config file or the default applies.
 */
export function readSettingInputs(
  getInput: (name: string) => string = core.getInput,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const info of SETTINGS) {
    const raw = getInput(info.key)
    if (raw.trim() === '') continue
    out[info.key] = info.key === 'secrets' ? parseSecrets(raw) : coerceSetting(info, raw)
  }
  return out
}

/**
 * `secrets` takes `${{ toJSON(secrets) }}` (an object of name → value) or one value per line. The action
 * registers every value with the runner as a mask (main.ts), so it is hidden in the job log too.
 */
export function parseSecrets(raw: string): string[] {
  let values: string[]
  const text = raw.trim()
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>
      values = Object.values(parsed).filter((v): v is string => typeof v === 'string')
    } catch {
      // Not JSON after all: treat it as a list rather than echo anything from it.
      values = text.split(/\r?\n/)
    }
  } else {
    values = text.split(/\r?\n/)
  }
  return values.map((v) => v.trim()).filter((v) => v.length > 0)
}
