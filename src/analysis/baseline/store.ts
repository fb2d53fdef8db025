import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from '../../core/errors.js'
import { LEVELS, type Level } from '../../core/record.js'
import { TemplateMiner } from '../../transforms/mine/index.js'
import type { TemplateCount, TemplateTallyResult } from '../frequency/template-tally.js'
import {
  BASELINE_FORMAT,
  BASELINE_JSON,
  BASELINE_VERSION,
  type Baseline,
  type BaselineJSON,
  type BaselineTemplateJSON,
} from './model.js'

const RELEARN = 'learn it again: logward baseline learn PATHS… --model DIR'

/** Whether `dir` is a saved baseline model (analyze --baseline accepts both a model and log paths). */
export function isBaselineModel(dir: string): boolean {
  return existsSync(join(dir, BASELINE_JSON))
}

/**
 * Saves a baseline to `dir`: the sequence model first, into a new `sequences-<time>` directory, then
 * baseline.json (temp file + rename) naming it, then older sequence directories are removed. A crash at
 * any point leaves the previous baseline.json and the model it names intact.
 */
export async function saveBaseline(baseline: Baseline, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  let sequences: BaselineJSON['sequences']
  if (baseline.sequences && 'scorer' in baseline.sequences) {
    const name = `sequences-${Date.now().toString(36)}`
    await mkdir(join(dir, name))
    await baseline.sequences.scorer.save(join(dir, name))
    sequences = { dir: name, trainingSessions: baseline.sequences.trainingSessions }
  } else if (baseline.sequences && 'dir' in baseline.sequences) {
    throw new ConfigError('a loaded baseline cannot be saved again', { hint: RELEARN })
  }
  const json = toJSON(baseline, sequences)
  const path = join(dir, BASELINE_JSON)
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(json) + '\n')
  await rename(tmp, path)
  for (const entry of await readdir(dir)) {
    if (entry.startsWith('sequences-') && entry !== sequences?.dir)
      await rm(join(dir, entry), { recursive: true, force: true })
  }
}

/** Loads a saved baseline; every problem is a ConfigError that names the file and says what to do. */
export async function loadBaseline(dir: string): Promise<Baseline> {
  const path = join(dir, BASELINE_JSON)
  let json: BaselineJSON
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as BaselineJSON
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    throw new ConfigError(
      code === 'ENOENT'
        ? `${path} does not exist: ${dir} is not a baseline model`
        : `${path} cannot be read (${code ?? 'not valid JSON'})`,
      { cause, hint: RELEARN },
    )
  }
  if (json === null || typeof json !== 'object' || json.format !== BASELINE_FORMAT) {
    throw new ConfigError(`${path} is not a logward baseline (no "format": "${BASELINE_FORMAT}")`, {
      hint: RELEARN,
    })
  }
  if (json.version !== BASELINE_VERSION) {
    throw new ConfigError(
      `${path} is baseline version ${String(json.version)}; this logward reads version ${BASELINE_VERSION}`,
      { hint: RELEARN },
    )
  }
  const shapeProblem = checkShape(json)
  if (shapeProblem) throw new ConfigError(`${path} is damaged: ${shapeProblem}`, { hint: RELEARN })
  let miner: TemplateMiner
  try {
    miner = TemplateMiner.fromJSON(json.miner)
  } catch (cause) {
    throw new ConfigError(`${path}: ${(cause as Error).message}`, { cause, hint: RELEARN })
  }
  const sequencesDir = json.sequences ? join(dir, json.sequences.dir) : undefined
  if (sequencesDir && !existsSync(sequencesDir)) {
    throw new ConfigError(`${path} names the sequence model ${sequencesDir}, which is missing`, {
      hint: RELEARN,
    })
  }
  return {
    source: `${dir} (learned ${json.learnedAt} from ${json.source})`,
    learnedAt: json.learnedAt,
    miner,
    runs: json.runs,
    tallies: json.tallies.map((t) => tallyFromJSON(t, json.templates, json.settings.slice)),
    slice: json.settings.slice,
    bucketSeconds: json.settings.bucketSeconds,
    session: json.settings.session,
    ...(json.sequences && sequencesDir
      ? { sequences: { dir: sequencesDir, trainingSessions: json.sequences.trainingSessions } }
      : {}),
    ...(json.sequencesNote ? { sequencesNote: json.sequencesNote } : {}),
  }
}

function checkShape(json: BaselineJSON): string | undefined {
  const s = json.settings as Partial<BaselineJSON['settings']> | undefined
  if (!s || !(Number(s.slice) > 0) || !(Number(s.bucketSeconds) > 0) || typeof s.session !== 'object')
    return 'settings (slice, bucketSeconds, session) missing'
  if (!Array.isArray(json.runs) || !Array.isArray(json.tallies) || json.runs.length !== json.tallies.length)
    return 'runs and tallies missing or of different lengths'
  if (json.templates === null || typeof json.templates !== 'object') return 'templates missing'
  for (const [i, t] of json.tallies.entries()) {
    if (typeof t.records !== 'number' || typeof t.counts !== 'object') return `tallies[${i}] malformed`
    for (const [id, pairs] of Object.entries(t.counts)) {
      if (!json.templates[id]) return `tallies[${i}] counts template ${id}, which templates lacks`
      if (!Array.isArray(pairs) || pairs.length % 2 !== 0) return `tallies[${i}].counts.${id} malformed`
    }
  }
  return undefined
}

function toJSON(b: Baseline, sequences: BaselineJSON['sequences']): BaselineJSON {
  const templates: Record<string, BaselineTemplateJSON> = {}
  const tallies = b.tallies.map((t) => {
    const counts: Record<string, number[]> = {}
    for (const [id, c] of t.templates) {
      const known = templates[id]
      if (!known || severity(c.level) > severity(known.level))
        templates[id] = { template: c.template, level: c.level, example: c.example }
      counts[id] = [...c.slices].sort(([a], [z]) => a - z).flat()
    }
    return { records: t.records, counts }
  })
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    learnedAt: b.learnedAt,
    source: b.source,
    settings: { slice: b.slice, bucketSeconds: b.bucketSeconds, session: b.session },
    runs: b.runs,
    templates,
    tallies,
    miner: b.miner.toJSON(),
    ...(sequences ? { sequences } : {}),
    ...(b.sequencesNote ? { sequencesNote: b.sequencesNote } : {}),
  }
}

function tallyFromJSON(
  t: BaselineJSON['tallies'][number],
  templates: Record<string, BaselineTemplateJSON>,
  slice: number,
): TemplateTallyResult {
  const full = Math.floor(t.records / slice)
  const rest = t.records - full * slice
  const sliceSizes = [...new Array<number>(full).fill(slice), ...(rest > 0 ? [rest] : [])]
  const counts = new Map<string, TemplateCount>()
  for (const [id, pairs] of Object.entries(t.counts)) {
    const info = templates[id]!
    const slices = new Map<number, number>()
    let count = 0
    for (let i = 0; i < pairs.length; i += 2) {
      slices.set(pairs[i]!, pairs[i + 1]!)
      count += pairs[i + 1]!
    }
    counts.set(id, {
      templateId: id,
      template: info.template,
      level: info.level,
      count,
      slices,
      example: info.example,
    })
  }
  return { records: t.records, sliceSizes, templates: counts }
}

function severity(level: Level): number {
  return LEVELS.indexOf(level)
}
