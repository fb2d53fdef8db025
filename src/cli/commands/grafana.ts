import { Command, Option } from 'commander'
import {
  importGrafanaDashboard,
  type GrafanaImportResult,
} from '../../act/dashboards/grafana/import-dashboard.js'
import { builtInDashboard, readDashboardFile } from '../../act/dashboards/grafana/read-dashboard.js'
import { addDashboardFlags, flagValue } from '../../act/dashboards/setting-flags.js'
import {
  GRAFANA_SETTINGS,
  grafanaImportOptions,
  readDashboardSettings,
} from '../../act/dashboards/settings.js'
import type { ConfigKey } from '../../config/schema.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = ['log-level']

function describe(result: GrafanaImportResult): string {
  const what =
    result.status === 'unchanged'
      ? 'already up to date in'
      : result.status === 'created'
        ? 'created in'
        : 'updated in'
  const folder = result.folder
    ? ` folder "${result.folder.title}"${result.folder.created ? ' (created)' : ''}`
    : ''
  const version = result.version !== undefined ? `, version ${result.version}` : ''
  return `dashboard "${result.title}" (uid ${result.uid}) ${what} Grafana ${result.grafana}${folder}${version}${
    result.url ? `\n  ${result.url}` : ''
  }`
}

/** `logward grafana import|export`: logward's Grafana dashboard on an Elasticsearch data source. */
export function registerGrafanaCommand(program: Command): void {
  const grafana = program
    .command('grafana')
    .description("Grafana: logward's dashboard (grafana/logward-logs.json) on an Elasticsearch data source.")

  const importCommand = grafana
    .command('import')
    .description(
      'Import the dashboard into Grafana (POST /api/dashboards/db, overwrite, fixed uid): running it again changes nothing.',
    )
    .addOption(new Option('--file <json>', "import this dashboard JSON instead of logward's own"))
    .addOption(
      new Option('--no-overwrite', 'fail if a dashboard with this uid exists instead of replacing it'),
    )
    .addOption(
      new Option('-o, --output <format>', 'text: for people; json: the import result')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `
Credentials: a service-account token (grafana-token) or a user (grafana-username, grafana-password). Pass
secrets through the environment (LOGWARD_GRAFANA_TOKEN, LOGWARD_GRAFANA_PASSWORD): a flag shows in the
process list. The dashboard asks for an Elasticsearch data source on logward-logs-* (time field
@timestamp); --grafana-datasource picks one by uid.

Examples:
  $ LOGWARD_GRAFANA_URL=https://grafana LOGWARD_GRAFANA_TOKEN=glsa_... logward grafana import --grafana-folder logward
  $ logward grafana import --grafana-url http://localhost:3000 --grafana-datasource es-logward`,
    )
  addDashboardFlags(importCommand, GRAFANA_SETTINGS)
  addSettingFlags(importCommand, KEYS)
  importCommand.action(async (opts: Record<string, unknown>) => {
    const { logger } = commandContext(opts, KEYS)
    const options = grafanaImportOptions(
      readDashboardSettings(GRAFANA_SETTINGS, (key) => flagValue(opts, key)),
    )
    const file = typeof opts.file === 'string' ? await readDashboardFile(opts.file) : builtInDashboard()
    const result = await importGrafanaDashboard(file, {
      ...options,
      overwrite: opts.overwrite !== false,
      logger,
    })
    process.stdout.write((opts.output === 'json' ? JSON.stringify(result) : describe(result)) + '\n')
  })

  grafana
    .command('export')
    .description(
      "Print logward's dashboard JSON (the content of grafana/logward-logs.json), for Grafana's import page.",
    )
    .action(() => {
      process.stdout.write(JSON.stringify(builtInDashboard().dashboard, null, 2) + '\n')
    })
}
