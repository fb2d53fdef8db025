import * as core from '@actions/core'
import { actionsLogSink } from '../actions-log.js'
import { gateLine, renderGateMarkdown, resolveGate, runGate, writeGate } from '../../act/gate/index.js'
import { loadConfig } from '../../config/load.js'
import { sendAlerts } from '../../act/notify/index.js'
import { describeError } from '../../core/errors.js'
import { createLogger } from '../../core/logger.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { readSettingInputs } from '../inputs.js'

/**
 * The `gate` action (`uses: owner/logward/gate@v1`): judge a run or deploy window against the baseline,
 * per a gate file or thresholds; write gate.json and gate.md and the job summary, set `verdict` and
 * `score`, and fail the step when the gate fails (a warning passes, with an annotation).
 */
export async function run(): Promise<void> {
  try {
    const configFile = core.getInput('config')
    const config = loadConfig({
      ...(configFile ? { file: configFile } : {}),
      overrides: readSettingInputs(),
      overridesSource: 'action inputs',
    })
    const spec = resolveGate(
      {
        gate: core.getInput('gate'),
        'max-error-rate': core.getInput('max-error-rate'),
        'max-new-error-templates': core.getInput('max-new-error-templates'),
        'max-failed-tests': core.getInput('max-failed-tests'),
      },
      'action inputs',
    )
    const logger = createLogger(actionsLogSink, config['log-level'])
    for (const secret of config.secrets) if (secret.length >= 4) core.setSecret(secret)
    const { result, analysis } = await runGate({
      config,
      spec,
      logger,
      ci: detectCiContext(process.env, config),
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      onRun: (path, i, total) => core.info(`analysing ${i + 1}/${total}: ${path}`),
    })
    const written = await writeGate(result, config.out)
    core.setOutput('verdict', result.verdict)
    core.setOutput('score', result.score)
    core.setOutput('failed', result.verdict === 'fail')
    core.setOutput('report-dir', written.dir)
    core.setOutput('report', written.markdown)
    core.setOutput('json', written.json)
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGateMarkdown(result)).write()
    // Alert rules can fire on the gate's verdict (`when: { gate: fail }`).
    if (config.alerts.length > 0) {
      const alerts = await sendAlerts(analysis, config, {
        logger,
        metrics: { gateVerdict: result.verdict },
        ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      })
      for (const e of alerts.errors) logger.warn(`alert not delivered: ${describeError(e)}`)
    }
    const line = gateLine(result)
    if (result.verdict === 'fail') core.setFailed(`${line} (gate: ${written.markdown})`)
    else if (result.verdict === 'warn') core.warning(`${line} (gate: ${written.markdown})`)
    else core.info(`${line} (gate: ${written.markdown})`)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
