export { loadConfig, DEFAULT_CONFIG_FILES, type LoadConfigOptions } from './load.js'
export { configSchema, CONFIG_KEYS, type LogwardConfig, type ConfigInput, type ConfigKey } from './schema.js'
