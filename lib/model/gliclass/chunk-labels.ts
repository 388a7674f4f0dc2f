import { AppError } from '@/lib/errors/app-error';

export interface LabelChunk {
  /** Index of the chunk's first label in the caller's label list. */
  start: number;
  /** Index one past its last label. */
  end: number;
}

export interface ChunkLimits {
  /** The most labels the model scores in one pass (`max_num_classes`). */
  maxLabels: number;
  /** The most tokens the label part (`<<LABEL>>…` per label) may take in one pass. */
  maxLabelTokens: number;
}

/**
 * Splits a label list into consecutive chunks that each fit one model pass: at most
 * `maxLabels` labels, and label tokens within `maxLabelTokens` so that some room is left
 * for the text. Chunks keep the original order, so concatenating their logits gives one
 * logit per label in the caller's order. Labels beyond a model's cap are never dropped.
 *
 * @param labelTokenCounts tokens each label takes in the prompt, `<<LABEL>>` included
 * @example chunkLabels([2, 2, 2, 2, 2, 2, 2], { maxLabels: 3, maxLabelTokens: 100 })
 * // [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 7 }]
 */
export function chunkLabels(
  labelTokenCounts: readonly number[],
  limits: ChunkLimits,
): LabelChunk[] {
  const chunks: LabelChunk[] = [];
  let start = 0;
  let tokens = 0;

  for (let i = 0; i < labelTokenCounts.length; i++) {
    const count = labelTokenCounts[i]!;
    if (count > limits.maxLabelTokens) {
      throw new AppError(
        'BAD_REQUEST',
        `Label ${i + 1} takes ${count} tokens, more than the ${limits.maxLabelTokens} ` +
          'tokens the model leaves for labels; shorten the label.',
        { labelIndex: i, tokens: count, maxLabelTokens: limits.maxLabelTokens },
      );
    }

    // Close the current chunk when this label would overflow either limit.
    const full = i - start >= limits.maxLabels || tokens + count > limits.maxLabelTokens;
    if (full) {
      chunks.push({ start, end: i });
      start = i;
      tokens = 0;
    }
    tokens += count;
  }

  if (start < labelTokenCounts.length) chunks.push({ start, end: labelTokenCounts.length });

  return chunks;
}
