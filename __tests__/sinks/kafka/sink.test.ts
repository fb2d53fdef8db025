import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import { ServiceError } from '../../../src/core/errors.js'
import { RecordEncoder, type EncodedMessage } from '../../../src/sinks/kafka/encode.js'
import { KafkaSink } from '../../../src/sinks/kafka/sink.js'
import { compileKeyTemplate, compileTopicTemplate } from '../../../src/sinks/kafka/template.js'
import { makeRecords } from '../lake/make-records.js'

/** A producer whose sends resolve when the test says so. */
function fakeService() {
  const sends: { messages: readonly EncodedMessage[]; ack: () => void; fail: (e: unknown) => void }[] = []
  return {
    sends,
    disconnected: false,
    send(messages: readonly EncodedMessage[]): Promise<void> {
      return new Promise((resolve, reject) => sends.push({ messages, ack: resolve, fail: reject }))
    },
    async disconnect() {
      this.disconnected = true
    },
  }
}

function sink(service: ReturnType<typeof fakeService>, batchBytes: number, maxMessageBytes = 1_000_000) {
  const oversize: string[] = []
  const s = new KafkaSink({
    service,
    encoder: new RecordEncoder({
      topic: compileTopicTemplate('t'),
      key: compileKeyTemplate('{service}'),
      maxMessageBytes,
    }),
    batchBytes,
    maxMessageBytes,
    oversize: 'error',
    onOversize: (r) => oversize.push(`${r.log.file.path}:${r.log.file.line}`),
    logger: memoryLogger(),
  })
  return { s, oversize }
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r))

describe('KafkaSink', () => {
  it('cuts requests at batchBytes and keeps one in flight: write waits while the next is full (backpressure)', async () => {
    const service = fakeService()
    const { s } = sink(service, 16 * 1024)
    const records = makeRecords(600) // ~200 bytes each: several requests
    let written = false
    const writing = s.write(records).then(() => (written = true))
    await tick()
    // The first request went out; the second filled up and waits for the first to be acknowledged.
    expect(service.sends).toHaveLength(1)
    expect(written).toBe(false)
    const bytes = (m: readonly EncodedMessage[]) => m.reduce((n, x) => n + x.size, 0)
    expect(bytes(service.sends[0]!.messages)).toBeLessThanOrEqual(16 * 1024)
    while (!written) {
      service.sends.at(-1)!.ack()
      await tick()
    }
    await writing
    let flushed = false
    const flushing = s.flush().then(() => (flushed = true))
    while (!flushed) {
      for (const send of service.sends) send.ack()
      await tick()
    }
    await flushing
    expect(service.sends.flatMap((x) => x.messages)).toHaveLength(600)
    expect(s.stats.acked).toBe(600)
    // Messages stay in order across requests.
    const lines = service.sends
      .flatMap((x) => x.messages)
      .map((m) => JSON.parse(m.value.toString()).log.file.line)
    expect(lines).toEqual(records.map((r) => r.log.file.line))
  })

  it('caps a request at the broker limit even when batchBytes is larger', async () => {
    const service = fakeService()
    const { s } = sink(service, 1024 * 1024, 8192)
    void s.write(makeRecords(200))
    await tick()
    expect(service.sends[0]!.messages.reduce((n, m) => n + m.size, 0)).toBeLessThanOrEqual(8192)
  })

  it('flush resolves only once every message is acknowledged; a failed send fails the next call', async () => {
    const service = fakeService()
    const { s } = sink(service, 1024 * 1024)
    await s.write(makeRecords(10))
    let flushed = false
    const flushing = s.flush().then(() => (flushed = true))
    await tick()
    expect(flushed).toBe(false)
    service.sends[0]!.ack()
    await flushing
    await s.write(makeRecords(5))
    const failing = s.flush()
    await tick()
    service.sends[1]!.fail(new ServiceError('Kafka: send failed', { retriable: true }))
    await expect(failing).rejects.toThrow('Kafka: send failed')
    await expect(s.write(makeRecords(1))).rejects.toThrow('Kafka: send failed')
  })

  it('reports a record too large (kafka-oversize: error) with its file and line, and sends the rest', async () => {
    const service = fakeService()
    const { s, oversize } = sink(service, 1024 * 1024, 2048)
    const records = makeRecords(3)
    records[1]!.message = 'x'.repeat(4000)
    await s.write(records)
    const closing = s.close()
    await tick()
    service.sends[0]!.ack()
    await closing
    expect(oversize).toEqual(['logs/app.log:2'])
    expect(s.stats).toMatchObject({ records: 3, acked: 2, oversize: 1 })
    expect(service.disconnected).toBe(true)
  })
})
