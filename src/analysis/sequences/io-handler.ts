import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { io } from '@tensorflow/tfjs'
import { SequenceModelError } from './errors.js'

/**
 * Saves and loads a tfjs layers model as `model.json` + `weights.bin` in a directory: the standard layers
 * format (tfjs' own `file://` handler writes the same files, but only exists with tfjs-node, which we cannot
 * depend on). One weights file, no sharding: our models are kilobytes.
 */
export const MODEL_JSON = 'model.json'
export const WEIGHTS_BIN = 'weights.bin'

export function directoryHandler(dir: string): io.IOHandler {
  return {
    async save(artifacts: io.ModelArtifacts): Promise<io.SaveResult> {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new SequenceModelError(dir, 'cannot save a graph model; only layers models are supported')
      }
      const weights = joinBuffers(artifacts.weightData)
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
      }
      await mkdir(dir, { recursive: true })
      await atomicWrite(join(dir, WEIGHTS_BIN), new Uint8Array(weights))
      await atomicWrite(join(dir, MODEL_JSON), JSON.stringify(modelJson))
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          modelTopologyBytes: JSON.stringify(artifacts.modelTopology).length,
          weightSpecsBytes: JSON.stringify(artifacts.weightSpecs ?? []).length,
          weightDataBytes: weights.byteLength,
        },
      }
    },

    async load(): Promise<io.ModelArtifacts> {
      const jsonPath = join(dir, MODEL_JSON)
      let modelJson: io.ModelJSON
      try {
        modelJson = JSON.parse(await readFile(jsonPath, 'utf8')) as io.ModelJSON
      } catch (err) {
        throw new SequenceModelError(dir, `cannot read ${MODEL_JSON}`, {
          cause: err,
          hint: 'train one first: logward sequences train sessions.txt --model DIR',
        })
      }
      const manifest = modelJson.weightsManifest ?? []
      const specs = manifest.flatMap((group) => group.weights)
      const parts: Buffer[] = []
      for (const group of manifest) {
        for (const path of group.paths) {
          try {
            parts.push(await readFile(join(dir, path)))
          } catch (err) {
            throw new SequenceModelError(dir, `cannot read weights file ${path} named in ${MODEL_JSON}`, {
              cause: err,
              hint: 'copy the whole model directory, not only model.json',
            })
          }
        }
      }
      const all = Buffer.concat(parts)
      return {
        modelTopology: modelJson.modelTopology,
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        convertedBy: modelJson.convertedBy,
        weightSpecs: specs,
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
      }
    },
  }
}

function joinBuffers(data: io.WeightData | undefined): ArrayBuffer {
  if (data === undefined) return new ArrayBuffer(0)
  if (data instanceof ArrayBuffer) return data
  const total = data.reduce((n, b) => n + b.byteLength, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const b of data) {
    out.set(new Uint8Array(b), at)
    at += b.byteLength
  }
  return out.buffer
}

/** Write-then-rename, so a crash never leaves a half-written model that loads into nonsense. */
export async function atomicWrite(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(`${path}.tmp`, data)
  await rename(`${path}.tmp`, path)
}
