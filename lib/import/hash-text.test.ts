import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('hashText', () => {
  it('matches the published SHA-256 test vectors', () => {
    // FIPS 180-2 examples: SHA-256("abc") and SHA-256("").
    expect(hashText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes NFC and NFD spellings the same', () => {
    expect(hashText('cafe\u0301')).toBe(hashText('caf\u00e9'));
  });

  it('ignores leading and trailing whitespace and the length of whitespace runs', () => {
    const plain = hashText('play some jazz');

    expect(hashText('  play some jazz  ')).toBe(plain);
    expect(hashText('\tplay  some\r\n jazz\n')).toBe(plain);
    expect(hashText('play\u00a0some jazz')).toBe(plain);
    expect(plain).toBe(sha256('play some jazz'));
    expect(hashText(' café \n')).toBe(sha256('caf\u00e9'));
  });

  it('still tells apart texts that differ in anything but whitespace', () => {
    expect(hashText('play some jazz')).not.toBe(hashText('playsome jazz'));
    expect(hashText('play some jazz')).not.toBe(hashText('Play some jazz'));
  });

  it('leaves emoji and RTL text, direction marks included, untouched', () => {
    expect(hashText('👍🏽 great 👨‍👩‍👧')).toBe(sha256('👍🏽 great 👨‍👩‍👧'));
    expect(hashText('  👍🏽  great ')).toBe(sha256('👍🏽 great'));
    expect(hashText('שלום')).not.toBe(hashText('םולש'));
    // U+200F (right-to-left mark) is not whitespace, so it is kept and counts.
    expect(hashText('\u200fשלום עולם\u200f')).toBe(sha256('\u200fשלום עולם\u200f'));
    expect(hashText('\u200fשלום עולם\u200f')).not.toBe(hashText('שלום עולם'));
    expect(hashText(' مرحبا   بالعالم ')).toBe(sha256('مرحبا بالعالم'));
  });
});
