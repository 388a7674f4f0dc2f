import { describe, expect, it } from 'vitest';
import { padTokenBatch } from './pad-token-batch';

describe('padTokenBatch', () => {
  it('right-pads to the longest row with the pad id and mask 0', () => {
    const batch = padTokenBatch(
      [
        [2, 7, 3],
        [2, 3],
      ],
      0,
    );

    expect(batch.batchSize).toBe(2);
    expect(batch.sequenceLength).toBe(3);
    expect([...batch.inputIds]).toEqual([2n, 7n, 3n, 2n, 3n, 0n]);
    expect([...batch.attentionMask]).toEqual([1n, 1n, 1n, 1n, 1n, 0n]);
  });

  it('uses the given pad id', () => {
    expect([...padTokenBatch([[5], []], 9).inputIds]).toEqual([5n, 9n]);
  });
});
