import type { Finding } from '../model.js'

const ORDER = { error: 0, warn: 1, info: 2 }
const KIND = ['infrastructure', 'new-templates', 'error-burst', 'anomalous-sessions', 'frequency-shift']

/** Most severe first; within a severity, in the order a person should read them. Stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || KIND.indexOf(a.kind) - KIND.indexOf(b.kind),
  )
}
