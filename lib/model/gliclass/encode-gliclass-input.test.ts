import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTinyGliclass } from '@/tests/fixtures/make-tiny-gliclass';
import { encodeGliclassInput } from './encode-gliclass-input';
import { resolvePromptTokenLayout } from './resolve-prompt-token-layout';

const folder = await mkdtemp(path.join(tmpdir(), 'gliclass-encode-'));
const fixture = await makeTinyGliclass(folder);
const tokenizer = new Tokenizer(
  JSON.parse(await readFile(path.join(folder, 'tokenizer.json'), 'utf8')),
  {},
);
const layout = resolvePromptTokenLayout(tokenizer);

afterAll(() => rm(folder, { recursive: true, force: true }));

const { cls, sep, label: L, promptSep: S } = fixture.ids;
const w = (text: string) => fixture.wordIds(text);

/** 'the game was great ' repeated past 50 KB. */
const longText = 'the game was great '.repeat(2700);

describe('encodeGliclassInput', () => {
  it('encodes labels first when prompt_first is true', () => {
    const ids = encodeGliclassInput(
      tokenizer,
      layout,
      'The game was great',
      ['label 1', 'label 2'],
      {
        promptFirst: true,
        maxLength: 1024,
      },
    );

    expect(ids).toEqual([
      cls,
      L,
      ...w('label 1'),
      L,
      ...w('label 2'),
      S,
      ...w('the game was great'),
      sep,
    ]);
  });

  it('encodes the text first when prompt_first is false', () => {
    const ids = encodeGliclassInput(
      tokenizer,
      layout,
      'The game was great',
      ['label 1', 'label 2'],
      {
        promptFirst: false,
        maxLength: 1024,
      },
    );

    expect(ids).toEqual([
      cls,
      ...w('the game was great'),
      L,
      ...w('label 1'),
      L,
      ...w('label 2'),
      S,
      sep,
    ]);
  });

  it('cuts a 50 KB text, never the labels, with labels first', () => {
    expect(longText.length).toBeGreaterThan(50_000);
    const labels = ['sports', 'politics', 'label 1'];

    const ids = encodeGliclassInput(tokenizer, layout, longText, labels, {
      promptFirst: true,
      maxLength: 64,
    });

    // 1 [CLS] + 7 label tokens + 1 <<SEP>> + 1 [SEP] leave 54 text tokens.
    const labelPart = [L, ...w('sports'), L, ...w('politics'), L, ...w('label 1'), S];
    expect(ids).toHaveLength(64);
    expect(ids).toEqual([cls, ...labelPart, ...w(longText).slice(0, 54), sep]);
  });

  it('cuts a 50 KB text, never the labels, with the text first', () => {
    const labels = ['sports', 'politics', 'label 1'];

    const ids = encodeGliclassInput(tokenizer, layout, longText, labels, {
      promptFirst: false,
      maxLength: 64,
    });

    // Plain right truncation would have cut every label here.
    const labelPart = [L, ...w('sports'), L, ...w('politics'), L, ...w('label 1'), S];
    expect(ids).toHaveLength(64);
    expect(ids).toEqual([cls, ...w(longText).slice(0, 54), ...labelPart, sep]);
  });

  it('widens the pre-cut window when whitespace hides the text tokens', () => {
    // 5,000 spaces push the words past the first 8 × 64-character window.
    const text = `sports${' '.repeat(5000)}${'the game was great '.repeat(40)}`;

    const ids = encodeGliclassInput(tokenizer, layout, text, ['food'], {
      promptFirst: true,
      maxLength: 64,
    });

    // 64 − [CLS] − <<LABEL>> food − <<SEP>> − [SEP] = 59 text tokens.
    expect(ids).toEqual([cls, L, ...w('food'), S, ...w(text).slice(0, 59), sep]);
  });
});
