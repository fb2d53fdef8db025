// `npm run bench:pipeline`: the distributed pipeline against the real loopback servers.
//   1. produce: kafkajs (logward's producer service: idempotent, acks=all, gzip, 1 MiB requests) beside
//      `kcat -P` with the same settings, into the same broker, the same lines and keys, in the same run;
//   2. end to end: files → ship → Kafka → consume → Elasticsearch + HDFS, lines/s, counts checked;
//   3. peak RSS of `ship` on a 1 GB file.
// Starts the services it needs (scripts/services.sh, full JIT for what it starts) and stops only those.
// Inputs are generated under the system temp dir from ../shared/data/loghub-2k (synthetic lines without it).
// Environment: BENCH_PRODUCE_LINES (500000), BENCH_E2E_LINES (200000), BENCH_RSS_MB (1024),
// BENCH_KAFKA_BATCH_BYTES (1048576, kafkajs request size), BENCH_SKIP (comma list of produce, e2e, rss), BENCH_KEEP_INPUTS=1 (keep the generated files).
import { spawn, spawnSync } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { createLogger } from '../src/core/logger.js'
import { KafkaProducerService } from '../src/sinks/kafka/service.js'
import type { EncodedMessage } from '../src/sinks/kafka/encode.js'
import {
  cleanUp,
  es,
  esIds,
  flags,
  hdfs,
  hdfsRecords,
  makeInput,
  resources,
  shipFlags,
} from '../__tests__/services/pipeline/helpers.js'
import { KAFKA_BROKER } from '../__tests__/services/reachability.js'

const ROOT = resolve(import.meta.dirname, '..')
const SERVICES = join(ROOT, 'scripts', 'services.sh')
const CLI = join(ROOT, '__tests__', 'services', 'pipeline', 'cli.ts')
const shared = process.env.LOGWARD_SHARED_DATA ?? resolve(ROOT, '..', 'shared', 'data')
const PRODUCE_LINES = Number(process.env.BENCH_PRODUCE_LINES ?? 500_000)
const E2E_LINES = Number(process.env.BENCH_E2E_LINES ?? 200_000)
const RSS_MB = Number(process.env.BENCH_RSS_MB ?? 1024)
const KAFKA_BATCH_BYTES = Number(process.env.BENCH_KAFKA_BATCH_BYTES ?? 1024 * 1024)
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean))
const WORK = join(tmpdir(), 'logward-bench-pipeline')
const quiet = createLogger(() => {}, 'error')
const rows: [string, string, string][] = []

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
const mib = (bytes: number): string => (bytes / 1048576).toFixed(1)
const run = `${Date.now().toString(36)}`

/** Lines of every Loghub-2k system with the system as key, or generated ones without ../shared. */
function sourceLines(): { key: string; line: string }[] {
  const dir = join(shared, 'loghub-2k')
  if (existsSync(dir)) {
    return readdirSync(dir)
      .sort()
      .flatMap((system) =>
        readFileSync(join(dir, system, `${system}_2k.log`), 'utf8')
          .split('\n')
          .filter((l) => l !== '')
          .map((line) => ({ key: `${system}/bench`, line })),
      )
  }
  console.log(`notice: ${dir} not found; using generated lines (set LOGWARD_SHARED_DATA)`)
  return Array.from({ length: 16_000 }, (_, i) => ({
    key: `svc${i % 8}/bench`,
    line: `2024-05-01T08:00:${String(i % 60).padStart(2, '0')}Z INFO [svc${i % 8}] request ${i} for user u${i % 50} took ${(i * 7) % 900} ms`,
  }))
}

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const text = line(i) + '\n'
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', r))
  }
  await new Promise<void>((r) => out.end(r))
  return bytes
}

function services(...args: string[]): string {
  const res = spawnSync('bash', [SERVICES, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOGWARD_SERVICES_FULL_JIT: process.env.LOGWARD_SERVICES_FULL_JIT ?? '1' },
  })
  if (res.status !== 0 && args[0] !== 'status')
    throw new Error(`services.sh ${args.join(' ')}:\n${res.stdout}${res.stderr}`)
  return res.stdout
}

async function topicMessages(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0)
  } finally {
    await admin.disconnect()
  }
}

async function createTopic(kafka: Kafka, topic: string, partitions = 3): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true })
  await admin.disconnect()
}

async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics }).catch(() => undefined)
  await admin.disconnect()
}

/** A child process, with its peak RSS (VmHWM, sampled until it exits) and its stderr. */
function measure(
  cmd: string,
  args: string[],
  cwd = ROOT,
): Promise<{ code: number | null; ms: number; peakRssKb: number; stderr: string }> {
  const started = Date.now()
  const child = spawn(cmd, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)))
  let peakRssKb = 0
  const sample = (): void => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (m) peakRssKb = Math.max(peakRssKb, Number(m[1]))
    } catch {
      // exited
    }
  }
  const timer = setInterval(sample, 100)
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      resolvePromise({ code, ms: Date.now() - started, peakRssKb, stderr })
    })
  })
}

const cli = (args: string[]): string[] => ['--import', import.meta.resolve('tsx'), CLI, ...args]

async function benchProduce(kafka: Kafka, lines: { key: string; line: string }[]): Promise<void> {
  const file = join(WORK, 'produce.tsv')
  const bytes = await writeLines(file, PRODUCE_LINES, (i) => {
    const l = lines[i % lines.length]!
    return `${l.key}\t${l.line}`
  })
  const payload = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const tab = l.indexOf('\t')
      return { key: l.slice(0, tab), value: Buffer.from(l.slice(tab + 1)) }
    })
  console.log(`produce input: ${fmt(PRODUCE_LINES)} lines, ${mib(bytes)} MiB, 8 keys, topics of 3 partitions`)

  // kafkajs through logward's producer service, 1 MiB requests (kafka-batch-bytes), one in flight.
  const topicJs = `bench-kafkajs-${run}`
  await createTopic(kafka, topicJs)
  const service = new KafkaProducerService(kafka, { compression: 'gzip', partitions: 3, logger: quiet })
  const t0 = Date.now()
  await service.connect()
  let batch: EncodedMessage[] = []
  let size = 0
  for (const m of payload) {
    const s = m.value.length + m.key.length + 16
    if (size + s > KAFKA_BATCH_BYTES && batch.length > 0) {
      await service.send(batch)
      batch = []
      size = 0
    }
    batch.push({ topic: topicJs, key: m.key, value: m.value, headers: {}, size: s })
    size += s
  }
  await service.send(batch)
  const jsMs = Date.now() - t0
  await service.disconnect()
  const jsCount = await topicMessages(kafka, topicJs)

  const kcat = ['kcat', 'kafkacat'].find((c) => spawnSync('which', [c]).status === 0)
  let kcatMs: number | undefined
  let kcatCount = 0
  const topicKcat = `bench-kcat-${run}`
  if (!kcat) {
    console.log('notice: kcat is not installed (Debian: apt-get install kafkacat); its column is empty')
  } else {
    await createTopic(kafka, topicKcat)
    const res = await measure(kcat, [
      '-P',
      '-b',
      KAFKA_BROKER,
      '-t',
      topicKcat,
      '-K',
      '\t',
      '-z',
      'gzip',
      '-X',
      'acks=all',
      '-X',
      'enable.idempotence=true',
      '-l',
      file,
    ])
    if (res.code !== 0) console.log(`kcat failed (exit ${res.code}): ${res.stderr.slice(-500)}`)
    else kcatMs = res.ms
    kcatCount = await topicMessages(kafka, topicKcat)
  }
  await deleteTopics(kafka, [topicJs, topicKcat])
  const rate = (ms: number): string =>
    `${fmt(PRODUCE_LINES / (ms / 1000))} msg/s, ${(bytes / 1048576 / (ms / 1000)).toFixed(1)} MiB/s`
  rows.push([
    'produce (acks=all, idempotent, gzip)',
    `kafkajs ${rate(jsMs)} (${fmt(jsCount)} in topic)`,
    kcatMs !== undefined
      ? `kcat ${rate(kcatMs)} (${fmt(kcatCount)} in topic); kafkajs = ${Math.round((100 * kcatMs) / jsMs)} % of kcat (target ≥ 50 %)`
      : 'kcat: not installed',
  ])
}

async function benchEndToEnd(kafka: Kafka): Promise<void> {
  const r = resources(`bench-e2e-${run}`)
  const input = makeInput(E2E_LINES)
  const client = es()
  try {
    await createTopic(kafka, r.topic)
    const started = Date.now()
    const ship = await measure(
      process.execPath,
      cli(['ship', input.dir, '--framing', 'line', ...shipFlags(r)]),
      input.dir,
    )
    if (ship.code !== 0) throw new Error(`ship failed: ${ship.stderr.slice(-2000)}`)
    const consume = await measure(process.execPath, cli(['consume', '--until-idle', ...flags(r)]), input.dir)
    if (consume.code !== 0) throw new Error(`consume failed: ${consume.stderr.slice(-2000)}`)
    const total = Date.now() - started
    const indexed = (await esIds(client, `${r.prefix}-*`)).count
    const lake = await hdfsRecords(hdfs(), r.hdfsRoot)
    console.log(`end to end: ${consume.stderr.match(/consumed .*/)?.[0] ?? ''}`)
    rows.push([
      `end to end, ${fmt(E2E_LINES)} ${input.source} lines`,
      `${fmt(E2E_LINES / (total / 1000))} lines/s (ship ${fmt(E2E_LINES / (ship.ms / 1000))}/s, consume ${fmt(E2E_LINES / (consume.ms / 1000))}/s)`,
      `ES ${fmt(indexed)}, HDFS ${fmt(lake.ids.length)} records in ${lake.parts.length} parts (target ≥ 50,000 lines/s)`,
    ])
  } finally {
    await cleanUp(r, client)
    await client.close()
    rmSync(input.dir, { recursive: true, force: true })
  }
}

async function benchRss(kafka: Kafka, lines: { key: string; line: string }[]): Promise<void> {
  const dir = join(WORK, 'rss')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `ship-${RSS_MB}m.log`)
  const target = RSS_MB * 1048576
  const block = lines.map((l) => l.line).join('\n') + '\n'
  const blockBytes = Buffer.byteLength(block)
  if (!existsSync(file) || statSync(file).size < target)
    await writeLines(file, Math.ceil(target / blockBytes), () => block.slice(0, -1))
  const size = statSync(file).size
  const lineCount = Math.round(size / blockBytes) * lines.length
  // What users run: the bundle (npm run build first, so that it has this branch's code); the test CLI
  // (tsx, every command) when there is none.
  const bundle = join(ROOT, 'dist', 'cli', 'index.js')
  const entry = existsSync(bundle) ? [bundle] : cli([])
  console.log(
    `rss: ${existsSync(bundle) ? `dist/cli/index.js (built ${statSync(bundle).mtime.toISOString()})` : 'tsx __tests__/services/pipeline/cli.ts (no dist/)'}; ~${fmt(lineCount)} lines`,
  )
  // The default heap sizing, then a young generation capped at 4 MiB a semi-space (V8 otherwise grows
  // it with the allocation rate; the live heap stays small either way: docs/decisions/0014).
  for (const [label, nodeOptions] of [
    ['default', ''],
    ['NODE_OPTIONS=--max-semi-space-size=4', '--max-semi-space-size=4'],
  ] as const) {
    const topic = `bench-rss-${run}-${label === 'default' ? 'a' : 'b'}`
    await createTopic(kafka, topic)
    try {
      const res = await measure(process.execPath, [
        ...(nodeOptions ? [nodeOptions] : []),
        ...entry,
        'ship',
        file,
        '--framing',
        'line',
        '--kafka-brokers',
        KAFKA_BROKER,
        '--kafka-topic',
        topic,
      ])
      if (res.code !== 0) throw new Error(`ship failed: ${res.stderr.slice(-2000)}`)
      const shipped = res.stderr.match(/shipped ([\d,]+) messages/)?.[1] ?? '?'
      rows.push([
        `ship of one ${mib(size)} MiB file, ${label}`,
        `peak RSS ${(res.peakRssKb / 1024).toFixed(0)} MiB (target ≤ 256 MiB)`,
        `${shipped} messages in ${(res.ms / 1000).toFixed(0)} s (${fmt(Number(shipped.replace(/,/g, '')) / (res.ms / 1000))} lines/s)`,
      ])
    } finally {
      await deleteTopics(kafka, [topic])
    }
  }
  if (process.env.BENCH_KEEP_INPUTS !== '1') rmSync(file, { force: true })
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true })
  const before = new Set(
    ['kafka', 'hdfs', 'elasticsearch'].filter((s) => services('status', s).includes('running, ready')),
  )
  const needed = SKIP.has('e2e') ? ['kafka'] : ['kafka', 'hdfs', 'elasticsearch']
  const toStart = needed.filter((s) => !before.has(s))
  if (toStart.length > 0) console.log(services('start', ...toStart).trim())
  if (before.size > 0) console.log(`already running (JIT as they were started): ${[...before].join(', ')}`)
  console.log(
    `node ${process.version}, ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} load average at start\n`,
  )
  const kafka = new Kafka({ clientId: 'logward-bench', brokers: [KAFKA_BROKER], logLevel: logLevel.NOTHING })
  try {
    const lines = sourceLines()
    if (!SKIP.has('produce')) await benchProduce(kafka, lines)
    if (!SKIP.has('e2e')) await benchEndToEnd(kafka)
    if (!SKIP.has('rss')) await benchRss(kafka, lines)
  } finally {
    if (toStart.length > 0) services('stop', ...toStart)
    if (process.env.BENCH_KEEP_INPUTS !== '1') rmSync(WORK, { recursive: true, force: true })
  }
  const widths = ([0, 1, 2] as const).map((i) => Math.max(...rows.map((r) => r[i].length), 10))
  console.log(`\n${'measure'.padEnd(widths[0]!)} | ${'logward'.padEnd(widths[1]!)} | reference / detail`)
  console.log(`${'-'.repeat(widths[0]!)}-|-${'-'.repeat(widths[1]!)}-|-${'-'.repeat(widths[2]!)}`)
  for (const row of rows)
    console.log(`${row[0].padEnd(widths[0]!)} | ${row[1].padEnd(widths[1]!)} | ${row[2]}`)
  console.log(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores, shared)`,
  )
}

await main()
