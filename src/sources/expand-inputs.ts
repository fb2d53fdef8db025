import type { Dirent, Stats } from 'node:fs'
import { lstat, readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, parse, posix, relative, resolve } from 'node:path'
import { convertPathToPattern, glob, isDynamicPattern } from 'tinyglobby'
import { InputError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { danglingSymlink, toInputError } from './input-errors.js'

/** One input to read, in the order it will be read. */
export type ExpandedInput =
  | { kind: 'stdin'; path: '-' }
  | {
      kind: 'file'
      /** As the user named it, or as found under the directory or glob they named (relative stays relative). */
      path: string
      /** Resolved against `cwd`: what is opened. */
      absolutePath: string
    }

export interface ExpandOptions {
  /** Where relative paths and globs are resolved. Default: `process.cwd()`. */
  cwd?: string
  /** Called for each input that yields nothing (missing file, empty glob, unreadable directory). */
  onInputError?: (err: InputError) => void
  logger?: Logger
}

export interface ExpandResult {
  inputs: ExpandedInput[]
  errors: InputError[]
}

/**
 * Turns what the user typed into the files to read: `-` is stdin, an existing path is a file (or a
 * directory, read recursively), anything else with glob syntax is a glob. An existing path wins over glob
 * syntax so that a file literally named `build[1].log` is still readable.
 *
 * Order is the order of the arguments; within a directory or glob, paths are sorted (by code unit, so the
 * order does not depend on the locale). A file reached twice (the same path, a symlink or a hard link to
 * it) is read once, where it was first reached, so no line is counted twice.
 */
export async function expandInputs(
  patterns: readonly string[],
  options: ExpandOptions = {},
): Promise<ExpandResult> {
  const cwd = options.cwd ?? process.cwd()
  const inputs: ExpandedInput[] = []
  const errors: InputError[] = []
  const seen = new Map<string, string>()
  const fail = (err: InputError): void => {
    errors.push(err)
    options.onInputError?.(err)
  }
  const add = (path: string, absolutePath: string, st: Stats): void => {
    // dev:ino identifies the file itself, whichever name reached it.
    const key = `${st.dev}:${st.ino}`
    const first = seen.get(key)
    if (first !== undefined) {
      if (first !== path) options.logger?.debug(`${path}: same file as ${first}; read once`)
      return
    }
    seen.set(key, path)
    inputs.push({ kind: 'file', path, absolutePath })
  }

  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!seen.has('-')) inputs.push({ kind: 'stdin', path: '-' })
      seen.set('-', '-')
      continue
    }
    if (pattern === '') {
      fail(new InputError('(empty)', 'an empty path was given', { hint: 'remove the empty argument' }))
      continue
    }
    const absolutePath = resolve(cwd, pattern)
    const found = await statPath(pattern, absolutePath)
    if (found.kind === 'stat') {
      if (found.stats.isDirectory()) {
        const files = await walkDirectory(pattern, absolutePath, fail, options.logger)
        if (files.length === 0) {
          fail(
            new InputError(pattern, 'directory contains no files', {
              hint: 'check that the logs were written there before logward ran',
            }),
          )
        }
        for (const file of files) add(file.path, file.absolutePath, file.stats)
      } else {
        // Regular files, and also pipes or devices the user named explicitly (`<(zcat x.gz)`, /dev/stdin).
        add(pattern, absolutePath, found.stats)
      }
      continue
    }
    if (found.error.code === 'ENOENT' && found.error.dangling === false && isDynamicPattern(pattern)) {
      const files = await globFiles(pattern, cwd, fail, options.logger)
      if (files.length === 0) {
        fail(
          new InputError(pattern, 'glob matched no files', {
            hint: "check the pattern; quote it so the shell does not expand it first; '*' does not match dot-files",
          }),
        )
      }
      for (const file of files) add(file.path, file.absolutePath, file.stats)
      continue
    }
    fail(found.error.inputError)
  }
  return { inputs, errors }
}

type Found =
  | { kind: 'stat'; stats: Stats }
  | { kind: 'error'; error: { code: string | undefined; dangling: boolean; inputError: InputError } }

/** stat (following links), and tell a dangling symlink apart from a path that does not exist. */
async function statPath(path: string, absolutePath: string): Promise<Found> {
  try {
    return { kind: 'stat', stats: await stat(absolutePath) }
  } catch (err) {
    const code = errorCode(err)
    if (code === 'ENOENT') {
      const link = await lstat(absolutePath).catch(() => undefined)
      if (link?.isSymbolicLink()) {
        return { kind: 'error', error: { code, dangling: true, inputError: danglingSymlink(path, err) } }
      }
    }
    return { kind: 'error', error: { code, dangling: false, inputError: toInputError(path, err) } }
  }
}

interface FoundFile {
  path: string
  absolutePath: string
  stats: Stats
}

/**
 * Every regular file under a directory, recursively, sorted by path. Symlinks to files are followed;
 * symlinks to directories are not (a link back up the tree would loop forever). Other entries (sockets,
 * pipes, devices) are not logs and are skipped.
 */
async function walkDirectory(
  path: string,
  absolutePath: string,
  fail: (err: InputError) => void,
  logger: Logger | undefined,
): Promise<FoundFile[]> {
  const found: FoundFile[] = []
  const visit = async (rel: string): Promise<void> => {
    const dirAbs = rel === '' ? absolutePath : join(absolutePath, rel)
    let entries: Dirent[]
    try {
      entries = await readdir(dirAbs, { withFileTypes: true })
    } catch (err) {
      fail(toInputError(rel === '' ? path : join(path, rel), err))
      return
    }
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : join(rel, entry.name)
      const childPath = join(path, childRel)
      const childAbs = join(absolutePath, childRel)
      if (entry.isDirectory()) {
        await visit(childRel)
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        try {
          const stats = await stat(childAbs)
          if (stats.isFile()) found.push({ path: childPath, absolutePath: childAbs, stats })
          else logger?.debug(`${childPath}: not a regular file (a symlink to a directory?); skipped`)
        } catch (err) {
          // A stale link in a log folder is worth a word, but the user did not name it: not an input error.
          const message =
            errorCode(err) === 'ENOENT'
              ? danglingSymlink(childPath).message
              : toInputError(childPath, err).message
          logger?.warn(`${message}; skipped`)
        }
      } else {
        logger?.debug(`${childPath}: not a regular file; skipped`)
      }
    }
  }
  await visit('')
  // Sorting whole paths (not each folder's entries) gives the same order as a `dir/**` glob.
  return found.sort((a, b) => compare(a.path, b.path))
}

async function globFiles(
  pattern: string,
  cwd: string,
  fail: (err: InputError) => void,
  logger: Logger | undefined,
): Promise<FoundFile[]> {
  // tinyglobby misses matches inside `cwd` reached through `..` (`../**/x.log` from a subfolder), so the
  // pattern is made absolute (with `cwd` escaped: it may contain `[` or `*`) and globbed from the root.
  const absolutePattern = isAbsolute(pattern) ? pattern : posix.join(convertPathToPattern(cwd), pattern)
  let matches: string[]
  try {
    matches = await glob(absolutePattern, {
      cwd: parse(cwd).root,
      absolute: true,
      // Directories too: `runs/*/logs` names folders of logs, read recursively like a directory argument.
      onlyFiles: false,
      expandDirectories: false,
      // As for directories: links to files are read, symlinked folders are not entered (aliases, loops).
      followSymbolicLinks: false,
    })
  } catch (err) {
    fail(toInputError(pattern, err))
    return []
  }
  const found: FoundFile[] = []
  for (const absolutePath of matches.sort(compare)) {
    // Stat for de-duplication; a file that vanished since the glob ran is simply gone.
    const stats = await lstat(absolutePath).catch(() => undefined)
    const path = isAbsolute(pattern) ? absolutePath.replace(/\/$/, '') : relative(cwd, absolutePath)
    if (stats?.isDirectory()) found.push(...(await walkDirectory(path, absolutePath, fail, logger)))
    else if (stats) {
      const target = stats.isSymbolicLink() ? await stat(absolutePath).catch(() => undefined) : stats
      if (target?.isFile()) found.push({ path, absolutePath, stats: target })
    }
  }
  return found
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
}
