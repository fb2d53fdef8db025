import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { e as elasticsearchExports } from './index-CAKADorb.js';
import { C as ConfigError, r as readPem } from './index.js';
import 'node:events';
import 'tty';
import 'util';
import 'os';
import 'node:os';
import 'node:zlib';
import 'node:buffer';
import 'node:util';
import 'node:process';
import 'node:querystring';
import 'node:timers/promises';
import 'https';
import 'http';
import 'url';
import 'node:http';
import 'node:https';
import 'node:stream';
import 'node:url';
import 'node:assert';
import 'crypto';
import 'fs';
import 'path';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'node:net';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:fs';
import 'process';
import 'buffer';
import 'node:path';
import 'node:fs/promises';
import 'module';
import 'node:readline';
import 'node:crypto';

// Apart from config.ts (the settings, which every command's schema spreads), so that only commands that
// talk to Elasticsearch load its client library.
/** Client options: node, authentication (API key wins), TLS; the client's own retries for dead nodes. */
function elasticsearchClientOptions(settings) {
    const options = {
        node: settings['elasticsearch-url'],
        requestTimeout: 60_000,
        // The client retries connection errors and 502/503/504 on another node; bulk with ids is safe to repeat.
        maxRetries: 3,
        compression: false,
        // node:http rather than the client's default undici connection: undici 6 (what @elastic/transport 8
        // brings) can throw an uncatchable `assert(!this.paused)` when a server closes a connection whose
        // response is still being read (nodejs/undici#5360, fixed in later undici), which would kill a consumer.
        Connection: elasticsearchExports.HttpConnection,
    };
    const apiKey = settings['elasticsearch-api-key'];
    const username = settings['elasticsearch-username'];
    if (apiKey)
        options.auth = { apiKey };
    else if (username) {
        const password = settings['elasticsearch-password'];
        if (password === undefined)
            throw new ConfigError('elasticsearch-username is set but no password', {
                hint: 'set LOGWARD_ELASTICSEARCH_PASSWORD, or use LOGWARD_ELASTICSEARCH_API_KEY',
            });
        options.auth = { username, password };
    }
    const ca = settings['elasticsearch-ca'];
    if (ca)
        options.tls = { ca: readPem(ca, 'elasticsearch-ca') };
    return options;
}

export { elasticsearchClientOptions };
