import type { BiencoderConfig } from './biencoder-config';

/**
 * Turns one text's cosine similarities to each label into logits:
 * `logit = scale · (cos − centre − bias)`, where `centre` is the mean similarity over the
 * labels when `config.centre` is set and there are at least two labels, else 0.
 * A sigmoid of the logit is then 0.5 exactly when the label is `bias` above the centre.
 *
 * @example
 * similaritiesToLogits(Float32Array.of(0.5, 0.3, 0.1), { scale: 10, bias: 0.1, centre: true })
 * // centre 0.3 → [10·(0.5−0.3−0.1), 10·(0.3−0.3−0.1), 10·(0.1−0.3−0.1)] = [1, −1, −3]
 */
export function similaritiesToLogits(
  cosines: Float32Array,
  config: Pick<BiencoderConfig, 'scale' | 'bias' | 'centre'>,
): Float32Array {
  let centre = 0;
  if (config.centre && cosines.length >= 2) {
    for (const value of cosines) centre += value;
    centre /= cosines.length;
  }

  const logits = new Float32Array(cosines.length);
  for (let i = 0; i < cosines.length; i++) {
    logits[i] = config.scale * (cosines[i]! - centre - config.bias);
  }

  return logits;
}
