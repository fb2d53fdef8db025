import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Command, Option } from 'commander'
import { parseDocument } from 'yaml'
import {
  NOTIFY_ENV,
  notifySettingsSchema,
  parseAlertRulesText,
  resolveNotifySettings,
  sendAlerts,
  type NotifyAction,
  type NotifyResult,
  type NotifySettingKey,
} from '../../act/notify/index.js'
import type { RunAnalysis } from '../../analysis/model.js'
import { DEFAULT_CONFIG_FILES } from '../../config/load.js'
import { ConfigError, describeError, ExitCode, InputError } from '../../core/errors.js'
import { createLogger, stderrSink, type LogLevelName } from '../../core/logger.js'

const DEFAULT_ANALYSIS = 'logward-report/report.json'

/** Flag → setting; the flag names are the setting names (ADR 0004). */
const SETTING_FLAGS: { key: NotifySettingKey; arg: string; description: string }[] = [
  { key: 'slack-token', arg: '<token>', description: 'Slack bot token (prefer the environment variable)' },
  { key: 'slack-channel', arg: '<channel>', description: 'Slack channel ID (C0123…) or name' },
  { key: 'slack-api-url', arg: '<url>', description: 'Slack Web API root (default https://slack.com/api/)' },
  { key: 'slack-webhook-url', arg: '<url>', description: 'Slack incoming webhook (no threads)' },
  { key: 'jira-url', arg: '<url>', description: 'Jira site root' },
  { key: 'jira-email', arg: '<email>', description: 'Jira Cloud account email (unset: Server/Data Center)' },
  {
    key: 'jira-token',
    arg: '<token>',
    description: 'Jira API token or PAT (prefer the environment variable)',
  },
  { key: 'jira-project', arg: '<key>', description: 'Jira project key' },
  { key: 'jira-issue-type', arg: '<type>', description: 'issue type (default Bug)' },
  { key: 'jira-components', arg: '<names>', description: 'components (repeatable or comma list)' },
  {
    key: 'alerts-state',
    arg: '<file>',
    description: 'alert state file (default .logward/alerts-state.json)',
  },
  { key: 'kibana-url', arg: '<url>', description: 'Kibana URL alerts link to' },
]

/**
 * `logward notify`: evaluate the alert rules on a saved analysis (report.json) and send what is due to
 * Slack and Jira. Until the alert settings are part of the config schema, this command reads them itself:
 * flags > LOGWARD_* environment > config file > defaults.
 */
export function registerNotifyCommand(program: Command): void {
  const command = program
    .command('notify')
    .description('Send alerts for a judged run: rules over report.json → Slack messages and Jira issues.')
    .addOption(new Option('--analysis <file>', 'the report.json `analyze` wrote').default(DEFAULT_ANALYSIS))
    .addOption(
      new Option('--alerts <file>', 'alert rules (YAML: `alerts:` list); default: `alerts` in logward.yml'),
    )
    .addOption(new Option('--dry-run', 'print what would be sent; send nothing, write no state'))
    .addOption(new Option('--json', 'print the result as JSON'))
  for (const f of SETTING_FLAGS) {
    const env = NOTIFY_ENV[f.key]
    const option = new Option(`--${f.key} ${f.arg}`, `${f.description}${env ? ` [env ${env}]` : ''}`)
    if (f.key === 'jira-components') option.argParser(collect)
    command.addOption(option)
  }
  command
    .addOption(new Option('--config <file>', 'config file (default: ./logward.yml when present)'))
    .addOption(
      new Option('--log-level <level>', 'diagnostics on stderr').choices(['debug', 'info', 'warn', 'error']),
    )
    .addHelpText(
      'after',
      `
Rules (logward.yml or --alerts file):
  alerts:
    - name: tests-failing
      when: { failed-tests: '>0' }
      channels: [slack, jira]
      severity: critical
      cooldown: 6h

Examples:
  $ LOGWARD_SLACK_TOKEN=xoxb-… LOGWARD_SLACK_CHANNEL=C0123 logward notify --analysis logward-report/report.json
  $ logward notify --alerts alerts.yml --dry-run

Exit codes: 0 sent (or nothing to send), 1 some alerts could not be sent, 2 usage or configuration.`,
    )
  command.action(async (opts: Record<string, unknown>) => {
    const file = readConfigFile(opts.config as string | undefined)
    const level = (opts.logLevel as LogLevelName | undefined) ?? fileLogLevel(file?.values) ?? 'info'
    const logger = createLogger(stderrSink, level)
    const flags: Partial<Record<NotifySettingKey, unknown>> = {}
    for (const f of SETTING_FLAGS) flags[f.key] = opts[camel(f.key)]
    if (typeof opts.alerts === 'string') flags.alerts = await readRules(opts.alerts)
    const settings = resolveNotifySettings({
      flags,
      env: process.env,
      ...(file ? { file: file.values, fileName: file.path } : {}),
    })
    const analysis = await readAnalysis(opts.analysis as string)
    if (settings.alerts.length === 0) {
      throw new ConfigError('no alert rules', {
        hint: 'add `alerts:` to logward.yml or pass --alerts <file> (see `logward notify --help`)',
      })
    }
    const result = await sendAlerts(analysis, settings, {
      logger,
      dryRun: Boolean(opts.dryRun),
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
    })
    process.stdout.write(opts.json ? JSON.stringify(jsonResult(result), null, 2) + '\n' : textResult(result))
    if (result.errors.length > 0) process.exitCode = ExitCode.verdictFailed
  })
}

/** The config file's alert settings only: the rest of it is the schema's business. */
function readConfigFile(
  given: string | undefined,
): { path: string; values: Record<string, unknown> } | undefined {
  const path = given ? resolve(given) : DEFAULT_CONFIG_FILES.map((n) => resolve(n)).find((p) => existsSync(p))
  if (!path) return undefined
  if (!existsSync(path))
    throw new ConfigError(`config file ${given} does not exist`, { hint: 'check --config' })
  return { path, values: (parseYaml(path, readFileText(path)) ?? {}) as Record<string, unknown> }
}

function fileLogLevel(values: Record<string, unknown> | undefined): LogLevelName | undefined {
  const v = values?.['log-level']
  return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' ? v : undefined
}

async function readRules(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `cannot read alert rules ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      {
        hint: 'check the path given to --alerts',
      },
    )
  }
  return parseAlertRulesText(text, path)
}

async function readAnalysis(path: string): Promise<RunAnalysis> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      hint: 'run `logward analyze` first, or pass --analysis <report.json>',
    })
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError(path, 'not JSON', { hint: 'pass the report.json that `logward analyze` wrote' })
  }
  const a = value as Partial<RunAnalysis>
  if (a?.version !== 1 || !a.verdict || !a.tests || !a.logs || !a.ci) {
    throw new InputError(path, 'not a logward analysis (version 1)', {
      hint: 'pass the report.json that `logward analyze` wrote',
    })
  }
  return value as RunAnalysis
}

function textResult(r: NotifyResult): string {
  if (r.triggered.length === 0) return 'no alert rule fired\n'
  const lines = r.triggered.map(
    (t) => `rule "${t.rule}" fired (${t.matched.join(', ')}): ${t.subjects} alert(s)`,
  )
  for (const a of r.actions) lines.push(actionLine(a))
  if (r.stateWritten) lines.push(`state: ${r.stateWritten}`)
  return lines.join('\n') + '\n'
}

function actionLine(a: NotifyAction): string {
  const verbs = {
    post: ['posted', 'would post', 'could not post'],
    reply: ['replied in thread', 'would reply in thread', 'could not reply in thread'],
    create: ['created', 'would create an issue', 'could not create an issue'],
    comment: ['commented on', 'would comment on', 'could not comment on'],
    suppress: ['not sent (cooldown)', 'not sent (cooldown)', 'not sent (cooldown)'],
  }[a.type]
  const verb = verbs[a.ok ? (a.dryRun ? 1 : 0) : 2]
  const what = `${a.channel}: ${verb}${a.target ? ` ${a.target}` : ''} — rule "${a.rule}", ${a.fingerprints.length} alert(s)`
  const note = a.note ? `\n    ${a.note.replace(/\n/g, '\n    ')}` : ''
  const payload = (a.payload ?? {}) as { text?: unknown; summary?: unknown }
  const preview =
    typeof payload.text === 'string'
      ? `\n    message: ${payload.text}`
      : typeof payload.summary === 'string'
        ? `\n    summary: ${payload.summary}`
        : ''
  return `${what}${preview}${note}`
}

function jsonResult(r: NotifyResult): unknown {
  return { ...r, errors: r.errors.map((e) => describeError(e)) }
}

function readFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    )
  }
}

function parseYaml(path: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    const line = doc.errors[0]!.linePos?.[0]?.line
    throw new ConfigError(`${path}${line ? `:${line}` : ''}: invalid YAML`, {
      hint: "quote alert thresholds ('>0'): an unquoted > starts a folded block in YAML",
    })
  }
  const values = doc.toJS() as unknown
  if (values !== null && values !== undefined && (typeof values !== 'object' || Array.isArray(values)))
    throw new ConfigError(`${path}: the config file must be a mapping of settings (key: value)`)
  // Only the alert settings are read here; the rest is validated by the commands that use it.
  return Object.fromEntries(
    Object.entries((values ?? {}) as Record<string, unknown>).filter(
      ([k]) => k in notifySettingsSchema.shape || k === 'log-level',
    ),
  )
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
]
