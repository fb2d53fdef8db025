/** Template mining: turn log messages into templates with stable ids (see miner.ts, template-id.ts). */
export { groupingAccuracy } from './accuracy.js'
export { WILDCARD, maskToken } from './mask.js'
export {
  mineAll,
  matchAll,
  mineTwoPass,
  mineMessages,
  mineOnePass,
  type MessageSource,
  type MinedLine,
} from './mine-lines.js'
export {
  DEFAULT_MINER_OPTIONS,
  TemplateMiner,
  type MineResult,
  type MinerOptions,
  type Template,
} from './miner.js'
export { MINER_STATE_FORMAT, MINER_STATE_VERSION, parseMinerState, type MinerState } from './state.js'
export { ID_SCHEME, templateId } from './template-id.js'
export { tokenize } from './tokenize.js'
