import { Command, Option } from 'commander'
import { ImportIncompleteError } from '../../act/dashboards/errors.js'
import { formatImportResult } from '../../act/dashboards/kibana/format-import-result.js'
import { importSavedObjects } from '../../act/dashboards/kibana/import-saved-objects.js'
import { builtInObjects, readSavedObjectsFile } from '../../act/dashboards/kibana/read-objects.js'
import { kibanaImportOptions, KIBANA_SETTINGS, readDashboardSettings } from '../../act/dashboards/settings.js'
import type { ConfigKey } from '../../config/schema.js'
import { commandContext } from '../context.js'
import { addSettingFlags } from '../settings-flags.js'
import { addDashboardFlags, flagValue } from '../../act/dashboards/setting-flags.js'

const KEYS: readonly ConfigKey[] = ['log-level']

/** `logward kibana import|export`: logward's data view and four dashboards as Kibana saved objects. */
export function registerKibanaCommand(program: Command): void {
  const kibana = program
    .command('kibana')
    .description(
      "Kibana saved objects: logward's data view (logward-logs-*) and dashboards (failure, success, transactional, functional).",
    )

  const importCommand = kibana
    .command('import')
    .description(
      'Import the data view and dashboards into Kibana (Saved Objects import API, overwrite): running it again changes nothing.',
    )
    .addOption(
      new Option('--file <ndjson>', "import this saved-objects export instead of logward's own objects"),
    )
    .addOption(
      new Option('--no-overwrite', 'report objects that exist as conflicts instead of replacing them'),
    )
    .addOption(
      new Option('-o, --output <format>', 'text: for people; json: the import result')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `
Credentials: an API key (kibana-api-key) or a user (kibana-username, kibana-password). Pass secrets
through the environment (LOGWARD_KIBANA_API_KEY, LOGWARD_KIBANA_PASSWORD): a flag shows in the process list.

Examples:
  $ LOGWARD_KIBANA_URL=https://kibana:5601 LOGWARD_KIBANA_API_KEY=... logward kibana import
  $ logward kibana import --kibana-url http://localhost:5601 --kibana-space ci --output json`,
    )
  addDashboardFlags(importCommand, KIBANA_SETTINGS)
  addSettingFlags(importCommand, KEYS)
  importCommand.action(async (opts: Record<string, unknown>) => {
    const { logger } = commandContext(opts, KEYS)
    const options = kibanaImportOptions(readDashboardSettings(KIBANA_SETTINGS, (key) => flagValue(opts, key)))
    const file = typeof opts.file === 'string' ? await readSavedObjectsFile(opts.file) : builtInObjects()
    const result = await importSavedObjects(file, { ...options, overwrite: opts.overwrite !== false, logger })
    process.stdout.write(
      opts.output === 'json' ? JSON.stringify(result) + '\n' : formatImportResult(result).join('\n') + '\n',
    )
    if (result.errors.length > 0)
      throw new ImportIncompleteError(
        `${result.errors.length} of ${result.objects} saved objects were not imported into Kibana`,
        {
          hint: result.errors.some((e) => e.error === 'conflict')
            ? 'import without --no-overwrite to replace existing objects'
            : 'see the objects listed above and what Kibana said about each',
        },
      )
  })

  kibana
    .command('export')
    .description(
      "Print logward's saved objects as NDJSON (the content of kibana-objects/logward.ndjson), for Kibana's own import page.",
    )
    .action(() => {
      process.stdout.write(builtInObjects().ndjson)
    })
}
