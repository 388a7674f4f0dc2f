import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { AppError } from '@/lib/errors/app-error';
import { createLogger } from '@/lib/log/logger';
import type { Classifier } from '@/lib/model/classifier';
import { createGliclassClassifier } from './create-gliclass-classifier';
import { type LoadGliclassOptions, loadGliclassOptionsSchema } from './gliclass-export-schema';
import { readGliclassExport } from './read-gliclass-export';
import { resolvePadTokenId } from './resolve-pad-token-id';
import { resolvePromptTokenLayout } from './resolve-prompt-token-layout';

const log = createLogger('gliclass');

const REQUIRED_INPUTS = ['input_ids', 'attention_mask'] as const;

/**
 * Loads a local uni-encoder GLiClass ONNX export (a `knowledgator/gliclass-*` folder
 * with `onnx/model.onnx`, `tokenizer.json` and `config.json`) as a `Classifier`.
 * Everything is read from disk; nothing is downloaded.
 *
 * @example
 * const classifier = await loadGliclassExport('/models/gliclass-edge-v3.0');
 * const [result] = await classifier.classify(['my card has not arrived'],
 *   [{ name: 'card_arrival' }, { name: 'refund' }], { multiLabel: true });
 */
export async function loadGliclassExport(
  folder: string,
  options: LoadGliclassOptions = {},
): Promise<Classifier> {
  const parsedOptions = loadGliclassOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new AppError(
      'BAD_REQUEST',
      `Invalid GLiClass load options: ${parsedOptions.error.message}`,
    );
  }
  const settings = parsedOptions.data;
  const started = performance.now();

  // Check files and fields first, then build the tokenizer, then the native session.
  const exported = await readGliclassExport(folder, settings);

  const tokenizer = new Tokenizer(exported.tokenizerJson, exported.tokenizerConfig);
  const layout = resolvePromptTokenLayout(tokenizer);
  const padTokenId = resolvePadTokenId(tokenizer, exported.tokenizerJson, exported.tokenizerConfig);

  // From the path, not from bytes, so exports with external data files next to the
  // .onnx file (models over 2 GB) load too.
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(exported.modelPath, {
      ...(settings.intraOpNumThreads ? { intraOpNumThreads: settings.intraOpNumThreads } : {}),
    });
  } catch (error) {
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `onnxruntime could not load ${exported.modelPath}: ${(error as Error).message}`,
      { folder: exported.folder, file: settings.modelFile },
    );
  }

  // The export must take exactly the two int64 inputs a uni-encoder export has.
  const missing = REQUIRED_INPUTS.filter((name) => !session.inputNames.includes(name));
  const extra = session.inputNames.filter(
    (name) => !(REQUIRED_INPUTS as readonly string[]).includes(name),
  );
  const outputName = session.outputNames.includes('logits')
    ? 'logits'
    : session.outputNames.length === 1
      ? session.outputNames[0]
      : undefined;
  if (missing.length > 0 || extra.length > 0 || outputName === undefined) {
    await session.release();
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `${exported.modelPath} takes inputs [${session.inputNames.join(', ')}] and returns ` +
        `[${session.outputNames.join(', ')}]; a uni-encoder GLiClass export takes exactly ` +
        'input_ids and attention_mask and returns logits.',
      { folder: exported.folder, file: settings.modelFile },
    );
  }

  log.info(
    {
      folder: exported.folder,
      modelFile: settings.modelFile,
      promptFirst: exported.config.prompt_first,
      maxLength: exported.maxLength,
      maxLabels: exported.maxLabels,
      ms: Math.round(performance.now() - started),
    },
    'gliclass model loaded',
  );

  return createGliclassClassifier({
    session,
    tokenizer,
    layout,
    padTokenId,
    outputName,
    promptFirst: exported.config.prompt_first,
    maxLength: exported.maxLength,
    maxLabels: exported.maxLabels,
    batchSize: settings.batchSize,
    lowercaseLabels: settings.lowercaseLabels,
    source: exported.folder,
  });
}
