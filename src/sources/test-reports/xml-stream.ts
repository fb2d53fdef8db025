import { open, type FileHandle } from 'node:fs/promises'
import { pipeline, type Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { createGunzip } from 'node:zlib'
import { SaxesParser } from 'saxes'

import { ReportParseError } from '../../core/errors.js'
import { own } from './text.js'

/**
 * Streams one XML file through saxes: a file is read in 64 KiB chunks and never held whole, gzip is undone on
 * the fly, and the events go to a sink chosen from the root element. Every failure becomes a
 * ReportParseError naming the file and what is wrong (and where), never the file's content.
 *
 * Hostile XML policy: a DOCTYPE with an internal subset (`[...]`, where entities are declared) or with an
 * external identifier (`SYSTEM`/`PUBLIC`) is rejected before the root element is read. saxes itself never
 * fetches anything nor expands declared entities, so XXE and entity bombs are impossible by construction;
 * rejecting them up front is about the error: no test-report generator writes a DOCTYPE, so the only such
 * documents are hostile or broken ones, and "DOCTYPE declares entities" is a clearer answer than the
 * "undefined entity" saxes would raise at the first reference, or than a report whose messages silently
 * contain literal `&xxe;`. A bare `<!DOCTYPE testsuites>` is harmless and accepted.
 */

export type Attributes = Record<string, string>

/** For attribute values cut while streaming: how many characters were dropped from each (by attribute name). */
export type CutAttributes = Readonly<Record<string, number>>

export interface XmlSink {
  /** `name` is the local name (any `prefix:` removed). */
  open(name: string, attrs: Attributes, cut?: CutAttributes): void
  close(name: string): void
  /** Character data and CDATA, possibly in several pieces per node. */
  text(text: string): void
}

export interface XmlStreamOptions {
  /** Largest size a gzip input may expand to (gzip-bomb guard). */
  maxDecompressedBytes: number
  /** Deepest element nesting accepted (a hostile file must not make the tree, or recursion over it, explode). */
  maxDepth: number
  /** Most characters read outside the root element (a DOCTYPE is buffered whole by saxes). */
  maxPrologChars: number
  /** Attribute values longer than this are cut while streaming (see `CutAttributes`). */
  maxAttributeChars: number
}

export interface XmlStreamResult {
  gzip: boolean
}

const CHUNK_BYTES = 64 * 1024

function localName(name: string): string {
  const i = name.indexOf(':')
  return i < 0 ? name : name.slice(i + 1)
}

/** Open the file, turning the usual failures into messages a user can act on. */
async function openReport(path: string): Promise<FileHandle> {
  try {
    const fh = await open(path, 'r')
    const stat = await fh.stat().catch(async (err: unknown) => {
      await fh.close()
      throw err
    })
    if (stat.isDirectory()) {
      await fh.close()
      throw new ReportParseError(path, 'is a directory, not a test report file')
    }
    return fh
  } catch (err) {
    if (err instanceof ReportParseError) throw err
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory, not a test report file'
            : `cannot be read (${code ?? 'unknown error'})`
    throw new ReportParseError(path, why, { cause: err })
  }
}

/** Pick the text decoding from the first bytes: a BOM, UTF-16 without BOM, or the XML declaration's encoding. */
function decoderFor(head: Buffer): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le')
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be')
  if (head[0] === 0x3c && head[1] === 0x00) return new TextDecoder('utf-16le')
  if (head[0] === 0x00 && head[1] === 0x3c) return new TextDecoder('utf-16be')
  // An ASCII-compatible encoding: the declaration can be read as latin1 whatever it says.
  const decl = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(
    head.subarray(0, 256).toString('latin1'),
  )
  const label = decl?.[1]?.toLowerCase()
  if (label && !label.startsWith('utf-16') && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label)
    } catch {
      // An encoding TextDecoder does not know: UTF-8 reads ASCII right, which is all the markup needs.
    }
  }
  return new TextDecoder('utf-8')
}

function describeNonXml(first: string): string {
  const code = first.charCodeAt(0)
  if (first === '{' || first === '[') return 'not XML (it looks like JSON): not a JUnit, TRX or NUnit report'
  if (code < 0x20 || code === 0xfffd || code === 0x7f)
    return 'not XML (binary data): not a JUnit, TRX or NUnit report'
  return `not XML (it starts with ${JSON.stringify(first)}, not "<"): not a JUnit, TRX or NUnit report`
}

function checkDoctype(path: string, doctype: string): void {
  if (doctype.includes('[')) {
    throw new ReportParseError(
      path,
      'refusing a DOCTYPE with an internal subset (entity declarations are never expanded: XXE and entity-expansion guard)',
      { hint: 'test reports do not need a DOCTYPE; remove it from the generator or the file' },
    )
  }
  if (/\b(?:SYSTEM|PUBLIC)\b/.test(doctype)) {
    throw new ReportParseError(
      path,
      'refusing a DOCTYPE that references an external DTD (it is never fetched: XXE guard)',
      { hint: 'test reports do not need a DOCTYPE; remove it from the generator or the file' },
    )
  }
}

interface SaxesInternals {
  state: number
  text: string
}

/**
 * saxes buffers a whole text node, CDATA section, comment or attribute value before emitting it, so one
 * 500 MB `<system-out>` would sit in memory however little of it we keep. After each chunk we look at what it
 * has buffered so far (its private `text` field) and, by state: hand text and CDATA on ourselves, drop comment
 * text (never used), and cut an attribute value to the most we would keep. The state numbers are not exported,
 * so they are learnt here by probing a parser; if a saxes release changes these internals the probe fails and
 * we fall back to saxes' own buffering (correct results, unbounded memory for a single huge node), and a test
 * (`canBoundTextNodes`) says so.
 */
const textStates = (():
  { text: number; cdata: Set<number>; comment: Set<number>; attribute: number } | undefined => {
  const probe = (xml: string): SaxesInternals | undefined => {
    const p = new SaxesParser()
    p.on('text', () => {})
    p.on('cdata', () => {})
    p.write(xml)
    const i = p as unknown as Partial<SaxesInternals>
    return typeof i.state === 'number' && typeof i.text === 'string'
      ? { state: i.state, text: i.text }
      : undefined
  }
  try {
    const text = probe('<a>xyz')
    const cdata = [probe('<a><![CDATA[xyz'), probe('<a><![CDATA[xyz]'), probe('<a><![CDATA[xyz]]')]
    const comments = [probe('<a><!--xyz'), probe('<a><!--xyz-')]
    const attr = probe('<a b="xyz')
    if (!text || text.text !== 'xyz' || !attr || attr.text !== 'xyz') return undefined
    const states = (probes: (SaxesInternals | undefined)[]): Set<number> | undefined => {
      const set = new Set<number>()
      for (const p of probes) {
        if (!p || p.text !== 'xyz') return undefined
        set.add(p.state)
      }
      return set
    }
    const cdataStates = states(cdata)
    const commentStates = states(comments)
    if (!cdataStates || !commentStates) return undefined
    // Each kind of state must be told apart from the others, or text could be routed to the wrong place.
    const all = [text.state, attr.state, ...cdataStates, ...commentStates]
    if (new Set(all).size !== all.length) return undefined
    return { text: text.state, cdata: cdataStates, comment: commentStates, attribute: attr.state }
  } catch {
    return undefined
  }
})()

/** Whether huge text nodes are streamed in pieces (see `textStates`). */
export const canBoundTextNodes = textStates !== undefined

export async function streamXml(
  path: string,
  chooseSink: (root: string, attrs: Attributes) => XmlSink,
  options: XmlStreamOptions,
): Promise<XmlStreamResult> {
  const fh = await openReport(path)
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await fh.read(head, 0, 4, 0)
    if (bytesRead === 0) throw new ReportParseError(path, 'empty file: not a JUnit, TRX or NUnit report')
    const gzip = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b

    const raw = fh.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES, autoClose: false })
    let source: Readable = raw
    if (gzip) {
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES })
      // pipeline (not pipe) so a read error reaches the loop below through the gunzip stream.
      source = pipeline(raw, gunzip, () => {})
    }
    try {
      await parseChunks(path, source, gzip, chooseSink, options)
    } finally {
      source.destroy()
      raw.destroy()
    }
    return { gzip }
  } finally {
    await fh.close()
  }
}

async function parseChunks(
  path: string,
  source: AsyncIterable<Buffer>,
  gzip: boolean,
  chooseSink: (root: string, attrs: Attributes) => XmlSink,
  options: XmlStreamOptions,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const internals = parser as unknown as SaxesInternals
  const names: string[] = []
  let sink: XmlSink | undefined
  let rootClosed = false
  let started = false
  // Newlines dropped before the first `<` (saxes rejects an XML declaration after whitespace; we don't), added
  // back to the line numbers we report.
  let skippedLines = 0
  let prologChars = 0
  // Whether the input so far ends with a newline: a file cut after one ends on the line before it.
  let endsWithNewline = false
  // Characters dropped from the attribute value being read, then per attribute of the tag being read.
  let attributeDropped = 0
  let cut: Record<string, number> | undefined
  // The kept head of the attribute value being cut: reused, because re-cutting saxes' buffer every chunk would
  // flatten a new 128 KiB string each time (large-object garbage that only a full GC frees).
  let attributeHead: string | undefined

  parser.on('doctype', (doctype) => checkDoctype(path, doctype))
  parser.on('opentag', (tag) => {
    const name = localName(tag.name)
    if (names.length >= options.maxDepth) {
      throw new ReportParseError(
        path,
        `elements nested deeper than ${options.maxDepth} levels at line ${line()}`,
      )
    }
    const attrs = tag.attributes as Attributes
    if (names.length === 0) sink = chooseSink(name, attrs)
    names.push(name)
    sink?.open(name, attrs, cut)
    cut = undefined
  })
  parser.on('attribute', (attr) => {
    if (attributeDropped > 0) {
      ;(cut ??= {})[attr.name] = attributeDropped
      attributeDropped = 0
    }
    attributeHead = undefined
  })
  parser.on('closetag', (tag) => {
    sink?.close(localName(tag.name))
    names.pop()
    if (names.length === 0) rootClosed = true
  })
  const onText = (text: string): void => {
    if (names.length > 0) sink?.text(text)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  const line = (): number => parser.line + skippedLines

  const write = (text: string): void => {
    if (text.length === 0) return
    endsWithNewline = text.endsWith('\n')
    if (!started) {
      const m = /^[\s\uFEFF]*/.exec(text)!
      skippedLines += (m[0].match(/\n/g) ?? []).length
      text = text.slice(m[0].length)
      if (text.length === 0) return
      started = true
      if (text[0] !== '<') throw new ReportParseError(path, describeNonXml(text[0]!))
    }
    if (names.length === 0) {
      prologChars += text.length
      if (prologChars > options.maxPrologChars) {
        throw new ReportParseError(
          path,
          rootClosed
            ? `more than ${options.maxPrologChars} characters after the root element`
            : `no root element in the first ${options.maxPrologChars} characters (an oversized DOCTYPE?)`,
        )
      }
    }
    try {
      parser.write(text)
    } catch (err) {
      throw asParseError(path, err, skippedLines)
    }
    if (textStates && internals.text.length > 0) {
      const state = internals.state
      const pending = internals.text
      if (names.length > 0 && (state === textStates.text || textStates.cdata.has(state))) {
        internals.text = ''
        sink?.text(pending)
      } else if (textStates.comment.has(state)) {
        internals.text = ''
      } else if (state === textStates.attribute && pending.length > options.maxAttributeChars) {
        // A copy, not a slice: a slice would keep the whole buffered value alive. saxes only appends to the
        // value it is reading, so once cut, the buffer still starts with the same head.
        attributeHead ??= own(pending.slice(0, options.maxAttributeChars))
        attributeDropped += pending.length - attributeHead.length
        internals.text = attributeHead
      }
    }
  }

  let decoder: TextDecoder | undefined
  let total = 0
  try {
    for await (const chunk of source) {
      total += chunk.length
      if (gzip && total > options.maxDecompressedBytes) {
        throw new ReportParseError(
          path,
          `decompressed size exceeds ${options.maxDecompressedBytes} bytes (gzip-bomb guard)`,
          { hint: 'raise max-decompressed-bytes if the report is really this large' },
        )
      }
      decoder ??= decoderFor(chunk)
      write(decoder.decode(chunk, { stream: true }))
    }
  } catch (err) {
    if (err instanceof ReportParseError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (gzip && typeof code === 'string' && code.startsWith('Z_')) {
      const why = code === 'Z_BUF_ERROR' ? 'truncated gzip data' : 'corrupt gzip data'
      throw new ReportParseError(path, `${why} (${code})`, { cause: err })
    }
    throw new ReportParseError(path, `read failed (${code ?? 'unknown error'})`, { cause: err })
  }
  if (decoder) write(decoder.decode())

  if (!started) {
    throw new ReportParseError(
      path,
      total === 0 ? 'empty file (after gzip decompression)' : 'empty file (only whitespace)',
    )
  }
  if (!rootClosed) {
    const where = names.length > 0 ? `inside <${names[names.length - 1]}>` : 'before the root element'
    throw new ReportParseError(
      path,
      `unexpected end of file at line ${line() - (endsWithNewline ? 1 : 0)} (${where}): the XML is truncated`,
    )
  }
  try {
    parser.close()
  } catch (err) {
    throw asParseError(path, err, skippedLines)
  }
}

function asParseError(path: string, err: unknown, skippedLines: number): ReportParseError {
  if (err instanceof ReportParseError) return err
  const message = err instanceof Error ? err.message : String(err)
  const m = /^(\d+):(\d+): (.*)$/s.exec(message)
  const detail = m
    ? `malformed XML at line ${Number(m[1]) + skippedLines}, column ${Number(m[2]) + 1}: ${m[3]}`
    : `malformed XML: ${message}`
  return new ReportParseError(path, detail, { cause: err })
}
