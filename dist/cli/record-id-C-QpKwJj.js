import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { createHash } from 'node:crypto';

/**
 * A deterministic id for a record: the same record read again (a re-run of `analyze`, a redelivered
 * Kafka message, a backfill) gets the same id, so every store can de-duplicate on it (SQLite primary
 * key, Elasticsearch `_id`). It hashes where the record is (CI run, source path, line) and what it says
 * (timestamp, message), not when it was read. 20 base64url characters (120 bits): collisions are not a
 * practical concern at any log volume.
 */
function recordId(record) {
    const ci = record.ci;
    const key = [
        ci?.repository ?? '',
        ci?.run_id ?? '',
        ci?.run_attempt ?? '',
        ci?.job ?? '',
        record.log.file.path,
        record.log.file.line,
        record['@timestamp'] ?? '',
        record.message,
    ].join('\u0000');
    return createHash('sha256').update(key).digest('base64url').slice(0, 20);
}

export { recordId as r };
