import { describe, expect, it } from 'vitest';

import { formatLabelText } from './format-label-text';

describe('formatLabelText', () => {
  it('fills the template with the humanised name', () => {
    expect(formatLabelText({ name: 'card_arrival' }, '{label}')).toBe('card arrival');
    expect(formatLabelText({ name: 'PlayMusic' }, 'This text is about {label}.')).toBe(
      'This text is about play music.',
    );
  });

  it('appends a description after a colon, or a space after a full stop', () => {
    const label = { name: 'card_arrival', description: '  The card has not come yet. ' };
    expect(formatLabelText(label, '{label}')).toBe('card arrival: The card has not come yet.');
    expect(formatLabelText(label, 'This is {label}.')).toBe(
      'This is card arrival. The card has not come yet.',
    );
  });

  it('ignores empty and null descriptions', () => {
    expect(formatLabelText({ name: 'spam', description: null }, '{label}')).toBe('spam');
    expect(formatLabelText({ name: 'spam', description: '   ' }, '{label}')).toBe('spam');
  });
});
