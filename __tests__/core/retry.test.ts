import { describe, expect, it, vi } from 'vitest'
import { LogwardError, ServiceError } from '../../src/core/errors.js'
import { parseRetryAfter, retry } from '../../src/core/retry.js'

const fast = { initialDelayMs: 1, maxDelayMs: 5, random: () => 0.5 }

describe('retry', () => {
  it('retries retriable errors until it works', async () => {
    let calls = 0
    const result = await retry(async () => {
      if (++calls < 3) throw new ServiceError('busy', { retriable: true })
      return 'ok'
    }, fast)
    expect(result).toBe('ok')
    expect(calls).toBe(3)
  })

  it('does not retry errors that are not retriable, and gives up after the last attempt', async () => {
    let calls = 0
    await expect(
      retry(async () => {
        calls++
        throw new LogwardError('bad request')
      }, fast),
    ).rejects.toThrow('bad request')
    expect(calls).toBe(1)
    calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new ServiceError('down', { retriable: true })
        },
        { ...fast, retries: 4 },
      ),
    ).rejects.toThrow('down')
    expect(calls).toBe(4)
  })

  it('bail stops at once with the given error', async () => {
    let calls = 0
    await expect(
      retry(async (_attempt, bail) => {
        calls++
        return bail(new Error('fatal'))
      }, fast),
    ).rejects.toThrow('fatal')
    expect(calls).toBe(1)
  })

  it('uses shouldRetry for foreign errors, a server-asked delay, and reports each retry', async () => {
    const onRetry = vi.fn()
    let calls = 0
    await retry(
      async () => {
        if (++calls < 2) throw Object.assign(new Error('ECONNRESET'), { code: 'ECONNRESET' })
        return 1
      },
      {
        ...fast,
        shouldRetry: (e) => (e as { code?: string }).code === 'ECONNRESET',
        retryAfterMs: () => 2,
        onRetry,
      },
    )
    expect(onRetry).toHaveBeenCalledWith(expect.any(Error), 1, 2)
  })

  it('parses Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(5000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })
})
