import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { chunkLabels } from './chunk-labels';

describe('chunkLabels', () => {
  it('splits 7 labels with a cap of 3 into 3 + 3 + 1, in order', () => {
    const chunks = chunkLabels([2, 2, 2, 2, 2, 2, 2], { maxLabels: 3, maxLabelTokens: 100 });

    expect(chunks).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 7 },
    ]);
  });

  it('keeps everything in one chunk under both limits', () => {
    expect(chunkLabels([3, 4], { maxLabels: 25, maxLabelTokens: 7 })).toEqual([
      { start: 0, end: 2 },
    ]);
  });

  it('also closes a chunk when the label tokens would overflow the token budget', () => {
    expect(chunkLabels([4, 4, 4, 1], { maxLabels: 25, maxLabelTokens: 9 })).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('returns no chunks for no labels', () => {
    expect(chunkLabels([], { maxLabels: 3, maxLabelTokens: 10 })).toEqual([]);
  });

  it('rejects a single label longer than the budget, naming it', () => {
    const run = () => chunkLabels([2, 50], { maxLabels: 3, maxLabelTokens: 10 });

    expect(run).toThrow(AppError);
    expect(run).toThrow(/Label 2 takes 50 tokens/);
  });
});
