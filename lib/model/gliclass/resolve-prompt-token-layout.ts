import type { Tokenizer } from '@huggingface/tokenizers';
import { AppError } from '@/lib/errors/app-error';
import { LABEL_MARKER, SEP_MARKER } from './gliclass-markers';
import type { PromptTokenLayout } from './locate-text-span';

/**
 * Reads from a loaded tokenizer what prompt encoding needs: the ids of the two markers
 * and how many special tokens its post-processor wraps around a sequence. The markers
 * must encode to exactly one token each; a tokenizer.json without them as added tokens
 * belongs to the base encoder, not to a GLiClass export.
 */
export function resolvePromptTokenLayout(tokenizer: Tokenizer): PromptTokenLayout {
  const labelTokenId = singleTokenId(tokenizer, LABEL_MARKER);
  const sepTokenId = singleTokenId(tokenizer, SEP_MARKER);

  // Encode a probe with and without special tokens; what surrounds the bare encoding
  // is the post-processor's prefix (e.g. [CLS]) and suffix (e.g. [SEP]).
  const probe = 'verdict probe';
  const bare = tokenizer.encode(probe, { add_special_tokens: false }).ids;
  const full = tokenizer.encode(probe, { add_special_tokens: true }).ids;
  const prefixLength = findSubsequence(full, bare);
  if (prefixLength < 0) {
    throw new AppError(
      'BAD_REQUEST',
      "The tokenizer's post-processor changes the tokens of the text it wraps; " +
        'only processors that add special tokens around the text are supported.',
    );
  }

  return {
    labelTokenId,
    sepTokenId,
    prefixLength,
    suffixLength: full.length - prefixLength - bare.length,
  };
}

function singleTokenId(tokenizer: Tokenizer, marker: string): number {
  const ids = tokenizer.encode(marker, { add_special_tokens: false }).ids;
  if (ids.length !== 1 || ids[0] === undefined) {
    throw new AppError(
      'BAD_REQUEST',
      `tokenizer.json does not keep ${marker} as one token (it encodes to ${ids.length} ` +
        `tokens); a GLiClass export lists ${LABEL_MARKER} and ${SEP_MARKER} in added_tokens.`,
    );
  }

  return ids[0];
}

function findSubsequence(haystack: readonly number[], needle: readonly number[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) {
      if (haystack[start + i] !== needle[i]) continue outer;
    }
    return start;
  }

  return -1;
}
