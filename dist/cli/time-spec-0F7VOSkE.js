import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
/**
 * Times as people type them for `--since`/`--until`: an ISO date (`2024-05-01`, UTC midnight), an ISO
 * timestamp (`2024-05-01T10:00:00Z`, `…+02:00`; without an offset it is UTC, as every stored timestamp
 * is), `now`, or a duration ago: `90s`, `15m`, `2h`, `3d`, `1w`.
 */
const UNIT_MS = {
    s: 1000,
    m: 60 * 1000,
    h: 60 * 60 * 1000,
    d: 24 * 60 * 60 * 1000,
    w: 7 * 24 * 60 * 60 * 1000,
};
/** The time `text` means, relative to `now` for durations; undefined when it is none of the forms. */
function parseTimeSpec(text, now = new Date()) {
    const spec = text.trim();
    if (spec === 'now')
        return new Date(now.getTime());
    const relative = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(spec);
    if (relative)
        return new Date(now.getTime() - Number(relative[1]) * UNIT_MS[relative[2]]);
    return parseIsoTime(spec);
}
/** An ISO date or timestamp; one without an offset is read as UTC (not as the machine's local time). */
function parseIsoTime(text) {
    let spec = text.trim();
    if (!/^\d{4}-\d{2}-\d{2}/.test(spec))
        return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(spec))
        spec += 'T00:00:00Z';
    else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(spec))
        spec = spec.replace(' ', 'T') + 'Z';
    const ms = Date.parse(spec);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}

export { parseIsoTime as a, parseTimeSpec as p };
