import { setTimeout as sleep } from 'node:timers/promises'
import type { LogwardConfig } from '../config/schema.js'
import type { InputError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import type { CiContext, LogRecord } from '../core/record.js'
import type { KafkaSink } from '../sinks/kafka/sink.js'
import { CheckpointStore } from '../sources/follow/checkpoint.js'
import { Follower } from '../sources/follow/follower.js'
import { miningText } from '../analysis/mining-text.js'
import { TemplateMiner } from '../transforms/mine/index.js'
import { createRedactor } from '../transforms/redact.js'
import { ingest } from './ingest.js'

/**
 * Labels records with their template as they stream by (one pass: a template may still generalise, and
 * its id with it, after its first records went out; `backfill` labels them again with a miner that has
 * seen everything). Template ids come from the template text, so they agree across shippers.
 */
export function templateLabeller(miner = new TemplateMiner()): (batch: readonly LogRecord[]) => void {
  return (batch) => {
    for (const record of batch) {
      const found = miner.add(miningText(record))
      record.logward.template_id = found.templateId
      record.logward.template = found.template
    }
  }
}

export interface ShipSummary {
  records: number
  sources: number
  seconds: number
}

export interface ShipFilesOptions {
  config: LogwardConfig
  logger: Logger
  ci?: CiContext
  sink: Pick<KafkaSink, 'write' | 'close'>
  onInputError?: (error: InputError) => void
  onProgress?: (bytes: number, records: number) => void
  stdin?: NodeJS.ReadableStream
  /** Changes each batch before it is sent (template labels). */
  label?: (batch: readonly LogRecord[]) => void
}

/**
 * `ship PATHS…`: ingest (collect → frame → redact → parse) into the Kafka sink. The sink's `write` waits
 * while a request is in flight and the next one is full, so reading stops until the brokers catch up;
 * `close` returns once every message is acknowledged (acks=all).
 */
export async function shipFiles(options: ShipFilesOptions): Promise<ShipSummary> {
  const started = Date.now()
  let records = 0
  let sources = 0
  let closed = false
  try {
    for await (const batch of ingest({
      config: options.config,
      logger: options.logger,
      ...(options.ci ? { ci: options.ci } : {}),
      ...(options.stdin ? { stdin: options.stdin } : {}),
      ...(options.onInputError ? { onInputError: options.onInputError } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onSourceDone: () => sources++,
    })) {
      options.label?.(batch)
      await options.sink.write(batch)
      records += batch.length
    }
    closed = true
    await options.sink.close()
  } finally {
    if (!closed) await options.sink.close().catch(() => {})
  }
  return { records, sources, seconds: (Date.now() - started) / 1000 }
}

export interface ShipFollowOptions {
  config: LogwardConfig
  logger: Logger
  ci?: CiContext
  sink: Pick<KafkaSink, 'write' | 'flush' | 'close'>
  checkpointPath: string
  /** Stop (cleanly: drain, acknowledge, save) when this aborts. */
  signal: AbortSignal
  pollMs?: number
  rescanMs?: number
  quietFlushMs?: number
  label?: (batch: readonly LogRecord[]) => void
  onBatch?: (records: readonly LogRecord[], total: number) => void
}

/**
 * `ship --follow`: tail the files like an agent. Each poll's records are sent, and only once the brokers
 * acknowledged all of them is the checkpoint moved past them and saved (atomically). A crash or kill
 * between the two resends at most that last batch on restart, with the same record ids, so Elasticsearch
 * keeps one copy; nothing acknowledged is read again, nothing unacknowledged is skipped.
 */
export async function shipFollow(options: ShipFollowOptions): Promise<ShipSummary> {
  const started = Date.now()
  const checkpoint = await CheckpointStore.load(options.checkpointPath)
  const { config, logger } = options
  const follower = new Follower({
    patterns: config.paths,
    config,
    redactor: createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] }),
    ...(options.ci ? { ci: options.ci } : {}),
    checkpoint,
    logger,
    ...(options.rescanMs !== undefined ? { rescanMs: options.rescanMs } : {}),
    ...(options.quietFlushMs !== undefined ? { quietFlushMs: options.quietFlushMs } : {}),
  })
  const pollMs = options.pollMs ?? 250
  let records = 0
  let failed = true
  try {
    while (!options.signal.aborted) {
      const batch = await follower.poll()
      if (batch.records.length > 0 || batch.positions.size > 0) {
        await deliver(batch)
      } else {
        await sleep(pollMs, undefined, { signal: options.signal }).catch(() => {})
      }
    }
    await deliver(await follower.drain())
    failed = false
  } finally {
    await follower.close()
    if (failed) await options.sink.close().catch(() => {})
    else await options.sink.close()
  }
  return { records, sources: checkpoint.paths().length, seconds: (Date.now() - started) / 1000 }

  async function deliver(batch: Awaited<ReturnType<Follower['poll']>>): Promise<void> {
    if (batch.records.length > 0) {
      options.label?.(batch.records)
      await options.sink.write(batch.records)
      await options.sink.flush()
      records += batch.records.length
      options.onBatch?.(batch.records, records)
    }
    follower.commit(batch)
    if (batch.positions.size > 0) await checkpoint.save()
  }
}
