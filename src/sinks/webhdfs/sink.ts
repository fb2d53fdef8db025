import { randomBytes } from 'node:crypto'
import type { Logger } from '../../core/logger.js'
import { escapePartitionValue } from '../lake/partition.js'
import type { WebHdfsClient } from './client.js'
import { WebHdfsError } from './errors.js'
import { partBody, planParts, type BatchOrigin, type LakeItem } from './part.js'

export interface WebHdfsSinkOptions {
  /** Lake root, e.g. `/logward`. */
  root: string
  /** Consumer group: names the directory of the batch intents. */
  group: string
  /** Part files written at once. Default 8: a batch of old logs spans many days, each a part. */
  concurrency?: number
  logger: Logger
}

/** What a batch is about to write, saved before its first part (see `writeBatch`). */
interface Intent {
  topic: string
  partition: number
  first: string
  last: string
  files: string[]
}

/**
 * The sink loop of the HDFS lake. Each Kafka batch becomes one part per partition directory, written
 * under a dot-prefixed temporary name (readers, Hive and Spark skip it) and renamed into place, so no
 * reader ever sees half a part. A part's name is the batch's offsets, so the same batch makes the same
 * names. But after a crash the redelivered batch may end elsewhere (a fetch returns what the broker has
 * then), so names alone cannot prevent a duplicate. Hence the intent: before its parts, a batch records
 * its offsets and part paths in `<root>/_logward/consumers/<group>/<topic>/<partition>.json`. When a
 * partition is taken up again at an offset that intent covers, that batch was never committed: its parts
 * are deleted before the batch is written again (the Kafka Connect HDFS connector's write-ahead log,
 * reduced to one batch because offsets are committed after every batch).
 */
export class WebHdfsSink {
  readonly name = 'webhdfs'
  /** Next offset expected per topic/partition; a batch starting elsewhere is a redelivery. */
  private readonly expected = new Map<string, bigint>()
  private readonly root: string
  private readonly concurrency: number

  constructor(
    private readonly client: WebHdfsClient,
    private readonly options: WebHdfsSinkOptions,
  ) {
    this.root = options.root.replace(/\/+$/, '')
    this.concurrency = options.concurrency ?? 8
  }

  /** Write a batch's records; resolves with the part paths once every part is in place. */
  async writeBatch(items: readonly LakeItem[], origin: BatchOrigin): Promise<string[]> {
    const key = `${origin.topic}\u0000${origin.partition}`
    const first = BigInt(origin.firstOffset)
    if (this.expected.get(key) !== first) await this.recover(origin)
    const parts = planParts(this.root, items, origin)
    const files = parts.map((p) => `${p.dir}/${p.name}`)
    await this.saveIntent({
      topic: origin.topic,
      partition: origin.partition,
      first: origin.firstOffset,
      last: origin.lastOffset,
      files,
    })
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < parts.length) {
        const part = parts[next++]!
        await this.writePart(part.dir, part.name, await partBody(part.records))
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, parts.length) }, worker))
    this.expected.set(key, BigInt(origin.lastOffset) + 1n)
    return files
  }

  /** A batch with nothing for the lake (a backfill from it): only its offsets move on. */
  skip(origin: BatchOrigin): void {
    this.expected.set(`${origin.topic}\u0000${origin.partition}`, BigInt(origin.lastOffset) + 1n)
  }

  /** Forget what was expected (after a rebalance the next batch of a partition is checked again). */
  reset(): void {
    this.expected.clear()
  }

  /** Remove the parts of an uncommitted batch this partition is about to process again. */
  private async recover(origin: BatchOrigin): Promise<void> {
    const intent = await this.loadIntent(origin.topic, origin.partition)
    if (!intent) return
    if (BigInt(origin.firstOffset) > BigInt(intent.last)) return
    let removed = 0
    for (const file of intent.files) if (await this.client.delete(file)) removed++
    if (removed > 0)
      this.options.logger.info(
        `webhdfs: removed ${removed} part file(s) of ${origin.topic}/${origin.partition} offsets ${intent.first}-${intent.last}, written but never committed; writing them again`,
      )
  }

  private intentPath(topic: string, partition: number): string {
    return `${this.root}/_logward/consumers/${escapePartitionValue(this.options.group)}/${escapePartitionValue(topic)}/${partition}.json`
  }

  private async loadIntent(topic: string, partition: number): Promise<Intent | undefined> {
    const path = this.intentPath(topic, partition)
    if (!(await this.client.status(path))) return undefined
    const text = (await this.client.read(path)).toString('utf8')
    try {
      return JSON.parse(text) as Intent
    } catch {
      // Written by create-then-rename, so never half of one; a damaged one cannot name files to remove.
      this.options.logger.warn(`webhdfs: ${path} is not JSON; ignoring it`)
      return undefined
    }
  }

  private async saveIntent(intent: Intent): Promise<void> {
    const path = this.intentPath(intent.topic, intent.partition)
    await this.replace(path, Buffer.from(JSON.stringify(intent)))
  }

  private async writePart(dir: string, name: string, body: Buffer): Promise<void> {
    await this.replace(`${dir}/${name}`, body)
  }

  /**
   * Write `path` atomically: the bytes go to a temporary dot file beside it, then RENAME. WebHDFS's rename
   * never replaces: when `path` exists (the same batch written before), it is deleted first, and a reader
   * may miss that one file for the moment between the two calls, but never sees it half-written.
   */
  private async replace(path: string, body: Buffer): Promise<void> {
    const slash = path.lastIndexOf('/')
    const tmp = `${path.slice(0, slash)}/.${path.slice(slash + 1)}.${randomBytes(4).toString('hex')}.tmp`
    await this.client.create(tmp, body, { overwrite: true })
    if (await this.client.rename(tmp, path)) return
    await this.client.delete(path)
    if (await this.client.rename(tmp, path)) return
    await this.client.delete(tmp).catch(() => false)
    throw new WebHdfsError('RENAME', path, { message: 'the temporary part could not be renamed into place' })
  }
}
