import { describe, expect, it } from 'vitest';
import { collectLabelNames } from './collect-label-names';

describe('collectLabelNames', () => {
  it('returns distinct names in first-seen order', () => {
    const examples = [{ labels: ['b', 'a'] }, { labels: [] }, { labels: ['a', 'c', 'b'] }];

    expect(collectLabelNames(examples)).toEqual(['b', 'a', 'c']);
  });

  it('returns nothing for unlabelled examples', () => {
    expect(collectLabelNames([{ labels: [] }])).toEqual([]);
  });
});
