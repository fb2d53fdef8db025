import type { Level, LogRecord } from '../../core/record.js'
import { LEVELS } from '../../core/record.js'
import type { TemplateMiner } from '../../transforms/mine/index.js'
import type { TemplateDigest } from '../model.js'

const MAX_SERVICES = 10
const SEVERITY = new Map(LEVELS.map((l, i) => [l, i]))

interface Stats {
  templateId: string
  template: string
  count: number
  /** The most severe level seen for it. */
  level: Level
  errors: number
  services: Set<string>
  example: TemplateDigest['example']
  /** The example of the most severe record, so an error template shows an error line. */
  exampleLevel: number
}

/**
 * Counts per final template (second pass: every record already carries its final template id), with
 * the most severe level seen, the services it appeared in, and one example. Bounded by the miner's
 * template cap.
 */
export class TemplateCollector {
  private readonly stats = new Map<string, Stats>()

  add(record: LogRecord): void {
    const id = record.logward.template_id
    if (!id) return
    const level = record.log.level ?? 'info'
    const severity = SEVERITY.get(level) ?? 2
    let s = this.stats.get(id)
    if (!s) {
      s = {
        templateId: id,
        template: record.logward.template ?? '',
        count: 0,
        level,
        errors: 0,
        services: new Set(),
        example: example(record),
        exampleLevel: severity,
      }
      this.stats.set(id, s)
    }
    s.count++
    if (severity > s.exampleLevel) {
      s.example = example(record)
      s.exampleLevel = severity
      s.level = level
    }
    if (level === 'error' || level === 'fatal') s.errors++
    if (s.services.size < MAX_SERVICES) s.services.add(record.service?.name ?? record.log.file.path)
  }

  get size(): number {
    return this.stats.size
  }

  /** Templates with error or fatal records, most errors first. */
  errorTemplates(limit: number): TemplateDigest[] {
    return [...this.stats.values()]
      .filter((s) => s.errors > 0)
      .sort((a, b) => b.errors - a.errors || (a.templateId < b.templateId ? -1 : 1))
      .slice(0, limit)
      .map((s) => digest(s, s.errors))
  }

  /**
   * Templates the baseline never had: a template is new when the baseline's miner covers none of it
   * (checked on its example, in match-only mode, so the baseline is never changed). Error-level first,
   * then by count.
   */
  newAgainst(baseline: TemplateMiner, limit: number): TemplateDigest[] {
    return [...this.stats.values()]
      .filter((s) => baseline.match(s.example.message.split('\n', 1)[0] ?? '') === undefined)
      .sort(
        (a, b) =>
          (SEVERITY.get(b.level) ?? 0) - (SEVERITY.get(a.level) ?? 0) ||
          b.count - a.count ||
          (a.templateId < b.templateId ? -1 : 1),
      )
      .slice(0, limit)
      .map((s) => ({ ...digest(s, s.count), new: true }))
  }
}

function example(record: LogRecord): TemplateDigest['example'] {
  return {
    message: record.message.length > 2000 ? record.message.slice(0, 2000) + '…' : record.message,
    path: record.log.file.path,
    line: record.log.file.line,
    ...(record['@timestamp'] ? { timestamp: record['@timestamp'] } : {}),
  }
}

function digest(s: Stats, count: number): TemplateDigest {
  return {
    templateId: s.templateId,
    template: s.template,
    count,
    level: s.level,
    services: [...s.services].sort(),
    example: s.example,
  }
}
