import { HttpConnection, type ClientOptions } from '@elastic/elasticsearch'
import { ConfigError } from '../../core/errors.js'
import { readPem } from '../kafka/config.js'
import type { ElasticsearchSettings } from './config.js'

// Apart from config.ts (the settings, which every command's schema spreads), so that only commands that
// talk to Elasticsearch load its client library.

/** Client options: node, authentication (API key wins), TLS; the client's own retries for dead nodes. */
export function elasticsearchClientOptions(settings: ElasticsearchSettings): ClientOptions {
  const options: ClientOptions = {
    node: settings['elasticsearch-url'],
    requestTimeout: 60_000,
    // The client retries connection errors and 502/503/504 on another node; bulk with ids is safe to repeat.
    maxRetries: 3,
    compression: false,
    // node:http rather than the client's default undici connection: undici 6 (what @elastic/transport 8
    // brings) can throw an uncatchable `assert(!this.paused)` when a server closes a connection whose
    // response is still being read (nodejs/undici#5360, fixed in later undici), which would kill a consumer.
    Connection: HttpConnection,
  }
  const apiKey = settings['elasticsearch-api-key']
  const username = settings['elasticsearch-username']
  if (apiKey) options.auth = { apiKey }
  else if (username) {
    const password = settings['elasticsearch-password']
    if (password === undefined)
      throw new ConfigError('elasticsearch-username is set but no password', {
        hint: 'set LOGWARD_ELASTICSEARCH_PASSWORD, or use LOGWARD_ELASTICSEARCH_API_KEY',
      })
    options.auth = { username, password }
  }
  const ca = settings['elasticsearch-ca']
  if (ca) options.tls = { ca: readPem(ca, 'elasticsearch-ca') }
  return options
}
