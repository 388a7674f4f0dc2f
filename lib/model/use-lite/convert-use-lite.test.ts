import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentenceEncoder } from '@/lib/model/biencoder/sentence-encoder';
import { readDatasetTexts } from '@/tests/helpers/read-dataset-texts';

import { ensureUseLiteOnnx } from './ensure-use-lite-onnx';
import { loadReferenceUseLite } from './load-reference-use-lite';
import { loadUseLiteEncoder } from './load-use-lite-encoder';
import { locateUseLiteModel } from './locate-use-lite-model';

/** The conversion's accuracy target, on L2-normalised 512-d vectors. */
const TOLERANCE = 1e-4;

const awkward = [
  'I love this 😀😀😀 so much 👍🏽',
  '🇩🇪🇫🇷',
  'مرحبا، أريد إلغاء بطاقتي',
  'שלום, איפה הכרטיס שלי?',
  'card not arrived — عاجل — דחוף',
  'tabs\tand\nnewlines',
  ' ',
];

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));

  return max;
}

let cacheDir: string;
let encoder: SentenceEncoder;
let reference: EmbeddingsModel;

beforeAll(async () => {
  // A fresh cache folder, so the test exercises the conversion itself.
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'verdict-use-lite-'));
  encoder = await loadUseLiteEncoder({ cacheDir });
  reference = await loadReferenceUseLite();
});

afterAll(async () => {
  await encoder?.dispose();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('USE-lite ONNX conversion', () => {
  it('matches the tfjs reference on 60 real sentences within 1e-4', async () => {
    const texts = readDatasetTexts({ every: 37, perFile: 10 });
    expect(texts.length).toBeGreaterThanOrEqual(50);

    const ours = await encoder.embed(texts);
    const theirs = await reference.embed(texts);

    const worst = Math.max(...texts.map((_, i) => maxAbsDiff(ours[i]!, theirs[i]!)));
    expect(worst).toBeLessThanOrEqual(TOLERANCE);
  });

  it('matches the reference on emoji, Arabic, Hebrew and control whitespace', async () => {
    const ours = await encoder.embed(awkward);
    const theirs = await reference.embed(awkward);

    for (let i = 0; i < awkward.length; i++) {
      expect(maxAbsDiff(ours[i]!, theirs[i]!)).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('embeds a 50 KB text from its first 128 pieces, as the reference does', async () => {
    const text = readDatasetTexts({ every: 37, perFile: 10 }).join(' ').repeat(30).slice(0, 50_000);
    expect(text.length).toBe(50_000);

    const [ours] = await encoder.embed([text]);
    const [theirs] = await reference.embed([text]);
    expect(maxAbsDiff(ours!, theirs!)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('gives the empty string the zero-token vector the reference gives it mid-batch', async () => {
    const ours = await encoder.embed(['', 'hello', '']);
    const theirs = await reference.embed(['', 'hello']);

    expect(maxAbsDiff(ours[0]!, theirs[0]!)).toBeLessThanOrEqual(TOLERANCE);
    expect(maxAbsDiff(ours[1]!, theirs[1]!)).toBeLessThanOrEqual(TOLERANCE);
    expect(maxAbsDiff(ours[2]!, ours[0]!)).toBe(0);
  });

  it('returns unit vectors of the model width, in input order, whatever the batching', async () => {
    const texts = readDatasetTexts({ every: 37, perFile: 10 });
    const together = await encoder.embed(texts);
    const alone = await Promise.all(
      texts.slice(0, 5).map(async (t) => (await encoder.embed([t]))[0]!),
    );

    expect(encoder.dimension).toBe(512);
    for (const vector of together) {
      expect(vector).toHaveLength(512);
      const norm = Math.hypot(...vector);
      expect(norm).toBeCloseTo(1, 5);
    }
    for (const [i, vector] of alone.entries()) {
      expect(maxAbsDiff(vector, together[i]!)).toBeLessThan(1e-5);
    }
    expect(await encoder.embed([])).toEqual([]);
  });

  it('rejects what is not a string with a clear error', async () => {
    await expect(encoder.embed([42 as unknown as string])).rejects.toThrow(/text 0 is number/);
  });
});

describe('USE-lite ONNX cache', () => {
  it('reuses the converted file, rebuilds a broken one and drops stale keys', async () => {
    const modelDir = locateUseLiteModel();
    const first = await ensureUseLiteOnnx(modelDir, cacheDir);
    expect(first.cached).toBe(true); // converted by beforeAll
    expect(first.maxTokens).toBe(128);

    // A stale file from an older converter, and a sidecar that lost its content.
    await writeFile(path.join(cacheDir, 'use-lite-0-deadbeef.onnx'), 'old');
    await writeFile(first.path.replace(/\.onnx$/, '.json'), '{');
    const rebuilt = await ensureUseLiteOnnx(modelDir, cacheDir);
    expect(rebuilt.cached).toBe(false);
    expect(rebuilt.path).toBe(first.path);

    const names = (await readdir(cacheDir)).sort();
    expect(names).toEqual([
      path.basename(first.path).replace(/\.onnx$/, '.json'),
      path.basename(first.path),
    ]);
  });
});
