// Bundles each entry point with its dependencies into dist/, as GitHub runs actions from the repo
// without `npm install`. One entry per action and one for the CLI.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

// The tfjs wasm backend loads its .wasm files at run time; the bundle carries them in dist/tfjs-wasm/
// (src/analysis/sequences/tf.ts looks there). Without them tfjs falls back to pure JS, ~10x slower.
const tfjsWasm = {
  name: 'copy-tfjs-wasm',
  writeBundle() {
    const from = 'node_modules/@tensorflow/tfjs-backend-wasm/dist'
    const to = join(outDirOf(), 'tfjs-wasm')
    mkdirSync(to, { recursive: true })
    for (const f of readdirSync(from).filter((f) => f.endsWith('.wasm')))
      copyFileSync(join(from, f), join(to, f))
  },
}
const outDirOf = () => process.env.LOGWARD_DIST_DIR ?? 'dist'

// Chunk names carry a content hash: a rebuild leaves the previous chunks behind unless they are removed.
const removeStaleChunks = {
  name: 'remove-stale-chunks',
  writeBundle(options, bundle) {
    if (!options.dir) return
    for (const f of readdirSync(options.dir)) {
      if (f.endsWith('.js') && !(f in bundle)) rmSync(join(options.dir, f))
    }
  },
}

// `npm run check:dist` builds into a temporary folder to compare with the committed dist/.
const outDir = process.env.LOGWARD_DIST_DIR ?? 'dist'

const entries = {
  'cli/index': 'src/cli/index.ts',
  'action/index': 'src/action/index.ts',
  'gate/index': 'src/action/gate/index.ts',
  'kibana/index': 'src/action/kibana/index.ts',
  'ship/index': 'src/action/ship/index.ts',
}

// The action entries load TensorFlow.js only when a baseline model's sessions are scored: their dynamic
// imports become chunks beside index.js (same directory, so tf.ts finds ../tfjs-wasm/), instead of being
// inlined and evaluated at start-up (about +45 MB of memory for every run, sessions or not). The CLI too:
// each command is a chunk (src/cli/commands/lazy.ts), so a command loads only the libraries it uses.
const split = new Set(['action/index', 'gate/index', 'cli/index'])

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: {
    ...(split.has(name)
      ? {
          dir: `${outDir}/${name.split('/')[0]}`,
          entryFileNames: 'index.js',
          chunkFileNames: '[name]-[hash].js',
        }
      : { file: `${outDir}/${name}.js`, inlineDynamicImports: true }),
    format: 'es',
    sourcemap: false,
    // Some bundled CommonJS code (tfjs-core's Node platform) calls `require` at run time: give the ES
    // module bundle one.
    banner: (chunk) =>
      [
        name.startsWith('cli') && chunk.isEntry ? '#!/usr/bin/env node' : '',
        "import { createRequire as __logwardCreateRequire } from 'node:module'",
        'const require = __logwardCreateRequire(import.meta.url)',
      ]
        .filter(Boolean)
        .join('\n'),
  },
  onwarn(warning, warn) {
    // Known, harmless: dependencies that use `this` at module top level, have circular imports or
    // carry `@__PURE__` comments where Rollup cannot use them (zod).
    if (['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return
    warn(warning)
  },
  plugins: [
    // With `dir` output the plugin wants its outDir inside it.
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: split.has(name) ? `${outDir}/${name.split('/')[0]}` : outDir,
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    tfjsWasm,
    removeStaleChunks,
  ],
}))
