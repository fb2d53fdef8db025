import type { Client, estypes } from '@elastic/elasticsearch'
import { ServiceError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'
import { retry, type RetryOptions } from '../../core/retry.js'
import { bulkLines, classifyItem, type BulkDoc } from './bulk.js'
import { elasticsearchError } from './errors.js'

export interface DeadDoc<T> {
  doc: BulkDoc<T>
  status: number
  reason: string
}

export interface BulkOutcome<T> {
  indexed: number
  dead: DeadDoc<T>[]
  /** Item retries it took (429s, rejected executions). */
  retries: number
}

/**
 * The I/O half of the Elasticsearch sink: bulk requests with per-item results checked. An HTTP 200 bulk
 * answer may still refuse some items: those worth retrying (429, `es_rejected_execution_exception`) are
 * sent again, alone, with backoff (core/retry); those refused for good come back as dead letters.
 */
export class ElasticsearchService {
  constructor(
    readonly client: Client,
    private readonly logger: Logger,
    private readonly retryOptions: RetryOptions = {},
  ) {}

  /** The server's version; warns when the v8 client does not support it. */
  async checkVersion(): Promise<string> {
    try {
      const info = await this.client.info()
      const version = info.version.number
      const major = Number(version.split('.')[0])
      if (major < 8 || major > 9)
        this.logger.warn(`Elasticsearch ${version}: logward's client supports 8.x and 9.x servers`)
      return version
    } catch (err) {
      throw elasticsearchError('connect', err)
    }
  }

  /**
   * Whether the cluster has data streams. Asked, not assumed: a cluster without the data-streams module
   * (or this project's embedded test node) answers GET /_data_stream with 400, 404 or 405.
   */
  async supportsDataStreams(): Promise<boolean> {
    try {
      await this.client.indices.getDataStream({ name: '*' })
      return true
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode
      if (status === 400 || status === 404 || status === 405) return false
      throw elasticsearchError('check data streams', err)
    }
  }

  /** Create or update an index template (PUT is idempotent: running it on every start is safe). */
  async putIndexTemplate(request: estypes.IndicesPutIndexTemplateRequest): Promise<void> {
    try {
      await this.client.indices.putIndexTemplate(request)
    } catch (err) {
      throw elasticsearchError(`install index template ${request.name}`, err)
    }
  }

  async bulk<T>(docs: readonly BulkDoc<T>[]): Promise<BulkOutcome<T>> {
    const dead: DeadDoc<T>[] = []
    let pending = [...docs]
    let retries = 0
    let indexed = 0
    await retry(
      async () => {
        const response = await this.send(pending)
        const again: BulkDoc<T>[] = []
        let lastReason = ''
        response.items.forEach((item, i) => {
          const doc = pending[i]!
          const outcome = classifyItem(item)
          if (outcome.kind === 'ok') indexed++
          else if (outcome.kind === 'dead') dead.push({ doc, status: outcome.status, reason: outcome.reason })
          else {
            again.push(doc)
            lastReason = outcome.reason
          }
        })
        pending = again
        if (again.length > 0) {
          retries += again.length
          throw new ServiceError(
            `Elasticsearch: ${again.length} bulk item(s) not accepted yet: ${lastReason.split(':')[0]}`,
            {
              retriable: true,
              hint: 'the cluster is overloaded: lower consume-concurrency or elasticsearch-bulk-bytes, or add nodes',
            },
          )
        }
      },
      {
        retries: 10,
        initialDelayMs: 500,
        maxDelayMs: 30_000,
        onRetry: (err, attempt, delay) =>
          this.logger.warn(`${(err as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)} s`),
        ...this.retryOptions,
      },
    )
    return { indexed, dead, retries }
  }

  async refresh(indices: readonly string[]): Promise<void> {
    if (indices.length === 0) return
    try {
      await this.client.indices.refresh({
        index: [...indices],
        ignore_unavailable: true,
        allow_no_indices: true,
      })
    } catch (err) {
      throw elasticsearchError('refresh', err)
    }
  }

  private async send(docs: readonly BulkDoc[]): Promise<estypes.BulkResponse> {
    try {
      return await this.client.bulk({ operations: bulkLines(docs) })
    } catch (err) {
      throw elasticsearchError(`bulk of ${docs.length} documents`, err)
    }
  }
}
