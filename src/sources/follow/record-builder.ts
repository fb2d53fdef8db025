import type { LogwardConfig } from '../../config/schema.js'
import type { CiContext, LogRecord } from '../../core/record.js'
import { Framer } from '../../transforms/framing.js'
import {
  createFormat,
  createParser,
  detectFormat,
  FORMAT_NAMES,
  type FormatName,
} from '../../transforms/parse/index.js'
import type { FrameParser } from '../../transforms/parse/index.js'
import type { Redactor } from '../../transforms/redact.js'
import type { Frame, LineFormat } from '../../transforms/types.js'
import { frameToRecord } from '../../transforms/frame-to-record.js'
import type { SourceLine } from '../types.js'

/** Lines looked at to recognise a followed file's format, as ingest does for whole files. */
export const DETECTION_SAMPLE = 100

/**
 * frame → redact → parse for one followed file, the same steps `ingest` (src/pipeline/ingest.ts) takes
 * for whole files, so a followed file yields the records `ship` without `--follow` would (same ids).
 * The format is detected once, or restored from the checkpoint so a resumed file is parsed as before.
 */
export class RecordBuilder {
  readonly format: LineFormat
  private readonly framer: Framer
  private readonly parser: FrameParser

  constructor(
    private readonly path: string,
    private readonly config: LogwardConfig,
    private readonly redactor: Redactor,
    private readonly ci: CiContext | undefined,
    format: LineFormat,
  ) {
    this.format = format
    this.parser = createParser(format, { timezone: config.timezone })
    this.framer = new Framer({ mode: config.framing, maxRecordBytes: config['max-record-bytes'], format })
  }

  /** The format of a file: the one a checkpoint names, else detected from its first lines. */
  static formatFor(name: string | undefined, sample: readonly string[]): LineFormat {
    if (name && (FORMAT_NAMES as readonly string[]).includes(name)) return createFormat(name as FormatName)
    return detectFormat(sample.filter((l) => l.trim() !== '').slice(0, DETECTION_SAMPLE))
  }

  /** Records for the frames these lines closed; the last frame stays open until `flush`. */
  push(lines: readonly SourceLine[]): { record: LogRecord; lastLine: number }[] {
    const out: { record: LogRecord; lastLine: number }[] = []
    for (const line of lines) {
      const frame = this.framer.push(line)
      if (frame) out.push({ record: this.toRecord(frame), lastLine: frame.line + frame.lines - 1 })
    }
    return out
  }

  /** Close the open frame (the file went quiet, rotated or ended). */
  flush(): { record: LogRecord; lastLine: number } | undefined {
    const frame = this.framer.flush()
    return frame ? { record: this.toRecord(frame), lastLine: frame.line + frame.lines - 1 } : undefined
  }

  private toRecord(frame: Frame): LogRecord {
    return frameToRecord(frame, {
      path: this.path,
      format: this.format.name,
      parser: this.parser,
      redactor: this.redactor,
      service: this.config.service,
      host: this.config.host,
      ci: this.ci,
    }).record
  }
}
