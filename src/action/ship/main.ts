import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { actionsLogSink } from '../actions-log.js'
import { loadConfig } from '../../config/load.js'
import type { LogwardConfig } from '../../config/schema.js'
import { describeError, LogwardError } from '../../core/errors.js'
import { createLogger, type Logger } from '../../core/logger.js'
import { resolvePipelineSettings } from '../../pipeline/consume/settings.js'
import { shipFollow, templateLabeller } from '../../pipeline/ship.js'
import { openKafkaSink } from '../../sinks/kafka/open.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { readSettingInputs } from '../inputs.js'

/**
 * The `ship` action (`uses: owner/logward/ship@v1`) ships a job's logs to Kafka as the job writes them.
 * The main step starts a follower (this bundle again, detached: `ship --follow` with a checkpoint in
 * RUNNER_TEMP) and returns, so the job's own steps run while their logs are shipped. The `post:` step,
 * which the runner runs when the job ends (also after a failed step), stops the follower: it sends what
 * it has read, waits for the brokers' acks and saves its checkpoint. If the follower is gone by then
 * (killed, crashed), the post step ships from the checkpoint itself, so what the main step queued is
 * flushed either way. The post step fails when records could not be delivered.
 */
const ROLE = 'LOGWARD_SHIP_ACTION_ROLE'

interface FollowerSummary {
  records: number
  error?: string
}

export async function run(): Promise<void> {
  try {
    if (process.env[ROLE] === 'follower') return await follower()
    if (core.getState('follower-pid')) return await post()
    await main()
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

function settingsFromInputs(): LogwardConfig {
  const configFile = core.getInput('config')
  return loadConfig({
    ...(configFile ? { file: configFile } : {}),
    overrides: readSettingInputs(),
    overridesSource: 'action inputs',
  })
}

function files(): { dir: string; checkpoint: string; summary: string; log: string } {
  const dir = join(process.env.RUNNER_TEMP ?? process.cwd(), 'logward-ship')
  return {
    dir,
    checkpoint: join(dir, 'checkpoint.json'),
    summary: join(dir, 'summary.json'),
    log: join(dir, 'follower.log'),
  }
}

async function main(): Promise<void> {
  const config = settingsFromInputs()
  for (const secret of config.secrets) if (secret.length >= 4) core.setSecret(secret)
  const password = config['kafka-sasl-password' as keyof LogwardConfig]
  if (typeof password === 'string' && password) core.setSecret(password)
  if (config.paths.length === 0)
    throw new LogwardError('ship: no paths to follow', {
      hint: 'set the `paths` input to the log files or globs the job writes (they may not exist yet)',
    })
  // Fail here, with the reason, rather than in a follower nobody watches: connect once and let go.
  const sink = await openKafkaSink(resolvePipelineSettings(config, {}), {
    logger: createLogger(actionsLogSink, config['log-level']),
  })
  await sink.close()
  const f = files()
  mkdirSync(f.dir, { recursive: true })
  const out = openSync(f.log, 'a')
  // A capped young generation: the follower runs for the whole job beside the job's own work, and V8
  // otherwise grows its young generation with the allocation rate (about 100 MB more peak RSS for a 25 MB
  // live heap, at no gain in throughput here; docs/decisions/0014-pipeline-throughput.md).
  const child = spawn(process.execPath, ['--max-semi-space-size=4', fileURLToPath(import.meta.url)], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, [ROLE]: 'follower' },
  })
  child.unref()
  core.saveState('follower-pid', String(child.pid))
  core.info(
    `following ${config.paths.join(', ')} into ${resolvePipelineSettings(config, {})['kafka-topic']} (pid ${child.pid}); the post step sends the rest when the job ends`,
  )
}

/** The detached follower: `ship --follow` until SIGTERM, then drain, acknowledge, checkpoint, summary. */
async function follower(): Promise<void> {
  const f = files()
  const config = settingsFromInputs()
  const logger: Logger = createLogger((level, _ns, message) => {
    process.stderr.write(`${level}: ${message}\n`)
  }, config['log-level'])
  const summary: FollowerSummary = { records: 0 }
  try {
    summary.records = await followUntil(config, logger, f.checkpoint, (controller) => {
      process.once('SIGTERM', () => controller.abort())
      process.once('SIGINT', () => controller.abort())
    })
  } catch (error) {
    summary.error = describeError(error)
    process.exitCode = 1
  } finally {
    writeFileSync(f.summary, JSON.stringify(summary))
  }
}

async function followUntil(
  config: LogwardConfig,
  logger: Logger,
  checkpointPath: string,
  arm: (controller: AbortController) => void,
): Promise<number> {
  const settings = resolvePipelineSettings(config, {})
  const sink = await openKafkaSink(settings, { logger, logLevel: config['log-level'] })
  const controller = new AbortController()
  arm(controller)
  const result = await shipFollow({
    config,
    logger,
    ci: detectCiContext(process.env, config),
    sink,
    checkpointPath,
    signal: controller.signal,
    label: templateLabeller(),
  })
  return result.records
}

async function post(): Promise<void> {
  const f = files()
  const pid = Number(core.getState('follower-pid'))
  const timeoutMs = Number(core.getInput('flush-timeout') || '120') * 1000
  const alive = (): boolean => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  if (alive()) {
    process.kill(pid, 'SIGTERM')
    const deadline = Date.now() + timeoutMs
    while (alive() && Date.now() < deadline) await sleep(100)
    if (alive()) {
      process.kill(pid, 'SIGKILL')
      core.warning(`the follower did not finish within ${timeoutMs / 1000} s; shipping from its checkpoint`)
    }
  }
  if (existsSync(f.log)) {
    const log = readFileSync(f.log, 'utf8').trim()
    if (log) core.info(log.split('\n').slice(-20).join('\n'))
  }
  const summary: FollowerSummary | undefined = existsSync(f.summary)
    ? (JSON.parse(readFileSync(f.summary, 'utf8')) as FollowerSummary)
    : undefined
  let records = summary?.records ?? 0
  if (!summary || summary.error) {
    if (summary?.error) core.warning(`the follower stopped: ${summary.error}; shipping from its checkpoint`)
    else if (!alive()) core.warning('the follower is gone (killed?); shipping from its checkpoint')
    // The checkpoint moves only after the brokers' acks, so starting from it resends at most the
    // follower's last batch (same record ids: Elasticsearch keeps one copy) and skips nothing.
    const config = settingsFromInputs()
    records += await followUntil(
      config,
      createLogger(actionsLogSink, config['log-level']),
      f.checkpoint,
      (controller) => controller.abort(),
    )
  }
  core.info(`shipped ${records.toLocaleString('en-US')} records`)
  core.setOutput('records', records)
}
