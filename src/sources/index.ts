export { collectSources, type CollectOptions, type CollectSummary, type SourceCollection } from './collect.js'
export { expandInputs, type ExpandedInput, type ExpandOptions, type ExpandResult } from './expand-inputs.js'
export { openSource, READ_CHUNK_BYTES, type OpenResult, type OpenSourceOptions } from './open-source.js'
export {
  decodeBytes,
  sniff,
  binaryReason,
  SNIFF_BYTES,
  type Decoded,
  type DecodeOptions,
  type Sniffed,
} from './decode.js'
export { gunzipBounded, isGzip, DECOMPRESS_DEFAULTS, type DecompressOptions } from './decompress.js'
export { LineSplitter, splitLines, cutUtf8, SPLIT_DEFAULTS, type SplitOptions } from './split-lines.js'
export { toInputError } from './input-errors.js'
export type { OpenedSource, SourceLine, SourceStats, TextEncoding } from './types.js'
