import type { LogwardConfig } from '../config/schema.js'
import { describeError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { LEVELS, type CiContext, type Level } from '../core/record.js'
import { ingest } from '../pipeline/ingest.js'
import { RecordSpool } from '../pipeline/spool.js'
import type { RecordSink } from '../sinks/types.js'
import { expandInputs } from '../sources/index.js'
import { parseTestReports } from '../sources/test-reports/index.js'
import { TemplateMiner } from '../transforms/mine/index.js'
import { createRedactor } from '../transforms/redact.js'
import { learnBaseline } from './baseline.js'
import { HistogramCollector } from './collectors/histogram.js'
import { RootCauseCollector } from './collectors/root-causes.js'
import { TemplateCollector } from './collectors/templates.js'
import { miningText } from './mining-text.js'
import type { RunAnalysis, SourceDigest } from './model.js'
import { judgeWithHistory } from './run-history.js'
import { digestTests } from './tests-digest.js'
import { decideVerdict } from './verdict.js'

const TOP_ERROR_TEMPLATES = 20
const NEW_TEMPLATES = 50

export interface AnalyzeOptions {
  config: LogwardConfig
  logger: Logger
  ci: CiContext
  /** Sinks that receive every record with its final template (the embedded store). */
  sinks?: RecordSink[]
  /** GitHub's server URL, for links to test files (`GITHUB_SERVER_URL`). */
  serverUrl?: string
  stdin?: NodeJS.ReadableStream
  /** `service.name` for records of a source that names none (CI job logs: the job's name). */
  serviceOf?: (path: string) => string | undefined
  onProgress?: (phase: 'read' | 'analyze', done: number, records: number) => void
  now?: () => Date
}

/**
 * `analyze`: the run's logs and test reports → one RunAnalysis. Two passes over the records, because a
 * record's final template is known only once every message has been mined: pass 1 reads, redacts,
 * parses and mines, spooling records to a temporary file; pass 2 labels each record with its final
 * template and feeds the collectors and sinks. Memory stays bounded by the collectors' caps.
 */
export async function analyzeRun(options: AnalyzeOptions): Promise<RunAnalysis> {
  const { config, logger, ci } = options
  const redactor = createRedactor({ patterns: [...config['redact-patterns']], secrets: [...config.secrets] })
  const unreadable: RunAnalysis['inputs']['unreadable'] = []
  const sources = new Map<string, SourceDigest>()
  const miner = new TemplateMiner()
  const spool = new RecordSpool()
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>
  let first: string | undefined
  let last: string | undefined

  try {
    const baseline = config.baseline.length > 0 ? await learnBaseline(config, logger) : undefined

    // Pass 1: read, mine, spool.
    if (config.paths.length > 0) {
      for await (const batch of ingest({
        config,
        logger,
        ci,
        ...(options.stdin ? { stdin: options.stdin } : {}),
        ...(options.serviceOf ? { serviceOf: options.serviceOf } : {}),
        onInputError: (err) => {
          unreadable.push({ path: err.path, message: err.message })
          logger.warn(describeError(err))
        },
        onSourceDone: (s) => {
          const digest = sources.get(s.path)
          sources.set(s.path, {
            path: s.path,
            format: s.format,
            records: s.records,
            lines: s.lines,
            bytes: s.bytesRead,
            errors: digest?.errors ?? 0,
            warnings: digest?.warnings ?? 0,
          })
        },
        onProgress: (bytes, n) => options.onProgress?.('read', bytes, n),
      })) {
        for (const record of batch) {
          miner.add(miningText(record))
          const level = record.log.level
          if (level) byLevel[level]++
          if (level === 'error' || level === 'fatal' || level === 'warn') {
            const path = record.log.file.path
            const d = sources.get(path) ?? {
              path,
              format: '',
              records: 0,
              lines: 0,
              bytes: 0,
              errors: 0,
              warnings: 0,
            }
            if (level === 'warn') d.warnings++
            else d.errors++
            sources.set(path, d)
          }
          const ts = record['@timestamp']
          if (ts) {
            if (first === undefined || ts < first) first = ts
            if (last === undefined || ts > last) last = ts
          }
        }
        await spool.append(batch)
      }
    }

    // Test reports.
    const { inputs: reportInputs, errors: missingReports } = await expandInputs([...config.reports], {
      logger,
    })
    for (const err of missingReports) unreadable.push({ path: err.path, message: err.message })
    const parsed = await parseTestReports(
      reportInputs.filter((i) => i.kind === 'file').map((i) => i.path),
      { maxDecompressedBytes: config['max-decompressed-bytes'] },
    )
    for (const err of parsed.errors) {
      const message = redactor.redact(err.message).text
      unreadable.push({ path: err.path, message })
      logger.warn(message)
    }
    const digested = digestTests(parsed.reports, {
      redactor,
      ci,
      ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    })
    const reports = digested.reports
    const tests = await judgeWithHistory(digested.tests, config.history, ci, logger)

    // Pass 2: final templates, collectors, sinks.
    const rootCauses = new RootCauseCollector()
    const templates = new TemplateCollector()
    const histogram = new HistogramCollector({ ...(first ? { first } : {}), ...(last ? { last } : {}) })
    let done = 0
    for await (const batch of spool.read()) {
      for (const record of batch) {
        const found = miner.match(miningText(record)) ?? miner.add(miningText(record))
        record.logward.template_id = found.templateId
        record.logward.template = found.template
        templates.add(record)
        rootCauses.add(record)
        histogram.add(record['@timestamp'], record.log.level)
      }
      for (const sink of options.sinks ?? []) await sink.write(batch)
      done += batch.length
      options.onProgress?.('analyze', done, spool.count)
    }
    for (const sink of options.sinks ?? []) await sink.close()

    const logs = {
      records: spool.count,
      byLevel,
      ...(first ? { first } : {}),
      ...(last ? { last } : {}),
      templates: templates.size,
    }
    const inputs = { sources: [...sources.values()], reports, unreadable }
    const baselineDigest = baseline
      ? {
          source: baseline.source,
          runs: baseline.runs,
          records: baseline.records,
          templates: baseline.miner.size,
          newTemplates: templates.newAgainst(baseline.miner, NEW_TEMPLATES),
        }
      : undefined
    const failOn = config['fail-on']
    const { verdict, reasons, failed } = decideVerdict(
      { tests, logs, inputs, ...(baselineDigest ? { baseline: baselineDigest } : {}) },
      failOn,
    )
    const newIds = new Set(baselineDigest?.newTemplates.map((t) => t.templateId))
    return {
      version: 1,
      generatedAt: (options.now?.() ?? new Date()).toISOString(),
      verdict,
      reasons,
      failOn,
      failed,
      ci,
      inputs,
      tests,
      logs,
      rootCauses: rootCauses.result(),
      topErrorTemplates: templates
        .errorTemplates(TOP_ERROR_TEMPLATES)
        .map((t) => (baselineDigest ? { ...t, new: newIds.has(t.templateId) } : t)),
      ...(baselineDigest ? { baseline: baselineDigest } : {}),
      histogram: histogram.result(),
    }
  } finally {
    spool.dispose()
  }
}
