import { LogwardError } from '../../core/errors.js'

/** A saved sequence model could not be read or written, or does not fit the data it is asked to score. */
export class SequenceModelError extends LogwardError {
  readonly dir: string
  constructor(dir: string, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(`sequence model ${dir}: ${message}`, options)
    this.dir = dir
  }
}
