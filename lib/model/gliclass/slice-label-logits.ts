import { AppError } from '@/lib/errors/app-error';

/**
 * Splits a `[batch, columns]` logits tensor into one row per text, keeping the first
 * `labelCount` columns. GLiClass pads the label axis (to the most labels in the batch,
 * or to a fixed width in some exports); those padded columns hold meaningless values
 * and would distort a softmax, so they are sliced off. Fewer columns than labels means
 * the model dropped labels, which is an error, never a silent shortfall.
 *
 * @example sliceLabelLogits(Float32Array.of(1, 2, 9, 3, 4, 9), 2, 3, 2)
 * // [Float32Array [1, 2], Float32Array [3, 4]]
 */
export function sliceLabelLogits(
  data: Float32Array,
  batchSize: number,
  columns: number,
  labelCount: number,
): Float32Array[] {
  if (data.length !== batchSize * columns) {
    throw new AppError(
      'INTERNAL',
      `GLiClass logits hold ${data.length} values, expected ${batchSize} × ${columns}.`,
    );
  }
  if (columns < labelCount) {
    throw new AppError(
      'INTERNAL',
      `The GLiClass model returned ${columns} logit columns for ${labelCount} labels.`,
      { columns, labelCount },
    );
  }

  const rows: Float32Array[] = [];
  for (let row = 0; row < batchSize; row++) {
    const offset = row * columns;
    rows.push(data.slice(offset, offset + labelCount));
  }

  return rows;
}
