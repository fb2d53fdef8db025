import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireElasticsearch, requireKafka, requireWebHdfs, uniqueName } from '../reachability.js'
import {
  cleanUp,
  duplicates,
  es,
  esIds,
  expectedIds,
  flags,
  hdfs,
  hdfsRecords,
  makeInput,
  missing,
  rate,
  resources,
  runCli,
  shipFlags,
} from './helpers.js'

// Needs the real servers (npm run services:start): Kafka, Elasticsearch and HDFS on loopback. Every name
// (topic, group, indices, HDFS root) carries a fresh id, and everything is removed afterwards.
const LINES = 100_000

describe(`ship → Kafka → consume → Elasticsearch + HDFS, ${LINES.toLocaleString('en-US')} lines (real servers)`, () => {
  const r = resources(uniqueName('lwpipe'))
  const client = es()
  let input: ReturnType<typeof makeInput>
  let expected: Set<string>

  beforeAll(async () => {
    await Promise.all([requireKafka(), requireElasticsearch(), requireWebHdfs()])
    input = makeInput(LINES)
    expected = await expectedIds(input.dir)
    expect(expected.size).toBe(LINES)
  }, 120_000)

  afterAll(async () => {
    await cleanUp(r, client)
    await client.close()
    if (input) rmSync(input.dir, { recursive: true, force: true })
  }, 120_000)

  it('delivers every line once: exactly 100,000 documents in Elasticsearch and 100,000 lines in HDFS', async () => {
    const ship = await runCli(['ship', input.dir, '--framing', 'line', ...shipFlags(r)], input.dir)
    expect(ship.code, ship.stderr).toBe(0)
    expect(ship.stderr).toContain(`shipped ${LINES.toLocaleString('en-US')} messages`)

    const consume = await runCli(['consume', '--until-idle', ...flags(r)], input.dir)
    expect(consume.code, consume.stderr).toBe(0)
    expect(consume.stderr).toContain(`consumed ${LINES.toLocaleString('en-US')} messages`)

    const { ids, count } = await esIds(client, `${r.prefix}-*`)
    expect(count).toBe(LINES)
    expect(ids).toHaveLength(LINES)
    expect(duplicates(ids)).toBe(0)
    expect(missing(expected, ids)).toBe(0)

    const lake = await hdfsRecords(hdfs(), r.hdfsRoot)
    expect(lake.ids).toHaveLength(LINES)
    expect(duplicates(lake.ids)).toBe(0)
    expect(missing(expected, lake.ids)).toBe(0)
    expect(
      lake.parts.every((p) =>
        /\/raw\/dt=\d{4}-\d{2}-\d{2}\/service=[^/]+\/part-\d+-\d+-\d+\.ndjson\.gz$/.test(p),
      ),
    ).toBe(true)

    // Rollups: per window and service, summing to the records that have a timestamp.
    const dated = await client.count({ index: `${r.prefix}-*`, query: { exists: { field: '@timestamp' } } })
    await client.indices.refresh({ index: `${r.rollupPrefix}-*` })
    const sums = await client.search({
      index: `${r.rollupPrefix}-*`,
      size: 0,
      query: { term: { 'rollup.kind': 'service' } },
      aggs: { total: { sum: { field: 'count' } } },
    })
    expect((sums.aggregations?.total as { value: number }).value).toBe(dated.count)

    console.info(
      `pipeline (${input.source}): ship ${LINES} lines in ${(ship.ms / 1000).toFixed(1)} s (${rate(LINES, ship.ms)} lines/s, process start included); ` +
        `consume in ${(consume.ms / 1000).toFixed(1)} s; end to end ${rate(LINES, ship.ms + consume.ms)} lines/s; ` +
        `${lake.parts.length} HDFS parts`,
    )
  }, 900_000)

  it('ships the same input again: still exactly 100,000 documents (deterministic _id)', async () => {
    const ship = await runCli(['ship', input.dir, '--framing', 'line', ...shipFlags(r)], input.dir)
    expect(ship.code, ship.stderr).toBe(0)
    const consume = await runCli(['consume', '--until-idle', ...flags(r)], input.dir)
    expect(consume.code, consume.stderr).toBe(0)
    expect(consume.stderr).toContain(`consumed ${LINES.toLocaleString('en-US')} messages`)

    const { ids, count } = await esIds(client, `${r.prefix}-*`)
    expect(count).toBe(LINES)
    expect(duplicates(ids)).toBe(0)
    expect(missing(expected, ids)).toBe(0)
    // The raw lake keeps what Kafka carried: the second shipment is a second copy there (by design; see
    // docs/architecture.md), in parts of its own offsets, never mixed into the first one's.
    const lake = await hdfsRecords(hdfs(), r.hdfsRoot)
    expect(lake.ids).toHaveLength(2 * LINES)
  }, 900_000)
})
