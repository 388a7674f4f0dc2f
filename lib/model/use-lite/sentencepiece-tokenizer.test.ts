import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EmbeddingsModel } from '@energetic-ai/embeddings';
import { describe, expect, it } from 'vitest';
import { readDatasetTexts } from '@/tests/helpers/read-dataset-texts';

import { locateUseLiteModel } from './locate-use-lite-model';
import { type SentencePiece, SentencePieceTokenizer } from './sentencepiece-tokenizer';

const vocab = JSON.parse(
  readFileSync(path.join(locateUseLiteModel(), 'vocab.json'), 'utf8'),
) as SentencePiece[];
const ours = new SentencePieceTokenizer(vocab);
// The reference tokenizer is not exported on its own; the model wrapper builds one and
// never touches the (absent) graph until embed() is called.
const reference = new EmbeddingsModel({ vocabulary: vocab, model: null as never }).tokenizer;

const edgeCases = [
  '',
  ' ',
  '  two  spaces  ',
  'Hello world',
  'emoji 😀😀 run, single 👍🏽 and flag 🇩🇪',
  '😀',
  'مرحبا بالعالم، كيف حالك؟',
  'שלום עולם, מה שלומך?',
  'mixed English and עברית and العربية in one line',
  'tab\tand\nnewline\r\nend',
  'ligature ﬁ and circled ① and full-width ＡＢＣ (NFKC folds these)',
  'e\u0301 combining accent vs é',
  'non\u00a0breaking\u2003spaces',
  'zero\u200bwidth',
  'x'.repeat(300),
  'CAPS, digits 1234567890 and punctuation !?.,;:-()[]{}',
];

describe('SentencePieceTokenizer', () => {
  it('gives the ids of the reference tokenizer on every dataset text', () => {
    const texts = readDatasetTexts();
    expect(texts.length).toBeGreaterThan(10_000);

    const mismatches = texts.filter(
      (text) => JSON.stringify(ours.encode(text)) !== JSON.stringify(reference.encode(text)),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(edgeCases)('matches the reference on %j', (text) => {
    expect(ours.encode(text)).toEqual(reference.encode(text));
  });

  it('returns no ids for the empty string and a real example for a short one', () => {
    expect(ours.encode('')).toEqual([]);
    expect(ours.encode('Hello world')).toEqual([341, 4125, 311]);
  });

  it('maps each emoji run to one unknown id (0), as the reference does', () => {
    const ids = ours.encode('ok 😀😀😀 ok');
    expect(ids.filter((id) => id === 0)).toHaveLength(1);
  });

  it('truncates to maxTokens with exactly the first ids of the full text', () => {
    const long = readDatasetTexts().slice(0, 3000).join(' ');
    const full = reference.encode(long.slice(0, 20_000));
    expect(full.length).toBeGreaterThan(128);

    expect(ours.encode(long, 128)).toEqual(full.slice(0, 128));
    expect(ours.encode(long, 5)).toEqual(full.slice(0, 5));
  });

  it('widens its window when merged unknown runs make the prefix too short', () => {
    const text = `${'😀'.repeat(5000)} ${'word '.repeat(400)}`;
    expect(ours.encode(text, 128)).toEqual(reference.encode(text).slice(0, 128));
  });

  it('tokenises 50 KB in well under a second', () => {
    const text = readDatasetTexts().join(' ').slice(0, 50_000);
    const started = performance.now();
    const ids = ours.encode(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ids.length).toBeGreaterThan(5000);
  });
});
