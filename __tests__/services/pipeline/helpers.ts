import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Client, HttpConnection } from '@elastic/elasticsearch'
import { Kafka, logLevel } from 'kafkajs'
import { loadConfig } from '../../../src/config/load.js'
import { createLogger } from '../../../src/core/logger.js'
import { recordId } from '../../../src/core/record-id.js'
import { ingest } from '../../../src/pipeline/ingest.js'
import { WebHdfsClient } from '../../../src/sinks/webhdfs/client.js'
import { listHdfsParts, readHdfsPart } from '../../../src/sinks/webhdfs/reader.js'
import { detectCiContext } from '../../../src/transforms/ci-context.js'
import { repoRoot, sharedData } from '../../helpers/shared-data.js'
import { ES_URL, KAFKA_BROKER, WEBHDFS_URL } from '../reachability.js'

const CLI = join(repoRoot, '__tests__', 'services', 'pipeline', 'cli.ts')

/** Names of one test's private resources: a topic, a group, an index prefix, an HDFS root. */
export interface Resources {
  id: string
  topic: string
  group: string
  prefix: string
  rollupPrefix: string
  hdfsRoot: string
}

export function resources(id: string): Resources {
  return {
    id,
    topic: id,
    group: `${id}-group`,
    prefix: `${id}-logs`,
    rollupPrefix: `${id}-rollup`,
    hdfsRoot: `/${id}`,
  }
}

/** Flags that point `ship` at the loopback broker and this test's topic. */
export function shipFlags(r: Resources): string[] {
  return ['--kafka-brokers', KAFKA_BROKER, '--kafka-topic', r.topic]
}

/** Flags that point `consume` at the loopback servers and at this test's resources. */
export function flags(r: Resources): string[] {
  return [
    '--kafka-brokers',
    KAFKA_BROKER,
    '--kafka-topic',
    r.topic,
    '--kafka-group',
    r.group,
    '--elasticsearch-url',
    ES_URL,
    '--elasticsearch-index',
    r.prefix,
    '--elasticsearch-replicas',
    '0',
    // Loghub's logs span years: monthly indices keep the shared node's shard count small.
    '--elasticsearch-index-mode',
    'monthly',
    '--webhdfs-url',
    WEBHDFS_URL,
    '--webhdfs-root',
    r.hdfsRoot,
  ]
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

/** Start `logward ARGS` (the test CLI: src/cli with the pipeline commands) in a child process. */
export function startCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): ChildProcess {
  // tsx resolved here: the child's working directory is a temporary one, outside node_modules' reach.
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 600_000,
): Promise<CliResult> {
  const started = Date.now()
  const child = startCli(args, cwd, env)
  return collect(child, started, timeoutMs)
}

export function collect(child: ChildProcess, started = Date.now(), timeoutMs = 600_000): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`timed out after ${timeoutMs} ms\n${stderr}`))
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
}

/**
 * A directory of exactly `lines` log lines: loghub-2k's eight systems copied as often as needed (each
 * copy under its own directory, so every line is its own record), the last copy cut short; generated
 * lines when ../shared/data is absent.
 */
export function makeInput(lines: number): { dir: string; source: 'loghub-2k' | 'generated' } {
  const dir = mkdtempSync(join(tmpdir(), 'logward-pipeline-input-'))
  if (sharedData) {
    const systems = readdirSync(join(sharedData, 'loghub-2k')).sort()
    const files = systems.map((s) => join(sharedData!, 'loghub-2k', s, `${s}_2k.log`))
    let left = lines
    for (let copy = 0; left > 0; copy++) {
      for (const file of files) {
        if (left <= 0) break
        const target = join(dir, `copy-${String(copy).padStart(2, '0')}`)
        mkdirSync(target, { recursive: true })
        const name = file.split('/').at(-1)!
        if (left >= 2000) {
          copyFileSync(file, join(target, name))
          left -= 2000
        } else {
          const text = readFileLines(file).slice(0, left)
          writeFileSync(join(target, name), text.join('\n') + '\n')
          left = 0
        }
      }
    }
    return { dir, source: 'loghub-2k' }
  }
  const services = ['api', 'worker', 'billing', 'search']
  const per = Math.ceil(lines / services.length)
  let left = lines
  for (const service of services) {
    const n = Math.min(per, left)
    const out: string[] = []
    for (let i = 0; i < n; i++) {
      const ts = new Date(Date.UTC(2024, 4, 1, 8) + i * 250).toISOString()
      const level = i % 97 === 0 ? 'ERROR' : i % 13 === 0 ? 'WARN' : 'INFO'
      out.push(`${ts} ${level} [${service}] request ${i} for user u${i % 50} took ${(i * 7) % 900} ms`)
    }
    writeFileSync(join(dir, `${service}.log`), out.join('\n') + '\n')
    left -= n
  }
  return { dir, source: 'generated' }
}

function readFileLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
}

/** The ids `ship` gives the records of `dir` (same settings, same CI context: same ids). */
export async function expectedIds(
  dir: string,
  overrides: Record<string, unknown> = {},
): Promise<Set<string>> {
  const config = loadConfig({ cwd: dir, overrides: { paths: [resolve(dir)], framing: 'line', ...overrides } })
  const logger = createLogger(() => {}, 'error')
  const ids = new Set<string>()
  for await (const batch of ingest({ config, logger, ci: detectCiContext(process.env, config) }))
    for (const r of batch) ids.add(recordId(r))
  return ids
}

// node:http, as src/sinks/elasticsearch/config.ts does: undici 6 can crash the test process (nodejs/undici#5360).
export const es = (): Client =>
  new Client({ node: ES_URL, requestTimeout: 120_000, Connection: HttpConnection })

/** Every `_id` in the indices (a scroll: no point-in-time needed, so it works without x-pack). */
export async function esIds(client: Client, index: string): Promise<{ ids: string[]; count: number }> {
  await client.indices.refresh({ index, ignore_unavailable: true, allow_no_indices: true })
  const count = (await client.count({ index, ignore_unavailable: true, allow_no_indices: true })).count
  const ids: string[] = []
  let page = await client.search({
    index,
    scroll: '1m',
    size: 10_000,
    _source: false,
    sort: ['_doc'],
    ignore_unavailable: true,
    allow_no_indices: true,
  })
  while (page.hits.hits.length > 0) {
    for (const hit of page.hits.hits) ids.push(hit._id!)
    page = await client.scroll({ scroll_id: page._scroll_id!, scroll: '1m' })
  }
  if (page._scroll_id) await client.clearScroll({ scroll_id: page._scroll_id }).catch(() => undefined)
  return { ids, count }
}

export const hdfs = (): WebHdfsClient => new WebHdfsClient({ url: WEBHDFS_URL, user: 'logward' })

/** Every record in the HDFS lake under `root`, with the part it is in. */
export async function hdfsRecords(
  client: WebHdfsClient,
  root: string,
): Promise<{ ids: string[]; parts: string[] }> {
  const parts = await listHdfsParts(client, root)
  const ids: string[] = []
  for (const part of parts) for await (const r of readHdfsPart(client, part.path)) ids.push(recordId(r))
  return { ids, parts: parts.map((p) => p.path) }
}

export const kafka = (): Kafka =>
  new Kafka({ clientId: 'logward-pipeline-test', brokers: [KAFKA_BROKER], logLevel: logLevel.NOTHING })

/** Remove everything a test made: topics, indices, templates, HDFS root. Best effort. */
export async function cleanUp(r: Resources, client: Client, extraTopics: string[] = []): Promise<void> {
  const admin = kafka().admin()
  await admin.connect().catch(() => undefined)
  const topics = (await admin.listTopics().catch(() => [] as string[])).filter(
    (t) => t === r.topic || t.startsWith(`${r.id}`) || extraTopics.includes(t),
  )
  if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined)
  await admin.deleteGroups([r.group, `${r.group}-reader`]).catch(() => undefined)
  await admin.disconnect().catch(() => undefined)
  // By name: Elasticsearch 8 refuses wildcard deletes (action.destructive_requires_name).
  const names = Object.keys(
    await client.indices
      .get({ index: `${r.prefix}*,${r.rollupPrefix}*`, ignore_unavailable: true, allow_no_indices: true })
      .catch(() => ({})),
  )
  for (let i = 0; i < names.length; i += 50)
    await client.indices.delete({ index: names.slice(i, i + 50) }).catch(() => undefined)
  for (const name of [r.prefix, r.rollupPrefix, `${r.prefix}-data-stream`])
    await client.indices.deleteIndexTemplate({ name }).catch(() => undefined)
  await hdfs()
    .delete(r.hdfsRoot, true)
    .catch(() => undefined)
}

/** Lines/s, rounded, for the log. */
export function rate(n: number, ms: number): number {
  return Math.round(n / (ms / 1000))
}

/** How many values repeat an earlier one. */
export function duplicates(values: readonly string[]): number {
  return values.length - new Set(values).size
}

/** How many of `expected` are not among `actual`. */
export function missing(expected: ReadonlySet<string>, actual: readonly string[]): number {
  const have = new Set(actual)
  let n = 0
  for (const id of expected) if (!have.has(id)) n++
  return n
}
