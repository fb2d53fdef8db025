// Builds examples/: a realistic CI run of a small shop (api in Java, worker in Python, web in Node,
// a deploy job log as GitHub Actions writes it, an nginx access log) plus JUnit reports; several passing
// runs to learn a baseline from, and one failing run. Deterministic (seeded), so the committed files are
// reproducible: `npm run examples`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const root = new URL('../examples/', import.meta.url).pathname

function rng(seed: number): () => number {
  // mulberry32: tiny, good enough for fixtures, identical on every machine.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface RunSpec {
  id: string
  failing: boolean
  seed: number
  start: Date
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0')
}

function javaTs(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
}

function pyTs(d: Date): string {
  return javaTs(d).replace('.', ',')
}

function makeRun(spec: RunSpec): void {
  const r = rng(spec.seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!
  const dir = join(root, 'runs', spec.id)
  mkdirSync(join(dir, 'logs'), { recursive: true })
  mkdirSync(join(dir, 'reports'), { recursive: true })
  let t = spec.start.getTime()
  const tick = (ms: number): Date => new Date((t += Math.floor(ms * (0.5 + r()))))

  // api: Spring Boot style, with a stack trace in the failing run.
  const api: string[] = []
  api.push(
    `${javaTs(tick(10))}  INFO 4211 --- [           main] c.e.shop.ApiApplication                  : Starting ApiApplication v2.4.${spec.seed % 7} using Java 21.0.4`,
  )
  api.push(
    `${javaTs(tick(900))}  INFO 4211 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'`,
  )
  for (let i = 0; i < 120; i++) {
    const order = 10000 + Math.floor(r() * 90000)
    const ms = 5 + Math.floor(r() * 80)
    api.push(
      `${javaTs(tick(200))}  INFO 4211 --- [nio-8080-exec-${1 + (i % 9)}] c.e.shop.orders.OrderController         : Created order ${order} for customer ${Math.floor(r() * 5000)} in ${ms} ms`,
    )
    if (i % 17 === 5)
      api.push(
        `${javaTs(tick(50))}  WARN 4211 --- [nio-8080-exec-${1 + (i % 9)}] c.e.shop.payments.PaymentClient         : Payment provider slow: ${300 + Math.floor(r() * 400)} ms for order ${order}`,
      )
    if (i % 29 === 11)
      api.push(
        `${javaTs(tick(50))} DEBUG 4211 --- [nio-8080-exec-3] c.e.shop.cache.CartCache                 : Cache miss for cart ${Math.floor(r() * 1e6).toString(16)}`,
      )
    if (spec.failing && i === 80) {
      api.push(
        `${javaTs(tick(30))} ERROR 4211 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception`,
      )
      api.push(
        `java.lang.IllegalStateException: Inventory reservation failed for order ${order}: connection pool exhausted`,
      )
      api.push(`\tat com.example.shop.inventory.InventoryService.reserve(InventoryService.java:88)`)
      api.push(`\tat com.example.shop.orders.OrderService.place(OrderService.java:142)`)
      api.push(`\tat com.example.shop.orders.OrderController.create(OrderController.java:57)`)
      api.push(
        `\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)`,
      )
      api.push(
        `Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.`,
      )
      api.push(`\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)`)
      api.push(`\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)`)
      api.push(`\t... 42 common frames omitted`)
      for (let k = 0; k < 6; k++) {
        api.push(
          `${javaTs(tick(400))} ERROR 4211 --- [nio-8080-exec-${1 + k}] c.e.shop.inventory.InventoryService     : Inventory reservation failed for order ${10000 + Math.floor(r() * 90000)}: connection pool exhausted`,
        )
      }
    }
  }
  writeFileSync(join(dir, 'logs', 'api.log'), api.join('\n') + '\n')

  // worker: Python logging, with a traceback in the failing run; gzipped like a rotated log.
  const worker: string[] = []
  for (let i = 0; i < 80; i++) {
    const job = Math.floor(r() * 1e5)
    worker.push(
      `${pyTs(tick(300))} INFO [worker.emails] sent receipt for order ${10000 + Math.floor(r() * 90000)} (job ${job})`,
    )
    if (i % 13 === 4)
      worker.push(
        `${pyTs(tick(100))} WARNING [worker.retry] retrying job ${job} in ${pick([2, 4, 8])}s (attempt ${pick([1, 2])}/3)`,
      )
    if (spec.failing && i === 60) {
      worker.push(`${pyTs(tick(40))} ERROR [worker.invoices] job ${job} failed`)
      worker.push('Traceback (most recent call last):')
      worker.push('  File "/app/worker/invoices.py", line 57, in render')
      worker.push('    total = sum(line.amount for line in order.lines)')
      worker.push('  File "/app/worker/invoices.py", line 57, in <genexpr>')
      worker.push('    total = sum(line.amount for line in order.lines)')
      worker.push("AttributeError: 'NoneType' object has no attribute 'amount'")
    }
  }
  writeFileSync(join(dir, 'logs', 'worker.log.gz'), gzipSync(worker.join('\n') + '\n'))

  // web: pino JSON lines from a Node service.
  const web: string[] = []
  for (let i = 0; i < 100; i++) {
    const d = tick(150)
    const status = spec.failing && i > 70 && i % 4 === 0 ? 502 : pick([200, 200, 200, 201, 304])
    const level = status >= 500 ? 50 : 30
    web.push(
      JSON.stringify({
        level,
        time: d.getTime(),
        pid: 77,
        hostname: 'web-1',
        service: 'web',
        msg: status >= 500 ? 'upstream api failed' : 'request completed',
        req: { method: pick(['GET', 'POST']), url: pick(['/cart', '/checkout', '/products/42']) },
        res: { statusCode: status },
        responseTime: Math.floor(r() * 120),
      }),
    )
  }
  writeFileSync(join(dir, 'logs', 'web.jsonl'), web.join('\n') + '\n')

  // deploy job log, as GitHub Actions writes it (timestamp prefix, ##[group] blocks).
  const ghts = (): string => tick(700).toISOString().replace('Z', '0000Z')
  const deploy = [
    `${ghts()} ##[group]Run ./scripts/deploy.sh staging`,
    `${ghts()} Deploying shop v2.4.${spec.seed % 7} to staging`,
    `${ghts()} Pushing image registry.example.com/shop/api:${((spec.seed * 2654435761) >>> 0).toString(16)}`,
    // A leaked credential, as happens when a script echoes its command: logward must redact it.
    `${ghts()} + curl -sf -H 'Authorization: Bearer ghp_ExampleTokenDoNotUse0123456789abcdef' https://api.example.com/deployments`,
    `${ghts()} ##[endgroup]`,
    `${ghts()} ##[group]Run ./scripts/smoke.sh`,
    `${ghts()} GET https://staging.example.com/health -> 200`,
    ...(spec.failing
      ? [
          `${ghts()} POST https://staging.example.com/checkout -> 502`,
          `${ghts()} ##[error]Smoke test failed: checkout returned 502`,
        ]
      : [`${ghts()} POST https://staging.example.com/checkout -> 201`]),
    `${ghts()} ##[endgroup]`,
  ]
  writeFileSync(join(dir, 'logs', 'deploy-job.log'), deploy.join('\n') + '\n')

  // JUnit: surefire-style for the api, jest-junit for web.
  const apiCases = [
    ['OrderServiceTest', 'placesOrder'],
    ['OrderServiceTest', 'rejectsEmptyCart'],
    ['InventoryServiceTest', 'reservesStock'],
    ['InventoryServiceTest', 'releasesStockOnCancel'],
    ['PaymentClientTest', 'retriesOnTimeout'],
  ]
  const failingCase = spec.failing ? 'reservesStock' : ''
  const cases = apiCases
    .map(([cls, name]) => {
      const body =
        name === failingCase
          ? `\n      <failure message="expected reserved=3 but was 0" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected reserved=3 but was 0\n\tat com.example.shop.inventory.InventoryServiceTest.reservesStock(InventoryServiceTest.java:41)\n</failure>\n    `
          : name === 'retriesOnTimeout'
            ? `\n      <flakyFailure message="timed out" type="java.net.SocketTimeoutException">java.net.SocketTimeoutException: timed out\n\tat com.example.shop.payments.PaymentClientTest.retriesOnTimeout(PaymentClientTest.java:29)\n</flakyFailure>\n    `
            : ''
      return `    <testcase name="${name}" classname="com.example.shop.${cls}" time="${(r() * 0.5).toFixed(3)}">${body}</testcase>`
    })
    .join('\n')
  writeFileSync(
    join(dir, 'reports', 'TEST-api.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="com.example.shop" tests="5" failures="${spec.failing ? 1 : 0}" errors="0" skipped="0" time="1.9">\n${cases}\n</testsuite>\n`,
  )
  writeFileSync(
    join(dir, 'reports', 'junit-web.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="3" failures="0" errors="0" time="2.1">\n  <testsuite name="cart" tests="3" failures="0" errors="0" skipped="1" time="2.1">\n    <testcase classname="cart adds items" name="cart adds items" time="0.012"/>\n    <testcase classname="cart removes items" name="cart removes items" time="0.009"/>\n    <testcase classname="cart applies coupons" name="cart applies coupons" time="0"><skipped/></testcase>\n  </testsuite>\n</testsuites>\n`,
  )
}

rmSync(join(root, 'runs'), { recursive: true, force: true })
const base = Date.UTC(2026, 10, 20, 9, 0, 0)
for (let i = 1; i <= 5; i++)
  makeRun({ id: `pass-${i}`, failing: false, seed: i, start: new Date(base + i * 86400000) })
makeRun({ id: 'failing', failing: true, seed: 42, start: new Date(base + 7 * 86400000) })
console.log('wrote examples/runs/{pass-1..pass-5,failing}')
