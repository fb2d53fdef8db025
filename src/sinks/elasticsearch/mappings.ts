import type { estypes } from '@elastic/elasticsearch'

type MappingTypeMapping = estypes.MappingTypeMapping

/**
 * ECS types for the fields a LogRecord has (src/core/record.ts). `dynamic: false`: a field not listed is
 * kept in `_source` but not indexed, so odd input can never grow the mapping without bound. Free text
 * (`message`, stack traces) is `text`; what is filtered or aggregated on is `keyword`; `labels` (any
 * key/value found in a line) is one `flattened` field, whatever its keys.
 */
const keyword = { type: 'keyword', ignore_above: 1024 } as const
const long = { type: 'long' } as const

export const RECORD_MAPPINGS: MappingTypeMapping = {
  dynamic: false,
  properties: {
    '@timestamp': { type: 'date' },
    message: { type: 'text' },
    log: {
      properties: {
        level: keyword,
        logger: keyword,
        original_level: keyword,
        file: { properties: { path: keyword, line: long } },
      },
    },
    service: { properties: { name: keyword } },
    host: { properties: { name: keyword } },
    process: { properties: { pid: long, thread: { properties: { name: keyword } } } },
    error: { properties: { stack_trace: { type: 'text' }, type: keyword } },
    http: {
      properties: {
        request: { properties: { method: keyword } },
        response: { properties: { status_code: long, body: { properties: { bytes: long } } } },
      },
    },
    url: { properties: { original: { type: 'keyword', ignore_above: 8191 } } },
    // keyword, not ip: a parser's guess at an address must not make a record fail to index.
    source: { properties: { ip: keyword } },
    user_agent: { properties: { original: keyword } },
    labels: { type: 'flattened' },
    ci: {
      properties: {
        provider: keyword,
        repository: keyword,
        sha: keyword,
        ref: keyword,
        run_id: keyword,
        run_attempt: keyword,
        workflow: keyword,
        job: keyword,
        pr: long,
        environment: keyword,
      },
    },
    event: { properties: { dataset: keyword } },
    logward: {
      properties: {
        format: keyword,
        lines: long,
        truncated: { type: 'boolean' },
        redactions: long,
        group: keyword,
        template_id: keyword,
        template: keyword,
      },
    },
  },
}

/** Rollup documents (src/sinks/elasticsearch/rollup.ts). */
export const ROLLUP_MAPPINGS: MappingTypeMapping = {
  dynamic: false,
  properties: {
    '@timestamp': { type: 'date' },
    rollup: { properties: { kind: keyword, window: keyword, window_end: { type: 'date' } } },
    service: { properties: { name: keyword } },
    count: long,
    errors: long,
    error_rate: { type: 'double' },
    levels: { type: 'flattened' },
    template: { properties: { id: keyword, text: keyword } },
  },
}
