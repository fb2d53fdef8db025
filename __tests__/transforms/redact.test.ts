import { Buffer } from 'node:buffer'

import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/core/errors.js'
import { createRedactor, isSecretKey, mayHoldSecret, MIN_SECRET_LENGTH } from '../../src/transforms/redact.js'

// Secrets are assembled at run time from a seeded generator, so no token-shaped literal sits in the repo for
// secret scanners (push protection) to trip on, and each test knows exactly which value must disappear.
let seed = 42
function random(
  length: number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
): string {
  let s = ''
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    s += alphabet[seed % alphabet.length]
  }
  return s
}
const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const ghp = 'gh' + 'p_' + random(36)
const ghs = 'gh' + 's_' + random(36)
const pat = 'github' + '_pat_' + random(22) + '_' + random(59)
const awsId = 'AK' + 'IA' + random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
const awsSecret = random(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+')
const jwt =
  'ey' +
  'J' +
  Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url').slice(3) +
  '.' +
  Buffer.from('{"sub":"1234567890","name":"ci-bot","iat":1710000000}').toString('base64url') +
  '.' +
  random(43, b64url)
const slack = 'xo' + 'xb-' + random(12, '0123456789') + '-' + random(13, '0123456789') + '-' + random(24)
const google = 'AI' + 'za' + random(35, b64url)
const stripe = 'sk' + '_live_' + random(24)
const npm = 'np' + 'm_' + random(36)
const pem = [
  '-----BEGIN RSA ' + 'PRIVATE KEY-----',
  random(64, b64url.slice(0, 62) + '+/'),
  random(64, b64url.slice(0, 62) + '+/'),
  random(20, b64url.slice(0, 62) + '+/') + '==',
  '-----END RSA ' + 'PRIVATE KEY-----',
].join('\n')
const password = 'Tr0ub4dor&3-' + random(6)

interface Case {
  name: string
  line: string
  secrets: string[]
  keep: string[]
}

const cases: Case[] = [
  {
    name: 'GitHub classic token',
    line: `2024-03-12T14:10:00.1Z Using token ${ghp} to push tags`,
    secrets: [ghp],
    keep: ['2024-03-12T14:10:00.1Z Using token ', ' to push tags'],
  },
  {
    name: 'GitHub installation token in a clone URL (the password part)',
    line: `[command]/usr/bin/git clone https://x-access-token:${ghs}@github.com/example/orders.git`,
    secrets: [ghs],
    keep: ['https://x-access-token:', '@github.com/example/orders.git'],
  },
  {
    name: 'GitHub fine-grained token',
    line: `gh auth login --with-token <<< ${pat}`,
    secrets: [pat],
    keep: ['gh auth login --with-token <<< '],
  },
  {
    name: 'AWS access key id and secret key (env form)',
    line: `AWS_ACCESS_KEY_ID=${awsId} aws_secret_access_key=${awsSecret} AWS_REGION=eu-west-1`,
    secrets: [awsId, awsSecret],
    keep: ['AWS_ACCESS_KEY_ID=', ' aws_secret_access_key=', ' AWS_REGION=eu-west-1'],
  },
  {
    name: 'AWS secret key in JSON (SecretAccessKey)',
    line: `{"Credentials":{"AccessKeyId":"${awsId}","SecretAccessKey":"${awsSecret}","Expiration":"2024-03-12T15:10:00Z"}}`,
    secrets: [awsId, awsSecret],
    keep: ['"SecretAccessKey":"', '"Expiration":"2024-03-12T15:10:00Z"'],
  },
  {
    name: 'JWT on its own',
    line: `DEBUG oidc: got id token ${jwt} (expires in 300s)`,
    secrets: [jwt],
    keep: ['DEBUG oidc: got id token ', ' (expires in 300s)'],
  },
  {
    name: 'Authorization: Bearer header',
    line: `> Authorization: Bearer ${jwt}`,
    secrets: [jwt],
    keep: ['> Authorization: Bearer '],
  },
  {
    name: 'Authorization: Basic header in curl -H',
    line: `curl -sS -H "Authorization: Basic ${Buffer.from('deploy:' + password).toString('base64')}" https://artifacts.example.com/api`,
    secrets: [Buffer.from('deploy:' + password).toString('base64')],
    keep: ['curl -sS -H "Authorization: Basic ', '" https://artifacts.example.com/api'],
  },
  {
    name: 'Authorization: token header (GitHub API style)',
    line: `-H 'authorization: token ${ghp}' -H 'accept: application/vnd.github+json'`,
    secrets: [ghp],
    keep: ["-H 'authorization: token ", "' -H 'accept: application/vnd.github+json'"],
  },
  {
    name: 'password in a URL',
    line: `Connecting to postgres://orders_app:${password}@db.internal:5432/orders?sslmode=require`,
    secrets: [password],
    keep: ['postgres://orders_app:', '@db.internal:5432/orders?sslmode=require'],
  },
  {
    name: 'password with an @ in a URL',
    line: `redis://:p@ss${password}@cache:6379/0`,
    secrets: ['p@ss' + password],
    keep: ['redis://:', '@cache:6379/0'],
  },
  {
    name: 'logfmt password',
    line: `time=2024-03-12T14:10:00Z level=info msg="db connect" user=orders password=${password} attempt=1`,
    secrets: [password],
    keep: ['msg="db connect" user=orders password=', ' attempt=1'],
  },
  {
    name: 'quoted logfmt value with spaces',
    line: `level=warn msg="login" passphrase="correct horse battery staple" ok=false`,
    secrets: ['correct horse battery staple'],
    keep: ['passphrase="', '" ok=false'],
  },
  {
    name: 'query string secret and token',
    line: `GET /oauth/callback?client_id=orders&client_secret=${encodeURIComponent(password)}&code=abc123&access_token=${ghs} 302`,
    secrets: [encodeURIComponent(password), ghs],
    keep: ['client_id=orders&client_secret=', '&code=abc123&access_token=', ' 302'],
  },
  {
    name: 'key: value (YAML / config dump)',
    line: `  db_password: ${password}`,
    secrets: [password],
    keep: ['  db_password: '],
  },
  {
    name: 'JSON password and api_key',
    line: `{"user":"ci","password":"${password}","api_key":"${random(32)}","retries":3}`,
    secrets: [password],
    keep: ['{"user":"ci","password":"', '","api_key":"', '","retries":3}'],
  },
  {
    name: 'JSON escaped inside a JSON string',
    line: `{"msg":"config {\\"token\\":\\"${password}\\"}"}`,
    secrets: [password],
    keep: ['{"msg":"config {\\"token\\":\\"', '\\"}"}'],
  },
  {
    name: 'Python dict repr',
    line: `settings={'api_key': '${password}', 'region': 'eu'}`,
    secrets: [password],
    keep: ["settings={'api_key': '", "', 'region': 'eu'}"],
  },
  {
    name: 'env export of a *_TOKEN variable',
    line: `+ export NPM_TOKEN=${npm}`,
    secrets: [npm],
    keep: ['+ export NPM_TOKEN='],
  },
  {
    name: 'command-line --password flag',
    line: `docker login --username ci-bot --password ${password} registry.example.com`,
    secrets: [password],
    keep: ['docker login --username ci-bot --password ', ' registry.example.com'],
  },
  {
    name: 'Slack bot token',
    line: `slack: posting with ${slack} to #deploys`,
    secrets: [slack],
    keep: ['slack: posting with ', ' to #deploys'],
  },
  {
    name: 'Slack webhook URL',
    line: `notify: POST https://hooks.slack.com/services/T${random(8)}/B${random(8)}/${random(24)} 200`,
    secrets: [],
    keep: ['notify: POST https://hooks.slack.com/services/', ' 200'],
  },
  {
    name: 'Google API key',
    line: `maps client initialised key=${google}`,
    secrets: [google],
    keep: ['maps client initialised key='],
  },
  {
    name: 'Google API key without a key name',
    line: `GET https://maps.googleapis.com/maps/api/geocode/json?address=x&k=${google} 200`,
    secrets: [google],
    keep: ['GET https://maps.googleapis.com/maps/api/geocode/json?address=x&k=', ' 200'],
  },
  {
    name: 'Stripe live key',
    line: `stripe.Charge.create failed using ${stripe}: card_declined`,
    secrets: [stripe],
    keep: ['stripe.Charge.create failed using ', ': card_declined'],
  },
  {
    name: 'npm token in .npmrc',
    line: `//registry.npmjs.org/:_authToken=${npm}`,
    secrets: [npm],
    keep: ['//registry.npmjs.org/:_authToken='],
  },
  {
    name: 'Set-Cookie header (all pairs)',
    line: `< Set-Cookie: sid=${random(24)}; csrftoken=${password}; Path=/; HttpOnly`,
    secrets: [password],
    keep: ['< Set-Cookie: '],
  },
]

describe('createRedactor: built-in detectors', () => {
  const redactor = createRedactor()

  it.each(cases)('$name', ({ line, secrets, keep }) => {
    const { text, count } = redactor.redact(line)
    expect(count).toBeGreaterThanOrEqual(Math.max(1, new Set(secrets).size))
    for (const secret of secrets) {
      expect(text).not.toContain(secret)
      // Never a partial secret: not even its tail.
      expect(text).not.toContain(secret.slice(-8))
    }
    for (const k of keep) expect(text).toContain(k)
    expect(text).toMatch(/\[REDACTED:[a-z-]+\]/)
  })

  it('replaces a PEM private key whole, also when it spans the lines of one frame', () => {
    const frame = [
      '2024-03-12 14:10:00 DEBUG writing deploy key:',
      pem,
      '2024-03-12 14:10:00 DEBUG done',
    ].join('\n')
    const { text, count } = redactor.redact(frame)
    expect(count).toBe(1)
    for (const line of pem.split('\n').slice(1, -1)) expect(text).not.toContain(line)
    expect(text).toBe(
      '2024-03-12 14:10:00 DEBUG writing deploy key:\n[REDACTED:private-key]\n2024-03-12 14:10:00 DEBUG done',
    )
  })

  it('replaces a PEM key to the end of the frame when its END line was cut off', () => {
    const cut = pem.split('\n').slice(0, 3).join('\n')
    const { text } = redactor.redact(`key:\n${cut}`)
    expect(text).toBe('key:\n[REDACTED:private-key]')
  })

  it('redacts secrets anywhere in a multi-line frame and keeps the rest of the trace', () => {
    const frame = [
      '2024-03-12 14:05:01,871 ERROR worker: job 42 failed',
      'Traceback (most recent call last):',
      '  File "/srv/app/db.py", line 31, in connect',
      `    return psycopg.connect("postgresql://app:${password}@db:5432/orders")`,
      '  File "/srv/app/api.py", line 12, in call',
      `    headers = {"Authorization": "Bearer ${jwt}"}`,
      `psycopg.OperationalError: connection to server failed (token=${ghs})`,
    ].join('\n')
    const { text, count } = redactor.redact(frame)
    expect(count).toBe(3)
    for (const secret of [password, jwt, ghs]) expect(text).not.toContain(secret)
    expect(text.split('\n')).toHaveLength(7)
    expect(text.split('\n')[2]).toBe('  File "/srv/app/db.py", line 31, in connect')
    expect(text.split('\n')[3]).toBe(
      '    return psycopg.connect("postgresql://app:[REDACTED:url-password]@db:5432/orders")',
    )
    expect(text.split('\n')[5]).toBe('    headers = {"Authorization": "Bearer [REDACTED:authorization]"}')
  })

  it('leaves clean lines alone: same string, count 0', () => {
    const clean = [
      '2024-03-12T14:10:00.1000000Z ##[group]Run actions/checkout@v4',
      '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating',
      'Executing with tokens:',
      'max_tokens=4096 token_count=1532 input_tokens=12 auth_method=oidc session_timeout=30m',
      'author: Jane Doe <jane@example.com>',
      'PWD=/home/runner/work/orders/orders',
      'password=*** token: *** (masked by the runner)',
      'Signal: SIGTERM received, shutting down the authentication service',
      'error: authentication failed: invalid token',
      'GET https://registry.npmjs.org/@types%2fnode 200 (cached) 12ms',
      'ssh://git@github.com:22/example/orders.git',
      'Cache key: node-cache-Linux-x64-npm-3f2a1b',
      '--- End of stack trace from previous location ---',
      'password_file=/run/secrets/db token_url=https://auth.example.com/token key_id=k1',
      'the session has 3 users; secret sauce: none',
      '',
    ]
    for (const line of clean) {
      const out = redactor.redact(line)
      expect(out, line).toEqual({ text: line, count: 0 })
      expect(out.text).toBe(line)
    }
  })

  it('is idempotent: redacting redacted text finds nothing more', () => {
    for (const { line } of cases) {
      const once = redactor.redact(line).text
      expect(redactor.redact(once)).toEqual({ text: once, count: 0 })
    }
  })

  it('the prefilter lets every case through (a line it rejects is never scanned)', () => {
    for (const { line } of cases) expect(mayHoldSecret(line), line).toBe(true)
    expect(mayHoldSecret('INFO Started Application in 3.21 seconds')).toBe(false)
  })
})

describe('createRedactor: literal secrets', () => {
  const secret = 'Hunter2-' + random(14)
  const redactor = createRedactor({ secrets: [secret, 'abc', '', 'short'] })

  it('replaces exact occurrences and counts them', () => {
    const { text, count } = redactor.redact(`login with ${secret} failed; retry with ${secret}`)
    expect(text).toBe('login with [REDACTED:secret] failed; retry with [REDACTED:secret]')
    expect(count).toBe(2)
  })

  it('ignores secrets shorter than 4 characters', () => {
    expect(MIN_SECRET_LENGTH).toBe(4)
    expect(redactor.redact('abc abcdef')).toEqual({ text: 'abc abcdef', count: 0 })
    expect(redactor.redact('a short line').text).toBe('a [REDACTED:secret] line')
  })

  it('matches the URL-encoded and JSON-escaped forms', () => {
    const special = 'p@ss/w"rd\\' + random(6)
    const r = createRedactor({ secrets: [special] })
    for (const line of [
      `GET /login?pw=${encodeURIComponent(special)}&x=1`,
      `{"note":${JSON.stringify(special)}}`,
    ]) {
      const { text, count } = r.redact(line)
      expect(count, line).toBe(1)
      expect(text).not.toContain(encodeURIComponent(special))
      expect(text).not.toContain(JSON.stringify(special).slice(1, -1))
    }
  })

  it('matches the base64 form, alone and inside a longer base64 string at any alignment', () => {
    expect(redactor.redact(`echo ${Buffer.from(secret).toString('base64')} | base64 -d`).text).toBe(
      'echo [REDACTED:secret] | base64 -d',
    )
    for (const prefix of ['', 'u', 'us', 'user:']) {
      const encoded = Buffer.from(`${prefix}${secret}:tail`).toString('base64')
      const { text, count } = redactor.redact(`data: ${encoded}`)
      expect(count, prefix).toBeGreaterThan(0)
      // What is left cannot be decoded back to the secret.
      expect(
        Buffer.from(text.slice(6).replace(/\[REDACTED:secret\]/g, ''), 'base64').toString(),
      ).not.toContain(secret.slice(2, -2))
    }
  })

  it('matches each line of a multi-line secret', () => {
    const key = `line-one-${random(10)}\nline-two-${random(10)}`
    const r = createRedactor({ secrets: [key] })
    const [one, two] = key.split('\n')
    expect(r.redact(`first: ${one}`).text).toBe('first: [REDACTED:secret]')
    expect(r.redact(`second: ${two}`).text).toBe('second: [REDACTED:secret]')
  })

  it('finds any secret at any position (trigram sampling never skips one)', () => {
    const secrets = Array.from({ length: 12 }, (_, i) => random(4 + i * 3))
    const r = createRedactor({ secrets })
    for (let trial = 0; trial < 300; trial++) {
      const secret = secrets[trial % secrets.length]!
      // Filler that cannot be part of a secret, so the expected output is exact.
      const before = random(trial % 37, ' .,')
      const after = random((trial * 7) % 23, ' .,')
      const { text } = r.redact(before + secret + after)
      expect(text).not.toContain(secret)
      expect(text).toBe(`${before}[REDACTED:secret]${after}`)
    }
  })

  it('prefers the longest secret when one contains another', () => {
    const r = createRedactor({ secrets: ['abcd1234', 'abcd1234efgh5678'] })
    expect(r.redact('x abcd1234efgh5678 y')).toEqual({ text: 'x [REDACTED:secret] y', count: 1 })
  })
})

describe('createRedactor: user patterns', () => {
  it('replaces whole matches, or only the capture groups when the pattern has some', () => {
    const r = createRedactor({ patterns: ['ACME-[0-9a-f]{16}', 'internal_ref=(\\w+)'] })
    const { text, count } = r.redact('ticket ACME-0123456789abcdef opened internal_ref=zz99 ok')
    expect(text).toBe('ticket [REDACTED:custom] opened internal_ref=[REDACTED:custom] ok')
    expect(count).toBe(2)
  })

  it('rejects an invalid pattern with a ConfigError naming its index, not its value', () => {
    const bad = 'MYSECRET-(\\d+'
    let error: unknown
    try {
      createRedactor({ patterns: ['ok', bad] })
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    expect(message).toContain('redaction pattern #2')
    expect(message).not.toContain('MYSECRET')
    expect((error as ConfigError).cause).toBeUndefined()
  })

  it('rejects a pattern that matches the empty string', () => {
    expect(() => createRedactor({ patterns: ['x*'] })).toThrow(/pattern #1 matches the empty string/)
  })
})

describe('redactValue and isSecretKey', () => {
  const redactor = createRedactor()

  it('replaces the whole value under a secret key', () => {
    expect(redactor.redactValue('password', 'hunter2 with spaces')).toBe('[REDACTED:password]')
    expect(redactor.redactValue('X-Api-Key', 'abc')).toBe('[REDACTED:secret]')
    expect(redactor.redactValue('GITHUB_TOKEN', ghs)).toBe('[REDACTED:token]')
  })

  it('keeps empty or already masked values, and paths under PWD', () => {
    expect(redactor.redactValue('password', '')).toBe('')
    expect(redactor.redactValue('token', '***')).toBe('***')
    expect(redactor.redactValue('PWD', '/home/runner/work')).toBe('/home/runner/work')
  })

  it('runs the detectors on values under other keys', () => {
    expect(redactor.redactValue('url', `https://u:${password}@host/x`)).toBe(
      'https://u:[REDACTED:url-password]@host/x',
    )
    expect(redactor.redactValue('user', 'alice')).toBe('alice')
  })

  it.each([
    'password',
    'passwd',
    'pwd',
    'DB_PASSWORD',
    'dbPassword',
    'secret',
    'client_secret',
    'clientSecret',
    'token',
    'access_token',
    'refreshToken',
    'X-Auth-Token',
    'api_key',
    'apikey',
    'apiKey',
    'x-api-key',
    'access_key',
    'AWS_SECRET_ACCESS_KEY',
    'private_key',
    'privateKey',
    'AccountKey',
    'auth',
    'authorization',
    'credentials',
    'session',
    'session_id',
    'sessionId',
    'cookie',
    'passphrase',
    'sig',
  ])('%s names a secret', (key) => {
    expect(isSecretKey(key)).toBe(true)
  })

  it.each([
    'author',
    'authentication',
    'max_tokens',
    'tokens',
    'token_count',
    'token_type',
    'password_file',
    'auth_method',
    'session_timeout',
    'access_key_id',
    'key',
    'cache_key',
    'signal',
    'use_token',
    'bypass',
  ])('%s does not', (key) => {
    expect(isSecretKey(key)).toBe(false)
  })
})
