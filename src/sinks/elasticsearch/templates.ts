import type { estypes } from '@elastic/elasticsearch'
import { RECORD_MAPPINGS, ROLLUP_MAPPINGS } from './mappings.js'

/**
 * The index templates logward installs (idempotently, on every start of `consume`): one for the daily
 * record indices, one for a record data stream when that mode is used, one for the rollups. Priorities
 * sit above Elasticsearch's built-in `logs-*-*` template (100), so ours win for our patterns only.
 */
export interface TemplateSettings {
  /** Record index prefix (`logward-logs`). */
  prefix: string
  rollupPrefix: string
  shards: number
  replicas: number
}

function settings(s: TemplateSettings): estypes.IndicesIndexSettings {
  return { number_of_shards: s.shards, number_of_replicas: s.replicas }
}

export function recordIndexTemplate(s: TemplateSettings): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: s.prefix,
    index_patterns: [`${s.prefix}-*`],
    priority: 200,
    template: { settings: settings(s), mappings: RECORD_MAPPINGS },
    _meta: { managed_by: 'logward', description: 'logward records, daily indices' },
  }
}

export function recordDataStreamTemplate(s: TemplateSettings): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: `${s.prefix}-data-stream`,
    index_patterns: [s.prefix],
    data_stream: {},
    priority: 201,
    template: { settings: settings(s), mappings: RECORD_MAPPINGS },
    _meta: { managed_by: 'logward', description: 'logward records, data stream' },
  }
}

export function rollupIndexTemplate(s: TemplateSettings): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: s.rollupPrefix,
    index_patterns: [`${s.rollupPrefix}-*`],
    priority: 200,
    template: { settings: settings(s), mappings: ROLLUP_MAPPINGS },
    _meta: { managed_by: 'logward', description: 'logward per-window aggregates' },
  }
}
