import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from '../../helpers/shared-data.js'

const SCRIPT = join(repoRoot, 'scripts', 'services.sh')

/**
 * `scripts/services.sh ARGS` (kill, start --keep-data, stop --keep-data), for the tests that crash or
 * stop a server. Resolves with its output; rejects with it when the script fails, so a server that does
 * not come back fails the test with the reason.
 */
export function services(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`services.sh ${args.join(' ')} exited ${code}:\n${out}`)),
    )
  })
}
