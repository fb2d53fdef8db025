import { Option, type Command } from 'commander'
import { z } from 'zod'
import { CONFIG_KEYS, type ConfigKey } from '../../config/schema.js'
import { coerceSetting, type SettingInfo } from '../../config/settings-table.js'
import { ConfigError } from '../../core/errors.js'
import type { LogwardConfig } from '../../config/schema.js'

export * from './pipeline-settings.js'
import {
  PIPELINE_ENV_VARS,
  PIPELINE_KEYS,
  pipelineSchema,
  type PipelineKey,
  type PipelineSettings,
} from './pipeline-settings.js'

/** The settings table of these keys (name, kind, default, values), derived as settings-table.ts does. */
const INFO: ReadonlyMap<string, SettingInfo> = (() => {
  const json = z.toJSONSchema(pipelineSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { type?: string; enum?: string[]; default?: unknown; description?: string }>
  }
  const out = new Map<string, SettingInfo>()
  for (const [key, prop] of Object.entries(json.properties)) {
    const kind: SettingInfo['kind'] = prop.enum
      ? 'enum'
      : prop.type === 'array'
        ? 'list'
        : prop.type === 'integer' || prop.type === 'number'
          ? 'number'
          : prop.type === 'boolean'
            ? 'boolean'
            : 'string'
    out.set(key, {
      key: key as ConfigKey,
      kind,
      description: prop.description ?? '',
      ...(prop.default !== undefined ? { default: prop.default } : {}),
      ...(prop.enum ? { values: prop.enum } : {}),
    })
  }
  return out
})()

export function pipelineSettingInfo(key: PipelineKey): SettingInfo {
  return INFO.get(key)!
}

/** Flags for these settings, as addSettingFlags makes them (same names, kinds and help texts). */
export function addPipelineFlags(command: Command, keys: readonly PipelineKey[]): Command {
  for (const key of keys) {
    const info = pipelineSettingInfo(key)
    const env = PIPELINE_ENV_VARS[key]
    const description = env ? `${info.description} [env ${env}]` : info.description
    if (info.kind === 'boolean') {
      command.addOption(new Option(`--${key}`, description))
      command.addOption(new Option(`--no-${key}`, `do not: ${key}`))
      continue
    }
    const placeholder = info.kind === 'number' ? 'n' : info.kind === 'list' ? 'value...' : 'value'
    const option = new Option(`--${key} <${placeholder}>`, description)
    if (info.values) option.choices(info.values)
    if (info.kind === 'list')
      option.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    command.addOption(option)
  }
  return command
}

/** Keys already in the main schema: loadConfig reads them (file, environment, flags) itself. */
export function mergedKeys(keys: readonly PipelineKey[]): ConfigKey[] {
  return keys.filter((k) => (CONFIG_KEYS as string[]).includes(k)) as unknown as ConfigKey[]
}

/**
 * The pipeline settings, validated: defaults < config file < environment < flags. Keys the main schema
 * has come from `config` (loadConfig applied that order); the others from the flags and the
 * environment here. Errors name the setting and where its value came from; values never appear in them.
 */
export function resolvePipelineSettings(
  config: LogwardConfig,
  opts: Record<string, unknown>,
  env: Record<string, string | undefined> = process.env,
): PipelineSettings {
  const values: Record<string, unknown> = {}
  const source: Record<string, string> = {}
  const loaded = config as unknown as Record<string, unknown>
  for (const key of PIPELINE_KEYS) {
    if ((CONFIG_KEYS as string[]).includes(key)) {
      if (loaded[key] !== undefined) {
        values[key] = loaded[key]
        source[key] = 'settings'
      }
      continue
    }
    const info = pipelineSettingInfo(key)
    const camel = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    const flag = opts[camel]
    const envName = PIPELINE_ENV_VARS[key]
    const fromEnv = envName ? env[envName] : undefined
    if (flag !== undefined) {
      values[key] = coerceSetting(info, flag as string | string[] | boolean)
      source[key] = 'command line'
    } else if (envName && fromEnv !== undefined && fromEnv.trim() !== '') {
      values[key] = coerceSetting(info, info.kind === 'list' ? fromEnv.split(',') : fromEnv)
      source[key] = envName
    }
  }
  const result = pipelineSchema.safeParse(values)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const key = String(issue.path[0] ?? '')
    throw new ConfigError(`${source[key] ?? 'settings'}: ${key}: ${issue.message}`, {
      hint: `see docs/architecture.md for \`${key}\``,
    })
  }
  return Object.freeze(result.data)
}
