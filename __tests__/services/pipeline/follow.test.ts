import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckpointData } from '../../../src/sources/follow/checkpoint.js'
import { requireElasticsearch, requireKafka, uniqueName } from '../reachability.js'
import {
  cleanUp,
  collect,
  duplicates,
  es,
  esIds,
  flags,
  resources,
  runCli,
  shipFlags,
  startCli,
} from './helpers.js'

// `ship --follow` against the real broker: appends, a rotation, a SIGKILL and a restart from the
// checkpoint; then every line is in Elasticsearch exactly once.
describe('ship --follow (real Kafka and Elasticsearch)', () => {
  const r = resources(uniqueName('lwfollow'))
  const client = es()
  const dir = mkdtempSync(join(tmpdir(), 'logward-follow-'))
  const log = join(dir, 'app.log')
  const checkpoint = join(dir, 'checkpoint.json')
  let seq = 0
  const lines = (n: number): string => {
    let out = ''
    for (let i = 0; i < n; i++, seq++)
      out += `2024-05-01T10:${String(Math.floor(seq / 60) % 60).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}Z INFO event ${seq}\n`
    return out
  }
  const position = (): { offset: number; ino: number } | undefined => {
    try {
      const cp = JSON.parse(readFileSync(checkpoint, 'utf8')) as CheckpointData
      return cp.files['app.log']
    } catch {
      return undefined
    }
  }
  /** Wait until the checkpoint says the current app.log was shipped to its end. */
  const caughtUp = async (): Promise<void> => {
    for (let i = 0; i < 300; i++) {
      const st = statSync(log)
      const p = position()
      if (p && p.ino === st.ino && p.offset === st.size) return
      await sleep(100)
    }
    throw new Error(`checkpoint did not reach the end of app.log: ${JSON.stringify(position())}`)
  }
  const args = [
    'ship',
    'app.log',
    '--follow',
    '--framing',
    'line',
    '--checkpoint',
    checkpoint,
    '--poll-ms',
    '50',
    ...shipFlags(r),
  ]

  beforeAll(async () => {
    await Promise.all([requireKafka(), requireElasticsearch()])
  })
  afterAll(async () => {
    await cleanUp(r, client)
    await client.close()
    rmSync(dir, { recursive: true, force: true })
  }, 120_000)

  it('resumes from its checkpoint after SIGKILL, follows a rotation, ships every line once', async () => {
    writeFileSync(log, lines(1000))
    const first = startCli(args, dir)
    const firstDone = collect(first)
    await caughtUp()
    appendFileSync(log, lines(500))
    await caughtUp()
    // Rotate: the old file moves aside (its last lines written just before), a new one takes its name.
    appendFileSync(log, lines(100))
    renameSync(log, `${log}.1`)
    writeFileSync(log, lines(300))
    await caughtUp()
    first.kill('SIGKILL')
    expect((await firstDone).signal).toBe('SIGKILL')

    // While stopped: more lines in the new file, then a rotation the restart must notice by inode.
    appendFileSync(log, lines(200))
    renameSync(log, `${log}.2`)
    writeFileSync(log, lines(150))
    const second = startCli(args, dir)
    const secondDone = collect(second)
    await caughtUp()
    second.kill('SIGTERM')
    const stopped = await secondDone
    expect(stopped.code, stopped.stderr).toBe(0)
    expect(stopped.stderr).toContain('rotated while stopped')

    const consume = await runCli(
      ['consume', '--until-idle', ...flags(r), '--consume-sinks', 'elasticsearch'],
      dir,
    )
    expect(consume.code, consume.stderr).toBe(0)
    const { ids, count } = await esIds(client, `${r.prefix}-*`)
    expect(duplicates(ids)).toBe(0)
    expect(count).toBe(seq)
    const messages = await client.search<{ message: string }>({
      index: `${r.prefix}-*`,
      size: 10_000,
      _source: ['message'],
    })
    const events = new Set(
      messages.hits.hits.map((h) => Number(/event (\d+)$/.exec(h._source!.message)?.[1])),
    )
    expect(events.size).toBe(seq)
    for (let i = 0; i < seq; i++) expect(events.has(i)).toBe(true)
  }, 300_000)
})
