import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { LogRecord } from '../../src/core/record.js'
import { runDist } from '../helpers/run-dist.js'

const parseLines = (stdout: string): LogRecord[] =>
  stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as LogRecord)

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'logward-cli-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

describe('logward CLI (dist/cli)', () => {
  it('prints help for every command', async () => {
    for (const args of [['--help'], ['parse', '--help'], ['junit', '--help']]) {
      const r = await runDist('cli', args)
      expect(r.code, args.join(' ')).toBe(0)
      expect(r.stdout).toMatch(/Usage: logward/)
    }
  })

  it('parses the example run into ECS records, one per line, stack traces folded', async () => {
    const r = await runDist('cli', ['parse', 'examples/runs/failing/logs'])
    expect(r.code).toBe(0)
    const records = parseLines(r.stdout)
    const files = new Set(records.map((x) => x.log.file.path))
    expect([...files].sort()).toEqual([
      'examples/runs/failing/logs/api.log',
      'examples/runs/failing/logs/deploy-job.log',
      'examples/runs/failing/logs/web.jsonl',
      'examples/runs/failing/logs/worker.log.gz',
    ])
    const javaError = records.find((x) => x.error?.stack_trace?.includes('IllegalStateException'))
    expect(javaError?.log.level).toBe('error')
    expect(javaError?.error?.stack_trace).toContain('Caused by: java.sql.SQLTransientConnectionException')
    const pyError = records.find((x) => x.error?.stack_trace?.includes('AttributeError'))
    expect(pyError?.log.file.path).toBe('examples/runs/failing/logs/worker.log.gz')
    expect(records.every((x) => x['@timestamp'] === undefined || x['@timestamp'].endsWith('Z'))).toBe(true)
    // The deploy log leaks a token; it must not survive.
    expect(r.stdout).not.toContain('ghp_ExampleTokenDoNotUse')
    expect(r.stdout).toContain('[REDACTED')
  })

  it('reads stdin with `-`, applies --service and CI context from flags', async () => {
    const r = await runDist('cli', ['parse', '-', '--service', 'api', '--job', 'build', '--pr', '12'], {
      input: 'INFO starting\nERROR it broke\n',
    })
    expect(r.code).toBe(0)
    const records = parseLines(r.stdout)
    expect(records).toHaveLength(2)
    expect(records[1]).toMatchObject({
      log: { level: 'error', file: { path: '-', line: 2 } },
      service: { name: 'api' },
    })
    expect(records[1]!.ci).toMatchObject({ job: 'build', pr: 12 })
  })

  it('--framing line makes every line a record', async () => {
    const dir = tempDir({ 'a.log': 'ERROR boom\n    at f (x.js:1:1)\n    at g (x.js:2:2)\n' })
    const multi = parseLines((await runDist('cli', ['parse', join(dir, 'a.log')])).stdout)
    const single = parseLines(
      (await runDist('cli', ['parse', join(dir, 'a.log'), '--framing', 'line'])).stdout,
    )
    expect(multi).toHaveLength(1)
    expect(single).toHaveLength(3)
  })

  it('goes on past unreadable inputs, names each, and exits 3', async () => {
    const dir = tempDir({
      'good.log': 'INFO fine\n',
      'blob.bin': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(4096)]),
      'bad.gz': gzipSync('x'.repeat(100)).subarray(0, 15),
    })
    const r = await runDist('cli', [
      'parse',
      join(dir, 'missing.log'),
      join(dir, 'blob.bin'),
      join(dir, 'good.log'),
      join(dir, 'bad.gz'),
    ])
    expect(r.code).toBe(3)
    expect(parseLines(r.stdout).some((x) => x.message.includes('fine'))).toBe(true)
    expect(r.stderr).toMatch(/missing\.log/)
    expect(r.stderr).toMatch(/blob\.bin.*binary|binary.*blob\.bin/i)
    expect(r.stderr).toMatch(/bad\.gz/)
  })

  it('rejects a bad flag value and an unknown config key with exit 2', async () => {
    const r1 = await runDist('cli', ['parse', 'x.log', '--max-record-bytes', 'lots'])
    expect(r1.code).toBe(2)
    expect(r1.stderr).toMatch(/max-record-bytes/)
    const dir = tempDir({ 'logward.yml': 'framng: line\n' })
    const r2 = await runDist('cli', ['parse', 'x.log'], { cwd: dir })
    expect(r2.code).toBe(2)
    expect(r2.stderr).toMatch(/logward\.yml: unknown key "framng" \(did you mean "framing"\?\)/)
  })

  it('exits 2 with a hint when given nothing to read', async () => {
    const r = await runDist('cli', ['parse'], { cwd: tempDir({}) })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no inputs/)
  })

  it('junit --output json follows the tool contract, with an error entry for a non-report', async () => {
    const dir = tempDir({ 'notes.txt': 'hello\n' })
    const r = await runDist('cli', [
      'junit',
      'examples/runs/failing/reports/*.xml',
      join(dir, 'notes.txt'),
      '--output',
      'json',
    ])
    expect(r.code).toBe(3)
    const out = JSON.parse(r.stdout) as {
      files: {
        path: string
        tests: number
        passed: number
        failed: number
        errored: number
        skipped: number
        error?: string
      }[]
      totals: Record<string, number>
    }
    expect(out.files.map((f) => f.path)).toEqual([
      'examples/runs/failing/reports/TEST-api.xml',
      'examples/runs/failing/reports/junit-web.xml',
      join(dir, 'notes.txt'),
    ])
    expect(out.files[0]).toMatchObject({ tests: 5, passed: 4, failed: 1, errored: 0, skipped: 0 })
    expect(out.files[1]).toMatchObject({ tests: 3, passed: 2, failed: 0, skipped: 1 })
    expect(out.files[2]!.error).toMatch(/notes\.txt/)
    expect(out.totals).toEqual({ tests: 8, passed: 6, failed: 1, errored: 0, skipped: 1 })
  })

  it('junit table names the failing test with file and line; --fail-on-failures exits 1', async () => {
    const r = await runDist('cli', [
      'junit',
      'examples/runs/failing/reports/TEST-api.xml',
      '--fail-on-failures',
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/reservesStock/)
    expect(r.stdout).toMatch(/InventoryServiceTest\.java:41/)
    expect(r.stdout).toMatch(/expected reserved=3 but was 0/)
  })
})
