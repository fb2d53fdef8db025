// `npm run bench`: ingest throughput (collect → frame → redact → parse) on ≥ 1M lines built from
// ../shared/data/loghub-2k, peak RSS, and the test-report parser on the largest fixtures. One core:
// everything runs on the main thread. Prints a table; numbers go in the closing notes of issues.
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  rmSync,
  createWriteStream,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadConfig } from '../src/config/load.js'
import { createLogger } from '../src/core/logger.js'
import { ingest } from '../src/pipeline/ingest.js'
import { collectSources } from '../src/sources/index.js'
import { parseTestReport } from '../src/sources/test-reports/index.js'

const shared = process.env.LOGWARD_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data')
const LINES_PER_SYSTEM = Number(process.env.BENCH_LINES_PER_SYSTEM ?? 128_000)
const quiet = createLogger(() => {}, 'error')

function mib(bytes: number): string {
  return (bytes / 1048576).toFixed(1)
}

async function main(): Promise<void> {
  let systems: string[]
  try {
    systems = readdirSync(join(shared, 'loghub-2k'))
  } catch {
    console.log(
      `notice: ${shared}/loghub-2k not found; the benchmark needs ../shared/data (or LOGWARD_SHARED_DATA)`,
    )
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'logward-bench-'))
  const files: string[] = []
  let totalBytes = 0
  let totalLines = 0
  for (const system of systems.sort()) {
    const lines = readFileSync(join(shared, 'loghub-2k', system, `${system}_2k.log`), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
    const path = join(dir, `${system}.log`)
    const out = createWriteStream(path)
    const block = lines.join('\n') + '\n'
    for (let n = 0; n < LINES_PER_SYSTEM; n += lines.length) out.write(block)
    await new Promise<void>((r) => out.end(r))
    files.push(path)
    totalBytes += statSync(path).size
    totalLines += Math.ceil(LINES_PER_SYSTEM / lines.length) * lines.length
  }
  console.log(
    `input: ${files.length} files, ${totalLines.toLocaleString('en-US')} lines, ${mib(totalBytes)} MiB (Loghub-2k repeated)`,
  )
  console.log(`node ${process.version}\n`)

  const rows: [string, number, number][] = []
  // Stage 1: collect only (read, decode, split), for the cost of the rest by difference.
  {
    const t0 = performance.now()
    let lines = 0
    for await (const source of collectSources(files, {}, quiet))
      for await (const batch of source.lines) lines += batch.length
    rows.push(['collect (read, decode, split)', lines, performance.now() - t0])
  }
  for (const framing of ['line', 'multiline'] as const) {
    const config = loadConfig({ cwd: dir, overrides: { paths: files, framing } })
    const t0 = performance.now()
    let records = 0
    for await (const batch of ingest({ config, logger: quiet })) records += batch.length
    rows.push([`ingest, framing=${framing} (collect+frame+redact+parse)`, records, performance.now() - t0])
  }
  console.log('| stage | records | seconds | lines/s | MiB/s |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const [name, records, ms] of rows) {
    const s = ms / 1000
    console.log(
      `| ${name} | ${records.toLocaleString('en-US')} | ${s.toFixed(2)} | ${Math.round(totalLines / s).toLocaleString('en-US')} | ${(totalBytes / 1048576 / s).toFixed(1)} |`,
    )
  }
  console.log(`\npeak RSS: ${mib(process.resourceUsage().maxRSS * 1024)} MiB`)
  rmSync(dir, { recursive: true, force: true })

  // Test reports: the largest fixtures of ../shared/data/junit-dorny, and a generated 50 MB JUnit file.
  const fixtures = join(shared, 'junit-dorny', 'fixtures')
  const all = readdirSync(fixtures, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(xml|trx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => statSync(b).size - statSync(a).size)
    .slice(0, 2)
  console.log('\n| test report | size | cases | cold ms | warm ms (median of 5) |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  const gen = join(mkdtempSync(join(tmpdir(), 'logward-bench-')), 'huge-junit.xml')
  {
    const out = createWriteStream(gen)
    out.write('<?xml version="1.0"?>\n<testsuites>\n<testsuite name="huge">\n')
    for (let i = 0; i < 200_000; i++) {
      out.write(
        i % 50 === 0
          ? `<testcase classname="a.b.C${i % 97}" name="test ${i}" time="0.01"><failure message="expected 1 but was 2">at a.b.C.test(C.java:${i % 300})\n${'x'.repeat(100)}</failure></testcase>\n`
          : `<testcase classname="a.b.C${i % 97}" name="test ${i}" time="0.01"/>\n`,
      )
    }
    out.write('</testsuite>\n</testsuites>\n')
    await new Promise<void>((r) => out.end(r))
  }
  for (const path of [...all, gen]) {
    const t0 = performance.now()
    const report = await parseTestReport(path)
    const cold = performance.now() - t0
    const warm: number[] = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      await parseTestReport(path)
      warm.push(performance.now() - t)
    }
    warm.sort((a, b) => a - b)
    const cases = report.suites.reduce(function count(n: number, s): number {
      return n + s.cases.length + (s.suites ?? []).reduce(count, 0)
    }, 0)
    console.log(
      `| ${path.startsWith(fixtures) ? path.slice(fixtures.length + 1) : 'generated huge-junit.xml'} | ${mib(statSync(path).size)} MiB | ${cases.toLocaleString('en-US')} | ${cold.toFixed(0)} | ${warm[2]!.toFixed(0)} |`,
    )
  }
  rmSync(gen, { force: true })
  console.log(`\npeak RSS (whole run): ${mib(process.resourceUsage().maxRSS * 1024)} MiB`)
  writeFileSync(join(tmpdir(), 'logward-bench-last.txt'), new Date().toISOString())
}

await main()
