import { AppError } from '@/lib/errors/app-error';
import type {
  Classification,
  Classifier,
  ClassifyOptions,
  LabelSpec,
} from '@/lib/model/classifier';
import { logitsToProbabilities } from '@/lib/model/logits-to-probabilities';

import { type BiencoderConfig, parseBiencoderConfig } from './biencoder-config';
import { formatLabelText } from './format-label-text';
import type { SentenceEncoder } from './sentence-encoder';
import { similaritiesToLogits } from './similarities-to-logits';

export interface BiencoderOptions {
  /** Texts handed to the encoder per call; bounds memory for very large requests. */
  textChunk?: number;
  /** Label sets whose embeddings are kept; the least recently used is dropped first. */
  labelSetCacheSize?: number;
}

/**
 * A zero-shot classifier from any sentence encoder: labels and texts are embedded
 * separately and each (text, label) pair is scored by the cosine similarity of their
 * vectors, turned into a logit by `similaritiesToLogits` and into a probability by a
 * sigmoid (multi-label) or a softmax over the labels (single-label).
 *
 * Label vectors are computed once per label set (names, descriptions and order) and
 * cached, so the cost per text hardly depends on the number of labels after the first
 * call. The classifier owns `encoder`: `dispose()` disposes it (pass a shared handle,
 * such as `acquireSharedUseLiteEncoder()`'s, to share one session).
 *
 * @throws AppError VALIDATION_FAILED for an invalid `rawConfig` (see `biencoderConfigSchema`).
 */
export function createBiencoderClassifier(
  encoder: SentenceEncoder,
  rawConfig: unknown = {},
  options: BiencoderOptions = {},
): Classifier {
  const config: BiencoderConfig = parseBiencoderConfig(rawConfig);
  const textChunk = options.textChunk ?? 256;
  const cacheSize = options.labelSetCacheSize ?? 64;
  const labelSets = new Map<string, Promise<Float32Array>>();
  const kind = `${encoder.id.split('@')[0]}-biencoder`;
  let disposed = false;

  /** The label vectors of one label set as one row-major [labels × dimension] matrix. */
  const labelMatrix = (labels: LabelSpec[]): Promise<Float32Array> => {
    const key = JSON.stringify(labels.map((label) => [label.name, label.description ?? null]));
    const cached = labelSets.get(key);
    if (cached) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      labelSets.delete(key);
      labelSets.set(key, cached);
      return cached;
    }

    const loading = encoder
      .embed(labels.map((label) => formatLabelText(label, config.template)))
      .then((vectors) => {
        const matrix = new Float32Array(vectors.length * encoder.dimension);
        for (const [row, vector] of vectors.entries()) matrix.set(vector, row * encoder.dimension);
        return matrix;
      });
    // A failed embedding is not cached, so the next call tries again.
    loading.catch(() => labelSets.delete(key));
    labelSets.set(key, loading);
    if (labelSets.size > cacheSize) labelSets.delete(labelSets.keys().next().value!);

    return loading;
  };

  return {
    kind,

    async classify(
      texts: string[],
      labels: LabelSpec[],
      options: ClassifyOptions,
    ): Promise<Classification[]> {
      if (disposed) throw new AppError('MODEL_UNAVAILABLE', 'the classifier was disposed');
      if (labels.length === 0) {
        return texts.map(() => ({
          logits: new Float32Array(0),
          probabilities: new Float32Array(0),
        }));
      }

      const matrix = await labelMatrix(labels);
      const dimension = encoder.dimension;
      const results: Classification[] = [];
      for (let start = 0; start < texts.length; start += textChunk) {
        const vectors = await encoder.embed(texts.slice(start, start + textChunk));
        for (const vector of vectors) {
          // Both sides are unit vectors, so the dot product is the cosine similarity.
          const cosines = new Float32Array(labels.length);
          for (let row = 0; row < labels.length; row++) {
            let dot = 0;
            const offset = row * dimension;
            for (let k = 0; k < dimension; k++) dot += vector[k]! * matrix[offset + k]!;
            cosines[row] = dot;
          }
          const logits = similaritiesToLogits(cosines, config);
          results.push({
            logits,
            probabilities: logitsToProbabilities(logits, options.multiLabel),
          });
        }
      }

      return results;
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      labelSets.clear();
      await encoder.dispose();
    },
  };
}
