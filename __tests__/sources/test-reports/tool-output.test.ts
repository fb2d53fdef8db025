import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { junitToolOutput } from '../../../src/sources/test-reports/index.js'
import { fixture } from './helpers.js'

describe('tool contract: logward junit FILE… --output json', () => {
  it('lists files in order, failed files with error and zero counts, and totals', async () => {
    const paths = [
      fixture('junit', 'pytest.xml'),
      fixture('bad', 'truncated.xml'),
      fixture('trx', 'mstest.trx'),
    ]
    const out = await junitToolOutput(paths)
    expect(out).toEqual({
      files: [
        { path: paths[0], tests: 8, passed: 1, failed: 2, errored: 2, skipped: 3 },
        {
          path: paths[1],
          tests: 0,
          passed: 0,
          failed: 0,
          errored: 0,
          skipped: 0,
          error: expect.stringMatching(
            /truncated\.xml: unexpected end of file at line 6/,
          ) as unknown as string,
        },
        { path: paths[2], tests: 9, passed: 2, failed: 3, errored: 2, skipped: 2 },
      ],
      totals: { tests: 17, passed: 3, failed: 5, errored: 4, skipped: 5 },
    })
    // tests counts errored: the identity holds per file and in the totals.
    for (const c of [...out.files, out.totals])
      expect(c.tests).toBe(c.passed + c.failed + c.errored + c.skipped)
    // The contract is plain JSON, with `error` only on failed files.
    const json = JSON.parse(JSON.stringify(out)) as { files: Record<string, unknown>[] }
    expect(Object.keys(json.files[0]!)).toEqual(['path', 'tests', 'passed', 'failed', 'errored', 'skipped'])
    expect(Object.keys(json.files[1]!)).toContain('error')
  })

  it('every file failing still yields a complete document', async () => {
    const out = await junitToolOutput([join(fixture('bad'), 'missing.xml')])
    expect(out.totals).toEqual({ tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0 })
    expect(out.files[0]?.error).toMatch(/missing\.xml: file not found$/)
  })
})
