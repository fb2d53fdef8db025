/**
 * Slack's text rules, in one place. Text from logs and test reports goes into mrkdwn, where `<`, `>` and
 * `&` are control characters (`<!channel>` pings everyone, `<url|text>` is a link), so it is escaped; and
 * Block Kit rejects a message whose texts are too long (`invalid_blocks`), so every text is cut to its
 * limit with an ellipsis.
 */
export const LIMITS = {
  /** Block Kit: the text of a section, and of each context element. */
  sectionText: 3000,
  /** Block Kit: each field of a section. */
  fieldText: 2000,
  fields: 10,
  /** Block Kit: a header's plain text. */
  headerText: 150,
  contextElements: 10,
  blocks: 50,
  /** `chat.postMessage`'s top-level `text` (the notification fallback); Slack truncates past 40,000. */
  fallbackText: 3000,
} as const

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Cut to at most `max` characters (code points), ending with `…`. An escape sequence (`&lt;`) is never cut
 * in half, which Slack would show as garbage.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  let cut = chars.slice(0, max - 1).join('')
  const amp = cut.lastIndexOf('&')
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp)
  return `${cut}…`
}

/** Lines joined up to `max`, then "…and N more" for the rest: a list that is cut says so. */
export function boundedLines(lines: readonly string[], max: number): string {
  const out: string[] = []
  let used = 0
  for (let i = 0; i < lines.length; i++) {
    const after = lines.length - i - 1
    // Keep room for the "…and N more" line that stopping at the next line would need.
    const tail = after > 0 ? `\n…and ${after} more`.length : 0
    const sep = out.length > 0 ? 1 : 0
    const room = max - used - sep - tail
    let line = lines[i]!
    if (Array.from(line).length > room) {
      if (out.length > 0 || room < 20) {
        out.push(`…and ${lines.length - i} more`)
        break
      }
      line = truncate(line, room)
    }
    out.push(line)
    used += sep + Array.from(line).length
  }
  return truncate(out.join('\n'), max)
}

/** `<url|text>` with the text escaped; links are checked http(s) URLs (see links.ts). */
export function link(url: string, text: string): string {
  return `<${url}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`
}
