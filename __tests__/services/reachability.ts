import net from 'node:net'

/** The fixed loopback endpoints that scripts/services.sh starts (docs/real-services.md). */
export const KAFKA_BROKER = process.env.LOGWARD_TEST_KAFKA ?? '127.0.0.1:9092'
export const ES_URL = process.env.LOGWARD_TEST_ES_URL ?? 'http://127.0.0.1:9200'
export const WEBHDFS_URL = process.env.LOGWARD_TEST_WEBHDFS_URL ?? 'http://127.0.0.1:9870/webhdfs/v1'

const HOW_TO_START =
  'These tests need the real server: run `npm run services:start` first ' +
  '(or `npm run test:services`, which starts the servers, runs this suite and stops them).'

/** Why a service is not usable: the error message, with how to start it. */
function notReachable(what: string, err: unknown): Error {
  const reason = err instanceof Error ? err.message : String(err)
  return new Error(`${what} is not reachable (${reason}). ${HOW_TO_START}`)
}

function tcpConnect(hostPort: string, timeoutMs = 3000): Promise<void> {
  const [host, port] = hostPort.split(':')
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port) })
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)))
    socket.once('connect', () => {
      socket.end()
      resolve()
    })
    socket.once('error', reject)
  })
}

/** Throws (failing the suite, never skipping it) when the Kafka broker is not listening. */
export async function requireKafka(): Promise<void> {
  try {
    await tcpConnect(KAFKA_BROKER)
  } catch (err) {
    throw notReachable(`Kafka broker at ${KAFKA_BROKER}`, err)
  }
}

/** Throws when Elasticsearch does not answer a yellow-or-better cluster health. */
export async function requireElasticsearch(): Promise<void> {
  try {
    const res = await fetch(`${ES_URL}/_cluster/health?wait_for_status=yellow&timeout=5s`, {
      signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) throw new Error(`GET /_cluster/health -> HTTP ${res.status}`)
  } catch (err) {
    throw notReachable(`Elasticsearch at ${ES_URL}`, err)
  }
}

/** Throws when the WebHDFS endpoint of the NameNode does not answer GETFILESTATUS on /. */
export async function requireWebHdfs(): Promise<void> {
  try {
    const res = await fetch(`${WEBHDFS_URL}/?op=GETFILESTATUS&user.name=logward`, {
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) throw new Error(`GETFILESTATUS / -> HTTP ${res.status}`)
  } catch (err) {
    throw notReachable(`HDFS (WebHDFS at ${WEBHDFS_URL})`, err)
  }
}

/** A name no earlier run used, so runs against a long-lived server do not see each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}
