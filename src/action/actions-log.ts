import * as core from '@actions/core'
import type { LogSink } from '../core/logger.js'

/** logward's logger in an action: debug, info, warning and error go to the runner's own commands. */
export const actionsLogSink: LogSink = (level, _namespace, message) => {
  if (level === 'debug') core.debug(message)
  else if (level === 'info') core.info(message)
  else if (level === 'warn') core.warning(message)
  else core.error(message)
}
