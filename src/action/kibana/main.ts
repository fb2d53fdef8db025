import * as core from '@actions/core'
import { actionsLogSink } from '../actions-log.js'
import { ImportIncompleteError } from '../../act/dashboards/errors.js'
import { formatImportResult } from '../../act/dashboards/kibana/format-import-result.js'
import { importSavedObjects } from '../../act/dashboards/kibana/import-saved-objects.js'
import { builtInObjects, readSavedObjectsFile } from '../../act/dashboards/kibana/read-objects.js'
import { kibanaImportOptions, KIBANA_SETTINGS, readDashboardSettings } from '../../act/dashboards/settings.js'
import { describeError } from '../../core/errors.js'
import { createLogger } from '../../core/logger.js'

/**
 * The `kibana` sub-action (`uses: <owner>/logward/kibana@v1`): import logward's data view and dashboards
 * (or the NDJSON named by `file`) into Kibana. Inputs have the setting names of `logward kibana import`;
 * an empty input falls back to its LOGWARD_KIBANA_* variable. Secrets are masked before anything runs.
 */
export async function run(): Promise<void> {
  try {
    for (const s of KIBANA_SETTINGS.filter((s) => 'secret' in s && s.secret)) {
      const value = core.getInput(s.key) || process.env[s.env]
      if (value) core.setSecret(value)
    }
    const options = kibanaImportOptions(readDashboardSettings(KIBANA_SETTINGS, (key) => core.getInput(key)))
    // core.debug is shown only when the run has step debug logging on, so everything can go to the sink.
    const logger = createLogger(actionsLogSink, 'debug')
    const path = core.getInput('file')
    const file = path ? await readSavedObjectsFile(path) : builtInObjects()
    const overwrite = core.getInput('overwrite').trim().toLowerCase() !== 'false'
    const result = await importSavedObjects(file, { ...options, overwrite, logger })
    for (const line of formatImportResult(result)) core.info(line)
    core.setOutput('imported', result.successCount)
    core.setOutput('failed', result.errors.length)
    core.setOutput('objects', result.objects)
    if (result.errors.length > 0)
      throw new ImportIncompleteError(
        `${result.errors.length} of ${result.objects} saved objects were not imported into Kibana (see the list above)`,
      )
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
