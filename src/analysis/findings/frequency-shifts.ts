import { compareFrequencies } from '../frequency/compare-frequencies.js'
import type { FrequencyOptions, TemplateShift } from '../frequency/model.js'
import type { TemplateTallyResult } from '../frequency/template-tally.js'
import type { Finding } from '../model.js'

/** More shifted templates than this are summarised in a note: past ten, a person reads a list, not findings. */
const MAX_FINDINGS = 10

/**
 * Frequency shifts of known templates, by the gate's Kayenta-style test (compareFrequencies: Mann-Whitney
 * U on per-slice rates, with a minimum count, minimum slices, alpha and a minimum ratio). One `warn`
 * finding per shifted template, most significant first.
 */
export function frequencyShiftFindings(
  run: TemplateTallyResult,
  baseline: readonly TemplateTallyResult[],
  options: FrequencyOptions,
): { findings: Finding[]; notes: string[] } {
  const result = compareFrequencies(run, baseline, options)
  if (result.unavailable)
    return { findings: [], notes: [`frequency shifts not tested: ${result.unavailable}`] }
  const notes =
    result.shifted.length > MAX_FINDINGS
      ? [
          `${result.shifted.length - MAX_FINDINGS} more templates shifted (of ${result.tested} tested); the ${MAX_FINDINGS} most significant are shown`,
        ]
      : []
  return { findings: result.shifted.slice(0, MAX_FINDINGS).map(findingOf), notes }
}

function findingOf(s: TemplateShift): Finding {
  const per1000 = (r: number): string => (r * 1000).toPrecision(3)
  const change = Number.isFinite(s.ratio) ? `×${s.ratio.toPrecision(3)}` : 'from none'
  return {
    kind: 'frequency-shift',
    severity: 'warn',
    title: `${s.direction === 'up' ? 'More' : 'Fewer'} "${short(s.template)}" (${change})`,
    explanation: `"${short(s.template)}" occurred ${s.count} times (${per1000(s.rate)} per 1,000 records) against ${s.baselineCount} in the median baseline run (${per1000(s.baselineRate)} per 1,000): ${change}, Mann-Whitney p = ${s.p.toPrecision(2)}.`,
    evidence: s.example
      ? [{ path: s.example.path, line: s.example.line, message: s.example.message, templateId: s.templateId }]
      : [],
    shift: {
      templateId: s.templateId,
      template: s.template,
      count: s.count,
      baselineCount: s.baselineCount,
      rate: s.rate,
      baselineRate: s.baselineRate,
      ratio: Number.isFinite(s.ratio) ? s.ratio : -1,
      p: s.p,
    },
  }
}

function short(text: string): string {
  return text.length > 80 ? text.slice(0, 80) + '…' : text
}
