import { AppError } from '@/lib/errors/app-error';

export interface PromptTokenLayout {
  /** Id of the `<<LABEL>>` added token. */
  labelTokenId: number;
  /** Id of the `<<SEP>>` added token. */
  sepTokenId: number;
  /** How many special tokens the post-processor puts before the sequence (`[CLS]`). */
  prefixLength: number;
  /** How many it puts after it (`[SEP]`). */
  suffixLength: number;
}

export interface TextSpan {
  /** Index of the first text token. */
  start: number;
  /** Index one past the last text token. */
  end: number;
}

/**
 * Finds which tokens of an encoded GLiClass prompt belong to the text. The prompt is
 * tokenised whole (so the tokens are exactly those the Python pipeline produces), and
 * the markers delimit the text: it runs from after the special prefix to the first
 * `<<LABEL>>` when the text comes first, and from after `<<SEP>>` to the special suffix
 * when the labels come first. Markers inside the text were removed when the prompt was
 * built, so the first one found is the real one.
 *
 * @example locateTextSpan([2, 7, 8, 4, 9, 5, 3], { labelTokenId: 4, sepTokenId: 5,
 *   prefixLength: 1, suffixLength: 1 }, false) // { start: 1, end: 3 }
 */
export function locateTextSpan(
  ids: readonly number[],
  layout: PromptTokenLayout,
  promptFirst: boolean,
): TextSpan {
  if (promptFirst) {
    const sep = ids.indexOf(layout.sepTokenId);
    if (sep < 0) throw missingMarker('<<SEP>>');

    return { start: sep + 1, end: ids.length - layout.suffixLength };
  }

  const firstLabel = ids.indexOf(layout.labelTokenId);
  if (firstLabel < 0) throw missingMarker('<<LABEL>>');

  return { start: layout.prefixLength, end: firstLabel };
}

function missingMarker(marker: string): AppError {
  return new AppError(
    'INTERNAL',
    `The encoded GLiClass prompt has no ${marker} token; the tokenizer does not keep ` +
      `${marker} as one added token.`,
  );
}
