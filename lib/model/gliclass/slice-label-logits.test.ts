import { describe, expect, it } from 'vitest';
import { sliceLabelLogits } from './slice-label-logits';

describe('sliceLabelLogits', () => {
  it('drops padded label columns from each row', () => {
    const data = Float32Array.of(1, 2, 30, 30, 3, 4, 30, 30);

    const rows = sliceLabelLogits(data, 2, 4, 2);

    expect(rows.map((row) => [...row])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('keeps all columns when there is no padding', () => {
    expect([...sliceLabelLogits(Float32Array.of(5, 6), 1, 2, 2)[0]!]).toEqual([5, 6]);
  });

  it('refuses fewer columns than labels instead of dropping labels', () => {
    expect(() => sliceLabelLogits(Float32Array.of(1, 2), 1, 2, 3)).toThrow(/2 logit columns/);
  });

  it('refuses a tensor whose size does not match its shape', () => {
    expect(() => sliceLabelLogits(Float32Array.of(1, 2, 3), 2, 2, 2)).toThrow(/3 values/);
  });
});
