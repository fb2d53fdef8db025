import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from './shared-data.js'

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run a bundled entry point of dist/ in a child process, as a user or the runner does. dist/ is checked
 * against src/ by `npm run check:dist` before the tests run in `npm test`.
 */
export function runDist(
  entry: 'cli' | 'action' | 'gate' | 'kibana' | 'ship',
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', entry, 'index.js'), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
    child.stdin.end(options.input ?? '')
  })
}
