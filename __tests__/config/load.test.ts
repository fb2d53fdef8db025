import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/core/errors.js'
import { renderConfigDocs } from '../../src/config/render-docs.js'
import { coerceSetting, settingInfo, SETTINGS } from '../../src/config/settings-table.js'
import { repoRoot } from '../helpers/shared-data.js'

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'logward-config-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('loadConfig', () => {
  it('applies defaults when there is no file and no flag', () => {
    const config = loadConfig({ cwd: dirWith({}) })
    expect(config.framing).toBe('multiline')
    expect(config['max-record-bytes']).toBe(1048576)
    expect(config.timezone).toBe('UTC')
    expect(config.paths).toEqual([])
  })

  it('reads logward.yml from the working directory and lets flags win', () => {
    const cwd = dirWith({ 'logward.yml': 'framing: line\ntimezone: Europe/Berlin\nservice: api\n' })
    const config = loadConfig({ cwd, overrides: { timezone: 'UTC', service: undefined } })
    expect(config.framing).toBe('line')
    expect(config.timezone).toBe('UTC')
    expect(config.service).toBe('api')
  })

  it('reads settings that have an environment variable: file < environment < flags', () => {
    const cwd = dirWith({ 'logward.yml': 'service: from-file\nenvironment: from-file\n' })
    const env = { LOGWARD_SERVICE: 'from-env', LOGWARD_ENVIRONMENT: 'staging' }
    const config = loadConfig({ cwd, env, overrides: { environment: 'prod' } })
    expect(config.service).toBe('from-env')
    expect(config.environment).toBe('prod')
    expect(loadConfig({ cwd, env: {} }).service).toBe('from-file')
  })

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ cwd: dirWith({ 'logward.yml': 'paths: [a.log]\n' }) })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.paths)).toBe(true)
    expect(() => (config.paths as string[]).push('b')).toThrow()
  })

  it('rejects an unknown key naming the key, the file and a suggestion', () => {
    const cwd = dirWith({ 'logward.yml': 'framin: line\n' })
    expect(() => loadConfig({ cwd })).toThrowError(ConfigError)
    expect(() => loadConfig({ cwd })).toThrowError(
      /logward\.yml: unknown key "framin" \(did you mean "framing"\?\)/,
    )
  })

  it('blames flags, not the file, for a bad flag value', () => {
    const cwd = dirWith({ 'logward.yml': 'framing: line\n' })
    expect(() => loadConfig({ cwd, overrides: { framing: 'words' } })).toThrowError(
      /^command line: framing: /,
    )
  })

  it('names the file for a bad value in it', () => {
    const cwd = dirWith({ 'logward.yml': 'max-record-bytes: 10\n' })
    expect(() => loadConfig({ cwd })).toThrowError(/logward\.yml: max-record-bytes: .*1024/)
  })

  it('rejects an unknown time zone', () => {
    expect(() => loadConfig({ cwd: dirWith({}), overrides: { timezone: 'Mars/Olympus' } })).toThrowError(
      /timezone: not a known time zone/,
    )
  })

  it('reports YAML syntax errors with the line', () => {
    const cwd = dirWith({ 'logward.yml': 'paths:\n  - a\n bad: [\n' })
    expect(() => loadConfig({ cwd })).toThrowError(/logward\.yml:\d+: invalid YAML/)
  })

  it('fails when an explicit config file is missing, and accepts an empty one', () => {
    const cwd = dirWith({ 'empty.yml': '' })
    expect(() => loadConfig({ cwd, file: 'nope.yml' })).toThrowError(/config file nope\.yml does not exist/)
    expect(loadConfig({ cwd, file: 'empty.yml' }).framing).toBe('multiline')
  })

  it('never echoes a secret value in an error', () => {
    const cwd = dirWith({ 'logward.yml': 'secrets: [hunter2-secret-value]\nmax-record-bytes: nope\n' })
    try {
      loadConfig({ cwd })
      expect.unreachable()
    } catch (err) {
      expect(String((err as Error).message)).not.toContain('hunter2')
    }
  })
})

describe('settings table', () => {
  it('coerces text forms of settings to their types', () => {
    expect(coerceSetting(settingInfo('max-record-bytes')!, '2_048')).toBe(2048)
    expect(coerceSetting(settingInfo('paths')!, 'a.log\n  b/*.log \n\n')).toEqual(['a.log', 'b/*.log'])
    expect(coerceSetting(settingInfo('paths')!, ['a', 'b'])).toEqual(['a', 'b'])
    // Left as text so that validation reports it with the setting's name.
    expect(coerceSetting(settingInfo('max-record-bytes')!, 'lots')).toBe('lots')
  })

  it('documents every setting', () => {
    for (const s of SETTINGS) expect(s.description.length, s.key).toBeGreaterThan(10)
  })

  it('docs/configuration.md is generated from the current schema', () => {
    const committed = readFileSync(join(repoRoot, 'docs', 'configuration.md'), 'utf8')
    expect(committed, 'run `npm run docs:config`').toBe(renderConfigDocs())
  })
})
