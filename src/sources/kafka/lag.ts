import type { Admin } from 'kafkajs'

export interface PartitionLag {
  topic: string
  partition: number
  /** Next offset the group will read (its commit, else the earliest offset kept). */
  position: bigint
  high: bigint
}

/**
 * How far a consumer group is behind on these topics: per partition, the committed offset against the
 * high watermark. A partition with no commit yet starts at its earliest offset (consumers read from the
 * beginning). Drained means every position has reached its high watermark: `consume --until-idle` stops
 * then. Asked of the brokers, so it also holds with several consumers in the group.
 */
export async function groupLag(
  admin: Admin,
  groupId: string,
  topics: readonly string[],
): Promise<PartitionLag[]> {
  if (topics.length === 0) return []
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] })
  const lags: PartitionLag[] = []
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic)
    const byPartition = new Map(
      (committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, p.offset]),
    )
    for (const o of offsets) {
      const c = byPartition.get(o.partition)
      const position = c !== undefined && c !== '-1' ? BigInt(c) : BigInt(o.low)
      lags.push({ topic, partition: o.partition, position, high: BigInt(o.high) })
    }
  }
  return lags
}

export function isDrained(lags: readonly PartitionLag[]): boolean {
  return lags.every((l) => l.position >= l.high)
}

export function totalLag(lags: readonly PartitionLag[]): bigint {
  return lags.reduce((sum, l) => sum + (l.high > l.position ? l.high - l.position : 0n), 0n)
}
