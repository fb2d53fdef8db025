import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  allCases,
  canBoundTextNodes,
  parseTestReport,
  summarize,
} from '../../../src/sources/test-reports/index.js'

const MiB = 1024 * 1024
let dir: string

// A full collection before measuring, so "retained" is what the report holds, not garbage not yet collected.
// (vitest runs without --expose-gc; enabling the flag at run time and fetching `gc` from a new context works.)
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Heap in use outside the young generation. Peak `heapUsed` also counts short-lived garbage (64 KiB chunks)
 * not yet scavenged, which varies with the young generation's size; what a parser buffers for long survives
 * into the old and large-object spaces, so this is what bounded memory is measured on.
 */
function heapOutsideYoungGeneration(): number {
  return getHeapSpaceStatistics()
    .filter((s) => s.space_name !== 'new_space')
    .reduce((sum, s) => sum + s.space_used_size, 0)
}

/** Run `fn`, sampling heap use every millisecond; the growth at the peak and what stays after a full GC. */
async function measureHeap<T>(fn: () => Promise<T>): Promise<{ result: T; peak: number; retained: number }> {
  gc()
  const before = heapOutsideYoungGeneration()
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, heapOutsideYoungGeneration())
  }, 1)
  try {
    const result = await fn()
    peak = Math.max(peak, heapOutsideYoungGeneration())
    gc()
    return { result, peak: peak - before, retained: heapOutsideYoungGeneration() - before }
  } finally {
    clearInterval(timer)
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-large-report-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Write `parts` (strings, or [string, times]) to a file without building it in memory. */
async function writeStreamed(path: string, parts: (string | [string, number])[]): Promise<void> {
  const out = createWriteStream(path)
  for (const part of parts) {
    const [text, times] = typeof part === 'string' ? [part, 1] : part
    for (let i = 0; i < times; i++) if (!out.write(text)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

describe('large reports', () => {
  it('saxes internals are as expected, so huge text nodes are streamed in pieces', () => {
    // If this fails after a saxes upgrade, parsing still works but one huge <system-out> is buffered whole.
    expect(canBoundTextNodes).toBe(true)
  })

  it('streams a 60 MB report with heap growth well below the file size', { timeout: 120_000 }, async () => {
    const path = join(dir, 'huge.xml')
    const line = 'INFO 2024-05-02T10:11:12Z worker-7 processed batch with a reasonably long log line\n' // 82 chars
    const many = 2000
    await writeStreamed(path, [
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="huge">\n<testsuite name="big">\n',
      // One case whose single <system-out> text node is 20 MB: saxes would buffer it whole.
      '<testcase name="chatty" classname="Big"><system-out>',
      [line, Math.ceil((20 * MiB) / line.length)],
      '</system-out></testcase>\n',
      // One failure whose CDATA stack trace is 10 MB.
      // A 5 MB comment and a 5 MB message attribute: saxes buffers those whole too.
      '<!--',
      ['a comment that nobody reads, ', Math.ceil((5 * MiB) / 29)],
      '-->\n',
      '<testcase name="repr" classname="Big"><failure message="',
      ['AssertionError: [1, 2, 3, ', Math.ceil((5 * MiB) / 26)],
      '">short</failure></testcase>\n',
      '<testcase name="deep" classname="Big"><failure message="overflow"><![CDATA[',
      ['    at com.acme.Big.recurse(Big.java:10)\n', Math.ceil((10 * MiB) / 40)],
      ']]></failure></testcase>\n',
      // Many cases with ~10 KB of output each: under the per-field cap, so the per-report budget bounds them.
      [
        `<testcase name="case" classname="com.acme.ManyOutputsTest"><system-out>${line.repeat(125)}</system-out></testcase>\n`,
        many,
      ],
      '</testsuite>\n</testsuites>\n',
    ])
    const size = (await stat(path)).size
    expect(size).toBeGreaterThan(60 * MiB)

    const started = performance.now()
    const { result: report, peak, retained } = await measureHeap(() => parseTestReport(path))
    const elapsed = performance.now() - started

    expect(summarize(report)).toEqual({
      tests: 3 + many,
      passed: 1 + many,
      failed: 2,
      errored: 0,
      skipped: 0,
    })
    const cases = [...allCases(report)].map((c) => c.testCase)
    const repr = cases.splice(1, 1)[0]!
    expect(repr.message!.length).toBeLessThan(65 * 1024)
    expect(repr.message).toMatch(/^AssertionError: \[1, 2, 3, /)
    // The count covers what the stream cut before the attribute was complete.
    const reprDropped = Number(/truncated: (\d+) more characters\]$/.exec(repr.message!)![1])
    expect(reprDropped).toBe(Math.ceil((5 * MiB) / 26) * 26 - 64 * 1024)
    expect(repr.stackTrace).toBe('short')
    const chatty = cases[0]!
    // Cut at 64 KiB, with a marker saying how much was dropped.
    expect(chatty.stdout!.length).toBeLessThan(65 * 1024)
    expect(chatty.stdout).toMatch(/\n… \[truncated: \d+ more characters\]$/)
    const dropped = Number(/truncated: (\d+) more/.exec(chatty.stdout!)![1])
    expect(dropped).toBeGreaterThan(19 * MiB)
    expect(cases[1]!.stackTrace!.length).toBeLessThan(65 * 1024)
    expect(cases[1]!.stackTrace).toMatch(/truncated: \d+ more characters\]$/)
    // The 4 Mi-character report budget ran out somewhere among the 2000 small outputs.
    const cut = cases.slice(2).filter((c) => c.stdout === undefined || c.stdout.includes('[truncated:'))
    expect(cut.length).toBeGreaterThan(0)

    console.info(
      `big report: ${(size / MiB).toFixed(1)} MiB parsed in ${elapsed.toFixed(0)} ms; heap peak +${(peak / MiB).toFixed(1)} MiB, retained +${(retained / MiB).toFixed(1)} MiB`,
    )
    // Half the file: holding it whole would be more; the margin absorbs GC timing on a loaded machine.
    expect(peak).toBeLessThan(size / 2)
    // What is kept: the 4 Mi-character text budget, two 64 KiB fields, 2002 cases.
    expect(retained).toBeLessThan(10 * MiB)
  })

  it('a 30 MB attribute value and a 30 MB comment are not buffered whole', { timeout: 60_000 }, async () => {
    const path = join(dir, 'attr.xml')
    await writeStreamed(path, [
      '<testsuite><!--',
      ['a comment that nobody reads, ', Math.ceil((30 * MiB) / 29)],
      '--><testcase name="repr"><failure message="',
      ['AssertionError: [1, 2, 3, ', Math.ceil((30 * MiB) / 26)],
      '"/></testcase></testsuite>',
    ])
    const { result: report, peak } = await measureHeap(() => parseTestReport(path))
    const message = report.suites[0]!.cases[0]!.message!
    expect(message).toMatch(/^AssertionError: \[1, 2, 3, [^]*\n… \[truncated: \d+ more characters\]$/)
    // Either 30 MB value held whole would exceed this; the rest is margin for GC timing under load.
    expect(peak).toBeLessThan(16 * MiB)
  })

  // 1000 cases with long names and ids, each followed by 30 KB of text that is not kept: anything kept that
  // shared memory with its 64 KiB chunk (a V8 sliced string) would keep the whole file alive.
  const filler = 'text that is not kept by the parser at all, padding padding padding\n'.repeat(450)
  const pinning: [string, (string | [string, number])[]][] = [
    [
      'junit',
      [
        '<testsuites><testsuite name="s">',
        [
          `<testcase name="a reasonably long test name" classname="com.acme.LongClassNameTest"/><system-out>${filler}</system-out>`,
          1000,
        ],
        '</testsuite></testsuites>',
      ],
    ],
    [
      'trx',
      [
        '<TestRun><Results>',
        [
          '<UnitTestResult testId="0f8fad5b-d9cb-469f-a165-70867728950e" testName="Acme.LongClassNameTests.Passes" outcome="Passed">' +
            `<Output><TextMessages><Message>${filler}</Message></TextMessages></Output></UnitTestResult>`,
          1000,
        ],
        '</Results><TestDefinitions><UnitTest id="0f8fad5b-d9cb-469f-a165-70867728950e">',
        '<TestMethod className="Acme.LongClassNameTests" name="Passes"/></UnitTest></TestDefinitions></TestRun>',
      ],
    ],
  ]
  it.each(pinning)(
    '%s: kept strings do not pin the chunks they were cut from',
    { timeout: 60_000 },
    async (format, parts) => {
      const path = join(dir, `pinned-${format}.xml`)
      await writeStreamed(path, parts)
      expect((await stat(path)).size).toBeGreaterThan(25 * MiB)
      const { result: report, peak, retained } = await measureHeap(() => parseTestReport(path))
      expect(summarize(report).passed).toBe(1000)
      // While parsing too (TRX keeps every result's test id until the definitions at the end). Pinned
      // chunks would hold the whole 25+ MB file; the bound leaves margin for GC timing under load.
      expect(peak).toBeLessThan(16 * MiB)
      expect(retained).toBeLessThan(2 * MiB)
    },
  )

  it('caps are configurable: per field and per report', async () => {
    const path = join(dir, 'small.xml')
    const out = 'x'.repeat(1000)
    await writeFile(
      path,
      '<testsuite>' +
        `<testcase name="a"><failure message="m">${out}</failure><system-out>${out}</system-out></testcase>` +
        `<testcase name="b"><system-out>${out}</system-out></testcase>` +
        '</testsuite>',
    )
    const report = await parseTestReport(path, { maxFieldChars: 100, maxReportTextChars: 250 })
    const [a, b] = report.suites[0]!.cases
    expect(a!.stackTrace).toBe('x'.repeat(100) + '\n… [truncated: 900 more characters]')
    // The message attribute (1 char) is charged too: 100 + 1 + 100 = 201 of 250 used after case a.
    expect(a!.stdout).toBe('x'.repeat(100) + '\n… [truncated: 900 more characters]')
    expect(b!.stdout).toBe('x'.repeat(49) + '\n… [truncated: 951 more characters]')
  })
})
