import { Option, type Command } from 'commander'
import type { DashboardSetting } from './settings.js'

/**
 * Flags for the Kibana and Grafana settings, with their environment variables as fallback (commander
 * shows them in --help). Until these settings join the config schema, the commands build their flags
 * from the settings table in src/act/dashboards/settings.ts.
 */
export function addDashboardFlags(command: Command, settings: readonly DashboardSetting[]): Command {
  for (const s of settings)
    command.addOption(new Option(`--${s.key} <${s.secret ? 'secret' : 'value'}>`, s.description).env(s.env))
  return command
}

/** A flag's value by setting name (commander stores `--kibana-url` as `kibanaUrl`). */
export function flagValue(opts: Record<string, unknown>, key: string): string | undefined {
  const value = opts[key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]
  return typeof value === 'string' ? value : undefined
}
