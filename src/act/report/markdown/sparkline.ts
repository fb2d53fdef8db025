const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']

/**
 * Counts as a row of block characters, scaled to the row's own maximum. An empty bucket is `·` and any
 * non-empty one at least `▁`, so one error in a quiet minute still shows.
 */
export function sparkline(counts: number[]): string {
  const max = Math.max(0, ...counts)
  return counts
    .map((n) => {
      if (!(n > 0)) return '·'
      const i = Math.min(BARS.length - 1, Math.ceil((n / max) * BARS.length) - 1)
      return BARS[Math.max(0, i)]!
    })
    .join('')
}
