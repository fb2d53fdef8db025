import { describe, expect, it } from 'vitest'
import {
  GITHUB_SUMMARY_LIMIT,
  renderSummaryMarkdown,
} from '../../../src/act/report/markdown/render-summary.js'
import { emptyRun, failingRun, hostileRun, hugeRun, passingRun } from '../../fixtures/report/analysis.js'

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/** What GitHub reads as markup: the text outside fenced blocks and code spans. */
function markupOnly(md: string): string {
  return outsideFences(md)
    .lines.join('\n')
    .replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

/** Lines outside fenced code blocks, and the fences themselves, checking every fence is closed. */
function outsideFences(md: string): { lines: string[]; fences: number } {
  const lines: string[] = []
  let open: string | undefined
  let fences = 0
  for (const line of md.split('\n')) {
    const f = /^(`{3,})/.exec(line)?.[1]
    if (open === undefined && f) {
      open = f
      fences++
    } else if (open !== undefined && f && line.trim() === f && f.length >= open.length) open = undefined
    else if (open === undefined) lines.push(line)
  }
  expect(open, 'an unclosed code fence').toBeUndefined()
  return { lines, fences }
}

/**
 * What a reader of the rendered summary would notice if broken: unclosed fences, unbalanced <details>,
 * table rows with the wrong number of cells, raw HTML other than the renderer's own tags.
 */
function expectWellFormed(md: string): void {
  const { lines } = outsideFences(md)
  const withoutCode = markupOnly(md)
  expect((withoutCode.match(/<details>/g) ?? []).length).toBe(
    (withoutCode.match(/<\/details>/g) ?? []).length,
  )
  let columns: number | undefined
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = undefined
      continue
    }
    // Every pipe inside a cell is escaped, so unescaped ones are exactly the cell borders.
    const cells = line.match(/(?<!\\)\|/g)!.length
    columns ??= cells
    expect(cells, line.slice(0, 200)).toBe(columns)
  }
  // Outside code, a `<` is the renderer's own tag or escaped text.
  const tags = [...withoutCode.matchAll(/(?<!\\)<(\/?[a-z]+)/gi)].map((m) => m[1]!.toLowerCase())
  expect(new Set(tags)).toEqual(new Set(tags.filter((t) => /^\/?(details|summary|b|sub)$/.test(t))))
}

describe('renderSummaryMarkdown', () => {
  it('keeps the order of the report: verdict, failing tests, root causes, counts, templates, new, timeline, inputs', () => {
    const md = renderSummaryMarkdown(failingRun())
    const order = [
      '## ❌ FAIL · acme/shop · CI / test',
      '| Tests | Passed | Failed |',
      '### Failing tests (3)',
      '### Root causes',
      '### Logs',
      '### Top error templates (5)',
      '### New templates (2)',
      '### Timeline',
      '### Inputs',
    ].map((h) => md.indexOf(h))
    expect(order.every((p) => p >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(md.startsWith('## ❌ FAIL')).toBe(true)
    expectWellFormed(md)
  })

  it('shows the verdict, reasons, counts and failing tests with linked locations and collapsed stack traces', () => {
    const a = failingRun()
    const md = renderSummaryMarkdown(a)
    expect(md).toContain('**3 tests failed (2 failed, 1 errored) in 2 test reports.**')
    expect(md).toContain('- 83 error records in 4 logs.')
    expect(md).toContain('**This run fails the step** (fail-on: `test-failures`).')
    expect(md).toContain('| 350 | 343 | ❌ 2 | 💥 1 | 4 | 🔴 83 | 100 | 🆕 2 |')
    expect(md).toContain(
      `| ❌ failed | CheckoutService › applies percentage discount codes to the cart total | [\`services/api/src/checkout/discount.test.ts:42\`](${a.tests.failing[0]!.url}) | AssertionError: expected 90 to be 81 // Object.is equality |`,
    )
    expect(md).toContain('`services/payments/src/test/java/com/acme/payments/RefundServiceTest.java:88`')
    expect(md).toContain(
      '<details><summary>💥 <b>OrderRepository › persists an order with its line items</b></summary>',
    )
    expect(md).toContain('    at OrderRepository.save (/app/src/orders/repository.ts:61:24)')
    expect(md).toContain('ExportController › streams large exports')
  })

  it('shows each root cause with its context lines, the error line marked', () => {
    const md = renderSummaryMarkdown(failingRun())
    expect(md).toContain('#### `logs/api.log:1842`')
    expect(md).toContain('**ERROR** connect ECONNREFUSED 10.1.0.7:5432')
    expect(md).toContain('> 1842 │ 09:24:31.118 ERROR connect ECONNREFUSED 10.1.0.7:5432')
    expect(md).toContain('  1840 │ 09:24:31.051 WARN  db pool exhausted')
    expect(md).toContain('<details><summary>Stack trace (5 lines)</summary>')
    expect(md).toContain('step **Run integration tests**')
  })

  it('shows counts, templates with examples, new templates, a text timeline and the inputs', () => {
    const md = renderSummaryMarkdown(failingRun())
    expect(md).toContain('**6,480** records from 4 logs · **83** errors (3 fatal) · **100** warnings')
    expect(md).toContain('By level: fatal 3 · error 80 · warn 100 · notice 13 · info 5,002 · debug 1,282')
    expect(md).toContain(
      '| 37 | error 🆕 | `connect ECONNREFUSED <*>:<*>` | api | `logs/api.log:1842` connect ECONNREFUSED 10.1.0.7:5432 |',
    )
    expect(md).toContain('Compared with the baseline learned from `.logward/baseline (main, last 14 runs)`')
    expect(md).toMatch(/\| error \| 80 \| `[·▁▂▃▄▅▆▇█]{30}` \|/)
    expect(md).toContain('Records per 1 min, 09:12 → 09:42 UTC')
    expect(md).toContain('⚠️ **1 input could not be read:**')
    expect(md).toContain('<details><summary>Read 4 logs and 2 test reports</summary>')
    expect(md).not.toContain('Shortened')
  })

  it('shows each flaky test with its kind and evidence (older report.json entries too)', () => {
    const a = passingRun()
    a.tests.flaky = [
      { name: 'old entry', report: 'old.xml', reruns: 2 },
      {
        name: 'listsOrders',
        className: 'OrdersIT',
        report: 'it.xml',
        reruns: 1,
        kind: 'commit-flip',
        evidence: 'failed here, but passed in run 41.1 of the same commit 3f2a9c1 (h/report.json)',
      },
    ]
    const md = renderSummaryMarkdown(a)
    expect(md).toContain('#### Flaky tests (failed, then passed: not counted as failures)')
    expect(md).toContain(
      '| old entry | passed on a rerun | failed 2 times, then passed on a rerun in this run |',
    )
    expect(md).toContain(
      '| OrdersIT › listsOrders | passed in an earlier run of this commit | failed here, but passed in run 41.1 of the same commit 3f2a9c1 (h/report.json) |',
    )
  })

  it('renders a passing run and an empty run', () => {
    const pass = renderSummaryMarkdown(passingRun())
    expect(pass.startsWith('## ✅ PASS · acme/shop')).toBe(true)
    expect(pass).toContain('✅ All 346 tests that ran passed (4 skipped).')
    expect(pass).toContain('The step does not fail')
    expect(pass).not.toContain('### Root causes')
    expect(pass).not.toContain('### New templates')
    expectWellFormed(pass)

    const empty = renderSummaryMarkdown(emptyRun())
    expect(empty.startsWith('## ✅ PASS\n')).toBe(true)
    expect(empty).toContain('**Nothing to judge: no log records and no test results were read.**')
    expect(empty).toContain('_No test results')
    expect(empty).toContain('_No log records')
    expect(empty).toContain('_No inputs')
    expect(empty).not.toContain('### Timeline')
    expectWellFormed(empty)
  })

  it('neutralises Markdown and HTML in every string of the analysis', () => {
    const md = renderSummaryMarkdown(hostileRun())
    expectWellFormed(md)
    // No raw HTML from the analysis: only the renderer's tags, and the hostile </details> is text.
    const markup = markupOnly(md)
    expect(markup).not.toMatch(/(?<!\\)<(script|img|svg|style|textarea|!--)/i)
    expect(markup).not.toMatch(/(?<!\\)<\/details><details open>/)
    expect(markup).toContain('\\<script\\>alert(1)\\</script\\>')
    // Links and images from log text are escaped; a javascript: URL never becomes a link.
    expect(markup).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(markup).not.toMatch(/(?<!\\)!\[img(?<!\\)\]/)
    expect(md).toContain('\\[click\\](javascript:alert(5))')
    // A fake heading in a name stays in its line; math dollars are escaped.
    expect(markup).not.toMatch(/^## fake heading/m)
    expect(md).toContain('\\$\\\\unicode{x1F600}\\$')
    // The 12-backtick run of the stack trace sits inside a longer fence.
    expect(md).toMatch(/^`{13}text$/m)
    expect(md).not.toMatch(/[\u2028\u2029\x00\x07\x1b]/)
    // Names in <summary> (raw HTML) are HTML-escaped instead.
    expect(md).toContain('<summary>❌ <b>class &lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('fits the default budget, under GitHub’s 1 MiB, for thousands of failing tests with megabyte stack traces', () => {
    const a = hugeRun({ failing: 3000, stackBytes: 1024 * 1024 })
    const md = renderSummaryMarkdown(a)
    expect(bytes(md)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT - 64 * 1024)
    expect(md.startsWith('## ❌ FAIL · acme/shop · CI / test\n')).toBe(true)
    expect(md).toContain('| 13,000 | 10,000 | ❌ 2,400 | 💥 600 |')
    expect(md).toContain(a.tests.failing[0]!.file!)
    expect(md).toMatch(/_…and 2,800 more failing tests \(report.json has them all\)._/)
    expectWellFormed(md)
  })

  it.each([500_000, 100_000, 30_000, 10_000, 4_000])(
    'shrinks to %i bytes, dropping detail before rows, always keeping verdict, counts and the first failing tests',
    (maxBytes) => {
      for (const multibyte of [false, true]) {
        const a = hugeRun({ failing: 3000, stackBytes: 1024 * 1024, multibyte })
        const md = renderSummaryMarkdown(a, { maxBytes })
        expect(bytes(md)).toBeLessThanOrEqual(maxBytes)
        expect(md.startsWith('## ❌ FAIL · acme/shop · CI / test\n')).toBe(true)
        expect(md).toContain('**This run fails the step**')
        expect(md).toContain(
          '| Tests | Passed | Failed | Errored | Skipped | Log errors | Warnings | New templates |',
        )
        expect(md).toContain('### Failing tests (3,000)')
        expect(md).toContain(`\`${a.tests.failing[0]!.file}:${a.tests.failing[0]!.line}\``)
        expect(md).toMatch(/> ✂️ Shortened to fit [\d,.]+ (KiB|bytes): left out /)
        expectWellFormed(md)
      }
    },
  )

  it('leaves out context lines first, then stack traces, then template examples, then rows', () => {
    const a = failingRun()
    a.tests.failing = hugeRun({ failing: 80, stackBytes: 3000 }).tests.failing
    const full = renderSummaryMarkdown(a, { maxBytes: 10 * 1024 * 1024 })
    const features = (md: string): number[] => [
      md.includes('  1841 │') ? 1 : 0, // context beyond ±3 lines
      md.includes('> 1842 │') ? 1 : 0, // any context
      (md.match(/^ {4}at Object.<anonymous>/gm) ?? []).length > 12 * 2 ? 1 : 0, // long stack traces
      md.includes('<details><summary>❌ <b>') ? 1 : 0, // any stack traces
      md.includes('`logs/api.log:1842` connect ECONNREFUSED') ? 1 : 0, // template examples
      (md.match(/^\| ❌ failed \|/gm) ?? []).length, // rows
    ]
    let previous = features(full)
    expect(previous.slice(0, 5)).toEqual([1, 1, 1, 1, 1])
    for (let maxBytes = bytes(full); maxBytes > 1500; maxBytes = Math.floor(maxBytes * 0.85)) {
      const md = renderSummaryMarkdown(a, { maxBytes })
      const now = features(md)
      // Nothing comes back with less room, and each kind of detail goes only once the ones before it are gone.
      now.forEach((n, i) => expect(n, `feature ${i} at ${maxBytes}`).toBeLessThanOrEqual(previous[i]!))
      now.forEach((n, i) => {
        if (n < previous[i]!)
          expect(now.slice(0, i).every((m) => m === 0) || i === 1, `at ${maxBytes}`).toBe(true)
      })
      // The verdict, the counts and the first failing tests stay.
      expect(md).toContain('## ❌ FAIL')
      expect(md).toMatch(/\| 350 \| 343 \| ❌ 2 \| 💥 1 \|/)
      expect(md).toContain(a.tests.failing[0]!.file!)
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes)
      expectWellFormed(md)
      previous = now
    }
    expect(previous.slice(0, 5)).toEqual([0, 0, 0, 0, 0])
    const tiny = renderSummaryMarkdown(a, { maxBytes: 3000 })
    expect(tiny).toContain('every section after the failing tests')
    expect(tiny).not.toContain('### Root causes')
  })

  it('never exceeds even an absurdly small limit', () => {
    for (const maxBytes of [0, 10, 200, 1000]) {
      const md = renderSummaryMarkdown(hugeRun({ failing: 50, stackBytes: 1000, multibyte: true }), {
        maxBytes,
      })
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes)
      expect(md).not.toContain('\uFFFD')
    }
  })

  it('is a pure function of the analysis', () => {
    const a = failingRun()
    const before = structuredClone(a)
    expect(renderSummaryMarkdown(a)).toBe(renderSummaryMarkdown(a))
    expect(a).toEqual(before)
  })
})
