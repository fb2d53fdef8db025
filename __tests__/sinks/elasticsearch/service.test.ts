import type { Client } from '@elastic/elasticsearch'
import { errors } from '@elastic/elasticsearch'
import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../../../src/core/logger.js'
import { toBulkDoc } from '../../../src/sinks/elasticsearch/bulk.js'
import { ElasticsearchService } from '../../../src/sinks/elasticsearch/service.js'
import { makeRecords } from '../lake/make-records.js'

type Item = { index: { _index: string; status: number; error?: { type: string; reason: string } } }

/** A client whose bulk answers are scripted: each call gets the next function of `answers`. */
function fakeClient(answers: ((ids: string[]) => Item[] | Error)[]) {
  const calls: string[][] = []
  const client = {
    bulk: async ({ operations }: { operations: string[] }) => {
      const ids = operations
        .filter((_, i) => i % 2 === 0)
        .map((l) => (JSON.parse(l) as { index: { _id: string } }).index._id)
      calls.push(ids)
      const answer = answers[calls.length - 1]!(ids)
      if (answer instanceof Error) throw answer
      return { errors: answer.some((i) => i.index.status >= 300), items: answer, took: 1 }
    },
  }
  return { client: client as unknown as Client, calls }
}

const ok = (ids: string[]): Item[] => ids.map(() => ({ index: { _index: 'i', status: 201 } }))
const docs = makeRecords(4).map((r, i) => toBulkDoc(r, `d${i}`, 'p', 'daily', i))
const fast = { initialDelayMs: 1, maxDelayMs: 2 }

describe('ElasticsearchService.bulk', () => {
  it('sends again, alone, the items refused for now (429 inside an HTTP 200), until they are taken', async () => {
    const { client, calls } = fakeClient([
      (ids) =>
        ids.map((id) =>
          id === 'd1' || id === 'd3'
            ? {
                index: {
                  _index: 'i',
                  status: 429,
                  error: { type: 'es_rejected_execution_exception', reason: 'full' },
                },
              }
            : { index: { _index: 'i', status: 201 } },
        ),
      (ids) =>
        [
          { index: { _index: 'i', status: 201 } },
          {
            index: {
              _index: 'i',
              status: 429,
              error: { type: 'es_rejected_execution_exception', reason: 'full' },
            },
          },
        ].slice(0, ids.length),
      ok,
    ])
    const logger = memoryLogger()
    const outcome = await new ElasticsearchService(client, logger, fast).bulk(docs)
    expect(calls).toEqual([['d0', 'd1', 'd2', 'd3'], ['d1', 'd3'], ['d3']])
    expect(outcome).toEqual({ indexed: 4, dead: [], retries: 3 })
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(2)
  })

  it('returns documents refused for good as dead letters, with status and reason', async () => {
    const { client } = fakeClient([
      (ids) =>
        ids.map((id) =>
          id === 'd2'
            ? {
                index: {
                  _index: 'i',
                  status: 400,
                  error: { type: 'document_parsing_exception', reason: 'bad' },
                },
              }
            : { index: { _index: 'i', status: 201 } },
        ),
    ])
    const outcome = await new ElasticsearchService(client, memoryLogger(), fast).bulk(docs)
    expect(outcome.indexed).toBe(3)
    expect(outcome.dead.map((d) => [d.doc.id, d.status, d.reason])).toEqual([
      ['d2', 400, 'document_parsing_exception: bad'],
    ])
  })

  it('retries a whole request the server could not take, and gives up on one it refused', async () => {
    const unavailable = new errors.ResponseError({
      body: { error: { type: 'unavailable' } },
      statusCode: 503,
      headers: {},
      warnings: null,
      meta: {} as never,
    })
    const { client, calls } = fakeClient([() => unavailable, ok])
    expect((await new ElasticsearchService(client, memoryLogger(), fast).bulk(docs)).indexed).toBe(4)
    expect(calls).toHaveLength(2)

    const forbidden = new errors.ResponseError({
      body: { error: { type: 'security_exception' } },
      statusCode: 403,
      headers: {},
      warnings: null,
      meta: {} as never,
    })
    const refused = fakeClient([() => forbidden, ok])
    await expect(new ElasticsearchService(refused.client, memoryLogger(), fast).bulk(docs)).rejects.toThrow(
      /Elasticsearch: bulk of 4 documents failed: HTTP 403 security_exception/,
    )
    expect(refused.calls).toHaveLength(1)
  })
})
