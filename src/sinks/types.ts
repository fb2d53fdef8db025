import type { LogRecord } from '../core/record.js'

/**
 * Where records go. `write` resolves once the batch is accepted (buffered within the sink's bound);
 * `close` resolves once everything written is durable. A sink never changes the records it is given.
 */
export interface RecordSink {
  readonly name: string
  write(batch: readonly LogRecord[]): Promise<void>
  close(): Promise<void>
}
