import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { notifySettingsSchema, sendAlerts } from '../../../src/act/notify/index.js'
import { ServiceError } from '../../../src/core/errors.js'
import { memoryLogger } from '../../../src/core/logger.js'
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js'
import { at, failingRun } from './runs.js'

// A read-only cache directory, a full disk: the state cannot be saved after the alerts went out.
vi.mock('../../../src/act/notify/state-file.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/act/notify/state-file.js')>()),
  saveAlertState: () => Promise.reject(new ServiceError('cannot write the alert state s.json: EROFS')),
}))

let slack: FakeSlack
let dir: string
beforeEach(async () => {
  slack = await startFakeSlack({ token: 'xoxb-t' })
  dir = await mkdtemp(join(tmpdir(), 'logward-save-'))
})
afterEach(async () => {
  await slack.close()
  await rm(dir, { recursive: true, force: true })
})

it('a state file that cannot be written is reported after sending, not thrown', async () => {
  const logger = memoryLogger()
  const result = await sendAlerts(
    failingRun(),
    notifySettingsSchema.parse({
      alerts: [{ name: 'r', when: { 'failed-tests': '>0' }, channels: ['slack'] }],
      'alerts-state': join(dir, 's.json'),
      'slack-webhook-url': slack.webhookUrl,
    }),
    { now: at(0), logger },
  )
  expect(slack.messages).toHaveLength(1)
  expect(result.stateWritten).toBeUndefined()
  expect(result.errors.map((e) => e.message)).toEqual(['cannot write the alert state s.json: EROFS'])
  expect(logger.entries.filter((e) => e.level === 'error').map((e) => e.message)).toEqual([
    'alerts: cannot write the alert state s.json: EROFS',
  ])
})
