import type { CiContext } from '../../core/record.js'

export interface AlertLinks {
  run?: string
  pr?: string
  kibana?: string
}

/**
 * Links an alert offers: the CI run and the pull request (built from the CI context on GitHub; other CIs
 * pass them in `given`), and Kibana when a URL is configured. Only http(s) URLs are kept: they end up in
 * Slack mrkdwn and Jira markup, where anything else could inject formatting.
 */
export function alertLinks(
  ci: CiContext,
  given: AlertLinks = {},
  serverUrl = 'https://github.com',
): AlertLinks {
  const base = serverUrl.replace(/\/+$/, '')
  const github = ci.provider === 'github-actions' && ci.repository
  const run =
    given.run ?? (github && ci.run_id ? `${base}/${ci.repository}/actions/runs/${ci.run_id}` : undefined)
  const pr = given.pr ?? (github && ci.pr ? `${base}/${ci.repository}/pull/${ci.pr}` : undefined)
  const out: AlertLinks = {}
  for (const [k, v] of Object.entries({ run, pr, kibana: given.kibana })) {
    if (isSafeUrl(v)) out[k as keyof AlertLinks] = v
  }
  return out
}

/** An http(s) URL with nothing that Slack mrkdwn (`<url|text>`) or Jira markup (`[text|url]`) would read. */
export function isSafeUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s<>|[\]{}]+$/.test(url)
}
