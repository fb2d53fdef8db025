import { LogwardError } from '../../core/errors.js'

/** A lake file or directory could not be written or read. Names the path, never a record's content. */
export class LakeError extends LogwardError {
  readonly path: string
  constructor(
    path: string,
    message: string,
    options: { cause?: unknown; retriable?: boolean; hint?: string } = {},
  ) {
    super(`lake ${path}: ${message}`, options)
    this.path = path
  }
}
