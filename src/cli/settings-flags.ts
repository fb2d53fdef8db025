import { Option, type Command } from 'commander'
import { coerceSetting, settingInfo } from '../config/settings-table.js'
import type { ConfigKey } from '../config/schema.js'

/**
 * Add the named settings as flags (`--max-record-bytes 2048`), generated from the schema so help texts
 * and names never drift from the config file and action inputs. List settings are repeatable flags.
 */
export function addSettingFlags(command: Command, keys: readonly ConfigKey[]): Command {
  for (const key of keys) {
    const info = settingInfo(key)
    if (!info) throw new Error(`unknown setting ${key}`)
    if (info.kind === 'boolean') {
      // `--store-records` / `--no-store-records`; neither given leaves the file or default in force.
      command.addOption(new Option(`--${key}`, info.description))
      command.addOption(new Option(`--no-${key}`, `do not: ${key}`))
      continue
    }
    const placeholder = info.kind === 'number' ? 'n' : info.kind === 'list' ? 'value...' : 'value'
    const option = new Option(`--${key} <${placeholder}>`, info.description)
    if (info.values) option.choices(info.values)
    if (info.kind === 'list')
      option.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    command.addOption(option)
  }
  command.addOption(new Option('--config <file>', 'config file (default: ./logward.yml when present)'))
  return command
}

/** Commander's parsed options (camelCase) back to setting names, coerced to the schema's types. */
export function settingOverrides(
  opts: Record<string, unknown>,
  keys: readonly ConfigKey[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const camel = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    const raw = opts[camel]
    if (raw === undefined) continue
    out[key] = coerceSetting(settingInfo(key)!, raw as string | string[] | boolean)
  }
  return out
}

/** Settings that shape how logs are read and parsed; shared by every command that reads logs. */
export const INGEST_KEYS: readonly ConfigKey[] = [
  'framing',
  'max-record-bytes',
  'max-decompressed-bytes',
  'timezone',
  'service',
  'host',
  'redact-patterns',
  'secrets',
  'repository',
  'sha',
  'ref',
  'run-id',
  'job',
  'pr',
  'environment',
  'log-level',
]

/**
 * Where a baseline read from a store comes from (`elasticsearch:`, `hdfs:`, `lake:DIR`): which runs, and the
 * endpoints. Credentials are left to the config file and environment variables, never flags.
 */
export const PAST_RUNS_KEYS: readonly ConfigKey[] = [
  'baseline-runs',
  'baseline-ref',
  'elasticsearch-url',
  'elasticsearch-index',
  'webhdfs-url',
  'webhdfs-root',
]
