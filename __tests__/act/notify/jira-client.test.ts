import { afterEach, describe, expect, it } from 'vitest'
import { AlertDeliveryError } from '../../../src/act/notify/errors.js'
import { JiraAlertClient, type JiraOptions } from '../../../src/act/notify/jira/client.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { startFakeJira, type FakeJira, type FakeJiraOptions } from '../../helpers/fake-jira.js'

const FAST = { retries: 4, initialDelayMs: 1, maxDelayMs: 5 }
const ISSUE = {
  summary: '[logward] r: X fails',
  description: [{ type: 'paragraph' as const, content: [{ text: 'hello' }] }],
  labels: ['logward', 'logward-0123456789abcdef'],
  severity: 'critical' as const,
}

let jira: FakeJira | undefined
afterEach(async () => {
  await jira?.close()
  jira = undefined
})

async function setup(fake: Partial<FakeJiraOptions> = {}, client: Partial<JiraOptions> = {}) {
  const flavor = fake.flavor ?? 'cloud'
  jira = await startFakeJira({
    flavor,
    token: 'tok',
    ...(flavor === 'cloud' ? { email: 'ci@acme.test' } : {}),
    ...fake,
  })
  return new JiraAlertClient({
    url: jira.url,
    token: 'tok',
    ...(flavor === 'cloud' ? { email: 'ci@acme.test' } : {}),
    project: 'OPS',
    retry: FAST,
    ...client,
  })
}

async function failure(promise: Promise<unknown>): Promise<AlertDeliveryError> {
  const e = await promise.then(
    () => undefined,
    (x: unknown) => x,
  )
  expect(e).toBeInstanceOf(AlertDeliveryError)
  return e as AlertDeliveryError
}

describe('Jira client', () => {
  it('Cloud: basic auth, v3 + ADF; Server/DC: Bearer, v2 + wiki', async () => {
    const cloud = await setup()
    expect(cloud.flavor).toBe('cloud')
    await cloud.createIssue(ISSUE)
    expect(jira!.issues[0]).toMatchObject({ api: '3', priority: 'Highest', description: { type: 'doc' } })
    await jira!.close()
    const server = await setup({ flavor: 'server' })
    expect(server.flavor).toBe('server')
    await server.createIssue(ISSUE)
    expect(jira!.issues[0]).toMatchObject({ api: '2', description: 'hello' })
  })

  it('400 with `errors` names the field and hints at the setting', async () => {
    const client = await setup({}, { issueType: 'Incident', components: ['api'] })
    const e = await failure(client.createIssue(ISSUE))
    expect(e.message).toBe(
      "Jira create issue failed: HTTP 400: issuetype: Specify a valid issue type; components: Component name 'api' is not valid",
    )
    expect(e.fields).toMatchObject({ issuetype: expect.any(String), components: expect.any(String) })
    expect(e.hint).toMatch(/jira-issue-type/)
    expect(e.retriable).toBe(false)
  })

  it('a project without priority on its create screen gets the issue without one', async () => {
    const logger = memoryLogger()
    const client = await setup({ priorities: null }, { logger })
    const key = await client.createIssue(ISSUE)
    expect(jira!.issue(key)!.priority).toBeUndefined()
    expect(logger.entries.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      'Jira project OPS does not take priority "Highest" on create; creating the issue without it',
    ])
  })

  it('401, 403 and 404 say what to check', async () => {
    const bad = await setup({}, { token: 'wrong' })
    const e401 = await failure(bad.findOpenIssues(['logward-x']))
    expect(e401.code).toBe('401')
    expect(e401.hint).toMatch(/jira-email and jira-token/)
    await jira!.close()
    const badPat = await setup({ flavor: 'server' }, { token: 'wrong' })
    expect((await failure(badPat.createIssue(ISSUE))).hint).toMatch(/personal access token/)
    await jira!.close()
    const forbidden = await setup({ forbiddenProjects: ['OPS'] })
    const e403 = await failure(forbidden.createIssue(ISSUE))
    expect(e403.message).toMatch(/HTTP 403: You do not have permission to create issues/)
    expect(e403.hint).toMatch(/Create Issues/)
    const ok = await setup()
    const e404 = await failure(ok.addComment('OPS-999', ISSUE.description))
    expect(e404.hint).toMatch(/deleted or moved/)
    const wrongUrl = new JiraAlertClient({
      url: `${jira!.url}/jira`,
      token: 'tok',
      email: 'ci@acme.test',
      project: 'OPS',
      retry: FAST,
    })
    expect((await failure(wrongUrl.findOpenIssues(['x']))).hint).toMatch(/site root/)
  })

  it('a bad project in JQL is a 400 that points at jira-project', async () => {
    const client = await setup({}, { project: 'NOPE' })
    const e = await failure(client.findOpenIssues(['logward-x']))
    expect(e.message).toMatch(/The value 'NOPE' does not exist for the field 'project'/)
    expect(e.hint).toMatch(/jira-project/)
  })

  it('429 is retried after Retry-After; 5xx only for idempotent calls', async () => {
    const client = await setup()
    jira!.failNext(429, 2, { 'retry-after': '0' })
    await client.createIssue(ISSUE)
    expect(jira!.issues).toHaveLength(1)
    jira!.failNext(503, 2)
    expect(await client.findOpenIssues(['logward-0123456789abcdef'])).toEqual(
      new Map([['logward-0123456789abcdef', 'OPS-1']]),
    )
    jira!.failNext(503, 1)
    const e = await failure(client.createIssue(ISSUE))
    expect(e.code).toBe('503')
    expect(e.retriable).toBe(false)
    expect(jira!.issues).toHaveLength(1)
  })

  it('finds the oldest open issue per label, and checks a remembered issue the search has not indexed', async () => {
    const client = await setup({ searchLag: true })
    const key = await client.createIssue(ISSUE)
    expect(await client.findOpenIssues(ISSUE.labels)).toEqual(new Map())
    expect(await client.isOpen(key)).toBe(true)
    jira!.resolve(key)
    expect(await client.isOpen(key)).toBe(false)
    expect(await client.isOpen('OPS-404')).toBe(false)
    jira!.reindex()
    const open = jira!.seed({ project: 'OPS', labels: ['logward-0123456789abcdef'] })
    jira!.seed({ project: 'OPS', labels: ['logward-0123456789abcdef'] })
    expect(await client.findOpenIssues(['logward-0123456789abcdef'])).toEqual(
      new Map([['logward-0123456789abcdef', open.key]]),
    )
  })

  it('Cloud never calls the removed /rest/api/3/search', async () => {
    const client = await setup()
    await client.findOpenIssues(['logward-a', 'logward-b'])
    expect(jira!.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /rest/api/3/search/jql 200',
    ])
    const body = JSON.parse(jira!.requests[0]!.body) as { jql: string }
    expect(body.jql).toBe(
      'project = "OPS" AND labels in ("logward-a", "logward-b") AND statusCategory != Done ORDER BY created ASC',
    )
  })
})
