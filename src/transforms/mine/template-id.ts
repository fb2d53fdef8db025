import { createHash } from 'node:crypto'

/**
 * Template ids (docs/decisions/0002-template-ids.md).
 *
 * Rule: id = `t` + the first 16 hex digits (64 bits) of SHA-256 over the template text, UTF-8: the masked
 * tokens joined by one space, wildcards written `<*>`. Nothing else goes in: no creation counter, no
 * time, no position in a tree. So a template has the same id on every run and machine whatever order its
 * lines arrived in, and a baseline mined last week joins with today's results on the id alone.
 *
 * Limits, by design:
 * - The id names the template text, so it changes when the template generalises (`Invalid user bob from
 *   <*>` → `Invalid user <*> from <*>`); `MineResult.changed` and `previousId` say when that happens.
 * - Greedy clustering could give different templates for the same lines in another order, near the
 *   similarity threshold; the ids would then differ because the templates do. The miner avoids the
 *   usual causes (miner.ts); on the Loghub-2k samples no line's id depends on order.
 * - A change to masking or tokenisation changes templates and so ids: state files carry the rule's
 *   version (`ID_SCHEME`), and loading a state of another scheme is refused rather than mixing ids.
 * - 64 bits: a collision is expected only past ~4 billion distinct templates.
 */
export const ID_SCHEME = 1

export function templateId(text: string): string {
  return 't' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

/** The canonical text of a template: tokens joined by one space. */
export function templateText(tokens: readonly string[]): string {
  return tokens.join(' ')
}
