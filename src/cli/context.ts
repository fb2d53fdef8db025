import { loadConfig } from '../config/load.js'
import type { ConfigKey, LogwardConfig } from '../config/schema.js'
import { createLogger, stderrSink, type Logger } from '../core/logger.js'
import { settingOverrides } from './settings-flags.js'

/** What every command starts from: validated settings and a logger on stderr. */
export interface CommandContext {
  config: LogwardConfig
  logger: Logger
}

export function commandContext(
  opts: Record<string, unknown>,
  keys: readonly ConfigKey[],
  extra: Record<string, unknown> = {},
): CommandContext {
  const config = loadConfig({
    ...(typeof opts.config === 'string' ? { file: opts.config } : {}),
    overrides: { ...settingOverrides(opts, keys), ...extra },
    overridesSource: 'command line',
  })
  return { config, logger: createLogger(stderrSink, config['log-level']) }
}
