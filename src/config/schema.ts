import { z } from 'zod'
import { GRAFANA_SETTINGS, KIBANA_SETTINGS } from '../act/dashboards/settings.js'
import { NOTIFY_ENV, notifySettingsSchema, SECRET_SETTINGS } from '../act/notify/settings.js'
import { PIPELINE_ENV_VARS, PIPELINE_SETTINGS } from '../pipeline/consume/pipeline-settings.js'

/**
 * The one schema for logward's settings. The same kebab-case names are used in the config file
 * (`logward.yml`), as CLI flags (`--max-record-bytes`) and as action inputs (`max-record-bytes`), so a
 * setting is learned once. `docs/configuration.md` is generated from this file (`npm run docs:config`)
 * and a test fails when it is stale. Later stages add their sections here.
 */
const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz })
      return true
    } catch {
      return false
    }
  },
  { message: 'not a known time zone (use an IANA name such as UTC or Europe/Berlin)' },
)

/** Dashboard connection settings (src/act/dashboards/settings.ts): optional strings, one name everywhere. */
const dashboardSettings = Object.fromEntries(
  [...KIBANA_SETTINGS, ...GRAFANA_SETTINGS].map((d) => [
    d.key,
    z.string().min(1).optional().describe(d.description),
  ]),
) as Record<
  (typeof KIBANA_SETTINGS)[number]['key'] | (typeof GRAFANA_SETTINGS)[number]['key'],
  z.ZodOptional<z.ZodString>
>

export const configSchema = z.strictObject({
  ...notifySettingsSchema.shape,
  ...dashboardSettings,
  ...PIPELINE_SETTINGS,
  paths: z
    .array(z.string().min(1))
    .default([])
    .describe('Log inputs: files, globs, directories (read recursively) or `-` for stdin.'),
  reports: z
    .array(z.string().min(1))
    .default([])
    .describe('Test reports (JUnit XML and its dialects, TRX, NUnit): files or globs.'),
  framing: z
    .enum(['multiline', 'line'])
    .default('multiline')
    .describe(
      'How physical lines become records: `multiline` folds stack traces and indented continuation lines into the record they belong to; `line` makes every line a record.',
    ),
  'max-record-bytes': z
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024)
    .describe(
      'Longest record kept, in bytes. Longer lines and records are cut there and marked `logward.truncated`, never dropped.',
    ),
  'max-decompressed-bytes': z
    .number()
    .int()
    .min(1024 * 1024)
    .default(10 * 1024 * 1024 * 1024)
    .describe(
      'Largest size a gzip input may expand to; past it the input is stopped with an error (gzip-bomb guard).',
    ),
  timezone: timezone
    .default('UTC')
    .describe(
      'Time zone for timestamps written without an offset (IANA name). Timestamps with an offset are converted to UTC.',
    ),
  service: z
    .string()
    .min(1)
    .optional()
    .describe('`service.name` for records that do not name their service.'),
  host: z.string().min(1).optional().describe('`host.name` for records that do not name their host.'),
  'redact-patterns': z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Extra regular expressions whose matches are replaced with `[REDACTED]`, on top of the built-in detectors (tokens, keys, passwords, JWTs, private keys, Authorization headers).',
    ),
  secrets: z
    .array(z.string())
    .default([])
    .describe(
      'Literal secret values to redact wherever they appear. In the action, pass `${{ toJSON(secrets) }}`; every value is also masked in the runner log.',
    ),
  repository: z
    .string()
    .optional()
    .describe('CI context: `owner/name` of the repository (default: from the CI environment).'),
  sha: z.string().optional().describe('CI context: commit SHA (default: from the CI environment).'),
  ref: z.string().optional().describe('CI context: git ref (default: from the CI environment).'),
  'run-id': z
    .string()
    .optional()
    .describe('CI context: workflow run or pipeline id (default: from the CI environment).'),
  job: z.string().optional().describe('CI context: job name (default: from the CI environment).'),
  pr: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('CI context: pull request number (default: from the CI event).'),
  environment: z.string().optional().describe('CI context: deployment environment, e.g. `staging`.'),
  baseline: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Passing runs to compare this run against: a baseline model directory written by `logward baseline learn` (has `baseline.json`); logs (files, globs, directories; each match is one run), learned on the fly; or past runs the pipeline stored: `elasticsearch:` (the indices `consume` writes), `hdfs:` or `hdfs:/ROOT` (the HDFS lake), `lake:DIR` (a local lake such as `.logward`), the newest `baseline-runs` of the same repository, workflow and job. Findings: new templates, frequency shifts, error bursts and (with a model and `session-field`/`session-regex`) anomalous sessions.',
    ),
  'baseline-runs': z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(20)
    .describe(
      'With a `baseline` read from a store (`elasticsearch:`, `hdfs:`, `lake:DIR`, or `baseline learn --from-*`): the newest runs to learn from.',
    ),
  'baseline-ref': z
    .string()
    .optional()
    .describe(
      'With a `baseline` read from a store: only past runs of this ref (e.g. `refs/heads/main`); by default the runs of the same repository, workflow and job as this run, whatever their ref.',
    ),
  'session-field': z
    .string()
    .regex(/^[A-Za-z0-9_@.]+$/, 'a record field path such as `trace.id` or `labels.request_id`')
    .optional()
    .describe(
      "Group records into sessions by this field (a dotted path into the record, e.g. `trace.id`, `labels.request_id`); sessions are scored with the baseline model's sequence model.",
    ),
  'session-regex': z
    .string()
    .refine(isRegexWithCapture, 'a regular expression with one capture group, e.g. `(blk_-?\\d+)`')
    .optional()
    .describe(
      'Group records into sessions by the first capture group of this regular expression, matched against the message (e.g. `(blk_-?\\d+)` for HDFS blocks). Used when `session-field` is not set or not present.',
    ),
  history: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'report.json files of earlier runs (files or globs), e.g. earlier attempts of this workflow: a failing test that passed in an earlier run of the same commit is reported as flaky, not as a failure. Runs of other commits are ignored.',
    ),
  'fail-on': z
    .enum(['errors', 'test-failures', 'new-error-templates', 'never'])
    .default('test-failures')
    .describe(
      '`analyze` exits 1 (the action fails the step) on: `test-failures` (failed or errored tests), `errors` (those, or any error record), `new-error-templates` (error templates the baseline never had), or `never`.',
    ),
  out: z
    .string()
    .min(1)
    .default('logward-report')
    .describe('Directory `analyze` writes summary.md, report.html and report.json to.'),
  store: z
    .string()
    .min(1)
    .default('.logward')
    .describe(
      'Directory of the embedded store: the local lake (`raw/dt=…/service=…/part-….ndjson.gz`) and the search index (`index.sqlite`) that `logward search` reads.',
    ),
  'store-records': z
    .boolean()
    .default(true)
    .describe(
      "Whether `analyze` writes the run's records to the embedded store (`--no-store-records` to skip).",
    ),
  'github-token': z
    .string()
    .min(1)
    .optional()
    .describe(
      'Token for the GitHub API: the PR comment, the check run, the run logs. In the action pass `${{ github.token }}` (the default). Redacted everywhere.',
    ),
  'github-api-url': z
    .string()
    .url()
    .optional()
    .describe(
      'GitHub API base URL (GitHub Enterprise Server: `https://HOST/api/v3`). Default: api.github.com.',
    ),
  'pr-comment': z
    .boolean()
    .default(true)
    .describe(
      'Post (then edit) one PR comment per workflow and job with the verdict, failing tests, root causes and deltas against the base branch.',
    ),
  'check-run': z
    .boolean()
    .default(true)
    .describe(
      "Create a check run with annotations on the failing tests' files and lines; it also keeps the digest later PRs compare against.",
    ),
  'github-run': z
    .string()
    .optional()
    .describe(
      "Also analyse the logs of a workflow run's completed jobs, downloaded through the API: a run id, or `current` (this run; for a last job with `needs:` and `if: failure()`).",
    ),
  'log-level': z
    .enum(['debug', 'info', 'warn', 'error'])
    .default('info')
    .describe("logward's own diagnostics: how much it says on stderr (or in the runner log)."),
})

/** Settings as written (file, flags, inputs): everything optional. */
export type ConfigInput = z.input<typeof configSchema>
/** Settings after validation and defaults, frozen. */
export type LogwardConfig = Readonly<z.output<typeof configSchema>>
export type ConfigKey = keyof z.output<typeof configSchema>

export const CONFIG_KEYS = Object.keys(configSchema.shape) as ConfigKey[]

/**
 * Settings that can also come from an environment variable (connection settings and tokens), so the same
 * run works from a workflow, a shell or another CI. Precedence: defaults < config file < environment <
 * flags and inputs.
 */
export const ENV_VARS: Partial<Record<ConfigKey, string>> = {
  service: 'LOGWARD_SERVICE',
  environment: 'LOGWARD_ENVIRONMENT',
  'github-token': 'GITHUB_TOKEN',
  'github-api-url': 'GITHUB_API_URL',
  ...NOTIFY_ENV,
  ...PIPELINE_ENV_VARS,
  ...Object.fromEntries([...KIBANA_SETTINGS, ...GRAFANA_SETTINGS].map((d) => [d.key, d.env])),
}

/**
 * Settings whose values are credentials: added to `secrets` when loaded, so they are redacted wherever
 * they appear (and masked in the runner log by the action).
 */
export const SECRET_KEYS: readonly ConfigKey[] = [
  'github-token',
  'kafka-sasl-password',
  'elasticsearch-api-key',
  'elasticsearch-password',
  'webhdfs-token',
  ...SECRET_SETTINGS,
  ...[...KIBANA_SETTINGS, ...GRAFANA_SETTINGS].filter((d) => 'secret' in d && d.secret).map((d) => d.key),
]

function isRegexWithCapture(source: string): boolean {
  try {
    // An empty alternative matches anything, so the number of groups shows on an empty string's match.
    return (new RegExp(`${source}|`).exec('')?.length ?? 0) > 1
  } catch {
    return false
  }
}
