/**
 * ANSI escape sequences: CSI (`ESC [ ... final`, colours and cursor moves), OSC (`ESC ] ... BEL|ST`,
 * hyperlinks and window titles) and two-character escapes. CI output is full of them (GitHub Actions keeps
 * the colours of every step in its raw logs); they are presentation, and would otherwise split level words
 * (`\x1b[31mERROR\x1b[0m`) and end up in messages, templates and searches.
 */
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g

/** The text without ANSI escape sequences; the same string when it has none (one indexOf). */
export function stripAnsi(text: string): string {
  return text.indexOf('\x1b') === -1 ? text : text.replace(ANSI, '')
}
