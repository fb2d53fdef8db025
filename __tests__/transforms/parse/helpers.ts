import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { repoRoot } from '../../helpers/shared-data.js'
import type { Frame } from '../../../src/transforms/types.js'

/** A frame of one or more lines, as framing would hand it over. */
export function frame(text: string, line = 1): Frame {
  return { text, line, lines: text.split('\n').length, truncated: false }
}

/** The non-empty lines of a fixture under __tests__/fixtures/parse. */
export function fixtureLines(name: string): string[] {
  return readFileSync(join(repoRoot, '__tests__', 'fixtures', 'parse', name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
}

/** A fixed clock for syslog year inference: 2024-06-01T00:00:00Z. */
export const JUNE_2024 = (): number => Date.UTC(2024, 5, 1)
