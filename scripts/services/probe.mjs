// Readiness probes for scripts/services.sh: `node scripts/services/probe.mjs <kafka|hdfs|elasticsearch>`.
// Exits 0 when the service answers a real request, 1 (with the reason on stderr) otherwise.
// No dependencies: node:net for Kafka's wire protocol, fetch for the HTTP services.
/* global fetch, AbortSignal, setTimeout, clearTimeout */
import net from 'node:net'
import { Buffer } from 'node:buffer'

const HOST = '127.0.0.1'
const TIMEOUT_MS = 3000

// Kafka, spoken on the wire over one connection (request header v1, response header v0, non-flexible versions
// that Kafka 4.x still serves). Ready means more than an open port:
//   1. Metadata v4 lists this broker and a controller: the broker opens its listener only after catching up with
//      the KRaft metadata log;
//   2. FindCoordinator v1 (group) + OffsetFetch v2 answer without error: __consumer_offsets exists and its
//      coordinator has loaded (otherwise a first consumer group sees COORDINATOR_LOAD_IN_PROGRESS);
//   3. InitProducerId v1 (no transactional id) answers a producer id: idempotent producers can start.
const KAFKA_ERRORS = {
  14: 'COORDINATOR_LOAD_IN_PROGRESS',
  15: 'COORDINATOR_NOT_AVAILABLE',
  16: 'NOT_COORDINATOR',
}

class Reader {
  constructor(buf) {
    this.buf = buf
    this.p = 0
  }
  int8() {
    return this.buf.readInt8((this.p += 1) - 1)
  }
  int16() {
    return this.buf.readInt16BE((this.p += 2) - 2)
  }
  int32() {
    return this.buf.readInt32BE((this.p += 4) - 4)
  }
  int64() {
    return this.buf.readBigInt64BE((this.p += 8) - 8)
  }
  string() {
    const len = this.int16()
    if (len < 0) return null
    return this.buf.toString('utf8', (this.p += len) - len, this.p)
  }
}

const str = (s) => {
  if (s === null) return Buffer.from([0xff, 0xff])
  const b = Buffer.from(s)
  const len = Buffer.alloc(2)
  len.writeInt16BE(b.length)
  return Buffer.concat([len, b])
}
const i8 = (n) => Buffer.from([n & 0xff])
const i32 = (n) => {
  const b = Buffer.alloc(4)
  b.writeInt32BE(n)
  return b
}
const i16 = (n) => {
  const b = Buffer.alloc(2)
  b.writeInt16BE(n)
  return b
}

function kafkaConnection(port) {
  const socket = net.connect({ host: HOST, port })
  let buffered = Buffer.alloc(0)
  let pending = null
  let correlation = 0
  let failure = null
  const fail = (err) => {
    failure = err
    if (pending) pending.reject(err)
    pending = null
  }
  socket.on('error', fail)
  socket.on('close', () => fail(new Error('connection closed')))
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk])
    if (buffered.length < 4 || buffered.length < 4 + buffered.readInt32BE(0)) return
    const frame = buffered.subarray(4, 4 + buffered.readInt32BE(0))
    buffered = buffered.subarray(4 + frame.length)
    const r = new Reader(frame)
    const id = r.int32()
    if (pending && id === pending.id) {
      const p = pending
      pending = null
      p.resolve(r)
    }
  })
  const ready = new Promise((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  return {
    async request(apiKey, version, body) {
      await ready
      if (failure) throw failure
      const id = ++correlation
      const frame = Buffer.concat([i16(apiKey), i16(version), i32(id), str('logward-probe'), ...body])
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject }
        socket.write(Buffer.concat([i32(frame.length), frame]))
      })
    },
    abort(err) {
      fail(err)
      socket.destroy()
    },
    close() {
      socket.removeAllListeners('close')
      socket.destroy()
    },
  }
}

function kafkaError(what, code) {
  return new Error(`${what}: error ${code} ${KAFKA_ERRORS[code] ?? ''}`.trim())
}

async function kafkaReady(port) {
  const conn = kafkaConnection(port)
  const timer = setTimeout(
    () => conn.abort(new Error(`no answer from ${HOST}:${port} within ${TIMEOUT_MS} ms`)),
    TIMEOUT_MS,
  )
  try {
    // 1. Metadata v4: topics null (all), allow_auto_topic_creation false.
    let r = await conn.request(3, 4, [i32(-1), i8(0)])
    r.int32() // throttle_time_ms
    const brokers = []
    for (let n = r.int32(); n > 0; n--) {
      const nodeId = r.int32()
      const host = r.string()
      const brokerPort = r.int32()
      r.string() // rack
      brokers.push({ nodeId, host, port: brokerPort })
    }
    const clusterId = r.string()
    const controllerId = r.int32()
    if (!brokers.some((b) => b.port === port)) throw new Error(`broker list ${JSON.stringify(brokers)}`)
    if (controllerId < 0) throw new Error('no controller yet')

    // 2. FindCoordinator v1 for a group (key_type 0), then OffsetFetch v2 on it (topics null = all).
    r = await conn.request(10, 1, [str('logward-probe'), i8(0)])
    r.int32()
    let code = r.int16()
    if (code !== 0) throw kafkaError('group coordinator', code)
    r = await conn.request(9, 2, [str('logward-probe'), i32(-1)])
    if (r.int32() > 0) throw new Error('unexpected committed offsets for the probe group')
    code = r.int16()
    if (code !== 0) throw kafkaError('group coordinator load', code)

    // 3. InitProducerId v1: transactional_id null, transaction_timeout_ms.
    r = await conn.request(22, 1, [str(null), i32(60_000)])
    r.int32()
    code = r.int16()
    if (code !== 0) throw kafkaError('producer id', code)
    const producerId = r.int64()

    return `cluster ${clusterId}, brokers ${brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`).join(',')}, group coordinator and producer ids ready (pid ${producerId})`
  } finally {
    clearTimeout(timer)
    conn.close()
  }
}

async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  const text = await res.text()
  if (!res.ok) throw new Error(`${url} -> HTTP ${res.status}: ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

const probes = {
  async kafka() {
    return kafkaReady(Number(process.env.KAFKA_PORT ?? 9092))
  },
  async elasticsearch() {
    const base = process.env.ES_URL ?? 'http://127.0.0.1:9200'
    const h = await getJson(`${base}/_cluster/health?wait_for_status=yellow&timeout=1s`)
    if (h.timed_out || h.status === 'red') throw new Error(`cluster health ${h.status}`)
    return `cluster ${h.cluster_name} ${h.status}`
  },
  async hdfs() {
    const base = process.env.WEBHDFS_URL ?? 'http://127.0.0.1:9870'
    const jmx = await getJson(`${base}/jmx?qry=Hadoop:service=NameNode,name=NameNodeInfo`)
    const info = jmx.beans?.[0]
    if (!info) throw new Error('no NameNodeInfo bean yet')
    if (info.Safemode) throw new Error(`NameNode in safe mode: ${info.Safemode}`)
    const live = Object.keys(JSON.parse(info.LiveNodes || '{}')).length
    if (live < 1) throw new Error('no live DataNode yet')
    await getJson(`${base}/webhdfs/v1/?op=GETFILESTATUS&user.name=logward`)
    return `NameNode ${info.Version}, ${live} live DataNode(s)`
  },
}

const name = process.argv[2]
const probe = probes[name]
if (!probe) {
  console.error(`usage: probe.mjs <${Object.keys(probes).join('|')}>`)
  process.exit(2)
}
try {
  console.log(await probe())
} catch (err) {
  console.error(`${name} not ready: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
