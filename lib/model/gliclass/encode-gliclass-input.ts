import type { Tokenizer } from '@huggingface/tokenizers';
import { buildGliclassPrompt } from './build-gliclass-prompt';
import { cutTextAtWhitespace } from './cut-text-at-whitespace';
import { locateTextSpan, type PromptTokenLayout } from './locate-text-span';
import { truncateTextTokens } from './truncate-text-tokens';

export interface EncodeInputOptions {
  promptFirst: boolean;
  /** Longest token sequence the model is fed, special tokens included. */
  maxLength: number;
  lowercaseLabels?: boolean;
}

/** Characters tried per allowed token before the first encoding; doubled when short. */
const CHARS_PER_TOKEN_GUESS = 8;

/**
 * Encodes one text with one chunk of labels into the token ids of a GLiClass prompt,
 * at most `maxLength` long, shortening only the text.
 *
 * The whole prompt string is tokenised at once, so the ids match what the Python
 * pipeline's tokenizer call produces for inputs that fit. A long text is first cut at a
 * whitespace near `maxLength × 8` characters to bound tokenisation cost; when that cut
 * leaves fewer text tokens than the budget, the window doubles and the text is
 * encoded again, so the kept tokens are always the true first tokens of the text.
 */
export function encodeGliclassInput(
  tokenizer: Tokenizer,
  layout: PromptTokenLayout,
  text: string,
  labels: readonly string[],
  options: EncodeInputOptions,
): number[] {
  let maxChars = options.maxLength * CHARS_PER_TOKEN_GUESS;

  for (;;) {
    const candidate = cutTextAtWhitespace(text, maxChars);
    const prompt = buildGliclassPrompt(candidate.text, labels, options);
    const ids = tokenizer.encode(prompt, { add_special_tokens: true }).ids;
    const span = locateTextSpan(ids, layout, options.promptFirst);

    // Enough text tokens to fill the budget (or the whole text): truncation is exact.
    const textTokens = span.end - span.start;
    const textBudget = options.maxLength - (ids.length - textTokens);
    if (!candidate.cut || textTokens >= textBudget) {
      return truncateTextTokens(ids, span, options.maxLength);
    }

    maxChars *= 2;
  }
}
