import type { Level } from '../../core/record.js'

/** The frequency test's options and results, shared by the gate and the findings of `analyze --baseline`. */

export interface FrequencyOptions {
  /** Records per slice: a run's sample for a template is its rate in consecutive slices of this many records. */
  slice: number
  /** Significance level of the Mann-Whitney U test. */
  alpha: number
  /** Smallest change of the mean rate (either way) worth reporting, as a ratio (2: doubled or halved). */
  minRatio: number
  /** Templates seen fewer times than this (in the run and in the median baseline run) are not tested. */
  minCount: number
  /** Slices each side needs before a template is tested at all. */
  minSlices: number
}

/** A template whose rate moved between the baseline runs and this run (compareFrequencies). */
export interface TemplateShift {
  templateId: string
  template: string
  level: Level
  /** Occurrences in the run, and in the median baseline run. */
  count: number
  baselineCount: number
  /** Occurrences per record, in the run and across the baseline runs. */
  rate: number
  baselineRate: number
  /** run rate / baseline rate (Infinity when the baseline never had it in its slices). */
  ratio: number
  direction: 'up' | 'down'
  u: number
  p: number
  example?: { message: string; path: string; line: number }
}

/** The gate file's defaults (`template-frequency:`), also used by `analyze --baseline`. */
export const DEFAULT_FREQUENCY: FrequencyOptions = {
  slice: 50,
  alpha: 0.01,
  minRatio: 2,
  minCount: 5,
  minSlices: 5,
}
