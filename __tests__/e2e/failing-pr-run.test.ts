import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { startFakeJira, type FakeJira } from '../helpers/fake-jira.js'
import { FakeKibana } from '../helpers/fake-kibana.js'
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js'
import { runDist } from '../helpers/run-dist.js'

// Distinctive credentials: a leak anywhere is found by a substring search.
const GITHUB_TOKEN = 'ghs_E2eInstallationToken0000000000000001'
const SLACK_TOKEN = 'xoxb-e2e-0000000001-slacktokenvalue'
const JIRA_TOKEN = 'jira-e2e-api-token-value-0001'
const KIBANA_KEY = 'a2liYW5hLWUyZS1hcGkta2V5LXZhbHVl'
const TOKENS = [GITHUB_TOKEN, SLACK_TOKEN, JIRA_TOKEN, KIBANA_KEY]

const ALERTS = `
- name: failing-tests
  when: { failed-tests: '>0' }
  channels: [slack, jira]
  severity: critical
  cooldown: 6h
`

/**
 * The issue's end-to-end scenario: the built dist/ run the way the runner runs it, twice, for a failing
 * pull-request run, against local servers that implement GitHub's, Slack's, Jira's and Kibana's APIs.
 * Expected: one PR comment (edited by the second run), one Jira issue (then a comment), one Slack
 * message (then a threaded reply), dashboards imported and unchanged by the second import, and no token
 * in any output.
 */
describe('a failing PR run, twice, through dist/ (GitHub, Slack, Jira, Kibana)', () => {
  let github: FakeGitHub
  let slack: FakeSlack
  let jira: FakeJira
  const kibana = new FakeKibana({ apiKey: KIBANA_KEY })
  let kibanaUrl = ''
  const dir = mkdtempSync(join(tmpdir(), 'logward-e2e-'))
  const outputs: string[] = []

  beforeAll(async () => {
    github = await startFakeGitHub({
      tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app' } },
    })
    slack = await startFakeSlack({ token: SLACK_TOKEN })
    jira = await startFakeJira({ flavor: 'cloud', email: 'ci@acme.test', token: JIRA_TOKEN })
    kibanaUrl = await kibana.start()
    writeFileSync(
      join(dir, 'event.json'),
      JSON.stringify({ pull_request: { number: 7, head: { sha: 'headsha7' } } }),
    )
  })
  afterAll(async () => {
    await Promise.all([github.close(), slack.close(), jira.close(), kibana.stop()])
  })

  function runnerEnv(run: number): Record<string, string> {
    const summary = join(dir, `summary-${run}.md`)
    const output = join(dir, `output-${run}.txt`)
    writeFileSync(summary, '')
    writeFileSync(output, '')
    return {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'mergesha7',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_RUN_ID: String(4200 + run),
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'test',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_API_URL: github.url,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
      INPUT_PATHS: 'examples/runs/failing/logs',
      INPUT_REPORTS: 'examples/runs/failing/reports/*.xml',
      INPUT_OUT: join(dir, `report-${run}`),
      INPUT_STORE: join(dir, 'store'),
      INPUT_ALERTS: ALERTS,
      'INPUT_ALERTS-STATE': join(dir, 'alerts-state.json'),
      'INPUT_SLACK-TOKEN': SLACK_TOKEN,
      'INPUT_SLACK-CHANNEL': 'C0ALERTS',
      'INPUT_SLACK-API-URL': `${slack.apiUrl.replace(/\/$/, '')}/`,
      'INPUT_JIRA-URL': jira.url,
      'INPUT_JIRA-EMAIL': 'ci@acme.test',
      'INPUT_JIRA-TOKEN': JIRA_TOKEN,
      'INPUT_JIRA-PROJECT': 'OPS',
    }
  }

  it('first run: creates the comment, the check run, one Slack message and one Jira issue; fails the step', async () => {
    const r = await runDist('action', [], { env: runnerEnv(1) })
    outputs.push(r.stdout, r.stderr, readFileSync(join(dir, 'summary-1.md'), 'utf8'))
    expect(r.stdout).toMatch(/::error::FAIL: 1 test failed/)
    expect(r.code).toBe(1)
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.comments.get(7)![0]!.body).toMatch(/reservesStock/)
    expect(github.checkRuns.length).toBeGreaterThanOrEqual(1)
    expect(slack.topLevel()).toHaveLength(1)
    expect(jira.issues).toHaveLength(1)
    expect(jira.issues[0]!.comments).toHaveLength(0)
  })

  it('second run: edits the same comment, replies in the Slack thread, comments on the Jira issue', async () => {
    const firstComment = github.comments.get(7)![0]!
    const r = await runDist('action', [], { env: runnerEnv(2) })
    outputs.push(r.stdout, r.stderr, readFileSync(join(dir, 'summary-2.md'), 'utf8'))
    expect(r.code).toBe(1)
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.comments.get(7)![0]!.id).toBe(firstComment.id)
    expect(github.calls('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
    const [top] = slack.topLevel()
    expect(slack.topLevel()).toHaveLength(1)
    expect(slack.replies(top!.ts)).toHaveLength(1)
    expect(jira.issues).toHaveLength(1)
    expect(jira.issues[0]!.comments).toHaveLength(1)
  })

  it('imports the dashboards twice with the kibana action; the second import changes nothing', async () => {
    const env = {
      'INPUT_KIBANA-URL': kibanaUrl,
      'INPUT_KIBANA-API-KEY': KIBANA_KEY,
      GITHUB_OUTPUT: join(dir, 'kibana-output.txt'),
    }
    writeFileSync(env.GITHUB_OUTPUT, '')
    const first = await runDist('kibana', [], { env })
    outputs.push(first.stdout, first.stderr)
    expect(first.code).toBe(0)
    const before = kibana.snapshot()
    expect(before.some((o) => o.startsWith('dashboard:'))).toBe(true)
    const second = await runDist('kibana', [], { env })
    outputs.push(second.stdout, second.stderr)
    expect(second.code).toBe(0)
    expect(kibana.snapshot()).toEqual(before)
  })

  it('never leaks a token: outputs, summaries, reports, the store and the alert state', () => {
    for (const run of [1, 2]) {
      for (const f of readdirSync(join(dir, `report-${run}`)))
        outputs.push(readFileSync(join(dir, `report-${run}`, f), 'utf8'))
    }
    outputs.push(readFileSync(join(dir, 'alerts-state.json'), 'utf8'))
    outputs.push(...github.comments.get(7)!.map((c) => c.body))
    outputs.push(
      ...slack.messages.map((m) => JSON.stringify(m)),
      ...jira.issues.map((i) => JSON.stringify(i)),
    )
    for (const text of outputs) {
      // The runner is told to mask each secret (::add-mask::); nothing else may carry one.
      const cleaned = text.replace(/^::add-mask::.*$/gm, '')
      for (const token of TOKENS)
        expect(cleaned.includes(token), `token leaked: ${cleaned.slice(0, 200)}`).toBe(false)
    }
  })
})
