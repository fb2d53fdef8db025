import { AlertDeliveryError } from '../errors.js'

export type JiraFlavor = 'cloud' | 'server'

interface JiraErrorBody {
  errorMessages?: unknown
  errors?: unknown
}

/** Field → what to check, for a 400 on issue creation. */
const FIELD_HINTS: Record<string, string> = {
  project: 'check jira-project (LOGWARD_JIRA_PROJECT): the project key, e.g. OPS',
  issuetype: 'check jira-issue-type: an issue type the project has (Bug, Task…)',
  components: 'check jira-components: components that exist in the project',
  labels: 'labels may not contain spaces; this is a bug: please report it',
  summary: 'the summary is cut to 255 characters; this is a bug: please report it',
  description: 'this is a bug in the description logward built: please report it',
}

/**
 * A jira.js error (or a fetch failure) → logward's. The message is built from the status and Jira's own
 * `errorMessages`/`errors` (field names and reasons), never from the request: the Authorization header
 * stays inside jira.js. `idempotent` calls (search, get) are retried on 5xx and network errors; creating
 * an issue or a comment only on 429, as a retry after a 5xx may duplicate what the first attempt did.
 */
export function jiraError(
  error: unknown,
  call: string,
  ctx: { flavor: JiraFlavor; project: string; idempotent: boolean },
): AlertDeliveryError {
  const e = (error ?? {}) as {
    status?: number
    body?: unknown
    retryAfterMs?: number
    code?: string
    transient?: boolean
    name?: string
  }
  if (typeof e.status !== 'number') {
    const code = e.code ?? e.name ?? 'error'
    return new AlertDeliveryError('jira', `Jira ${call} failed: cannot reach jira-url (${code})`, {
      code,
      retriable: ctx.idempotent ? e.transient !== false : code === 'ECONNREFUSED',
      hint: 'check jira-url (LOGWARD_JIRA_URL) and that the runner can reach it (proxy, firewall, VPN)',
    })
  }
  const status = e.status
  const detail = describeBody(e.body)
  const message = `Jira ${call} failed: HTTP ${status}${detail ? `: ${detail}` : ''}`
  const code = String(status)
  switch (status) {
    case 400: {
      const fields = fieldErrors(e.body)
      const hint =
        Object.keys(fields)
          .map((f) => FIELD_HINTS[f])
          .find(Boolean) ??
        (call === 'search'
          ? `check jira-project (LOGWARD_JIRA_PROJECT): JQL names project "${ctx.project}"`
          : undefined)
      return new AlertDeliveryError('jira', message, { code, hint, fields })
    }
    case 401:
      return new AlertDeliveryError('jira', message, {
        code,
        hint:
          ctx.flavor === 'cloud'
            ? 'check jira-email and jira-token (LOGWARD_JIRA_EMAIL, LOGWARD_JIRA_TOKEN): an Atlassian API token (id.atlassian.com → Security → API tokens) of that account'
            : 'check jira-token (LOGWARD_JIRA_TOKEN): a personal access token (profile → Personal Access Tokens); for Jira Cloud set jira-email too',
      })
    case 403:
      return new AlertDeliveryError('jira', message, {
        code,
        hint: `the account needs Browse, Create Issues and Add Comments in project ${ctx.project}; on Server/Data Center a CAPTCHA after failed logins also answers 403 (log in once in a browser)`,
      })
    case 404:
      return new AlertDeliveryError('jira', message, {
        code,
        hint: call.startsWith('comment')
          ? 'the issue was deleted or moved, or the account cannot see it'
          : 'check jira-url (LOGWARD_JIRA_URL): the site root, e.g. https://acme.atlassian.net, without /rest',
      })
    case 429:
      return new AlertDeliveryError('jira', message, {
        code,
        retriable: true,
        retryAfterMs: e.retryAfterMs ?? 1000,
        hint: 'Jira rate-limited the account; logward retried',
      })
    default:
      return new AlertDeliveryError('jira', message, {
        code,
        retriable: status >= 500 && ctx.idempotent,
        hint: status >= 500 ? 'Jira had a server error; try again later' : undefined,
      })
  }
}

/** `errors` of a 400: field → reason. */
export function fieldErrors(body: unknown): Record<string, string> {
  const errors = (body as JiraErrorBody | undefined)?.errors
  if (!errors || typeof errors !== 'object') return {}
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >
}

function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.length <= 200 && !/[<>]/.test(body) ? body.trim() : ''
  const messages = (body as JiraErrorBody | undefined)?.errorMessages
  const parts = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : []
  for (const [field, reason] of Object.entries(fieldErrors(body))) parts.push(`${field}: ${reason}`)
  return parts.join('; ').slice(0, 500)
}
