import type { Logger } from '../core/logger.js'
import { LakeWriter } from './lake/writer.js'
import { indexPath, SearchIndex } from './search-index/search-index.js'
import { SearchIndexSink } from './search-index/sink.js'
import type { RecordSink } from './types.js'

/**
 * The embedded default's store: the local lake (NDJSON.gz partitions laid out as the HDFS lake is) and
 * the SQLite full-text index that `logward search` reads, fed the same batches.
 */
export async function openEmbeddedStore(dir: string, options: { logger: Logger }): Promise<RecordSink> {
  const lake = await LakeWriter.open(dir, { logger: options.logger })
  const index = new SearchIndexSink(SearchIndex.open(indexPath(dir)))
  return {
    name: 'embedded-store',
    async write(batch) {
      await lake.write(batch)
      await index.write(batch)
    },
    async close() {
      try {
        await lake.close()
      } finally {
        await index.close()
      }
    },
  }
}
