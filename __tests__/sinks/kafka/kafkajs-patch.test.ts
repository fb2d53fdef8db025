import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// patches/kafkajs+2.2.4.patch (applied by `npm install` through patch-package, so the bundles carry it too):
// kafkajs groups a request's messages by partition with a copy of the partition's array per message,
// quadratic in the request's messages; the patch appends in place. docs/decisions/0018.
type Group = (args: {
  topic: string
  partitionMetadata: { partitionId: number }[]
  messages: { key: string; value: string }[]
  partitioner: (args: { message: { key: string } }) => number
}) => Record<string, { key: string; value: string }[]>

const group = createRequire(import.meta.url)('kafkajs/src/producer/groupMessagesPerPartition.js') as Group

describe('kafkajs message grouping (patched)', () => {
  it('is the patched, in-place version', () => {
    expect(String(group)).toContain('current.push(message)')
    expect(String(group)).toContain('logward patch')
  })

  it('groups by the partitioner, keeping each partition in send order, and nothing for a topic without partitions', () => {
    const messages = Array.from({ length: 10 }, (_, i) => ({ key: `k${i % 3}`, value: `v${i}` }))
    const out = group({
      topic: 't',
      partitionMetadata: [{ partitionId: 0 }, { partitionId: 1 }, { partitionId: 2 }],
      messages,
      partitioner: ({ message }) => Number(message.key.slice(1)),
    })
    expect(Object.keys(out)).toEqual(['0', '1', '2'])
    expect(out['0']!.map((m) => m.value)).toEqual(['v0', 'v3', 'v6', 'v9'])
    expect(out['2']!.map((m) => m.value)).toEqual(['v2', 'v5', 'v8'])
    expect(group({ topic: 't', partitionMetadata: [], messages, partitioner: () => 0 })).toEqual({})
  })
})
