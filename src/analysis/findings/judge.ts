import { median } from '../../core/stats.js'
import type { Baseline } from '../baseline/model.js'
import type { ErrorBucketsResult } from '../collectors/error-buckets.js'
import type { Session } from '../collectors/sessions.js'
import { DEFAULT_FREQUENCY, type FrequencyOptions } from '../frequency/model.js'
import type { TemplateTallyResult } from '../frequency/template-tally.js'
import type { Finding, Findings, RunAnalysis } from '../model.js'
import type { SequenceScorer, SessionScore } from '../sequences/sequence-scorer.js'
import { anomalousSessionFindings } from './anomalous-sessions.js'
import { errorBurstFindings } from './error-bursts.js'
import { frequencyShiftFindings } from './frequency-shifts.js'
import { sortFindings } from './sort.js'
import { newTemplateFindings } from './new-templates.js'
import { noiseGuard } from './noise-guard.js'
import { runScore } from './score.js'

export interface RunEvidence {
  analysis: Pick<RunAnalysis, 'tests' | 'inputs' | 'logs' | 'rootCauses'>
  newTemplates: RunAnalysis['topErrorTemplates']
  /** Templates counted per slice, keyed by the baseline's template ids where the baseline matches. */
  tally: TemplateTallyResult
  bursts: ErrorBucketsResult
  sessions?: Session[]
  /** Sessions that could not be kept (past the collector's cap). */
  droppedSessions?: number
}

export interface JudgeOptions {
  frequency?: Partial<FrequencyOptions>
  /** Timings of the phases, for `bench:score`. */
  onPhase?: (phase: 'load-tf' | 'sessions', ms: number) => void
}

/**
 * Every finding of a run against its baseline, the noise guard over them, and the run score. Each kind is
 * a pure function of the run's tallies and the baseline (findings/*.ts); only the session scoring is
 * asynchronous, because the sequence model (TensorFlow.js) is loaded here, and only when there are
 * sessions to score.
 */
export async function judgeRun(
  run: RunEvidence,
  baseline: Baseline,
  options: JudgeOptions = {},
): Promise<Findings> {
  const notes: string[] = []
  const found: Finding[] = [...newTemplateFindings(run.newTemplates, baseline.runs.length)]
  const frequency = frequencyShiftFindings(run.tally, baseline.tallies, {
    ...DEFAULT_FREQUENCY,
    ...options.frequency,
    slice: baseline.slice,
  })
  found.push(...frequency.findings)
  notes.push(...frequency.notes)
  const bursts = errorBurstFindings(run.bursts, baseline.runs)
  found.push(...bursts.findings)
  notes.push(...bursts.notes)
  if (run.sessions) {
    const scored = await scoreSessions(run.sessions, baseline, options)
    if (scored.note) notes.push(scored.note)
    if (scored.scores) {
      const text = templateLookup(baseline, run.newTemplates)
      found.push(...anomalousSessionFindings(run.sessions, scored.scores, text))
    }
    if (run.droppedSessions)
      notes.push(`${run.droppedSessions} records of sessions past the cap were not scored`)
  }
  const medianRecords = baseline.runs.length > 0 ? median(baseline.runs.map((r) => r.records)) : 0
  const items = noiseGuard(run.analysis, medianRecords, sortFindings(found))
  return { score: runScore(items), items, notes }
}

async function scoreSessions(
  sessions: readonly Session[],
  baseline: Baseline,
  options: JudgeOptions,
): Promise<{ scores?: SessionScore[]; note?: string }> {
  if (!baseline.sequences) {
    return {
      note: `sessions not scored: ${baseline.sequencesNote ?? 'the baseline has no sequence model (no session settings when it was learned)'}`,
    }
  }
  if (sessions.length === 0) return { note: 'sessions not scored: no record of this run has a session key' }
  let scorer: SequenceScorer
  if ('scorer' in baseline.sequences) scorer = baseline.sequences.scorer
  else {
    const started = performance.now()
    // Imported here: TensorFlow.js is loaded only when there are sessions and a model to score them with.
    const { SequenceScorer } = await import('../sequences/sequence-scorer.js')
    scorer = await SequenceScorer.load(baseline.sequences.dir)
    options.onPhase?.('load-tf', performance.now() - started)
  }
  const started = performance.now()
  const scores = await scorer.score(sessions.map((s) => s.events))
  options.onPhase?.('sessions', performance.now() - started)
  return { scores }
}

function templateLookup(
  baseline: Baseline,
  runTemplates: RunEvidence['newTemplates'],
): (id: string) => string | undefined {
  return (id) => {
    const own = runTemplates.find((t) => t.templateId === id)
    if (own) return own.template
    for (const t of baseline.tallies) {
      const hit = t.templates.get(id)
      if (hit) return hit.template
    }
    return undefined
  }
}
