import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command, CommanderError } from 'commander'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerSearchCommand } from '../../src/cli/commands/search.js'
import { ConfigError, ExitCode } from '../../src/core/errors.js'
import type { LogRecord } from '../../src/core/record.js'
import { StoreNotFoundError } from '../../src/sinks/search-index/errors.js'
import { indexPath, SearchIndex } from '../../src/sinks/search-index/search-index.js'
import { makeRecord } from '../sinks/lake/make-records.js'

/**
 * The command run in-process through a Commander program of its own (dist/ gets it once it is registered
 * in program.ts). Errors reach the test as they reach src/cli/index.ts, which maps ConfigError to exit 2.
 */
async function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const stdout: string[] = []
  const stderr: string[] = []
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk))
    return true
  })
  const program = new Command('logward')
    .exitOverride()
    .configureOutput({ writeOut: (s) => stdout.push(s), writeErr: (s) => stderr.push(s) })
  registerSearchCommand(program)
  try {
    await program.parseAsync(['search', ...args], { from: 'user' })
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
  return { stdout: stdout.join(''), stderr: stderr.join('') }
}

const at = (minute: number): string => new Date(Date.now() - (60 - minute) * 60_000).toISOString()

function makeStore(): string {
  const store = mkdtempSync(join(tmpdir(), 'logward-store-'))
  const index = SearchIndex.open(indexPath(store))
  index.insert([
    makeRecord({
      line: 1,
      timestamp: at(0),
      level: 'info',
      service: 'api',
      message: 'server started',
      path: 'logs/api.log',
    }),
    makeRecord({
      line: 2,
      timestamp: at(10),
      level: 'warn',
      service: 'api',
      message: 'slow query 1200 ms',
      path: 'logs/api.log',
      templateId: 't2',
      template: 'slow query <*> ms',
    }),
    makeRecord({
      line: 3,
      timestamp: at(20),
      level: 'error',
      service: 'api',
      message: 'connection refused to 10.0.0.1:5432\nretrying',
      path: 'logs/api.log',
      templateId: 't3',
      template: 'connection refused to <*>',
    }),
    makeRecord({
      line: 9,
      timestamp: at(50),
      level: 'error',
      service: 'worker',
      message: 'connection refused to 10.0.0.2:5432',
      path: 'logs/worker.log.gz',
      templateId: 't3',
      template: 'connection refused to <*>',
    }),
    makeRecord({
      line: 4,
      timestamp: '2020-01-01T00:00:00.000Z',
      level: 'fatal',
      service: 'api',
      message: 'ancient crash',
      path: 'logs/api.log',
    }),
  ])
  index.close()
  return store
}

const records = (stdout: string): LogRecord[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as LogRecord)

let previousNoColor: string | undefined
beforeEach(() => {
  previousNoColor = process.env.NO_COLOR
  process.env.NO_COLOR = '1'
})
afterEach(() => {
  if (previousNoColor === undefined) delete process.env.NO_COLOR
  else process.env.NO_COLOR = previousNoColor
})

describe('logward search', () => {
  it('prints matching records as JSON lines, newest first', async () => {
    const store = makeStore()
    const { stdout, stderr } = await run(['connection refused', '--store', store, '--output', 'jsonl'])
    expect(records(stdout).map((r) => r.log.file.line)).toEqual([9, 3])
    expect(stderr).toMatch(/2 of 2 matching records/)
  })

  it('prints a table: time, level, service, first line of the message, path:line', async () => {
    const store = makeStore()
    const { stdout } = await run(['10.0.0.1', '--store', store])
    const rows = stdout.trimEnd().split('\n')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} +ERROR +api +connection refused to 10\.0\.0\.1:5432 \(\+1 lines\) +logs\/api\.log:3$/,
    )
    expect(stdout).not.toContain('\x1b[')
  })

  it('filters by level (repeatable, comma lists, warn+), service, template and time', async () => {
    const store = makeStore()
    const lines = async (...args: string[]): Promise<number[]> =>
      records((await run([...args, '--store', store, '-o', 'jsonl'])).stdout).map((r) => r.log.file.line)
    expect(await lines('--level', 'error')).toEqual([9, 3])
    expect(await lines('--level', 'warn,info', '--level', 'fatal')).toEqual([2, 1, 4])
    expect(await lines('--level', 'warn+')).toEqual([9, 3, 2, 4])
    expect(await lines('--service', 'worker')).toEqual([9])
    expect(await lines('--template', 't3')).toEqual([9, 3])
    expect(await lines('--since', '30m')).toEqual([9])
    expect(await lines('--since', '45m')).toEqual([9, 3])
    expect(await lines('--since', '2019-12-31', '--until', '2020-01-02')).toEqual([4])
    expect(await lines('--limit', '2')).toEqual([9, 3])
    expect(await lines('--limit', '2', '--offset', '2')).toEqual([2, 1])
    expect(await lines('conn*', 'OR', 'ancient', '--sort', 'rank')).toHaveLength(3)
  })

  it('lists everything the filters select when there is no query, and says how to page', async () => {
    const store = makeStore()
    const { stdout, stderr } = await run(['--store', store, '-o', 'jsonl', '--limit', '3'])
    expect(records(stdout)).toHaveLength(3)
    expect(stderr).toMatch(/3 of 5 matching records; --offset 3 for more/)
  })

  it('counts by a field', async () => {
    const store = makeStore()
    const { stdout } = await run(['--store', store, '--count-by', 'template', '--level', 'error,warn'])
    expect(stdout.split('\n')[0]).toMatch(/^\s+2 {2}t3 {2}connection refused to <\*>$/)
    const json = await run(['--store', store, '--count-by', 'level', '-o', 'jsonl'])
    expect(json.stdout.split('\n')[0]).toBe('{"value":"error","count":2}')
  })

  it('never fails on hostile query text', async () => {
    const store = makeStore()
    for (const q of ['"', '-', 'NEAR(', "'; DROP TABLE records; --", 'foo-bar', 'a:b', '*', '(((']) {
      await expect(run([q, '--store', store, '-o', 'jsonl']), q).resolves.toBeDefined()
    }
    const { stderr } = await run(['-', '--store', store, '-o', 'jsonl', '--limit', '1'])
    expect(stderr).toMatch(/warning: query: the query has no letters or digits/)
    expect(records((await run(['--store', store, '-o', 'jsonl'])).stdout)).toHaveLength(5)
  })

  it('a missing store is a usage error (exit 2) with a hint to run analyze first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logward-nostore-'))
    const err = await run(['x', '--store', join(dir, '.logward')]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreNotFoundError)
    expect(err).toBeInstanceOf(ConfigError) // src/cli/index.ts: ConfigError → ExitCode.usage
    expect(ExitCode.usage).toBe(2)
    expect((err as StoreNotFoundError).message).toMatch(/no logward store here/)
    expect((err as StoreNotFoundError).hint).toMatch(/run `logward analyze <logs>` first/)
  })

  it('rejects bad flag values as usage errors naming the flag', async () => {
    const store = makeStore()
    const cases: [string[], RegExp][] = [
      [['--level', 'loud'], /--level: unknown level "loud"/],
      [['--since', 'yesterday'], /--since: cannot read "yesterday"/],
      [['--since', '1h', '--until', '2h'], /--since must be before --until/],
      [['--limit', 'ten'], /--limit must be a whole number/],
    ]
    for (const [args, message] of cases) {
      const err = await run([...args, '--store', store]).catch((e: unknown) => e)
      expect(err, args.join(' ')).toBeInstanceOf(ConfigError)
      expect((err as ConfigError).message).toMatch(message)
      expect((err as ConfigError).hint).toBeTruthy()
    }
    const choice = await run(['--output', 'xml', '--store', store]).catch((e: unknown) => e)
    expect(choice).toBeInstanceOf(CommanderError)
  })

  it('has help with the query language and examples', async () => {
    let help = ''
    const program = new Command('logward').exitOverride().configureOutput({ writeOut: (s) => (help += s) })
    registerSearchCommand(program)
    const err = await program.parseAsync(['search', '--help'], { from: 'user' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommanderError)
    expect((err as CommanderError).exitCode).toBe(0)
    expect(help).toMatch(/Usage: logward search \[options\] \[query\.\.\.\]/)
    for (const flag of [
      '--level',
      '--service',
      '--since',
      '--until',
      '--template',
      '--limit',
      '--store',
      '--output',
    ])
      expect(help).toContain(flag)
    expect(help).toMatch(/Query language:[\s\S]*Examples:\n {2}\$ logward search/)
  })
})
