import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
const LEVEL_COLORS = {
    fatal: '\x1b[41;97m',
    error: '\x1b[31m',
    warn: '\x1b[33m',
    notice: '\x1b[36m',
    info: '\x1b[32m',
    debug: '\x1b[90m',
    trace: '\x1b[90m',
};
/**
 * One record as one line a person can scan: time, level, service, message (first line; a stack trace
 * shows as `(+N lines)`). Colours only on a terminal.
 */
function formatRecordRow(record, options) {
    const time = record['@timestamp']
        ? record['@timestamp'].replace('T', ' ').replace(/\.\d+Z$|Z$/, '')
        : '-'.padEnd(19);
    const level = (record.log.level ?? '-').toUpperCase().padEnd(6);
    const service = (record.service?.name ?? record.log.logger ?? '').slice(0, 18).padEnd(18);
    const [first = '', ...rest] = record.message.split('\n');
    const extra = record.error?.stack_trace ? record.error.stack_trace.split('\n').length : rest.length;
    let message = extra > 0 ? `${first} (+${extra} lines)` : first;
    if (options.width && message.length > options.width - 48)
        message = message.slice(0, Math.max(20, options.width - 49)) + '…';
    const colored = options.color ? `${LEVEL_COLORS[record.log.level ?? ''] ?? ''}${level}\x1b[0m` : level;
    return `${time}  ${colored} ${service} ${message}`;
}

export { formatRecordRow as f };
