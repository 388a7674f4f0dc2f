import { describe, expect, it } from 'vitest';

import { humaniseLabel } from './humanise-label';

describe('humaniseLabel', () => {
  it.each([
    ['card_arrival', 'card arrival'],
    ['AddToPlaylist', 'add to playlist'],
    ['SearchScreeningEvent', 'search screening event'],
    ['top-up-by-card', 'top up by card'],
    ['getATMCard', 'get atm card'],
    ['ATM', 'atm'],
    ['top10list', 'top 10 list'],
    ['version.2.0_notes', 'version 2.0 notes'],
    ['  spaced   name ', 'spaced name'],
    ['already plain words', 'already plain words'],
    ['Ünïcode_Läbel', 'ünïcode läbel'],
    ['neutral', 'neutral'],
  ])('%j → %j', (name, expected) => {
    expect(humaniseLabel(name)).toBe(expected);
  });
});
