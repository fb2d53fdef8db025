import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
const LEVELS = ['trace', 'debug', 'info', 'notice', 'warn', 'error', 'fatal'];

export { LEVELS as L };
