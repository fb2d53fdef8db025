import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtmlReport } from '../../../src/act/report/html/render-html.js'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { failingRun, hostileRun, hugeRun } from '../../fixtures/report/analysis.js'
import { repoRoot } from '../../helpers/shared-data.js'

/*
 * report.html in a real browser: Debian's Chromium driven by playwright-core (which never downloads a
 * browser of its own). Contributors without /usr/bin/chromium skip this file; CI installs it with
 * `apt-get install -y chromium`. Screenshots land in test-output/ (git-ignored) for a person to look at.
 */
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`[report-browser] skipped: ${CHROMIUM} not found (apt-get install -y chromium to run it)`)
}

const outDir = join(repoRoot, 'test-output')

// Page code is passed as strings: the project compiles without the DOM library, and this keeps it so.
const PAGE_OVERFLOW = 'document.documentElement.scrollWidth - window.innerWidth'
const PAGE_BACKGROUND = 'getComputedStyle(document.body).backgroundColor'
const PAGE_INJECTED = `({
  scripts: document.querySelectorAll('script').length,
  embeds: document.querySelectorAll('img, iframe, textarea, object, embed').length,
  handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
  oddLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|#)/.test(a.getAttribute('href'))).length,
  text: document.body.innerText,
})`
// Resolves with the directive that refused a fetch to the network.
const PAGE_FETCH = `new Promise((resolve) => {
  document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective))
  fetch('https://example.invalid/x').catch(() => undefined)
})`

interface Watched {
  page: Page
  consoleErrors: string[]
  /** Requests other than the report file itself: there must be none. */
  network: string[]
  failed: string[]
  dialogs: string[]
}

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  let context: BrowserContext
  let profile: string

  beforeAll(async () => {
    const { chromium } = await import('playwright-core')
    mkdirSync(outDir, { recursive: true })
    profile = mkdtempSync(join(tmpdir(), 'logward-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  async function open(
    analysis: RunAnalysis,
    name: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<Watched> {
    const file = join(outDir, `${name}.html`)
    writeFileSync(file, renderHtmlReport(analysis))
    const page = await context.newPage()
    await page.setViewportSize(viewport)
    const w: Watched = { page, consoleErrors: [], network: [], failed: [], dialogs: [] }
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') w.consoleErrors.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => w.consoleErrors.push(`pageerror: ${e.message}`))
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) w.network.push(r.url())
    })
    page.on('requestfailed', (r) => w.failed.push(`${r.url()}: ${r.failure()?.errorText}`))
    page.on('dialog', (d) => {
      w.dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
    return w
  }

  function expectQuiet(w: Watched): void {
    expect(w.consoleErrors).toEqual([])
    expect(w.network).toEqual([])
    expect(w.failed).toEqual([])
    expect(w.dialogs).toEqual([])
  }

  it('shows the verdict, the charts and the failing tests, with no console error and no request', async () => {
    const w = await open(failingRun(), 'report')
    const { page } = w
    await expect.poll(() => page.locator('header.verdict h1').textContent()).toContain('FAIL')
    for (const chart of ['svg.chart.histogram', 'svg.chart.bars', 'svg.chart.outcome']) {
      const svg = page.locator(chart)
      expect(await svg.isVisible(), chart).toBe(true)
      const box = await svg.boundingBox()
      expect(box!.width).toBeGreaterThan(600)
      expect(box!.height).toBeGreaterThan(10)
    }
    // Bars were drawn (stacked rects in the histogram, one per template).
    expect(await page.locator('svg.chart.histogram rect').count()).toBeGreaterThan(60)
    expect(await page.locator('svg.chart.bars rect[class^="f-"]').count()).toBe(5)
    const rows = page.locator('#failing-table tbody tr')
    expect(await rows.count()).toBe(3)
    for (let i = 0; i < 3; i++) expect(await rows.nth(i).isVisible()).toBe(true)
    expect(await rows.first().textContent()).toContain('applies percentage discount codes')
    // The focus line of the root cause is highlighted and visible.
    expect(await page.locator('.ctx tr.focus').first().isVisible()).toBe(true)
    // Stack traces start collapsed and open on click.
    const trace = page.locator('#failing-table details').nth(1)
    expect(await trace.locator('pre').isVisible()).toBe(false)
    await trace.locator('summary').click()
    expect(await trace.locator('pre').isVisible()).toBe(true)
    await trace.locator('summary').click()
    await page.screenshot({ path: join(outDir, 'report.png'), fullPage: true })
    expectQuiet(w)
    await page.close()
  })

  it('is readable at phone width and in the dark scheme', async () => {
    const phone = await open(failingRun(), 'report-phone', { width: 390, height: 844 })
    // Nothing wider than the screen: the page does not scroll sideways.
    const overflow = await phone.page.evaluate<number>(PAGE_OVERFLOW)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await phone.page.locator('#failing-table tbody tr').first().isVisible()).toBe(true)
    expect(await phone.page.locator('svg.chart.histogram').isVisible()).toBe(true)
    await phone.page.screenshot({ path: join(outDir, 'report-phone.png'), fullPage: true })
    expectQuiet(phone)
    await phone.page.close()

    const dark = await open(failingRun(), 'report-dark')
    await dark.page.emulateMedia({ colorScheme: 'dark' })
    const bg = await dark.page.evaluate<string>(PAGE_BACKGROUND)
    expect(bg).toBe('rgb(13, 17, 23)')
    await dark.page.screenshot({ path: join(outDir, 'report-dark.png'), fullPage: true })
    expectQuiet(dark)
    await dark.page.close()
  })

  it('runs no hostile text: no dialog, no injected element, the text shown as text', async () => {
    const w = await open(hostileRun(), 'report-hostile')
    const { page } = w
    const injected = await page.evaluate<{
      scripts: number
      embeds: number
      handlers: number
      oddLinks: number
      text: string
    }>(PAGE_INJECTED)
    expect(injected.scripts).toBe(1)
    expect(injected.embeds).toBe(0)
    expect(injected.handlers).toBe(0)
    expect(injected.oddLinks).toBe(0)
    expect(injected.text).toContain('<script>alert(1)</script>')
    expect(injected.text).toContain('</textarea><img src=x onerror=alert(2)>')
    expectQuiet(w)
    await page.close()
  })

  it('filters long tables, and its policy blocks any request', async () => {
    const w = await open(hugeRun({ failing: 40, stackBytes: 2000 }), 'report-filter')
    const { page } = w
    const rows = page.locator('#failing-table tbody tr')
    expect(await rows.count()).toBe(40)
    await page.locator('#failing-table-q').fill('case17.test')
    await expect.poll(() => page.locator('#failing-table tbody tr:not([hidden])').count()).toBe(1)
    expect(await page.locator('#failing-table-s').textContent()).toBe('1 of 40 rows match')
    await page.locator('#failing-table-q').fill('')
    await expect.poll(() => page.locator('#failing-table tbody tr:not([hidden])').count()).toBe(40)
    expectQuiet(w)

    // The Content-Security-Policy is in force: a fetch from the page is refused before it leaves.
    const violation = await page.evaluate<string>(PAGE_FETCH)
    expect(violation).toBe('connect-src')
    expect(w.network).toEqual([])
    await page.close()
  })
})
