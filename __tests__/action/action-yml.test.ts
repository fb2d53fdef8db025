import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { SETTINGS } from '../../src/config/settings-table.js'
import { ANALYZE_ACTION_SETTINGS } from '../../src/action/inputs.js'
import { repoRoot } from '../helpers/shared-data.js'

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml

  it('runs the bundled entry point on node24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/action/index.js')
  })

  it('has one input per setting the analyze action uses, with the same name, and no stray input', () => {
    const settingNames = [...ANALYZE_ACTION_SETTINGS].sort()
    expect(settingNames.every((k) => SETTINGS.some((s) => s.key === k))).toBe(true)
    const actionOnly = ['config']
    const inputs = Object.keys(action.inputs)
      .filter((k) => !actionOnly.includes(k))
      .sort()
    expect(inputs).toEqual(settingNames)
  })

  it('sets no input defaults, so logward.yml can supply them (but the workflow token)', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (name === 'github-token') expect(input.default).toBe('${{ github.token }}')
      else expect(input.default, name).toBeUndefined()
      expect(input.description.length, name).toBeGreaterThan(10)
    }
  })
})
