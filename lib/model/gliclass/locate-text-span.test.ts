import { describe, expect, it } from 'vitest';
import { locateTextSpan } from './locate-text-span';

const layout = { labelTokenId: 4, sepTokenId: 5, prefixLength: 1, suffixLength: 1 };

describe('locateTextSpan', () => {
  it('finds the text between <<SEP>> and the suffix when labels come first', () => {
    // [CLS] <<LABEL>> 9 <<SEP>> 7 8 [SEP]
    expect(locateTextSpan([2, 4, 9, 5, 7, 8, 3], layout, true)).toEqual({ start: 4, end: 6 });
  });

  it('finds the text between the prefix and the first <<LABEL>> when text comes first', () => {
    // [CLS] 7 8 <<LABEL>> 9 <<SEP>> [SEP]
    expect(locateTextSpan([2, 7, 8, 4, 9, 5, 3], layout, false)).toEqual({ start: 1, end: 3 });
  });

  it('gives an empty span for an empty text', () => {
    expect(locateTextSpan([2, 4, 9, 5, 3], layout, true)).toEqual({ start: 4, end: 4 });
    expect(locateTextSpan([2, 4, 9, 5, 3], layout, false)).toEqual({ start: 1, end: 1 });
  });

  it('fails loudly when the marker is not one token', () => {
    expect(() => locateTextSpan([2, 7, 3], layout, true)).toThrow(/<<SEP>>/);
    expect(() => locateTextSpan([2, 7, 3], layout, false)).toThrow(/<<LABEL>>/);
  });
});
