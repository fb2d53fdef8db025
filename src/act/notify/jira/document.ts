/**
 * A small document model for issue descriptions and comments, rendered two ways: the Atlassian Document
 * Format for Jira Cloud (REST v3 takes nothing else) and wiki markup for Jira Server / Data Center (REST
 * v2). Content is built once (content.ts); each flavour only renders. Text is plain text: the renderers
 * escape what their format would read as markup.
 */
export interface Inline {
  text: string
  link?: string
  code?: boolean
  strong?: boolean
}

export type DocBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'bullets'; items: Inline[][] }
  | { type: 'code'; text: string }

/** Jira rejects a description or comment over 32,767 characters; stay well under, markup included. */
export const MAX_DOC_CHARS = 30_000

// ---- ADF (Jira Cloud, REST v3) ----

interface AdfNode {
  type: string
  attrs?: Record<string, unknown>
  content?: AdfNode[]
  text?: string
  marks?: { type: string; attrs?: Record<string, unknown> }[]
}

export interface AdfDocument {
  type: 'doc'
  version: 1
  content: AdfNode[]
}

export function toAdf(blocks: readonly DocBlock[]): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: blocks.map(adfBlock).filter((n): n is AdfNode => n !== undefined),
  }
}

function adfBlock(b: DocBlock): AdfNode | undefined {
  switch (b.type) {
    case 'heading':
      return b.text
        ? { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: b.text }] }
        : undefined
    case 'paragraph': {
      const content = adfInlines(b.content)
      return content.length > 0 ? { type: 'paragraph', content } : undefined
    }
    case 'bullets': {
      const items = b.items
        .map(adfInlines)
        .filter((c) => c.length > 0)
        .map((content) => ({ type: 'listItem', content: [{ type: 'paragraph', content }] }))
      return items.length > 0 ? { type: 'bulletList', content: items } : undefined
    }
    case 'code':
      return b.text ? { type: 'codeBlock', content: [{ type: 'text', text: b.text }] } : undefined
  }
}

/** ADF forbids empty text nodes, and `code` may not be combined with other marks but `link`. */
function adfInlines(inlines: readonly Inline[]): AdfNode[] {
  return inlines
    .filter((i) => i.text !== '')
    .map((i) => {
      const marks: NonNullable<AdfNode['marks']> = []
      if (i.code) marks.push({ type: 'code' })
      else if (i.strong) marks.push({ type: 'strong' })
      if (i.link) marks.push({ type: 'link', attrs: { href: i.link } })
      return marks.length > 0 ? { type: 'text', text: i.text, marks } : { type: 'text', text: i.text }
    })
}

// ---- Wiki markup (Jira Server / Data Center, REST v2) ----

export function toWiki(blocks: readonly DocBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `h3. ${escapeWiki(b.text)}`
        case 'paragraph':
          return wikiInlines(b.content)
        case 'bullets':
          return b.items.map((item) => `* ${wikiInlines(item)}`).join('\n')
        case 'code':
          // {noformat} shows text verbatim; only its own closing tag needs defusing.
          return `{noformat}\n${b.text.replace(/\{noformat\}/gi, '{ noformat}')}\n{noformat}`
      }
    })
    .filter((s) => s !== '')
    .join('\n\n')
}

function wikiInlines(inlines: readonly Inline[]): string {
  return inlines
    .filter((i) => i.text !== '')
    .map((i) => {
      let text = escapeWiki(i.text)
      if (i.code) text = `{{${text}}}`
      else if (i.strong) text = `*${text}*`
      return i.link ? `[${text}|${i.link}]` : text
    })
    .join('')
}

/** Characters wiki markup reads as formatting, links, macros or tables, escaped with a backslash. */
function escapeWiki(text: string): string {
  return text.replace(/[\\{}[\]|*_^~+\-?#!]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')
}
