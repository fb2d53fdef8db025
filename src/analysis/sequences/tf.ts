import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as TF from '@tensorflow/tfjs'

/**
 * The one door to TensorFlow.js. It is imported lazily so that only commands that train or score pay its
 * start-up cost (hundreds of milliseconds and tens of MB), and everything tfjs prints on its own is kept out
 * of the user's CI log: tfjs greets Node users with "Hi there 👋 … install our node backend" banners, warns
 * about platforms and slow initialisers, and the native library logs CPU features. Those lines go to the
 * debug sink instead, so `--log-level debug` still shows them.
 */
export type Tf = typeof TF
type WasmModule = typeof import('@tensorflow/tfjs-backend-wasm')

export type BackendName = 'tensorflow' | 'wasm' | 'cpu'

export interface LoadedTf {
  tf: Tf
  backend: BackendName
}

type Sink = (message: string) => void
let debugSink: Sink = () => {}
let loading: Promise<LoadedTf> | undefined

/** Where captured tfjs console output goes (the CLI passes its logger's debug). */
export function setTfDebugSink(sink: Sink): void {
  debugSink = sink
}

const CAPTURED = ['log', 'info', 'warn', 'debug'] as const
let depth = 0
let saved: Partial<Record<(typeof CAPTURED)[number], (...args: unknown[]) => void>> = {}

/**
 * Runs `fn` with console.log/info/warn/debug diverted to the debug sink. tfjs calls console directly from
 * places no flag reaches (tfjs-layers' initialiser warnings, the platform registry), so prod mode alone is
 * not enough. Nested and concurrent calls share one diversion, undone when the last one ends.
 */
export async function quietly<T>(fn: () => Promise<T> | T): Promise<T> {
  if (depth++ === 0) {
    saved = {}
    for (const name of CAPTURED) {
      saved[name] = console[name]
      console[name] = (...args: unknown[]) => debugSink(`tfjs: ${args.map(String).join(' ')}`)
    }
  }
  try {
    return await fn()
  } finally {
    if (--depth === 0) for (const name of CAPTURED) if (saved[name]) console[name] = saved[name]
  }
}

/**
 * Loads tfjs once per process. Backend order: `@tensorflow/tfjs-node` when it happens to be installed (native
 * TensorFlow, fastest), else the wasm backend (XNNPACK; much faster than the pure-JS one for these small
 * dense and LSTM layers, and single-threaded under Node so its results are reproducible), else pure JS.
 * LOGWARD_TF_BACKEND=tensorflow|wasm|cpu forces one, e.g. to reproduce a shipped model byte for byte.
 */
export function loadTf(): Promise<LoadedTf> {
  loading ??= quietly(load)
  return loading
}

/**
 * In the bundle (dist/<entry>/index.js) the build copies the .wasm files to dist/tfjs-wasm/; from the
 * sources (tests, tsx) there is no such folder and the backend finds its files in node_modules itself.
 */
function bundledWasmDir(): string | undefined {
  const dir = fileURLToPath(new URL('../tfjs-wasm/', import.meta.url))
  return existsSync(join(dir, 'tfjs-backend-wasm.wasm')) ? dir : undefined
}

async function load(): Promise<LoadedTf> {
  const forced = process.env.LOGWARD_TF_BACKEND as BackendName | undefined
  if (forced === undefined || forced === 'tensorflow') {
    const native = await tryNative()
    if (native) return native
    if (forced === 'tensorflow')
      debugSink('tfjs: LOGWARD_TF_BACKEND=tensorflow but @tensorflow/tfjs-node is not installed')
  }
  // Bundled, the CommonJS build can arrive as a default export; from the sources it is the namespace.
  const imported = (await import('@tensorflow/tfjs')) as Partial<Tf> & { default?: Tf }
  const tf = (typeof imported.enableProdMode === 'function' ? imported : imported.default!) as Tf
  tf.enableProdMode()
  if (forced !== 'cpu') {
    try {
      const wasmImported = (await import('@tensorflow/tfjs-backend-wasm')) as Partial<WasmModule> & {
        default?: WasmModule
      }
      const wasm = (
        typeof wasmImported.setWasmPaths === 'function' ? wasmImported : wasmImported.default!
      ) as WasmModule
      const wasmDir = process.env.LOGWARD_TFJS_WASM_DIR ?? bundledWasmDir()
      if (wasmDir) wasm.setWasmPaths(withSlash(wasmDir))
      // One thread: Node's wasm build is single-threaded today; pinning it keeps the op order fixed if that changes.
      wasm.setThreadsCount(1)
      if (await tf.setBackend('wasm')) {
        await tf.ready()
        return { tf, backend: 'wasm' }
      }
    } catch (err) {
      // A bundle without the .wasm files beside it lands here: pure JS is slower but gives the same model.
      debugSink(
        `tfjs: wasm backend unavailable (${err instanceof Error ? err.message : String(err)}); using cpu`,
      )
    }
  }
  await tf.setBackend('cpu')
  await tf.ready()
  return { tf, backend: 'cpu' }
}

async function tryNative(): Promise<LoadedTf | undefined> {
  // Keep the native library's own stderr logging (CPU feature notices) out of CI logs.
  process.env.TF_CPP_MIN_LOG_LEVEL ??= '2'
  // A variable specifier keeps TypeScript and the bundler from requiring a package we do not depend on.
  const name = '@tensorflow/tfjs-node'
  try {
    const tf = (await import(name)) as Tf
    tf.enableProdMode()
    await tf.setBackend('tensorflow')
    await tf.ready()
    return { tf, backend: 'tensorflow' }
  } catch {
    return undefined
  }
}

function withSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`
}
