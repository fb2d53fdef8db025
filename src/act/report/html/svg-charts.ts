import type { TemplateDigest, TestDigest } from '../../../analysis/model.js'
import type { Level } from '../../../core/record.js'
import { html, raw, type Raw } from './escape-html.js'
import { clip, formatCount, formatDuration, plural } from './report-text.js'
import { boundaryLabel, bucketLabel, niceMax, type TimeBuckets } from './time-buckets.js'

/*
 * Inline SVG charts. Horizontal positions are percentages and vertical ones pixels, with no viewBox: the
 * charts stretch to any width while their text keeps its size, so they stay readable on a phone. Colours come
 * from CSS classes (`f-<level>`), so the light and dark schemes apply, and every chart has a <title> and a
 * <desc> plus visible labels, so colour is never the only signal.
 */

const pct = (n: number): string => `${Math.round(n * 1000) / 1000}%`
const px = (n: number): string => String(Math.round(n * 100) / 100)

/** Bottom of the stack first: the severe levels sit on the axis, where even a few records stay visible. */
const STACK_ORDER: Level[] = ['fatal', 'error', 'warn', 'notice', 'info', 'debug', 'trace']
const PROBLEM_LEVELS = new Set<Level>(['fatal', 'error', 'warn'])

interface Panel {
  caption: string
  top: number
  height: number
  levels: Level[]
}

/**
 * Records over time as stacked bars by level. When the logs hold warnings or errors among other levels, a
 * second panel shows those alone on their own scale: a spike of 20 errors among 50,000 info lines is what
 * the reader is looking for, and it would be a sliver on the shared scale.
 */
export function histogramSvg(tb: TimeBuckets, id: string): Raw {
  const levels = STACK_ORDER.filter((l) => tb.series.some((s) => s.level === l))
  const problem = levels.filter((l) => PROBLEM_LEVELS.has(l))
  const panels: Panel[] = [{ caption: 'All records', top: 22, height: 130, levels }]
  if (problem.length > 0 && problem.length < levels.length) {
    panels.push({ caption: 'Warnings and errors only (own scale)', top: 186, height: 64, levels: problem })
  }
  const last = panels[panels.length - 1]!
  const axisY = last.top + last.height + 18
  const height = axisY + 6
  const counts = new Map(tb.series.map((s) => [s.level, s.counts]))
  const slot = 100 / Math.max(1, tb.buckets)
  const gap = Math.min(slot * 0.25, 0.35)

  const panelMarkup = panels.map((p) => {
    const sums = tb.totals.map((_, i) => p.levels.reduce((a, l) => a + (counts.get(l)?.[i] ?? 0), 0))
    const max = niceMax(Math.max(0, ...sums))
    const y = (n: number): number => p.top + p.height - (n / max) * p.height
    // Tick labels sit at the right end of their grid line, out of the way of the panel caption.
    const ticks = [max, ...(Number.isInteger(max / 2) && max > 1 ? [max / 2] : [])]
    const grid = ticks.map(
      (t) =>
        html`<line class="grid" x1="0" x2="100%" y1="${px(y(t))}" y2="${px(y(t))}" /><text
            class="tick"
            x="100%"
            dx="-2"
            y="${px(y(t) - 4)}"
            text-anchor="end"
            >${formatCount(t)}</text
          >`,
    )
    const bars = sums.map((sum, i) => {
      if (sum === 0) return ''
      let base = p.top + p.height
      const rects = p.levels.map((l) => {
        const n = counts.get(l)?.[i] ?? 0
        if (n === 0) return ''
        // A bucket with records never disappears: at least one pixel per level present.
        const h = Math.max(1, (n / max) * p.height)
        base -= h
        return html`<rect
          class="f-${l}"
          x="${pct(i * slot + gap / 2)}"
          width="${pct(slot - gap)}"
          y="${px(base)}"
          height="${px(h)}"
        />`
      })
      const parts = p.levels.map((l) => [l, counts.get(l)?.[i] ?? 0] as const).filter(([, n]) => n > 0)
      const tip = `${bucketLabel(tb, i)}: ${parts.map(([l, n]) => `${l} ${formatCount(n)}`).join(', ')}`
      return html`<g><title>${tip}</title>${raw(rects.map(String))}</g>`
    })
    return html`<text class="cap" x="0" y="${p.top - 8}">${p.caption}</text>${raw(grid)}<line
        class="axis"
        x1="0"
        x2="100%"
        y1="${p.top + p.height}"
        y2="${p.top + p.height}"
      />${raw(bars.map(String))}`
  })

  const marks = [0, Math.round(tb.buckets / 2), tb.buckets].filter((v, i, a) => a.indexOf(v) === i)
  const axis = marks.map((m) => {
    const anchor = m === 0 ? 'start' : m === tb.buckets ? 'end' : 'middle'
    return html`<text class="tick" x="${pct(m * slot)}" y="${axisY}" text-anchor="${anchor}"
      >${boundaryLabel(tb, m)}</text
    >`
  })
  const peak = tb.totals.indexOf(Math.max(...tb.totals))
  const title = `Log records over time by level, ${formatDuration(tb.bucketSeconds)} per bar`
  const desc =
    `${plural(tb.buckets, 'bar')} from ${boundaryLabel(tb, 0)} to ${boundaryLabel(tb, tb.buckets)}${tb.start !== undefined ? ' UTC' : ''}. ` +
    tb.series.map((s) => `${s.level}: ${formatCount(s.total)}`).join(', ') +
    (peak >= 0 ? `. Busiest: ${bucketLabel(tb, peak)} with ${formatCount(tb.totals[peak]!)} records.` : '')
  return html`<svg
    class="chart histogram"
    width="100%"
    height="${height}"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">${title}</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(panelMarkup.map(String))}${raw(axis.map(String))}
  </svg>`
}

/** The most frequent error templates as horizontal bars, the count and text above each bar. */
export function templateBarsSvg(templates: TemplateDigest[], id: string): Raw {
  const max = Math.max(1, ...templates.map((t) => t.count))
  const row = 38
  const countWidth = 8 * Math.max(2, formatCount(max).length)
  const rows = templates.map((t, i) => {
    const top = i * row
    const label = `${t.new ? 'NEW · ' : ''}${clip(t.template.replace(/\s+/g, ' '), 110)}`
    // Fixed columns (pixels) for count and level, so the template texts line up whatever the counts.
    return html`<g
      ><title>${`${formatCount(t.count)} × ${t.level}: ${t.template}`}</title
      ><text class="lbl num" x="${countWidth}" y="${top + 14}" text-anchor="end">${formatCount(t.count)}</text
      ><text class="lbl lvl" x="${countWidth + 10}" y="${top + 14}">${t.level.toUpperCase()}</text
      ><text class="lbl" x="${countWidth + 58}" y="${top + 14}">${label}</text
      ><rect class="track" x="0" y="${top + 21}" width="100%" height="8" rx="2" /><rect
        class="f-${t.level}"
        x="0"
        y="${top + 21}"
        width="${pct(Math.max(0.5, (t.count / max) * 100))}"
        height="8"
        rx="2"
    /></g>`
  })
  const desc = templates.map((t) => `${formatCount(t.count)}: ${clip(t.template, 80)}`).join('; ')
  return html`<svg
    class="chart bars"
    width="100%"
    height="${templates.length * row}"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">Most frequent error templates by count</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(rows.map(String))}
  </svg>`
}

const OUTCOMES = [
  ['passed', 'passed'],
  ['failed', 'failed'],
  ['errored', 'errored'],
  ['skipped', 'skipped'],
] as const

/** One stacked bar of test outcomes; the legend beside it (in the page) names each part with its count. */
export function testOutcomeSvg(tests: TestDigest, id: string): Raw {
  const total = Math.max(1, tests.passed + tests.failed + tests.errored + tests.skipped)
  // Failures stay visible next to thousands of passes: every part gets a minimum width, then all are
  // scaled back to fill exactly 100%.
  const widths = OUTCOMES.map(([key]) => (tests[key] > 0 ? Math.max(1, (tests[key] / total) * 100) : 0))
  const scale =
    100 /
    Math.max(
      1,
      widths.reduce((a, b) => a + b, 0),
    )
  let x = 0
  const parts = OUTCOMES.map(([key, cls], i) => {
    const n = tests[key]
    if (n <= 0) return ''
    const w = widths[i]! * scale
    const rect = html`<rect class="f-${cls}" x="${pct(x)}" width="${pct(w)}" y="0" height="14"
      ><title>${`${key}: ${formatCount(n)}`}</title></rect
    >`
    x += w
    return rect
  })
  const desc = OUTCOMES.map(([key]) => `${key} ${formatCount(tests[key])}`).join(', ')
  return html`<svg
    class="chart outcome"
    width="100%"
    height="14"
    role="img"
    aria-labelledby="${id}-t ${id}-d"
  >
    <title id="${id}-t">Test outcomes</title>
    <desc id="${id}-d">${desc}</desc>
    ${raw(parts.map(String))}
  </svg>`
}
