// Fails when dist/ is not what `npm run build` makes from the current src/: it builds into a temporary
// folder and compares every file with dist/. Run by `npm test` (and so by CI) so that a change to
// src/ without a rebuilt, committed dist/ cannot land.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'logward-dist-'))
try {
  execFileSync('npx', ['rollup', '-c', 'rollup.config.js', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LOGWARD_DIST_DIR: fresh },
  })
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)))
          .sort()
      : []
  const built = list(fresh)
  const committed = list('dist')
  const problems = []
  for (const f of built) {
    if (!committed.includes(f)) problems.push(`missing in dist/: ${f}`)
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f))))
      problems.push(`stale: dist/${f}`)
  }
  for (const f of committed) if (!built.includes(f)) problems.push(`not built from src/ any more: dist/${f}`)
  if (problems.length > 0) {
    console.error(
      `dist/ is out of date with src/:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`,
    )
    process.exit(1)
  }
  console.log(`dist/ is up to date (${built.length} files)`)
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
