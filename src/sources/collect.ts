import { describeError, type InputError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import { expandInputs } from './expand-inputs.js'
import { openSource, type OpenSourceOptions } from './open-source.js'
import type { OpenedSource } from './types.js'

export interface CollectOptions extends OpenSourceOptions {
  /** Where relative paths and globs are resolved. Default `process.cwd()`. */
  cwd?: string
  /**
   * Called for every input that could not be read, fully or in part (missing, unreadable, an empty glob,
   * a corrupt or exploding gzip). Without it, each is logged as an error. Either way the others go on.
   */
  onInputError?: (err: InputError) => void
}

/** What happened to the inputs; complete once the collection and every source's lines are iterated. */
export interface CollectSummary {
  /** Sources handed out, in order. */
  opened: string[]
  /** Inputs that failed, fully or in part (also passed to `onInputError`). */
  failed: InputError[]
  /** Inputs skipped because they look binary (warned about; not failures). */
  skippedBinary: { path: string; reason: string }[]
  /** Inputs with no content (handed out, with no lines). */
  empty: string[]
}

export interface SourceCollection extends AsyncIterable<OpenedSource> {
  readonly summary: CollectSummary
}

/**
 * The collect stage: expands the inputs (files, globs, directories, `-`), then opens them one at a time,
 * lazily and in order, each as batches of decoded lines. An input that cannot be read is reported and
 * skipped; the rest are still read. Moving on to the next source releases the previous one, whether or
 * not its lines were read to the end. Iterate once.
 */
export function collectSources(
  inputs: readonly string[],
  options: CollectOptions,
  logger: Logger,
): SourceCollection {
  const summary: CollectSummary = { opened: [], failed: [], skippedBinary: [], empty: [] }
  const report = (err: InputError): void => {
    summary.failed.push(err)
    if (options.onInputError) options.onInputError(err)
    else logger.error(describeError(err))
  }

  async function* iterate(): AsyncGenerator<OpenedSource, void, undefined> {
    const { inputs: expanded } = await expandInputs(inputs, {
      onInputError: report,
      logger,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    })
    let close: (() => Promise<void>) | undefined
    try {
      for (const input of expanded) {
        await close?.()
        close = undefined
        if (input.kind === 'stdin' && !options.stdin && process.stdin.isTTY) {
          // Otherwise a forgotten pipe looks like a hang.
          logger.info('-: reading standard input from the terminal; end it with Ctrl-D')
        }
        const result = await openSource(input, options, report)
        if (result.kind === 'failed') {
          report(result.error)
          continue
        }
        if (result.kind === 'binary') {
          summary.skippedBinary.push({ path: result.path, reason: result.reason })
          logger.warn(
            `${result.path}: skipped: ${result.reason}. ` +
              'If it is a text log, check its encoding (UTF-8 or UTF-16 expected) or pass its decompressed text.',
          )
          continue
        }
        const { source } = result
        close = result.close
        summary.opened.push(source.path)
        if (result.empty) {
          summary.empty.push(source.path)
          logger.debug(`${source.path}: empty; no lines`)
        } else {
          const { gzip, encoding, bom } = source.stats
          logger.debug(
            `${source.path}: reading (${gzip ? 'gzip, ' : ''}${encoding}${bom ? ' with BOM' : ''})`,
          )
        }
        yield source
      }
    } finally {
      await close?.()
    }
  }

  return { summary, [Symbol.asyncIterator]: () => iterate() }
}
