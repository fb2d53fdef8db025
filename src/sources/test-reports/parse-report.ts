import { ReportParseError } from '../../core/errors.js'
import type { ReportBuilder } from './builder.js'
import { JUnitBuilder } from './junit/parser.js'
import type { TestReport } from './model.js'
import { NUnitBuilder } from './nunit/parser.js'
import {
  DEFAULT_MAX_FIELD_CHARS,
  DEFAULT_MAX_REPORT_TEXT_CHARS,
  makeLimits,
  type TextLimits,
} from './text.js'
import { TrxBuilder } from './trx/parser.js'
import { streamXml, type Attributes } from './xml-stream.js'

export interface ParseReportOptions {
  /** Most characters kept per text field of a case (message, stack trace, stdout, stderr). Default 64 KiB. */
  maxFieldChars?: number
  /** Most characters of such text kept for a whole report; past it, fields hold only a truncation marker. Default 4 Mi (a run parses many reports and keeps them all). */
  maxReportTextChars?: number
  /** Largest size a gzip-compressed report may expand to (gzip-bomb guard). Default 10 GiB, as `max-decompressed-bytes`. */
  maxDecompressedBytes?: number
  /** Deepest element nesting accepted. Default 512. */
  maxDepth?: number
}

const DEFAULTS = {
  maxDecompressedBytes: 10 * 1024 ** 3,
  maxDepth: 512,
  // A real prolog is an XML declaration and maybe a comment; this is generous and still bounds what saxes
  // buffers for a DOCTYPE before we get to look at it.
  maxPrologChars: 1024 * 1024,
}

function builderFor(path: string, root: string, limits: TextLimits): ReportBuilder {
  switch (root) {
    case 'testsuites':
    case 'testsuite':
      return new JUnitBuilder(limits)
    case 'TestRun':
      return new TrxBuilder(limits)
    case 'test-run':
    case 'test-results':
      return new NUnitBuilder(limits)
    default:
      throw new ReportParseError(
        path,
        `not a JUnit, TRX or NUnit report (root element <${root.slice(0, 100)}>)`,
      )
  }
}

/**
 * Parse one test report: JUnit XML (and its dialects), TRX or NUnit, told apart by the root element; gzip
 * (magic bytes `1f 8b`) is undone on the fly. The file is streamed, never read whole, and the text kept per
 * case is bounded (see ParseReportOptions). DOCTYPEs that declare entities or reference a DTD are refused
 * (see xml-stream.ts for why). Throws a ReportParseError naming the file for anything that is not a
 * well-formed report of a known kind.
 */
export async function parseTestReport(path: string, options: ParseReportOptions = {}): Promise<TestReport> {
  const limits = makeLimits(
    options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS,
    options.maxReportTextChars ?? DEFAULT_MAX_REPORT_TEXT_CHARS,
  )
  let builder: ReportBuilder | undefined
  const { gzip } = await streamXml(
    path,
    (root: string, _attrs: Attributes) => (builder = builderFor(path, root, limits)),
    {
      maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULTS.maxDecompressedBytes,
      maxDepth: options.maxDepth ?? DEFAULTS.maxDepth,
      maxPrologChars: DEFAULTS.maxPrologChars,
      maxAttributeChars: limits.maxFieldChars,
    },
  )
  // streamXml only returns after a root element was opened and closed, so a builder exists.
  const report: TestReport = { path, ...builder!.finish() }
  if (gzip) report.gzip = true
  return report
}
