import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { e as elasticsearchExports } from './index-BX5jLJuX.js';
import { S as ServiceError } from './index.js';

/**
 * Client errors as ServiceErrors. Messages name the operation and the status and error type the server
 * gave, never the URL (it may carry credentials) or request bodies (they hold records).
 */
function elasticsearchError(action, err) {
    if (err instanceof ServiceError)
        return err;
    if (err instanceof elasticsearchExports.errors.ResponseError) {
        const status = err.statusCode ?? 0;
        const body = err.body;
        const type = typeof body?.error === 'object' ? body.error.type : undefined;
        return new ServiceError(`Elasticsearch: ${action} failed: HTTP ${status}${type ? ` ${type}` : ''}`, {
            cause: err,
            retriable: status === 429 || status >= 500,
            hint: status === 401
                ? 'check LOGWARD_ELASTICSEARCH_API_KEY (or the user name and password)'
                : status === 403
                    ? 'the API key or user lacks privileges (create_index, index, manage_index_templates on logward-*)'
                    : status === 429
                        ? 'the cluster is overloaded: it will be retried; lower consume-concurrency if it persists'
                        : 'check the Elasticsearch log',
        });
    }
    if (err instanceof elasticsearchExports.errors.ConnectionError ||
        err instanceof elasticsearchExports.errors.TimeoutError ||
        err instanceof elasticsearchExports.errors.NoLivingConnectionsError)
        return new ServiceError(`Elasticsearch: ${action} failed: ${err.name}`, {
            cause: err,
            retriable: true,
            hint: 'check elasticsearch-url (LOGWARD_ELASTICSEARCH_URL), that the cluster is up, and elasticsearch-ca for HTTPS',
        });
    if (err instanceof elasticsearchExports.errors.ProductNotSupportedError)
        return new ServiceError(`Elasticsearch: ${action} failed: the server is not Elasticsearch`, {
            cause: err,
            hint: 'elasticsearch-url must point at Elasticsearch 8 or 9',
        });
    return new ServiceError(`Elasticsearch: ${action} failed: ${err.message ?? String(err)}`, {
        cause: err,
    });
}

export { elasticsearchError as e };
