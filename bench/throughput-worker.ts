// Child-process entry of the throughput bench: one engine per process, so each
// engine's peak RSS is its own and neither warms the other's caches.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { createBiencoderClassifier } from '@/lib/model/biencoder/create-biencoder-classifier';
import type { Classifier } from '@/lib/model/classifier';
import { getClassifier } from '@/lib/model/model-registry';
import { defaultModelSpec } from '@/lib/model/model-spec';

import { loadBenchCorpus } from './load-bench-corpus';
import { measureThroughput } from './measure-throughput';
import { readProcessMemory } from './read-process-memory';
import { createTfjsSentenceEncoder } from './tfjs-sentence-encoder';
import { ENGINES, type Engine, type ThroughputResult } from './throughput-result';

const { values } = parseArgs({
  options: {
    engine: { type: 'string' },
    texts: { type: 'string' },
    runs: { type: 'string' },
    'call-size': { type: 'string' },
    'label-counts': { type: 'string' },
    out: { type: 'string' },
  },
});
const engine = values.engine as Engine;
if (!ENGINES.includes(engine)) throw new Error(`--engine must be one of ${ENGINES.join(', ')}`);
if (!values.out) throw new Error('--out <file> is required');
const labelCounts = (values['label-counts'] ?? '1,2,4,8,16,32,64,128').split(',').map(Number);

const memory = () => {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
};
const baseline = memory();

const loadStarted = performance.now();
const { classifier, runtime } = await loadClassifier(engine);
const loadMs = performance.now() - loadStarted;
const afterLoad = memory();

const corpus = await loadBenchCorpus(Number(values.texts ?? 512), Math.max(...labelCounts));
let peakHeapUsed = afterLoad.heapUsed;
let peakExternal = afterLoad.external;
const points = await measureThroughput(classifier, corpus.texts, corpus.labels, {
  labelCounts,
  runs: Number(values.runs ?? 3),
  callSize: Number(values['call-size'] ?? 32),
  afterCall: () => {
    const now = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, now.heapUsed);
    peakExternal = Math.max(peakExternal, now.external);
  },
});

const result: ThroughputResult = {
  engine,
  runtime,
  classifierKind: classifier.kind,
  loadMs,
  texts: corpus.texts.length,
  corpus: corpus.description,
  points,
  memory: {
    baseline,
    afterLoad,
    afterRuns: memory(),
    peakHeapUsed,
    peakExternal,
    peakRss: readProcessMemory('self')?.peakRss ?? 0,
  },
};
await classifier.dispose();
await writeFile(values.out, JSON.stringify(result));

// The tfjs WebAssembly backend keeps the event loop alive; the result is written.
process.exit(0);

async function loadClassifier(kind: Engine): Promise<{ classifier: Classifier; runtime: string }> {
  if (kind === 'onnx') {
    // Exactly what the app runs for a new project: the registry's default model.
    const classifier = await getClassifier({ id: 'bench', ...defaultModelSpec() });
    return { classifier, runtime: `onnxruntime-node ${packageVersion('onnxruntime-node')}` };
  }

  // Same scorer, same default settings as the embedded model; only the encoder differs.
  const encoder = await createTfjsSentenceEncoder();
  const classifier = createBiencoderClassifier(encoder, {});
  const runtime =
    `@energetic-ai/embeddings ${packageVersion('@energetic-ai/embeddings')}` +
    ` (tfjs wasm, @energetic-ai/core ${packageVersion('@energetic-ai/core')})`;
  return { classifier, runtime };
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}
