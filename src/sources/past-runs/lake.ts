import { listLakeFiles, readPart } from '../../sinks/lake/reader.js'
import type { WebHdfsClient } from '../../sinks/webhdfs/client.js'
import { listHdfsParts, readHdfsPart } from '../../sinks/webhdfs/reader.js'
import type { LakeRecord } from './group-runs.js'

/** Which days and services of a lake to read (`YYYY-MM-DD`, inclusive): pruning by path, before reading. */
export interface LakeRange {
  fromDay?: string
  toDay?: string
  services?: readonly string[]
}

function rangeOptions(range: LakeRange): LakeRange {
  return {
    ...(range.fromDay ? { fromDay: range.fromDay } : {}),
    ...(range.toDay ? { toDay: range.toDay } : {}),
    ...(range.services ? { services: range.services } : {}),
  }
}

/** Every record of a local lake (the embedded store's `raw/`, or a copy of the HDFS lake), oldest day first. */
export async function* readLocalLake(dir: string, range: LakeRange = {}): AsyncGenerator<LakeRecord> {
  const files = await listLakeFiles(dir, {
    ...(range.fromDay ? { from: range.fromDay } : {}),
    ...(range.services ? { services: range.services } : {}),
  })
  for (const file of files) {
    if (range.toDay && file.dt > range.toDay) continue
    const partition = `${file.dt}/${file.service}`
    for await (const record of readPart(file.path)) yield { record, partition }
  }
}

/** Every record of the HDFS lake under `root` (WebHDFS), oldest day first, streamed part by part. */
export async function* readHdfsLake(
  client: WebHdfsClient,
  root: string,
  range: LakeRange = {},
): AsyncGenerator<LakeRecord> {
  for (const part of await listHdfsParts(client, root, rangeOptions(range))) {
    const partition = `${part.dt}/${part.service}`
    for await (const record of readHdfsPart(client, part.path)) yield { record, partition }
  }
}
