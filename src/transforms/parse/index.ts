/**
 * The parse transform: detects a source's line format from a sample of its lines, then turns each frame
 * into ECS record fields.
 *
 *   const format = detectFormat(firstLines)                    // json, logfmt, syslog-*, header, ...
 *   const parser = createParser(format, { timezone: 'Europe/Berlin' })
 *   for (const frame of frames) emit({ ...parser.parse(frame), ... })
 *
 * Choices every format shares:
 * - `@timestamp` is ISO 8601 UTC with milliseconds. A written offset wins; otherwise the `timezone`
 *   option (IANA, default UTC) applies. What cannot be read gives no `@timestamp`, never a guess.
 * - A multi-line frame keeps its first line's message in `message`; a continuation that looks like a stack
 *   trace goes whole to `error.stack_trace` (and `error.type` when legible), any other continuation is
 *   appended to `message`.
 * - Fields with no ECS name become `labels`, as strings, with `.` in keys turned into `_`.
 * - ANSI colour codes are removed before parsing.
 * - A frame the source's format does not fit is parsed as plain, with `logward.format: 'plain'`.
 */
export { createFormat, detectFormat, scoreFormats, type FormatScore } from './detect.js'
export { createContext, type ParseContext, type ParseOptions, type ParserFormat } from './format.js'
export { stripAnsi } from './ansi.js'
export { FORMAT_NAMES, type FormatName } from './formats/index.js'
export { envelopeLength, GroupTracker } from './formats/github-actions.js'
export {
  levelFromHttpStatus,
  levelFromNumber,
  levelFromSyslogSeverity,
  levelFromValue,
  levelFromWord,
} from './level.js'
export { createParser, type FrameParser, type ParsedFrame } from './parser.js'
export { TimestampParser, type TimestampOptions } from './timestamp.js'
export { wallClock, type WallClock } from './timezone.js'
