import { describe, expect, it } from 'vitest'
import { evaluateRules, type TriggeredRule } from '../../../src/act/notify/evaluate.js'
import { issueDescription, issueSummary } from '../../../src/act/notify/jira/content.js'
import { MAX_DOC_CHARS, toAdf, toWiki } from '../../../src/act/notify/jira/document.js'
import { alertLinks } from '../../../src/act/notify/links.js'
import { alertMetrics } from '../../../src/act/notify/metrics.js'
import { parseAlertRules } from '../../../src/act/notify/rules.js'
import { alertMessage, followUpMessage } from '../../../src/act/notify/slack/blocks.js'
import { boundedLines, escapeMrkdwn, truncate } from '../../../src/act/notify/slack/mrkdwn.js'
import type { RunAnalysis } from '../../../src/analysis/model.js'
import { failingRun } from './runs.js'

function huge(): RunAnalysis {
  const a = failingRun()
  const long = 'x'.repeat(5000)
  a.reasons = Array.from({ length: 40 }, (_, i) => `reason ${i} <!channel> & ${long}`)
  a.tests.failing = Array.from({ length: 400 }, (_, i) => ({
    name: `test${i}_${'y'.repeat(200)}`,
    className: 'com.example.Big',
    status: 'failed' as const,
    message: `boom <@U123> ${long}`,
    stackTrace: `Error\n${'\tat frame\n'.repeat(500)}`,
    report: 'r.xml',
  }))
  a.tests.failed = 400
  return a
}

function fire(a: RunAnalysis, when: Record<string, string> = { 'failed-tests': '>0' }): TriggeredRule {
  const rules = parseAlertRules([{ name: `rule ${'n'.repeat(95)}`, when, channels: ['slack'] }], 't')
  return evaluateRules(rules, alertMetrics(a), a)[0]!
}

describe('Slack text', () => {
  it('escapes mrkdwn control characters and never cuts an escape in half', () => {
    expect(escapeMrkdwn('a <!here> & b > c')).toBe('a &lt;!here&gt; &amp; b &gt; c')
    expect(truncate('abc&lt;def', 5)).toBe('abc…')
    expect(truncate('short', 10)).toBe('short')
    expect(boundedLines(['one', 'two', 'three'], 16)).toBe('one\n…and 2 more')
  })

  it('keeps a huge alert within Block Kit limits', () => {
    const a = huge()
    const t = fire(a)
    const lines = t.subjects.map((subject) => ({ subject }))
    for (const msg of [
      alertMessage(t, lines, a, alertLinks(a.ci)),
      followUpMessage(t, lines, a, alertLinks(a.ci)),
    ]) {
      expect(msg.blocks.length).toBeLessThanOrEqual(50)
      expect(msg.text.length).toBeLessThanOrEqual(3000)
      for (const b of msg.blocks) {
        if (b.type === 'header') expect(Array.from(b.text.text).length).toBeLessThanOrEqual(150)
        if (b.type === 'section') {
          expect(Array.from(b.text?.text ?? '').length).toBeLessThanOrEqual(3000)
          expect(b.fields?.length ?? 0).toBeLessThanOrEqual(10)
          for (const f of b.fields ?? []) expect(Array.from(f.text).length).toBeLessThanOrEqual(2000)
        }
        if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10)
      }
      const all = JSON.stringify(msg.blocks)
      expect(all).not.toContain('<!channel>')
      expect(all).not.toContain('<@U123>')
    }
    const fields = alertMessage(t, lines, a, {}).blocks.find((b) => b.type === 'section' && b.fields)
    expect(JSON.stringify(fields)).toMatch(/…and \d+ more/)
  })

  it('a run-wide alert lists the run’s failing tests and new templates for context', () => {
    const a = failingRun()
    const t = fire(a, { gate: 'fail' })
    const msg = alertMessage(
      t,
      t.subjects.map((subject) => ({ subject })),
      a,
      {},
    )
    const fields = msg.blocks.find((b) => b.type === 'section' && b.fields)
    expect(JSON.stringify(fields)).toContain('Failing tests (1)')
    expect(JSON.stringify(fields)).toContain('New error templates (5)')
    expect(JSON.stringify(fields)).toContain('order &lt;*&gt;: connection pool exhausted')
  })

  it('only links http(s) URLs', () => {
    const a = failingRun()
    expect(alertLinks(a.ci, { kibana: 'javascript:alert(1)' })).toEqual({
      run: 'https://github.com/acme/shop/actions/runs/1001',
      pr: 'https://github.com/acme/shop/pull/7',
    })
    expect(
      alertLinks({ ...a.ci, provider: 'gitlab-ci' }, { run: 'https://gitlab.test/p/-/pipelines/1' }),
    ).toEqual({
      run: 'https://gitlab.test/p/-/pipelines/1',
    })
    expect(alertLinks(a.ci, {}, 'https://ghe.acme.test/').run).toBe(
      'https://ghe.acme.test/acme/shop/actions/runs/1001',
    )
  })
})

describe('Jira text', () => {
  it('renders ADF (no empty text nodes) and escaped wiki markup', () => {
    const blocks = [
      { type: 'heading' as const, text: 'Failing [tests]' },
      {
        type: 'paragraph' as const,
        content: [{ text: '' }, { text: 'a|b *c*', strong: true }, { text: 'run', link: 'https://x.test/1' }],
      },
      {
        type: 'bullets' as const,
        items: [[{ text: 'T.m', code: true }, { text: ' — {boom}' }], [{ text: '' }]],
      },
      { type: 'code' as const, text: 'at x\n{noformat}' },
    ]
    expect(toAdf(blocks)).toEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Failing [tests]' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a|b *c*', marks: [{ type: 'strong' }] },
            { type: 'text', text: 'run', marks: [{ type: 'link', attrs: { href: 'https://x.test/1' } }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'T.m', marks: [{ type: 'code' }] },
                    { type: 'text', text: ' — {boom}' },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'at x\n{noformat}' }] },
      ],
    })
    expect(toWiki(blocks)).toBe(
      'h3. Failing \\[tests\\]\n\n*a\\|b \\*c\\**[run|https://x.test/1]\n\n* {{T.m}} — \\{boom\\}\n* \n\n{noformat}\nat x\n{ noformat}\n{noformat}',
    )
  })

  it('keeps summary and description within Jira limits', () => {
    const a = huge()
    const t = fire(a)
    const summary = issueSummary(t, t.subjects)
    expect(Array.from(summary).length).toBeLessThanOrEqual(255)
    expect(summary).toMatch(/^\[logward\] rule n+…?/)
    const description = issueDescription(
      t,
      t.subjects.map((subject) => ({ subject })),
      a,
      alertLinks(a.ci),
    )
    expect(toWiki(description).length).toBeLessThanOrEqual(MAX_DOC_CHARS)
    expect(JSON.stringify(toAdf(description)).length).toBeLessThan(200_000)
  })
})
