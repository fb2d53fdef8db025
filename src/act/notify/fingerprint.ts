import { createHash } from 'node:crypto'

export type SubjectKind = 'test' | 'template' | 'run'

/**
 * What makes two alerts "the same" across runs: the rule, the kind of thing that failed and its stable
 * key (a test's class and name, a template id, or `run` for run-wide conditions), within a scope (the
 * repository, so that two repositories sharing one Jira project never comment on each other's issues).
 * 16 hex digits (64 bits) keep the Jira label `logward-<fp>` short with no realistic collision.
 */
export function alertFingerprint(scope: string, rule: string, kind: SubjectKind, key: string): string {
  return createHash('sha256').update(`${scope}|${rule}|${kind}|${key}`).digest('hex').slice(0, 16)
}

/** The Jira label that finds an alert's open issue with JQL. */
export function fingerprintLabel(fp: string): string {
  return `logward-${fp}`
}
