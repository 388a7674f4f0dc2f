import { createHash } from 'node:crypto';

/**
 * The content hash of an example, used to find duplicates: sha256, hex, of the text after
 * NFC normalisation, with leading and trailing whitespace removed and every inner run of
 * whitespace (spaces, tabs, line breaks, no-break spaces…) replaced by one space. So
 * `"  play some jazz  "`, `"play  some\njazz"` and `"play some jazz"` hash the same, as do
 * é written as one code point or as e + combining accent. Only the hash is normalised this
 * way; the stored text stays as given. Case, punctuation and other characters (emoji, RTL
 * marks such as U+200F, which are not whitespace) still count.
 *
 * @example hashText('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * @example hashText('  abc \n') === hashText('abc') // true
 */
export function hashText(text: string): string {
  const key = text.normalize('NFC').trim().replace(/\s+/g, ' ');

  return createHash('sha256').update(key, 'utf8').digest('hex');
}
