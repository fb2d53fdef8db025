import type { Admin, Consumer, Kafka, KafkaMessage } from 'kafkajs'
import { LogwardError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import { kafkaError } from '../../sinks/kafka/errors.js'
import { groupLag, isDrained, totalLag } from './lag.js'

export interface KafkaBatch {
  topic: string
  partition: number
  messages: KafkaMessage[]
  firstOffset: string
  lastOffset: string
  /** Keep the group membership alive during long work. */
  heartbeat: () => Promise<void>
  /** The partition was taken away (rebalance) or the consumer is stopping: do not write any more. */
  isStale: () => boolean
}

export interface KafkaBatchSourceOptions {
  groupId: string
  /**
   * The topics (a template's are listed once, at start: kafkajs matches a pattern only when it subscribes,
   * so a topic created later is consumed after a restart).
   */
  topics: readonly string[]
  /** Partitions worked on at once. */
  concurrency: number
  /** Bytes fetched per partition at once (one fetch is one batch). */
  maxBytesPerPartition: number
  logger: Logger
  /** Told when this consumer joins the group (again): partitions may have moved. */
  onRebalance?: () => void
}

export interface RunOptions {
  /** Stop once the group has committed everything there is (the topic is drained). */
  untilIdle?: boolean
  /** How often to check for idleness. Default 1 s. */
  idleCheckMs?: number
  signal?: AbortSignal
}

/**
 * A consumer group member that hands over whole batches and commits a batch's offsets only after the
 * handler resolved, i.e. after every sink confirmed it (`autoCommit: false`; kafkajs's
 * `commitOffsetsIfNecessary()` without offsets commits nothing when autoCommit is off, so the offsets are
 * passed explicitly). A handler that throws leaves the batch uncommitted: kafkajs restarts the consumer
 * (after a back-off) and the batch comes again, unless the error is not retriable, which stops `run`.
 */
export class KafkaBatchSource {
  private readonly consumer: Consumer
  private readonly admin: Admin
  private inFlight = 0
  private crashed: unknown
  private wake: (() => void) | undefined

  constructor(
    kafka: Kafka,
    private readonly options: KafkaBatchSourceOptions,
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      maxBytesPerPartition: options.maxBytesPerPartition,
      maxBytes: Math.max(options.maxBytesPerPartition * options.concurrency, 10 * 1024 * 1024),
      maxWaitTimeInMs: 1000,
      retry: {
        // A failure retrying cannot fix (bad credentials, a refused template) stops the consumer at once.
        restartOnFailure: async (err: Error) => !(err instanceof LogwardError) || err.retriable,
      },
    })
    this.admin = kafka.admin()
  }

  async run(handler: (batch: KafkaBatch) => Promise<void>, options: RunOptions = {}): Promise<void> {
    const { consumer } = this
    try {
      await Promise.all([consumer.connect(), this.admin.connect()])
      await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true })
    } catch (err) {
      await this.disconnect()
      throw kafkaError('subscribe', err)
    }
    consumer.on(consumer.events.GROUP_JOIN, () => this.options.onRebalance?.())
    consumer.on(consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload as { error: Error; restart: boolean }
      if (restart) this.options.logger.warn(`consumer restarts after: ${error.message}`)
      else {
        // kafkajs wraps what the handler threw; ours carries the message and the hint.
        const cause = (error as { cause?: unknown }).cause
        this.crashed = cause instanceof LogwardError ? cause : error
        this.wake?.()
      }
    })
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.concurrency,
      eachBatch: async ({
        batch,
        resolveOffset,
        commitOffsetsIfNecessary,
        heartbeat,
        isRunning,
        isStale,
      }) => {
        if (batch.isEmpty() || !isRunning() || isStale()) return
        this.inFlight++
        try {
          const lastOffset = batch.lastOffset()
          await handler({
            topic: batch.topic,
            partition: batch.partition,
            messages: batch.messages,
            firstOffset: batch.firstOffset()!,
            lastOffset,
            heartbeat,
            isStale: () => !isRunning() || isStale(),
          })
          // Taken away while the sinks worked: the new owner starts from the last commit and redoes it.
          if (!isRunning() || isStale()) return
          resolveOffset(lastOffset)
          await commitOffsetsIfNecessary({
            topics: [
              {
                topic: batch.topic,
                partitions: [{ partition: batch.partition, offset: (BigInt(lastOffset) + 1n).toString() }],
              },
            ],
          })
          await heartbeat()
        } finally {
          this.inFlight--
        }
      },
    })
    try {
      await this.waitForStop(options)
    } finally {
      await this.disconnect()
    }
    if (this.crashed !== undefined) throw this.crashed
  }

  private async waitForStop(options: RunOptions): Promise<void> {
    const every = options.idleCheckMs ?? 1000
    let lastLagLog = 0
    while (this.crashed === undefined && !options.signal?.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, every)
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
        options.signal?.addEventListener('abort', this.wake, { once: true })
      })
      if (!options.untilIdle || this.inFlight > 0 || this.crashed !== undefined) continue
      const lags = await groupLag(this.admin, this.options.groupId, this.options.topics).catch(
        (err: unknown) => {
          this.options.logger.debug(`lag check failed: ${(err as Error).message}`)
          return undefined
        },
      )
      if (!lags) continue
      if (isDrained(lags) && this.inFlight === 0) return
      if (Date.now() - lastLagLog > 10_000) {
        lastLagLog = Date.now()
        this.options.logger.debug(`lag: ${totalLag(lags)} messages`)
      }
    }
  }

  private async disconnect(): Promise<void> {
    await Promise.allSettled([this.consumer.disconnect(), this.admin.disconnect()])
  }
}
