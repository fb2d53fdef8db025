import type { ParseContext, ParserFormat } from '../format.js'
import { accessFormat } from './access.js'
import { bglFormat } from './bgl.js'
import { delimitedFormat } from './delimited.js'
import { githubActionsFormat } from './github-actions.js'
import { headerFormat } from './header.js'
import { jsonFormat } from './json.js'
import { logfmtFormat } from './logfmt.js'
import { plainFormat } from './plain.js'
import { syslog3164Format, syslog5424Format } from './syslog.js'

export const FORMAT_NAMES = [
  'github-actions',
  'json',
  'logfmt',
  'syslog-5424',
  'syslog-3164',
  'access-log',
  'bgl',
  'delimited',
  'header',
  'plain',
] as const

export type FormatName = (typeof FORMAT_NAMES)[number]

/** Every built-in format, sharing one context, each falling back to plain for frames it cannot read. */
export function builtinFormats(context: ParseContext): Map<FormatName, ParserFormat> {
  const plain = plainFormat(context)
  const fallback = plain.parse
  const formats: ParserFormat[] = [
    githubActionsFormat(context, fallback),
    jsonFormat(context, fallback),
    logfmtFormat(context, fallback),
    syslog5424Format(context, fallback),
    syslog3164Format(context, fallback),
    accessFormat(context, fallback),
    bglFormat(context, fallback),
    delimitedFormat(context, fallback),
    headerFormat(context, fallback),
    plain,
  ]
  return new Map(formats.map((f) => [f.name as FormatName, f]))
}
