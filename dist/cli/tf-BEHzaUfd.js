import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let debugSink = () => { };
let loading;
/** Where captured tfjs console output goes (the CLI passes its logger's debug). */
function setTfDebugSink(sink) {
    debugSink = sink;
}
const CAPTURED = ['log', 'info', 'warn', 'debug'];
let depth = 0;
let saved = {};
/**
 * Runs `fn` with console.log/info/warn/debug diverted to the debug sink. tfjs calls console directly from
 * places no flag reaches (tfjs-layers' initialiser warnings, the platform registry), so prod mode alone is
 * not enough. Nested and concurrent calls share one diversion, undone when the last one ends.
 */
async function quietly(fn) {
    if (depth++ === 0) {
        saved = {};
        for (const name of CAPTURED) {
            saved[name] = console[name];
            console[name] = (...args) => debugSink(`tfjs: ${args.map(String).join(' ')}`);
        }
    }
    try {
        return await fn();
    }
    finally {
        if (--depth === 0)
            for (const name of CAPTURED)
                if (saved[name])
                    console[name] = saved[name];
    }
}
/**
 * Loads tfjs once per process. Backend order: `@tensorflow/tfjs-node` when it happens to be installed (native
 * TensorFlow, fastest), else the wasm backend (XNNPACK; much faster than the pure-JS one for these small
 * dense and LSTM layers, and single-threaded under Node so its results are reproducible), else pure JS.
 * LOGWARD_TF_BACKEND=tensorflow|wasm|cpu forces one, e.g. to reproduce a shipped model byte for byte.
 */
function loadTf() {
    loading ??= quietly(load);
    return loading;
}
/**
 * In the bundle (dist/<entry>/index.js) the build copies the .wasm files to dist/tfjs-wasm/; from the
 * sources (tests, tsx) there is no such folder and the backend finds its files in node_modules itself.
 */
function bundledWasmDir() {
    const dir = fileURLToPath(new URL('../tfjs-wasm/', import.meta.url));
    return existsSync(join(dir, 'tfjs-backend-wasm.wasm')) ? dir : undefined;
}
async function load() {
    const forced = process.env.LOGWARD_TF_BACKEND;
    if (forced === undefined || forced === 'tensorflow') {
        const native = await tryNative();
        if (native)
            return native;
        if (forced === 'tensorflow')
            debugSink('tfjs: LOGWARD_TF_BACKEND=tensorflow but @tensorflow/tfjs-node is not installed');
    }
    // Bundled, the CommonJS build can arrive as a default export; from the sources it is the namespace.
    const imported = (await import('./dist-BqqtyGZD.js'));
    const tf = (typeof imported.enableProdMode === 'function' ? imported : imported.default);
    tf.enableProdMode();
    if (forced !== 'cpu') {
        try {
            const wasmImported = (await import('./dist-CfT6btZU.js'));
            const wasm = (typeof wasmImported.setWasmPaths === 'function' ? wasmImported : wasmImported.default);
            const wasmDir = process.env.LOGWARD_TFJS_WASM_DIR ?? bundledWasmDir();
            if (wasmDir)
                wasm.setWasmPaths(withSlash(wasmDir));
            // One thread: Node's wasm build is single-threaded today; pinning it keeps the op order fixed if that changes.
            wasm.setThreadsCount(1);
            if (await tf.setBackend('wasm')) {
                await tf.ready();
                return { tf, backend: 'wasm' };
            }
        }
        catch (err) {
            // A bundle without the .wasm files beside it lands here: pure JS is slower but gives the same model.
            debugSink(`tfjs: wasm backend unavailable (${err instanceof Error ? err.message : String(err)}); using cpu`);
        }
    }
    await tf.setBackend('cpu');
    await tf.ready();
    return { tf, backend: 'cpu' };
}
async function tryNative() {
    // Keep the native library's own stderr logging (CPU feature notices) out of CI logs.
    process.env.TF_CPP_MIN_LOG_LEVEL ??= '2';
    // A variable specifier keeps TypeScript and the bundler from requiring a package we do not depend on.
    const name = '@tensorflow/tfjs-node';
    try {
        const tf = (await import(name));
        tf.enableProdMode();
        await tf.setBackend('tensorflow');
        await tf.ready();
        return { tf, backend: 'tensorflow' };
    }
    catch {
        return undefined;
    }
}
function withSlash(dir) {
    return dir.endsWith('/') ? dir : `${dir}/`;
}

export { loadTf as l, quietly as q, setTfDebugSink as s };
