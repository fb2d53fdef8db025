import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { describeError } from '../core/errors.js'
import { createLogger, type LogSink } from '../core/logger.js'
import type { Level, LogRecord } from '../core/record.js'
import { ingest } from '../pipeline/ingest.js'
import { expandInputs } from '../sources/index.js'
import {
  addCounts,
  allCases,
  emptyCounts,
  parseTestReports,
  summarize,
} from '../sources/test-reports/index.js'
import { detectCiContext } from '../transforms/ci-context.js'
import { createRedactor } from '../transforms/redact.js'
import { renderIngestSummary, type IngestDigest } from '../act/report/ingest-summary.js'
import { readSettingInputs } from './inputs.js'

const actionsSink: LogSink = (level, _ns, message) => {
  if (level === 'debug') core.debug(message)
  else if (level === 'info') core.info(message)
  else if (level === 'warn') core.warning(message)
  else core.error(message)
}

/** The action: read the run's logs and test reports, fill the job summary, set outputs. */
export async function run(): Promise<void> {
  try {
    const configFile = core.getInput('config')
    const config = loadConfig({
      ...(configFile ? { file: configFile } : {}),
      overrides: readSettingInputs(),
      overridesSource: 'action inputs',
    })
    const logger = createLogger(actionsSink, config['log-level'])
    const redactor = createRedactor({
      patterns: [...config['redact-patterns']],
      secrets: [...config.secrets],
    })
    const digest: IngestDigest = {
      records: 0,
      byLevel: {},
      firstErrors: [],
      sources: [],
      unreadable: [],
      failing: [],
    }

    if (config.paths.length > 0) {
      for await (const batch of ingest({
        config,
        logger,
        ci: detectCiContext(process.env, config),
        onInputError: (err) => {
          digest.unreadable.push(err.path)
          logger.warn(describeError(err))
        },
        onSourceDone: (s) => digest.sources.push({ path: s.path, format: s.format, records: s.records }),
      })) {
        for (const record of batch) countRecord(digest, record)
      }
    }

    if (config.reports.length > 0) {
      const { inputs, errors } = await expandInputs([...config.reports], { logger })
      for (const err of errors) digest.unreadable.push(err.path)
      const paths = inputs.filter((i) => i.kind === 'file').map((i) => i.path)
      const parsed = await parseTestReports(paths, { maxDecompressedBytes: config['max-decompressed-bytes'] })
      for (const err of parsed.errors) {
        digest.unreadable.push(err.path)
        logger.warn(redactor.redact(describeError(err)).text)
      }
      digest.tests = emptyCounts()
      for (const report of parsed.reports) {
        addCounts(digest.tests, summarize(report))
        for (const { testCase } of allCases(report)) {
          if (testCase.status !== 'failed' && testCase.status !== 'errored') continue
          digest.failing.push({
            ...testCase,
            message: testCase.message === undefined ? undefined : redactor.redact(testCase.message).text,
            stackTrace:
              testCase.stackTrace === undefined ? undefined : redactor.redact(testCase.stackTrace).text,
            report: report.path,
          })
        }
      }
    }

    const errors = (digest.byLevel.error ?? 0) + (digest.byLevel.fatal ?? 0)
    core.setOutput('records', digest.records)
    core.setOutput('errors', errors)
    core.setOutput('warnings', digest.byLevel.warn ?? 0)
    core.setOutput('tests', digest.tests?.tests ?? 0)
    core.setOutput('failed-tests', (digest.tests?.failed ?? 0) + (digest.tests?.errored ?? 0))
    core.setOutput('unreadable-inputs', digest.unreadable.length)
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderIngestSummary(digest)).write()
    logger.info(
      `logward: ${digest.records} records (${errors} errors) from ${digest.sources.length} inputs` +
        (digest.tests
          ? `; tests: ${digest.tests.failed + digest.tests.errored} failing of ${digest.tests.tests}`
          : ''),
    )
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

const FIRST_ERRORS = 10

function countRecord(digest: IngestDigest, record: LogRecord): void {
  digest.records++
  const level: Level | undefined = record.log.level
  if (!level) return
  digest.byLevel[level] = (digest.byLevel[level] ?? 0) + 1
  if ((level === 'error' || level === 'fatal') && digest.firstErrors.length < FIRST_ERRORS)
    digest.firstErrors.push(record)
}
