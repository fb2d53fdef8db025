import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import type { RecordSink } from '../types.js'
import { MESSAGE_OVERHEAD, type EncodedMessage, type RecordEncoder } from './encode.js'
import type { KafkaProducerService } from './service.js'

export interface KafkaSinkOptions {
  service: Pick<KafkaProducerService, 'send' | 'disconnect'>
  encoder: RecordEncoder
  /** Uncompressed bytes per produce request (capped so that a request fits `maxMessageBytes`). */
  batchBytes: number
  maxMessageBytes: number
  oversize: 'split' | 'error'
  /** Told of a record that cannot be sent whole (`error` mode) or at all: the caller reports it. */
  onOversize?: (record: LogRecord, size: number, limit: number) => void
  logger: Logger
}

export interface KafkaSinkStats {
  records: number
  /** Messages acknowledged by the brokers. */
  acked: number
  bytes: number
  /** Records sent as several pieces. */
  split: number
  /** Records not sent because they are too large (`error` mode, or too large to split). */
  oversize: number
  requests: number
}

/**
 * The sink loop: records are encoded into a pending request; once it holds `batchBytes`, it is sent
 * while the next one fills. `write` waits when a request is in flight and the next is full: that is
 * the backpressure (the reader stops reading), and it bounds memory to about two requests. `flush`
 * resolves once every message written so far is acknowledged (acks=all): `ship --follow` saves its
 * checkpoint only then.
 */
export class KafkaSink implements RecordSink {
  readonly name = 'kafka'
  readonly stats: KafkaSinkStats = { records: 0, acked: 0, bytes: 0, split: 0, oversize: 0, requests: 0 }
  private pending: EncodedMessage[] = []
  private pendingBytes = 0
  private inFlight: Promise<void> = Promise.resolve()
  private failure: unknown
  private readonly limit: number

  constructor(private readonly options: KafkaSinkOptions) {
    // The whole request must fit the broker's limit even before compression: the broker checks each
    // partition's record batch, and a request is never larger than the sum of its batches.
    this.limit = Math.max(1, Math.min(options.batchBytes, options.maxMessageBytes - MESSAGE_OVERHEAD))
  }

  async write(batch: readonly LogRecord[]): Promise<void> {
    this.throwIfFailed()
    for (const record of batch) {
      const encoded = this.options.encoder.encode(record, this.options.oversize === 'split')
      this.stats.records++
      if (encoded.kind === 'too-large') {
        this.stats.oversize++
        this.options.onOversize?.(record, encoded.size, this.options.maxMessageBytes)
        continue
      }
      if (encoded.split) this.stats.split++
      for (const message of encoded.messages) {
        if (this.pendingBytes + message.size > this.limit && this.pending.length > 0) await this.dispatch()
        this.pending.push(message)
        this.pendingBytes += message.size
      }
    }
  }

  /** Send what is pending and wait until every message written so far is acknowledged. */
  async flush(): Promise<void> {
    this.throwIfFailed()
    if (this.pending.length > 0) await this.dispatch()
    await this.inFlight
    this.throwIfFailed()
  }

  async close(): Promise<void> {
    try {
      await this.flush()
    } finally {
      await this.options.service.disconnect()
    }
  }

  /** Wait for the request in flight, then start sending the pending one (without waiting for it). */
  private async dispatch(): Promise<void> {
    await this.inFlight
    this.throwIfFailed()
    const messages = this.pending
    const bytes = this.pendingBytes
    this.pending = []
    this.pendingBytes = 0
    this.stats.requests++
    this.inFlight = this.options.service.send(messages).then(
      () => {
        this.stats.acked += messages.length
        this.stats.bytes += bytes
      },
      (err: unknown) => {
        this.failure ??= err
      },
    )
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure
  }
}
