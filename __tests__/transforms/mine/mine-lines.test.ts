import { describe, expect, it } from 'vitest'
import {
  matchAll,
  mineAll,
  mineMessages,
  mineOnePass,
  mineTwoPass,
  type MessageSource,
  type MinedLine,
} from '../../../src/transforms/mine/mine-lines.js'
import { TemplateMiner } from '../../../src/transforms/mine/miner.js'

const messages = [
  'Invalid user webmaster from 173.234.31.186',
  'Connection closed by 5.188.10.180 [preauth]',
  'Invalid user oracle from 183.62.140.253',
  'Connection closed by 10.0.0.7 [preauth]',
  'Invalid user admin from 10.0.0.1',
]

async function collect(batches: AsyncIterable<MinedLine[]>): Promise<MinedLine[]> {
  const out: MinedLine[] = []
  for await (const batch of batches) out.push(...batch)
  return out
}

describe('two-pass mining', () => {
  it('labels every line with its final template, in input order', () => {
    const { lines } = mineMessages(messages)
    expect(lines.map((l) => l.template)).toEqual([
      'Invalid user <*> from <*>',
      'Connection closed by <*> [preauth]',
      'Invalid user <*> from <*>',
      'Connection closed by <*> [preauth]',
      'Invalid user <*> from <*>',
    ])
    expect(lines[0]!.templateId).toBe(lines[2]!.templateId)
    expect(Object.keys(lines[0]!).sort()).toEqual(['template', 'templateId'])
  })

  it('differs from one pass, whose first line keeps the template it had then', () => {
    const onePass = [...mineOnePass(messages)]
    expect(onePass[0]!.template).toBe('Invalid user webmaster from <*>')
    expect(onePass[2]).toMatchObject({ template: 'Invalid user <*> from <*>', changed: true })
  })

  it('streams over a re-readable source, one label per message, sync or async, single or batched', async () => {
    const expected = mineMessages(messages).lines
    // Single messages from a sync iterable, grouped into batches of the given size.
    const miner = await mineAll(messages)
    const single = matchAll(messages, miner, 2)
    const sizes: number[] = []
    const labels: MinedLine[] = []
    for await (const batch of single) {
      sizes.push(batch.length)
      labels.push(...batch)
    }
    expect(sizes).toEqual([2, 2, 1])
    expect(labels).toEqual(expected)

    // Batches from an async iterable, re-opened for the second pass.
    let opened = 0
    const open = (): MessageSource => {
      opened++
      return (async function* () {
        yield messages.slice(0, 3)
        yield messages.slice(3)
      })()
    }
    expect(await collect(mineTwoPass(open))).toEqual(expected)
    expect(opened).toBe(2)
  })

  it('still labels every line when the template cap evicted some templates', async () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `event${'x'.repeat(i % 10)} happened ${'y '.repeat(i % 3)}`,
    )
    const miner = await mineAll(many, new TemplateMiner({ maxTemplates: 5 }))
    const labels = await collect(matchAll(many, miner))
    expect(labels).toHaveLength(many.length)
    for (const l of labels) expect(l.templateId).toMatch(/^t[0-9a-f]{16}$/)
    expect(miner.size).toBeLessThanOrEqual(5)
  })
})
