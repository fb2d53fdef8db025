import type { Finding, FindingSeverity } from '../model.js'

/** How much one finding moves the run score (see Findings.score). */
export const SEVERITY_WEIGHT: Record<FindingSeverity | 'infrastructure', number> = {
  infrastructure: 1,
  error: 0.5,
  warn: 0.2,
  info: 0.05,
}

/**
 * The run score, 0–100: 100 × (1 − Π(1 − w)) over the findings, as independent pieces of evidence that
 * the run is unusual. One error finding gives 50, two 75; a warn 20; an infrastructure finding 100.
 * Findings folded under the noise guard do not count again.
 */
export function runScore(findings: readonly Finding[]): number {
  let normal = 1
  for (const f of findings)
    normal *= 1 - (f.kind === 'infrastructure' ? SEVERITY_WEIGHT.infrastructure : SEVERITY_WEIGHT[f.severity])
  return Math.round(100 * (1 - normal))
}
