import type { Tokenizer } from '@huggingface/tokenizers';
import { buildGliclassPrompt } from './build-gliclass-prompt';

/**
 * How many tokens each label takes in a prompt: its `<<LABEL>>` marker plus its text.
 * Markers are added tokens, so the tokenizer splits the prompt at them and each label
 * is tokenised on its own; counting labels one by one gives the same numbers as the
 * whole prompt.
 */
export function countLabelTokens(
  tokenizer: Tokenizer,
  labels: readonly string[],
  lowercaseLabels: boolean,
): number[] {
  return labels.map((label) => {
    // `<<LABEL>>label<<SEP>>`, minus the one `<<SEP>>` token.
    const piece = buildGliclassPrompt('', [label], { promptFirst: true, lowercaseLabels });
    return tokenizer.encode(piece, { add_special_tokens: false }).ids.length - 1;
  });
}
