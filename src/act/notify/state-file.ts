import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ServiceError } from '../../core/errors.js'
import type { Logger } from '../../core/logger.js'

/**
 * What logward remembers between runs about the alerts it sent, keyed by fingerprint: when an alert first
 * went out, when each channel last sent, the Slack thread and the Jira issue. It holds ids and times only:
 * no token, no message text. On an ephemeral CI runner it must be carried between runs (actions/cache) or
 * every run looks like the first; Jira's label search still prevents duplicate issues then.
 */
const channelStateSchema = z.object({
  /** When this channel last sent a top-level alert: the start of the cooldown window. */
  alertedAt: z.string(),
  /** The one follow-up (thread reply, Jira comment) allowed inside the window, when it was sent. */
  followedUpAt: z.string().optional(),
  /** Recurrences that sent nothing since the last message, told in the next one. */
  suppressed: z.number().int().nonnegative().default(0),
  /** Slack Web API: where the thread is. Absent for the incoming webhook, which has no threads. */
  channel: z.string().optional(),
  ts: z.string().optional(),
  /** Jira: the issue this alert is tracked in. */
  issueKey: z.string().optional(),
})

const entrySchema = z.object({
  rule: z.string(),
  kind: z.enum(['test', 'template', 'run']),
  key: z.string(),
  title: z.string(),
  firstAlertAt: z.string(),
  lastSeenAt: z.string(),
  lastSentAt: z.string().optional(),
  /** Runs this alert matched in. */
  seen: z.number().int().nonnegative(),
  slack: channelStateSchema.optional(),
  jira: channelStateSchema.optional(),
})

const stateSchema = z.object({
  version: z.literal(1),
  alerts: z.record(z.string(), entrySchema),
})

export type ChannelState = z.output<typeof channelStateSchema>
export type AlertStateEntry = z.output<typeof entrySchema>
export type AlertState = z.output<typeof stateSchema>

export const DEFAULT_STATE_PATH = '.logward/alerts-state.json'

/** An alert not seen for this long is forgotten: its next occurrence is news again. */
export const FORGET_AFTER_MS = 30 * 86_400_000

export function emptyAlertState(): AlertState {
  return { version: 1, alerts: {} }
}

/**
 * A missing file is a first run. A damaged one (a cache restored half-way, a hand edit) is reported and
 * replaced: losing the memory of past alerts costs one duplicate message, failing the alert costs more.
 */
export async function loadAlertState(path: string, logger?: Logger): Promise<AlertState> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyAlertState()
    throw new ServiceError(`cannot read the alert state ${path}: ${(error as Error).message}`, {
      hint: 'check the path given as alerts-state and its permissions',
    })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    logger?.warn(`alert state ${path} is not valid JSON; starting afresh (past alerts may be sent again)`)
    return emptyAlertState()
  }
  const result = stateSchema.safeParse(parsed)
  if (!result.success) {
    logger?.warn(`alert state ${path} is not a logward alert state; starting afresh`)
    return emptyAlertState()
  }
  return result.data
}

/**
 * Write to a temporary file beside the target, then rename over it: a crash or a concurrent reader never
 * sees half a file (rename is atomic within a file system).
 */
export async function saveAlertState(path: string, state: AlertState): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(tmp, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 })
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw new ServiceError(`cannot write the alert state ${path}: ${(error as Error).message}`, {
      hint: 'check that the directory of alerts-state is writable',
    })
  }
}

/** Drop alerts not seen for `FORGET_AFTER_MS`, so the file stays small. */
export function pruneAlertState(state: AlertState, now: number): AlertState {
  const alerts = Object.fromEntries(
    Object.entries(state.alerts).filter(([, e]) => now - Date.parse(e.lastSeenAt) < FORGET_AFTER_MS),
  )
  return { version: 1, alerts }
}
