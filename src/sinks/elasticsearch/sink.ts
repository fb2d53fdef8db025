import { Client } from '@elastic/elasticsearch'
import type { Logger } from '../../core/logger.js'
import type { LogRecord } from '../../core/record.js'
import { chunkDocs, toBulkDoc, type BulkDoc, type IndexMode } from './bulk.js'
import { elasticsearchClientOptions } from './client-options.js'
import { ROLLUP_WINDOW_MS, safeUrl, type ElasticsearchSettings } from './config.js'
import { rollupPrefixFor, RollupWriter } from './rollup.js'
import { ElasticsearchService, type DeadDoc } from './service.js'
import { recordDataStreamTemplate, recordIndexTemplate, rollupIndexTemplate } from './templates.js'

export interface EsItem<T> {
  record: LogRecord
  /** `_id`: recordId(record), or the id a backfilled record had. */
  id: string
  ref: T
}

export interface EsBatchResult<T> {
  indexed: number
  dead: DeadDoc<T>[]
  /** Indices written to (for the rollup refresh). */
  indices: string[]
}

/**
 * The sink loop of Elasticsearch: a batch of records becomes bulk requests of at most
 * `elasticsearch-bulk-bytes`, up to `elasticsearch-bulk-concurrency` at once (besides the partitions a
 * consumer works on at once), then the rollups of the windows the batch touched are recomputed. Resolves once
 * Elasticsearch confirmed every item, or gave a reason never to retry it (a dead letter).
 */
export class ElasticsearchSink<T = unknown> {
  readonly name = 'elasticsearch'

  private constructor(
    readonly service: ElasticsearchService,
    private readonly prefix: string,
    private readonly mode: IndexMode,
    private readonly bulkBytes: number,
    private readonly bulkConcurrency: number,
    readonly rollups: RollupWriter | undefined,
    private readonly logger: Logger,
  ) {}

  /** Connect, pick daily indices or a data stream (when asked for and supported), install the templates. */
  static async open<T>(settings: ElasticsearchSettings, logger: Logger): Promise<ElasticsearchSink<T>> {
    const client = new Client(elasticsearchClientOptions(settings))
    const service = new ElasticsearchService(client, logger)
    try {
      const version = await service.checkVersion()
      logger.debug(`Elasticsearch ${version} at ${safeUrl(settings['elasticsearch-url'])}`)
      const prefix = settings['elasticsearch-index']
      let mode: IndexMode = settings['elasticsearch-index-mode']
      if (mode === 'data-stream' && !(await service.supportsDataStreams())) {
        logger.warn(
          `Elasticsearch at ${safeUrl(settings['elasticsearch-url'])} has no data streams; writing daily indices ${prefix}-YYYY.MM.DD instead`,
        )
        mode = 'daily'
      }
      const rollupPrefix = rollupPrefixFor(prefix)
      const templateSettings = {
        prefix,
        rollupPrefix,
        shards: settings['elasticsearch-shards'],
        replicas: settings['elasticsearch-replicas'],
      }
      // Daily indices always: undated records go to `<prefix>-undated` even in data-stream mode.
      await service.putIndexTemplate(recordIndexTemplate(templateSettings))
      if (mode === 'data-stream') await service.putIndexTemplate(recordDataStreamTemplate(templateSettings))
      const rollups = settings['elasticsearch-rollups']
        ? new RollupWriter(service, {
            source: mode === 'data-stream' ? `${prefix},${prefix}-*` : `${prefix}-*`,
            rollupPrefix,
            windowMs: ROLLUP_WINDOW_MS[settings['rollup-window']],
            window: settings['rollup-window'],
            logger,
          })
        : undefined
      if (rollups) await service.putIndexTemplate(rollupIndexTemplate(templateSettings))
      return new ElasticsearchSink<T>(
        service,
        prefix,
        mode,
        settings['elasticsearch-bulk-bytes'],
        settings['elasticsearch-bulk-concurrency'],
        rollups,
        logger,
      )
    } catch (err) {
      await client.close().catch(() => {})
      throw err
    }
  }

  async writeBatch(items: readonly EsItem<T>[]): Promise<EsBatchResult<T>> {
    const docs: BulkDoc<T>[] = items.map((item) =>
      toBulkDoc(item.record, item.id, this.prefix, this.mode, item.ref),
    )
    const result: EsBatchResult<T> = { indexed: 0, dead: [], indices: [...new Set(docs.map((d) => d.index))] }
    const started = Date.now()
    // Chunks are independent (each item's result is checked on its own), so several can be in flight.
    const chunks = chunkDocs(docs, this.bulkBytes)
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < chunks.length) {
        const outcome = await this.service.bulk(chunks[next++]!)
        result.indexed += outcome.indexed
        result.dead.push(...outcome.dead)
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.bulkConcurrency, chunks.length) }, worker))
    const bulked = Date.now()
    if (this.rollups) await this.rollups.update(this.rollups.windowsOf(items.map((i) => i.record)))
    this.logger.debug(`bulk ${docs.length} docs ${bulked - started} ms, rollups ${Date.now() - bulked} ms`)
    return result
  }

  async close(): Promise<void> {
    await this.service.client.close()
  }
}
