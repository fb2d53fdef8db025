import { escapeHtml } from '../html/escape-html.js'
import { clip, cleanText } from '../html/report-text.js'

/*
 * Hostile text into GitHub-flavoured Markdown. GitHub renders raw HTML (sanitised, but an <img> still loads
 * a remote image, and a stray </details> breaks the page), links, math between dollars and table pipes, so
 * every string from the analysis goes through one of these.
 */

// CommonMark lets any ASCII punctuation be backslash-escaped. These start markup anywhere in a line: code,
// emphasis, links and images (`[`), HTML (`<`), table cells, strikethrough, math. `(`, `)`, `!` and `#` are
// harmless once `[` is escaped and the text does not start the line, so raw summary.md stays readable.
const INLINE_SPECIALS = /[\\`*_[\]<>|~$]|&(?=#?\w+;)/g
// At the start of a list item or paragraph these would make a heading, quote, list or rule.
const LEADING_BLOCK = /^(?:[#>+=-]|\d+(?=[.)]))/

/** One line of plain text: Markdown and HTML syntax shown as typed, newlines folded, at most `max` chars. */
export function mdText(text: string, max = 500): string {
  const escaped = clip(oneLine(text), max).replace(INLINE_SPECIALS, (c) => `\\${c}`)
  return escaped.replace(LEADING_BLOCK, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
}

/**
 * An inline code span (paths, templates). `inTable`: GitHub splits table cells on `|` even inside code, and
 * there `\|` shows as `|`; outside tables the backslash would show, so pipes are left alone.
 */
export function mdCode(text: string, options: { max?: number; inTable?: boolean } = {}): string {
  let body = clip(oneLine(text), options.max ?? 300)
  if (options.inTable) body = body.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  // A span that starts or ends with a backtick needs a space inside the delimiters (stripped on render).
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : ''
  return `${ticks}${pad}${body}${pad}${ticks}`
}

/**
 * A fenced code block whose fence is longer than any backtick run in the text, so no log line can close
 * it early. Always ends with a newline.
 */
export function fence(text: string, info = 'text'): string {
  // A line or paragraph separator would show as an odd glyph in the block: it was meant as a line break.
  const body = cleanText(text)
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\s+$/, '')
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const f = '`'.repeat(Math.max(3, longest + 1))
  return `${f}${info}\n${body}\n${f}\n`
}

/** Text inside raw HTML (a <summary>): HTML escaping, not Markdown. */
export function htmlText(text: string, max = 200): string {
  return escapeHtml(clip(oneLine(text), max))
}

/** A collapsed block: the blank lines around the body let GitHub render Markdown inside the HTML. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>\n`
}

/** A GFM table; cells must already be escaped (mdText, mdCode with `inTable`). */
export function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : '---'))
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n'
}

function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\u2028\u2029]/g, ' ')
    .trim()
}

/** `[label](url)` for an http(s) URL already checked by `safeHref`; characters that end a link are encoded. */
export function mdLink(label: string, href: string): string {
  const dest = href.replace(
    /[()|<> `"\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
  return `[${label}](${dest})`
}

/**
 * At most one blank line between blocks, and one newline at the end, leaving fenced code untouched: the
 * sections are joined without caring how many newlines each ends with.
 */
export function tidyBlankLines(md: string): string {
  const out: string[] = []
  let fenceOpen: string | undefined
  for (const line of md.split('\n')) {
    const f = /^(`{3,})/.exec(line)?.[1]
    if (fenceOpen === undefined && f) fenceOpen = f
    else if (fenceOpen !== undefined && f && f.length >= fenceOpen.length && line.trim() === f)
      fenceOpen = undefined
    else if (
      fenceOpen === undefined &&
      line.trim() === '' &&
      (out.length === 0 || out[out.length - 1] === '')
    )
      continue
    out.push(fenceOpen === undefined && line.trim() === '' ? '' : line)
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out.join('\n') + '\n'
}
