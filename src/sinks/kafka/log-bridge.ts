import { logLevel, type logCreator } from 'kafkajs'
import type { Logger } from '../../core/logger.js'

/**
 * kafkajs logs through ours, at debug: kafkajs logs an ERROR line for every error it then retries
 * (a coordinator still loading, a leader moving), and the error that matters reaches us as a rejected
 * promise or a CRASH event, reported once with a hint. Only the message and a few safe fields are kept:
 * kafkajs puts request details in its log entries, and those may hold record contents.
 */
export function kafkaLogCreator(logger: Logger): logCreator {
  const log = logger.child('kafka')
  return () =>
    ({ log: entry }) => {
      const where = [entry.broker, entry.topic, entry.groupId].filter((v) => typeof v === 'string').join(' ')
      const error = typeof entry.error === 'string' ? `: ${entry.error}` : ''
      log.debug(`kafkajs: ${entry.message}${where ? ` (${where})` : ''}${error}`)
    }
}

/** The kafkajs level matching ours: its retries are worth seeing only when debugging. */
export function kafkaLogLevel(level: string): logLevel {
  return level === 'debug' ? logLevel.INFO : logLevel.ERROR
}
