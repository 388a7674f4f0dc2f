import { describe, expect, it } from 'vitest';
import { hasGoldLabels } from './has-gold-labels';

describe('hasGoldLabels', () => {
  it('takes an explicit empty list as a gold answer in multi-label projects only', () => {
    expect(hasGoldLabels({ labelsGiven: true, labels: [] }, true)).toBe(true);
    expect(hasGoldLabels({ labelsGiven: true, labels: [] }, false)).toBe(false);
  });

  it('never takes a row without labels as a gold answer', () => {
    expect(hasGoldLabels({ labelsGiven: false, labels: [] }, true)).toBe(false);
    expect(hasGoldLabels({ labelsGiven: false, labels: [] }, false)).toBe(false);
  });

  it('takes given labels as a gold answer', () => {
    expect(hasGoldLabels({ labelsGiven: true, labels: ['a'] }, false)).toBe(true);
  });
});
