import { readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { ConfigError } from '../core/errors.js'
import {
  CONFIG_KEYS,
  configSchema,
  ENV_VARS,
  SECRET_KEYS,
  type ConfigInput,
  type LogwardConfig,
} from './schema.js'
import { coerceSetting, settingInfo } from './settings-table.js'

export const DEFAULT_CONFIG_FILES = ['logward.yml', 'logward.yaml']

export interface LoadConfigOptions {
  /** An explicit config file (`--config`, input `config`): it must exist. */
  file?: string
  /** Where to look for `logward.yml` when no file is named. */
  cwd?: string
  /** Settings from flags or action inputs; they win over the file. Undefined values are ignored. */
  overrides?: Record<string, unknown>
  /** How to name the overrides in errors: `command line` or `action inputs`. */
  overridesSource?: string
  /** Where settings with an environment variable (ENV_VARS) are read from. Default `process.env`. */
  env?: Record<string, string | undefined>
}

/**
 * Validate settings once, at the edge, into a frozen typed object. Precedence: defaults < config file <
 * environment (ENV_VARS) < flags/inputs. Every error names the setting and where it came from.
 */
export function loadConfig(options: LoadConfigOptions = {}): LogwardConfig {
  const cwd = options.cwd ?? process.cwd()
  const fileInput = readConfigFile(options.file, cwd)
  const overrides = dropUndefined(options.overrides ?? {})
  const fromEnv = readEnv(options.env ?? process.env)
  // Validate each source alone first, so an unknown key is blamed on the place that has it.
  if (fileInput) checkKeys(fileInput.values, fileInput.path)
  checkKeys(overrides, options.overridesSource ?? 'command line')
  const merged = { ...(fileInput?.values ?? {}), ...fromEnv.values, ...overrides }
  const result = configSchema.safeParse(merged)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const key = String(issue.path[0] ?? '')
    const where =
      key in overrides
        ? (options.overridesSource ?? 'command line')
        : key in fromEnv.values
          ? `environment variable ${fromEnv.names[key]}`
          : (fileInput?.path ?? 'settings')
    throw new ConfigError(`${where}: ${formatIssue(issue)}`, {
      hint: `see docs/configuration.md for \`${key}\``,
    })
  }
  // Credentials given as settings are secrets too: redacted wherever they appear.
  const credentials = SECRET_KEYS.map((k) => result.data[k]).filter((v): v is string => typeof v === 'string')
  if (credentials.length > 0) result.data.secrets = [...new Set([...result.data.secrets, ...credentials])]
  return deepFreeze(result.data)
}

function readConfigFile(
  file: string | undefined,
  cwd: string,
): { path: string; values: Record<string, unknown> } | undefined {
  let path: string | undefined
  if (file) {
    path = resolve(cwd, file)
    if (!existsSync(path)) {
      throw new ConfigError(`config file ${file} does not exist`, {
        hint: 'check the path given to --config',
      })
    }
  } else {
    path = DEFAULT_CONFIG_FILES.map((name) => resolve(cwd, name)).find((p) => existsSync(p))
    if (!path) return undefined
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (cause) {
    throw new ConfigError(`cannot read config file ${path}: ${(cause as Error).message}`, { cause })
  }
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    const line = first.linePos?.[0]?.line
    throw new ConfigError(`${path}${line ? `:${line}` : ''}: invalid YAML: ${first.code}`, {
      hint: 'fix the YAML syntax (indentation, quoting) at that line',
    })
  }
  const values = doc.toJS() as unknown
  if (values === null || values === undefined) return { path, values: {} }
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new ConfigError(`${path}: the config file must be a mapping of settings (key: value)`)
  }
  return { path, values: values as Record<string, unknown> }
}

function readEnv(env: Record<string, string | undefined>): {
  values: Record<string, unknown>
  names: Record<string, string>
} {
  const values: Record<string, unknown> = {}
  const names: Record<string, string> = {}
  for (const [key, name] of Object.entries(ENV_VARS)) {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') continue
    const info = settingInfo(key)!
    // Lists in one environment variable are comma-separated (LOGWARD_KAFKA_BROKERS=k1:9092,k2:9092).
    values[key] = coerceSetting(info, info.kind === 'list' ? raw.split(',') : raw)
    names[key] = name
  }
  return { values, names }
}

function checkKeys(values: Record<string, unknown>, where: string): void {
  for (const key of Object.keys(values)) {
    if ((CONFIG_KEYS as string[]).includes(key)) continue
    const suggestion = closest(key, CONFIG_KEYS)
    throw new ConfigError(
      `${where}: unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      {
        hint: 'docs/configuration.md lists every setting',
      },
    )
  }
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

function dropUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined))
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

export type { ConfigInput }
