import type { FailingTest, RootCause, TemplateDigest, TestDigest, Verdict } from '../../analysis/model.js'
import type { FrequencyOptions, TemplateShift } from '../../analysis/frequency/model.js'

export type { FrequencyOptions, TemplateShift }

/**
 * The gate's documents: the parsed gate file (`GateSpec`) and what `logward gate` decides (`GateResult`,
 * written as gate.json, rendered as gate.md and the job summary). Versioned like RunAnalysis.
 */

export type Comparator = '<' | '<=' | '==' | '>' | '>='

/**
 * One criterion, e.g. `<=+10%`. `absolute` compares the value with `value`; `relative-percent` with the
 * baseline moved by `value` percent; `relative-delta` with the baseline plus `value`.
 */
export interface Criterion {
  text: string
  op: Comparator
  kind: 'absolute' | 'relative-percent' | 'relative-delta'
  value: number
}

/** Criteria lists: every criterion of a list must hold (AND); one holding list is enough (OR), as in Keptn. */
export type CriteriaLists = Criterion[][]

export interface Objective {
  metric: string
  /** How reports name it (default: the metric). */
  name: string
  pass: CriteriaLists
  warning?: CriteriaLists
  weight: number
  /** A key objective that fails fails the whole gate, whatever the score. */
  key: boolean
}

export interface GateSpec {
  /** Where the gate came from: the gate file's path, or `thresholds` / `defaults`. */
  source: string
  objectives: Objective[]
  /** Score thresholds, in percent. */
  total: { pass: number; warning: number }
  minSamples: { baselineRuns: number; records: number }
  aggregate: 'median' | 'mean'
  frequency: FrequencyOptions
}

export type ObjectiveStatus = 'pass' | 'warn' | 'fail' | 'no-data'

export interface CriterionResult {
  list: 'pass' | 'warning'
  /** Index of the list within `pass` or `warning` (the lists are OR-ed). */
  group: number
  text: string
  relative: boolean
  /** What the value was compared with (undefined when a relative criterion had no baseline to move). */
  target?: number
  /** `null`: not evaluated (a relative criterion without enough baseline samples, or no value). */
  holds: boolean | null
}

/** A template whose frequency moved against the baseline (template-frequency). */
/** The log lines (and tests) behind an objective's result. */
export interface Evidence {
  templates?: TemplateDigest[]
  rootCauses?: RootCause[]
  tests?: FailingTest[]
  flaky?: TestDigest['flaky']
  shifts?: TemplateShift[]
  unreadable?: { path: string; message: string }[]
}

export interface ObjectiveResult {
  name: string
  metric: string
  key: boolean
  weight: number
  status: ObjectiveStatus
  /** weight (pass), weight/2 (warn, no-data) or 0 (fail). */
  score: number
  value?: number
  baseline?: { value: number; values: number[] }
  criteria: CriterionResult[]
  /** One sentence: why the objective has this status. */
  reason: string
  evidence?: Evidence
}

export interface GateResult {
  version: 1
  generatedAt: string
  gate: string
  verdict: Verdict
  /** Percent, 0-100. */
  score: number
  total: { pass: number; warning: number }
  /** Most important first. */
  reasons: string[]
  objectives: ObjectiveResult[]
  run: {
    paths: string[]
    reports: string[]
    records: number
    tests: number
    /** `logward analyze`'s own verdict of the run, for reference. */
    analysisVerdict: Verdict
    unreadable: { path: string; message: string }[]
  }
  baseline: {
    runs: { path: string; records: number }[]
    aggregate: 'median' | 'mean'
    /** Whether relative criteria and the frequency test could be evaluated (min-samples). */
    enough: boolean
    /** Why not, when not. */
    note?: string
  }
  frequency?: { tested: number; shifted: TemplateShift[] }
}
