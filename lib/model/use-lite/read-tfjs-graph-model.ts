import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { AppError } from '@/lib/errors/app-error';

import type { TfConstant, TfGraphModel, TfNode } from './tf-graph-types';

interface WeightEntry {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: unknown;
}

interface ModelJson {
  format?: string;
  modelTopology: { node: TfNode[] };
  weightsManifest: { paths: string[]; weights: WeightEntry[] }[];
}

/**
 * Reads a TensorFlow.js graph model from a folder: the graph from `model.json` and every
 * constant from the weight shards. The shards of one manifest group form one byte
 * stream, and the weights lie in it back to back in manifest order (tfjs-converter's
 * layout), so each constant is a slice at a running offset.
 */
export async function readTfjsGraphModel(modelDir: string): Promise<TfGraphModel> {
  const json = JSON.parse(await readFile(path.join(modelDir, 'model.json'), 'utf8')) as ModelJson;
  if (!json.modelTopology?.node || !json.weightsManifest) {
    throw new AppError('MODEL_UNAVAILABLE', `${modelDir}/model.json is not a tfjs graph model`);
  }

  const constants = new Map<string, TfConstant>();
  for (const group of json.weightsManifest) {
    const shards = await Promise.all(group.paths.map((p) => readFile(path.join(modelDir, p))));
    const bytes = Buffer.concat(shards);

    // Copy into a fresh, aligned buffer: typed-array views need 4-byte alignment.
    const aligned = new Uint8Array(bytes.length);
    aligned.set(bytes);

    let offset = 0;
    for (const weight of group.weights) {
      if (weight.quantization) {
        throw new AppError('MODEL_UNAVAILABLE', `quantized weight ${weight.name} is not supported`);
      }
      if (weight.dtype !== 'float32' && weight.dtype !== 'int32') {
        throw new AppError(
          'MODEL_UNAVAILABLE',
          `weight ${weight.name} has dtype ${weight.dtype}; only float32 and int32 are supported`,
        );
      }

      const count = weight.shape.reduce((a, b) => a * b, 1);
      const slice = aligned.buffer.slice(offset, offset + count * 4);
      const data = weight.dtype === 'float32' ? new Float32Array(slice) : new Int32Array(slice);
      constants.set(weight.name, { dtype: weight.dtype, shape: weight.shape, data });
      offset += count * 4;
    }

    if (offset !== bytes.length) {
      throw new AppError(
        'MODEL_UNAVAILABLE',
        `weight shards hold ${bytes.length} bytes but the manifest describes ${offset}`,
      );
    }
  }

  return { nodes: json.modelTopology.node, constants };
}
