import * as core from '@actions/core'
import { actionsLogSink } from './actions-log.js'
import { analyzeRun } from '../analysis/analyze-run.js'
import { renderSummaryMarkdown } from '../act/report/markdown/render-summary.js'
import { writeReport } from '../act/report/write-report.js'
import { loadConfig } from '../config/load.js'
import { describeError } from '../core/errors.js'
import { createLogger } from '../core/logger.js'
import { openEmbeddedStore } from '../sinks/embedded-store.js'
import { detectCiContext } from '../transforms/ci-context.js'
import { publishToGitHub, withGitHubRunLogs } from '../pipeline/github-run.js'
import { sendAlerts } from '../act/notify/index.js'
import { readSettingInputs } from './inputs.js'

/**
 * The `analyze` action (the repository's root action): judge the run's logs and test reports, write
 * the report files and the job summary, set outputs, and fail the step per `fail-on`.
 */
export async function run(): Promise<void> {
  try {
    const configFile = core.getInput('config')
    const loaded = loadConfig({
      ...(configFile ? { file: configFile } : {}),
      overrides: readSettingInputs(),
      overridesSource: 'action inputs',
    })
    // Every secret (the `secrets` input, tokens given as settings) is masked in the runner log too.
    for (const secret of loaded.secrets) if (secret.length >= 4) core.setSecret(secret)
    const logger = createLogger(actionsLogSink, loaded['log-level'])
    const { config, serviceOf } = await withGitHubRunLogs(loaded, logger)
    const store = config['store-records'] ? await openEmbeddedStore(config.store, { logger }) : undefined
    let lastLine = Date.now()
    const analysis = await analyzeRun({
      config,
      logger,
      ci: detectCiContext(process.env, config),
      sinks: store ? [store] : [],
      ...(serviceOf ? { serviceOf } : {}),
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      // A line every few seconds in the runner log, so a long analysis is visibly alive.
      onProgress: (phase, done, records) => {
        if (Date.now() - lastLine < 5000) return
        lastLine = Date.now()
        core.info(
          phase === 'read'
            ? `reading: ${(done / 1048576).toFixed(1)} MiB, ${records} records`
            : `analyzing: ${done}/${records} records`,
        )
      },
    })
    const written = await writeReport(analysis, config.out)
    const errors = analysis.logs.byLevel.error + analysis.logs.byLevel.fatal
    core.setOutput('verdict', analysis.verdict)
    core.setOutput('failed', analysis.failed)
    core.setOutput('records', analysis.logs.records)
    core.setOutput('errors', errors)
    core.setOutput('warnings', analysis.logs.byLevel.warn)
    core.setOutput('tests', analysis.tests.tests)
    core.setOutput('failed-tests', analysis.tests.failed + analysis.tests.errored)
    core.setOutput(
      'new-error-templates',
      (analysis.baseline?.newTemplates ?? []).filter((t) => t.level === 'error' || t.level === 'fatal')
        .length,
    )
    core.setOutput('unreadable-inputs', analysis.inputs.unreadable.length)
    core.setOutput('report-dir', written.dir)
    core.setOutput('report', written.html)
    // Alert rules (Slack, Jira): deduplicated by fingerprint with a cooldown; a failed delivery warns, it
    // does not fail the step (the verdict does).
    if (config.alerts.length > 0) {
      const alerts = await sendAlerts(analysis, config, {
        logger,
        ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      })
      core.setOutput('alerts', alerts.actions.length)
      for (const e of alerts.errors) logger.warn(`alert not delivered: ${describeError(e)}`)
    }
    const published = await publishToGitHub(analysis, config, logger, { notice: (m) => core.notice(m) })
    if (published?.comment && published.comment !== 'skipped')
      core.setOutput('comment-url', published.commentUrl ?? '')
    if (process.env.GITHUB_STEP_SUMMARY) {
      // A read-only token (fork, Dependabot) could not comment: the job summary carries the deltas too.
      const extra = published?.fellBack && published.delta ? `\n\n${published.body}` : ''
      await core.summary.addRaw(renderSummaryMarkdown(analysis) + extra).write()
    }
    const line = `${analysis.verdict.toUpperCase()}: ${analysis.reasons.join('; ')}`
    if (analysis.failed) core.setFailed(`${line} (fail-on: ${analysis.failOn}; report: ${written.html})`)
    else core.info(`${line} (report: ${written.html})`)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
