import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { computeMetrics } from './compute-metrics';

describe('computeMetrics', () => {
  it('scores a multi-label case against hand-computed values', () => {
    // Example by example (gold → predicted):
    //   1 {a,b} → {a}    a: tp, b: fn          not exact
    //   2 {a}   → {a,c}  a: tp, c: fp          not exact
    //   3 {c}   → {c}    c: tp                 exact
    //   4 {}    → {}                           exact
    //   5 {b}   → {a}    a: fp, b: fn          not exact
    // a: tp 2 fp 1 fn 0 → P 2/3, R 1, F1 4/5, support 2
    // b: tp 0 fp 0 fn 2 → P 0 (0/0), R 0, F1 0, support 2
    // c: tp 1 fp 1 fn 0 → P 1/2, R 1, F1 2/3, support 1
    // d: never seen → all 0, support 0, left out of macro
    // accuracy = 2/5; micro F1 = 2·3 / (2·3 + 2 + 2) = 0.6;
    // macro F1 = (4/5 + 0 + 2/3) / 3 = 22/45
    const metrics = computeMetrics({
      gold: [['a', 'b'], ['a'], ['c'], [], ['b']],
      predicted: [['a'], ['a', 'c'], ['c'], [], ['a']],
      labels: ['a', 'b', 'c', 'd'],
    });

    expect(metrics.count).toBe(5);
    expect(metrics.accuracy).toBeCloseTo(0.4, 12);
    expect(metrics.micro_f1).toBeCloseTo(0.6, 12);
    expect(metrics.macro_f1).toBeCloseTo(22 / 45, 12);
    expectPerLabel(metrics.per_label, [
      { label: 'a', precision: 2 / 3, recall: 1, f1: 4 / 5, support: 2 },
      { label: 'b', precision: 0, recall: 0, f1: 0, support: 2 },
      { label: 'c', precision: 1 / 2, recall: 1, f1: 2 / 3, support: 1 },
      { label: 'd', precision: 0, recall: 0, f1: 0, support: 0 },
    ]);
  });

  it('scores a single-label case, where micro F1 equals accuracy', () => {
    // gold a a b c, predicted a b b a:
    // a: tp 1 (ex 1), fp 1 (ex 4), fn 1 (ex 2) → P 1/2, R 1/2, F1 1/2, support 2
    // b: tp 1 (ex 3), fp 1 (ex 2), fn 0        → P 1/2, R 1,   F1 2/3, support 1
    // c: tp 0, fp 0, fn 1 (ex 4)               → P 0,   R 0,   F1 0,   support 1
    // accuracy = 2/4; micro F1 = 2·2 / (2·2 + 2 + 2) = 1/2; macro = (1/2 + 2/3 + 0) / 3 = 7/18
    const metrics = computeMetrics({
      gold: [['a'], ['a'], ['b'], ['c']],
      predicted: [['a'], ['b'], ['b'], ['a']],
      labels: ['a', 'b', 'c'],
    });

    expect(metrics.accuracy).toBeCloseTo(0.5, 12);
    expect(metrics.micro_f1).toBeCloseTo(0.5, 12);
    expect(metrics.macro_f1).toBeCloseTo(7 / 18, 12);
    expectPerLabel(metrics.per_label, [
      { label: 'a', precision: 1 / 2, recall: 1 / 2, f1: 1 / 2, support: 2 },
      { label: 'b', precision: 1 / 2, recall: 1, f1: 2 / 3, support: 1 },
      { label: 'c', precision: 0, recall: 0, f1: 0, support: 1 },
    ]);
  });

  it('gives 1 everywhere for perfect predictions, ignoring order and repeats', () => {
    const metrics = computeMetrics({
      gold: [['a', 'b'], ['b']],
      predicted: [['b', 'a', 'a'], ['b']],
      labels: ['a', 'b'],
    });

    expect(metrics).toEqual({
      count: 2,
      accuracy: 1,
      macro_f1: 1,
      micro_f1: 1,
      per_label: [
        { label: 'a', precision: 1, recall: 1, f1: 1, support: 1 },
        { label: 'b', precision: 1, recall: 1, f1: 1, support: 2 },
      ],
    });
  });

  it('returns zeros, not NaN, when there is nothing to divide by', () => {
    expect(computeMetrics({ gold: [], predicted: [], labels: ['a'] })).toEqual({
      count: 0,
      accuracy: 0,
      macro_f1: 0,
      micro_f1: 0,
      per_label: [{ label: 'a', precision: 0, recall: 0, f1: 0, support: 0 }],
    });

    // Only empty sets: every example matches exactly, but no label ever occurs.
    const empty = computeMetrics({ gold: [[]], predicted: [[]], labels: ['a'] });
    expect([empty.accuracy, empty.macro_f1, empty.micro_f1]).toEqual([1, 0, 0]);
  });

  it('refuses misaligned lists and unknown labels', () => {
    expect(() => computeMetrics({ gold: [['a']], predicted: [], labels: ['a'] })).toThrow(
      'gold has 1 examples but predicted has 0; they must align',
    );
    expect(() => computeMetrics({ gold: [['a']], predicted: [['z']], labels: ['a'] })).toThrow(
      AppError,
    );
    expect(() => computeMetrics({ gold: [['a']], predicted: [['z']], labels: ['a'] })).toThrow(
      'predicted[0] names label "z", which is not in the label list',
    );
  });
});

function expectPerLabel(
  actual: { label: string; precision: number; recall: number; f1: number; support: number }[],
  expected: typeof actual,
): void {
  expect(actual.map((metrics) => metrics.label)).toEqual(expected.map((metrics) => metrics.label));
  actual.forEach((metrics, index) => {
    const want = expected[index]!;
    expect(metrics.precision).toBeCloseTo(want.precision, 12);
    expect(metrics.recall).toBeCloseTo(want.recall, 12);
    expect(metrics.f1).toBeCloseTo(want.f1, 12);
    expect(metrics.support).toBe(want.support);
  });
}
