import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { memoryLogger } from '../../../src/core/logger.js'
import type { LogRecord } from '../../../src/core/record.js'
import { CheckpointStore } from '../../../src/sources/follow/checkpoint.js'
import { Follower, type FollowBatch } from '../../../src/sources/follow/follower.js'
import { LineReader } from '../../../src/sources/follow/line-reader.js'
import { createRedactor } from '../../../src/transforms/redact.js'

// `ship --follow`'s source (src/sources/follow), which feeds the Kafka sink: positions, checkpoints,
// rotation and truncation, on real files.
const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'logward-follow-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('LineReader', () => {
  it('hands out complete lines with exact end offsets; a partial line waits for its newline', async () => {
    const dir = tempDir()
    const path = join(dir, 'a.log')
    writeFileSync(path, 'one\r\ntwo\nthr')
    const handle = await open(path, 'r')
    const reader = new LineReader(handle, 0, 0, 1024, 4)
    const first = await reader.read(1 << 20)
    expect(first.eof).toBe(true)
    expect(first.lines).toEqual([
      { text: 'one', line: 1, end: 5 },
      { text: 'two', line: 2, end: 9 },
    ])
    expect(reader.pendingBytes).toBe(3)
    appendFileSync(path, 'ee\n')
    expect((await reader.read(1 << 20)).lines).toEqual([{ text: 'three', line: 3, end: 15 }])
    await handle.close()
  })

  it('cuts a line longer than the limit on a character boundary, marks it, and skips the rest', async () => {
    const dir = tempDir()
    const path = join(dir, 'a.log')
    writeFileSync(path, `${'é'.repeat(10)}\nok\n`)
    const handle = await open(path, 'r')
    const { lines } = await new LineReader(handle, 0, 0, 7, 3).read(1 << 20)
    expect(lines[0]).toEqual({ text: 'ééé', line: 1, end: 21, truncated: true })
    expect(lines[1]).toEqual({ text: 'ok', line: 2, end: 24 })
    await handle.close()
  })
})

function setup(dir: string, patterns = ['app.log'], overrides: Record<string, unknown> = {}) {
  const config = loadConfig({ cwd: dir, overrides: { paths: patterns, framing: 'line', ...overrides } })
  const logger = memoryLogger()
  let now = 0
  const make = async (): Promise<{ follower: Follower; checkpoint: CheckpointStore }> => {
    const checkpoint = await CheckpointStore.load(join(dir, 'cp.json'))
    const follower = new Follower({
      patterns,
      config,
      redactor: createRedactor(),
      checkpoint,
      logger,
      cwd: dir,
      rescanMs: 0,
      quietFlushMs: 1000,
      now: () => now,
    })
    return { follower, checkpoint }
  }
  return { make, logger, advance: (ms: number) => (now += ms) }
}

/** One poll, "acknowledged": positions go to the checkpoint, which is saved. */
async function pollAndAck(f: { follower: Follower; checkpoint: CheckpointStore }): Promise<LogRecord[]> {
  const batch: FollowBatch = await f.follower.poll()
  f.follower.commit(batch)
  await f.checkpoint.save()
  return batch.records
}

const texts = (records: LogRecord[]): string[] => records.map((r) => `${r.log.file.line}:${r.message}`)

describe('Follower', () => {
  it('resumes exactly where the acknowledged records end, with line numbers continuing', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'app.log'), 'a\nb\n')
    const env = setup(dir)
    const first = await env.make()
    expect(texts(await pollAndAck(first))).toEqual(['1:a', '2:b'])
    appendFileSync(join(dir, 'app.log'), 'c\n')
    // Read but never acknowledged (the process dies before the brokers answer).
    expect(texts((await first.follower.poll()).records)).toEqual(['3:c'])
    await first.follower.close()

    appendFileSync(join(dir, 'app.log'), 'd\n')
    const second = await env.make()
    expect(texts(await pollAndAck(second))).toEqual(['3:c', '4:d'])
    const saved = JSON.parse(readFileSync(join(dir, 'cp.json'), 'utf8'))
    expect(saved.files['app.log']).toMatchObject({ offset: 8, line: 4, format: 'plain' })
    await second.follower.close()
  })

  it('finishes a rotated file before following its successor from the start', async () => {
    const dir = tempDir()
    const log = join(dir, 'app.log')
    writeFileSync(log, 'a\n')
    const env = setup(dir)
    const f = await env.make()
    expect(texts(await pollAndAck(f))).toEqual(['1:a'])
    appendFileSync(log, 'b\nlast-no-newline')
    renameSync(log, `${log}.1`)
    writeFileSync(log, 'new-1\n')
    expect(texts(await pollAndAck(f))).toEqual(['2:b', '3:last-no-newline', '1:new-1'])
    expect(env.logger.entries.some((e) => e.message.includes('rotated; following the new file'))).toBe(true)
    await f.follower.close()
  })

  it('finds a file rotated while stopped by its inode, and reads its rest first', async () => {
    const dir = tempDir()
    const log = join(dir, 'app.log')
    writeFileSync(log, 'a\n')
    const env = setup(dir)
    const f = await env.make()
    await pollAndAck(f)
    await f.follower.close()
    appendFileSync(log, 'b\n')
    renameSync(log, join(dir, 'app.log.2024-05-01'))
    writeFileSync(log, 'fresh\n')
    const g = await env.make()
    expect(texts(await pollAndAck(g))).toEqual(['2:b', '1:fresh'])
    expect(g.checkpoint.get('app.log')).toMatchObject({ offset: 6, line: 1 })
    await g.follower.close()
  })

  it('reads a truncated file again from its start', async () => {
    const dir = tempDir()
    const log = join(dir, 'app.log')
    writeFileSync(log, 'aaaa\nbbbb\n')
    const env = setup(dir)
    const f = await env.make()
    await pollAndAck(f)
    truncateSync(log, 0)
    appendFileSync(log, 'c\n')
    expect(texts(await pollAndAck(f))).toEqual(['1:c'])
    expect(env.logger.entries.some((e) => e.level === 'warn' && e.message.includes('truncated'))).toBe(true)
    await f.follower.close()
  })

  it('forgets a deleted file, and picks up files a glob matches later', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.log'), 'x\n')
    const env = setup(dir, ['*.log'])
    const f = await env.make()
    expect(texts(await pollAndAck(f))).toEqual(['1:x'])
    writeFileSync(join(dir, 'b.log'), 'y\n')
    rmSync(join(dir, 'a.log'))
    const batch = await f.follower.poll()
    expect(texts(batch.records)).toEqual(['1:y'])
    expect(batch.positions.get('a.log')).toBeNull()
    await f.follower.close()
  })

  it('closes an open multi-line record once the file has been quiet, not before', async () => {
    const dir = tempDir()
    const log = join(dir, 'app.log')
    writeFileSync(
      log,
      '2024-05-01 10:00:00 ERROR boom\njava.lang.IllegalStateException: x\n    at a.b(C.java:1)\n',
    )
    const env = setup(dir, ['app.log'], { framing: 'multiline' })
    const f = await env.make()
    expect(await pollAndAck(f)).toEqual([])
    env.advance(500)
    expect(await pollAndAck(f)).toEqual([])
    env.advance(600)
    const [record] = await pollAndAck(f)
    expect(record!.logward.lines).toBe(3)
    expect(f.checkpoint.get('app.log')!.offset).toBe(readFileSync(log).length)
    await f.follower.close()
  })

  it('refuses stdin', () => {
    const dir = tempDir()
    const config = loadConfig({ cwd: dir, overrides: { paths: ['-'] } })
    expect(
      () =>
        new Follower({
          patterns: ['-'],
          config,
          redactor: createRedactor(),
          checkpoint: undefined as unknown as CheckpointStore,
          logger: memoryLogger(),
        }),
    ).toThrow(/stdin/)
  })
})

describe('CheckpointStore', () => {
  it('saves atomically and refuses a damaged file rather than starting over silently', async () => {
    const dir = tempDir()
    const path = join(dir, 'sub', 'cp.json')
    const store = await CheckpointStore.load(path)
    store.set('a.log', { dev: 1, ino: 2, offset: 3, line: 1 })
    await store.save()
    expect((await CheckpointStore.load(path)).get('a.log')).toEqual({ dev: 1, ino: 2, offset: 3, line: 1 })
    writeFileSync(path, '{"version":1,"files":{"a.log":{"dev":1}}}')
    await expect(CheckpointStore.load(path)).rejects.toThrow(/not a logward checkpoint/)
    writeFileSync(path, '{oops')
    await expect(CheckpointStore.load(path)).rejects.toThrow(/not JSON/)
  })
})
