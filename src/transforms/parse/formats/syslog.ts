import type { Frame, ParsedFields } from '../../types.js'
import { toInt } from '../fields.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromSyslogSeverity, levelFromWord } from '../level.js'

const FACILITIES = [
  'kern',
  'user',
  'mail',
  'daemon',
  'auth',
  'syslog',
  'lpr',
  'news',
  'uucp',
  'cron',
  'authpriv',
  'ftp',
  'ntp',
  'security',
  'console',
  'solaris-cron',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
]

/** `<PRI>`: returns the index after it and sets `pri`, or returns 0 when there is none. */
function readPri(line: string, state: { pri: number }): number {
  state.pri = -1
  if (line.charCodeAt(0) !== 60) return 0
  let i = 1
  let pri = 0
  while (i < 4 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57)
    pri = pri * 10 + line.charCodeAt(i++) - 48
  if (i === 1 || line.charCodeAt(i) !== 62 || pri > 191) return 0
  state.pri = pri
  return i + 1
}

function applyPri(fields: ParsedFields, pri: number): void {
  if (pri < 0) return
  const severity = pri & 7
  fields.log = { level: levelFromSyslogSeverity(severity), original_level: String(severity) }
  const facility = FACILITIES[pri >> 3]
  if (facility !== undefined) (fields.labels ??= {}).syslog_facility = facility
}

function setPid(fields: ParsedFields, procid: string): void {
  const pid = toInt(procid)
  if (Number.isInteger(pid)) fields.process = { pid }
  else (fields.labels ??= {}).procid = procid
}

/** After the timestamp: `tag[pid]: ` with no host (local socket), or `host tag[pid]: `. */
const TAG_ONLY = /([^\s:[\]]+)(?:\[([^\]\s]*)\])?: ?/y
const HOST_TAG = /(\S+) ([^\s:[\]]+)(?:\[([^\]\s]*)\])?: ?/y
const HOST_ONLY = /(\S+) ?/y
/** Without a PRI, daemons such as sshd still say how bad it is: `error: ...`, `fatal: ...`. */
const LEADING_LEVEL = /^(error|fatal|warning|notice|info|debug)(?=:)/i

/**
 * RFC 3164 (BSD) syslog: `<PRI>Mmm dd hh:mm:ss host app[pid]: msg`, with or without the PRI (files that
 * rsyslog writes have none), and with an RFC 3339 timestamp (rsyslog's high-precision template). The app
 * name becomes `service.name`; PRI's severity the level.
 */
export function syslog3164Format(
  context: ParseContext,
  fallback: (frame: Frame) => ParsedFields,
): ParserFormat {
  const ts = context.ts
  const state = { pri: -1 }

  /** How much of the header a line has: 0 none, 1 timestamp and host, 2 also a tag. */
  let shape = 0

  const parseLine = (line: string): ParsedFields | undefined => {
    shape = 0
    const start = readPri(line, state)
    // BSD syslog's `Mmm dd hh:mm:ss`, or the RFC 3339 form rsyslog writes; no other numeric form.
    const c = line.charCodeAt(start)
    if (c <= 57 && line.charCodeAt(start + 4) !== 45) return undefined
    const ms = ts.scan(line, start)
    if (Number.isNaN(ms) || line.charCodeAt(ts.end) !== 32) return undefined
    const after = ts.end + 1
    const fields: ParsedFields = { message: '' }
    const iso = ts.iso(ms)
    if (iso !== undefined) fields['@timestamp'] = iso
    let m: RegExpExecArray | null
    TAG_ONLY.lastIndex = after
    HOST_TAG.lastIndex = after
    if ((m = TAG_ONLY.exec(line)) !== null) {
      fields.service = { name: m[1]! }
      if (m[2]) setPid(fields, m[2])
      shape = 2
    } else if ((m = HOST_TAG.exec(line)) !== null && levelFromWord(m[1]!) === undefined) {
      // (A level word where the host should be is a `timestamp LEVEL logger: msg` header, not syslog.)
      fields.host = { name: m[1]! }
      fields.service = { name: m[2]! }
      if (m[3]) setPid(fields, m[3])
      shape = 2
    } else {
      // `timestamp word ...` alone is any log with a timestamp; only the BSD form says it is syslog.
      if (c <= 57) return undefined
      HOST_ONLY.lastIndex = after
      m = HOST_ONLY.exec(line)
      if (m === null) return undefined
      fields.host = { name: m[1]! }
      shape = 1
    }
    fields.message = messageFrom(line, m.index + m[0].length)
    applyPri(fields, state.pri)
    if (state.pri < 0) {
      const word = LEADING_LEVEL.exec(fields.message)?.[1]
      const level = word === undefined ? undefined : levelFromWord(word)
      if (level !== undefined) fields.log = { level, original_level: word }
    }
    return fields
  }

  const match = (line: string): number => {
    if (parseLine(line) === undefined) return 0
    const base = state.pri >= 0 ? 0.1 : 0
    return shape === 2 ? 0.9 + base : 0.5 + base
  }

  const startsRecord = (line: string): boolean => !Number.isNaN(ts.scan(line, readPri(line, state)))
  return lineFormat({ name: 'syslog-3164', match, startsRecord, parseLine }, context, fallback)
}

const HEADER_5424 = /^<(\d{1,3})>(\d{1,2}) (\S+) (\S+) (\S+) (\S+) (\S+)(?: |$)/
const SD_ESCAPE = /\\(["\\\]])/g

/**
 * RFC 5424 syslog: `<PRI>VERSION TIMESTAMP HOST APP PROCID MSGID [SD-ID k="v"...] MSG`. `-` is the
 * empty value. Structured-data parameters become labels named `<sd-id>_<param>`; MSGID becomes
 * `labels.msgid`.
 */
export function syslog5424Format(
  context: ParseContext,
  fallback: (frame: Frame) => ParsedFields,
): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    if (line.charCodeAt(0) !== 60) return undefined
    const m = HEADER_5424.exec(line)
    if (m === null) return undefined
    const [, pri, , time, host, app, procid, msgid] = m as unknown as string[]
    if (Number(pri) > 191) return undefined
    const fields: ParsedFields = { message: '' }
    if (time !== '-') {
      const iso = ts.parse(time!)
      if (iso !== undefined) fields['@timestamp'] = iso
    }
    if (host !== '-') fields.host = { name: host! }
    if (app !== '-') fields.service = { name: app! }
    if (procid !== '-') setPid(fields, procid!)
    if (msgid !== '-') (fields.labels ??= {}).msgid = msgid!
    let i = m[0].length
    if (line.charCodeAt(i) === 91) i = readStructuredData(line, i, fields)
    else if (line.charCodeAt(i) === 45) i++
    else if (i < line.length) return undefined
    if (line.charCodeAt(i) === 32) i++
    if (line.charCodeAt(i) === 0xfeff) i++ // MSG may start with a BOM to say it is UTF-8
    fields.message = messageFrom(line, i)
    applyPri(fields, Number(pri))
    return fields
  }

  return lineFormat(
    {
      name: 'syslog-5424',
      match: (line) => (parseLine(line) === undefined ? 0 : 1),
      startsRecord: (line) => HEADER_5424.test(line),
      parseLine,
    },
    context,
    fallback,
  )
}

/** `[id k="v" k2="v"][id2 ...]` from `i`; returns the index after it. */
function readStructuredData(line: string, i: number, fields: ParsedFields): number {
  const n = line.length
  while (line.charCodeAt(i) === 91) {
    let j = i + 1
    while (j < n && line.charCodeAt(j) !== 32 && line.charCodeAt(j) !== 93) j++
    const id = line.slice(i + 1, j).replaceAll('.', '_')
    while (line.charCodeAt(j) === 32) {
      const eq = line.indexOf('=', j)
      if (eq < 0 || line.charCodeAt(eq + 1) !== 34) return n
      const name = line.slice(j + 1, eq).replaceAll('.', '_')
      let k = eq + 2
      let escaped = false
      while (k < n && line.charCodeAt(k) !== 34) {
        if (line.charCodeAt(k) === 92) {
          escaped = true
          k++
        }
        k++
      }
      const raw = line.slice(eq + 2, k)
      ;(fields.labels ??= {})[`${id}_${name}`] = escaped ? raw.replace(SD_ESCAPE, '$1') : raw
      j = k + 1
    }
    if (line.charCodeAt(j) !== 93) return n
    i = j + 1
  }
  return i
}
