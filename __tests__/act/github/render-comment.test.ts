import { describe, expect, it } from 'vitest'
import { testAnnotations, repoPath } from '../../../src/act/github/annotations.js'
import { decodeDigest, encodeDigest, makeDigest } from '../../../src/act/github/digest.js'
import { commentMarker } from '../../../src/act/github/marker.js'
import { COMMENT_LIMIT, renderComment, type CommentInput } from '../../../src/act/github/render-comment.js'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { emptyRun, failingRun, hostileRun, hugeRun, passingRun } from '../../fixtures/report/analysis.js'

function input(a: RunAnalysis, over: Partial<CommentInput> = {}): CommentInput {
  return {
    analysis: a,
    marker: commentMarker('CI', 'test'),
    digestComment: encodeDigest(makeDigest(a, { workflow: 'CI', job: 'test' })),
    workflow: 'CI',
    job: 'test',
    runUrl: 'https://github.example/acme/shop/actions/runs/1',
    ...over,
  }
}

/** Text outside fenced blocks and code spans: what GitHub would read as markup. */
function markup(md: string): string {
  let open: string | undefined
  const out: string[] = []
  for (const line of md.split('\n')) {
    const f = /^(`{3,})/.exec(line)?.[1]
    if (open === undefined && f) open = f
    else if (open !== undefined && f && line.trim() === f && f.length >= open.length) open = undefined
    else if (open === undefined) out.push(line)
  }
  expect(open, 'an unclosed fence').toBeUndefined()
  return out.join('\n').replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

describe('renderComment', () => {
  it('starts with the marker and ends with the digest', () => {
    const body = renderComment(input(failingRun()))
    expect(body.split('\n')[0]).toBe('<!-- logward:CI:test -->')
    expect(body.trimEnd().split('\n').pop()).toMatch(/^<!-- logward-digest:v1:/)
    expect(decodeDigest(body)?.counts.failed).toBe(2)
  })

  it('a passing run says so, with no failing-tests table', () => {
    const body = renderComment(input(passingRun()))
    expect(body).toContain('✅ PASS')
    expect(body).toContain('✅ All 346 tests that ran passed.')
    expect(body).not.toContain('#### Failing tests')
    expect(renderComment(input(emptyRun()))).toContain('✅ PASS')
  })

  it('names flaky tests in one line, apart from the failures', () => {
    const a = passingRun()
    a.tests.flaky = Array.from({ length: 7 }, (_, i) => ({
      name: `flaky${i}`,
      report: 'r.xml',
      reruns: 1,
      kind: i === 0 ? ('commit-flip' as const) : ('retry' as const),
    }))
    const body = renderComment(input(a))
    expect(body).toContain(
      '⚠️ 7 flaky tests (failed, then passed on a rerun or in an earlier run of this commit; not counted as failures): flaky0, flaky1, flaky2, flaky3, flaky4, and 2 more.',
    )
    expect(renderComment(input(passingRun()))).not.toContain('flaky test')
    // Beside a failing-tests table too.
    expect(renderComment(input(failingRun()))).toContain('⚠️ 1 flaky test (failed, then passed')
  })

  it('says when no base run was found to compare with', () => {
    expect(renderComment(input(failingRun(), { baseRef: 'main' }))).toContain(
      '_No logward run of this job was found on `main` to compare with._',
    )
    expect(renderComment(input(failingRun()))).not.toContain('Compared with')
  })

  it('lists findings other than new templates, with the run score', () => {
    const a: RunAnalysis = {
      ...failingRun(),
      findings: {
        score: 60,
        notes: [],
        items: [
          {
            kind: 'new-templates',
            severity: 'error',
            title: '2 error templates the baseline never had',
            explanation: 'x',
            evidence: [],
          },
          {
            kind: 'error-burst',
            severity: 'warn',
            title: 'Error burst: 37 errors at 14:02 UTC',
            explanation:
              '37 error records between 14:02:00 and 14:03:00 UTC where the baseline averages 0.10.',
            evidence: [],
          },
        ],
      },
    }
    const body = renderComment(input(a))
    expect(body).toContain('Run score **60/100** against the baseline')
    expect(body).toContain('- ⚠️ **Error burst: 37 errors at 14:02 UTC**: 37 error records between')
    // New templates keep their own table, not a second line.
    expect(body).not.toContain('**2 error templates the baseline never had**')
    expect(renderComment(input(failingRun()))).not.toContain('Run score')
  })

  it('keeps hostile text inert: no raw HTML, no early end of the marker or the digest', () => {
    const a = hostileRun()
    const body = renderComment(
      input(a, {
        workflow: a.ci.workflow!,
        job: a.ci.job!,
        marker: commentMarker(a.ci.workflow!, a.ci.job!),
      }),
    )
    const m = markup(body)
    // Only escaped (`\<script`) or inside code: never raw HTML, links to javascript: or data: URLs.
    expect(m).not.toMatch(/(?<!\\)<(script|img|svg|style|textarea)/i)
    expect(m).not.toMatch(/(?<!\\)<\/details><details open>/)
    expect(m).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(m).not.toMatch(/(?<!\\)\]\((javascript|data):/)
    expect(body).not.toMatch(/[\u2028\u2029\x00\x07\x1b]/)
    // The only HTML comments are the marker and the digest, each on its own line.
    expect(m.match(/(?<!\\)<!--/g)).toHaveLength(2)
    expect((m.match(/<details>/g) ?? []).length).toBe((m.match(/<\/details>/g) ?? []).length)
  })

  it.each([
    ['ASCII', false],
    ['multibyte', true],
  ])('shrinks a huge run (%s) under the limit, keeping verdict, counts and digest', (_label, multibyte) => {
    const a = hugeRun({ failing: 800, stackBytes: 20_000, multibyte })
    const body = renderComment(input(a))
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain('❌ FAIL')
    expect(body).toContain('| This run |')
    expect(decodeDigest(body)?.counts.tests).toBe(a.tests.tests)
    markup(body)
  })

  it('fits a small maxBytes by cutting whole lines, digest kept', () => {
    const body = renderComment(input(hugeRun({ failing: 50, stackBytes: 100 })), { maxBytes: 20_000 })
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(20_000)
    expect(decodeDigest(body)).toBeDefined()
  })
})

describe('annotations', () => {
  it('are failures on repository-relative test files, clipped to GitHub’s limits', () => {
    const a = failingRun()
    a.tests.failing[0]!.message = 'x'.repeat(100_000)
    a.tests.failing[1]!.name = 'n'.repeat(400)
    delete a.tests.failing[2]!.line
    const list = testAnnotations(a)
    expect(list).toHaveLength(3)
    expect(Buffer.byteLength(list[0]!.message)).toBeLessThanOrEqual(4096)
    expect(list[1]!.title.length).toBeLessThanOrEqual(255)
    expect(list[2]).toMatchObject({ start_line: 1, end_line: 1, annotation_level: 'failure' })
    expect(list[0]!.raw_details).toContain('AssertionError')
  })

  it('paths: workspace-relative, ./ removed, outside paths refused', () => {
    expect(repoPath('./src/a.test.ts')).toBe('src/a.test.ts')
    expect(repoPath('C:\\w\\repo\\src\\a.cs', 'C:\\w\\repo')).toBe('src/a.cs')
    expect(repoPath('/home/runner/work/r/r/src/a.ts', '/home/runner/work/r/r/')).toBe('src/a.ts')
    expect(repoPath('/etc/passwd', '/home/runner/work/r/r')).toBeUndefined()
    expect(repoPath('../outside.ts')).toBeUndefined()
    expect(repoPath('src/../../x.ts')).toBeUndefined()
    expect(repoPath('file:///home/w/src/a.ts', '/home/w')).toBe('src/a.ts')
  })
})
