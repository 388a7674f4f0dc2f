import type { LabelSpec } from '../model/classifier';

/** `{ labelName: probability }`, the stored form of a prediction. */
export function probabilitiesByLabel(
  labels: LabelSpec[],
  probabilities: Float32Array,
): Record<string, number> {
  const out: Record<string, number> = {};
  labels.forEach((label, i) => {
    // Six decimals keep the stored JSON small; the trainer needs no more.
    out[label.name] = Math.round((probabilities[i] ?? 0) * 1e6) / 1e6;
  });

  return out;
}
