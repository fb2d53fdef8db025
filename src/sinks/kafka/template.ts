import { ConfigError } from '../../core/errors.js'
import type { LogRecord } from '../../core/record.js'
import { partitionService } from '../lake/partition.js'

/**
 * `{field}` templates for topics and message keys, compiled once into a function (this runs for every
 * record). Fields: `service` (as the lake names it: `service.name`, else from the file name), `host`,
 * `dataset`, `environment`, and for keys `path`. A missing field is empty.
 */
export type RecordTemplate = (record: LogRecord) => string

const FIELDS: Record<string, (r: LogRecord) => string> = {
  service: (r) => partitionService(r),
  host: (r) => r.host?.name ?? '',
  dataset: (r) => r.event?.dataset ?? '',
  environment: (r) => r.ci?.environment ?? '',
  path: (r) => r.log.file.path,
}

const TOPIC_FIELDS = ['service', 'host', 'dataset', 'environment']
const PLACEHOLDER = /\{([^{}]*)\}/g
/** Kafka topic names: letters, digits, `.`, `_`, `-`, at most 249 characters. */
const TOPIC_CHARS = /[^A-Za-z0-9._-]/g
const TOPIC_BAD = /[^A-Za-z0-9._-]/
const MAX_TOPIC = 249

export function compileKeyTemplate(template: string): RecordTemplate {
  return compile(template, Object.keys(FIELDS), 'kafka-key', (s) => s)
}

/** A topic template; field values are made topic-safe (other characters become `_`). */
export function compileTopicTemplate(template: string): RecordTemplate {
  const fn = compile(template, TOPIC_FIELDS, 'kafka-topic', topicSafe)
  if (!hasFields(template)) checkTopicName(template)
  return (record) => {
    const topic = fn(record)
    return topic.length > MAX_TOPIC ? topic.slice(0, MAX_TOPIC) : topic
  }
}

export function hasFields(template: string): boolean {
  return /\{[^{}]*\}/.test(template)
}

/** The topics a template can produce, as a regular expression (what `consume` subscribes to). */
export function topicPattern(template: string): RegExp {
  let source = '^'
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, m.index))
    // An empty field value leaves nothing, so each field may be empty.
    source += '[A-Za-z0-9._-]*'
    last = m.index + m[0].length
  }
  source += escapeRegExp(template.slice(last)) + '$'
  return new RegExp(source)
}

export function checkTopicName(topic: string): void {
  if (topic === '' || topic === '.' || topic === '..' || topic.length > MAX_TOPIC || TOPIC_BAD.test(topic))
    throw new ConfigError(`kafka-topic: "${topic}" is not a valid topic name`, {
      hint: 'use letters, digits, `.`, `_` and `-` (at most 249)',
    })
}

function compile(
  template: string,
  allowed: readonly string[],
  setting: string,
  clean: (value: string) => string,
): RecordTemplate {
  const parts: (string | ((r: LogRecord) => string))[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!.trim()
    const field = FIELDS[name]
    if (!field || !allowed.includes(name))
      throw new ConfigError(`${setting}: unknown field {${name}} in "${template}"`, {
        hint: `use ${allowed.map((f) => `{${f}}`).join(', ')}`,
      })
    if (m.index > last) parts.push(template.slice(last, m.index))
    parts.push((r) => clean(field(r)))
    last = m.index + m[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  if (parts.length === 1 && typeof parts[0] === 'string') {
    const constant = parts[0]
    return () => constant
  }
  return (record) => {
    let out = ''
    for (const part of parts) out += typeof part === 'string' ? part : part(record)
    return out
  }
}

function topicSafe(value: string): string {
  return value.replace(TOPIC_CHARS, '_')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
