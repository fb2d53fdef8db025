import kafkajs, {
  CompressionTypes,
  Partitioners,
  type Admin,
  type Kafka,
  type Message,
  type Producer,
  type TopicMessages,
} from 'kafkajs'
import type { Logger } from '../../core/logger.js'
import type { EncodedMessage } from './encode.js'
import { kafkaError } from './errors.js'

// Not among the names Node finds in kafkajs's CommonJS exports: read it from the default export.
const { ConfigResourceTypes } = kafkajs

/** What the broker accepts when the topic's limit cannot be read (Kafka's default is 1,048,588). */
export const FALLBACK_MAX_MESSAGE_BYTES = 1_000_000

export interface ProducerServiceOptions {
  compression: 'gzip' | 'none'
  /** Partitions of a topic created because it did not exist. */
  partitions: number
  /** The producer's client, when it differs from the admin's (a longer reconnection budget: open.ts). */
  producerKafka?: Kafka
  logger: Logger
}

/**
 * The I/O half of the Kafka sink: one idempotent producer (acks=all, so a message is acknowledged only
 * once every in-sync replica has it, and a retried send never writes it twice), plus the admin calls
 * the sink needs (topic creation, the broker's message size limit).
 */
export class KafkaProducerService {
  private readonly producer: Producer
  private readonly admin: Admin
  private readonly knownTopics = new Set<string>()
  private connected = false

  constructor(
    kafka: Kafka,
    private readonly options: ProducerServiceOptions,
  ) {
    this.producer = (options.producerKafka ?? kafka).producer({
      idempotent: true,
      // One request in flight per broker: with retries, the broker keeps messages in send order.
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
    })
    this.admin = kafka.admin()
  }

  async connect(): Promise<void> {
    try {
      // The admin first: with the default retries, an unreachable broker is reported in seconds.
      await this.admin.connect()
      await this.producer.connect()
      this.connected = true
    } catch (err) {
      throw kafkaError('connect', err)
    }
  }

  /** Create the topic if it does not exist (`partitions`, the broker's default replication). */
  async ensureTopic(topic: string): Promise<void> {
    if (this.knownTopics.has(topic)) return
    try {
      const existing = await this.admin.listTopics()
      if (!existing.includes(topic)) {
        const created = await this.admin.createTopics({
          topics: [{ topic, numPartitions: this.options.partitions }],
          waitForLeaders: true,
        })
        if (created)
          this.options.logger.info(`created topic ${topic} (${this.options.partitions} partitions)`)
      }
      this.knownTopics.add(topic)
    } catch (err) {
      // Another shipper created it between our two calls: that is what we wanted.
      if ((err as { type?: string }).type === 'TOPIC_ALREADY_EXISTS') {
        this.knownTopics.add(topic)
        return
      }
      throw kafkaError(`create topic ${topic}`, err)
    }
  }

  /** The topic's `max.message.bytes` (falls back to the broker's `message.max.bytes`, then 1,000,000). */
  async maxMessageBytes(topic: string): Promise<number> {
    try {
      const described = await this.admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['max.message.bytes'] }],
      })
      const value = described.resources[0]?.configEntries.find((e) => e.configName === 'max.message.bytes')
      const n = Number(value?.configValue)
      if (Number.isFinite(n) && n > 0) return n
    } catch (err) {
      this.options.logger.debug(`cannot read max.message.bytes of ${topic}: ${(err as Error).message}`)
    }
    return FALLBACK_MAX_MESSAGE_BYTES
  }

  /** Send and wait for every in-sync replica to have the messages (acks=-1). Order is kept per topic. */
  async send(messages: readonly EncodedMessage[]): Promise<void> {
    if (messages.length === 0) return
    const byTopic = new Map<string, Message[]>()
    for (const m of messages) {
      let list = byTopic.get(m.topic)
      if (!list) byTopic.set(m.topic, (list = []))
      list.push({ key: m.key, value: m.value, headers: m.headers })
    }
    for (const topic of byTopic.keys()) await this.ensureTopic(topic)
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, list]) => ({ topic, messages: list }))
    try {
      await this.producer.sendBatch({
        topicMessages,
        acks: -1,
        compression: this.options.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None,
      })
    } catch (err) {
      throw kafkaError(`send ${messages.length} messages`, err)
    }
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return
    this.connected = false
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()])
  }
}
