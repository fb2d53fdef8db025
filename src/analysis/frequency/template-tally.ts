import { LEVELS, type Level, type LogRecord } from '../../core/record.js'
import type { RecordSink } from '../../sinks/types.js'

const SEVERITY = new Map(LEVELS.map((l, i) => [l, i]))
const EXAMPLE_CHARS = 500

export interface TemplateCount {
  templateId: string
  template: string
  /** The most severe level seen for it. */
  level: Level
  count: number
  /** Occurrences per slice, by slice index (sparse: slices without it are absent). */
  slices: Map<number, number>
  example: { message: string; path: string; line: number }
}

export interface TemplateTallyResult {
  records: number
  /** Records per slice (the last slice may be short). */
  sliceSizes: number[]
  templates: Map<string, TemplateCount>
}

/**
 * Counts for every template of a run, all levels, and per slice of `slice` consecutive records (the
 * samples of the frequency test). A RecordSink, so `analyzeRun` feeds it in its second pass, once each
 * record carries its final template: the gate reuses the analysis instead of mining the logs again.
 * RunAnalysis only keeps error templates (topErrorTemplates), hence this.
 */
export class TemplateTally implements RecordSink {
  readonly name = 'template-tally'
  private readonly templates = new Map<string, TemplateCount>()
  private records = 0

  constructor(private readonly slice: number) {}

  async write(batch: readonly LogRecord[]): Promise<void> {
    for (const record of batch) {
      const index = Math.floor(this.records / this.slice)
      this.records++
      const id = record.logward.template_id
      if (!id) continue
      const level = record.log.level ?? 'info'
      let t = this.templates.get(id)
      if (!t) {
        t = {
          templateId: id,
          template: record.logward.template ?? '',
          level,
          count: 0,
          slices: new Map(),
          example: exampleOf(record),
        }
        this.templates.set(id, t)
      } else if ((SEVERITY.get(level) ?? 0) > (SEVERITY.get(t.level) ?? 0)) {
        // Show the most severe line of a template, as the report does.
        t.level = level
        t.example = exampleOf(record)
      }
      t.count++
      t.slices.set(index, (t.slices.get(index) ?? 0) + 1)
    }
  }

  async close(): Promise<void> {}

  result(): TemplateTallyResult {
    const full = Math.floor(this.records / this.slice)
    const rest = this.records - full * this.slice
    const sliceSizes = [...new Array<number>(full).fill(this.slice), ...(rest > 0 ? [rest] : [])]
    return { records: this.records, sliceSizes, templates: this.templates }
  }
}

function exampleOf(record: LogRecord): TemplateCount['example'] {
  const first = record.message.split('\n', 1)[0] ?? ''
  return {
    message: first.length > EXAMPLE_CHARS ? first.slice(0, EXAMPLE_CHARS) + '…' : first,
    path: record.log.file.path,
    line: record.log.file.line,
  }
}
