import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers/shared-data.js'

/** The Quickstart block of the README, as a person would copy it. */
function quickstart(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Quickstart'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.length > 0)
}

describe('README', () => {
  it('starts with the set-up command and ends with the test command', () => {
    const commands = quickstart()
    expect(commands[0]).toBe('npm ci')
    expect(commands.at(-1)).toBe('npm test')
  })

  it('main example runs as written on the embedded default and writes a report a person can open', () => {
    const main = quickstart().find((c) => c.startsWith('npx logward '))!
    expect(main).toBeDefined()
    // Run it where a fresh clone would, but in a copy, so the outputs do not land in this checkout.
    const cwd = mkdtempSync(join(tmpdir(), 'logward-readme-'))
    cpSync(join(repoRoot, 'examples'), join(cwd, 'examples'), { recursive: true })
    const command = main.replace(
      /^npx logward /,
      `"${process.execPath}" "${join(repoRoot, 'dist/cli/index.js')}" `,
    )
    const r = spawnSync('bash', ['-c', command], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    // The example run has a failing test: the verdict is FAIL and the exit code 1, as the README says.
    expect(r.stdout).toMatch(/^FAIL: 1 test failed \(of 8\); \d+ error templates the baseline never had/)
    expect(r.status).toBe(1)
    for (const file of ['summary.md', 'report.html', 'report.json']) {
      expect(existsSync(join(cwd, 'logward-report', file)), file).toBe(true)
    }
    expect(readFileSync(join(cwd, 'logward-report', 'report.html'), 'utf8')).toMatch(/reservesStock/)
    expect(existsSync(join(cwd, '.logward', 'index.sqlite'))).toBe(true)
    // The search example that follows works on what analyze stored.
    const search = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist/cli/index.js'), 'search', 'connection pool', '--level', 'error'],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    )
    expect(search.status).toBe(0)
    expect(search.stdout).toMatch(/connection pool exhausted/)
  })

  it('gate examples run as written: the failing run fails, the fifth good run passes', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('### Post-deploy gate'))
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!
    const commands = block
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .filter((l) => l.startsWith('npx logward gate examples/'))
    expect(commands).toHaveLength(2)
    const cwd = mkdtempSync(join(tmpdir(), 'logward-readme-gate-'))
    cpSync(join(repoRoot, 'examples'), join(cwd, 'examples'), { recursive: true })
    const run = (c: string) =>
      spawnSync(
        'bash',
        ['-c', c.replace(/^npx logward /, `"${process.execPath}" "${join(repoRoot, 'dist/cli/index.js')}" `)],
        {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        },
      )
    const failing = run(commands[0]!)
    expect(failing.stdout).toMatch(/^FAIL \(score/)
    expect(failing.status).toBe(1)
    const passing = run(commands[1]!)
    expect(passing.stdout).toMatch(/^PASS \(score 100/)
    expect(passing.status).toBe(0)
  })
})
