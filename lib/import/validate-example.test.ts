import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';
import type { ImportRules } from './types';
import { validateExample } from './validate-example';

const multi: ImportRules = { labels: ['a', 'b', 'c'], multiLabel: true };
const single: ImportRules = { labels: ['a', 'b', 'c'], multiLabel: false };
const open: ImportRules = { labels: [], multiLabel: true };

function messageFor(text: string, labels: string[], rules: ImportRules): string | undefined {
  const result = validateExample({ line: 7, text, labels, labelsGiven: true }, rules);

  return result.ok ? undefined : result.error.message;
}

describe('validateExample', () => {
  it('accepts a row and hashes its text', () => {
    const raw = { line: 3, text: 'hello', labels: ['a'], labelsGiven: true };

    expect(validateExample(raw, multi)).toEqual({
      ok: true,
      example: {
        line: 3,
        text: 'hello',
        labels: ['a'],
        labelsGiven: true,
        hash: hashText('hello'),
      },
    });
  });

  it('passes on whether labels were given, an explicit empty list included', () => {
    const given = validateExample({ line: 1, text: 't', labels: [], labelsGiven: true }, multi);
    const absent = validateExample({ line: 1, text: 't', labels: [], labelsGiven: false }, multi);

    expect(given.ok && given.example.labelsGiven).toBe(true);
    expect(absent.ok && absent.example.labelsGiven).toBe(false);
  });

  it('refuses text holding U+0000, which Postgres text cannot store', () => {
    expect(messageFor('a\u0000b', [], multi)).toBe(
      'text contains a NUL character (U+0000) at character 2, ' +
        'which Postgres cannot store; remove it',
    );
    // Counted in characters: the emoji before it is one, not two UTF-16 units.
    expect(messageFor('👍\u0000', [], multi)).toMatch(/U\+0000\) at character 2,/);
    expect(messageFor('\u0000', [], multi)).toMatch(/^text contains a NUL character/);
  });

  it('refuses label names holding U+0000 without also calling them unknown', () => {
    const message =
      'label "a\\u0000" contains a NUL character (U+0000), ' +
      'which Postgres cannot store; remove it';

    expect(messageFor('t', ['a\u0000'], multi)).toBe(message);
    expect(messageFor('t', ['a\u0000'], open)).toBe(message);
    expect(messageFor('t', ['\u0000'], open)).toMatch(/^label "\\u0000" contains a NUL/);
  });

  it('applies NFC and nothing else to the text', () => {
    // "é" written as e + U+0301 becomes the single code point U+00E9.
    const result = validateExample(
      { line: 1, text: ' cafe\u0301 \n', labels: [], labelsGiven: false },
      multi,
    );

    expect(result.ok && result.example.text).toBe(' caf\u00e9 \n');
  });

  it('keeps emoji with skin tones, Arabic and Hebrew (with direction marks) untouched', () => {
    const texts = [
      '👍🏽 great 👨‍👩‍👧',
      'مرحبا بالعالم',
      '\u200fשלום עולם\u200f',
      'abc \u200fעברית\u200e 123',
    ];

    for (const text of texts) {
      const result = validateExample({ line: 1, text, labels: [], labelsGiven: false }, multi);
      expect(result.ok && result.example.text).toBe(text);
    }
  });

  it('refuses empty and whitespace-only text', () => {
    const message = 'text is empty or only whitespace; give the text to classify';

    expect(messageFor('', [], multi)).toBe(message);
    expect(messageFor(' \t\n\u00a0', [], multi)).toBe(message);
  });

  it('accepts a 50 KB text and one of exactly 100,000 bytes', () => {
    expect(messageFor('x'.repeat(50 * 1024), [], multi)).toBeUndefined();
    expect(messageFor('x'.repeat(100_000), [], multi)).toBeUndefined();
  });

  it('refuses text over 100,000 UTF-8 bytes, counting multi-byte characters', () => {
    // 50,001 × "é" (2 bytes each in UTF-8) = 100,002 bytes, though only 50,001 characters.
    expect(messageFor('é'.repeat(50_001), [], multi)).toBe(
      'text is 100,002 bytes; the limit is 100,000 bytes (UTF-8)',
    );
  });

  it('trims label names, drops empty ones and merges repeats', () => {
    const result = validateExample(
      { line: 1, text: 't', labels: [' b ', '', 'a', 'b', '  '], labelsGiven: true },
      multi,
    );

    expect(result.ok && result.example.labels).toEqual(['b', 'a']);
  });

  it('names unknown labels and the known ones', () => {
    expect(messageFor('t', ['foo'], multi)).toBe('unknown label "foo"; known labels: a, b, c');
    expect(messageFor('t', ['a', 'x', 'y'], multi)).toBe(
      'unknown labels "x", "y"; known labels: a, b, c',
    );
  });

  it('hints at a case mismatch and at commas used as separators', () => {
    expect(messageFor('t', ['B'], multi)).toBe(
      'unknown label "B"; known labels: a, b, c (did you mean "b" for "B"?)',
    );
    expect(messageFor('t', ['a, b'], multi)).toBe(
      'unknown label "a, b"; known labels: a, b, c (separate labels with | rather than commas)',
    );
  });

  it('lists at most 20 known labels', () => {
    const labels = Array.from({ length: 25 }, (_, i) => `l${i + 1}`);

    expect(messageFor('t', ['zzz'], { labels, multiLabel: true })).toBe(
      `unknown label "zzz"; known labels: ${labels.slice(0, 20).join(', ')} and 5 more`,
    );
  });

  it('accepts any label name when the project has none yet', () => {
    expect(messageFor('t', ['new', 'names'], open)).toBeUndefined();
  });

  it('refuses more than one label in a single-label project, but allows none', () => {
    expect(messageFor('t', ['a', 'b'], single)).toBe(
      '2 labels ("a", "b") but this project is single-label; give at most one',
    );
    expect(messageFor('t', [], single)).toBeUndefined();
    expect(messageFor('t', ['a', ' a'], single)).toBeUndefined();
  });

  it('refuses label names over 200 characters', () => {
    expect(messageFor('t', ['x'.repeat(201)], open)).toBe(
      'a label name is 201 characters; the limit is 200 (is text in the labels column?)',
    );
  });

  it('reports every problem of a row in one message', () => {
    expect(messageFor(' ', ['a', 'foo'], single)).toBe(
      'text is empty or only whitespace; give the text to classify; ' +
        'unknown label "foo"; known labels: a, b, c; ' +
        '2 labels ("a", "foo") but this project is single-label; give at most one',
    );
  });
});
