import { Command, Option } from 'commander'
import { analyzeRun } from '../../analysis/analyze-run.js'
import type { RunAnalysis } from '../../analysis/model.js'
import { writeReport } from '../../act/report/write-report.js'
import type { ConfigKey } from '../../config/schema.js'
import { ExitCode } from '../../core/errors.js'
import { createProgress } from '../../core/progress.js'
import { openEmbeddedStore } from '../../sinks/embedded-store.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { publishToGitHub, withGitHubRunLogs } from '../../pipeline/github-run.js'
import { commandContext } from '../context.js'
import { addSettingFlags, INGEST_KEYS, PAST_RUNS_KEYS } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = [
  'reports',
  'baseline',
  'session-field',
  'session-regex',
  'history',
  'fail-on',
  'out',
  'store',
  'store-records',
  ...INGEST_KEYS,
  ...PAST_RUNS_KEYS,
]

export function registerAnalyzeCommand(program: Command): void {
  const command = program
    .command('analyze')
    .description(
      'Judge a CI run: its logs and test reports → a verdict, and a report (summary.md, report.html, report.json) a developer reads in 30 seconds.',
    )
    .argument('[paths...]', 'log files, globs or directories; `-` reads stdin')
    .addOption(new Option('--json', 'print report.json to stdout instead of the verdict line'))
    .addHelpText(
      'after',
      `
Examples:
  $ logward analyze examples/runs/failing/logs --reports 'examples/runs/failing/reports/*.xml' \\
      --baseline 'examples/runs/pass-*/logs' --out logward-report
  $ logward analyze build/logs --reports '**/TEST-*.xml' --fail-on errors
  $ logward baseline learn 'runs/pass-*/logs' --model .logward/baseline
  $ logward analyze runs/current/logs --baseline .logward/baseline

Exit codes: 0 pass (or failure not selected by --fail-on), 1 failed per --fail-on, 2 usage, 3 unreadable inputs.`,
    )
  addSettingFlags(command, KEYS)
  command.action(async (paths: string[], opts: Record<string, unknown>) => {
    const context = commandContext(opts, KEYS, paths.length > 0 ? { paths } : {})
    const logger = context.logger
    const { config, serviceOf } = await withGitHubRunLogs(context.config, logger)
    if (config.paths.length === 0 && config.reports.length === 0) {
      logger.error(
        'nothing to analyze: name log files or directories, and/or --reports (or set them in logward.yml)',
      )
      process.exitCode = ExitCode.usage
      return
    }
    const ci = detectCiContext(process.env, config)
    const store = config['store-records'] ? await openEmbeddedStore(config.store, { logger }) : undefined
    const progress = createProgress({ label: 'analyze' })
    const analysis = await analyzeRun({
      config,
      logger,
      ci,
      sinks: store ? [store] : [],
      ...(serviceOf ? { serviceOf } : {}),
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      onProgress: (phase, done, records) => {
        if (phase === 'read') progress.update(done, records)
      },
    })
    progress.done()
    const written = await writeReport(analysis, config.out)
    await publishToGitHub(analysis, config, logger)
    if (opts.json) process.stdout.write(JSON.stringify(analysis) + '\n')
    else process.stdout.write(verdictLine(analysis, written.html) + '\n')
    if (analysis.failed) process.exitCode = ExitCode.verdictFailed
    else if (analysis.inputs.unreadable.length > 0) process.exitCode = ExitCode.partialInput
  })
}

function verdictLine(a: RunAnalysis, html: string): string {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  const paint = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m' }[a.verdict]
  const word = a.verdict.toUpperCase()
  return `${color ? `${paint}${word}\x1b[0m` : word}: ${a.reasons.join('; ')}\nreport: ${html}`
}
