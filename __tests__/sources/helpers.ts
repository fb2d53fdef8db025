import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryLogger } from '../../src/core/logger.js'
import type { InputError } from '../../src/core/errors.js'
import { collectSources, type CollectOptions } from '../../src/sources/index.js'
import type { SourceLine, SourceStats } from '../../src/sources/types.js'

/** A fresh temp folder per test file; fixtures are written at test time so none are committed. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'logward-sources-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Yields `bytes` in pieces of `size` bytes, to put chunk boundaries where a test wants them. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

export interface Collected {
  path: string
  lines: SourceLine[]
  stats: SourceStats
}

/** Runs the collect stage to the end and gathers everything it handed out and reported. */
export async function collectAll(inputs: string[], options: CollectOptions = {}) {
  const logger = memoryLogger()
  const errors: InputError[] = []
  const collection = collectSources(inputs, { onInputError: (err) => errors.push(err), ...options }, logger)
  const sources: Collected[] = []
  for await (const source of collection) {
    const lines: SourceLine[] = []
    for await (const batch of source.lines) lines.push(...batch)
    sources.push({ path: source.path, lines, stats: source.stats })
  }
  return { sources, errors, logger, summary: collection.summary }
}

export const texts = (lines: SourceLine[]): string[] => lines.map((l) => l.text)
