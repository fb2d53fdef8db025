import { describe, expect, it } from 'vitest'

import { createFormat, createParser } from '../../../src/transforms/parse/index.js'
import { frame } from './helpers.js'

const header = createParser(createFormat('header'))

describe('multi-line frames', () => {
  it('puts a Java trace in error.stack_trace with its type; the message stays the first line', () => {
    const trace = [
      'java.lang.IllegalStateException: boom',
      '\tat com.x.A.run(A.java:10)',
      'Caused by: java.io.IOException: disk',
      '\t... 3 more',
    ].join('\n')
    const record = header.parse(frame(`2024-05-01 12:00:00,000 ERROR [main] com.x.A: failed\n${trace}`))
    expect(record.message).toBe('failed')
    expect(record.error).toEqual({ type: 'java.lang.IllegalStateException', stack_trace: trace })
  })

  it('reads the exception type of a Python traceback from its last line', () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "a.py", line 1, in <module>',
      'ValueError: bad',
    ].join('\n')
    const record = header.parse(frame(`2024-05-01 12:00:00,000 - app - ERROR - oops\n${trace}`))
    expect(record.message).toBe('oops')
    expect(record.error).toEqual({ type: 'ValueError', stack_trace: trace })
  })

  it('reads Go panics and Node traces as stack traces', () => {
    const go = header.parse(
      frame('2024-05-01 12:00:00 FATAL crashed\npanic: nil map\n\ngoroutine 1 [running]:'),
    )
    expect(go.error?.stack_trace).toBe('panic: nil map\n\ngoroutine 1 [running]:')
    const node = header.parse(
      frame('2024-05-01 12:00:00 ERROR failed\nTypeError: x is not a function\n    at f (a.js:1:1)'),
    )
    expect(node.error?.type).toBe('TypeError')
  })

  it('appends a continuation that is not a trace to the message, without trailing blank lines', () => {
    const record = header.parse(frame('2024-05-01 12:00:00 INFO config:\n  a: 1\n  b: 2\n\n'))
    expect(record.message).toBe('config:\n  a: 1\n  b: 2')
    expect(record.error).toBeUndefined()
  })
})
