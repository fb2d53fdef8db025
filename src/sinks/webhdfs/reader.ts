import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import type { LogRecord } from '../../core/record.js'
import { escapePartitionValue, parseDayDir, parseServiceDir, RAW_DIR } from '../lake/partition.js'
import type { WebHdfsClient } from './client.js'
import { WebHdfsError } from './errors.js'

export interface HdfsPart {
  path: string
  dt: string
  /** Escaped, as in the path. */
  service: string
  length: number
}

export interface ListHdfsOptions {
  /** First day kept, `YYYY-MM-DD` (inclusive). */
  fromDay?: string
  /** Last day kept, `YYYY-MM-DD` (inclusive). */
  toDay?: string
  /** Services, as records name them. */
  services?: readonly string[]
}

const PART = /^part-.+\.ndjson\.gz$/

/**
 * The finished parts of the HDFS lake, oldest day first, pruned by path as the local lake reader does
 * (src/sinks/lake/reader.ts): temporary dot files and anything that is not a part are skipped.
 */
export async function listHdfsParts(
  client: WebHdfsClient,
  root: string,
  options: ListHdfsOptions = {},
): Promise<HdfsPart[]> {
  const base = `${root.replace(/\/+$/, '')}/${RAW_DIR}`
  const services = options.services ? new Set(options.services.map(escapePartitionValue)) : undefined
  const parts: HdfsPart[] = []
  const days = (await client.list(base)).filter((s) => s.type === 'DIRECTORY').map((s) => s.pathSuffix)
  for (const dayDir of days.sort()) {
    const dt = parseDayDir(dayDir)
    if (dt === undefined) continue
    if (options.fromDay && dt < options.fromDay) continue
    if (options.toDay && dt > options.toDay) continue
    const serviceDirs = (await client.list(`${base}/${dayDir}`)).filter((s) => s.type === 'DIRECTORY')
    for (const serviceDir of serviceDirs.map((s) => s.pathSuffix).sort()) {
      const service = parseServiceDir(serviceDir)
      if (service === undefined || (services && !services.has(service))) continue
      const dir = `${base}/${dayDir}/${serviceDir}`
      for (const file of (await client.list(dir)).sort((a, b) => (a.pathSuffix < b.pathSuffix ? -1 : 1))) {
        if (file.type === 'FILE' && PART.test(file.pathSuffix))
          parts.push({ path: `${dir}/${file.pathSuffix}`, dt, service, length: file.length })
      }
    }
  }
  return parts
}

/** The records of one part, streamed (gunzip as the bytes arrive; memory holds one line). */
export async function* readHdfsPart(client: WebHdfsClient, path: string): AsyncGenerator<LogRecord> {
  const input = await client.open(path)
  const gunzip = createGunzip()
  let failure: unknown
  const fail = (err: unknown): void => {
    failure ??= err
    lines.close()
  }
  input.on('error', fail)
  gunzip.on('error', fail)
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })
  let n = 0
  try {
    for await (const line of lines) {
      n++
      if (line === '') continue
      try {
        yield JSON.parse(line) as LogRecord
      } catch (err) {
        throw new WebHdfsError('OPEN', `${path}:${n}`, {
          status: 200,
          message: 'not a JSON record',
          cause: err,
        })
      }
    }
    if (failure !== undefined) throw failure
  } catch (err) {
    if (err instanceof WebHdfsError) throw err
    throw new WebHdfsError('OPEN', path, {
      status: 200,
      message: `cannot read: ${(err as Error).message}`,
      cause: err,
    })
  } finally {
    lines.close()
    input.destroy()
    gunzip.destroy()
  }
}
