import { describe, expect, it } from 'vitest'

import { parseTestReport, summarize, summarizeSuite } from '../../../src/sources/test-reports/index.js'
import { caseNamed, fixture } from './helpers.js'

describe('JUnit: jest-junit', () => {
  it('counts from cases, keeps the suite named by its file, and finds the test file frame', async () => {
    const report = await parseTestReport(fixture('junit', 'jest-junit.xml'))
    expect(report.format).toBe('junit')
    expect(report.name).toBe('jest tests')
    expect(report.time).toBe(0.912)
    expect(summarize(report)).toEqual({ tests: 4, passed: 1, failed: 2, errored: 0, skipped: 1 })
    expect(report.suites.map((s) => s.name)).toEqual(['src/cart.test.ts'])

    const discount = caseNamed(report, 'applies the discount')
    expect(discount).toMatchObject({
      className: 'cart › totals',
      status: 'failed',
      time: 0.004,
      // No message attribute: the first line of the failure text stands in.
      message: 'Error: expect(received).toBe(expected) // Object.is equality',
      file: 'src/cart.test.ts',
      line: 12,
    })
    expect(discount.stackTrace).toContain('at Object.<anonymous> (src/cart.test.ts:12:3)')

    // The first frame is in the code under test (src/tax.ts); the location is the test's frame, path as written.
    expect(caseNamed(report, 'rounds the tax')).toMatchObject({
      file: '/home/runner/work/shop/shop/src/cart.test.ts',
      line: 27,
    })
    expect(caseNamed(report, 'handles zero').status).toBe('skipped')
  })
})

describe('JUnit: pytest', () => {
  it('tells <error> from <failure>, treats xfail as skipped, and reads pytest locations', async () => {
    const report = await parseTestReport(fixture('junit', 'pytest.xml'))
    // The suite says tests="8" with 2 failures and 2 errors; the cases are what count.
    expect(summarize(report)).toEqual({ tests: 8, passed: 1, failed: 2, errored: 2, skipped: 3 })

    expect(caseNamed(report, 'test_total')).toMatchObject({
      status: 'failed',
      message: 'assert 100 == 90',
      file: 'tests/test_orders.py',
      line: 42,
    })
    // A fixture error: the frame in conftest.py (a test-support file) is preferred over src/db.py.
    expect(caseNamed(report, 'test_db')).toMatchObject({
      status: 'errored',
      message: 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"',
      file: 'tests/conftest.py',
      line: 8,
    })
    // Failed, then errored in teardown: the test's own verdict wins; both bodies are kept.
    const cleanup = caseNamed(report, 'test_cleanup')
    expect(cleanup.status).toBe('failed')
    expect(cleanup.message).toBe('assert False')
    expect(cleanup.stackTrace).toContain('tests/test_orders.py:55: AssertionError')
    expect(cleanup.stackTrace).toContain('tests/conftest.py:12: RuntimeError')
    expect(cleanup).toMatchObject({ file: 'tests/test_orders.py', line: 55 })

    expect(caseNamed(report, 'test_windows_only')).toMatchObject({
      status: 'skipped',
      message: 'needs Windows',
      file: 'tests/test_orders.py',
      line: 60,
    })
    expect(caseNamed(report, 'test_known_bug')).toMatchObject({ status: 'skipped', message: 'bug #12' })
    expect(caseNamed(report, 'test_import_error').status).toBe('errored')
    expect(caseNamed(report, 'test_slow').file).toBe('/home/runner/work/app/tests/test_orders.py')
  })
})

describe('JUnit: Maven surefire reruns', () => {
  it('marks flaky passes and counts reruns of failures', async () => {
    const report = await parseTestReport(fixture('junit', 'surefire-rerun.xml'))
    expect(report.name).toBe('com.acme.PaymentTest')
    expect(summarize(report)).toEqual({ tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1 })

    const flaky = caseNamed(report, 'retriesTimeout')
    expect(flaky.status).toBe('passed')
    expect(flaky.flaky?.reruns).toHaveLength(2)
    expect(flaky.flaky?.reruns[0]).toMatchObject({
      message: 'expected:<200> but was:<503>',
      type: 'org.opentest4j.AssertionFailedError',
    })
    expect(flaky.flaky?.reruns[0]?.stackTrace).toContain('PaymentTest.java:41')
    expect(flaky.flaky?.reruns[1]).toMatchObject({
      message: 'Connection reset',
      type: 'java.net.SocketException',
    })
    // The attempt's own <system-out> is not the case's output.
    expect(flaky.stdout).toBeUndefined()
    expect(flaky.retries).toBeUndefined()
    // A passing flaky test's location comes from its failed attempts.
    expect(flaky).toMatchObject({ file: 'PaymentTest.java', line: 41 })

    const rerun = caseNamed(report, 'refundsTwice')
    expect(rerun).toMatchObject({
      status: 'failed',
      retries: 2,
      type: 'org.opentest4j.AssertionFailedError',
      stdout: 'refund log line',
      // An inner class frame (PaymentTest$Refunds) belongs to the test class.
      file: 'PaymentTest.java',
      line: 77,
    })
    expect(rerun.flaky).toBeUndefined()

    expect(caseNamed(report, 'loadsConfig')).toMatchObject({
      status: 'errored',
      retries: 1,
      message: 'null',
      file: 'PaymentTest.java',
      line: 90,
    })
    expect(caseNamed(report, 'usesLegacyApi')).toMatchObject({ status: 'skipped', message: '@Disabled' })
  })
})

describe('JUnit: phpunit', () => {
  it('keeps nested suites and file/line attributes, and falls back to the suite file', async () => {
    const report = await parseTestReport(fixture('junit', 'phpunit-nested.xml'))
    expect(summarize(report)).toEqual({ tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1 })
    const unit = report.suites[0]!
    expect(unit.name).toBe('Unit')
    expect(unit.cases).toEqual([])
    expect(unit.suites?.map((s) => s.name)).toEqual(['App\\Tests\\MoneyTest', 'App\\Tests\\LedgerTest'])
    const money = unit.suites![0]!
    expect(money.file).toBe('/repo/tests/MoneyTest.php')
    expect(money.suites?.[0]?.name).toBe('App\\Tests\\MoneyTest::testRound')
    expect(summarizeSuite(money)).toEqual({ tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0 })

    // The attribute line (where the method starts) wins over the failing line in the text.
    expect(caseNamed(report, 'testDivide')).toMatchObject({
      className: 'App.Tests.MoneyTest',
      file: '/repo/tests/MoneyTest.php',
      line: 22,
    })
    expect(caseNamed(report, 'testRound with data set #0')).toMatchObject({ line: 31 })
    // No file attribute on the case: the frame in the suite's file gives file and line.
    expect(caseNamed(report, 'testOpen')).toMatchObject({
      status: 'errored',
      file: '/repo/tests/LedgerTest.php',
      line: 18,
    })
    // Nothing to locate: the suite's file, without a line.
    const close = caseNamed(report, 'testClose')
    expect(close).toMatchObject({ status: 'skipped', file: '/repo/tests/LedgerTest.php' })
    expect(close.line).toBeUndefined()
  })
})

describe('JUnit: go-junit-report, bazel, nette-tester, swift, googletest', () => {
  it('go-junit-report: failure output locates the _test.go line; a build failure is an error', async () => {
    const report = await parseTestReport(fixture('junit', 'go-junit-report.xml'))
    expect(summarize(report)).toEqual({ tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1 })
    expect(caseNamed(report, 'TestDivide')).toMatchObject({
      message: 'Failed',
      stackTrace: '    calc_test.go:19: expected 2, got 3',
      file: 'calc_test.go',
      line: 19,
    })
    expect(caseNamed(report, 'TestNetwork')).toMatchObject({ status: 'skipped', message: 'Skipped' })
    expect(caseNamed(report, '[build failed]')).toMatchObject({ status: 'errored', message: 'Build error' })
    // A build error in broken.go is not in a test file: no location is invented.
    expect(caseNamed(report, '[build failed]').file).toBeUndefined()
  })

  it('bazel: the target is the case, suite-level output is not kept', async () => {
    const report = await parseTestReport(fixture('junit', 'bazel.xml'))
    expect(summarize(report)).toEqual({ tests: 1, passed: 0, failed: 0, errored: 1, skipped: 0 })
    const target = caseNamed(report, '//services/api:api_test')
    expect(target).toMatchObject({ status: 'errored', message: 'exited with error code 1', time: 4 })
    expect(target.stdout).toBeUndefined()
  })

  it('nette-tester: unnamed suite, message-only failure with a (line) location', async () => {
    const report = await parseTestReport(fixture('junit', 'nette-tester.xml'))
    expect(report.suites[0]?.name).toBe('')
    expect(summarize(report)).toEqual({ tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1 })
    expect(caseNamed(report, 'tests/Mail/Mime.phpt [method=testEncode]')).toMatchObject({
      status: 'failed',
      message: "Failed: 'a' should be 'b'\n\nin tests/Mail/Mime.phpt(14) Tester\\Assert::same()",
    })
  })

  it('swift xunit: failure with only a message, skipped', async () => {
    const report = await parseTestReport(fixture('junit', 'swift-xunit.xml'))
    expect(summarize(report)).toEqual({ tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1 })
    expect(caseNamed(report, 'testParsesNested')).toMatchObject({
      status: 'failed',
      message: 'XCTAssertEqual failed: ("1") is not equal to ("2")',
    })
    expect(caseNamed(report, 'testParsesNested').stackTrace).toBeUndefined()
  })

  it('googletest: notrun/suppressed and result="skipped" are skipped kinds', async () => {
    const report = await parseTestReport(fixture('junit', 'googletest.xml'))
    expect(summarize(report)).toEqual({ tests: 4, passed: 1, failed: 1, errored: 0, skipped: 2 })
    expect(caseNamed(report, 'DISABLED_Overflows').status).toBe('skipped')
    expect(caseNamed(report, 'NeedsGpu')).toMatchObject({
      status: 'skipped',
      message: 'test/math_test.cc:26\nno GPU',
    })
    expect(caseNamed(report, 'Divides')).toMatchObject({ file: 'test/math_test.cc', line: 15 })
  })
})

describe('JUnit: shapes', () => {
  it('a lone <testsuite> root, with a Java frame of the test class', async () => {
    const report = await parseTestReport(fixture('junit', 'single-suite-root.xml'))
    expect(report.suites).toHaveLength(1)
    expect(summarize(report)).toEqual({ tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0 })
    // Assert.java frames come first but belong to JUnit; FooTest.java is the test's.
    expect(caseNamed(report, 'breaks')).toMatchObject({
      type: 'java.lang.AssertionError',
      message: 'expected:<1> but was:<2>',
      file: 'FooTest.java',
      line: 42,
    })
  })

  it('<testcase> directly under <testsuites> gets a suite named after the run', async () => {
    const report = await parseTestReport(fixture('junit', 'cases-under-root.xml'))
    expect(report.suites.map((s) => s.name)).toEqual(['lint'])
    expect(summarize(report)).toEqual({ tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0 })
  })

  it('suites with counts but no cases use their declared counts; listed cases win over attributes', async () => {
    const report = await parseTestReport(fixture('junit', 'counts-only.xml'))
    const [crashed, aggregate, listed] = report.suites
    expect(crashed?.declared).toEqual({ tests: 3, failures: 0, errors: 3, skipped: 0 })
    expect(summarizeSuite(crashed!)).toEqual({ tests: 3, passed: 0, failed: 0, errored: 3, skipped: 0 })
    // skipped + disabled are both not-run.
    expect(summarizeSuite(aggregate!)).toEqual({ tests: 7, passed: 4, failed: 1, errored: 0, skipped: 2 })
    // tests="0": nothing declared.
    expect(aggregate?.suites?.[1]?.declared).toBeUndefined()
    // tests="99" failures="42" are ignored: the suite lists its cases.
    expect(listed?.declared).toBeUndefined()
    expect(summarizeSuite(listed!)).toEqual({ tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0 })
    expect(summarize(report)).toEqual({ tests: 12, passed: 5, failed: 2, errored: 3, skipped: 2 })
  })
})
