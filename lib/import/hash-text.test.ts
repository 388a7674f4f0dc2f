import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';

describe('hashText', () => {
  it('matches the published SHA-256 test vectors', () => {
    // FIPS 180-2 examples: SHA-256("abc") and SHA-256("").
    expect(hashText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes NFC and NFD spellings the same, and whitespace differences apart', () => {
    expect(hashText('cafe\u0301')).toBe(hashText('caf\u00e9'));
    expect(hashText('café ')).not.toBe(hashText('café'));
  });

  it('hashes the UTF-8 bytes of emoji and RTL text', () => {
    expect(hashText('👍🏽')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashText('שלום')).not.toBe(hashText('םולש'));
  });
});
