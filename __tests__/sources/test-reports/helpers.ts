import { join } from 'node:path'

import { repoRoot } from '../../helpers/shared-data.js'
import { allCases, type TestCase, type TestReport } from '../../../src/sources/test-reports/index.js'

export const fixtures = join(repoRoot, '__tests__', 'fixtures', 'test-reports')

export function fixture(...parts: string[]): string {
  return join(fixtures, ...parts)
}

/** The case named `name` (throws if absent, so a test fails with a clear message). */
export function caseNamed(report: TestReport, name: string): TestCase {
  for (const { testCase } of allCases(report)) if (testCase.name === name) return testCase
  throw new Error(`no case named ${JSON.stringify(name)} in ${report.path}`)
}
