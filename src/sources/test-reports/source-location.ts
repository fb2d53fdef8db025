/**
 * Where a failing test is, when the report has no `file`/`line` attributes: the stack frame or failure line
 * that points into the test's own source. A frame in a library (the assertion library, the runner, the code
 * under test) is not the test's location, so a frame is only taken when it is tied to the test: it names the
 * test's file, or its class, or its file looks like a test file. Paths are returned as written.
 */

export interface SourceLocation {
  file: string
  line: number
}

export interface LocationHints {
  /** The test's class (JUnit `classname`, TRX/NUnit class name). */
  className?: string
  /** Files known to hold the test: the case's or suite's `file` attribute, a jest suite named by its path. */
  files?: string[]
}

interface Frame {
  file: string
  line: number
  /** The class or method the frame names (Java, .NET, V8), to compare with the test's class. */
  symbol?: string
}

// `at com.x.FooTest.testBar(FooTest.java:42)` (Java, Kotlin, Scala; module prefixes like `java.base/`).
const JAVA_FRAME = /^\s*at ((?:[\w$.-]+\/)?[\w$.]+)\.[\w$<>-]+\(([^():]+):(\d+)\)/
// `at Ns.FooTests.Bar() in C:\src\FooTests.cs:line 42` (.NET).
const DOTNET_FRAME = /^\s*at (.+?)\(.*\) in (.+):line (\d+)\s*$/
// `at Object.<anonymous> (src/x.test.ts:12:3)` and `at src/x.test.ts:12:3` (V8).
const V8_FRAME = /^\s*at (?:(.+?) \()?((?:file:\/\/)?(?:[A-Za-z]:)?[^():]+):(\d+):\d+\)?\s*$/
// `File "tests/test_x.py", line 42, in test_bar` (Python traceback).
const PYTHON_FRAME = /^\s*File "(.+)", line (\d+)(?:, in (.+))?/
// `tests/test_x.py:42: AssertionError` (pytest), `foo_test.go:19: msg` (go), `/src/FooTest.php:28` (phpunit).
const PATH_LINE = /^\s*((?:[A-Za-z]:)?[^\s:()"'<>]+\.[A-Za-z][A-Za-z0-9]{0,9}):(\d+)(?::\d+)?(?::\s|:$|\s*$)/
// `at /src/Foo.php(123)` (phpunit and others).
const PATH_PAREN_LINE = /(?:^|\s)((?:[A-Za-z]:)?[^\s:()"'<>]+\.[A-Za-z][A-Za-z0-9]{0,9})\((\d+)\)\s*$/

function framesOf(text: string): Frame[] {
  const frames: Frame[] = []
  for (const raw of text.split(/\r?\n|\r/)) {
    // A frame is never this long; a hostile line must not make the (backtracking) patterns below cost time.
    if (raw.length > 1000) continue
    const isAt = raw.trimStart().startsWith('at ')
    let m: RegExpExecArray | null
    if (isAt && (m = JAVA_FRAME.exec(raw))) frames.push({ file: m[2]!, line: Number(m[3]), symbol: m[1]! })
    else if (isAt && raw.includes(':line ') && (m = DOTNET_FRAME.exec(raw)))
      frames.push({ file: m[2]!, line: Number(m[3]), symbol: m[1]! })
    else if (isAt && (m = V8_FRAME.exec(raw))) {
      const frame: Frame = { file: m[2]!, line: Number(m[3]) }
      if (m[1] !== undefined) frame.symbol = m[1]
      frames.push(frame)
    } else if ((m = PYTHON_FRAME.exec(raw))) frames.push({ file: m[1]!, line: Number(m[2]) })
    else if ((m = PATH_LINE.exec(raw))) frames.push({ file: m[1]!, line: Number(m[2]) })
    else if ((m = PATH_PAREN_LINE.exec(raw))) frames.push({ file: m[1]!, line: Number(m[2]) })
  }
  return frames.filter((f) => Number.isInteger(f.line) && f.line > 0)
}

function normalize(p: string): string {
  return p.replace(/^file:\/\//, '').replace(/\\/g, '/')
}

/** `a` and `b` name the same file: equal, or one is the other with leading directories (`src/x.ts`, `/w/src/x.ts`). */
export function samePath(a: string, b: string): boolean {
  const x = normalize(a)
  const y = normalize(b)
  if (x === y) return true
  const [long, short] = x.length > y.length ? [x, y] : [y, x]
  return short.length > 0 && long.endsWith(short) && long[long.length - short.length - 1] === '/'
}

const VENDOR_DIR = /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor|\.venv)\//i
const TEST_DIR = /(?:^|\/)(?:__tests__|tests?|specs?)\//i
const TEST_BASENAME =
  /(?:^test_.*\.py$|_(?:test|tests|spec)\.[A-Za-z0-9]+$|[.-](?:test|tests|spec|specs)\.[A-Za-z0-9]+$|(?:Test|Tests|Spec|IT|TestCase)\.[A-Za-z0-9]+$|\.phpt$)/

/** The path looks like a test source file (by name or directory), and is not inside installed dependencies. */
export function looksLikeTestFile(path: string): boolean {
  const p = normalize(path)
  if (VENDOR_DIR.test(p)) return false
  const base = p.slice(p.lastIndexOf('/') + 1)
  return TEST_BASENAME.test(base) || TEST_DIR.test(p)
}

function symbolMatchesClass(symbol: string | undefined, className: string | undefined): boolean {
  if (!symbol || !className) return false
  // Java frames name the class; .NET and V8 frames name class.method. Inner classes use `$` (Java) or `+` (.NET).
  const s = symbol.replace(/^[\w.-]+\//, '')
  return s === className || [className + '.', className + '$', className + '+'].some((p) => s.startsWith(p))
}

/**
 * The first frame, across `texts` in order, tied to the test: one in a known test file wins over one naming
 * the test's class, which wins over one whose file merely looks like a test file.
 */
export function findTestLocation(
  texts: (string | undefined)[],
  hints: LocationHints,
): SourceLocation | undefined {
  const files = (hints.files ?? []).filter((f) => f.length > 0)
  let best: { rank: number; frame: Frame } | undefined
  for (const text of texts) {
    if (!text) continue
    for (const frame of framesOf(text)) {
      const rank = files.some((f) => samePath(f, frame.file))
        ? 0
        : symbolMatchesClass(frame.symbol, hints.className) && !VENDOR_DIR.test(normalize(frame.file))
          ? 1
          : looksLikeTestFile(frame.file)
            ? 2
            : undefined
      if (rank === undefined) continue
      if (best === undefined || rank < best.rank) best = { rank, frame }
      if (rank === 0) return { file: frame.file, line: frame.line }
    }
  }
  return best && { file: best.frame.file, line: best.frame.line }
}

/** A line number in the text for a frame in `file` (when the report gives the file but not the line). */
export function findLineInFile(texts: (string | undefined)[], file: string): number | undefined {
  for (const text of texts) {
    if (!text) continue
    const frame = framesOf(text).find((f) => samePath(file, f.file))
    if (frame) return frame.line
  }
  return undefined
}
