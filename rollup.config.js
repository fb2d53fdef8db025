// Bundles each entry point with its dependencies into dist/, as GitHub runs actions from the repo
// without `npm install`. One entry per action and one for the CLI.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
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

// `npm run check:dist` builds into a temporary folder to compare with the committed dist/.
const outDir = process.env.LOGWARD_DIST_DIR ?? 'dist'

const entries = {
  'cli/index': 'src/cli/index.ts',
  'action/index': 'src/action/index.ts',
  'gate/index': 'src/action/gate/index.ts',
  'kibana/index': 'src/action/kibana/index.ts',
  'ship/index': 'src/action/ship/index.ts',
}

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: {
    file: `${outDir}/${name}.js`,
    format: 'es',
    sourcemap: false,
    inlineDynamicImports: true,
    // Some bundled CommonJS code (tfjs-core's Node platform) calls `require` at run time: give the ES
    // module bundle one.
    banner: [
      name.startsWith('cli') ? '#!/usr/bin/env node' : '',
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
    typescript({ tsconfig: './tsconfig.build.json', outDir }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    tfjsWasm,
  ],
}))
