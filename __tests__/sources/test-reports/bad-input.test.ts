import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ReportParseError } from '../../../src/core/errors.js'
import { parseTestReport, parseTestReports, summarize } from '../../../src/sources/test-reports/index.js'
import { fixture } from './helpers.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-bad-reports-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function write(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

/** The ReportParseError `parseTestReport` rejects with. */
async function failure(path: string): Promise<ReportParseError> {
  const err = await parseTestReport(path).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ReportParseError)
  const e = err as ReportParseError
  // Every message names the file.
  expect(e.path).toBe(path)
  expect(e.message.startsWith(`${path}: `)).toBe(true)
  return e
}

describe('not a report', () => {
  it('empty file', async () => {
    expect((await failure(fixture('bad', 'empty.xml'))).message).toMatch(/empty file/)
  })

  it('whitespace only', async () => {
    expect((await failure(await write('blank.xml', '\n  \n'))).message).toMatch(
      /empty file \(only whitespace\)/,
    )
  })

  it('binary file', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ])
    expect((await failure(await write('logo.png', png))).message).toMatch(/not XML \(binary data\)/)
  })

  it('a JSON file', async () => {
    expect((await failure(fixture('bad', 'report.json'))).message).toMatch(/not XML \(it looks like JSON\)/)
  })

  it('plain text', async () => {
    expect((await failure(await write('out.txt', 'PASS src/a.test.ts\n'))).message).toMatch(/starts with "P"/)
  })

  it('XML with an unknown root element', async () => {
    expect((await failure(fixture('bad', 'not-a-report.xml'))).message).toMatch(
      /not a JUnit, TRX or NUnit report \(root element <project>\)$/,
    )
  })

  it('a missing file', async () => {
    expect((await failure(join(dir, 'nope.xml'))).message).toMatch(/file not found$/)
  })

  it('a directory', async () => {
    expect((await failure(dir)).message).toMatch(/is a directory/)
  })
})

describe('broken XML', () => {
  it('truncated XML says where the file ended', async () => {
    const e = await failure(fixture('bad', 'truncated.xml'))
    expect(e.message).toMatch(/unexpected end of file at line 6 \(inside <failure>\)/)
  })

  it('truncated inside a start tag', async () => {
    const e = await failure(await write('cut-tag.xml', '<testsuites>\n<testsuite name="a'))
    expect(e.message).toMatch(/unexpected end of file at line 2 \(inside <testsuites>\)/)
  })

  it('malformed XML gives the saxes error with line and column', async () => {
    const e = await failure(fixture('bad', 'malformed.xml'))
    expect(e.message).toMatch(/malformed XML at line 4, column \d+: unexpected close tag/)
  })

  it('leading blank lines do not shift the reported line', async () => {
    const e = await failure(await write('lead.xml', '\n\n<testsuites>\n<testsuite></testcase>\n'))
    expect(e.message).toMatch(/malformed XML at line 4,/)
  })

  it('an undefined entity is an error, not literal text', async () => {
    const e = await failure(await write('ent.xml', '<testsuite><testcase name="&nbsp;"/></testsuite>'))
    expect(e.message).toMatch(/malformed XML at line 1, column \d+: undefined entity/)
  })

  it('nesting deeper than the limit is refused', async () => {
    const deep = '<testsuites>' + '<testsuite>'.repeat(600) + '</testsuite>'.repeat(600) + '</testsuites>'
    expect((await failure(await write('deep.xml', deep))).message).toMatch(/nested deeper than 512 levels/)
  })
})

describe('hostile XML: DOCTYPEs are refused, entities never expanded or fetched', () => {
  let server: Server
  let requests = 0
  let base: string
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++
      res.end('<!ENTITY leak "SECRET-FROM-HTTP">')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('external entity to a local file: refused, /etc/passwd never appears', async () => {
    const started = performance.now()
    const e = await failure(fixture('bad', 'xxe-file.xml'))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(e.message).toMatch(/refusing a DOCTYPE with an internal subset/)
    expect(e.message).not.toMatch(/root:|\/bin\/(ba)?sh/)
    const passwd = (() => {
      try {
        return readFileSync('/etc/passwd', 'utf8').split('\n')[0]
      } catch {
        return undefined
      }
    })()
    if (passwd) expect(JSON.stringify(e)).not.toContain(passwd)
    const { reports, errors } = await parseTestReports([fixture('bad', 'xxe-file.xml')])
    expect(reports).toEqual([])
    expect(errors).toHaveLength(1)
  })

  it('external entity over http: refused and never fetched', async () => {
    const path = await write(
      'xxe-http.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE testsuite [<!ENTITY leak SYSTEM "${base}/leak">]>\n` +
        '<testsuite name="x"><testcase name="&leak;"/></testsuite>\n',
    )
    const e = await failure(path)
    expect(e.message).toMatch(/refusing a DOCTYPE/)
    expect(e.message).not.toContain('SECRET')
    expect(requests).toBe(0)
  })

  it('external DTD (no internal subset), and a parameter entity: refused and never fetched', async () => {
    const dtd = await write(
      'dtd.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE testsuite SYSTEM "${base}/evil.dtd">\n<testsuite name="x"/>\n`,
    )
    expect((await failure(dtd)).message).toMatch(/refusing a DOCTYPE that references an external DTD/)
    const param = await write(
      'param.xml',
      `<!DOCTYPE testsuite [<!ENTITY % remote SYSTEM "${base}/p.dtd"> %remote;]>\n<testsuite name="x"/>\n`,
    )
    expect((await failure(param)).message).toMatch(/refusing a DOCTYPE with an internal subset/)
    expect(requests).toBe(0)
  })

  it('billion laughs: refused fast, nothing expanded', async () => {
    const started = performance.now()
    const e = await failure(fixture('bad', 'billion-laughs.xml'))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(e.message).toMatch(/refusing a DOCTYPE with an internal subset/)
    expect(e.message).not.toContain('lollol')
  })

  it('an oversized prolog is refused before saxes buffers all of it', async () => {
    const big = '<!DOCTYPE testsuite [' + '<!-- padding -->'.repeat(100_000) + ']><testsuite/>'
    expect((await failure(await write('big-doctype.xml', big))).message).toMatch(
      /no root element in the first/,
    )
  })

  it('a bare DOCTYPE (no subset, no DTD) is harmless and accepted', async () => {
    const path = await write(
      'bare.xml',
      '<!DOCTYPE testsuite>\n<testsuite name="x"><testcase name="a"/></testsuite>',
    )
    expect(summarize(await parseTestReport(path)).passed).toBe(1)
  })
})

describe('encodings and compression', () => {
  it('gzip (magic bytes 1f 8b) is undone on the fly', async () => {
    const path = await write('jest.xml.gz', gzipSync(readFileSync(fixture('junit', 'jest-junit.xml'))))
    const report = await parseTestReport(path)
    expect(report.gzip).toBe(true)
    expect(summarize(report)).toEqual({ tests: 4, passed: 1, failed: 2, errored: 0, skipped: 1 })
  })

  it('corrupt and truncated gzip', async () => {
    const gz = gzipSync(readFileSync(fixture('junit', 'jest-junit.xml')))
    const corrupt = Buffer.from(gz)
    corrupt.fill(0x41, 12, 40)
    expect((await failure(await write('corrupt.xml.gz', corrupt))).message).toMatch(
      /corrupt gzip data \(Z_DATA_ERROR\)/,
    )
    expect((await failure(await write('cut.xml.gz', gz.subarray(0, gz.length - 30)))).message).toMatch(
      /truncated gzip data \(Z_BUF_ERROR\)/,
    )
  })

  it('a gzip bomb stops at the decompressed-size limit', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('<testsuites>'), Buffer.alloc(8 * 1024 * 1024, 0x20)]))
    const path = await write('bomb.xml.gz', bomb)
    const err = await parseTestReport(path, { maxDecompressedBytes: 1024 * 1024 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ReportParseError)
    expect((err as Error).message).toMatch(/decompressed size exceeds 1048576 bytes/)
  })

  it('UTF-16 with a BOM, and a latin1 declared encoding', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<testsuite name="ünïcode"><testcase name="café"/></testsuite>'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])
    const r16 = await parseTestReport(await write('u16.xml', utf16))
    expect(r16.suites[0]?.name).toBe('ünïcode')
    expect(r16.suites[0]?.cases[0]?.name).toBe('café')

    const latin = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<testsuite name="Größe"><testcase name="naïve"/></testsuite>',
      'latin1',
    )
    const r1 = await parseTestReport(await write('latin1.xml', latin))
    expect(r1.suites[0]?.name).toBe('Größe')
    expect(r1.suites[0]?.cases[0]?.name).toBe('naïve')
  })
})

describe('many files', () => {
  it('a file that fails gets an error entry; the others still parse, in order', async () => {
    const paths = [
      fixture('junit', 'jest-junit.xml'),
      fixture('bad', 'truncated.xml'),
      join(dir, 'missing.xml'),
      fixture('trx', 'mstest.trx'),
      fixture('bad', 'billion-laughs.xml'),
      fixture('nunit', 'nunit3.xml'),
    ]
    const { reports, errors } = await parseTestReports(paths)
    expect(reports.map((r) => r.path)).toEqual([paths[0], paths[3], paths[5]])
    expect(reports.map((r) => r.format)).toEqual(['junit', 'trx', 'nunit'])
    expect(errors.map((e) => e.path)).toEqual([paths[1], paths[2], paths[4]])
    for (const e of errors) expect(e).toBeInstanceOf(ReportParseError)
  })

  it('no paths: nothing', async () => {
    expect(await parseTestReports([])).toEqual({ reports: [], errors: [] })
  })
})
