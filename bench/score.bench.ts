/**
 * `npm run bench:score`: scoring one 100,000-line run against a saved baseline model, model load included
 * (target ≤ 3 s), with the time of each phase: load the model, read + parse + mine, analyse (pass 2), load
 * TensorFlow.js and the sequence model, score the sessions, the other findings. Then the action bundle's
 * cold start (`node dist/action/index.js`, as the runner starts it) without a baseline, with a baseline
 * model, and with a model and sessions (TensorFlow.js loaded), when dist/ is built (`npm run build`).
 *
 * The logs are generated (seeded): a shop API whose requests are sessions of five lines keyed by `req=`;
 * the judged run has a new error template in 300 requests, an error burst and a shifted template.
 * LOGWARD_BENCH_LINES changes the run's size; LOGWARD_BENCH_REPEAT the number of timed runs (default 3);
 * LOGWARD_BENCH_DIST another dist/ (e.g. a `LOGWARD_DIST_DIR` build; give it a package.json with
 * `"type": "module"`, or Node parses the bundle twice).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../__tests__/helpers/shared-data.js'
import { analyzeRun } from '../src/analysis/analyze-run.js'
import { learnBaseline, runsFromPaths, saveBaseline } from '../src/analysis/baseline/index.js'
import { loadConfig } from '../src/config/load.js'
import { memoryLogger } from '../src/core/logger.js'

const LINES = Number(process.env.LOGWARD_BENCH_LINES ?? 100_000)
const REPEAT = Number(process.env.LOGWARD_BENCH_REPEAT ?? 3)
const SESSION_REGEX = 'req=(r\\d+)'

let state = 20240601
function rand(n: number): number {
  state = (state * 1103515245 + 12345) & 0x7fffffff
  return state % n
}

/** One run's api.log: `lines` lines of requests, optionally with the failing run's anomalies. */
function writeRun(dir: string, lines: number, failing: boolean): void {
  mkdirSync(dir, { recursive: true })
  const out: string[] = []
  let t = Date.parse('2026-11-21T09:00:00Z')
  let req = 0
  const line = (level: string, thread: string, logger: string, message: string): void => {
    t += 1 + rand(20)
    const ts = new Date(t).toISOString().replace('T', ' ').replace('Z', '')
    out.push(
      `${ts}  ${level.padStart(5)} 4211 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${message}`,
    )
  }
  while (out.length < lines) {
    const id = `r${++req}`
    const thread = `nio-8080-exec-${1 + rand(8)}`
    const order = 10000 + rand(90000)
    line(
      'INFO',
      thread,
      'c.e.shop.web.RequestLogger',
      `req=${id} received POST /orders from 10.0.${rand(255)}.${rand(255)}`,
    )
    line('DEBUG', thread, 'c.e.shop.auth.TokenFilter', `req=${id} token ok for user ${rand(5000)}`)
    const progress = out.length / lines
    if (failing && req % 40 === 0) {
      line(
        'ERROR',
        thread,
        'c.e.shop.orders.InventoryClient',
        `req=${id} inventory reservation failed for order ${order}: connection pool exhausted`,
      )
    } else {
      line(
        'INFO',
        thread,
        'c.e.shop.orders.OrderService',
        `req=${id} reserved ${1 + rand(5)} items for order ${order}`,
      )
    }
    // The failing run retries payments far more often: a frequency shift.
    if (rand(100) < (failing ? 30 : 3))
      line(
        'WARN',
        thread,
        'c.e.shop.pay.PaymentClient',
        `req=${id} payment gateway slow, retry ${1 + rand(3)}`,
      )
    line(
      'INFO',
      thread,
      'c.e.shop.orders.OrderController',
      `req=${id} created order ${order} in ${20 + rand(200)} ms`,
    )
    // An error burst two thirds in: 40 timeouts within a few seconds.
    if (failing && progress > 0.66 && progress < 0.6605) {
      for (let i = 0; i < 40; i++)
        line(
          'ERROR',
          'scheduler-1',
          'c.e.shop.jobs.SyncJob',
          `catalog sync timed out after ${3000 + rand(900)} ms`,
        )
    }
  }
  writeFileSync(join(dir, 'api.log'), out.slice(0, lines).join('\n') + '\n')
}

const root = mkdtempSync(join(tmpdir(), 'logward-bench-score-'))
try {
  const baselineDirs = [1, 2, 3].map((i) => join(root, `pass-${i}`))
  for (const d of baselineDirs) writeRun(d, 20_000, false)
  const run = join(root, 'failing')
  writeRun(run, LINES, true)
  const logger = memoryLogger()

  for (const withSessions of [false, true]) {
    const model = join(root, withSessions ? 'model-sessions' : 'model')
    const config = loadConfig({
      cwd: root,
      overrides: { ...(withSessions ? { 'session-regex': SESSION_REGEX } : {}) },
    })
    const learnStart = performance.now()
    const learned = await learnBaseline(runsFromPaths(baselineDirs, config, logger), {
      source: 'bench',
      session: withSessions ? { regex: SESSION_REGEX } : {},
      epochs: 3,
    })
    await saveBaseline(learned, model)
    const learnMs = performance.now() - learnStart
    console.log(
      `\nbaseline ${withSessions ? 'with sessions' : 'without sessions'}: 3 runs × 20,000 lines, learned and saved in ${(learnMs / 1000).toFixed(1)} s`,
    )
    if (withSessions)
      console.log(
        '(TensorFlow.js is already loaded here by the training above: its load shows in the cold start below)',
      )
    console.log(
      'run   total s   load model  read+mine  analyse  load tf+model  sessions  findings   findings',
    )
    for (let i = 0; i < REPEAT; i++) {
      const phases: Record<string, number> = {}
      const started = performance.now()
      const analysis = await analyzeRun({
        config: loadConfig({
          cwd: root,
          overrides: { paths: [run], baseline: [model], 'store-records': false },
        }),
        logger,
        ci: {},
        onPhase: (phase, ms) => (phases[phase] = (phases[phase] ?? 0) + ms),
      })
      const total = performance.now() - started
      const ms = (k: string): string => ((phases[k] ?? 0) / 1000).toFixed(2).padStart(9)
      const other = (phases.findings ?? 0) - (phases['load-tf'] ?? 0) - (phases.sessions ?? 0)
      const kinds = analysis.findings!.items.map((f) => f.kind)
      console.log(
        `${String(i + 1).padEnd(4)} ${(total / 1000).toFixed(2).padStart(8)} ${ms('baseline')}  ${ms('read')} ${ms('analyze')} ${ms('load-tf')}    ${ms('sessions')} ${(other / 1000).toFixed(2).padStart(8)}   ${analysis.logs.records} records; ${kinds.length} findings (${[...new Set(kinds)].join(', ')}), score ${analysis.findings!.score}`,
      )
    }
  }

  const action = join(process.env.LOGWARD_BENCH_DIST ?? join(repoRoot, 'dist'), 'action', 'index.js')
  if (!existsSync(action)) {
    console.log('\ndist/action/index.js not built: run `npm run build` for the cold-start figures')
  } else {
    console.log(
      `\naction bundle cold start (node ${process.version}, dist/action/index.js, ${LINES.toLocaleString('en')} lines):`,
    )
    const variants: [string, Record<string, string>][] = [
      ['no baseline', {}],
      ['baseline model', { INPUT_BASELINE: join(root, 'model') }],
      ['baseline model + sessions (tfjs)', { INPUT_BASELINE: join(root, 'model-sessions') }],
      ['empty run, no baseline', { INPUT_PATHS: join(root, 'empty.log') }],
    ]
    writeFileSync(join(root, 'empty.log'), '')
    for (const [name, env] of variants) {
      const times: number[] = []
      for (let i = 0; i < REPEAT; i++) {
        const out = join(root, `out-${i}`)
        writeFileSync(join(root, `output-${i}.txt`), '')
        writeFileSync(join(root, `summary-${i}.md`), '')
        const started = performance.now()
        const r = spawnSync(process.execPath, [action], {
          cwd: root,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            INPUT_PATHS: run,
            INPUT_OUT: out,
            'INPUT_STORE-RECORDS': 'false',
            'INPUT_FAIL-ON': 'never',
            GITHUB_STEP_SUMMARY: join(root, `summary-${i}.md`),
            GITHUB_OUTPUT: join(root, `output-${i}.txt`),
            ...env,
          },
        })
        times.push(performance.now() - started)
        if (r.status !== 0)
          console.log(`  ${name}: exit ${r.status}: ${r.stdout.slice(-500)} ${r.stderr.slice(-500)}`)
        rmSync(out, { recursive: true, force: true })
      }
      const sorted = [...times].sort((a, b) => a - b)
      console.log(
        `  ${name.padEnd(34)} median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s (${times.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
      )
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}
