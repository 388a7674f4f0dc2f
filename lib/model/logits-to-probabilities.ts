/**
 * Turns per-label logits into probabilities: independent sigmoids for multi-label
 * tasks, a softmax over the labels for single-label ones.
 *
 * @example logitsToProbabilities(Float32Array.of(0, Math.log(3)), false) // ≈ [0.25, 0.75]
 */
export function logitsToProbabilities(logits: Float32Array, multiLabel: boolean): Float32Array {
  const out = new Float32Array(logits.length);
  if (multiLabel) {
    for (let i = 0; i < logits.length; i++) out[i] = sigmoid(logits[i]!);
    return out;
  }

  // Subtract the max before exponentiating so large logits do not overflow.
  let max = Number.NEGATIVE_INFINITY;
  for (const value of logits) max = Math.max(max, value);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;

  return out;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
