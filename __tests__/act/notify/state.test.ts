import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { afterAlert, afterFollowUp, afterSuppress, decideDelivery } from '../../../src/act/notify/cooldown.js'
import {
  emptyAlertState,
  FORGET_AFTER_MS,
  loadAlertState,
  pruneAlertState,
  saveAlertState,
  type AlertState,
} from '../../../src/act/notify/state-file.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { HOUR, T0 } from './runs.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-state-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const entry = (lastSeenAt: string) => ({
  rule: 'r',
  kind: 'test' as const,
  key: 'C#m',
  title: 'C.m',
  firstAlertAt: lastSeenAt,
  lastSeenAt,
  seen: 1,
  slack: { alertedAt: lastSeenAt, suppressed: 0, channel: 'C1', ts: '1.2' },
})

describe('alert state file', () => {
  it('a missing file is an empty state; a save creates directories and is read back', async () => {
    const path = join(dir, 'deep', 'er', 'state.json')
    expect(await loadAlertState(path)).toEqual(emptyAlertState())
    const state: AlertState = { version: 1, alerts: { abc: entry(new Date(T0).toISOString()) } }
    await saveAlertState(path, state)
    expect(await loadAlertState(path)).toEqual(state)
    // No temporary file is left behind, and the file is private to its owner.
    expect(await readdir(join(dir, 'deep', 'er'))).toEqual(['state.json'])
    expect((await stat(path)).mode & 0o077).toBe(0)
  })

  it('a damaged file is reported and replaced, not fatal', async () => {
    const path = join(dir, 'state.json')
    const logger = memoryLogger()
    await writeFile(path, '{"version":1,"alerts":{"x":')
    expect(await loadAlertState(path, logger)).toEqual(emptyAlertState())
    await writeFile(path, '{"version":7}')
    expect(await loadAlertState(path, logger)).toEqual(emptyAlertState())
    expect(logger.entries.map((e) => e.level)).toEqual(['warn', 'warn'])
  })

  it('replaces the file atomically (rename), so a reader sees the old or the new state', async () => {
    const path = join(dir, 'state.json')
    await saveAlertState(path, { version: 1, alerts: { a: entry('2026-01-01T00:00:00.000Z') } })
    const writes = Array.from({ length: 20 }, (_, i) =>
      saveAlertState(path, { version: 1, alerts: { [`k${i}`]: entry('2026-01-01T00:00:00.000Z') } }),
    )
    const reads = Array.from({ length: 20 }, () =>
      readFile(path, 'utf8').then((t) => JSON.parse(t) as AlertState),
    )
    await Promise.all(writes)
    for (const r of await Promise.all(reads)) expect(Object.keys(r.alerts)).toHaveLength(1)
  })

  it('forgets alerts not seen for 30 days', () => {
    const now = T0 + FORGET_AFTER_MS
    const pruned = pruneAlertState(
      {
        version: 1,
        alerts: {
          old: entry(new Date(T0 - 1).toISOString()),
          recent: entry(new Date(T0 + HOUR).toISOString()),
        },
      },
      now,
    )
    expect(Object.keys(pruned.alerts)).toEqual(['recent'])
  })
})

describe('cooldown decisions', () => {
  const six = 6 * HOUR
  const start = new Date(T0).toISOString()
  it('alert → follow-up (once) → suppress → reminder after the window', () => {
    expect(decideDelivery(undefined, T0, six)).toBe('alert')
    const sent = afterAlert(start, { ts: '1.1' })
    expect(decideDelivery(sent, T0 + HOUR, six)).toBe('follow-up')
    const followed = afterFollowUp(sent, new Date(T0 + HOUR).toISOString())
    expect(decideDelivery(followed, T0 + 2 * HOUR, six)).toBe('suppress')
    expect(afterSuppress(followed).suppressed).toBe(1)
    expect(decideDelivery(followed, T0 + six, six)).toBe('reminder')
    expect(decideDelivery({ ...sent, alertedAt: 'garbage' }, T0, six)).toBe('reminder')
  })

  it('a zero cooldown makes every run a new top-level alert', () => {
    expect(decideDelivery(afterAlert(start), T0, 0)).toBe('reminder')
  })
})
