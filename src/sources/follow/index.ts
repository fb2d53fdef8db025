export { CheckpointStore, type CheckpointData, type FilePosition } from './checkpoint.js'
export { Follower, type FollowBatch, type FollowerOptions } from './follower.js'
export { LineReader, type TailLine } from './line-reader.js'
export { RecordBuilder } from './record-builder.js'
