import { cleanText } from './report-text.js'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Harmless in HTML text, but they end a line in JavaScript: entities keep the file safe to embed.
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
}

/**
 * Text from the analysis (log lines, test names, paths: all hostile) as HTML text or attribute value.
 * Quotes are escaped too, so the same function serves both.
 */
export function escapeHtml(text: string | number | undefined): string {
  if (text === undefined) return ''
  return cleanText(String(text)).replace(/[&<>"'\u2028\u2029]/g, (c) => ENTITIES[c]!)
}

/** A tagged template whose `${}` values are escaped; `raw()` marks markup built by the renderer itself. */
export function html(strings: TemplateStringsArray, ...values: (string | number | Raw | undefined)[]): Raw {
  let out = strings[0]!
  values.forEach((v, i) => {
    out += (v instanceof Raw ? v.value : escapeHtml(v)) + strings[i + 1]!
  })
  return new Raw(out)
}

export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export function raw(markup: string | Raw | (string | Raw)[]): Raw {
  if (Array.isArray(markup)) return new Raw(markup.map(String).join(''))
  return markup instanceof Raw ? markup : new Raw(markup)
}
