import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import require$$2 from 'node:http';
import https from 'node:https';
import 'node:stream';
import { r as retry } from './retry-CQdCV2e0.js';
import { S as ServiceError } from './index.js';

/** Exceptions the NameNode raises that a later attempt can get past (failover, startup, lease recovery). */
const RETRIABLE_EXCEPTIONS = new Set([
    'StandbyException',
    'RetriableException',
    'SafeModeException',
    'RecoveryInProgressException',
    'AlreadyBeingCreatedException',
    'LeaseExpiredException',
    'NotReplicatedYetException',
]);
/**
 * A WebHDFS call failed. Names the operation and the HDFS path (never the URL's query, which may hold
 * a delegation token), the HTTP status and the server's exception class.
 */
class WebHdfsError extends ServiceError {
    status;
    exception;
    constructor(op, path, detail) {
        const what = [
            detail.status !== undefined ? `HTTP ${detail.status}` : undefined,
            detail.exception,
            detail.message,
        ]
            .filter(Boolean)
            .join(': ');
        const retriable = detail.status === undefined ||
            detail.status >= 500 ||
            detail.status === 429 ||
            (detail.exception !== undefined && RETRIABLE_EXCEPTIONS.has(detail.exception));
        super(`WebHDFS ${op} ${path} failed: ${what || 'no answer'}`, {
            ...(detail.cause !== undefined ? { cause: detail.cause } : {}),
            retriable: retriable && detail.exception !== 'AccessControlException',
            hint: hintFor(detail.status, detail.exception),
        });
        this.status = detail.status;
        this.exception = detail.exception;
    }
}
function hintFor(status, exception) {
    if (exception === 'AccessControlException' || status === 401 || status === 403)
        return 'the HDFS user (webhdfs-user) may not write there: check permissions, or the delegation token (LOGWARD_WEBHDFS_TOKEN)';
    if (exception === 'SafeModeException')
        return 'the NameNode is in safe mode: wait, or ask an HDFS admin';
    if (exception === 'StandbyException')
        return 'webhdfs-url points at a standby NameNode: use the active one or an HttpFS gateway';
    if (status === undefined)
        return 'check webhdfs-url (LOGWARD_WEBHDFS_URL) and that the NameNode and DataNodes are reachable';
    return 'check the NameNode log';
}

/** The client for the `webhdfs-*` settings (consume, backfill and baselines read from HDFS alike). */
function webHdfsClientFor(settings) {
    return new WebHdfsClient({
        url: settings['webhdfs-url'],
        user: settings['webhdfs-user'],
        ...(settings['webhdfs-token'] ? { token: settings['webhdfs-token'] } : {}),
    });
}
class WebHdfsClient {
    options;
    base;
    timeoutMs;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.timeoutMs = options.timeoutMs ?? 60_000;
    }
    /** Write a whole file (two steps: the NameNode names a DataNode, the bytes go there). */
    async create(path, body, options = {}) {
        await this.withRetry(async () => {
            const location = await this.dataNodeLocation('PUT', 'CREATE', path, {
                overwrite: String(options.overwrite ?? false),
            });
            await this.sendToDataNode('CREATE', path, location, 'PUT', body, 201);
        });
    }
    /** Append bytes to an existing file. Not retried: a lost answer would append twice. */
    async append(path, body) {
        const location = await this.dataNodeLocation('POST', 'APPEND', path, {});
        await this.sendToDataNode('APPEND', path, location, 'POST', body, 200);
    }
    /** Atomic rename within the file system. False when the source is missing or the destination exists. */
    async rename(from, to) {
        return this.withRetry(async () => {
            const res = await this.call('PUT', 'RENAME', from, { destination: to });
            return (await this.json(res, 'RENAME', from)).boolean;
        });
    }
    async delete(path, recursive = false) {
        return this.withRetry(async () => {
            const res = await this.call('DELETE', 'DELETE', path, { recursive: String(recursive) });
            return (await this.json(res, 'DELETE', path)).boolean;
        });
    }
    async mkdirs(path) {
        await this.withRetry(async () => {
            const res = await this.call('PUT', 'MKDIRS', path, {});
            await this.json(res, 'MKDIRS', path);
        });
    }
    /** The file's status, or undefined when it does not exist. */
    async status(path) {
        return this.withRetry(async () => {
            const res = await this.call('GET', 'GETFILESTATUS', path, {});
            if (res.status === 404) {
                await res.arrayBuffer();
                return undefined;
            }
            return (await this.json(res, 'GETFILESTATUS', path)).FileStatus;
        });
    }
    /** A directory's entries; empty when it does not exist. */
    async list(path) {
        return this.withRetry(async () => {
            const res = await this.call('GET', 'LISTSTATUS', path, {});
            if (res.status === 404) {
                await res.arrayBuffer();
                return [];
            }
            return (await this.json(res, 'LISTSTATUS', path))
                .FileStatuses.FileStatus;
        });
    }
    /**
     * A file's bytes as a stream. The NameNode names a DataNode (`noredirect=true`) and the GET goes there
     * with node:http, not fetch: undici (Node's fetch) can throw an uncatchable assertion when the DataNode
     * closes a connection whose answer is being read (nodejs/undici#5360; it crashed `npm run
     * bench:pipeline` while it read the lake back).
     */
    async open(path) {
        return this.withRetry(async () => {
            const location = await this.dataNodeLocation('GET', 'OPEN', path, {});
            return this.getFromDataNode(path, location);
        });
    }
    getFromDataNode(path, location) {
        return new Promise((resolve, reject) => {
            const transport = location.startsWith('https:') ? https : require$$2;
            const req = transport.get(location, (res) => {
                const status = res.statusCode ?? 0;
                if (status === 200)
                    return resolve(res);
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (err) => reject(new WebHdfsError('OPEN', path, { message: networkReason(err), cause: err })));
                res.on('end', () => reject(new WebHdfsError('OPEN', path, {
                    status,
                    ...remoteException(Buffer.concat(chunks).toString('utf8')),
                })));
            });
            req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer in ${this.timeoutMs} ms`)));
            req.on('error', (err) => reject(new WebHdfsError('OPEN', path, { message: networkReason(err), cause: err })));
        });
    }
    async read(path) {
        const chunks = [];
        for await (const chunk of await this.open(path))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    url(op, path, params) {
        const encoded = path
            .split('/')
            .map((segment) => encodeURIComponent(segment))
            .join('/');
        const query = new URLSearchParams({ op, ...params, 'user.name': this.options.user });
        if (this.options.token)
            query.set('delegation', this.options.token);
        return `${this.base}${encoded.startsWith('/') ? '' : '/'}${encoded}?${query.toString()}`;
    }
    async call(method, op, path, params, redirect = 'manual') {
        try {
            return await fetch(this.url(op, path, params), {
                method,
                redirect,
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch (err) {
            throw new WebHdfsError(op, path, { message: networkReason(err), cause: err });
        }
    }
    /** Step one of a write or a read: the DataNode URL to send the bytes to (`noredirect=true`: JSON, no 307). */
    async dataNodeLocation(method, op, path, params) {
        const res = await this.call(method, op, path, { ...params, noredirect: 'true' });
        if (res.status === 307) {
            await res.arrayBuffer();
            const location = res.headers.get('location');
            if (location)
                return location;
        }
        const body = (await this.json(res, op, path));
        if (!body.Location)
            throw new WebHdfsError(op, path, { status: res.status, message: 'no DataNode location' });
        return body.Location;
    }
    sendToDataNode(op, path, location, method, body, expected) {
        return new Promise((resolve, reject) => {
            const transport = location.startsWith('https:') ? https : require$$2;
            const req = transport.request(location, {
                method,
                headers: { 'content-type': 'application/octet-stream', 'content-length': body.length },
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (err) => reject(new WebHdfsError(op, path, { message: networkReason(err), cause: err })));
                res.on('end', () => {
                    const status = res.statusCode ?? 0;
                    if (status === expected)
                        return resolve();
                    reject(new WebHdfsError(op, path, {
                        status,
                        ...remoteException(Buffer.concat(chunks).toString('utf8')),
                    }));
                });
            });
            // The DataNode's unsolicited `100 Continue` arrives here, harmlessly.
            req.on('information', () => { });
            req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer in ${this.timeoutMs} ms`)));
            req.on('error', (err) => reject(new WebHdfsError(op, path, { message: networkReason(err), cause: err })));
            req.end(body);
        });
    }
    async json(res, op, path) {
        const text = await res.text();
        if (!res.ok)
            throw new WebHdfsError(op, path, { status: res.status, ...remoteException(text) });
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new WebHdfsError(op, path, { status: res.status, message: 'the answer is not JSON', cause: err });
        }
    }
    withRetry(fn) {
        return retry(() => fn(), { retries: 5, initialDelayMs: 200, maxDelayMs: 5000, ...this.options.retry });
    }
}
/** `{"RemoteException": {"exception", "message"}}`, the body of a WebHDFS error. */
function remoteException(text) {
    try {
        const parsed = JSON.parse(text);
        const e = parsed.RemoteException;
        if (e) {
            // The message names the path and the user; cut it to its first line.
            return {
                ...(e.exception ? { exception: e.exception } : {}),
                ...(e.message ? { message: e.message.split('\n')[0].slice(0, 300) } : {}),
            };
        }
    }
    catch {
        // Not JSON: a proxy's HTML page, say.
    }
    return {};
}
function networkReason(err) {
    const cause = err.cause;
    return cause?.code ?? cause?.message ?? err.message ?? String(err);
}

export { WebHdfsError as W, webHdfsClientFor as w };
