import { describe, expect, it } from 'vitest';

import { logitsToProbabilities } from '@/lib/model/logits-to-probabilities';

import { similaritiesToLogits } from './similarities-to-logits';

function expectClose(actual: Float32Array, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  for (const [i, value] of expected.entries()) expect(actual[i]).toBeCloseTo(value, 5);
}

describe('similaritiesToLogits', () => {
  it('centres on the mean similarity, then applies scale and bias', () => {
    // mean = (0.5 + 0.3 + 0.1) / 3 = 0.3
    // 10·(0.5 − 0.3 − 0.1) = 1, 10·(0.3 − 0.3 − 0.1) = −1, 10·(0.1 − 0.3 − 0.1) = −3
    const logits = similaritiesToLogits(Float32Array.of(0.5, 0.3, 0.1), {
      scale: 10,
      bias: 0.1,
      centre: true,
    });
    expectClose(logits, [1, -1, -3]);
  });

  it('uses the raw similarity when centring is off', () => {
    // 20·(0.64 − 0.14) = 10, 20·(0.14 − 0.14) = 0, 20·(−0.06 − 0.14) = −4
    const logits = similaritiesToLogits(Float32Array.of(0.64, 0.14, -0.06), {
      scale: 20,
      bias: 0.14,
      centre: false,
    });
    expectClose(logits, [10, 0, -4]);
  });

  it('does not centre a single label (there is nothing to compare it with)', () => {
    // 20·(0.4 − 0.14) = 5.2
    const logits = similaritiesToLogits(Float32Array.of(0.4), {
      scale: 20,
      bias: 0.14,
      centre: true,
    });
    expectClose(logits, [5.2]);
  });

  it('gives sigmoid 0.5 exactly at the bias, and a softmax that ignores bias and centre', () => {
    // Multi-label: 0.3 + 0.1 is the label at exactly centre + bias → logit 0 → p = 0.5.
    const cosines = Float32Array.of(0.5, 0.4, 0.0);
    const config = { scale: 10, bias: 0.1, centre: true };
    const logits = similaritiesToLogits(cosines, config);
    expect(logitsToProbabilities(logits, true)[1]).toBeCloseTo(0.5, 6);

    // Single-label: softmax of 10·cos, whatever the shift: e^5, e^4, e^0 over their sum.
    const z = Math.exp(5) + Math.exp(4) + 1;
    expectClose(logitsToProbabilities(logits, false), [Math.exp(5) / z, Math.exp(4) / z, 1 / z]);
  });

  it('returns an empty array for no labels', () => {
    const logits = similaritiesToLogits(new Float32Array(0), {
      scale: 20,
      bias: 0.14,
      centre: true,
    });
    expect(logits).toHaveLength(0);
  });
});
