import { describe, expect, it } from 'vitest'

import {
  findTestLocation,
  looksLikeTestFile,
  samePath,
} from '../../../src/sources/test-reports/source-location.js'

describe('findTestLocation', () => {
  it('jest: the frame in the test file, not the library or code under test', () => {
    const stack = [
      'Error: boom',
      '    at throwError (src/lib.ts:2:9)',
      '    at Object.<anonymous> (src/x.test.ts:12:3)',
      '    at Promise.then.completed (node_modules/jest-circus/build/utils.js:298:28)',
    ].join('\n')
    expect(findTestLocation([stack], {})).toEqual({ file: 'src/x.test.ts', line: 12 })
  })

  it('a frame in a known file (suite file, jest suite name) wins, with the path as written', () => {
    const stack =
      '    at helper (test/helpers.test.js:1:1)\n    at Object.<anonymous> (C:\\w\\__tests__\\a.js:7:5)'
    expect(findTestLocation([stack], { files: ['__tests__\\a.js'] })).toEqual({
      file: 'C:\\w\\__tests__\\a.js',
      line: 7,
    })
  })

  it('Java: the frame of the test class (and its inner classes); JDK and JUnit frames are skipped', () => {
    const stack = [
      'java.lang.AssertionError: x',
      '\tat org.junit.Assert.fail(Assert.java:89)',
      '\tat com.x.FooTest$Nested.testBar(FooTest.java:42)',
    ].join('\n')
    expect(findTestLocation([stack], { className: 'com.x.FooTest' })).toEqual({
      file: 'FooTest.java',
      line: 42,
    })
    // Without the class, FooTest.java still looks like a test file.
    expect(findTestLocation([stack], {})).toEqual({ file: 'FooTest.java', line: 42 })
  })

  it('.NET: ` in path:line N`, matched by class', () => {
    const stack = [
      '   at Acme.Calc.Div(Int32 a) in /src/Acme/Calc.cs:line 9',
      '   at Acme.Specs.CalcChecks.Divides() in /src/Acme.Specs/CalcChecks.cs:line 33',
    ].join('\n')
    expect(findTestLocation([stack], { className: 'Acme.Specs.CalcChecks' })).toEqual({
      file: '/src/Acme.Specs/CalcChecks.cs',
      line: 33,
    })
  })

  it('pytest, unittest tracebacks and go test output', () => {
    expect(
      findTestLocation(['    assert x\nE   assert 0\n\ntests/test_x.py:42: AssertionError'], {}),
    ).toEqual({
      file: 'tests/test_x.py',
      line: 42,
    })
    expect(
      findTestLocation(
        ['Traceback (most recent call last):\n  File "/w/tests/test_x.py", line 24, in test_a'],
        {},
      ),
    ).toEqual({ file: '/w/tests/test_x.py', line: 24 })
    expect(findTestLocation(['    calc_test.go:19: expected 2, got 3'], {})).toEqual({
      file: 'calc_test.go',
      line: 19,
    })
  })

  it('finds nothing rather than a frame that is not the test', () => {
    expect(
      findTestLocation(['    at run (node_modules/jest-jasmine2/build/jasmine/Spec.js:116:22)'], {}),
    ).toBeUndefined()
    expect(findTestLocation(['Expected: 3\nActual: 2'], {})).toBeUndefined()
    expect(findTestLocation([undefined, ''], {})).toBeUndefined()
  })

  it('stays fast on hostile lines', () => {
    const hostile = ('at ' + '('.repeat(400) + ')'.repeat(400) + ' in x:line \n').repeat(60)
    const started = performance.now()
    findTestLocation([hostile, 'a.'.repeat(30_000)], { className: 'X' })
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('looksLikeTestFile / samePath', () => {
  it.each([
    ['src/cart.test.ts', true],
    ['src/cart.spec.js', true],
    ['tests/test_orders.py', true],
    ['calc_test.go', true],
    ['FooTest.java', true],
    ['FooTests.cs', true],
    ['PaymentIT.java', true],
    ['tests/Mail/Mime.phpt', true],
    ['__tests__/main.js', true],
    ['src/tax.ts', false],
    ['Latest.java', false],
    ['node_modules/jest-jasmine2/build/jasmine/Spec.js', false],
    ['/usr/lib/python3/site-packages/tests/test_x.py', false],
  ])('%s -> %s', (path, expected) => {
    expect(looksLikeTestFile(path)).toBe(expected)
  })

  it('samePath matches on whole path segments, across separators', () => {
    expect(samePath('/w/src/a.test.ts', 'src/a.test.ts')).toBe(true)
    expect(samePath('C:\\w\\src\\a.test.ts', 'src/a.test.ts')).toBe(true)
    expect(samePath('/w/src/xa.test.ts', 'a.test.ts')).toBe(false)
  })
})
