import { Client, HttpConnection } from '@elastic/elasticsearch'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resolveGate } from '../../src/act/gate/resolve-gate.js'
import { runGate } from '../../src/act/gate/run-gate.js'
import { analyzeRun } from '../../src/analysis/analyze-run.js'
import type { RunAnalysis } from '../../src/analysis/model.js'
import { buildProgram } from '../../src/cli/program.js'
import { loadConfig } from '../../src/config/load.js'
import { memoryLogger } from '../../src/core/logger.js'
import { recordId } from '../../src/core/record-id.js'
import type { CiContext, LogRecord } from '../../src/core/record.js'
import { ingest } from '../../src/pipeline/ingest.js'
import { elasticsearchSettingsSchema } from '../../src/sinks/elasticsearch/config.js'
import { ElasticsearchSink } from '../../src/sinks/elasticsearch/sink.js'
import { WebHdfsClient } from '../../src/sinks/webhdfs/client.js'
import { repoRoot } from '../helpers/shared-data.js'
import { ES_URL, requireElasticsearch, requireWebHdfs, uniqueName, WEBHDFS_URL } from './reachability.js'

// A baseline learned from what the pipeline stored: the five passing example runs, as `ship`/`consume`
// would have put them in Elasticsearch and the HDFS lake (with their CI run ids), read back by
// `analyze --baseline elasticsearch:` / `hdfs:`, `gate` and `baseline learn --from-*`. The findings must be
// those of the same runs read from their log files.
const examples = join(repoRoot, 'examples', 'runs')
const failing = join(examples, 'failing', 'logs')
const ci: CiContext = { provider: 'github-actions', repository: 'acme/shop', job: 'test', run_id: 'r-now' }

describe('baselines from Elasticsearch and HDFS (real servers)', () => {
  const prefix = `${uniqueName('lwbase')}-logs`
  const root = `/${uniqueName('lwbase')}`
  const es = new Client({ node: ES_URL, Connection: HttpConnection })
  const hdfs = new WebHdfsClient({ url: WEBHDFS_URL, user: 'logward' })
  const stores = {
    'elasticsearch-url': ES_URL,
    'elasticsearch-index': prefix,
    'webhdfs-url': WEBHDFS_URL,
    'webhdfs-root': root,
  }

  beforeAll(async () => {
    await requireElasticsearch()
    await requireWebHdfs()
    const sink = await ElasticsearchSink.open<number>(
      elasticsearchSettingsSchema.parse({
        ...stores,
        'elasticsearch-replicas': 0,
        'elasticsearch-rollups': false,
      }),
      memoryLogger(),
    )
    for (let n = 1; n <= 5; n++) {
      const records: LogRecord[] = []
      const config = loadConfig({
        cwd: tmpdir(),
        overrides: { paths: [join(examples, `pass-${n}`, 'logs')] },
      })
      for await (const batch of ingest({ config, logger: memoryLogger(), ci: { ...ci, run_id: `r${n}` } }))
        records.push(...batch)
      // A run of another job in the same stores must not be learned from.
      const other = records
        .slice(0, 50)
        .map((r) => ({ ...r, ci: { ...r.ci, job: 'lint', run_id: `lint${n}` } }))
      const all = [...records, ...other]
      const result = await sink.writeBatch(all.map((record, i) => ({ record, id: recordId(record), ref: i })))
      expect(result.dead).toEqual([])
      const body = gzipSync(all.map((r) => JSON.stringify(r) + '\n').join(''))
      await hdfs.create(
        `${root}/raw/dt=2026-11-2${n}/service=app/part-0-${n * 1000}-${n * 1000 + 999}.ndjson.gz`,
        body,
      )
    }
    await sink.close()
    await es.indices.refresh({ index: `${prefix}-*` })
  }, 300_000)

  afterAll(async () => {
    const names = Object.keys(await es.indices.get({ index: `${prefix}*`, allow_no_indices: true }))
    if (names.length > 0) await es.indices.delete({ index: names })
    await es.indices.deleteIndexTemplate({ name: prefix }).catch(() => undefined)
    await es.close()
    await hdfs.delete(root, true).catch(() => undefined)
  })

  async function analyze(baseline: string[], extra: Record<string, unknown> = {}): Promise<RunAnalysis> {
    const config = loadConfig({
      cwd: tmpdir(),
      overrides: { paths: [failing], baseline, 'store-records': false, ...stores, ...extra },
    })
    return analyzeRun({ config, logger: memoryLogger(), ci, now: () => new Date('2026-11-28T00:00:00Z') })
  }

  const newTemplates = (a: RunAnalysis): string[] =>
    a
      .findings!.items.filter((f) => f.kind === 'new-templates')
      .flatMap((f) => (f.templates ?? []).map((t) => t.templateId))
      .sort()

  it('analyze --baseline elasticsearch: and hdfs: learn the same five runs and find what the log files give', async () => {
    const fromFiles = await analyze([join(examples, 'pass-*', 'logs')])
    const fromEs = await analyze(['elasticsearch:'])
    const fromHdfs = await analyze([`hdfs:${root}`])
    for (const a of [fromEs, fromHdfs]) {
      expect(a.baseline!.runs).toBe(5)
      expect(a.baseline!.records).toBe(fromFiles.baseline!.records)
      expect(a.baseline!.newTemplates.map((t) => t.templateId).sort()).toEqual(
        fromFiles.baseline!.newTemplates.map((t) => t.templateId).sort(),
      )
      expect(a.findings!.items.map((f) => f.kind)).toContain('new-templates')
      expect(newTemplates(a)).toEqual(newTemplates(fromFiles))
      expect(a.verdict).toBe(fromFiles.verdict)
    }
    expect(fromEs.baseline!.source).toContain(prefix)
    expect(fromHdfs.baseline!.source).toContain(root)
  }, 300_000)

  it('baseline-runs keeps the newest runs; a filter that matches nothing judges without a baseline, with a warning', async () => {
    expect((await analyze(['elasticsearch:'], { 'baseline-runs': 2 })).baseline!.runs).toBe(2)
    const logger = memoryLogger()
    const config = loadConfig({
      cwd: tmpdir(),
      overrides: { paths: [failing], baseline: ['elasticsearch:'], 'store-records': false, ...stores },
    })
    const a = await analyzeRun({ config, logger, ci: { ...ci, repository: 'acme/other' } })
    expect(a.baseline).toBeUndefined()
    expect(
      logger.entries.some(
        (e) => e.level === 'warn' && /no past runs in Elasticsearch .*acme\/other/.test(e.message),
      ),
    ).toBe(true)
  }, 300_000)

  it('gate --baseline elasticsearch: decides as the gate on the log files does', async () => {
    const spec = resolveGate({}, 'defaults')
    const gate = async (baseline: string[]) =>
      (
        await runGate({
          config: loadConfig({
            cwd: tmpdir(),
            overrides: { paths: [failing], baseline, 'store-records': false, ...stores },
          }),
          spec,
          logger: memoryLogger(),
          ci,
        })
      ).result
    const fromFiles = await gate([join(examples, 'pass-*', 'logs')])
    const fromEs = await gate(['elasticsearch:'])
    expect(fromEs.baseline.runs).toHaveLength(5)
    expect(fromEs.verdict).toBe(fromFiles.verdict)
    expect(fromEs.objectives.map((o) => [o.metric, o.status])).toEqual(
      fromFiles.objectives.map((o) => [o.metric, o.status]),
    )
  }, 300_000)

  it('baseline learn --from-elasticsearch and --from-hdfs write a model from the stored runs', async () => {
    for (const from of [['--from-elasticsearch'], ['--from-hdfs', root]]) {
      const model = join(mkdtempSync(join(tmpdir(), 'logward-model-')), 'baseline')
      const out: string[] = []
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        out.push(String(chunk))
        return true
      })
      const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
      try {
        await buildProgram()
          .exitOverride()
          .parseAsync([
            'node',
            'logward',
            'baseline',
            'learn',
            ...from,
            '--model',
            model,
            '--elasticsearch-url',
            ES_URL,
            '--elasticsearch-index',
            prefix,
            '--webhdfs-url',
            WEBHDFS_URL,
            '--repository',
            'acme/shop',
            '--job',
            'test',
          ])
      } finally {
        write.mockRestore()
        err.mockRestore()
      }
      expect(out.join('')).toMatch(/^baseline: 5 runs, /)
      expect(readdirSync(model)).toContain('baseline.json')
    }
  }, 300_000)
})
