import { readFile, stat } from 'node:fs/promises'
import { describeError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import type { CiContext } from '../core/record.js'
import { expandInputs } from '../sources/index.js'
import type { FailingTest, FlakyTest, RunAnalysis, TestDigest } from './model.js'
import { testId, testKey } from './tests-digest.js'

/** A report.json is a few MB at most (its lists are capped); a bigger file is not one. */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024

/**
 * `analyze`'s step: this run's failing tests against the `history` setting's earlier runs of the same
 * commit, with a hint when the CI says earlier attempts exist but none was given.
 */
export async function judgeWithHistory(
  tests: TestDigest,
  history: readonly string[],
  ci: CiContext,
  logger: Logger,
): Promise<TestDigest> {
  const runs = history.length > 0 ? await readRunHistory(history, logger) : []
  const judged = judgeAgainstHistory(tests, runs, ci)
  if (runs.length > 0 && !ci.sha)
    logger.warn('history: this run names no commit (sha), so no earlier run is of it')
  if (judged.otherCommits > 0)
    logger.debug(`history: ${judged.otherCommits} run(s) of other commits ignored for flaky tests`)
  // GITHUB_RUN_ATTEMPT > 1: earlier attempts of this commit exist; only their report.json can tell.
  const attempt = Number(ci.run_attempt ?? '1')
  if (attempt > 1 && judged.sameCommit === 0 && judged.tests.failing.length > 0) {
    logger.info(
      `this is attempt ${attempt} of run ${ci.run_id ?? '?'}: pass the earlier attempts' report.json with --history (action input \`history\`) to tell flaky tests from regressions`,
    )
  }
  return judged.tests
}

/** What a later run needs from an earlier one: which commit and run it was, which tests passed and failed. */
export interface EarlierRun {
  path: string
  ci: CiContext
  /** Ids of the tests that passed; undefined when the file predates `passedIds` (passes unknown). */
  passed: ReadonlySet<string> | undefined
  passedTruncated: boolean
  /** Keys (`testKey`) of the tests that failed there, flips included. */
  failed: ReadonlySet<string>
}

/**
 * The `history` setting: earlier runs' report.json files (files or globs). A file that is missing, not
 * JSON or not a logward analysis is named in a warning and skipped: history only ever softens a verdict,
 * so a bad file must not stop the analysis.
 */
export async function readRunHistory(patterns: readonly string[], logger: Logger): Promise<EarlierRun[]> {
  const { inputs, errors } = await expandInputs([...patterns], { logger })
  for (const err of errors) {
    logger.warn(`history: ${describeError(err)} (skipped; a first run of a commit has no history)`)
  }
  const runs: EarlierRun[] = []
  for (const input of inputs) {
    if (input.kind !== 'file') continue
    const run = await readEarlierRun(input.path)
    if (typeof run === 'string') logger.warn(`history: ${input.path}: ${run} (skipped)`)
    else runs.push(run)
  }
  return runs
}

/** One earlier report.json, or why it cannot be used. */
export async function readEarlierRun(path: string): Promise<EarlierRun | string> {
  let text: string
  try {
    const size = (await stat(path)).size
    if (size > MAX_HISTORY_BYTES) return `${size} bytes is too large for a report.json`
    text = await readFile(path, 'utf8')
  } catch (error) {
    return `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'not JSON; pass report.json files that `logward analyze` wrote'
  }
  const a = value as Partial<RunAnalysis> | null
  if (
    a?.version !== 1 ||
    typeof a.ci !== 'object' ||
    a.ci === null ||
    typeof a.tests !== 'object' ||
    a.tests === null ||
    !Array.isArray(a.tests.failing)
  ) {
    return 'not a logward analysis (version 1); pass report.json files that `logward analyze` wrote'
  }
  const ids = a.tests.passedIds
  const failed = new Set<string>()
  // A flip there failed there too; a retry there passed in the end (its id is in passedIds).
  const flips = (Array.isArray(a.tests.flaky) ? a.tests.flaky : []).filter((t) => t?.kind === 'commit-flip')
  for (const t of [...a.tests.failing, ...flips]) {
    if (typeof t?.name === 'string') failed.add(testKey(t))
  }
  return {
    path,
    ci: a.ci,
    passed: Array.isArray(ids) ? new Set(ids.filter((x) => typeof x === 'string')) : undefined,
    passedTruncated: a.tests.passedIdsTruncated === true,
    failed,
  }
}

/** `run 41.2` (run id and attempt), as the reports name runs. */
export function runLabel(ci: CiContext): string {
  if (!ci.run_id) return 'an earlier run'
  return `run ${ci.run_id}${ci.run_attempt ? `.${ci.run_attempt}` : ''}`
}

/**
 * Judge this run's failing tests against earlier runs of the same commit: a test that passed in one of
 * them is flaky (`commit-flip`: the code was the same, the outcome was not) and no longer counts as
 * failing; one that failed there too is a consistent failure and says so. Earlier runs of other commits,
 * of other jobs, and this very run (the same run id and attempt: a matrix sibling) say nothing about it.
 */
export function judgeAgainstHistory(
  tests: TestDigest,
  history: readonly EarlierRun[],
  ci: CiContext,
): { tests: TestDigest; sameCommit: number; otherCommits: number } {
  const sha = ci.sha
  const same = sha ? history.filter((h) => h.ci.sha === sha && !unrelated(h.ci, ci)) : []
  const otherCommits = sha ? history.filter((h) => h.ci.sha !== sha).length : history.length
  if (same.length === 0 || tests.failing.length === 0) return { tests, sameCommit: same.length, otherCommits }

  const counts = {
    tests: tests.tests,
    passed: tests.passed,
    failed: tests.failed,
    errored: tests.errored,
    skipped: tests.skipped,
  }
  const failing: FailingTest[] = []
  const flaky: FlakyTest[] = [...tests.flaky]
  const short = sha!.slice(0, 7)
  for (const f of tests.failing) {
    const key = testKey(f)
    const id = testId(key)
    const passedIn = same.find((h) => h.passed?.has(id))
    if (passedIn) {
      counts[f.status]--
      counts.passed++
      flaky.push({
        name: f.name,
        ...(f.className ? { className: f.className } : {}),
        report: f.report,
        reruns: f.attempts ?? 1,
        kind: 'commit-flip',
        evidence: `failed here${f.attempts ? ` (${f.attempts} attempts)` : ''}, but passed in ${runLabel(passedIn.ci)} of the same commit ${short} (${passedIn.path})`,
        earlier: {
          path: passedIn.path,
          ...(passedIn.ci.run_id ? { runId: passedIn.ci.run_id } : {}),
          ...(passedIn.ci.run_attempt ? { runAttempt: passedIn.ci.run_attempt } : {}),
        },
      })
      continue
    }
    const failedIn = same.filter((h) => h.failed.has(key))
    if (failedIn.length > 0) {
      const also = `also failed in ${failedIn.map((h) => runLabel(h.ci)).join(', ')} of the same commit ${short}`
      failing.push({ ...f, evidence: f.evidence ? `${f.evidence}; ${also}` : also })
    } else {
      failing.push(f)
    }
  }
  return { tests: { ...tests, ...counts, failing, flaky }, sameCommit: same.length, otherCommits }
}

/** Another job of the commit (its tests are not ours), or this very run (a matrix sibling). */
function unrelated(earlier: CiContext, now: CiContext): boolean {
  if (earlier.job && now.job && earlier.job !== now.job) return true
  // Only an attempt number tells a sibling from a retry: GitLab retries a job within its pipeline and
  // names no attempt, so there the same pipeline and job is an earlier try.
  return (
    earlier.run_id !== undefined &&
    earlier.run_id === now.run_id &&
    earlier.run_attempt !== undefined &&
    earlier.run_attempt === now.run_attempt
  )
}
