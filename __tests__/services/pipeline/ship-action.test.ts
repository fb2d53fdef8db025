import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDist } from '../../helpers/run-dist.js'
import { repoRoot } from '../../helpers/shared-data.js'
import { KAFKA_BROKER, requireKafka, uniqueName } from '../reachability.js'
import { kafka } from './helpers.js'

// The ship action through its bundle (dist/ship/index.js), as the runner runs it: the main step starts
// the follower and returns, the job writes its log, the post step flushes. A real broker counts.

const BUNDLE = join(repoRoot, 'dist', 'ship', 'index.js')

beforeAll(async () => {
  await requireKafka()
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`)
})

async function topicMessages(topic: string): Promise<number> {
  const admin = kafka().admin()
  await admin.connect()
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0)
  } catch {
    return 0
  } finally {
    await admin.disconnect()
  }
}

/** The runner's files and variables for one job: inputs, state and outputs. */
function job(topic: string) {
  const dir = mkdtempSync(join(tmpdir(), 'logward-ship-action-'))
  const state = join(dir, 'state')
  const output = join(dir, 'output')
  writeFileSync(state, '')
  writeFileSync(output, '')
  const log = join(dir, 'work', 'job.log')
  const env: Record<string, string> = {
    RUNNER_TEMP: dir,
    GITHUB_STATE: state,
    GITHUB_OUTPUT: output,
    INPUT_PATHS: log,
    'INPUT_KAFKA-BROKERS': KAFKA_BROKER,
    'INPUT_KAFKA-TOPIC': topic,
    INPUT_FRAMING: 'line',
    'INPUT_FLUSH-TIMEOUT': '60',
  }
  /** `name<<delimiter\nvalue\ndelimiter` entries of GITHUB_STATE (what @actions/core writes). */
  const saved = (name: string): string | undefined =>
    new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(readFileSync(state, 'utf8'))?.[2]
  const lines = (from: number, n: number): void => {
    const text = Array.from(
      { length: n },
      (_, i) => `2024-05-01T10:00:00.${String(from + i).padStart(3, '0')}Z INFO step ${from + i} done`,
    ).join('\n')
    appendFileSync(log, text + '\n')
  }
  return { dir, env, saved, lines, log }
}

describe('the ship action (bundle) with a real broker', () => {
  const dirs: string[] = []
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  it('main follows the job log in the background; post flushes what is left: each line once', async () => {
    const topic = uniqueName('lwshipaction')
    const j = job(topic)
    dirs.push(j.dir)
    const main = await runDist('ship', [], { env: j.env })
    expect(main.code, main.stdout + main.stderr).toBe(0)
    const pid = j.saved('follower-pid')
    expect(Number(pid)).toBeGreaterThan(0)
    // The job's steps write after the main step returned (the file did not exist then).
    mkdirSync(join(j.dir, 'work'), { recursive: true })
    j.lines(0, 400)
    for (let i = 0; i < 200 && (await topicMessages(topic)) < 400; i++) await sleep(100)
    expect(await topicMessages(topic)).toBe(400)
    // Written just before the job ends: only the post step's flush can send these.
    j.lines(400, 600)
    const post = await runDist('ship', [], { env: { ...j.env, 'STATE_follower-pid': pid! } })
    expect(post.code, post.stdout + post.stderr).toBe(0)
    expect(post.stdout).toMatch(/shipped [\d,]+ records/)
    expect(await topicMessages(topic)).toBe(1000)
    expect(readFileSync(join(j.env.GITHUB_OUTPUT!), 'utf8')).toMatch(/^records<<\S+\n1,?000\n/m)
    let gone = false
    try {
      process.kill(Number(pid), 0)
    } catch {
      gone = true
    }
    expect(gone).toBe(true)
  }, 180_000)

  it('a follower killed before the post step: post ships from its checkpoint, nothing lost or doubled', async () => {
    const topic = uniqueName('lwshipkill')
    const j = job(topic)
    dirs.push(j.dir)
    mkdirSync(join(j.dir, 'work'), { recursive: true })
    j.lines(0, 300)
    const main = await runDist('ship', [], { env: j.env })
    expect(main.code, main.stdout + main.stderr).toBe(0)
    const pid = Number(j.saved('follower-pid'))
    for (let i = 0; i < 200 && (await topicMessages(topic)) < 300; i++) await sleep(100)
    expect(await topicMessages(topic)).toBe(300)
    // The checkpoint is saved right after the acks; give it that moment, then kill without warning.
    await sleep(1000)
    process.kill(pid, 'SIGKILL')
    j.lines(300, 200)
    const post = await runDist('ship', [], { env: { ...j.env, 'STATE_follower-pid': String(pid) } })
    expect(post.code, post.stdout + post.stderr).toBe(0)
    expect(post.stdout).toContain('shipping from its checkpoint')
    expect(await topicMessages(topic)).toBe(500)
  }, 180_000)
})
