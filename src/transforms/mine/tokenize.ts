import { MAY_MASK, WILDCARD, maskInteresting } from './mask.js'

/**
 * Split a message into masked tokens. Tokens are separated by whitespace, as in Drain, so that a
 * template reads like the message; punctuation inside a token is left to masking (`key=<*>`, `[<*>]`).
 *
 * Two rules keep one event's lines at one token count, since the parse tree keys on it:
 * - a quoted span that contains spaces (`Task 'a b' done`, `msg="x y"`) stays one token;
 * - a run of values masked to a bare `<*>` becomes one `<*>`: lists (`delete blk_1 blk_2 …`) and values
 *   written in several words (`2015-10-18 18:01:47`, `5 ms`) have one shape whatever their length.
 *
 * One pass over the characters; a token with no digit, slash, `@`, `=` or quote is taken as it is.
 */
export function tokenize(message: string): string[] {
  const tokens: string[] = []
  const n = message.length
  let i = 0
  let lastWild = false
  // Characters that searches for closing quotes may read, so that a line full of unmatched quotes
  // stays linear.
  let quoteBudget = QUOTE_BUDGET
  while (i < n) {
    let c = message.charCodeAt(i)
    if (c < 128 ? SPACE[c] : c === 0xa0) {
      i++
      continue
    }
    const start = i
    let interesting = 0
    // Stays 1 while the token is digits joined by `.`, `:`, `-` (a number, an IPv4 address and port, a
    // time, a date): the commonest variable, masked here without slicing it out.
    let numeric = c >= 48 && c <= 57 ? 1 : 0
    while (i < n) {
      c = message.charCodeAt(i)
      if (c < 128) {
        if (SPACE[c]) break
        if (MAY_MASK[c]) {
          interesting = 1
          if ((c === 34 || c === 39) && quoteBudget > 0 && isQuoteOpening(message, i, start)) {
            const close = closingQuote(message, i, c)
            quoteBudget -= close > 0 ? close - i : MAX_QUOTED
            if (close > 0) {
              numeric = 0
              i = close + 1
              continue
            }
          }
        }
        if (numeric && NUMERIC[c] === 0) numeric = 0
      } else if (c === 0xa0) break
      else numeric = 0
      i++
    }
    if (!interesting) {
      tokens.push(message.slice(start, i))
      lastWild = false
      continue
    }
    const last = message.charCodeAt(i - 1)
    const masked = numeric && last >= 48 && last <= 57 ? WILDCARD : maskInteresting(message.slice(start, i))
    if (masked === WILDCARD) {
      if (lastWild) continue
      lastWild = true
    } else lastWild = false
    tokens.push(masked)
  }
  return tokens
}

const SPACE = new Uint8Array(128)
for (const c of [9, 10, 11, 12, 13, 32]) SPACE[c] = 1

const NUMERIC = new Uint8Array(128)
for (const ch of '0123456789.:-') NUMERIC[ch.charCodeAt(0)] = 1

/** A quote opens a value at the start of a token or after `=`, `:`, `(`, `[`, `,` (not in `don't`). */
function isQuoteOpening(s: string, i: number, tokenStart: number): boolean {
  if (i === tokenStart) return true
  const p = s.charCodeAt(i - 1)
  return p === 61 || p === 58 || p === 40 || p === 91 || p === 44
}

/** The longest quoted span kept whole; a longer one is split like any text. */
const MAX_QUOTED = 512
const QUOTE_BUDGET = 8 * MAX_QUOTED

/**
 * The index of the quote that closes the one at `open`: the next unescaped same quote followed by the
 * end, whitespace or punctuation, within MAX_QUOTED characters; -1 when there is none.
 */
function closingQuote(s: string, open: number, quote: number): number {
  const limit = Math.min(s.length, open + MAX_QUOTED)
  for (let j = open + 1; j < limit; j++) {
    if (s.charCodeAt(j) !== quote || s.charCodeAt(j - 1) === 92) continue
    const next = j + 1 < s.length ? s.charCodeAt(j + 1) : 32
    if (next < 128 && AFTER_QUOTE[next]) return j
  }
  return -1
}

/** What may follow a closing quote: whitespace and punctuation. */
const AFTER_QUOTE = new Uint8Array(128)
for (const c of [...SPACE.keys()].filter((k) => SPACE[k])) AFTER_QUOTE[c] = 1
for (const ch of ',.;:)]}!?') AFTER_QUOTE[ch.charCodeAt(0)] = 1
