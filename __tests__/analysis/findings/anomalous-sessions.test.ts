import { describe, expect, it } from 'vitest'
import type { Session } from '../../../src/analysis/collectors/sessions.js'
import { anomalousSessionFindings } from '../../../src/analysis/findings/anomalous-sessions.js'
import type { SessionScore } from '../../../src/analysis/sequences/sequence-scorer.js'

function session(i: number, unknown?: string): Session {
  const at = { path: 'app.log', line: i * 10 + 1, message: `request ${i}`, templateId: 'tA' }
  return {
    key: `req-${i}`,
    events: ['tA', 'tB'],
    first: at,
    ...(unknown
      ? { firstUnknown: { ...at, line: i * 10 + 2, message: `boom ${i}`, templateId: unknown } }
      : {}),
  }
}

const normal: SessionScore = { anomalous: false, score: 0.3, unknownKeys: 0, countExcess: 0, surprise: 1 }

describe('anomalousSessionFindings', () => {
  it('groups 300 sessions failing the same way into one finding with a count and three examples', () => {
    const sessions = Array.from({ length: 1000 }, (_, i) => session(i, i < 300 ? 'tBoom' : undefined))
    const scores = sessions.map((_, i): SessionScore =>
      i < 300 ? { anomalous: true, score: 2 + (i % 7), unknownKeys: 1, countExcess: 0, surprise: 3 } : normal,
    )
    const findings = anomalousSessionFindings(sessions, scores, (id) =>
      id === 'tBoom' ? 'boom <*>' : undefined,
    )
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.sessions).toEqual({ anomalous: 300, total: 1000, evidence: 'unknown-events' })
    expect(f.explanation).toContain('300 sessions of 1000')
    expect(f.explanation).toContain('"boom <*>"')
    expect(f.evidence).toHaveLength(3)
    // The highest-scoring examples, pointing at the unknown event's line.
    expect(f.evidence.every((e) => e.message.startsWith('boom ') && e.session?.startsWith('req-'))).toBe(true)
  })

  it('keeps different evidence apart, largest group first, and ignores normal sessions', () => {
    const sessions = Array.from({ length: 10 }, (_, i) => session(i, i === 0 ? 'tX' : undefined))
    const scores: SessionScore[] = sessions.map((_, i) =>
      i === 0
        ? { anomalous: true, score: 2, unknownKeys: 1, countExcess: 0, surprise: 1 }
        : i < 4
          ? { anomalous: true, score: 1.5, unknownKeys: 0, countExcess: 0, surprise: 9 }
          : i < 6
            ? { anomalous: true, score: 3, unknownKeys: 0, countExcess: 2, surprise: 1 }
            : normal,
    )
    const findings = anomalousSessionFindings(sessions, scores, () => undefined)
    expect(findings.map((f) => [f.sessions?.evidence, f.sessions?.anomalous])).toEqual([
      ['event-order', 3],
      ['event-counts', 2],
      ['unknown-events', 1],
    ])
    expect(
      anomalousSessionFindings(
        sessions,
        sessions.map(() => normal),
        () => undefined,
      ),
    ).toEqual([])
  })
})
