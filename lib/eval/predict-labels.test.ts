import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { predictLabels } from './predict-labels';

const labels = ['a', 'b', 'c'];

describe('predictLabels', () => {
  it('multi-label: takes every label with p ≥ threshold, in label order', () => {
    expect(predictLabels([0.9, 0.2, 0.5], labels, { multiLabel: true })).toEqual(['a', 'c']);
    expect(predictLabels([0.9, 0.2, 0.5], labels, { multiLabel: true, threshold: 0.95 })).toEqual(
      [],
    );
    expect(
      predictLabels(Float32Array.of(0.3, 0.3, 0.1), labels, { multiLabel: true, threshold: 0.3 }),
    ).toEqual(['a', 'b']);
  });

  it('single-label: takes the argmax, the earlier label on a tie, whatever the threshold', () => {
    expect(predictLabels([0.1, 0.7, 0.2], labels, { multiLabel: false })).toEqual(['b']);
    expect(predictLabels([0.4, 0.2, 0.4], labels, { multiLabel: false })).toEqual(['a']);
    expect(predictLabels([0.1, 0.2, 0.3], labels, { multiLabel: false, threshold: 0.9 })).toEqual([
      'c',
    ]);
  });

  it('never picks NaN', () => {
    expect(predictLabels([Number.NaN, 0.2, 0.1], labels, { multiLabel: false })).toEqual(['b']);
    expect(predictLabels([Number.NaN, Number.NaN], ['a', 'b'], { multiLabel: false })).toEqual([]);
    expect(predictLabels([Number.NaN, 0.6], ['a', 'b'], { multiLabel: true })).toEqual(['b']);
  });

  it('predicts nothing for an empty label list', () => {
    expect(predictLabels([], [], { multiLabel: false })).toEqual([]);
  });

  it('refuses a probability count that does not match the labels, and bad thresholds', () => {
    expect(() => predictLabels([0.5, 0.5, 0.5, 0], labels, { multiLabel: true })).toThrow(
      'got 4 probabilities for 3 labels; slice padded label columns off before predicting',
    );
    expect(() =>
      predictLabels([0.5, 0.5, 0.5], labels, { multiLabel: true, threshold: 1.5 }),
    ).toThrow(AppError);
    expect(() =>
      predictLabels([0.5, 0.5, 0.5], labels, { multiLabel: true, threshold: Number.NaN }),
    ).toThrow('threshold must be in [0, 1], got NaN');
  });
});
