export interface TokenBatch {
  /** Row-major `[batchSize, sequenceLength]` token ids, padded with the pad id. */
  inputIds: BigInt64Array;
  /** 1 for real tokens, 0 for padding, same shape. */
  attentionMask: BigInt64Array;
  batchSize: number;
  sequenceLength: number;
}

/**
 * Right-pads token id rows to the longest row, as the Python pipeline's
 * `padding="longest"` does, and builds the int64 tensors the ONNX export takes.
 *
 * @example padTokenBatch([[2, 7, 3], [2, 3]], 0).inputIds // BigInt64Array [2n, 7n, 3n, 2n, 3n, 0n]
 */
export function padTokenBatch(rows: readonly (readonly number[])[], padId: number): TokenBatch {
  const sequenceLength = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const inputIds = new BigInt64Array(rows.length * sequenceLength).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(rows.length * sequenceLength);

  rows.forEach((row, r) => {
    const offset = r * sequenceLength;
    row.forEach((id, i) => {
      inputIds[offset + i] = BigInt(id);
      attentionMask[offset + i] = 1n;
    });
  });

  return { inputIds, attentionMask, batchSize: rows.length, sequenceLength };
}
