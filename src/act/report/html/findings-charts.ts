import type { Finding, Histogram } from '../../../analysis/model.js'
import { html, raw, type Raw } from './escape-html.js'
import { clip, formatCount } from './report-text.js'
import { niceMax } from './time-buckets.js'

const pct = (n: number): string => `${Math.round(n * 1000) / 1000}%`

/**
 * The run's errors per histogram bucket with the burst's window shaded and the baseline's expected level as
 * a dashed line: where the burst sits in the run, and how far above normal it is.
 */
export function burstSvg(histogram: Histogram, burst: NonNullable<Finding['burst']>, id: string): Raw | '' {
  if (!histogram.start || histogram.buckets === 0) return ''
  const errors = new Array<number>(histogram.buckets).fill(0)
  for (const level of ['error', 'fatal'] as const)
    histogram.series[level]?.forEach((n, i) => (errors[i] = (errors[i] ?? 0) + n))
  const start = Date.parse(histogram.start)
  const span = histogram.buckets * histogram.bucketSeconds * 1000
  const x = (t: number): number => Math.min(100, Math.max(0, ((t - start) / span) * 100))
  const bursts = (Date.parse(burst.end) - Date.parse(burst.start)) / 1000 / burst.bucketSeconds
  // The baseline's expectation in errors per histogram bucket (the burst test's buckets may differ).
  const expected = (burst.expected / Math.max(1, bursts)) * (histogram.bucketSeconds / burst.bucketSeconds)
  const max = niceMax(Math.max(1, ...errors, expected))
  const height = 90
  const y = (n: number): number => 10 + height - (n / max) * height
  const slot = 100 / histogram.buckets
  const bars = errors.map((n, i) =>
    n === 0
      ? ''
      : html`<rect
          class="f-error"
          x="${pct(i * slot + slot * 0.1)}"
          width="${pct(slot * 0.8)}"
          y="${y(n)}"
          height="${10 + height - y(n)}"
          ><title>${`${formatCount(n)} errors`}</title></rect
        >`,
  )
  const from = x(Date.parse(burst.start))
  const to = x(Date.parse(burst.end))
  return html`<svg
    class="chart burst"
    width="100%"
    height="${height + 30}"
    role="img"
    aria-labelledby="${id}-t"
  >
    <title id="${id}-t">
      ${`Errors over the run; the burst from ${burst.start.slice(11, 19)} to ${burst.end.slice(11, 19)} UTC is shaded; the dashed line is the baseline's expected level`}
    </title>
    <rect
      class="band"
      x="${pct(from)}"
      width="${pct(Math.max(0.5, to - from))}"
      y="6"
      height="${height + 4}"
    />
    ${raw(bars.map(String))}
    <line class="expected" x1="0" x2="100%" y1="${y(expected)}" y2="${y(expected)}" />
    <line class="axis" x1="0" x2="100%" y1="${10 + height}" y2="${10 + height}" />
    <text class="tick" x="0" y="${height + 26}">${histogram.start.slice(11, 16)} UTC</text>
    <text class="tick" x="100%" y="${height + 26}" text-anchor="end">
      max ${formatCount(max)} errors per bar
    </text>
  </svg>`
}

/** Shifted templates: the baseline's rate and this run's, per 1,000 records, as two bars each. */
export function shiftBarsSvg(shifts: readonly NonNullable<Finding['shift']>[], id: string): Raw | '' {
  if (shifts.length === 0) return ''
  const max = Math.max(...shifts.flatMap((s) => [s.rate, s.baselineRate])) || 1
  const row = 52
  const rows = shifts.map((s, i) => {
    const top = i * row
    const bar = (rate: number, dy: number, cls: string, label: string): Raw =>
      html`<rect class="track" x="0" y="${top + dy}" width="100%" height="9" rx="2" /><rect
          class="${cls}"
          x="0"
          y="${top + dy}"
          width="${pct(Math.max(0.5, (rate / max) * 85))}"
          height="9"
          rx="2"
        /><text class="lbl num" x="${pct(Math.max(0.5, (rate / max) * 85) + 1)}" y="${top + dy + 9}"
          >${`${label} ${(rate * 1000).toPrecision(3)}`}</text
        >`
    return html`<g
      ><title>
        ${`${s.template}: ${(s.baselineRate * 1000).toPrecision(3)} → ${(s.rate * 1000).toPrecision(3)} per 1,000 records`}</title
      ><text class="lbl" x="0" y="${top + 12}">${clip(s.template.replace(/\s+/g, ' '), 110)}</text
      >${bar(s.baselineRate, 18, 'f-info', 'baseline')}${bar(s.rate, 31, s.rate > s.baselineRate ? 'f-error' : 'f-debug', 'this run')}</g
    >`
  })
  return html`<svg
    class="chart bars"
    width="100%"
    height="${shifts.length * row}"
    role="img"
    aria-labelledby="${id}-t"
  >
    <title id="${id}-t">Template rates per 1,000 records, baseline against this run</title>
    ${raw(rows.map(String))}
  </svg>`
}
