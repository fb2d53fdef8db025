import { link, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../../src/core/logger.js'
import { expandInputs, type ExpandedInput } from '../../src/sources/expand-inputs.js'
import { tempDir } from './helpers.js'

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
  await mkdir(join(dir, 'logs/nested/deeper'), { recursive: true })
  await mkdir(join(dir, 'empty-dir'))
  for (const file of [
    'logs/b.log',
    'logs/a.log',
    'logs/c.txt',
    'logs/nested/z.log',
    'logs/nested/deeper/y.log',
  ]) {
    await writeFile(join(dir, file), `${file}\n`)
  }
  await writeFile(join(dir, 'build[1].log'), 'literal brackets\n')
  await writeFile(join(dir, '.hidden.log'), 'dot file\n')
  await symlink('a.log', join(dir, 'logs/link-to-a.log'))
  await symlink('nested', join(dir, 'logs/link-to-nested'))
  await symlink('missing.log', join(dir, 'logs/dangling.log'))
  await symlink('does-not-exist', join(dir, 'dangling-top.log'))
  await link(join(dir, 'logs/b.log'), join(dir, 'hard-link-to-b.log'))
})
afterAll(() => cleanup())

const paths = (inputs: ExpandedInput[]): string[] => inputs.map((i) => i.path)

describe('expandInputs', () => {
  it('keeps argument order, sorts within globs and directories, and reads each file once', async () => {
    const logger = memoryLogger()
    const { inputs, errors } = await expandInputs(['logs/nested/z.log', 'logs/*.log', '-', 'logs', '-'], {
      cwd: dir,
      logger,
    })
    expect(errors).toEqual([])
    expect(paths(inputs)).toEqual([
      'logs/nested/z.log',
      'logs/a.log', // link-to-a.log is the same file, and dangling.log is no file
      'logs/b.log',
      '-',
      'logs/c.txt',
      'logs/nested/deeper/y.log',
    ])
    expect(inputs[3]).toEqual({ kind: 'stdin', path: '-' })
    expect(inputs[0]).toEqual({
      kind: 'file',
      path: 'logs/nested/z.log',
      absolutePath: join(dir, 'logs/nested/z.log'),
    })
    // A stale link inside a directory is worth a warning, but is not one of the user's inputs.
    expect(logger.entries).toContainEqual({
      level: 'warn',
      message: 'logs/dangling.log: is a symbolic link whose target does not exist; skipped',
    })
  })

  it('reads a directory recursively, regular files only, without following symlinked folders', async () => {
    const { inputs } = await expandInputs(['logs/'], { cwd: dir })
    expect(paths(inputs)).toEqual([
      'logs/a.log',
      'logs/b.log',
      'logs/c.txt',
      'logs/nested/deeper/y.log',
      'logs/nested/z.log',
    ])
  })

  it('collapses hard links and symlinks to one file, keeping the first name', async () => {
    const { inputs } = await expandInputs(
      ['hard-link-to-b.log', 'logs/b.log', 'logs/link-to-a.log', 'logs/a.log'],
      {
        cwd: dir,
      },
    )
    expect(paths(inputs)).toEqual(['hard-link-to-b.log', 'logs/link-to-a.log'])
  })

  it('prefers an existing file over glob syntax, and globs skip dot-files', async () => {
    expect(paths((await expandInputs(['build[1].log'], { cwd: dir })).inputs)).toEqual(['build[1].log'])
    expect(paths((await expandInputs(['*.log'], { cwd: dir })).inputs)).toEqual([
      'build[1].log',
      'hard-link-to-b.log',
    ])
    // Like a directory, a glob does not go through symlinked folders (no aliases, no loops).
    expect(paths((await expandInputs(['logs/**/*.log'], { cwd: dir })).inputs)).toEqual([
      'logs/a.log',
      'logs/b.log',
      'logs/nested/deeper/y.log',
      'logs/nested/z.log',
    ])
  })

  it('keeps absolute paths absolute', async () => {
    const { inputs } = await expandInputs([join(dir, 'logs/*.log')])
    expect(paths(inputs)).toEqual([join(dir, 'logs/a.log'), join(dir, 'logs/b.log')])
  })

  it('reports what matches nothing, and goes on with the rest', async () => {
    const reported: string[] = []
    const { inputs, errors } = await expandInputs(
      ['missing.log', 'logs/*.nope', 'empty-dir', 'dangling-top.log', 'logs/a.log/x', '', 'logs/a.log'],
      { cwd: dir, onInputError: (err) => reported.push(err.message) },
    )
    expect(paths(inputs)).toEqual(['logs/a.log'])
    expect(errors.map((e) => e.message)).toEqual([
      'missing.log: no such file',
      'logs/*.nope: glob matched no files',
      'empty-dir: directory contains no files',
      'dangling-top.log: is a symbolic link whose target does not exist',
      'logs/a.log/x: a part of the path is not a directory',
      '(empty): an empty path was given',
    ])
    expect(reported).toEqual(errors.map((e) => e.message))
    expect(errors.every((e) => e.hint)).toBe(true)
    expect(errors[0]!.path).toBe('missing.log')
  })
})

describe('expandInputs with globs that leave the working directory', () => {
  it('finds files through `..`, including ones back inside the working directory', async () => {
    const { inputs } = await expandInputs(['../*/z.log', '../../logs/**/y.log'], {
      cwd: join(dir, 'logs/nested'),
    })
    expect(paths(inputs)).toEqual(['z.log', 'deeper/y.log'])
  })
})

describe('globs that match directories', () => {
  it('read each matched directory recursively, in order', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'logward-globdir-'))
    for (const run of ['pass-1', 'pass-2']) {
      mkdirSync(join(dir, run, 'logs', 'nested'), { recursive: true })
      writeFileSync(join(dir, run, 'logs', 'a.log'), 'x\n')
      writeFileSync(join(dir, run, 'logs', 'nested', 'b.log'), 'y\n')
    }
    const { inputs, errors } = await expandInputs(['pass-*/logs'], { cwd: dir })
    expect(errors).toEqual([])
    expect(inputs.map((i) => i.path)).toEqual([
      join('pass-1', 'logs', 'a.log'),
      join('pass-1', 'logs', 'nested', 'b.log'),
      join('pass-2', 'logs', 'a.log'),
      join('pass-2', 'logs', 'nested', 'b.log'),
    ])
  })
})
