import { describe, expect, it } from 'vitest';
import type { ProjectWithLabels } from '../projects/find-project';
import { rankLabelScores } from './rank-label-scores';

function project(multiLabel: boolean, threshold = 0.5) {
  const labels = ['a', 'b', 'c'].map((name, position) => ({
    id: `id-${name}`,
    name,
    description: null,
    position,
  }));

  return { multiLabel, threshold, labels } as unknown as ProjectWithLabels;
}

const probabilities: Record<string, number> = { a: 0.2, b: 0.7, c: 0.5 };

describe('rankLabelScores', () => {
  it('orders labels by probability and suggests only the top one for single-label', () => {
    const ranked = rankLabelScores(project(false), (name) => probabilities[name]!);

    expect(ranked.map((s) => [s.label, s.suggested])).toEqual([
      ['b', true],
      ['c', false],
      ['a', false],
    ]);
  });

  it('suggests every label at or above the threshold for multi-label', () => {
    const ranked = rankLabelScores(project(true, 0.5), (name) => probabilities[name]!);

    expect(ranked.filter((s) => s.suggested).map((s) => s.label)).toEqual(['b', 'c']);
  });

  it('suggests nothing in a multi-label project when every label is under the threshold', () => {
    const ranked = rankLabelScores(project(true, 0.9), (name) => probabilities[name]!);

    expect(ranked.some((s) => s.suggested)).toBe(false);
  });
});
