import { readFile } from 'node:fs/promises'
import { InputError } from '../../core/errors.js'

/**
 * Event keys are identifiers (`5`, `E22`, `tpl:3f9a`…). Anything else is far more likely a wrong file (a raw
 * log, JSON, CSV) than a key, and scoring it would quietly give nonsense, so it is refused.
 */
const KEY = /^[A-Za-z0-9_.:#@/-]{1,128}$/

/**
 * Parses a sessions file: one session per line, event keys separated by spaces or tabs. A blank line is an
 * empty session (it still gets its own output line, so output line N always answers input line N).
 */
export function parseSessions(text: string, path: string): string[][] {
  const lines = text.split('\n')
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const keys = line.split(/[ \t]+/).filter((k) => k !== '')
    for (const key of keys) {
      if (!KEY.test(key)) {
        const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
        throw new InputError(path, `line ${i + 1}: ${JSON.stringify(shown)} is not an event key`, {
          hint: 'each line must be one session: event keys (letters, digits, _ . : # @ / -) separated by spaces',
        })
      }
    }
    return keys
  })
}

export async function readSessions(path: string): Promise<string[][]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new InputError(
      path,
      `cannot read sessions file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      {
        cause: err,
        hint: 'pass a text file with one session per line, event keys separated by spaces',
      },
    )
  }
  return parseSessions(text, path)
}
