import { InputError } from '../core/errors.js'

/**
 * Turns whatever reading an input threw (fs, zlib, our own guards) into an InputError that says what
 * happened to which path and what to do next. Only paths and error codes go into messages: an error's
 * own text could quote file content, so it is never copied.
 */
export function toInputError(path: string, err: unknown): InputError {
  if (err instanceof InputError) return err
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
  const known = code === undefined ? undefined : KNOWN[code]
  if (known) return new InputError(path, known.message, { cause: err, hint: known.hint })
  if (code?.startsWith('Z_') || code?.startsWith('ERR_ZLIB')) {
    return new InputError(path, `gzip data is corrupt or truncated (${code})`, {
      cause: err,
      hint: 'check that the file was copied completely; `gzip -t` tests it',
    })
  }
  return new InputError(path, `could not be read${code ? ` (${code})` : ''}`, {
    cause: err,
    hint: 'check that the path is a readable file',
  })
}

const KNOWN: Record<string, { message: string; hint: string }> = {
  ENOENT: {
    message: 'no such file',
    hint: 'check the path; relative paths are resolved from the working directory',
  },
  EACCES: {
    message: 'permission denied',
    hint: 'make the file (and its folders) readable by the user running logward',
  },
  EPERM: {
    message: 'operation not permitted',
    hint: 'make the file (and its folders) readable by the user running logward',
  },
  EISDIR: {
    message: 'is a directory, not a file',
    hint: 'pass the directory itself (it is read recursively) or a glob such as `dir/**/*.log`',
  },
  ENOTDIR: {
    message: 'a part of the path is not a directory',
    hint: 'check the path',
  },
  ELOOP: {
    message: 'too many levels of symbolic links (a symlink loop)',
    hint: 'fix the symbolic link so that it points to a file',
  },
  ENAMETOOLONG: { message: 'the path is too long', hint: 'check the path' },
  EMFILE: { message: 'too many open files', hint: 'raise the open-file limit (`ulimit -n`) and retry' },
  ENFILE: { message: 'too many open files in the system', hint: 'retry when fewer files are open' },
  EIO: { message: 'input/output error while reading', hint: 'check the disk or network file system' },
}

export const danglingSymlink = (path: string, cause?: unknown): InputError =>
  new InputError(path, 'is a symbolic link whose target does not exist', {
    cause,
    hint: 'fix or remove the link, or pass the file it should point to',
  })
