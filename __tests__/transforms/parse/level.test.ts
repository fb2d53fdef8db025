import { describe, expect, it } from 'vitest'

import {
  levelFromHttpStatus,
  levelFromNumber,
  levelFromSyslogSeverity,
  levelFromValue,
  levelFromWord,
} from '../../../src/transforms/parse/index.js'

describe('levelFromWord', () => {
  it.each([
    ['TRACE', 'trace'],
    ['FINEST', 'trace'],
    ['VERBOSE', 'trace'],
    ['DEBUG', 'debug'],
    ['DBG', 'debug'],
    ['FINE', 'debug'],
    ['INFO', 'info'],
    ['INFORMATION', 'info'],
    ['I', 'info'],
    ['NOTICE', 'notice'],
    ['WARN', 'warn'],
    ['WARNING', 'warn'],
    ['W', 'warn'],
    ['ERROR', 'error'],
    ['ERR', 'error'],
    ['E', 'error'],
    ['SEVERE', 'error'],
    ['FAILURE', 'error'],
    ['FATAL', 'fatal'],
    ['CRIT', 'fatal'],
    ['CRITICAL', 'fatal'],
    ['ALERT', 'fatal'],
    ['EMERG', 'fatal'],
    ['PANIC', 'fatal'],
  ])('%s → %s', (word, level) => {
    expect(levelFromWord(word)).toBe(level)
  })

  it('accepts upper, lower and capitalised spellings', () => {
    expect(levelFromWord('warning')).toBe('warn')
    expect(levelFromWord('Warning')).toBe('warn')
    expect(levelFromWord('error')).toBe('error')
    expect(levelFromWord('Error')).toBe('error')
  })

  it('knows no other words', () => {
    for (const word of ['LabSZ', 'main', 'Information!', 'WARNINGS', '', 'informational-ish']) {
      expect(levelFromWord(word)).toBeUndefined()
    }
  })
})

describe('numeric levels', () => {
  it('reads syslog severities 0..7', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(levelFromSyslogSeverity)).toEqual([
      'fatal',
      'fatal',
      'fatal',
      'error',
      'warn',
      'notice',
      'info',
      'debug',
    ])
  })

  it('reads bunyan/pino levels 10..60, custom levels rounding down', () => {
    expect([10, 20, 30, 40, 50, 60, 35, 70].map(levelFromNumber)).toEqual([
      'trace',
      'debug',
      'info',
      'warn',
      'error',
      'fatal',
      'info',
      'fatal',
    ])
    expect(levelFromNumber(8)).toBeUndefined()
    expect(levelFromNumber(-1)).toBeUndefined()
    expect(levelFromNumber(3.5)).toBeUndefined()
  })

  it('reads a level field whatever its type', () => {
    expect(levelFromValue(50)).toBe('error')
    expect(levelFromValue('30')).toBe('info')
    expect(levelFromValue('warn')).toBe('warn')
  })

  it('derives access-log levels from the status', () => {
    expect([200, 301, 404, 499, 500, 503].map(levelFromHttpStatus)).toEqual([
      'info',
      'info',
      'warn',
      'warn',
      'error',
      'error',
    ])
  })
})
