/**
 * `npm run bench:mining`: logward's template miner against Drain's published grouping accuracy and
 * against Drain3 (the pip package, default settings) run on the same messages in the same run.
 *
 * Per Loghub-2k system: GA of logward (default settings, one pass over the 2,000 `Content` messages,
 * each labelled with its final template as `logward mine` prints it), Drain's published GA, Drain3's GA,
 * and throughput. A pass mines the 2,000 messages into a fresh miner, so repeating the sample does not
 * turn into cache hits; throughput is the median over several timed rounds of passes, in CPU time of
 * the mining thread (the machine is shared: wall time would count other processes' work). Both miners
 * are timed the same way.
 *
 * Drain3 runs in a venv under node_modules/.cache/logward-bench-venv, made on first use; if Python, the
 * venv or `pip install drain3` fails, its columns are skipped with a notice.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { groupingAccuracy } from '../src/transforms/mine/accuracy.js'
import { mineMessages } from '../src/transforms/mine/mine-lines.js'
import { TemplateMiner } from '../src/transforms/mine/miner.js'
import { repoRoot, sharedData } from '../__tests__/helpers/shared-data.js'
import { LOGHUB_SYSTEMS, readLoghub } from '../__tests__/transforms/mine/loghub.js'

const ROUNDS = Number(process.env.LOGWARD_BENCH_ROUNDS ?? 7)
const DRAIN3_PASSES = Number(process.env.DRAIN3_BENCH_PASSES ?? 7)
const VENV = join(repoRoot, 'node_modules', '.cache', 'logward-bench-venv')
const VENV_PYTHON = join(VENV, 'bin', 'python')

interface Row {
  name: string
  lines: number
  bytes: number
  drainGA: number
  ga: number
  /** Median seconds to mine the sample once (add only), and to mine then label it (both passes). */
  mineSeconds: number
  twoPassSeconds: number
  drain3?: { ga: number; seconds: number }
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** CPU seconds of this thread: the machine is shared, and wall time would count others' work too. */
function cpuSeconds(): number {
  const u = process.threadCpuUsage()
  return (u.user + u.system) / 1e6
}

/**
 * Median CPU seconds for one pass of `run`. The thread clock ticks coarsely, so each of ROUNDS
 * measurements times as many passes as fill ~0.1 s.
 */
function timePasses(run: () => void): number {
  const w0 = performance.now()
  for (let i = 0; i < 3; i++) run() // warm the JIT
  const perPass = Math.max((performance.now() - w0) / 3000, 1e-5)
  const passes = Math.max(1, Math.ceil(0.1 / perPass))
  const rounds: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = cpuSeconds()
    for (let i = 0; i < passes; i++) run()
    rounds.push((cpuSeconds() - t0) / passes)
  }
  return median(rounds)
}

/** The venv's python with drain3 importable, making the venv on first use; undefined (with a notice) if that fails. */
function drain3Python(): string | undefined {
  const importable = (): boolean =>
    existsSync(VENV_PYTHON) &&
    spawnSync(VENV_PYTHON, ['-c', 'import drain3'], { stdio: 'ignore' }).status === 0
  if (importable()) return VENV_PYTHON
  console.log(`notice: setting up Drain3 in ${VENV} (python3 -m venv; pip install drain3) …`)
  const venv = spawnSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' })
  if (venv.status !== 0) {
    console.log(
      'notice: could not create a Python venv (is python3 with venv installed?); skipping Drain3 columns',
    )
    return undefined
  }
  const pip = spawnSync(VENV_PYTHON, ['-m', 'pip', 'install', '--quiet', 'drain3'], { stdio: 'inherit' })
  if (pip.status !== 0 || !importable()) {
    console.log('notice: `pip install drain3` failed; skipping Drain3 columns')
    return undefined
  }
  return VENV_PYTHON
}

function runDrain3(python: string, systems: { name: string; lines: string[] }[]): Map<string, Row['drain3']> {
  const out = new Map<string, Row['drain3']>()
  const res = spawnSync(python, [join(repoRoot, 'bench', 'drain3_baseline.py')], {
    input: JSON.stringify({ passes: DRAIN3_PASSES, systems }),
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
    cwd: VENV, // no stray drain3.ini: the script passes Drain3's default config explicitly anyway
  })
  if (res.status !== 0) {
    console.log(
      `notice: the Drain3 run failed (${res.stderr.trim().split('\n').pop()}); skipping Drain3 columns`,
    )
    return out
  }
  const parsed = JSON.parse(res.stdout) as {
    drain3: string
    systems: { name: string; clusterIds: number[]; bestSeconds: number; medianSeconds: number }[]
  }
  console.log(`Drain3 ${parsed.drain3}, default settings (sim_th 0.4, depth 4, max_children 100, no masking)`)
  for (const s of parsed.systems) {
    const truth = systems.find((x) => x.name === s.name)!
    out.set(s.name, {
      ga: groupingAccuracy(s.clusterIds, eventIdsByName.get(truth.name)!),
      seconds: s.medianSeconds,
    })
  }
  return out
}

const eventIdsByName = new Map<string, string[]>()

function main(): void {
  if (!sharedData) {
    console.log('notice: ../shared/data not found (set LOGWARD_SHARED_DATA); skipping the mining benchmark')
    return
  }
  const dir = join(sharedData, 'loghub-2k')
  const rows: Row[] = []
  const samples: { name: string; lines: string[] }[] = []
  for (const { name, drainGA } of LOGHUB_SYSTEMS) {
    const { contents, eventIds } = readLoghub(dir, name)
    eventIdsByName.set(name, eventIds)
    samples.push({ name, lines: contents })
    const bytes = contents.reduce((sum, m) => sum + Buffer.byteLength(m, 'utf8'), 0)
    const ga = groupingAccuracy(
      mineMessages(contents).lines.map((l) => l.templateId),
      eventIds,
    )
    const mineSeconds = timePasses(() => {
      const miner = new TemplateMiner()
      for (const m of contents) miner.add(m)
    })
    const twoPassSeconds = timePasses(() => {
      mineMessages(contents)
    })
    rows.push({ name, lines: contents.length, bytes, drainGA, ga, mineSeconds, twoPassSeconds })
  }

  const python = drain3Python()
  const drain3 = python ? runDrain3(python, samples) : new Map<string, Row['drain3']>()
  for (const r of rows) r.drain3 = drain3.get(r.name)
  printTable(rows)
}

function printTable(rows: Row[]): void {
  const MiB = 1024 * 1024
  const fmt = (n: number, digits = 3): string => n.toFixed(digits)
  const kps = (lines: number, s: number): string => `${Math.round(lines / s / 1000).toLocaleString('en')}k`
  const header = [
    'system',
    'logward GA',
    'Drain GA (pub.)',
    'Drain3 GA',
    'logward lines/s',
    'logward MiB/s',
    'logward 2-pass MiB/s',
    'Drain3 lines/s',
    'speed-up',
  ]
  const table: string[][] = []
  for (const r of rows) {
    table.push([
      r.name,
      fmt(r.ga) + (r.ga >= r.drainGA ? '' : ' (below)'),
      fmt(r.drainGA),
      r.drain3 ? fmt(r.drain3.ga) : 'n/a',
      kps(r.lines, r.mineSeconds),
      fmt(r.bytes / MiB / r.mineSeconds, 1),
      fmt(r.bytes / MiB / r.twoPassSeconds, 1),
      r.drain3 ? kps(r.lines, r.drain3.seconds) : 'n/a',
      r.drain3 ? `${fmt(r.drain3.seconds / r.mineSeconds, 1)}×` : 'n/a',
    ])
  }
  // The mean row: GA averaged over systems; throughput over all systems' lines and time together.
  const mean = (f: (r: Row) => number): number => rows.reduce((s, r) => s + f(r), 0) / rows.length
  const total = (f: (r: Row) => number): number => rows.reduce((s, r) => s + f(r), 0)
  const lines = total((r) => r.lines)
  const bytes = total((r) => r.bytes)
  const mineS = total((r) => r.mineSeconds)
  const withDrain3 = rows.every((r) => r.drain3)
  const drain3S = withDrain3 ? total((r) => r.drain3!.seconds) : 0
  table.push([
    'mean',
    fmt(mean((r) => r.ga)),
    fmt(mean((r) => r.drainGA)),
    withDrain3 ? fmt(mean((r) => r.drain3!.ga)) : 'n/a',
    kps(lines, mineS),
    fmt(bytes / MiB / mineS, 1),
    fmt(bytes / MiB / total((r) => r.twoPassSeconds), 1),
    withDrain3 ? kps(lines, drain3S) : 'n/a',
    withDrain3 ? `${fmt(drain3S / mineS, 1)}×` : 'n/a',
  ])

  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)))
  const line = (cells: string[]): string =>
    '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |'
  console.log()
  console.log(line(header))
  console.log(
    '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|',
  )
  for (const row of table) console.log(line(row))
  console.log()
  console.log(
    `Throughput: CPU time of one thread, median of ${ROUNDS} rounds (logward) and ${DRAIN3_PASSES} passes (Drain3), ` +
      'each pass a fresh miner over the 2,000-message sample. MiB/s counts message bytes (UTF-8).',
  )
  console.log(
    '2-pass = what `logward mine` does: mine every message, then label each with its final template.',
  )
}

main()
