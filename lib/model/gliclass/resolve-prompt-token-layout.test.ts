import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTinyGliclass } from '@/tests/fixtures/make-tiny-gliclass';
import { resolvePadTokenId } from './resolve-pad-token-id';
import { resolvePromptTokenLayout } from './resolve-prompt-token-layout';

const folder = await mkdtemp(path.join(tmpdir(), 'gliclass-layout-'));
const fixture = await makeTinyGliclass(folder);
const tokenizerJson = JSON.parse(await readFile(path.join(folder, 'tokenizer.json'), 'utf8'));

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('resolvePromptTokenLayout', () => {
  it('reads the marker ids and the [CLS] … [SEP] wrapping from the tokenizer', () => {
    const layout = resolvePromptTokenLayout(new Tokenizer(tokenizerJson, {}));

    expect(layout).toEqual({
      labelTokenId: fixture.ids.label,
      sepTokenId: fixture.ids.promptSep,
      prefixLength: 1,
      suffixLength: 1,
    });
  });

  it('rejects a tokenizer that splits <<LABEL>> into pieces', () => {
    const withoutMarkers = {
      ...tokenizerJson,
      added_tokens: tokenizerJson.added_tokens.filter(
        (token: { content: string }) => !token.content.startsWith('<<'),
      ),
    };

    expect(() => resolvePromptTokenLayout(new Tokenizer(withoutMarkers, {}))).toThrow(
      /does not keep <<LABEL>> as one token/,
    );
  });
});

describe('resolvePadTokenId', () => {
  const tokenizer = new Tokenizer(tokenizerJson, {});

  it('prefers tokenizer.json padding, then tokenizer_config.json, then [PAD]', () => {
    expect(resolvePadTokenId(tokenizer, { padding: { pad_id: 7 } }, {})).toBe(7);
    expect(resolvePadTokenId(tokenizer, {}, { pad_token: '[SEP]' })).toBe(fixture.ids.sep);
    expect(resolvePadTokenId(tokenizer, {}, { pad_token: { content: '[CLS]' } })).toBe(
      fixture.ids.cls,
    );
    expect(resolvePadTokenId(tokenizer, {}, {})).toBe(fixture.ids.pad);
  });
});
