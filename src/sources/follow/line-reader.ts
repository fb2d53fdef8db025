import type { FileHandle } from 'node:fs/promises'
import type { SourceLine } from '../types.js'

/** A line of a followed file, with the byte offset just past its terminator (what a checkpoint stores). */
export interface TailLine extends SourceLine {
  end: number
}

const LF = 0x0a
const CR = 0x0d
const decoder = new TextDecoder('utf-8')

/**
 * Complete lines from an open file, starting at a byte offset. Lines are cut on LF bytes before decoding,
 * so each line's end offset is exact; a line is handed out only once its LF is there (a writer may be in
 * the middle of it), except by `takePartial` when the file is done (rotated away or deleted). A line longer
 * than `maxLineBytes` is cut there and marked, its rest skipped: memory holds at most one such line.
 */
export class LineReader {
  private carry: Buffer = Buffer.alloc(0)
  private carryCut = false
  private readonly buffer: Buffer

  constructor(
    private readonly handle: FileHandle,
    /** Next byte to read. */
    public position: number,
    /** Lines handed out so far (the next is `lineNo + 1`). */
    public lineNo: number,
    private readonly maxLineBytes: number,
    chunkBytes = 256 * 1024,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes)
  }

  /** Read up to `maxBytes` more; returns the lines completed, and whether the end of the file was reached. */
  async read(maxBytes: number): Promise<{ lines: TailLine[]; eof: boolean }> {
    const lines: TailLine[] = []
    let budget = maxBytes
    while (budget > 0) {
      const { bytesRead } = await this.handle.read(
        this.buffer,
        0,
        Math.min(this.buffer.length, budget),
        this.position,
      )
      if (bytesRead === 0) return { lines, eof: true }
      this.take(this.buffer.subarray(0, bytesRead), this.position, lines)
      this.position += bytesRead
      budget -= bytesRead
    }
    return { lines, eof: false }
  }

  /** The unterminated last line, as a line (the file will not grow any more). */
  takePartial(): TailLine | undefined {
    if (this.carry.length === 0 && !this.carryCut) return undefined
    const line = this.makeLine(this.carry, this.position)
    this.carry = Buffer.alloc(0)
    this.carryCut = false
    return line
  }

  /** Bytes read but not yet handed out as a line. */
  get pendingBytes(): number {
    return this.carry.length
  }

  private take(chunk: Buffer, chunkStart: number, out: TailLine[]): void {
    let start = 0
    for (;;) {
      const lf = chunk.indexOf(LF, start)
      if (lf === -1) {
        this.append(chunk.subarray(start))
        return
      }
      // The common case, a whole line inside the chunk: decode it in place, without a copy.
      if (this.carry.length === 0 && !this.carryCut && lf - start <= this.maxLineBytes) {
        out.push(this.makeLine(chunk.subarray(start, lf), chunkStart + lf + 1))
        start = lf + 1
        continue
      }
      this.append(chunk.subarray(start, lf))
      out.push(this.makeLine(this.carry, chunkStart + lf + 1))
      this.carry = Buffer.alloc(0)
      this.carryCut = false
      start = lf + 1
    }
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return
    if (this.carryCut) return
    const room = this.maxLineBytes - this.carry.length
    if (bytes.length > room) {
      // Keep whole characters only: back up over UTF-8 continuation bytes.
      let cut = Math.max(0, room)
      while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--
      this.carry = Buffer.concat([this.carry, bytes.subarray(0, cut)])
      this.carryCut = true
      return
    }
    this.carry = this.carry.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.carry, bytes])
  }

  private makeLine(bytes: Buffer, end: number): TailLine {
    const body =
      !this.carryCut && bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes
    this.lineNo++
    const line: TailLine = { text: decoder.decode(body), line: this.lineNo, end }
    if (this.carryCut) line.truncated = true
    return line
  }
}
