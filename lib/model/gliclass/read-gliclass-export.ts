import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import {
  type GliclassConfig,
  gliclassConfigSchema,
  SUPPORTED_ARCHITECTURES,
  type TokenizerJson,
  tokenizerJsonSchema,
} from './gliclass-export-schema';
import { LABEL_MARKER, SEP_MARKER } from './gliclass-markers';

/** Upstream GLiClass defaults: `max_num_classes=25` in its config, `max_classes=25`. */
export const DEFAULT_MAX_LABELS = 25;
/** The Python pipeline's `max_length`, and the longest sequence Verdict feeds. */
export const MAX_SEQUENCE_LENGTH = 1024;

export interface GliclassExport {
  folder: string;
  modelPath: string;
  config: GliclassConfig;
  tokenizerJson: TokenizerJson;
  tokenizerConfig: Record<string, unknown>;
  maxLength: number;
  maxLabels: number;
}

export interface ReadExportOptions {
  modelFile: string;
  maxLength?: number;
  maxLabels?: number;
}

/**
 * Reads and checks a local GLiClass export folder before anything native is loaded, so
 * a wrong folder fails with a message that names the missing file or field and what
 * would be accepted, instead of an onnxruntime stack trace.
 */
export async function readGliclassExport(
  folder: string,
  options: ReadExportOptions,
): Promise<GliclassExport> {
  const root = path.resolve(folder);
  await requireFile(root, '.', 'directory', 'a GLiClass export folder');

  // config.json: the architecture decides the prompt shape, so check it first.
  const config = await readJson(root, 'config.json', gliclassConfigSchema);
  if (!(SUPPORTED_ARCHITECTURES as readonly string[]).includes(config.architecture_type)) {
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `config.json in ${root} has architecture_type "${config.architecture_type}"; ` +
        `supported: ${SUPPORTED_ARCHITECTURES.map((a) => `"${a}"`).join(', ')} ` +
        '(bi-encoder and encoder-decoder GLiClass exports are not supported yet).',
      { folder: root, file: 'config.json', field: 'architecture_type' },
    );
  }

  // tokenizer.json must already know the prompt markers as added tokens.
  const tokenizerJson = await readJson(root, 'tokenizer.json', tokenizerJsonSchema);
  for (const marker of [LABEL_MARKER, SEP_MARKER]) {
    if (!tokenizerJson.added_tokens.some((token) => token.content === marker)) {
      throw new AppError(
        'MODEL_UNAVAILABLE',
        `tokenizer.json in ${root} has no added token "${marker}"; a GLiClass export's ` +
          `tokenizer lists both "${LABEL_MARKER}" and "${SEP_MARKER}" in added_tokens.`,
        { folder: root, file: 'tokenizer.json', field: 'added_tokens' },
      );
    }
  }

  // tokenizer_config.json is optional: it only refines the pad token.
  const tokenizerConfig = (await fileExists(path.join(root, 'tokenizer_config.json')))
    ? ((await readJson(root, 'tokenizer_config.json', null)) as Record<string, unknown>)
    : {};

  const modelPath = path.join(root, options.modelFile);
  await requireFile(root, options.modelFile, 'file', 'the ONNX model');

  const configuredLength = config.max_length ?? config.max_len ?? MAX_SEQUENCE_LENGTH;
  const maxLength = Math.min(options.maxLength ?? configuredLength, MAX_SEQUENCE_LENGTH);
  const maxLabels =
    options.maxLabels ?? config.max_num_classes ?? config.max_num_labels ?? DEFAULT_MAX_LABELS;

  return { folder: root, modelPath, config, tokenizerJson, tokenizerConfig, maxLength, maxLabels };
}

async function requireFile(
  root: string,
  relative: string,
  kind: 'file' | 'directory',
  what: string,
): Promise<void> {
  const full = path.join(root, relative);
  const info = await stat(full).catch(() => null);
  const ok = kind === 'file' ? info?.isFile() : info?.isDirectory();
  if (ok) return;

  const where = relative === '.' ? root : `${relative} in ${root}`;
  throw new AppError(
    'MODEL_UNAVAILABLE',
    `${where} ${info ? `is not a ${kind}` : 'does not exist'}; expected ${what}. A GLiClass ` +
      'export folder holds onnx/model.onnx, tokenizer.json and config.json.',
    { folder: root, file: relative },
  );
}

async function fileExists(full: string): Promise<boolean> {
  const info = await stat(full).catch(() => null);
  return info?.isFile() ?? false;
}

async function readJson<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S | null,
): Promise<z.infer<S>> {
  await requireFile(root, file, 'file', `the export's ${file}`);

  let value: unknown;
  try {
    value = JSON.parse(await readFile(path.join(root, file), 'utf8'));
  } catch (error) {
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `${file} in ${root} is not valid JSON: ${(error as Error).message}`,
      { folder: root, file },
    );
  }
  if (schema === null) {
    return (typeof value === 'object' && value !== null ? value : {}) as z.infer<S>;
  }

  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new AppError(
      'MODEL_UNAVAILABLE',
      `${file} in ${root} is not a GLiClass ${file}: ${problems}`,
      { folder: root, file, issues: parsed.error.issues },
    );
  }

  return parsed.data;
}
