import { createClient, type Client } from 'jira.js/core'
import { ConfigError } from '../../../core/errors.js'
import type { Logger } from '../../../core/logger.js'
import { retry, type RetryOptions } from '../../../core/retry.js'
import { retryAfterOf, type AlertDeliveryError } from '../errors.js'
import type { Severity } from '../rules.js'
import { toAdf, toWiki, type DocBlock } from './document.js'
import { jiraError, type JiraFlavor } from './errors.js'

export interface JiraOptions {
  /** `jira-url`: the site root, e.g. https://acme.atlassian.net or https://jira.acme.com/jira. */
  url: string
  /** `jira-email`: given → Jira Cloud (basic auth with an API token, REST v3, ADF); absent → Server/DC. */
  email?: string
  /** `jira-token`: a Cloud API token, or a Server/DC personal access token (sent as Bearer). */
  token: string
  project: string
  issueType?: string
  components?: readonly string[]
  /** Severity → Jira priority name. Default critical → Highest, major → High, minor → Low. */
  priorities?: Partial<Record<Severity, string>>
  logger?: Logger
  retry?: RetryOptions
}

export interface NewIssue {
  summary: string
  description: DocBlock[]
  labels: string[]
  severity: Severity
}

export const DEFAULT_PRIORITIES: Record<Severity, string> = {
  critical: 'Highest',
  major: 'High',
  minor: 'Low',
}

const PAGE_SIZE = 100
const LABELS_PER_QUERY = 50
const MAX_PAGES = 20

interface SearchIssue {
  key: string
  fields?: { labels?: string[] }
}

/**
 * The few Jira calls alerting needs, on both flavours:
 *
 * - Cloud: basic auth (email + API token), REST v3 with ADF bodies, and `POST /rest/api/3/search/jql`
 *   (token pagination) — Atlassian removed `/rest/api/{2,3}/search` from Cloud in 2025 (CHANGE-2046).
 * - Server / Data Center: a personal access token as Bearer, REST v2 with wiki markup bodies, and
 *   `POST /rest/api/2/search` (startAt/maxResults/total pagination).
 *
 * jira.js supplies the transport (fetch, auth headers, typed HTTP errors); the paths are written here
 * because its typed API covers Jira Cloud only. Its own retries are off: logward's `retry` runs them.
 */
export class JiraAlertClient {
  readonly flavor: JiraFlavor
  private readonly client: Client
  private readonly api: '2' | '3'

  constructor(private readonly options: JiraOptions) {
    this.flavor = options.email ? 'cloud' : 'server'
    this.api = this.flavor === 'cloud' ? '3' : '2'
    try {
      this.client = createClient({
        host: options.url,
        auth: options.email
          ? { type: 'basic', email: options.email, apiToken: options.token }
          : { type: 'bearer', token: options.token },
        retry: { maxAttempts: 1 },
        onSchemaMismatch: 'silent',
      })
    } catch (error) {
      // jira.js validates its config with zod; the issue path names the field, never its value.
      const field = String((error as { issues?: { path?: unknown[] }[] }).issues?.[0]?.path?.at(-1) ?? '')
      const setting = field === 'email' ? 'jira-email' : field === 'host' ? 'jira-url' : 'jira-token'
      throw new ConfigError(`${setting} is not valid for the Jira client`, {
        hint: `check ${setting} (${setting === 'jira-email' ? 'an email address' : setting === 'jira-url' ? 'an http(s) URL' : 'a non-empty token'})`,
      })
    }
  }

  /**
   * The oldest open issue (status category not Done) of the project carrying each label, found with one
   * JQL query per 50 labels rather than one per alert.
   */
  async findOpenIssues(labels: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    const wanted = new Set(labels)
    for (let i = 0; i < labels.length; i += LABELS_PER_QUERY) {
      const chunk = labels.slice(i, i + LABELS_PER_QUERY)
      const jql =
        `project = ${jqlString(this.options.project)} AND labels in (${chunk.map(jqlString).join(', ')}) ` +
        `AND statusCategory != Done ORDER BY created ASC`
      for (const issue of await this.search(jql)) {
        for (const label of issue.fields?.labels ?? []) {
          if (wanted.has(label) && !found.has(label)) found.set(label, issue.key)
        }
      }
    }
    return found
  }

  /** Whether the issue exists and is not Done; `false` for a deleted or invisible issue. */
  async isOpen(key: string): Promise<boolean> {
    try {
      const issue = await this.call<{ fields?: { status?: { statusCategory?: { key?: string } } } }>(
        'get issue',
        true,
        {
          url: `/rest/api/${this.api}/issue/${encodeURIComponent(key)}`,
          method: 'GET',
          searchParams: { fields: 'status' },
        },
      )
      return issue?.fields?.status?.statusCategory?.key !== 'done'
    } catch (error) {
      if ((error as AlertDeliveryError).code === '404') return false
      throw error
    }
  }

  async createIssue(issue: NewIssue): Promise<string> {
    const priority = { ...DEFAULT_PRIORITIES, ...this.options.priorities }[issue.severity]
    const fields: Record<string, unknown> = {
      project: { key: this.options.project },
      issuetype: { name: this.options.issueType ?? 'Bug' },
      summary: issue.summary,
      description: this.body(issue.description),
      labels: issue.labels,
      priority: { name: priority },
      ...(this.options.components?.length
        ? { components: this.options.components.map((name) => ({ name })) }
        : {}),
    }
    try {
      return await this.postIssue(fields)
    } catch (error) {
      // Many projects keep `priority` off the create screen; the issue matters more than its priority.
      if ((error as AlertDeliveryError).fields?.priority !== undefined) {
        this.options.logger?.warn(
          `Jira project ${this.options.project} does not take priority "${priority}" on create; creating the issue without it`,
        )
        delete fields.priority
        return await this.postIssue(fields)
      }
      throw error
    }
  }

  async addComment(key: string, body: DocBlock[]): Promise<void> {
    await this.call('comment', false, {
      url: `/rest/api/${this.api}/issue/${encodeURIComponent(key)}/comment`,
      method: 'POST',
      body: { body: this.body(body) },
    })
  }

  /** Cloud v3 takes ADF only; Server/DC v2 takes wiki markup. */
  private body(blocks: DocBlock[]): unknown {
    return this.flavor === 'cloud' ? toAdf(blocks) : toWiki(blocks)
  }

  private async postIssue(fields: Record<string, unknown>): Promise<string> {
    const created = await this.call<{ key?: string }>('create issue', false, {
      url: `/rest/api/${this.api}/issue`,
      method: 'POST',
      body: { fields },
    })
    if (!created?.key)
      throw jiraError({ status: 502, body: 'no issue key in the answer' }, 'create issue', this.ctx(false))
    return created.key
  }

  private async search(jql: string): Promise<SearchIssue[]> {
    const issues: SearchIssue[] = []
    const fields = ['labels', 'status', 'created']
    if (this.flavor === 'cloud') {
      let nextPageToken: string | undefined
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await this.call<{ issues?: SearchIssue[]; nextPageToken?: string; isLast?: boolean }>(
          'search',
          true,
          {
            url: '/rest/api/3/search/jql',
            method: 'POST',
            body: { jql, fields, maxResults: PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
          },
        )
        issues.push(...(res?.issues ?? []))
        nextPageToken = res?.nextPageToken
        if (!nextPageToken || res?.isLast) break
      }
      return issues
    }
    let startAt = 0
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await this.call<{ issues?: SearchIssue[]; total?: number }>('search', true, {
        url: '/rest/api/2/search',
        method: 'POST',
        body: { jql, fields, startAt, maxResults: PAGE_SIZE },
      })
      const got = res?.issues ?? []
      issues.push(...got)
      startAt += got.length
      if (got.length === 0 || startAt >= (res?.total ?? 0)) break
    }
    return issues
  }

  private ctx(idempotent: boolean) {
    return { flavor: this.flavor, project: this.options.project, idempotent }
  }

  private call<T>(
    name: string,
    idempotent: boolean,
    request: { url: string; method: 'GET' | 'POST'; body?: unknown; searchParams?: Record<string, string> },
  ): Promise<T> {
    const logger = this.options.logger
    return retry(
      async () => {
        try {
          return await this.client.sendRequest<T>(request)
        } catch (error) {
          throw jiraError(error, name, this.ctx(idempotent))
        }
      },
      {
        retries: 5,
        initialDelayMs: 1000,
        maxDelayMs: 30_000,
        maxElapsedMs: 120_000,
        retryAfterMs: retryAfterOf,
        onRetry: (error, attempt, delay) =>
          logger?.warn(
            `Jira ${name}: HTTP ${(error as AlertDeliveryError).code}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt})`,
          ),
        ...this.options.retry,
      },
    )
  }
}

/** A JQL string literal: double quotes, with `"` and `\` escaped. */
function jqlString(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`
}
