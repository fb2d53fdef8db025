/**
 * Masking: replace the variable parts of one token with `<*>` before mining, so that the parse tree sees
 * `PacketResponder <*> for block <*>` instead of a new shape for every block id.
 *
 * The rules are general (no system-specific formats): a value is variable when it looks like a number
 * (with or without a unit: `12ms`, `3.5s`, `64MB`), a hex string, an IPv4/IPv6 address (with a port), a
 * UUID, a time or date, a path, a URL, an email address, an id that mixes digits with `_ - . # @`
 * (`blk_-123`, `rdd_2_3`, `core.465`, `msra-sa-41`, `pkg@1.2.3`), a quoted string, or the value of
 * `key=value`. They run on character classes, not regexes, because they run on every token of every line.
 *
 * What is kept: letters-only words (free text, keywords, enum values), words with one short embedded
 * digit run that names a thing (`ssh2`, `log4j`, `sha256`, `IPv4`), and the punctuation around a value
 * (`[<*>]`, `<*>,`, `key=<*>`, `'<*>'`), which is part of the message's fixed shape.
 */

/** The wildcard that stands for a variable value in masked tokens and templates. */
export const WILDCARD = '<*>'

const DIGIT = 1
const LETTER = 2
/** Splits a token into segments: `=`, `,`, `:`, `;`, brackets, `|`, `&`, quotes. */
const DELIM = 4
const QUOTE = 8
/** `/` and `\`: paths. */
const SLASH = 16
/** `_ - . # + ~ $ % @ *`: characters that glue an id together (`rdd_2_3`, `core.465`, `#42`). */
const JOIN = 32
const AT = 64
const EQ = 128
const HEXLETTER = 256

const CLASS = new Uint16Array(128)
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT
for (let c = 65; c <= 90; c++) CLASS[c] = LETTER
for (let c = 97; c <= 122; c++) CLASS[c] = LETTER
for (const ch of 'abcdefABCDEF') CLASS[ch.charCodeAt(0)]! |= HEXLETTER
for (const ch of ',:;()[]{}<>|&') CLASS[ch.charCodeAt(0)] = DELIM
CLASS['='.charCodeAt(0)] = DELIM | EQ
for (const ch of '"\'`') CLASS[ch.charCodeAt(0)] = DELIM | QUOTE
CLASS['/'.charCodeAt(0)] = SLASH
CLASS['\\'.charCodeAt(0)] = SLASH
for (const ch of '_-.#+~$%*') CLASS[ch.charCodeAt(0)] = JOIN
CLASS['@'.charCodeAt(0)] = JOIN | AT

/** Characters that make a token worth a closer look; tokens without any are returned as they are. */
const INTERESTING = DIGIT | SLASH | AT | EQ | QUOTE

/** Per ASCII code: 1 when a token holding it may need masking. The tokeniser tests this while it scans. */
export const MAY_MASK = new Uint8Array(128)
for (let c = 0; c < 128; c++) MAY_MASK[c] = CLASS[c]! & INTERESTING ? 1 : 0

function cls(c: number): number {
  // Non-ASCII letters (accents, CJK) count as letters: words in other languages stay constant.
  return c < 128 ? CLASS[c]! : LETTER
}

const C_SLASH = 47
const C_BACKSLASH = 92
const C_DOT = 46
const C_COLON = 58
const C_MINUS = 45
const C_PLUS = 43
const C_TILDE = 126
const C_COMMA = 44
const C_RBRACKET = 93

/** True when the token needs no masking at all (a word or plain punctuation): the common, cheap case. */
export function isPlainToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (c < 128 && MAY_MASK[c]) return false
  }
  return true
}

/**
 * Mask one token (no whitespace inside, except within a quoted span). Returns the token itself when
 * nothing in it is variable.
 */
export function maskToken(token: string): string {
  return isPlainToken(token) ? token : maskInteresting(token)
}

/** maskToken for a token known to hold a character of MAY_MASK (the tokeniser saw one). */
export function maskInteresting(token: string): string {
  // The token's core without brackets and trailing punctuation: `[10.0.0.1]`, `/a/b:`, `(42),`.
  let start = 0
  let end = token.length
  while (start < end && isOpener(token.charCodeAt(start))) start++
  while (end > start && isCloser(token.charCodeAt(end - 1))) end--
  if (start === end) return token
  const verdict = classifyCore(token, start, end)
  if (verdict === KEEP) return token
  if (verdict === SPLIT) return maskSegments(token)
  // `[::1]:8080`: the `[` stripped as an opener belongs to the value.
  if (start > 0 && token.charCodeAt(start - 1) === 91) {
    const close = token.indexOf(']', start)
    if (close >= 0 && close < end) start--
  }
  return start === 0 && end === token.length ? WILDCARD : token.slice(0, start) + WILDCARD + token.slice(end)
}

function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 60 // ( [ { <
}

function isCloser(c: number): boolean {
  // ) ] } > , . ; : ! ?
  return (
    c === 41 ||
    c === 93 ||
    c === 125 ||
    c === 62 ||
    c === 44 ||
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63
  )
}

/** classifyCore's verdicts: the core is one value, not a value, or must be split at delimiters. */
const KEEP = 0
const WHOLE = 1
const SPLIT = 2

/**
 * Judge a token's core in one pass. Some values are recognised whole before any split at `:` and `=`,
 * because they contain `:`: URLs, IPv6, `host:port`, times, `src/a.ts:12:5`. A core without delimiters
 * is one segment, judged here by the segment rules too (isVariableSegment) to save a second pass.
 */
function classifyCore(s: string, start: number, end: number): number {
  const first = s.charCodeAt(start)
  // Paths: absolute, home- or dot-relative, Windows drive paths. Something must follow the slash so that
  // a lone `/` or `//` separator stays.
  if (first === C_SLASH || first === C_BACKSLASH)
    return end - start > 1 && hasAlnum(s, start + 1, end) ? WHOLE : KEEP
  if (first === C_TILDE && s.charCodeAt(start + 1) === C_SLASH) return WHOLE
  if (first === C_DOT) {
    const second = s.charCodeAt(start + 1)
    if (second === C_SLASH || (second === C_DOT && s.charCodeAt(start + 2) === C_SLASH)) return WHOLE
  }
  if (end - start > 2 && cls(first) & LETTER && s.charCodeAt(start + 1) === C_COLON) {
    const third = s.charCodeAt(start + 2)
    if (third === C_BACKSLASH || third === C_SLASH) return WHOLE
  }
  let digits = 0
  let letters = 0
  let hexLetters = 0
  let colons = 0
  let slashes = 0
  let brackets = 0
  let other = 0
  let delims = 0
  let joins = 0
  let digitRuns = 0
  let run = 0
  let longestRun = 0
  let at = -1
  let dotAfterAt = false
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    const k = cls(c)
    if (k & DIGIT) {
      digits++
      if (run++ === 0) digitRuns++
      if (run > longestRun) longestRun = run
      continue
    }
    run = 0
    if (k & LETTER) {
      letters++
      if (k & HEXLETTER) hexLetters++
    } else if (k & JOIN) {
      joins++
      if (k & AT) at = i
      else if (c === C_DOT && at >= 0) dotAfterAt = true
    } else if (k & SLASH) slashes++
    else if (c === C_COLON) {
      colons++
      delims++
    } else if (
      c === C_COMMA &&
      i > start &&
      cls(s.charCodeAt(i - 1)) & DIGIT &&
      cls(s.charCodeAt(i + 1)) & DIGIT
    ) {
      delims++ // a thousands separator (`1,234`) or a decimal comma: part of a number, a delimiter otherwise
    } else if (c === C_RBRACKET) {
      brackets++ // `[::1]:8080`, whose `[` was stripped as an opener
      delims++
    } else {
      other++ // quotes, `=`, other brackets, `,`: left to the segment rules
      if (k & DELIM) delims++
    }
  }
  // URL: scheme://…
  if (colons > 0 && slashes >= 2) {
    const i = s.indexOf('://', start)
    if (i > start && i < end) return WHOLE
  }
  if (digits > 0 && other === 0) {
    // Numbers, versions, IPv4[:port], times, dates, `12ms`, `64MB`, `0x1f`: a digit first (or a sign or a
    // dot and a digit), then digits, separators and a few letters (a unit, `T`/`Z`, hex digits).
    const lead = first === C_MINUS || first === C_PLUS || first === C_DOT ? s.charCodeAt(start + 1) : first
    if (cls(lead) & DIGIT && slashes === 0) {
      if (letters <= 3 || letters === hexLetters || (colons === 0 && digits >= letters)) return WHOLE
    }
    // IPv6 (`fe80::1`, `::ffff:10.0.0.1`, `[::1]:80`) and MAC addresses: hex digits and two or more colons.
    if (colons >= 2 && slashes === 0 && letters === hexLetters && brackets <= 1) {
      // Besides hex digits and colons, at most the dots of an embedded IPv4.
      if (end - start - colons - digits - hexLetters - brackets <= 3) return WHOLE
    }
  }
  // A relative path with a line number (`src/index.ts:12:5`), or a path with a colon in it.
  if (slashes > 0 && colons > 0 && other === 0 && brackets === 0) {
    if (isPathLike(s, start, digits > 0 ? s.indexOf(':', start) : end)) return WHOLE
  }
  if (delims > 0) return SPLIT
  // One segment: the segment rules (isVariableSegment), from the counts already taken.
  if (digitRuns > 0) {
    if (cls(first) & DIGIT || joins > 0 || slashes > 0 || digitRuns >= 2 || longestRun >= 4) return WHOLE
    return end - start >= 7 && letters === hexLetters && digits + letters === end - start ? WHOLE : KEEP
  }
  if (at > start && dotAfterAt) return WHOLE
  return slashes > 0 && isPathLike(s, start, end) ? WHOLE : KEEP
}

function hasAlnum(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (cls(s.charCodeAt(i)) & (LETTER | DIGIT)) return true
  return false
}

/**
 * Split at delimiters and mask each segment. The value after `=` is always masked (`user=<*>`), up to the
 * next `,`, `;`, `&`, `|` or closing bracket, and the content of a quoted span is always masked (`'<*>'`).
 * Builds a new string only when something is masked.
 */
function maskSegments(token: string): string {
  let out = ''
  let copied = 0
  let segStart = 0
  const n = token.length
  for (let i = 0; i <= n; i++) {
    const k = i < n ? cls(token.charCodeAt(i)) : DELIM
    if (!(k & DELIM)) continue
    if (k & QUOTE && i === segStart) {
      // An opening quote: mask up to the matching quote if there is one in this token.
      const close = token.indexOf(token[i]!, i + 1)
      if (close > i + 1) {
        out += token.slice(copied, i + 1) + WILDCARD
        copied = close
        segStart = close + 1
        i = close
        continue
      }
    }
    if (i > segStart) {
      const end = valueEnd(token, segStart, i)
      if (end > segStart && isVariableSegment(token, segStart, end)) {
        out += token.slice(copied, segStart) + WILDCARD
        copied = end
      }
    }
    segStart = i + 1
    if (k & EQ && i + 1 < n && !(cls(token.charCodeAt(i + 1)) & (QUOTE | EQ))) {
      // `key=value`: the value runs to the next list separator, colons and all (`addr=10.0.0.1:80`).
      let stop = i + 1
      while (stop < n && !isValueEnd(token.charCodeAt(stop))) stop++
      let end = stop
      while (end > i + 1 && isCloser(token.charCodeAt(end - 1))) end--
      if (end > i + 1) {
        out += token.slice(copied, i + 1) + WILDCARD
        copied = end
      }
      segStart = stop
      i = stop - 1
    }
  }
  return copied === 0 ? token : out + token.slice(copied)
}

/** Where a `key=value` value ends: `,`, `;`, `&`, `|` and closing brackets. */
function isValueEnd(c: number): boolean {
  return c === 44 || c === 59 || c === 38 || c === 124 || c === 41 || c === 93 || c === 125
}

/** A segment's end without trailing `.`, `!`, `?`: sentence punctuation stays outside the value. */
function valueEnd(s: string, start: number, end: number): number {
  while (end > start) {
    const c = s.charCodeAt(end - 1)
    if (c === C_DOT || c === 33 || c === 63) end--
    else break
  }
  return end
}

/** Is `s[start, end)` (no delimiters inside) a variable? */
function isVariableSegment(s: string, start: number, end: number): boolean {
  const first = s.charCodeAt(start)
  if (first === C_SLASH || first === C_BACKSLASH) return end - start > 1 && hasAlnum(s, start + 1, end)
  let digitRuns = 0
  let longestRun = 0
  let run = 0
  let joins = 0
  let slashes = 0
  let at = -1
  let dotAfterAt = false
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    const k = cls(c)
    if (k & DIGIT) {
      if (run === 0) digitRuns++
      run++
      if (run > longestRun) longestRun = run
      continue
    }
    run = 0
    if (k & JOIN) {
      joins++
      if (k & AT) at = i
      else if (c === C_DOT && at >= 0) dotAfterAt = true
    } else if (k & SLASH) slashes++
  }
  if (digitRuns > 0) {
    // A digit first, digits glued by `_ - . # @` or a slash (an id, a version, a host), several digit
    // runs, a long one, or a hex string. Kept: one short run inside a word (`ssh2`, `log4j`, `sha256`).
    if (cls(first) & DIGIT || joins > 0 || slashes > 0 || digitRuns >= 2 || longestRun >= 4) return true
    return end - start >= 7 && isHex(s, start, end)
  }
  if (at > start && dotAfterAt) return true // an email address or user@host.domain
  return slashes > 0 && isPathLike(s, start, end)
}

function isHex(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!(cls(s.charCodeAt(i)) & (DIGIT | HEXLETTER))) return false
  return true
}

/** A relative path: two or more slashes, or one slash and a file extension (`src/index.ts`). */
function isPathLike(s: string, start: number, end: number): boolean {
  let slashes = 0
  let lastSlash = -1
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c === C_SLASH || c === C_BACKSLASH) {
      slashes++
      lastSlash = i
    }
  }
  if (slashes >= 2) return hasAlnum(s, start, end)
  if (slashes === 1) {
    const dot = s.lastIndexOf('.', end - 1)
    return dot > lastSlash + 1 && dot < end - 1
  }
  return false
}
