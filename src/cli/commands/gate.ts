import { Command, Option } from 'commander'
import { gateLine, resolveGate, runGate, writeGate } from '../../act/gate/index.js'
import type { GateResult } from '../../act/gate/index.js'
import type { ConfigKey } from '../../config/schema.js'
import { ExitCode } from '../../core/errors.js'
import { detectCiContext } from '../../transforms/ci-context.js'
import { commandContext } from '../context.js'
import { addSettingFlags, INGEST_KEYS, PAST_RUNS_KEYS } from '../settings-flags.js'

const KEYS: readonly ConfigKey[] = ['reports', 'baseline', 'out', ...INGEST_KEYS, ...PAST_RUNS_KEYS]

export function registerGateCommand(program: Command): void {
  const command = program
    .command('gate')
    .description(
      'Post-deploy gate: judge a run or deploy window against a baseline of passing runs, per a gate file (objectives, criteria, weights) or thresholds → pass, warn or fail with the log lines behind it (gate.md, gate.json).',
    )
    .argument('[paths...]', 'log files, globs or directories of the run or deploy window; `-` reads stdin')
    .addOption(new Option('--gate <file>', 'gate file (YAML): objectives, criteria, weights, key objectives'))
    .addOption(
      new Option(
        '--max-error-rate <rate>',
        'without a gate file: most error records per record (0.02 or 2%)',
      ),
    )
    .addOption(
      new Option(
        '--max-new-error-templates <n>',
        'without a gate file: most error templates the baseline never had',
      ),
    )
    .addOption(new Option('--max-failed-tests <n>', 'without a gate file: most failed or errored tests'))
    .addOption(new Option('--json', 'print gate.json to stdout instead of the verdict line'))
    .addHelpText(
      'after',
      `
The baseline: each --baseline match (a directory of logs or a file) is one passing run, analysed on its own;
its value for a metric is the median over the runs. A run that is also being judged is left out. Or a
baseline model (\`logward baseline learn … --model DIR\`, then --baseline DIR): its saved per-run counts stand
for the runs, which are not analysed again.
Without --gate or thresholds, the gate is: failed-tests <= 0 and new-error-templates <= 0.

Examples:
  $ logward gate examples/runs/failing/logs --reports 'examples/runs/failing/reports/*.xml' \\
      --baseline 'examples/runs/pass-*/logs' --gate examples/gate.yml
  $ logward gate deploy-logs/ --baseline 'previous-deploys/*' --max-error-rate 1% --max-new-error-templates 0

Exit codes: 0 pass or warn, 1 fail, 2 usage or invalid gate file.`,
    )
  addSettingFlags(command, KEYS)
  command.action(async (paths: string[], opts: Record<string, unknown>) => {
    const { config, logger } = commandContext(opts, KEYS, paths.length > 0 ? { paths } : {})
    const spec = resolveGate(
      {
        gate: opts.gate as string | undefined,
        'max-error-rate': opts.maxErrorRate as string | undefined,
        'max-new-error-templates': opts.maxNewErrorTemplates as string | undefined,
        'max-failed-tests': opts.maxFailedTests as string | undefined,
      },
      'command line',
    )
    if (config.paths.length === 0 && config.reports.length === 0) {
      logger.error(
        'nothing to judge: name log files or directories, and/or --reports (or set them in logward.yml)',
      )
      process.exitCode = ExitCode.usage
      return
    }
    const { result } = await runGate({
      config,
      spec,
      logger,
      ci: detectCiContext(process.env, config),
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      onRun: (path, i, total) => logger.debug(`gate: analysing ${i + 1}/${total}: ${path}`),
    })
    const written = await writeGate(result, config.out)
    if (opts.json) process.stdout.write(JSON.stringify(result) + '\n')
    else process.stdout.write(verdictLine(result, written.markdown) + '\n')
    if (result.verdict === 'fail') process.exitCode = ExitCode.verdictFailed
  })
}

function verdictLine(r: GateResult, markdown: string): string {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  const line = gateLine(r)
  const paint = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m' }[r.verdict]
  const word = r.verdict.toUpperCase()
  return `${color ? `${paint}${word}\x1b[0m${line.slice(word.length)}` : line}\ngate: ${markdown}`
}
