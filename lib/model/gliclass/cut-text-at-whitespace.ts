export interface CutText {
  text: string;
  /** True when something was removed from the end. */
  cut: boolean;
}

/**
 * Shortens a text to at most `maxChars` UTF-16 units before it is tokenised, so a 5 MB
 * paste does not have to be tokenised in full only to be truncated to 1024 tokens.
 *
 * The cut falls on the last whitespace at or before the limit: every tokenizer family
 * GLiClass uses splits words at whitespace first, so the tokens of the shortened text
 * are then an exact prefix of the tokens of the full text. Only a text with no
 * whitespace in the last half of the window is cut mid-word (never inside a surrogate
 * pair, so emoji stay intact).
 *
 * @example cutTextAtWhitespace('one two three', 9) // { text: 'one two', cut: true }
 */
export function cutTextAtWhitespace(text: string, maxChars: number): CutText {
  if (text.length <= maxChars) return { text, cut: false };

  const window = text.slice(0, maxChars + 1);
  let end = -1;
  for (let i = window.length - 1; i >= Math.floor(maxChars / 2); i--) {
    if (/\s/.test(window[i]!)) {
      end = i;
      break;
    }
  }

  // No whitespace near the limit: cut at the limit, but not between the two halves of
  // a surrogate pair.
  if (end < 0) {
    end = maxChars;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  }

  return { text: text.slice(0, end).trimEnd(), cut: true };
}
