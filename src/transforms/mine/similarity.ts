import { WILDCARD } from './mask.js'

/**
 * Token-by-token comparisons of a template with a line of the same length. Strings compare by `===`:
 * masked values are the one `<*>` string, so they compare as equal without a special case.
 */

/**
 * Similarity in half tokens: 2 for an equal token (a masked `<*>` equals a template `<*>`), 1 for a
 * template wildcard standing for the line's value, 0 for a different constant. A wildcard earns half
 * because it promises less than an equal word: a template of wildcards must not swallow every line of
 * its length. Divide by 2n for a share.
 */
export function similarityScore(template: readonly string[], tokens: readonly string[]): number {
  let score = 0
  for (let i = 0; i < tokens.length; i++) {
    const a = template[i]!
    if (a === tokens[i]) score += 2
    else if (a === WILDCARD) score += 1
  }
  return score
}

/** True when every constant token of the template equals the line's token at that position. */
export function covers(template: readonly string[], tokens: readonly string[]): boolean {
  for (let i = 0; i < template.length; i++) {
    const a = template[i]!
    if (a !== WILDCARD && a !== tokens[i]) return false
  }
  return true
}

/**
 * Where the template has constants that differ from the line (the template covering the rest), as a key
 * like `1,3,` for grouping; undefined when it covers the line or differs in more than `maxDiffs` places.
 */
export function differenceKey(
  template: readonly string[],
  tokens: readonly string[],
  maxDiffs: number,
): string | undefined {
  let key = ''
  let diffs = 0
  for (let i = 0; i < tokens.length; i++) {
    const a = template[i]!
    if (a === tokens[i] || a === WILDCARD) continue
    if (++diffs > maxDiffs) return undefined
    key += i + ','
  }
  return diffs === 0 ? undefined : key
}

/** The template generalised to cover `tokens` (differing positions become `<*>`); the same array when it already does. */
export function generalise(template: string[], tokens: readonly string[]): string[] {
  let out: string[] | undefined
  for (let i = 0; i < template.length; i++) {
    const a = template[i]!
    if (a !== WILDCARD && a !== tokens[i]) (out ??= template.slice())[i] = WILDCARD
  }
  return out ?? template
}
