import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Kafka, Partitioners, logLevel, type Admin, type Consumer, type Producer } from 'kafkajs'
import { KAFKA_BROKER, requireKafka, uniqueName } from './reachability.js'

// Needs the real broker: Kafka 4.x (KRaft, single node) at 127.0.0.1:9092, started by `npm run services:start`.
describe(`Kafka broker at ${KAFKA_BROKER} (real server, kafkajs)`, () => {
  const topic = uniqueName('logward-smoke')
  const kafka = new Kafka({
    clientId: 'logward-services-smoke',
    brokers: [KAFKA_BROKER],
    logLevel: logLevel.WARN,
  })
  let admin: Admin | undefined
  let producer: Producer | undefined
  let consumer: Consumer | undefined

  beforeAll(async () => {
    await requireKafka()
    admin = kafka.admin()
    await admin.connect()
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: 2, replicationFactor: 1 }],
      waitForLeaders: true,
    })
    expect(created).toBe(true)
  })

  afterAll(async () => {
    await consumer?.disconnect()
    await producer?.disconnect()
    if (admin) {
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined)
      await admin.disconnect()
    }
  })

  it('reports a one-broker KRaft cluster', async () => {
    const cluster = await admin!.describeCluster()
    expect(cluster.brokers).toHaveLength(1)
    expect(cluster.brokers[0]).toMatchObject({ host: '127.0.0.1', port: 9092 })
    expect(cluster.controller).not.toBeNull()
  })

  it('produces with an idempotent producer (acks=all) and consumes the same messages in a group', async () => {
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    })
    await producer.connect()
    const messages = Array.from({ length: 10 }, (_, i) => ({
      key: `job-${i % 3}`,
      value: JSON.stringify({ seq: i, message: `step ${i} finished`, level: i === 7 ? 'error' : 'info' }),
      headers: { 'logward-run': 'smoke' },
    }))
    const acks = await producer.send({ topic, acks: -1, messages })
    expect(acks.every((a) => a.errorCode === 0)).toBe(true)

    const offsets = await admin!.fetchTopicOffsets(topic)
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(messages.length)

    consumer = kafka.consumer({ groupId: uniqueName('logward-smoke-group') })
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: true })
    const received: { key: string; seq: number; partition: number; header: string }[] = []
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`received ${received.length}/${messages.length} messages in 30 s`)),
        30_000,
      )
      consumer!
        .run({
          eachMessage: async ({ message, partition }) => {
            received.push({
              key: message.key!.toString(),
              seq: (JSON.parse(message.value!.toString()) as { seq: number }).seq,
              partition,
              header: String(message.headers?.['logward-run']),
            })
            if (received.length === messages.length) {
              clearTimeout(timer)
              resolve()
            }
          },
        })
        .catch(reject)
    })

    expect(received.map((r) => r.seq).sort((a, b) => a - b)).toEqual(messages.map((_, i) => i))
    expect(received.every((r) => r.header === 'smoke')).toBe(true)
    // Same key, same partition, in production order.
    for (const key of ['job-0', 'job-1', 'job-2']) {
      const forKey = received.filter((r) => r.key === key)
      expect(new Set(forKey.map((r) => r.partition)).size).toBe(1)
      expect(forKey.map((r) => r.seq)).toEqual([...forKey.map((r) => r.seq)].sort((a, b) => a - b))
    }
  })
})
