import { createHash } from 'node:crypto';

/**
 * The content hash of an example: sha256, hex, of the NFC-normalised text. Two texts that
 * differ only in Unicode composition (é as one code point or e + combining accent) hash
 * the same; any other difference, whitespace included, gives a different hash.
 *
 * @example hashText('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}
