import * as core from '@actions/core'
import { coerceSetting, SETTINGS } from '../config/settings-table.js'

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
