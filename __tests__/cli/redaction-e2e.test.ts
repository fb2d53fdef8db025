import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runDist } from '../helpers/run-dist.js'

// One planted secret of each kind the foundation promises to redact. Each value is distinctive so a
// leak anywhere is found by a plain substring search.
const SECRETS = {
  githubToken: 'ghp_R3dact1onTestT0kenAbCdEfGhIjKlMnOpQr',
  githubPat: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234',
  awsKeyId: 'AKIAQWERTYUIOPASDFGH',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWRhY3Rpb24tdGVzdCJ9.c2lnbmF0dXJlLXJlZGFjdGlvbi10ZXN0',
  privateKeyBody: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDredactiontest',
  urlPassword: 'pa55-in-url-Zq9',
  kvPassword: 'kv-pa55word-Xy7',
  jsonSecret: 'json-s3cret-Wv4',
  bearer: 'bearer-t0ken-Ut5abcdefghijklmnop',
  userPattern: 'customer-778899',
  literal: 'literal-secret-Rs3-value',
}

const LOG = [
  `2026-01-01T10:00:00Z INFO deploy: using token ${SECRETS.githubToken}`,
  `2026-01-01T10:00:01Z INFO deploy: fine-grained ${SECRETS.githubPat}`,
  `2026-01-01T10:00:02Z WARN aws: key id ${SECRETS.awsKeyId} aws_secret_access_key=${SECRETS.awsSecret}`,
  `2026-01-01T10:00:03Z INFO auth: session ${SECRETS.jwt}`,
  `2026-01-01T10:00:04Z ERROR tls: could not load key`,
  `-----BEGIN RSA PRIVATE KEY-----`,
  `${SECRETS.privateKeyBody}`,
  `-----END RSA PRIVATE KEY-----`,
  `2026-01-01T10:00:05Z INFO db: connecting to postgres://app:${SECRETS.urlPassword}@db.internal:5432/shop`,
  `2026-01-01T10:00:06Z INFO cfg: loaded password=${SECRETS.kvPassword} retries=3`,
  `2026-01-01T10:00:07Z INFO http: Authorization: Bearer ${SECRETS.bearer}`,
  `2026-01-01T10:00:08Z INFO crm: looked up ${SECRETS.userPattern}`,
  `2026-01-01T10:00:09Z INFO misc: value ${SECRETS.literal}`,
].join('\n')

const JSON_LOG = JSON.stringify({
  level: 'error',
  msg: 'config dump',
  secret: SECRETS.jsonSecret,
  token: SECRETS.githubToken,
})

const JUNIT = `<?xml version="1.0"?>
<testsuite name="s" tests="1" failures="1">
  <testcase name="logs in" classname="AuthTest" file="auth.test.ts" line="3">
    <failure message="login failed, sent Authorization: Bearer ${SECRETS.bearer}">Authorization: Bearer ${SECRETS.bearer}
password=${SECRETS.kvPassword} ${SECRETS.literal}</failure>
  </testcase>
</testsuite>`

function assertClean(where: string, text: string): void {
  for (const [kind, value] of Object.entries(SECRETS)) {
    expect(text.includes(value), `${kind} leaked in ${where}`).toBe(false)
  }
}

describe('redaction reaches every output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'logward-redact-'))
  writeFileSync(join(dir, 'app.log'), LOG)
  writeFileSync(join(dir, 'app.log.gz'), gzipSync(LOG))
  writeFileSync(join(dir, 'svc.jsonl'), JSON_LOG + '\n')
  writeFileSync(join(dir, 'junit.xml'), JUNIT)
  const flags = ['--redact-patterns', 'customer-[0-9]{6}', '--secrets', SECRETS.literal]

  it('parse --output jsonl and table', async () => {
    for (const output of ['jsonl', 'table']) {
      const r = await runDist('cli', ['parse', dir, '--output', output, ...flags])
      expect(r.code).toBe(0)
      expect(r.stdout.length).toBeGreaterThan(100)
      assertClean(`parse --output ${output} stdout`, r.stdout)
      assertClean(`parse --output ${output} stderr`, r.stderr)
    }
  })

  it('junit table and json', async () => {
    for (const output of ['table', 'json']) {
      const r = await runDist('cli', ['junit', join(dir, 'junit.xml'), '--output', output, ...flags])
      assertClean(`junit --output ${output}`, r.stdout + r.stderr)
    }
  })

  it('the action job summary and log', async () => {
    const summary = join(dir, 'summary.md')
    writeFileSync(summary, '')
    writeFileSync(join(dir, 'out.txt'), '')
    const r = await runDist('action', [], {
      env: {
        INPUT_PATHS: dir,
        INPUT_REPORTS: join(dir, 'junit.xml'),
        'INPUT_REDACT-PATTERNS': 'customer-[0-9]{6}',
        INPUT_SECRETS: JSON.stringify({ LITERAL: SECRETS.literal }),
        'INPUT_FAIL-ON': 'never',
        INPUT_OUT: join(dir, 'report'),
        INPUT_STORE: join(dir, 'store'),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: join(dir, 'out.txt'),
      },
    })
    expect(r.code).toBe(0)
    const text = readFileSync(summary, 'utf8')
    expect(text).toMatch(/AuthTest/)
    assertClean('job summary', text)
    for (const file of ['summary.md', 'report.html', 'report.json']) {
      assertClean(file, readFileSync(join(dir, 'report', file), 'utf8'))
    }
    // The embedded store: every part file of the lake and the search index.
    const { readdirSync } = await import('node:fs')
    const { gunzipSync } = await import('node:zlib')
    const parts = readdirSync(join(dir, 'store'), { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    )
    expect(parts.length).toBeGreaterThan(1)
    for (const e of parts) {
      const raw = readFileSync(join(e.parentPath, e.name))
      assertClean(`store ${e.name}`, (e.name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1'))
    }
    // The runner log is masked by the runner for registered secrets; everything else must be clean.
    assertClean('action log', r.stdout.replaceAll(`::add-mask::${SECRETS.literal}`, ''))
  })
})
