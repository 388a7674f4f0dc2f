import type { SentenceEncoder } from '@/lib/model/biencoder/sentence-encoder';
import { loadReferenceUseLite } from '@/lib/model/use-lite/load-reference-use-lite';

/** USE-lite's output width; the tfjs model does not expose it before the first call. */
const DIMENSION = 512;

export interface TfjsEncoderOptions {
  /**
   * Texts per `embed` call of the library. 32, like the ONNX encoder's default, so the
   * two engines see batches of the same size; in input order, because that is how a
   * user of the library would call it (the ONNX encoder sorts by length first).
   */
  batchSize?: number;
}

/**
 * The same Universal Sentence Encoder Lite weights, run the way a user would without
 * Verdict: `@energetic-ai/embeddings`' `initModel` (TensorFlow.js with its WebAssembly
 * backend, bundled by `@energetic-ai/core`) with the model package's `modelSource`. Wrapped as a
 * `SentenceEncoder` so it can stand behind the same bi-encoder classifier as ONNX.
 *
 * Limitation: a batch made only of empty strings gives the tfjs graph no tokens and
 * fails; the bench never sends one.
 */
export async function createTfjsSentenceEncoder(
  options: TfjsEncoderOptions = {},
): Promise<SentenceEncoder> {
  const batchSize = options.batchSize ?? 32;
  // `initModel(modelSource)` once the wasm backend is up (see loadReferenceUseLite).
  const model = await loadReferenceUseLite();
  let disposed = false;

  return {
    id: 'use-lite@tfjs-wasm',
    dimension: DIMENSION,

    async embed(texts: string[]): Promise<Float32Array[]> {
      if (disposed) throw new Error('the tfjs encoder was disposed');
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const rows = await model.embed(texts.slice(start, start + batchSize));
        for (const row of rows) vectors.push(normalise(row));
      }

      return vectors;
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      model.model.dispose();
    },
  };
}

// The SentenceEncoder contract promises unit vectors; USE's are close but not exact.
function normalise(row: number[]): Float32Array {
  if (row.length !== DIMENSION) {
    throw new Error(`tfjs use-lite returned ${row.length} values, expected ${DIMENSION}`);
  }
  const vector = Float32Array.from(row);
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vector.length; i++) vector[i]! /= norm;

  return vector;
}
