import { describe, expect, it } from 'vitest';
import { cutTextAtWhitespace } from './cut-text-at-whitespace';

describe('cutTextAtWhitespace', () => {
  it('leaves a short text alone', () => {
    expect(cutTextAtWhitespace('one two', 7)).toEqual({ text: 'one two', cut: false });
  });

  it('cuts at the last whitespace within the limit', () => {
    expect(cutTextAtWhitespace('one two three', 9)).toEqual({ text: 'one two', cut: true });
    // The character right after the limit is a space: the cut is exactly at the limit.
    expect(cutTextAtWhitespace('one two three', 7)).toEqual({ text: 'one two', cut: true });
  });

  it('cuts mid-word only without whitespace nearby, and never inside a surrogate pair', () => {
    expect(cutTextAtWhitespace('abcdefghij', 4)).toEqual({ text: 'abcd', cut: true });

    // '😀' is two UTF-16 units; a limit of 3 would split the second emoji.
    expect(cutTextAtWhitespace('😀😀😀', 3)).toEqual({ text: '😀', cut: true });
  });
});
