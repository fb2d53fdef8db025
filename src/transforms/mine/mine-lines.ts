import { TemplateMiner, type MinerOptions, type MineResult } from './miner.js'

/**
 * Mining a whole input for `logward mine`: one `{templateId, template}` per message, in input order.
 *
 * With Drain, a line's template can still change after the line was mined (a later line generalises
 * it), so the template printed for line 1 by a single pass may differ from the one line 1000 gets. Tools
 * that join or count by template want every line labelled with the final template, which is also what
 * grouping accuracy measures. So the default is two passes over a re-readable source (a file): mine
 * every message, then match each message against the final templates. Memory stays bounded by the
 * miner's caps whatever the input's size: no line is held between passes.
 *
 * A source that cannot be read twice (stdin) can be spooled to a file by the caller, or mined with
 * `mineOnePass`, which labels each line with its template at the time it was mined.
 */
export interface MinedLine {
  templateId: string
  /** Wildcards as `<*>`. */
  template: string
}

/** Messages one by one, or in batches (the sources stage hands lines over in batches). */
export type MessageSource = Iterable<string | readonly string[]> | AsyncIterable<string | readonly string[]>

/** Pass 1: mine every message into `miner` (a new default one unless given), and return it. */
export async function mineAll(
  messages: MessageSource,
  miner: TemplateMiner = new TemplateMiner(),
): Promise<TemplateMiner> {
  for await (const item of messages) {
    if (typeof item === 'string') miner.add(item)
    else for (const m of item) miner.add(m)
  }
  return miner
}

/**
 * Pass 2: label each message with the final template that covers it, in batches in input order (one
 * batch per input batch; single messages are grouped by `batchSize`). A message no template covers (only
 * when more than `maxTemplates` templates were mined and its own was evicted) is mined again, so every
 * message still gets a template.
 */
export async function* matchAll(
  messages: MessageSource,
  miner: TemplateMiner,
  batchSize = 1024,
): AsyncGenerator<MinedLine[]> {
  let batch: MinedLine[] = []
  for await (const item of messages) {
    if (typeof item === 'string') {
      batch.push(label(miner, item))
      if (batch.length >= batchSize) {
        yield batch
        batch = []
      }
    } else {
      if (batch.length) {
        yield batch
        batch = []
      }
      const out: MinedLine[] = new Array(item.length)
      for (let i = 0; i < item.length; i++) out[i] = label(miner, item[i]!)
      yield out
    }
  }
  if (batch.length) yield batch
}

/**
 * Both passes: `open` must return the same messages each time it is called (re-open the file).
 * Yields batches of labels in input order.
 */
export async function* mineTwoPass(
  open: () => MessageSource,
  options: MinerOptions = {},
): AsyncGenerator<MinedLine[]> {
  const miner = await mineAll(open(), new TemplateMiner(options))
  yield* matchAll(open(), miner)
}

/** The in-memory form of both passes, for messages already in an array (tests, benchmarks). */
export function mineMessages(
  messages: readonly string[],
  options: MinerOptions = {},
): { miner: TemplateMiner; lines: MinedLine[] } {
  const miner = new TemplateMiner(options)
  for (const m of messages) miner.add(m)
  const lines = messages.map((m) => label(miner, m))
  return { miner, lines }
}

/** One pass: each message labelled with its template at the time it was mined (may be generalised later). */
export function* mineOnePass(
  messages: Iterable<string>,
  miner: TemplateMiner = new TemplateMiner(),
): Generator<MineResult> {
  for (const m of messages) yield miner.add(m)
}

function label(miner: TemplateMiner, message: string): MinedLine {
  const found = miner.match(message) ?? miner.add(message)
  return { templateId: found.templateId, template: found.template }
}
