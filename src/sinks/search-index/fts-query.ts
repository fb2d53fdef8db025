/**
 * A user's search text → an FTS5 MATCH expression that is always valid, whatever was typed.
 *
 * The language: words (`timeout`), quoted phrases (`"connection refused"`), prefixes (`conn*`,
 * `"connection ref"*`), `AND` (implied between terms), `OR`, `NOT` (upper case only: lower-case `and`
 * is a word), and parentheses for grouping. Precedence as in FTS5: NOT, then AND, then OR.
 *
 * Every term is emitted as an FTS5 string (`"…"`, inner quotes doubled), so no character the user types
 * reaches the FTS5 parser as syntax: `10.0.0.1`, `foo-bar`, `message:x`, `NEAR(` or `'; DROP TABLE` are
 * searched as the phrases the tokenizer makes of them (`10 0 0 1`, `foo bar`, …), never as operators or
 * column filters. A term with no letter or digit (`-`, `*`, `'`) is dropped: it cannot match anything.
 * Parentheses group only when they balance (and nest at most 32 deep); otherwise they are plain text.
 *
 * FTS5 has no "everything except": a query of only negations (`NOT healthcheck`) comes back as
 * `exclude`, which the caller applies as "not among the matches". A negation-only group inside `OR`
 * (`a OR NOT b`) cannot be expressed either way; it is dropped with a warning.
 */
export interface FtsQuery {
  /** Records must match this. Undefined: no positive text condition. */
  match?: string
  /** Records must not match this (set only when the query has nothing but negations). */
  exclude?: string
  /** Things about the query the user should know (parts that were dropped). */
  warnings: string[]
}

type Token =
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'open' }
  | { kind: 'close' }

/** What a subtree means: `pos` must match and none of `neg` may; `pos` undefined: only the negations. */
interface Clause {
  pos?: string
  neg: string[]
}

const MAX_DEPTH = 32
/** Terms past this are ignored: a query is typed by a person, and FTS5 bounds expression size. */
const MAX_TERMS = 64
const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u

export function toFtsQuery(text: string): FtsQuery {
  const warnings: string[] = []
  let tokens = lex(text, true)
  if (!parensBalance(tokens)) tokens = lex(text, false)
  let terms = 0
  tokens = tokens.filter((t) => t.kind !== 'term' || terms++ < MAX_TERMS)
  if (terms > MAX_TERMS) warnings.push(`only the first ${MAX_TERMS} search terms are used`)
  const clause = new Parser(tokens, warnings).parse()
  if (!clause) {
    if (text.trim() !== '')
      warnings.push('the query has no letters or digits to search for: it matches every record')
    return { warnings }
  }
  if (clause.pos !== undefined) return { match: withNegations(clause.pos, clause.neg), warnings }
  return { exclude: anyOf(clause.neg), warnings }
}

function lex(text: string, groups: boolean): Token[] {
  const tokens: Token[] = []
  const s = text.replace(/[\u0000-\u001f\u007f]/g, ' ')
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    if (c === '"') {
      let end = s.indexOf('"', i + 1)
      if (end < 0) end = s.length
      const phrase = s.slice(i + 1, end)
      i = end + 1
      const prefix = s[i] === '*'
      while (s[i] === '*') i++
      pushTerm(tokens, phrase, prefix)
      continue
    }
    let end = i
    while (end < s.length && !/\s/.test(s[end]!) && s[end] !== '"') end++
    let chunk = s.slice(i, end)
    i = end
    const closes: Token[] = []
    if (groups) {
      while (chunk.startsWith('(')) {
        tokens.push({ kind: 'open' })
        chunk = chunk.slice(1)
      }
      while (chunk.endsWith(')')) {
        closes.push({ kind: 'close' })
        chunk = chunk.slice(0, -1)
      }
    }
    if (chunk === 'AND' || chunk === 'OR' || chunk === 'NOT') tokens.push({ kind: 'op', op: chunk })
    else {
      const prefix = chunk.endsWith('*')
      pushTerm(tokens, chunk.replace(/\*+$/, ''), prefix)
    }
    tokens.push(...closes)
  }
  return tokens
}

function pushTerm(tokens: Token[], text: string, prefix: boolean): void {
  if (SEARCHABLE.test(text)) tokens.push({ kind: 'term', text, prefix })
}

function parensBalance(tokens: Token[]): boolean {
  let depth = 0
  for (const t of tokens) {
    if (t.kind === 'open' && ++depth > MAX_DEPTH) return false
    if (t.kind === 'close' && --depth < 0) return false
  }
  return depth === 0
}

/** Recursive descent: or := and (OR and)* ; and := unary ((AND)? (NOT)? unary)* ; unary := term | ( or ). */
class Parser {
  private i = 0
  constructor(
    private readonly tokens: Token[],
    private readonly warnings: string[],
  ) {}

  /** Parentheses are balanced by now (see `parensBalance`), so one `or` takes every token. */
  parse(): Clause | undefined {
    return this.or()
  }

  private or(): Clause | undefined {
    const items: Clause[] = []
    for (;;) {
      const item = this.and()
      if (item) items.push(item)
      const next = this.tokens[this.i]
      if (next?.kind === 'op' && next.op === 'OR') {
        this.i++
        continue
      }
      break
    }
    if (items.length <= 1) return items[0]
    const positives = items.filter((c) => c.pos !== undefined)
    if (positives.length < items.length)
      this.warnings.push('a NOT-only part inside OR cannot be searched and was dropped')
    if (positives.length === 0) return undefined
    return { pos: anyOf(positives.map((c) => withNegations(c.pos!, c.neg))), neg: [] }
  }

  private and(): Clause | undefined {
    const pos: string[] = []
    const neg: string[] = []
    for (;;) {
      const t = this.tokens[this.i]
      if (!t || t.kind === 'close' || (t.kind === 'op' && t.op === 'OR')) break
      if (t.kind === 'op' && t.op === 'AND') {
        this.i++
        continue
      }
      let negated = false
      while (this.tokens[this.i]?.kind === 'op' && (this.tokens[this.i] as { op: string }).op === 'NOT') {
        negated = !negated
        this.i++
      }
      const item = this.unary()
      if (!item) continue
      // A negation-only group within an AND negates into it; a negated one turns back into a positive.
      const itemPos = item.pos === undefined ? undefined : withNegations(item.pos, item.neg)
      if (!negated) {
        if (itemPos !== undefined) pos.push(itemPos)
        else neg.push(...item.neg)
      } else if (itemPos !== undefined) neg.push(itemPos)
      else pos.push(anyOf(item.neg))
    }
    if (pos.length === 0 && neg.length === 0) return undefined
    return { ...(pos.length > 0 ? { pos: allOf(pos) } : {}), neg }
  }

  private unary(): Clause | undefined {
    const t = this.tokens[this.i]
    if (!t || t.kind === 'close' || (t.kind === 'op' && t.op === 'OR')) return undefined
    this.i++
    if (t.kind === 'term') return { pos: ftsString(t.text, t.prefix), neg: [] }
    if (t.kind === 'open') {
      const inner = this.or()
      if (this.tokens[this.i]?.kind === 'close') this.i++
      return inner
    }
    // A dangling AND/NOT (`a AND`, `NOT`) has nothing to apply to: skip it.
    return undefined
  }
}

/** An FTS5 string: the only special character inside is `"`, doubled. `*` after it makes the last token a prefix. */
function ftsString(text: string, prefix: boolean): string {
  return `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`
}

function allOf(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`
}

function anyOf(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`
}

function withNegations(pos: string, neg: string[]): string {
  return neg.length === 0 ? pos : `(${pos} NOT ${anyOf(neg)})`
}
