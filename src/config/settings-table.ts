import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { configSchema, type ConfigKey } from './schema.js'

/**
 * The schema seen as a table of settings (name, kind, default, allowed values, description), derived
 * once from the zod schema. Flags, action inputs and docs/configuration.md are all generated from it,
 * so the three cannot drift apart.
 */
export interface SettingInfo {
  key: ConfigKey
  kind: 'string' | 'number' | 'boolean' | 'list' | 'yaml' | 'enum'
  description: string
  default?: unknown
  values?: string[]
}

interface JsonSchemaProp {
  type?: string
  enum?: string[]
  default?: unknown
  description?: string
  items?: unknown
}

export const SETTINGS: readonly SettingInfo[] = (() => {
  const json = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonSchemaProp>
  }
  return Object.entries(json.properties).map(([key, prop]) => {
    const kind: SettingInfo['kind'] = prop.enum
      ? 'enum'
      : prop.type === 'array'
        ? (prop.items as { type?: string } | undefined)?.type === 'string'
          ? 'list'
          : 'yaml'
        : prop.type === 'integer' || prop.type === 'number'
          ? 'number'
          : prop.type === 'boolean'
            ? 'boolean'
            : 'string'
    return {
      key: key as ConfigKey,
      kind,
      description: prop.description ?? '',
      ...(prop.default !== undefined ? { default: prop.default } : {}),
      ...(prop.enum ? { values: prop.enum } : {}),
    }
  })
})()

export function settingInfo(key: string): SettingInfo | undefined {
  return SETTINGS.find((s) => s.key === key)
}

/**
 * Turn the text form of a setting (a flag value, an action input) into the type the schema wants.
 * Lists accept one value per line or comma-separated values; a number that does not parse is left as
 * text so that validation reports it with the setting's name.
 */
export function coerceSetting(info: SettingInfo, raw: string | string[] | boolean): unknown {
  switch (info.kind) {
    case 'list': {
      if (typeof raw === 'boolean') return raw
      const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(/\r?\n/))
      return parts.map((p) => p.trim()).filter((p) => p.length > 0)
    }
    case 'number': {
      if (typeof raw === 'boolean') return raw
      const text = (Array.isArray(raw) ? raw.at(-1)! : raw).trim()
      const n = Number(text.replace(/_/g, ''))
      return text !== '' && Number.isFinite(n) ? n : text
    }
    case 'yaml': {
      // Structured settings (alert rules) given as text: a YAML (or JSON) list, as in logward.yml.
      if (typeof raw === 'boolean') return raw
      const text = Array.isArray(raw) ? raw.join('\n') : raw
      try {
        return parseYaml(text) as unknown
      } catch {
        return text
      }
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw
      const text = (Array.isArray(raw) ? raw.at(-1)! : raw).trim().toLowerCase()
      if (['true', 'yes', 'on', '1'].includes(text)) return true
      if (['false', 'no', 'off', '0'].includes(text)) return false
      return text
    }
    default:
      return typeof raw === 'boolean' ? raw : (Array.isArray(raw) ? raw.at(-1)! : raw).trim()
  }
}
