import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { makeTinyGliclass } from '@/tests/fixtures/make-tiny-gliclass';
import { loadGliclassExport } from './load-gliclass-export';

const root = await mkdtemp(path.join(tmpdir(), 'gliclass-load-'));
let count = 0;

afterAll(() => rm(root, { recursive: true, force: true }));

async function freshExport(options: Parameters<typeof makeTinyGliclass>[1] = {}) {
  count += 1;
  return makeTinyGliclass(path.join(root, `export-${count}`), options);
}

async function loadError(folder: string): Promise<AppError> {
  const error = await loadGliclassExport(folder).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);

  return error as AppError;
}

describe('loadGliclassExport validation', () => {
  it('loads a valid export as a gliclass-onnx classifier', async () => {
    const { folder } = await freshExport();

    const classifier = await loadGliclassExport(folder);

    expect(classifier.kind).toBe('gliclass-onnx');
    await classifier.dispose();
  });

  it('names a folder that does not exist', async () => {
    const error = await loadError(path.join(root, 'nope'));

    expect(error.code).toBe('MODEL_UNAVAILABLE');
    expect(error.message).toMatch(/nope does not exist; expected a GLiClass export folder/);
    expect(error.message).toMatch(/onnx\/model\.onnx, tokenizer\.json and config\.json/);
  });

  it.each(['config.json', 'tokenizer.json', 'onnx/model.onnx'])(
    'names the missing %s',
    async (file) => {
      const { folder } = await freshExport();
      await unlink(path.join(folder, file));

      const error = await loadError(folder);

      expect(error.message).toContain(`${file} in ${folder} does not exist`);
      expect(error.details).toMatchObject({ file });
    },
  );

  it('names a missing config field and the type it needs', async () => {
    const { folder } = await freshExport({ config: { prompt_first: undefined } });

    const error = await loadError(folder);

    expect(error.message).toMatch(/config\.json .* prompt_first: .*expected boolean/);
  });

  it('says plainly that bi-encoder exports are not supported yet', async () => {
    const { folder } = await freshExport({ config: { architecture_type: 'bi-encoder' } });

    const error = await loadError(folder);

    expect(error.message).toMatch(/architecture_type "bi-encoder"; supported: "uni-encoder"/);
    expect(error.message).toMatch(/not supported yet/);
  });

  it('rejects invalid JSON with the file name', async () => {
    const { folder } = await freshExport();
    await writeFile(path.join(folder, 'config.json'), '{ not json');

    expect((await loadError(folder)).message).toMatch(/config\.json in .* is not valid JSON/);
  });

  it('rejects a tokenizer without the GLiClass markers', async () => {
    const { folder } = await freshExport();
    const tokenizer = {
      model: { type: 'WordPiece', vocab: { '[UNK]': 0 }, unk_token: '[UNK]' },
      added_tokens: [{ id: 0, content: '[UNK]' }],
    };
    await writeFile(path.join(folder, 'tokenizer.json'), JSON.stringify(tokenizer));

    expect((await loadError(folder)).message).toMatch(/no added token "<<LABEL>>"/);
  });

  it('rejects an ONNX file onnxruntime cannot read', async () => {
    const { folder } = await freshExport();
    await writeFile(path.join(folder, 'onnx', 'model.onnx'), 'not a model');

    expect((await loadError(folder)).message).toMatch(/onnxruntime could not load/);
  });

  it('rejects a model whose inputs are not those of a uni-encoder export', async () => {
    const { folder } = await freshExport({ extraInputs: ['token_type_ids'] });

    const error = await loadError(folder);

    expect(error.message).toMatch(/takes inputs \[input_ids, attention_mask, token_type_ids\]/);
    expect(error.message).toMatch(/takes exactly input_ids and attention_mask/);
  });

  it('rejects bad options with BAD_REQUEST', async () => {
    const { folder } = await freshExport();

    await expect(loadGliclassExport(folder, { maxLength: 4096 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
