import {
  CompressionTypes,
  Partitioners,
  type IHeaders,
  type Kafka,
  type KafkaMessage,
  type Producer,
} from 'kafkajs'
import { kafkaError } from '../../sinks/kafka/errors.js'

/** One message no sink will take, and why. */
export interface DeadLetter {
  message: KafkaMessage
  topic: string
  partition: number
  /** Which stage refused it: `decode` (not a record) or `elasticsearch`. */
  stage: 'decode' | 'elasticsearch'
  /** HTTP status of the refusal, when it came from a server. */
  status?: number
  reason: string
}

export const DLQ_HEADERS = {
  reason: 'logward-dlq-reason',
  stage: 'logward-dlq-stage',
  status: 'logward-dlq-status',
  topic: 'logward-dlq-topic',
  partition: 'logward-dlq-partition',
  offset: 'logward-dlq-offset',
  at: 'logward-dlq-at',
} as const

/**
 * The dead-letter topic: the original message (key, value and headers unchanged) plus headers saying
 * where it came from and why it was refused. Sent with acks=all before the batch's offsets are
 * committed, so a refused record is in the dead-letter topic or still in its own: never nowhere.
 */
export class DeadLetterQueue {
  private readonly producer: Producer
  private connected = false
  sent = 0

  constructor(
    kafka: Kafka,
    readonly topic: string,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      // The dead-letter topic is created on first use, with the broker's defaults.
      allowAutoTopicCreation: true,
    })
  }

  async send(letters: readonly DeadLetter[]): Promise<void> {
    if (letters.length === 0) return
    try {
      if (!this.connected) {
        await this.producer.connect()
        this.connected = true
      }
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        compression: CompressionTypes.GZIP,
        messages: letters.map((l) => ({
          key: l.message.key,
          value: l.message.value,
          headers: {
            ...copyHeaders(l.message.headers),
            [DLQ_HEADERS.reason]: l.reason.slice(0, 2000),
            [DLQ_HEADERS.stage]: l.stage,
            ...(l.status !== undefined ? { [DLQ_HEADERS.status]: String(l.status) } : {}),
            [DLQ_HEADERS.topic]: l.topic,
            [DLQ_HEADERS.partition]: String(l.partition),
            [DLQ_HEADERS.offset]: l.message.offset,
            [DLQ_HEADERS.at]: new Date().toISOString(),
          },
        })),
      })
      this.sent += letters.length
    } catch (err) {
      throw kafkaError(`send ${letters.length} message(s) to the dead-letter topic ${this.topic}`, err)
    }
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect().catch(() => {})
    this.connected = false
  }
}

function copyHeaders(headers: IHeaders | undefined): IHeaders {
  const out: IHeaders = {}
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k] = v
  return out
}
