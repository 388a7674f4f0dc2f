import { describe, expect, it } from 'vitest';

import { createBiencoderClassifier } from './create-biencoder-classifier';
import type { SentenceEncoder } from './sentence-encoder';

/**
 * A 3-d encoder with hand-picked unit vectors, recording every call, so scores can be
 * computed by hand: cos(text, label) is the dot product of the listed vectors.
 */
function fakeEncoder(vectors: Record<string, number[]>) {
  const calls: string[][] = [];
  let disposed = 0;
  const encoder: SentenceEncoder = {
    id: 'fake@1',
    dimension: 3,
    async embed(texts) {
      calls.push(texts);
      return texts.map((text) => {
        const vector = vectors[text];
        if (!vector) throw new Error(`no vector for ${JSON.stringify(text)}`);
        return Float32Array.from(vector);
      });
    },
    async dispose() {
      disposed++;
    },
  };

  return { encoder, calls, disposals: () => disposed };
}

const vectors = {
  'card arrival': [1, 0, 0],
  'play music: Songs and albums': [0, 1, 0],
  'where is my card': [0.8, 0.6, 0],
  'put on some jazz': [0, 0.6, 0.8],
};
const labels = [{ name: 'card_arrival' }, { name: 'PlayMusic', description: 'Songs and albums' }];

describe('createBiencoderClassifier', () => {
  it('scores texts against humanised labels with the configured scorer', async () => {
    const { encoder, calls } = fakeEncoder(vectors);
    const classifier = createBiencoderClassifier(encoder, { scale: 10, bias: 0.1, centre: true });
    expect(classifier.kind).toBe('fake-biencoder');

    const [card, jazz] = await classifier.classify(
      ['where is my card', 'put on some jazz'],
      labels,
      { multiLabel: true },
    );

    // "where is my card": cos = [0.8, 0.6], centre 0.7 → logits 10·(0.1 − 0.1) = 0 and
    // 10·(−0.1 − 0.1) = −2 → sigmoid [0.5, 0.1192].
    expect(Array.from(card!.logits)).toEqual([expect.closeTo(0, 5), expect.closeTo(-2, 5)]);
    expect(card!.probabilities[0]).toBeCloseTo(0.5, 5);
    expect(card!.probabilities[1]).toBeCloseTo(1 / (1 + Math.exp(2)), 5);
    // "put on some jazz": cos = [0, 0.6], centre 0.3 → logits −4 and 2.
    expect(Array.from(jazz!.logits)).toEqual([expect.closeTo(-4, 5), expect.closeTo(2, 5)]);

    expect(calls[0]).toEqual(['card arrival', 'play music: Songs and albums']);
  });

  it('uses a softmax over the labels for single-label tasks', async () => {
    const { encoder } = fakeEncoder(vectors);
    const classifier = createBiencoderClassifier(encoder, { scale: 10 });

    const [card] = await classifier.classify(['where is my card'], labels, { multiLabel: false });

    // Softmax of 10·[0.8, 0.6]: e^2 / (e^2 + 1) and 1 / (e^2 + 1).
    expect(card!.probabilities[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 5);
    expect(card!.probabilities[1]).toBeCloseTo(1 / (Math.exp(2) + 1), 5);
  });

  it('embeds each label set once and texts in chunks', async () => {
    const { encoder, calls } = fakeEncoder(vectors);
    const classifier = createBiencoderClassifier(encoder, {}, { textChunk: 1 });

    await classifier.classify(['where is my card', 'put on some jazz'], labels, {
      multiLabel: false,
    });
    await classifier.classify(['where is my card'], labels, { multiLabel: false });
    // A changed description is a different label set.
    await classifier.classify(['where is my card'], [{ name: 'card_arrival' }], {
      multiLabel: true,
    });

    expect(calls).toEqual([
      ['card arrival', 'play music: Songs and albums'],
      ['where is my card'],
      ['put on some jazz'],
      ['where is my card'],
      ['card arrival'],
      ['where is my card'],
    ]);
  });

  it('returns empty scores for no labels and keeps the order of many texts', async () => {
    const { encoder } = fakeEncoder(vectors);
    const classifier = createBiencoderClassifier(encoder);

    const none = await classifier.classify(['where is my card'], [], { multiLabel: true });
    expect(none).toEqual([{ logits: new Float32Array(0), probabilities: new Float32Array(0) }]);

    const texts = ['put on some jazz', 'where is my card', 'put on some jazz'];
    const results = await classifier.classify(texts, labels, { multiLabel: false });
    expect(results.map((r) => (r.probabilities[0]! > r.probabilities[1]! ? 0 : 1))).toEqual([
      1, 0, 1,
    ]);
  });

  it('rejects a bad config with the field named, and disposes its encoder once', async () => {
    const { encoder, disposals } = fakeEncoder(vectors);
    expect(() => createBiencoderClassifier(encoder, { scale: -1 })).toThrow(/scale/);
    expect(() => createBiencoderClassifier(encoder, { template: 'no placeholder' })).toThrow(
      /template: must contain \{label\}/,
    );

    const classifier = createBiencoderClassifier(encoder);
    await classifier.dispose();
    await classifier.dispose();
    expect(disposals()).toBe(1);
    await expect(classifier.classify(['x'], labels, { multiLabel: true })).rejects.toThrow(
      /disposed/,
    );
  });
});
