import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { r as recordId } from './record-id-C-QpKwJj.js';

/** Headers logward sets on messages besides the record (see src/sinks/kafka/encode.ts). */
const ID_HEADER = 'logward-id';
const SOURCE_HEADER = 'logward-source';
/** `logward-source: hdfs`: a backfill from the HDFS lake; it is not written to the lake again. */
const SOURCE_HDFS = 'hdfs';
/**
 * A Kafka message back into a record. A message that is not a record (not JSON, or without `message` and
 * `log.file`) is a poison message: reported with the reason, for the dead-letter topic, never retried.
 */
function decodeMessage(message, options = {}) {
    if (!message.value)
        return { ok: false, reason: 'empty message (tombstone)', message };
    let value;
    try {
        value = JSON.parse(message.value.toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'not JSON', message };
    }
    const problem = notARecord(value);
    if (problem)
        return { ok: false, reason: `not a logward record: ${problem}`, message };
    const record = value;
    if (options.service && !record.service?.name)
        record.service = { ...record.service, name: options.service };
    const idHeader = header(message, ID_HEADER);
    const ms = Number(message.timestamp);
    const ingestDay = new Date(Number.isFinite(ms) && ms > 0 ? ms : Date.now()).toISOString().slice(0, 10);
    return {
        ok: true,
        value: {
            record,
            id: idHeader && /^[A-Za-z0-9_-]{1,512}$/.test(idHeader) ? idHeader : recordId(record),
            ingestDay,
            fromLake: header(message, SOURCE_HEADER) === SOURCE_HDFS,
            message,
        },
    };
}
function header(message, name) {
    const v = message.headers?.[name];
    const one = Array.isArray(v) ? v[0] : v;
    return one === undefined ? undefined : one.toString();
}
function notARecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not an object';
    const v = value;
    if (typeof v.message !== 'string')
        return 'no `message` string';
    if (typeof v.log !== 'object' || v.log === null)
        return 'no `log` object';
    if (typeof v.log.file?.path !== 'string' || typeof v.log.file.line !== 'number')
        return 'no `log.file.path` and `log.file.line`';
    if (typeof v.logward !== 'object' || v.logward === null)
        return 'no `logward` object';
    return undefined;
}

export { ID_HEADER as I, SOURCE_HDFS as S, SOURCE_HEADER as a, decodeMessage as d };
