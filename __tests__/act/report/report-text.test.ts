import { describe, expect, it } from 'vitest'
import { escapeHtml, html, raw } from '../../../src/act/report/html/escape-html.js'
import { cleanText, clipLines, formatDuration, safeHref } from '../../../src/act/report/html/report-text.js'
import { boundaryLabel, niceMax, regroupHistogram } from '../../../src/act/report/html/time-buckets.js'
import {
  fence,
  mdCode,
  mdLink,
  mdText,
  tidyBlankLines,
} from '../../../src/act/report/markdown/markdown-text.js'
import { sparkline } from '../../../src/act/report/markdown/sparkline.js'

describe('report text helpers', () => {
  it('cleans log text: ANSI removed, controls visible, broken surrogates replaced', () => {
    expect(cleanText('\x1b[1;31mERROR\x1b[0m x\x00y\x1b]8;;https://e.x\x07link\x1b]8;;\x07')).toBe(
      'ERROR x␀ylink',
    )
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc')
    expect(cleanText('bad \uD800 pair')).toBe('bad \uFFFD pair')
    expect(cleanText('ok 😀')).toBe('ok 😀')
  })

  it('escapes HTML text and attributes; the html tag escapes values but not raw() markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u2028`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;&#x2028;',
    )
    expect(String(html`<p title="${'"><b>'}">${'<i>'}${raw('<br>')}</p>`)).toBe(
      '<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;<br></p>',
    )
  })

  it('keeps only http(s) links', () => {
    expect(safeHref('https://github.com/a/b/blob/c/d.ts#L1')).toBe('https://github.com/a/b/blob/c/d.ts#L1')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,x')).toBeUndefined()
    expect(safeHref('not a url')).toBeUndefined()
  })

  it('clips lines without reading a megabyte stack trace twice', () => {
    expect(clipLines('a\nb\nc\n', 2, 100)).toEqual({ text: 'a\nb', omitted: 1 })
    expect(clipLines('abcdef\nxyz', 5, 4)).toEqual({ text: 'abc…', omitted: 1 })
    const big = 'x\n'.repeat(500_000)
    expect(clipLines(big, 3, 1000)).toEqual({ text: 'x\nx\nx', omitted: 499_997 })
  })

  it('formats durations', () => {
    expect([0.031, 5.002, 60, 1797, 7260, 90000].map(formatDuration)).toEqual([
      '31 ms',
      '5 s',
      '1 min',
      '29 min 57 s',
      '2 h 1 min',
      '1 d 1 h',
    ])
  })
})

describe('histogram helpers', () => {
  it('regroups many buckets into at most maxBuckets, tolerating bad series', () => {
    const tb = regroupHistogram(
      {
        start: '2026-03-14T09:00:00Z',
        bucketSeconds: 1,
        buckets: 10,
        series: { info: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], error: [0, -3, Number.NaN, 2], warn: [] },
      },
      4,
    )
    expect(tb.buckets).toBe(4)
    expect(tb.bucketSeconds).toBe(3)
    expect(tb.series.map((s) => [s.level, s.counts])).toEqual([
      ['info', [3, 3, 3, 1]],
      ['error', [0, 2, 0, 0]],
    ])
    expect(tb.totals).toEqual([3, 5, 3, 1])
    expect(boundaryLabel(tb, 0)).toBe('09:00:00')
    expect(boundaryLabel({ ...tb, start: undefined }, 2)).toBe('+6 s')
  })

  it('picks round axis maxima', () => {
    expect([0, 1, 3, 7, 11, 280, 310, 4100].map(niceMax)).toEqual([1, 1, 3, 8, 12, 300, 400, 5000])
  })

  it('draws sparklines, empty buckets as dots and small ones still visible', () => {
    expect(sparkline([0, 1, 50, 100])).toBe('·▁▄█')
  })
})

describe('markdown helpers', () => {
  it('escapes inline text, including a leading block marker', () => {
    expect(mdText('# not a heading <b>*x*</b> [l](u) | $m$')).toBe(
      '\\# not a heading \\<b\\>\\*x\\*\\</b\\> \\[l\\](u) \\| \\$m\\$',
    )
    expect(mdText('1. not a list')).toBe('1\\. not a list')
    expect(mdText('line\nbreak', 6)).toBe('line …')
  })

  it('makes code spans and fences longer than any backtick run inside', () => {
    expect(mdCode('a ``b`` c')).toBe('```a ``b`` c```')
    expect(mdCode('`edge`')).toBe('`` `edge` ``')
    expect(mdCode('a|b', { inTable: true })).toBe('`a\\|b`')
    expect(fence('x\n`````\ny')).toBe('``````text\nx\n`````\ny\n``````\n')
    expect(fence('plain')).toBe('```text\nplain\n```\n')
  })

  it('encodes link destinations that would end the link', () => {
    expect(mdLink('`f.ts:1`', 'https://x.test/a(b)|c')).toBe('[`f.ts:1`](https://x.test/a%28b%29%7Cc)')
  })

  it('folds blank lines outside fences only', () => {
    expect(tidyBlankLines('a\n\n\n\nb\n```\n\n\n```\n\n\n')).toBe('a\n\nb\n```\n\n\n```\n')
  })
})
