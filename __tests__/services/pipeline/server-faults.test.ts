import { rmSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  requireElasticsearch,
  requireKafka,
  requireWebHdfs,
  uniqueName,
  WEBHDFS_URL,
} from '../reachability.js'
import { startDataNodeFaults, type DataNodeFaults } from './datanode-proxy.js'
import {
  cleanUp,
  collect,
  duplicates,
  es,
  esIds,
  expectedIds,
  flags,
  hdfs,
  hdfsRecords,
  kafka,
  makeInput,
  missing,
  resources,
  runCli,
  shipFlags,
  startCli,
  type Resources,
} from './helpers.js'
import { services } from './service-control.js'

// Faults of the servers themselves: the broker killed with SIGKILL and restarted on its log,
// Elasticsearch stopped and started again on its data, the DataNode failing. They crash shared servers,
// so this file runs alone, never beside another file of the suite (vitest.services.config.ts), and each test
// leaves the servers up as it found them. Each ends with exact counts: every record once in Elasticsearch
// and once in the HDFS lake.

beforeAll(async () => {
  await Promise.all([requireKafka(), requireElasticsearch(), requireWebHdfs()])
})

/** Messages in the topic (sum of the partitions' high watermarks; the topic is new, so it starts at 0). */
async function topicMessages(topic: string): Promise<number> {
  const admin = kafka().admin()
  await admin.connect()
  try {
    const offsets = await admin.fetchTopicOffsets(topic)
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0)
  } finally {
    await admin.disconnect()
  }
}

async function waitFor(what: string, test: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await test().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(200)
  }
}

/** Every expected record once in Elasticsearch and once in HDFS. */
async function expectExact(r: Resources, expected: ReadonlySet<string>, client = es()): Promise<void> {
  const { ids, count } = await esIds(client, `${r.prefix}-*`)
  expect(count).toBe(expected.size)
  expect(duplicates(ids)).toBe(0)
  expect(missing(expected, ids)).toBe(0)
  const lake = await hdfsRecords(hdfs(), r.hdfsRoot)
  expect(lake.ids).toHaveLength(expected.size)
  expect(duplicates(lake.ids)).toBe(0)
  expect(missing(expected, lake.ids)).toBe(0)
}

async function createTopic(topic: string, partitions = 3): Promise<void> {
  const admin = kafka().admin()
  await admin.connect()
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true })
  await admin.disconnect()
}

describe('the broker killed with SIGKILL mid-stream and restarted (real servers)', () => {
  const r = resources(uniqueName('lwbroker'))
  const client = es()
  const LINES = 60_000
  let input: ReturnType<typeof makeInput>

  afterAll(async () => {
    // Whatever happened, the broker is up again for whoever comes next.
    await services('start', 'kafka').catch(() => undefined)
    await cleanUp(r, client)
    await client.close()
    if (input) rmSync(input.dir, { recursive: true, force: true })
  }, 180_000)

  it('ship and consume ride it out: the topic holds each record once, exact counts downstream', async () => {
    input = makeInput(LINES)
    const expected = await expectedIds(input.dir)
    await createTopic(r.topic)
    // Small requests and fetches: ship is still sending and consume still working when the broker dies.
    const ship = startCli(
      ['ship', input.dir, '--framing', 'line', '--kafka-batch-bytes', '65536', ...shipFlags(r)],
      input.dir,
    )
    const shipped = collect(ship)
    const consume = startCli(
      ['consume', ...flags(r), '--consume-batch-bytes', '65536', '--until-idle'],
      input.dir,
    )
    const consumed = collect(consume)
    await waitFor(
      'a third of the input in the topic',
      async () => (await topicMessages(r.topic)) >= LINES / 3,
    )
    const atKill = await topicMessages(r.topic)
    await services('kill', 'kafka')
    await sleep(2000)
    await services('start', '--keep-data', 'kafka')

    const s = await shipped
    expect(s.code, s.stderr).toBe(0)
    expect(s.stderr).toContain(`shipped ${LINES.toLocaleString('en-US')} messages`)
    // The idempotent producer's retries across the crash wrote nothing twice.
    expect(await topicMessages(r.topic)).toBe(LINES)

    // The consumer rode it out too (kafkajs restarts it after connection errors). It stops once its group
    // has committed everything it saw; a second run with the same group finds what may have come after.
    const c = await consumed
    expect(c.code, c.stderr).toBe(0)
    const again = await runCli(['consume', ...flags(r), '--until-idle'], input.dir)
    expect(again.code, again.stderr).toBe(0)
    await expectExact(r, expected, client)
    console.info(
      `broker killed at ${atKill} of ${LINES} messages; ship ${s.ms} ms; first consume exited ${c.code}` +
        `; second: ${again.stderr.match(/consumed [\d,]+ messages/)?.[0] ?? '(nothing left)'}`,
    )
  }, 900_000)
})

describe('Elasticsearch stopped during consume, then started again on its data (real servers)', () => {
  const r = resources(uniqueName('lwesdown'))
  const client = es()
  const LINES = 30_000
  let input: ReturnType<typeof makeInput>

  afterAll(async () => {
    await services('start', 'elasticsearch').catch(() => undefined)
    await cleanUp(r, client)
    await client.close()
    if (input) rmSync(input.dir, { recursive: true, force: true })
  }, 180_000)

  it('consume retries through the outage and finishes: exact counts, no duplicates', async () => {
    input = makeInput(LINES)
    const expected = await expectedIds(input.dir)
    const ship = await runCli(['ship', input.dir, '--framing', 'line', ...shipFlags(r)], input.dir)
    expect(ship.code, ship.stderr).toBe(0)

    const consume = startCli(
      ['consume', ...flags(r), '--consume-batch-bytes', '65536', '--until-idle'],
      input.dir,
    )
    const consumed = collect(consume)
    let before = 0
    await waitFor('a first part of the input indexed', async () => {
      before = (await esIds(client, `${r.prefix}-*`)).count
      return before >= 3000
    })
    await services('stop', '--keep-data', 'elasticsearch')
    await sleep(5000)
    await services('start', '--keep-data', 'elasticsearch')

    const c = await consumed
    expect(c.code, c.stderr).toBe(0)
    // It did meet the outage: bulk calls were retried, or a batch failed whole (kafkajs restarted the
    // consumer) and was redone, its uncommitted HDFS parts removed first.
    expect(c.stderr).toMatch(/Elasticsearch: |consumer restarts after|written but never committed/)
    await expectExact(r, expected, client)
    console.info(`Elasticsearch stopped after ${before} documents; consume ${c.ms} ms`)
  }, 900_000)
})

describe('DataNode connections failing during consume (real servers, through a fault proxy)', () => {
  const r = resources(uniqueName('lwdatanode'))
  const client = es()
  const LINES = 30_000
  let input: ReturnType<typeof makeInput>
  let faults: DataNodeFaults

  afterAll(async () => {
    await faults?.close()
    await cleanUp(r, client)
    await client.close()
    if (input) rmSync(input.dir, { recursive: true, force: true })
  }, 180_000)

  it('writes are retried, an uncommitted batch is redone: exact counts, no duplicates, every part readable', async () => {
    input = makeInput(LINES)
    const expected = await expectedIds(input.dir)
    faults = await startDataNodeFaults(WEBHDFS_URL)
    const ship = await runCli(['ship', input.dir, '--framing', 'line', ...shipFlags(r)], input.dir)
    expect(ship.code, ship.stderr).toBe(0)

    const args = [...flags(r), '--webhdfs-url', faults.url, '--consume-batch-bytes', '65536']
    const consume = startCli(['consume', ...args, '--until-idle'], input.dir)
    const consumed = collect(consume)
    await waitFor('the first parts written', async () => faults.stats.requests >= 10)
    // Long enough to outlast the client's retries of one call (5 attempts, ≤ 5 s apart): some batches
    // fail whole and come again.
    faults.failing = true
    await sleep(12_000)
    faults.failing = false

    const c = await consumed
    expect(c.code, c.stderr).toBe(0)
    expect(faults.stats.resets).toBeGreaterThan(0)
    expect(faults.stats.lostAnswers).toBeGreaterThan(0)
    await expectExact(r, expected, client)
    console.info(
      `DataNode faults: ${faults.stats.broken} of ${faults.stats.requests} DataNode requests broken ` +
        `(${faults.stats.resets} resets, ${faults.stats.lostAnswers} lost answers); consume ${c.ms} ms` +
        (c.stderr.includes('written but never committed') ? '; an uncommitted batch was redone' : ''),
    )
  }, 900_000)
})
