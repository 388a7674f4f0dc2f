import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Classifier } from '@/lib/model/classifier';
import { sigmoid } from '@/lib/model/logits-to-probabilities';
import { makeTinyGliclass, type TinyGliclassOptions } from '@/tests/fixtures/make-tiny-gliclass';
import type { LoadGliclassOptions } from './gliclass-export-schema';
import { loadGliclassExport } from './load-gliclass-export';

// End to end: a real ONNX graph (tests/fixtures/make-tiny-gliclass.ts) run by
// onnxruntime-node through the public loader. In that graph
// logit_k = Σ E(tokens of label k) + Σ E(text tokens) / 64 + n / 16, with n the labels in
// that model pass; padded columns = 30.

const root = await mkdtemp(path.join(tmpdir(), 'gliclass-e2e-'));
const opened: Classifier[] = [];
let count = 0;

afterAll(async () => {
  await Promise.all(opened.map((c) => c.dispose()));
  await rm(root, { recursive: true, force: true });
});

async function setup(fixture: TinyGliclassOptions = {}, options: LoadGliclassOptions = {}) {
  count += 1;
  const tiny = await makeTinyGliclass(path.join(root, `export-${count}`), fixture);
  const classifier = await loadGliclassExport(tiny.folder, options);
  opened.push(classifier);

  const sum = (ids: number[]) => ids.reduce((acc, id) => acc + tiny.tokenValue(id), 0);
  /** The graph's logit for a label against the kept text ids, in a pass of n labels. */
  const expected = (label: string, textIds: number[], n: number) =>
    sum(tiny.wordIds(label)) + sum(textIds) * tiny.textWeight + n * tiny.labelCountWeight;

  return { tiny, classifier, expected };
}

const specs = (...names: string[]) => names.map((name) => ({ name }));

function expectClose(actual: Float32Array, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, 6);
}

function softmax(values: number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

describe('GLiClass classifier on a real ONNX export', () => {
  it('matches a hand-computed logit', async () => {
    const { classifier } = await setup();

    const [result] = await classifier.classify(['the game'], specs('sports'), {
      multiLabel: true,
    });

    // E(sports) = 7/8, E(the) = -1, E(game) = -1/8: 7/8 + (-9/8) / 64 + 1/16 = 0.919921875.
    expect([...result!.logits]).toEqual([0.919921875]);
    expect(result!.probabilities[0]).toBeCloseTo(sigmoid(0.919921875), 6);
  });

  it.each([true, false])('scores every label exactly with prompt_first=%s', async (promptFirst) => {
    const { tiny, classifier, expected } = await setup({ promptFirst });
    const text = 'The team won the election vote';
    const labels = ['sports', 'politics', 'label_1', 'stock price'];

    const [result] = await classifier.classify([text], specs(...labels), { multiLabel: true });

    const textIds = tiny.wordIds(text);
    const want = ['sports', 'politics', 'label 1', 'stock price'].map((l) =>
      expected(l, textIds, 4),
    );
    expect([...result!.logits]).toEqual(want);
    expectClose(result!.probabilities, want.map(sigmoid));
  });

  it('slices padded label columns off before the softmax', async () => {
    // 8 columns, 3 labels: the 5 padded columns hold 30 and would take all the mass.
    const { tiny, classifier, expected } = await setup({ labelColumns: 8 });
    const labels = ['weather', 'rain', 'music'];

    const [single] = await classifier.classify(['rain and song'], specs(...labels), {
      multiLabel: false,
    });

    const want = labels.map((l) => expected(l, tiny.wordIds('rain and song'), 3));
    expect(single!.logits).toHaveLength(3);
    expect([...single!.logits]).toEqual(want);
    expectClose(single!.probabilities, softmax(want));
    expect([...single!.probabilities].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('gives independent sigmoids for multi-label and a softmax for single-label', async () => {
    const { classifier } = await setup();
    const labels = specs('sports', 'food', 'health');

    const [multi] = await classifier.classify(['the game'], labels, { multiLabel: true });
    const [single] = await classifier.classify(['the game'], labels, { multiLabel: false });

    expect([...multi!.logits]).toEqual([...single!.logits]);
    const logits = [...multi!.logits];
    expectClose(multi!.probabilities, logits.map(sigmoid));
    expectClose(single!.probabilities, softmax(logits));
  });

  it('chunks 7 labels with a cap of 3 into passes of 3, 3 and 1, in order', async () => {
    // The graph could take all 7 at once; config.json caps a pass at 3.
    const { tiny, classifier, expected } = await setup({ labelColumns: 8, maxNumClasses: 3 });
    const labels = ['sports', 'politics', 'technology', 'weather', 'finance', 'health', 'music'];
    const text = 'the doctor is great';

    const [result] = await classifier.classify([text], specs(...labels), { multiLabel: true });

    const passSizes = [3, 3, 3, 3, 3, 3, 1];
    const want = labels.map((l, i) => expected(l, tiny.wordIds(text), passSizes[i]!));
    expect([...result!.logits]).toEqual(want);
  });

  it('lowers the label cap when the model returns fewer columns than labels', async () => {
    // config.json claims nothing, so the default cap (25) applies; the graph takes 2.
    const { tiny, classifier, expected } = await setup({ labelColumns: 2 });
    const labels = ['sports', 'politics', 'technology', 'weather', 'finance'];

    const first = await classifier.classify(['a song'], specs(...labels), { multiLabel: true });
    const again = await classifier.classify(['a song'], specs(...labels), { multiLabel: true });

    // Passes of 2, 2 and 1 once the cap has dropped to the model's 2 columns.
    const want = labels.map((l, i) => expected(l, tiny.wordIds('a song'), i < 4 ? 2 : 1));
    expect([...first[0]!.logits]).toEqual(want);
    expect([...again[0]!.logits]).toEqual(want);
  });

  it('batches texts of different lengths with padding that changes nothing', async () => {
    const { tiny, classifier, expected } = await setup({}, { batchSize: 2 });
    const texts = [
      'the game was great',
      'rain',
      '',
      'the phone app is great and the song is great',
    ];
    const labels = ['sports', 'technology'];

    const results = await classifier.classify(texts, specs(...labels), { multiLabel: true });

    expect(results).toHaveLength(4);
    results.forEach((result, t) => {
      const want = labels.map((l) => expected(l, tiny.wordIds(texts[t]!), 2));
      expect([...result.logits]).toEqual(want);
    });
  });

  it('truncates a 50 KB text, not the labels, when the text comes first', async () => {
    const { tiny, classifier, expected } = await setup({ promptFirst: false, maxLength: 64 });
    const text = 'the game was great '.repeat(2700);
    const labels = ['sports', 'politics', 'label 1'];

    const [result] = await classifier.classify([text], specs(...labels), { multiLabel: true });

    // 64 − [CLS] − 7 label tokens − <<SEP>> − [SEP] = 54 text tokens kept.
    const kept = tiny.wordIds(text).slice(0, 54);
    expect([...result!.logits]).toEqual(labels.map((l) => expected(l, kept, 3)));
  });

  it('handles no labels and no texts', async () => {
    const { classifier } = await setup();

    expect(await classifier.classify([], specs('sports'), { multiLabel: true })).toEqual([]);
    const [empty] = await classifier.classify(['the game'], [], { multiLabel: false });
    expect(empty!.logits).toHaveLength(0);
    expect(empty!.probabilities).toHaveLength(0);
  });

  it('refuses to classify after dispose', async () => {
    const { tiny } = await setup();
    const classifier = await loadGliclassExport(tiny.folder);
    await classifier.dispose();

    await expect(
      classifier.classify(['x'], specs('sports'), { multiLabel: true }),
    ).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
  });
});
