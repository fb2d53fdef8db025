import { describe, expect, it } from 'vitest'

import { createFormat, createParser, GroupTracker } from '../../../src/transforms/parse/index.js'
import { fixtureLines, frame } from './helpers.js'

describe('GitHub Actions job logs', () => {
  const lines = fixtureLines('github-actions.log')
  const format = createFormat('github-actions')
  const parser = createParser(format)
  const records = lines.map((line, i) => parser.parse(frame(line, i + 1)))

  it('exposes the timestamp envelope so framing can look at the body', () => {
    expect(format.envelope!(lines[1]!)).toEqual({
      timestamp: '2024-05-01T12:00:00.1300000Z',
      body: 'npm test',
    })
    expect(format.envelope!('npm test')).toBeUndefined()
  })

  it('takes @timestamp from the envelope and the group from ##[group] until ##[endgroup]', () => {
    expect(records[0]).toEqual({
      message: 'Run npm test',
      '@timestamp': '2024-05-01T12:00:00.123Z',
      labels: { command: 'group' },
      logward: { format: 'github-actions', group: 'Run npm test' },
    })
    expect(records[1]).toEqual({
      message: 'npm test',
      '@timestamp': '2024-05-01T12:00:00.130Z',
      logward: { format: 'github-actions', group: 'Run npm test' },
    })
    expect(records[3]!.logward).toEqual({ format: 'github-actions', group: 'Run npm test' })
    expect(records[3]!.labels).toEqual({ command: 'endgroup' })
    expect(records[4]!.logward).toEqual({ format: 'github-actions' })
  })

  it("reads a step's own level words", () => {
    expect(records[5]!.log).toEqual({ level: 'error', original_level: 'ERR' })
  })

  it('reads ::error workflow commands: properties to labels, escapes decoded', () => {
    expect(records[6]).toMatchObject({
      message: "Type 'string' is not assignable\nto type 'number'",
      log: { level: 'error', original_level: 'error' },
      labels: { command: 'error', file: 'src/app.ts', line: '3', col: '7', title: 'TS2322' },
    })
  })

  it('maps ##[warning], ##[debug], ##[notice], ##[error] to levels', () => {
    expect(records.slice(7).map((r) => [r.log?.level, r.message])).toEqual([
      ['warn', 'Node.js 16 actions are deprecated.'],
      ['debug', "Evaluating condition for step: 'Run tests'"],
      ['notice', 'Cache restored from key: npm-abc'],
      ['error', 'Process completed with exit code 1.'],
    ])
  })

  it('never passes on the value of ::add-mask::', () => {
    expect(parser.parse(frame('::add-mask::s3cr3t')).message).toBe('***')
  })

  it('reads workflow commands without envelope (logs printed by a step)', () => {
    expect(createParser(format).parse(frame('::warning file=a.js::careful'))).toMatchObject({
      message: 'careful',
      log: { level: 'warn' },
      labels: { command: 'warning', file: 'a.js' },
    })
    expect(format.match('::warning::x')).toBeGreaterThan(0.5)
  })

  it('strips the envelopes of continuation lines', () => {
    const text = [
      '2024-05-01T12:00:00.0000000Z Error: boom',
      '2024-05-01T12:00:00.0000000Z     at main (/app/index.js:1:1)',
    ].join('\n')
    expect(createParser(format).parse(frame(text))).toMatchObject({
      message: 'Error: boom',
      log: { level: 'error' },
      error: { stack_trace: '    at main (/app/index.js:1:1)' },
    })
  })

  it('says a command line starts a record', () => {
    expect(format.startsRecord!('2024-05-01T12:00:00.0000000Z ##[error]x')).toBe(true)
    expect(format.startsRecord!('2024-05-01T12:00:00.0000000Z     at x')).toBe(false)
  })
})

describe('GroupTracker', () => {
  it('follows ::group:: too, and a group-less line outside groups', () => {
    const tracker = new GroupTracker()
    expect(tracker.track('before')).toBeUndefined()
    expect(tracker.track('::group::Install%3A deps')).toBe('Install: deps')
    expect(tracker.track('npm ci')).toBe('Install: deps')
    expect(tracker.track('::endgroup::')).toBe('Install: deps')
    expect(tracker.track('after')).toBeUndefined()
  })

  it('starts a new group when one opens without the previous closing', () => {
    const tracker = new GroupTracker()
    tracker.track('##[group]A')
    expect(tracker.track('##[group]B')).toBe('B')
  })
})
