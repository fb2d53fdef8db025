import type { Frame, ParsedFields } from '../../types.js'
import { toInt } from '../fields.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromHttpStatus } from '../level.js'

/**
 * Apache/Nginx access logs, common and combined: `ip ident user [dd/MMM/yyyy:HH:mm:ss Z] "request" status
 * bytes ["referer" "user agent"]`. The request is taken whole between its quotes (scanners send
 * garbage there) and split into method, URL and protocol only when it has that shape.
 */
const ACCESS =
  /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/
const REQUEST = /^([A-Z]+) (\S+)(?: (\S+))?$/

/**
 * The message is the whole line, as Elastic's nginx and apache modules keep it: the request, status and
 * size together are what one searches for. The level follows the status: 5xx error, 4xx warn.
 */
export function accessFormat(context: ParseContext, fallback: (frame: Frame) => ParsedFields): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    const c = line.charCodeAt(0)
    // An IPv4/IPv6 address or a host name starts the line; `[`, `{`, `<` and spaces never do.
    if (c === 91 || c === 123 || c === 60 || c === 32) return undefined
    const m = ACCESS.exec(line)
    if (m === null) return undefined
    const [, ip, , user, time, request, statusText, bytes, referrer, agent] = m as unknown as string[]
    if (ip === '-') return undefined
    const ms = ts.scan(time!, 0)
    if (Number.isNaN(ms)) return undefined
    const status = Number(statusText)
    const fields: ParsedFields = {
      message: messageFrom(line, 0),
      log: { level: levelFromHttpStatus(status) },
      source: { ip: ip! },
      http: { response: { status_code: status } },
    }
    const iso = ts.iso(ms)
    if (iso !== undefined) fields['@timestamp'] = iso
    if (bytes !== '-') fields.http!.response!.body = { bytes: toInt(bytes!) }
    const labels: Record<string, string> = {}
    const req = REQUEST.exec(request!)
    if (req !== null) {
      fields.http!.request = { method: req[1]! }
      fields.url = { original: req[2]! }
      if (req[3] !== undefined) labels.http_version = req[3]
    } else if (request !== '-' && request!.length > 0) {
      labels.request = request!
    }
    if (user !== '-') labels.user = user!
    if (referrer !== undefined && referrer !== '-') labels.referrer = referrer
    if (agent !== undefined && agent !== '-') fields.user_agent = { original: agent }
    for (const _ in labels) {
      fields.labels = labels
      break
    }
    return fields
  }

  return lineFormat(
    { name: 'access-log', match: (line) => (parseLine(line) === undefined ? 0 : 1), parseLine },
    context,
    fallback,
  )
}
