/**
 * Whether a row carries a gold answer. Multi-label: any given `labels`, `[]`
 * included ("none of the labels apply", as in NLU++). Single-label: exactly one
 * label applies to every text, so an empty list is no answer at all.
 */
export function hasGoldLabels(
  example: { labelsGiven: boolean; labels: readonly string[] },
  multiLabel: boolean,
): boolean {
  return example.labelsGiven && (multiLabel || example.labels.length > 0);
}
