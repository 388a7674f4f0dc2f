import { AppError } from '@/lib/errors/app-error';
import type { TextSpan } from './locate-text-span';

/**
 * Shortens an encoded prompt to `maxLength` tokens by dropping tokens from the end of
 * the text span only. Labels, markers and special tokens are always kept: plain right
 * truncation (what the Python pipeline does) cuts the label tokens off when the text
 * comes first, and the model then silently scores fewer labels.
 *
 * @example truncateTextTokens([2, 7, 8, 9, 4, 6, 5, 3], { start: 1, end: 4 }, 6)
 * // [2, 7, 4, 6, 5, 3]
 */
export function truncateTextTokens(
  ids: readonly number[],
  span: TextSpan,
  maxLength: number,
): number[] {
  if (ids.length <= maxLength) return [...ids];

  const fixed = ids.length - (span.end - span.start);
  if (fixed > maxLength) {
    // The label chunking keeps the label part within budget, so reaching this means the
    // budget arithmetic and the tokenizer disagree.
    throw new AppError(
      'BAD_REQUEST',
      `The labels and special tokens alone take ${fixed} tokens, more than the model's ` +
        `maximum sequence length of ${maxLength}; use fewer or shorter labels.`,
    );
  }

  const keepText = maxLength - fixed;

  return [
    ...ids.slice(0, span.start),
    ...ids.slice(span.start, span.start + keepText),
    ...ids.slice(span.end),
  ];
}
