import { describe, expect, it } from 'vitest';
import { truncateTextTokens } from './truncate-text-tokens';

describe('truncateTextTokens', () => {
  it('keeps a prompt that fits', () => {
    expect(truncateTextTokens([2, 7, 3], { start: 1, end: 2 }, 3)).toEqual([2, 7, 3]);
  });

  it('drops tokens from the end of the text when the text comes first', () => {
    // [CLS] t1 t2 t3 t4 <<LABEL>> l1 <<SEP>> [SEP], max 7: two text tokens stay.
    const ids = [2, 11, 12, 13, 14, 4, 9, 5, 3];

    expect(truncateTextTokens(ids, { start: 1, end: 5 }, 7)).toEqual([2, 11, 12, 4, 9, 5, 3]);
  });

  it('drops tokens from the end of the text when the labels come first', () => {
    // [CLS] <<LABEL>> l1 <<SEP>> t1 t2 t3 t4 [SEP], max 6: one text token stays.
    const ids = [2, 4, 9, 5, 11, 12, 13, 14, 3];

    expect(truncateTextTokens(ids, { start: 4, end: 8 }, 6)).toEqual([2, 4, 9, 5, 11, 3]);
  });

  it('refuses to cut labels when they alone exceed the limit', () => {
    const ids = [2, 4, 9, 9, 9, 5, 11, 3];

    expect(() => truncateTextTokens(ids, { start: 6, end: 7 }, 5)).toThrow(/7 tokens/);
  });
});
