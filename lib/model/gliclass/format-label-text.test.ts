import { describe, expect, it } from 'vitest';
import { formatLabelText } from './format-label-text';

describe('formatLabelText', () => {
  it('turns identifier-style names into phrases and ignores the description', () => {
    expect(formatLabelText({ name: 'card_arrival', description: 'long text' })).toBe(
      'card arrival',
    );
    expect(formatLabelText({ name: '  lost__or_stolen  ' })).toBe('lost or stolen');
    expect(formatLabelText({ name: 'Sports' })).toBe('Sports');
  });
});
