// `npx tsx scripts/calibrate-scorer.ts [--grid] [--datasets DIR] [--limit N]`
//
// Measures the bi-encoder scorer (USE-lite + lib/model/biencoder) zero-shot on labelled
// JSONL sets ({"text", "labels"} per line) and prints accuracy, macro-F1, micro-F1 and
// log-loss per set for the default config. With --grid it also searches template,
// centring, bias and scale, printing the table the defaults in biencoder-config.ts were
// chosen from. Nothing measured here is stored in product code except those constants.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { z } from 'zod';

import { computeMetrics } from '../lib/eval/compute-metrics';
import { predictLabels } from '../lib/eval/predict-labels';
import {
  type BiencoderConfig,
  parseBiencoderConfig,
} from '../lib/model/biencoder/biencoder-config';
import { createBiencoderClassifier } from '../lib/model/biencoder/create-biencoder-classifier';
import { formatLabelText } from '../lib/model/biencoder/format-label-text';
import type { SentenceEncoder } from '../lib/model/biencoder/sentence-encoder';
import { similaritiesToLogits } from '../lib/model/biencoder/similarities-to-logits';
import { logitsToProbabilities } from '../lib/model/logits-to-probabilities';
import { loadUseLiteEncoder } from '../lib/model/use-lite/load-use-lite-encoder';

const { values: args } = parseArgs({
  options: {
    grid: { type: 'boolean', default: false },
    datasets: { type: 'string', default: path.join('..', 'shared', 'datasets') },
    limit: { type: 'string' },
  },
});
const limit = args.limit ? Number(args.limit) : Number.POSITIVE_INFINITY;

const TEMPLATES = [
  '{label}',
  'This is {label}.',
  'This text is about {label}.',
  'This message is about {label}.',
  'The topic is {label}.',
  'a text about {label}',
];
const SCALES = [5, 10, 12, 14, 16, 18, 20, 22, 25, 30, 40];
const BIASES = Array.from({ length: 121 }, (_, i) => Math.round((-0.2 + i * 0.005) * 1000) / 1000);

// ---------------------------------------------------------------------------------------
// Data

const rowSchema = z.object({ text: z.string(), labels: z.array(z.string()) });

interface Dataset {
  name: string;
  /** Multi-label when any row has other than exactly one label. */
  multiLabel: boolean;
  texts: string[];
  gold: string[][];
  labels: string[];
}

async function readDatasets(dir: string): Promise<Dataset[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.jsonl')).sort();
  const sets: Dataset[] = [];
  for (const file of files) {
    const lines = (await readFile(path.join(dir, file), 'utf8'))
      .split('\n')
      .filter((l) => l.trim());
    const rows = lines.slice(0, limit).map((line) => rowSchema.parse(JSON.parse(line)));
    sets.push({
      name: file.replace(/\.jsonl$/, ''),
      multiLabel: rows.some((row) => row.labels.length !== 1),
      texts: rows.map((row) => row.text),
      gold: rows.map((row) => row.labels),
      labels: [...new Set(rows.flatMap((row) => row.labels))].sort(),
    });
  }

  return sets;
}

// ---------------------------------------------------------------------------------------
// Scoring

interface Score {
  accuracy: number;
  macroF1: number;
  microF1: number;
  /** Single-label: mean −log p(gold). Multi-label: mean binary cross-entropy per pair. */
  logLoss: number;
}

function score(set: Dataset, probabilities: ArrayLike<number>[]): Score {
  const predicted = probabilities.map((p) =>
    predictLabels(p, set.labels, { multiLabel: set.multiLabel }),
  );
  const metrics = computeMetrics({ gold: set.gold, predicted, labels: set.labels });

  let loss = 0;
  let terms = 0;
  const eps = 1e-7;
  probabilities.forEach((p, row) => {
    const gold = new Set(set.gold[row]);
    set.labels.forEach((label, j) => {
      const q = Math.min(1 - eps, Math.max(eps, p[j]!));
      if (set.multiLabel) {
        loss -= gold.has(label) ? Math.log(q) : Math.log(1 - q);
        terms++;
      } else if (gold.has(label)) {
        loss -= Math.log(q);
        terms++;
      }
    });
  });

  return {
    accuracy: metrics.accuracy,
    macroF1: metrics.macro_f1,
    microF1: metrics.micro_f1,
    logLoss: loss / Math.max(1, terms),
  };
}

/** Cosine similarities [texts][labels] of unit vectors. */
function similarities(texts: Float32Array[], labels: Float32Array[]): Float32Array[] {
  return texts.map((t) => {
    const row = new Float32Array(labels.length);
    labels.forEach((l, j) => {
      let dot = 0;
      for (let k = 0; k < t.length; k++) dot += t[k]! * l[k]!;
      row[j] = dot;
    });
    return row;
  });
}

function scoreConfig(set: Dataset, cosines: Float32Array[], config: BiencoderConfig): Score {
  const probabilities = cosines.map((row) =>
    logitsToProbabilities(similaritiesToLogits(row, config), set.multiLabel),
  );

  return score(set, probabilities);
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const f3 = (value: number) => value.toFixed(3);

// ---------------------------------------------------------------------------------------
// Grid search: template, centring and bias for macro-F1, then scale for log-loss

async function gridSearch(encoder: SentenceEncoder, sets: Dataset[]): Promise<void> {
  const textVectors = new Map<string, Float32Array[]>();
  for (const set of sets) textVectors.set(set.name, await encoder.embed(set.texts));

  console.log('\n== grid: template × centre, best common bias (macro-F1, mean of all sets)');
  let best = { macro: -1, template: '', centre: true, bias: 0 };
  for (const template of TEMPLATES) {
    const cosines = new Map<string, Float32Array[]>();
    for (const set of sets) {
      const labelVectors = await encoder.embed(
        set.labels.map((name) => formatLabelText({ name }, template)),
      );
      cosines.set(set.name, similarities(textVectors.get(set.name)!, labelVectors));
    }

    for (const centre of [false, true]) {
      // A sigmoid crosses 0.5 where the logit is 0, so the bias alone decides
      // multi-label predictions; any scale will do here.
      let bestBias = { macro: -1, bias: 0, perSet: [] as number[] };
      for (const bias of BIASES) {
        const config = { template, scale: 20, bias, centre };
        const perSet = sets.map((set) => scoreConfig(set, cosines.get(set.name)!, config).macroF1);
        if (mean(perSet) > bestBias.macro) bestBias = { macro: mean(perSet), bias, perSet };
      }
      const cells = sets.map((set, i) => `${set.name}=${f3(bestBias.perSet[i]!)}`).join(' ');
      console.log(
        `${JSON.stringify(template).padEnd(34)} centre=${String(centre).padEnd(5)} ` +
          `bias=${bestBias.bias.toFixed(3)} mean=${f3(bestBias.macro)}  ${cells}`,
      );
      if (bestBias.macro > best.macro) best = { ...bestBias, template, centre };
    }
  }

  console.log(`\n== grid: scale (mean log-loss), at ${JSON.stringify(best.template)}`);
  const labelCosines = new Map<string, Float32Array[]>();
  for (const set of sets) {
    const labelVectors = await encoder.embed(
      set.labels.map((name) => formatLabelText({ name }, best.template)),
    );
    labelCosines.set(set.name, similarities(textVectors.get(set.name)!, labelVectors));
  }
  for (const scale of SCALES) {
    const config = { template: best.template, scale, bias: best.bias, centre: best.centre };
    const losses = sets.map((set) => scoreConfig(set, labelCosines.get(set.name)!, config).logLoss);
    const cells = sets.map((set, i) => `${set.name}=${f3(losses[i]!)}`).join(' ');
    console.log(`scale=${String(scale).padEnd(3)} mean=${f3(mean(losses))}  ${cells}`);
  }
  console.log(
    `\nbest macro-F1: template=${JSON.stringify(best.template)} centre=${best.centre} ` +
      `bias=${best.bias}`,
  );
}

// ---------------------------------------------------------------------------------------
// Main: the default config, through the classifier the app uses

const sets = await readDatasets(args.datasets);
const encoder = await loadUseLiteEncoder();
const config = parseBiencoderConfig({});
console.log(`config ${JSON.stringify(config)}`);
console.log('dataset                        kind    rows labels accuracy macroF1 microF1 logloss');

// The classifier disposes its encoder; hand it a handle whose dispose does nothing.
const classifier = createBiencoderClassifier({ ...encoder, dispose: async () => {} }, config);
for (const set of sets) {
  const results = await classifier.classify(
    set.texts,
    set.labels.map((name) => ({ name })),
    { multiLabel: set.multiLabel },
  );
  const s = score(
    set,
    results.map((r) => r.probabilities),
  );
  console.log(
    `${set.name.padEnd(30)} ${(set.multiLabel ? 'multi' : 'single').padEnd(6)} ` +
      `${String(set.texts.length).padStart(5)} ${String(set.labels.length).padStart(6)} ` +
      `${f3(s.accuracy).padStart(8)} ${f3(s.macroF1).padStart(7)} ${f3(s.microF1).padStart(7)} ` +
      `${f3(s.logLoss).padStart(7)}`,
  );
}

if (args.grid) await gridSearch(encoder, sets);
await encoder.dispose();
