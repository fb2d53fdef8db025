/**
 * Bounded text capture. A report can carry hundreds of megabytes of captured output; what we keep per field
 * and per report is capped, and a cut text says so (with how much was dropped) rather than ending silently.
 */

export const DEFAULT_MAX_FIELD_CHARS = 64 * 1024
export const DEFAULT_MAX_REPORT_TEXT_CHARS = 4 * 1024 * 1024
/** Names, class names and paths are never legitimately long; a hostile one must not be kept whole. */
export const MAX_NAME_CHARS = 4096

export interface TextLimits {
  /** Most characters kept per text field (message, stack trace, stdout, stderr) of one case. */
  maxFieldChars: number
  /** What is left of the per-report allowance, shared by all fields of all cases. */
  budget: { remaining: number }
}

export function makeLimits(maxFieldChars: number, maxReportChars: number): TextLimits {
  return { maxFieldChars, budget: { remaining: maxReportChars } }
}

/**
 * A copy of `s` that shares no memory with the chunk it was cut from. V8 represents `chunk.slice(a, b)` as a
 * view that keeps the whole parent chunk alive, and saxes hands us such slices: keeping one 30-character test
 * name per 64 KiB chunk would keep the entire file in memory. A JSON round trip is the cheapest exact copy
 * (measured faster than a Buffer round trip, and it preserves lone surrogates).
 */
export function own(s: string): string {
  // V8 copies strings shorter than 13 characters instead of making views of them.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string)
}

/** `s` cut to `max` characters (a name or attribute, not a body of text: no marker, an ellipsis). */
export function clip(s: string, max = MAX_NAME_CHARS): string {
  return s.length <= max ? own(s) : own(safeCut(s, max - 1)) + '…'
}

/** Cut at `n` without splitting a surrogate pair. */
function safeCut(s: string, n: number): string {
  const code = s.charCodeAt(n - 1)
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n)
}

export function truncationMarker(dropped: number): string {
  return `\n… [truncated: ${dropped} more characters]`
}

/** Collects one text field from many text events, keeping at most what the limits allow. */
export class BoundedText {
  private readonly parts: string[] = []
  private kept = 0
  private dropped = 0

  constructor(private readonly limits: TextLimits) {}

  append(s: string): void {
    if (s.length === 0) return
    const room = Math.max(0, Math.min(this.limits.maxFieldChars - this.kept, this.limits.budget.remaining))
    if (s.length <= room) {
      this.parts.push(s)
      this.kept += s.length
      this.limits.budget.remaining -= s.length
      return
    }
    if (room > 0) {
      const head = safeCut(s, room)
      this.parts.push(head)
      this.kept += head.length
      this.limits.budget.remaining -= head.length
      this.dropped += s.length - head.length
    } else {
      this.dropped += s.length
    }
  }

  /** Characters that never reached `append` (cut upstream) but belong to this text. */
  addDropped(n: number): void {
    this.dropped += n
  }

  get isEmpty(): boolean {
    return this.kept === 0 && this.dropped === 0
  }

  /**
   * The text with leading blank lines and trailing whitespace removed (XML indentation around CDATA),
   * plus the truncation marker when anything was dropped; `undefined` when there is nothing.
   */
  value(): string | undefined {
    const text = this.parts.join('').replace(/^(?:[ \t]*\r?\n)+/, '')
    const trimmed = this.dropped > 0 ? text : text.trimEnd()
    if (trimmed.length === 0 && this.dropped === 0) return undefined
    return own(trimmed) + (this.dropped > 0 ? truncationMarker(this.dropped) : '')
  }
}

/**
 * A bounded single value (an attribute), charged to the same allowance as captured text; `dropped` is what
 * the stream already cut from it (see CutAttributes).
 */
export function boundedValue(s: string | undefined, limits: TextLimits, dropped = 0): string | undefined {
  if (s === undefined) return undefined
  const b = new BoundedText(limits)
  b.append(s)
  b.addDropped(dropped)
  return b.value()
}
