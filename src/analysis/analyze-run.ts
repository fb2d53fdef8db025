import type { LogwardConfig } from '../config/schema.js'
import { describeError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { LEVELS, type CiContext, type Level, type LogRecord } from '../core/record.js'
import { ingest } from '../pipeline/ingest.js'
import { RecordSpool } from '../pipeline/spool.js'
import type { RecordSink } from '../sinks/types.js'
import { expandInputs } from '../sources/index.js'
import { parseTestReports } from '../sources/test-reports/index.js'
import { TemplateMiner } from '../transforms/mine/index.js'
import { createRedactor } from '../transforms/redact.js'
import { resolveBaseline, type Baseline } from './baseline/index.js'
import { ErrorBucketCollector } from './collectors/error-buckets.js'
import { SessionCollector, sessionKeyReader } from './collectors/sessions.js'
import { judgeRun, type JudgeOptions } from './findings/judge.js'
import { TemplateTally, type TemplateTallyResult } from './frequency/template-tally.js'
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
  /** With a baseline: the run's templates per slice, keyed by the baseline's template ids where it matches. */
  onBaselineTally?: (tally: TemplateTallyResult) => void
  /** Milliseconds each phase took (`bench:score`). */
  onPhase?: (phase: 'baseline' | 'read' | 'analyze' | 'findings' | 'load-tf' | 'sessions', ms: number) => void
  /** A baseline already resolved (the gate's), instead of resolving `config.baseline` again. */
  baseline?: Baseline | undefined
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
    let phaseStart = performance.now()
    const phase = (name: Parameters<NonNullable<AnalyzeOptions['onPhase']>>[0]): void => {
      const now = performance.now()
      options.onPhase?.(name, now - phaseStart)
      phaseStart = now
    }
    const baseline =
      'baseline' in options
        ? options.baseline
        : config.baseline.length > 0
          ? await resolveBaseline(config, logger, ci)
          : undefined
    phase('baseline')

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

    phase('read')
    // Pass 2: final templates, collectors, sinks. Against a baseline, the findings count each record under
    // the baseline's template id when the baseline's vocabulary matches it (match-only), so the run's and
    // the baseline's counts and sessions speak of the same templates; else under the run's own id.
    const tally = baseline ? new TemplateTally(baseline.slice) : undefined
    const bursts = baseline ? new ErrorBucketCollector(baseline.bucketSeconds) : undefined
    const keyOf = baseline ? sessionKeyReader(baseline.session) : undefined
    const knownIds = new Set(baseline?.tallies.flatMap((t) => [...t.templates.keys()]))
    const sessions = keyOf ? new SessionCollector(keyOf, (id) => knownIds.has(id)) : undefined
    const rootCauses = new RootCauseCollector()
    const templates = new TemplateCollector()
    const histogram = new HistogramCollector({ ...(first ? { first } : {}), ...(last ? { last } : {}) })
    let done = 0
    for await (const batch of spool.read()) {
      const labelled: LogRecord[] = []
      for (const record of batch) {
        const text = miningText(record)
        const found = miner.match(text) ?? miner.add(text)
        record.logward.template_id = found.templateId
        record.logward.template = found.template
        templates.add(record)
        rootCauses.add(record)
        histogram.add(record['@timestamp'], record.log.level)
        if (baseline) {
          const known = baseline.miner.match(text)
          const r =
            known && known.templateId !== found.templateId
              ? {
                  ...record,
                  logward: { ...record.logward, template_id: known.templateId, template: known.template },
                }
              : record
          labelled.push(r)
          bursts!.add(r)
          sessions?.add(r, r.logward.template_id!)
        }
      }
      if (tally) await tally.write(labelled)
      for (const sink of options.sinks ?? []) await sink.write(batch)
      done += batch.length
      options.onProgress?.('analyze', done, spool.count)
    }
    for (const sink of options.sinks ?? []) await sink.close()
    phase('analyze')

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
          runs: baseline.runs.length,
          records: baseline.runs.reduce((n, r) => n + r.records, 0),
          templates: baseline.miner.size,
          newTemplates: templates.newAgainst(baseline.miner, NEW_TEMPLATES),
        }
      : undefined
    const rootCauseList = rootCauses.result()
    const runTally = tally?.result()
    if (runTally) options.onBaselineTally?.(runTally)
    const findings =
      baseline && baselineDigest
        ? await judgeRun(
            {
              analysis: { tests, inputs, logs, rootCauses: rootCauseList },
              newTemplates: baselineDigest.newTemplates,
              tally: runTally!,
              bursts: bursts!.result(),
              ...(sessions ? { sessions: sessions.result(), droppedSessions: sessions.dropped } : {}),
            },
            baseline,
            options.onPhase ? { onPhase: options.onPhase as JudgeOptions['onPhase'] } : {},
          )
        : undefined
    phase('findings')
    const failOn = config['fail-on']
    const { verdict, reasons, failed } = decideVerdict(
      {
        tests,
        logs,
        inputs,
        ...(baselineDigest ? { baseline: baselineDigest } : {}),
        ...(findings ? { findings } : {}),
      },
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
      rootCauses: rootCauseList,
      topErrorTemplates: templates
        .errorTemplates(TOP_ERROR_TEMPLATES)
        .map((t) => (baselineDigest ? { ...t, new: newIds.has(t.templateId) } : t)),
      ...(baselineDigest ? { baseline: baselineDigest } : {}),
      histogram: histogram.result(),
      ...(findings ? { findings } : {}),
    }
  } finally {
    spool.dispose()
  }
}
