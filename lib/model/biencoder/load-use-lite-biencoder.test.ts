import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resetEnvCache } from '@/lib/config/env';

import { loadUseLiteBiencoder } from './load-use-lite-biencoder';

let dataDir: string;
const previous = process.env.VERDICT_DATA_DIR;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'verdict-biencoder-'));
  process.env.VERDICT_DATA_DIR = dataDir;
  resetEnvCache();
});

afterAll(async () => {
  if (previous === undefined) delete process.env.VERDICT_DATA_DIR;
  else process.env.VERDICT_DATA_DIR = previous;
  resetEnvCache();
  await rm(dataDir, { recursive: true, force: true });
});

const labels = [{ name: 'card_arrival' }, { name: 'PlayMusic' }, { name: 'GetWeather' }];

describe('loadUseLiteBiencoder', () => {
  it('classifies obvious texts zero-shot with the default config', async () => {
    const classifier = await loadUseLiteBiencoder({});
    expect(classifier.kind).toBe('use-lite-biencoder');

    const texts = [
      'My new card still has not arrived',
      'play some jazz music please',
      'will it rain tomorrow in Paris',
    ];
    const results = await classifier.classify(texts, labels, { multiLabel: false });
    const best = results.map((r) => r.probabilities.indexOf(Math.max(...r.probabilities)));
    expect(best).toEqual([0, 1, 2]);
    for (const r of results) {
      expect(r.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }

    await classifier.dispose();
  });

  it('shares one encoder between versions and survives disposing one of them', async () => {
    const first = await loadUseLiteBiencoder({});
    const second = await loadUseLiteBiencoder({ scale: 10, bias: 0.2 });
    await first.dispose();

    const [result] = await second.classify(['play a song'], labels, { multiLabel: true });
    expect(result!.probabilities).toHaveLength(3);
    await second.dispose();
  });

  it('refuses a bad config before loading anything', async () => {
    await expect(loadUseLiteBiencoder({ centre: 'yes' })).rejects.toThrow(/centre/);
  });
});
