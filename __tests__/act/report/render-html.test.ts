import { describe, expect, it } from 'vitest'
import { renderHtmlReport } from '../../../src/act/report/html/render-html.js'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { emptyRun, failingRun, hostileRun, hugeRun, passingRun } from '../../fixtures/report/analysis.js'

const SECTION_ORDER = ['tests', 'root-causes', 'logs', 'templates', 'new-templates', 'timeline', 'inputs']

/**
 * The page with the line breaks and indentation of the renderer's source (prettier-formatted templates)
 * removed, so assertions can name markup exactly. Whitespace at a line break is insignificant in HTML.
 */
function render(a: RunAnalysis): string {
  return renderHtmlReport(a)
    .replace(/\s*\n\s*(?=<|>|\/>)/g, '')
    .replace(/(?<=>)\s*\n\s*/g, '')
    .replace(/\s*\n\s*/g, ' ')
}

/** Every tag the renderer wrote. Escaped text has no `<`, so in the output each `<…>` is markup. */
function tags(page: string): string[] {
  return [...page.matchAll(/<[^>]*>/g)].map((m) => m[0])
}

function blockContents(page: string, tag: 'style' | 'script'): string {
  return [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]).join('\n')
}

describe('renderHtmlReport', () => {
  it('puts the verdict first, then the sections in order of importance', () => {
    const page = render(failingRun())
    const verdict = page.indexOf('class="verdict v-fail"')
    expect(verdict).toBeGreaterThan(0)
    const positions = SECTION_ORDER.map((id) => page.indexOf(`<section id="${id}"`))
    expect(positions.every((p) => p > verdict)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('shows the verdict, its reasons and the failing tests with their messages and links', () => {
    const a = failingRun()
    const page = render(a)
    expect(page).toContain('FAIL</span>')
    expect(page).toContain('3 tests failed (2 failed, 1 errored) in 2 test reports.')
    expect(page).toContain('83 error records in 4 logs.')
    expect(page).toContain('This run fails the step')
    for (const f of a.tests.failing) expect(page).toContain(f.name)
    expect(page).toContain(
      `<a href="${a.tests.failing[0]!.url}" rel="noopener noreferrer">services/api/src/checkout/discount.test.ts:42</a>`,
    )
    // No URL: the location is shown as text.
    expect(page).toContain('RefundServiceTest.java:88')
    expect(page).toContain('AssertionError: expected 90 to be 81')
    expect(page).toMatch(/<details><summary>Stack trace · 6 lines<\/summary><pre>AssertionError/)
  })

  it('shows the root cause with the focus line marked, and the stack trace collapsed', () => {
    const page = render(failingRun())
    expect(page).toContain('<h3>logs/api.log:1842</h3>')
    expect(page).toMatch(
      /<tr class="focus" aria-current="true"><td class="ln"[^>]*>1842<\/td><td class="lv error">error/,
    )
    expect(page).toContain('db pool exhausted, waiting for a connection')
    expect(page).toContain('step <b>Run integration tests</b>')
  })

  it('shows counts, templates, new templates against the baseline, the timeline and the inputs', () => {
    const page = render(failingRun())
    expect(page).toMatch(/<dt>Log errors<\/dt><dd>83<\/dd>/)
    expect(page).toMatch(/<dt>Warnings<\/dt><dd>100<\/dd>/)
    expect(page).toContain('<code>connect ECONNREFUSED &lt;*&gt;:&lt;*&gt;</code>')
    expect(page).toContain('payment provider returned 429 for charge ch_3OqL2x')
    expect(page).toContain('.logward/baseline (main, last 14 runs)')
    expect(page).toMatch(/<section id="new-templates"[\s\S]*connect ECONNREFUSED[\s\S]*<\/section>/)
    expect(page).toContain('logs/nginx/access.log.gz')
    expect(page).toContain('incorrect header check')
    expect(page).toMatch(/<td class="where">services\/api\/junit.xml<\/td><td>junit<\/td>/)
  })

  it('draws accessible SVG charts: histogram by level with axis labels, template bars, test outcomes', () => {
    const page = render(failingRun())
    for (const cls of ['histogram', 'bars', 'outcome']) {
      const svg = new RegExp(
        `<svg class="chart ${cls}"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*><title id="[^"]+">[^<]+</title><desc`,
      )
      expect(page).toMatch(svg)
    }
    const histogram = /<svg class="chart histogram"[\s\S]*?<\/svg>/.exec(page)![0]
    expect(histogram).toContain('>09:12<')
    expect(histogram).toContain('>09:42<')
    expect(histogram).toContain('Warnings and errors only (own scale)')
    expect(histogram).toContain('<title>09:24–09:25: error 30, warn 18, info 218, debug 29</title>')
    // Level names are written out beside the colours.
    expect(page).toMatch(/<li><span class="sw f-error" aria-hidden="true"><\/span>error <b>80<\/b><\/li>/)
  })

  it('has a strict Content-Security-Policy, both colour schemes and a phone layout', () => {
    const page = render(failingRun())
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;`,
    )
    expect(page).toContain('@media (prefers-color-scheme: dark)')
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toMatch(/@media \(max-width: 700px\)/)
    expect(page.startsWith('<!doctype html><html lang="en">')).toBe(true)
  })

  it('loads nothing: no external URL but the links of the analysis, no src=, @import or url()', () => {
    for (const a of [failingRun(), passingRun(), emptyRun(), hostileRun()]) {
      const page = render(a)
      const markup = tags(page).join('\n') + blockContents(page, 'style') + blockContents(page, 'script')
      const allowed = new Set(a.tests.failing.map((f) => f.url).filter((u) => u?.startsWith('https://')))
      for (const t of tags(page)) {
        // The favicon is a data: URL; an SVG image needs its namespace name, which is never fetched.
        const withoutNamespace = t.replaceAll("xmlns='http://www.w3.org/2000/svg'", '')
        const hrefs = [...withoutNamespace.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1])
        for (const h of hrefs) expect(allowed.has(h!.replaceAll('&amp;', '&'))).toBe(true)
        const rest = withoutNamespace.replace(/href="https?:[^"]*"/g, '')
        expect(rest).not.toMatch(/https?:/)
        expect(t).not.toMatch(/\bsrc=/i)
      }
      expect(markup).not.toMatch(/@import|url\(/i)
      expect(tags(page).filter((t) => /^<link\b/.test(t))).toEqual([
        expect.stringContaining('rel="icon" href="data:'),
      ])
    }
    // With no hostile text, the whole page can be scanned.
    const plain = render(failingRun())
      .replaceAll(/href="https:\/\/github\.com\/acme\/shop\/blob\/[^"]+"/g, '')
      .replaceAll("xmlns='http://www.w3.org/2000/svg'", '')
    expect(plain).not.toMatch(/https?:\/\/|\bsrc=|@import|url\(/i)
  })

  it('escapes every string of the analysis', () => {
    const page = render(hostileRun())
    // The only script is the renderer's own; no hostile tag made it through.
    expect(page.match(/<script/gi)).toHaveLength(1)
    expect(page).not.toMatch(/<img|<svg onload|<\/textarea|<textarea|<style>body|<!-- comment|<details open/i)
    expect(tags(page).filter((t) => /\son\w+=/i.test(t))).toEqual([])
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('&quot;&#39;&gt;&lt;svg onload=alert(3)&gt;')
    expect(page).toContain('&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect(page).toContain('line&#x2028;separator&#x2029;paragraph')
    expect(page).not.toMatch(/[\u2028\u2029\x00\x07\x1b]/)
    // ANSI colours are removed, other control characters shown as symbols.
    expect(page).toContain('red ␀nul ␇bell')
    // javascript: and data: links from a hostile report are not links.
    expect(page).not.toMatch(/href="(javascript|data:text)/i)
    // Escaped text inside attributes too (the title of the page, the sha tooltip).
    expect(page).toMatch(/<title>logward · FAIL · repo &lt;script&gt;/)
  })

  it('shows flaky tests with their kind and evidence, and the evidence of a consistent failure', () => {
    const a = failingRun()
    a.tests.flaky.push({
      name: 'listsOrders',
      report: 'it.xml',
      reruns: 1,
      kind: 'commit-flip',
      evidence: 'failed here, but passed in run 41.1 of the same commit 3f2a9c1 (h/report.json)',
    })
    a.tests.failing[0]!.evidence = 'failed in all 3 attempts in this run'
    const page = renderHtmlReport(a)
    expect(page).toContain('<td>passed in an earlier run of this commit</td>')
    expect(page).toContain('failed here, but passed in run 41.1 of the same commit 3f2a9c1 (h/report.json)')
    expect(page).toContain('<td>passed on a rerun</td>')
    expect(page).toContain('failed once, then passed on a rerun in this run')
    expect(page).toContain('failed in all 3 attempts in this run')
  })

  it('renders a passing run without failing-test or root-cause sections', () => {
    const page = render(passingRun())
    expect(page).toContain('class="verdict v-pass"')
    expect(page).toContain('PASS</span>')
    expect(page).toContain('All 346 tests that ran passed.')
    expect(page).toContain('The step does not fail')
    expect(page).not.toContain('id="root-causes"')
    expect(page).not.toContain('id="templates"')
    expect(page).not.toContain('id="failing-table"')
    expect(page).toContain('<svg class="chart histogram"')
  })

  it('renders an empty run (no logs, no tests) with empty-state notes', () => {
    const page = render(emptyRun())
    expect(page).toContain('Nothing to judge: no log records and no test results were read.')
    expect(page).toContain('No test results')
    expect(page).toContain('No log records')
    expect(page).toContain('No inputs')
    expect(page).not.toContain('<svg class="chart histogram"')
    expect(page).not.toContain('id="timeline"')
    expect(page.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('caps big sections and says how many rows were left out', () => {
    const a = hugeRun({ failing: 2000, stackBytes: 200_000 })
    const page = render(a)
    const rows = /<table id="failing-table"[\s\S]*?<\/table>/.exec(page)![0].match(/<tr class="t-/g)
    expect(rows).toHaveLength(300)
    expect(page).toContain('…and 1,700 more failing tests, not shown here (report.json has them).')
    expect(page).toContain('…and 450 more templates')
    expect(page).toContain('…and 2,700 more logs')
    expect(page).toContain('more lines')
    expect(page).toContain('type="search"')
    // A few megabytes at most, whatever the analysis holds.
    expect(Buffer.byteLength(page)).toBeLessThan(6 * 1024 * 1024)
    // At most 120 bars: 5,000 one-second buckets are regrouped.
    const histogram = /<svg class="chart histogram"[\s\S]*?<\/svg>/.exec(page)![0]
    expect(histogram.match(/<g><title>/g)!.length).toBeLessThanOrEqual(120 * 2)
  })

  it('is a pure function of the analysis', () => {
    const a = failingRun()
    const before = structuredClone(a)
    expect(renderHtmlReport(a)).toBe(renderHtmlReport(a))
    expect(a).toEqual(before)
  })
})
