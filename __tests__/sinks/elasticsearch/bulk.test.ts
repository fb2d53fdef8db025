import { describe, expect, it } from 'vitest'
import {
  bulkLines,
  chunkDocs,
  classifyItem,
  indexFor,
  toBulkDoc,
} from '../../../src/sinks/elasticsearch/bulk.js'
import { makeRecord } from '../lake/make-records.js'

describe('indexFor', () => {
  it('files a record by its own timestamp: daily, monthly, undated, data stream', () => {
    const r = makeRecord({ timestamp: '2024-05-01T23:59:59.999Z' })
    expect(indexFor(r, 'logward-logs', 'daily')).toEqual({ index: 'logward-logs-2024.05.01', op: 'index' })
    expect(indexFor(r, 'logward-logs', 'monthly')).toEqual({ index: 'logward-logs-2024.05', op: 'index' })
    expect(indexFor(r, 'logward-logs', 'data-stream')).toEqual({ index: 'logward-logs', op: 'create' })
    // An offset moves the day: UTC decides.
    expect(indexFor(makeRecord({ timestamp: '2024-05-01T23:30:00-02:00' }), 'p', 'daily').index).toBe(
      'p-2024.05.02',
    )
    expect(indexFor(makeRecord({ timestamp: null }), 'p', 'daily')).toEqual({
      index: 'p-undated',
      op: 'index',
    })
    expect(indexFor(makeRecord({ timestamp: 'not-a-date' }), 'p', 'data-stream')).toEqual({
      index: 'p-undated',
      op: 'index',
    })
  })
})

describe('bulk requests', () => {
  it('are cut by size, and carry each document with its id', () => {
    const docs = Array.from({ length: 10 }, (_, i) =>
      toBulkDoc(makeRecord({ line: i + 1 }), `id${i}`, 'p', 'daily', i),
    )
    const size = docs[0]!.source.length + 100
    const chunks = chunkDocs(docs, size * 3)
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1])
    expect(chunks.flat().map((d) => d.ref)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const lines = bulkLines(docs.slice(0, 1))
    expect(JSON.parse(lines[0]!)).toEqual({ index: { _index: 'p-2024.05.01', _id: 'id0' } })
    expect(JSON.parse(lines[1]!)).toEqual(makeRecord({ line: 1 }))
    // A document larger than a request goes alone.
    expect(chunkDocs(docs.slice(0, 2), 10).map((c) => c.length)).toEqual([1, 1])
  })
})

describe('classifyItem', () => {
  it('accepts 2xx, and a 409 on create (already there)', () => {
    expect(classifyItem({ index: { _index: 'i', status: 201 } })).toEqual({ kind: 'ok' })
    expect(classifyItem({ index: { _index: 'i', status: 200 } })).toEqual({ kind: 'ok' })
    const conflict = {
      _index: 'i',
      status: 409,
      error: { type: 'version_conflict_engine_exception', reason: 'exists' },
    }
    expect(classifyItem({ create: conflict })).toEqual({ kind: 'ok' })
    expect(classifyItem({ index: conflict }).kind).toBe('dead')
  })

  it('retries 429, 5xx and rejected executions even inside an HTTP 200 answer', () => {
    expect(
      classifyItem({
        index: {
          _index: 'i',
          status: 429,
          error: { type: 'es_rejected_execution_exception', reason: 'queue full' },
        },
      }),
    ).toEqual({ kind: 'retry', reason: 'es_rejected_execution_exception: queue full' })
    expect(
      classifyItem({
        index: { _index: 'i', status: 503, error: { type: 'unavailable_shards_exception', reason: 'x' } },
      }).kind,
    ).toBe('retry')
    expect(
      classifyItem({
        index: { _index: 'i', status: 400, error: { type: 'es_rejected_execution_exception', reason: 'x' } },
      }).kind,
    ).toBe('retry')
  })

  it('gives up on documents refused for what they are, with the reason', () => {
    expect(
      classifyItem({
        index: {
          _index: 'i',
          status: 400,
          error: {
            type: 'document_parsing_exception',
            reason: 'failed to parse field [@timestamp] of type [date]',
            caused_by: { type: 'illegal_argument_exception', reason: 'bad date' },
          },
        },
      }),
    ).toEqual({
      kind: 'dead',
      status: 400,
      reason: 'document_parsing_exception: failed to parse field [@timestamp] of type [date] (bad date)',
    })
  })
})
