import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GateResult } from './model.js'
import { renderGateMarkdown } from './render-markdown.js'

export interface WrittenGate {
  dir: string
  json: string
  markdown: string
}

/** gate.json and gate.md, each written under a temporary name and renamed (no reader sees half a file). */
export async function writeGate(result: GateResult, dir: string): Promise<WrittenGate> {
  await mkdir(dir, { recursive: true })
  const files = { json: join(dir, 'gate.json'), markdown: join(dir, 'gate.md') }
  await Promise.all([
    writeAtomically(files.json, JSON.stringify(result, null, 2) + '\n'),
    writeAtomically(files.markdown, renderGateMarkdown(result)),
  ])
  return { dir, ...files }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, content)
  await rename(tmp, path)
}

/** The line the CLI prints and the action logs: `FAIL (score 41.67%): reason; reason`. */
export function gateLine(r: GateResult): string {
  return `${r.verdict.toUpperCase()} (score ${r.score}%): ${r.reasons.join('; ')}`
}
