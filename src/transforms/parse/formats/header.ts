import type { Level } from '../../../core/record.js'
import type { Frame, ParsedFields } from '../../types.js'
import { lineFormat, messageFrom, type ParseContext, type ParserFormat } from '../format.js'
import { levelFromWord } from '../level.js'

function isSpace(c: number): boolean {
  return c === 32 || c === 9
}

function skipSpaces(line: string, i: number): number {
  while (isSpace(line.charCodeAt(i))) i++
  return i
}

/** A separator between header fields: `-`, `--`, `---` (Spring Boot) or `|`, then spaces. */
function skipSeparator(line: string, i: number): number {
  const c = line.charCodeAt(i)
  if (c !== 45 && c !== 124) return i
  let j = i + 1
  while (line.charCodeAt(j) === c && j - i < 3) j++
  return isSpace(line.charCodeAt(j)) ? skipSpaces(line, j) : i
}

/** The index of the `]` closing the `[` at `i`, allowing one level of nesting (`[QuorumPeer[myid=1]/0:...]`). */
function closeBracket(line: string, i: number): number {
  let depth = 0
  for (let j = i; j < line.length; j++) {
    const c = line.charCodeAt(j)
    if (c === 91) depth++
    else if (c === 93 && --depth === 0) return j
  }
  return -1
}

/** A level inside brackets: `[error]`, `[INFO]`, Apache 2.4's `[core:error]`. */
function bracketLevel(content: string): Level | undefined {
  const colon = content.indexOf(':')
  return levelFromWord(colon < 0 ? content : content.slice(colon + 1))
}

/**
 * Zookeeper's log4j `%t:%C{1}@%L` (`SendWorker:188978561024:QuorumCnxManager$SendWorker@688`): the index
 * of the colon between thread and class, or -1 when the content is not that.
 */
function threadClassColon(content: string): number {
  const at = content.lastIndexOf('@')
  if (at < 0 || at === content.length - 1) return -1
  for (let k = at + 1; k < content.length; k++) {
    const c = content.charCodeAt(k)
    if (c < 48 || c > 57) return -1
  }
  const colon = content.lastIndexOf(':', at)
  if (colon <= 0 || colon === at - 1) return -1
  for (let k = colon + 1; k < at; k++) {
    const c = content.charCodeAt(k)
    if (!isNameChar(c) || c === 47 || c === 45) return -1
  }
  return colon
}
/** Apache 2.4's `[pid 1234:tid 5678]`. */
const PID_TID = /^pid (\d+)(?::tid (\d+))?$/
/** Python's `asctime - name - LEVEL - message`: the logger comes before the level. */
const LOGGER_BEFORE_LEVEL = /([\w$.:-]+) +- +/y

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122
}

function isNameChar(c: number): boolean {
  // letters, digits, _ $ . / -
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 47 || c === 45
}

/** The end of the run of letters at `i`. */
function letters(line: string, i: number): number {
  while (isLetter(line.charCodeAt(i))) i++
  return i
}

/**
 * A logger before the message: `dfs.DataNode$PacketResponder: `, Spring Boot's padded `c.e.Demo   : `,
 * logback's `com.x.Y - `. Only dotted names (or padded ones) count, so a message that starts with
 * `Word: ...` keeps its word. Returns the index of the message, or -1; `end` of the name in `loggerEnd`.
 */
let loggerEnd = 0
function loggerAt(line: string, i: number): number {
  const c0 = line.charCodeAt(i)
  if (!isLetter(c0) && c0 !== 95 && c0 !== 36) return -1
  let j = i + 1
  let dotted = false
  for (;;) {
    const c = line.charCodeAt(j)
    // Brackets too: Tomcat's abbreviated servlet loggers look like `o.a.c.c.C.[.[.[/].[dispatcherServlet]`.
    if (!isNameChar(c) && c !== 91 && c !== 93) break
    if (c === 46 || c === 36 || c === 47) dotted = true
    j++
  }
  loggerEnd = j
  let k = j
  while (line.charCodeAt(k) === 32) k++
  const c = line.charCodeAt(k)
  if (c === 58) {
    // `name: msg` or `name   : msg` (padded: a logger column, dotted or not)
    const after = line.charCodeAt(k + 1)
    if (!(after === 32 || k + 1 === line.length) || !(dotted || k > j)) return -1
    return skipSpaces(line, k + 1)
  }
  if (c === 45 && k > j && line.charCodeAt(k + 1) === 32 && dotted) return skipSpaces(line, k + 1) // `name - msg`
  return -1
}

/**
 * The generic "timestamp [pid] level [thread] logger: message" header, in its common variants:
 * HDFS `081109 203615 148 INFO dfs.DataNode$PacketResponder: msg`, Hadoop `2015-10-18 18:01:47,978 INFO
 * [main] org.x.Y: msg`, Spark `17/06/09 20:10:40 INFO executor.X: msg`, Zookeeper `... - INFO
 * [thread:Class@774] - msg`, Apache `[Sun Dec 04 04:47:44 2005] [error] msg`, log4j/logback, Spring Boot,
 * Python logging, nginx error logs (`2024/05/01 12:00:00 [error] 12#0: msg`). One scanner, read left to
 * right, rather than a regex per system: each part is optional except the timestamp and the level.
 */
export function headerFormat(context: ParseContext, fallback: (frame: Frame) => ParsedFields): ParserFormat {
  const ts = context.ts

  const parseLine = (line: string): ParsedFields | undefined => {
    const bracketed = line.charCodeAt(0) === 91
    let i = bracketed ? 1 : 0
    const ms = ts.scan(line, i)
    if (Number.isNaN(ms)) return undefined
    i = ts.end
    if (bracketed) {
      if (line.charCodeAt(i) !== 93) return undefined
      i++
    }
    if (!isSpace(line.charCodeAt(i))) return undefined
    i = skipSpaces(line, i)

    let pid = -1
    let thread: string | undefined
    let logger: string | undefined
    let level: Level | undefined
    let original: string | undefined

    // Numbers before the level: a pid (HDFS), then a thread id (Android's logcat).
    for (let k = 0; k < 2; k++) {
      let j = i
      let n = 0
      while (line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57 && j - i < 10)
        n = n * 10 + line.charCodeAt(j++) - 48
      if (j === i || !isSpace(line.charCodeAt(j))) break
      if (k === 0) pid = n
      else thread = line.slice(i, j)
      i = skipSpaces(line, j)
    }
    i = skipSeparator(line, i)

    if (line.charCodeAt(i) === 91) {
      // `[error]` (Apache) or a thread before the level (logback's `[main] INFO ...`).
      const close = closeBracket(line, i)
      if (close < 0) return undefined
      const content = line.slice(i + 1, close)
      level = bracketLevel(content)
      if (level !== undefined) original = content
      else thread = content
      i = skipSpaces(line, close + 1)
    }
    if (level === undefined) {
      let end = letters(line, i)
      if (end > i) level = wordLevel(line, i, end)
      if (level === undefined) {
        LOGGER_BEFORE_LEVEL.lastIndex = i
        const m = LOGGER_BEFORE_LEVEL.exec(line)
        if (m === null) return undefined
        logger = m[1]
        i = LOGGER_BEFORE_LEVEL.lastIndex
        end = letters(line, i)
        if (end > i) level = wordLevel(line, i, end)
        if (level === undefined) return undefined
      }
      original = line.slice(i, end)
      i = end
      if (line.charCodeAt(i) === 58 || line.charCodeAt(i) === 93) i++
      i = skipSpaces(line, i)
    }

    // After the level: Spring Boot's `pid ---` (only with the dashes: `INFO 3 files copied` has no pid),
    // then `[thread]`s.
    if (pid < 0) {
      let j = i
      let n = 0
      while (line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57 && j - i < 10)
        n = n * 10 + line.charCodeAt(j++) - 48
      const dashes = skipSpaces(line, j)
      if (j > i && dashes > j && line.startsWith('---', dashes)) {
        pid = n
        i = dashes
      }
    }
    i = skipSeparator(line, i)
    let source: string | undefined
    while (line.charCodeAt(i) === 91) {
      const close = closeBracket(line, i)
      if (close < 0) break
      const content = line.slice(i + 1, close)
      const pidTid = PID_TID.exec(content)
      if (pidTid !== null) {
        pid = Number(pidTid[1])
        if (pidTid[2] !== undefined) thread = pidTid[2]
      } else if (content.startsWith('client ')) {
        // Apache's `[client 1.2.3.4:5678]` is the peer: `source.ip`. It stays in the message too, being
        // part of what the server said (and Loghub's Content keeps it).
        source = clientAddress(content.slice(7))
        break
      } else if (thread === undefined) {
        const colon = threadClassColon(content)
        if (colon > 0) {
          thread = content.slice(0, colon)
          logger = content.slice(colon + 1, content.lastIndexOf('@'))
        } else {
          thread = content.trim()
        }
      } else {
        break
      }
      i = skipSpaces(line, close + 1)
    }
    const sep = skipSeparator(line, i)
    if (sep !== i) {
      i = sep
    } else if (logger === undefined) {
      const message = loggerAt(line, i)
      if (message >= 0) {
        logger = line.slice(i, loggerEnd)
        i = message
      }
    }

    const fields: ParsedFields = { message: messageFrom(line, i) }
    const iso = ts.iso(ms)
    if (iso !== undefined) fields['@timestamp'] = iso
    fields.log =
      logger === undefined ? { level, original_level: original } : { level, logger, original_level: original }
    if (pid >= 0 || thread !== undefined) {
      const process: NonNullable<ParsedFields['process']> = {}
      if (pid >= 0) process.pid = pid
      if (thread !== undefined) process.thread = { name: thread }
      fields.process = process
    }
    if (source !== undefined) fields.source = { ip: source }
    return fields
  }

  return lineFormat(
    {
      name: 'header',
      match: (line) => (parseLine(line) === undefined ? 0 : 1),
      // Called by framing on every line, so only the cheap part: a line that starts with a timestamp.
      startsRecord: (line) => !Number.isNaN(ts.scan(line, line.charCodeAt(0) === 91 ? 1 : 0)),
      parseLine,
    },
    context,
    fallback,
  )
}

/** `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678`, `::1` → the address without its port. */
function clientAddress(peer: string): string {
  if (peer.charCodeAt(0) === 91) {
    const close = peer.indexOf(']')
    return close < 0 ? peer : peer.slice(1, close)
  }
  const colon = peer.indexOf(':')
  return colon >= 0 && peer.indexOf(':', colon + 1) < 0 ? peer.slice(0, colon) : peer
}

/**
 * The level a word after the timestamp names, when it stands alone (end, space, `:`, `]`). One-letter
 * levels (logcat's `I`, glog's) only before a space: `2024-01-01 12:00 A ...` is not a level.
 */
function wordLevel(line: string, start: number, end: number): Level | undefined {
  const c = line.charCodeAt(end)
  if (end - start === 1 && !isSpace(c)) return undefined
  if (end - start > 13 || (end < line.length && !isSpace(c) && c !== 58 && c !== 93)) return undefined
  return levelFromWord(line.slice(start, end))
}
