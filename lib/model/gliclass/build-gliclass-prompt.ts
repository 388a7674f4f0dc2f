import { LABEL_MARKER, SEP_MARKER } from './gliclass-markers';

export interface PromptOptions {
  /** From the export's `config.json`: labels before the text when true. */
  promptFirst: boolean;
  /**
   * Lowercase label text, as older GLiClass pipelines did (`label.lower()`). The current
   * pipeline and the training code keep the case, so the default is false.
   */
  lowercaseLabels?: boolean;
}

/**
 * Builds the uni-encoder GLiClass input string, as `UniEncoderZeroShotClassificationPipeline
 * .prepare_input` in knowledgator/GLiClass does: every label prefixed with `<<LABEL>>`,
 * then `<<SEP>>`; that label part comes before the text when `promptFirst`, else after it
 * (no space in between either way).
 *
 * Marker strings inside the text or a label are removed first: a literal `<<SEP>>` in a
 * user's text would otherwise become a real separator and shift every label column.
 *
 * @example buildGliclassPrompt('hi', ['a', 'b'], { promptFirst: true })
 * // '<<LABEL>>a<<LABEL>>b<<SEP>>hi'
 * @example buildGliclassPrompt('hi', ['a', 'b'], { promptFirst: false })
 * // 'hi<<LABEL>>a<<LABEL>>b<<SEP>>'
 */
export function buildGliclassPrompt(
  text: string,
  labels: readonly string[],
  options: PromptOptions,
): string {
  const cleanText = stripMarkers(text);

  const labelPart =
    labels
      .map((label) => {
        const clean = stripMarkers(label);
        return LABEL_MARKER + (options.lowercaseLabels ? clean.toLowerCase() : clean);
      })
      .join('') + SEP_MARKER;

  return options.promptFirst ? labelPart + cleanText : cleanText + labelPart;
}

function stripMarkers(value: string): string {
  return value.split(LABEL_MARKER).join(' ').split(SEP_MARKER).join(' ');
}
