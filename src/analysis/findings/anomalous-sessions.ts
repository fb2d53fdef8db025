import { plural } from '../../core/format.js'
import type { Session } from '../collectors/sessions.js'
import type { SessionScore } from '../sequences/sequence-scorer.js'
import type { Finding } from '../model.js'

const EXAMPLES = 3
type Evidence = NonNullable<Finding['sessions']>['evidence']

/**
 * Anomalous sessions, grouped by their dominant evidence so that 300 sessions failing the same way are one
 * finding with a count and three examples: an event the baseline never had (grouped by that event's
 * template), key counts outside the normal ranges, or an unusual order (the next-key model's surprise).
 * `scores[i]` is the sequence model's verdict on `sessions[i]`.
 */
export function anomalousSessionFindings(
  sessions: readonly Session[],
  scores: readonly SessionScore[],
  templateText: (templateId: string) => string | undefined,
): Finding[] {
  const groups = new Map<string, { evidence: Evidence; sessions: { s: Session; score: SessionScore }[] }>()
  for (const [i, s] of sessions.entries()) {
    const score = scores[i]
    if (!score?.anomalous) continue
    const evidence: Evidence =
      score.unknownKeys > 0 ? 'unknown-events' : score.countExcess > 0 ? 'event-counts' : 'event-order'
    const key = evidence === 'unknown-events' ? `${evidence}:${s.firstUnknown?.templateId ?? ''}` : evidence
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { evidence, sessions: [] }))
    g.sessions.push({ s, score })
  }
  return [...groups.values()]
    .sort((a, b) => b.sessions.length - a.sessions.length)
    .map((g) => {
      const n = g.sessions.length
      const worst = [...g.sessions].sort((a, b) => b.score.score - a.score.score)
      const first = g.sessions[0]!.s
      const unknown = first.firstUnknown
      const what =
        g.evidence === 'unknown-events'
          ? `an event no baseline session had: "${templateText(unknown?.templateId ?? '') ?? unknown?.message ?? '?'}"`
          : g.evidence === 'event-counts'
            ? 'event counts outside the ranges of the baseline sessions'
            : 'an order of events the sequence model did not expect'
      return {
        kind: 'anomalous-sessions' as const,
        severity: 'warn' as const,
        title: `${plural(n, 'anomalous session')}: ${g.evidence.replace('-', ' ')}`,
        explanation: `${plural(n, 'session')} of ${sessions.length} had ${what} (highest score ${worst[0]!.score.score}, 1 is the alarm level).`,
        evidence: worst.slice(0, EXAMPLES).map(({ s }) => {
          const at = g.evidence === 'unknown-events' && s.firstUnknown ? s.firstUnknown : s.first
          return {
            path: at.path,
            line: at.line,
            ...(at.timestamp ? { timestamp: at.timestamp } : {}),
            message: at.message,
            templateId: at.templateId,
            session: s.key,
          }
        }),
        sessions: { anomalous: n, total: sessions.length, evidence: g.evidence },
      }
    })
}
