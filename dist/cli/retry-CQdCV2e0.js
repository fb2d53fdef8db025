import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { setTimeout } from 'node:timers/promises';
import { L as LogwardError } from './index.js';

/** Thrown by `bail(error)` inside the retried function: stop at once and rethrow `error`. */
class Bail {
    error;
    constructor(error) {
        this.error = error;
    }
}
async function retry(fn, options = {}) {
    const retries = options.retries ?? 5;
    const initial = options.initialDelayMs ?? 300;
    const max = options.maxDelayMs ?? 30_000;
    const factor = options.factor ?? 2;
    const random = options.random ?? Math.random;
    const started = Date.now();
    const bail = (error) => {
        throw new Bail(error);
    };
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt, bail);
        }
        catch (error) {
            if (error instanceof Bail)
                throw error.error;
            const retriable = error instanceof LogwardError ? error.retriable : (options.shouldRetry?.(error, attempt) ?? false);
            if (!retriable || attempt >= retries)
                throw error;
            const computed = Math.min(max, initial * factor ** (attempt - 1)) * random();
            const asked = options.retryAfterMs?.(error);
            const delay = Math.min(max, asked !== undefined ? asked : computed);
            if (options.maxElapsedMs !== undefined && Date.now() - started + delay > options.maxElapsedMs)
                throw error;
            options.onRetry?.(error, attempt, delay);
            await setTimeout(delay, undefined, options.signal ? { signal: options.signal } : undefined);
        }
    }
}
/** Parse an HTTP `Retry-After` header (delta seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export { parseRetryAfter as p, retry as r };
