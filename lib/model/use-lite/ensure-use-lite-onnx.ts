import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { createLogger } from '@/lib/log/logger';

import { buildUseLiteOnnx } from './build-use-lite-onnx';

const log = createLogger('model');

/**
 * Bump when the converter's output changes for the same weights (new op mapping, new
 * inputs), so caches written by an older converter are rebuilt instead of reused.
 */
export const USE_LITE_CONVERTER_VERSION = 1;

export interface UseLiteOnnxFile {
  /** Absolute path of the cached `.onnx`. */
  path: string;
  /** `<converter version>-<sha256 of model.json and shards, 16 hex>`. */
  key: string;
  maxTokens: number;
  dimension: number;
  /** False when this call converted the model. */
  cached: boolean;
}

interface Sidecar {
  key: string;
  maxTokens: number;
  dimension: number;
}

/**
 * Returns the converted ONNX file for the USE-lite weights in `modelDir`, converting
 * them first if `cacheDir` has no file for their hash. Files are written to a temporary
 * name and renamed into place, so a crash or a second process never leaves a partial
 * model under the final name; the `.json` sidecar is renamed last and marks the pair
 * complete. Files of other keys (older weights or converter) are removed afterwards.
 */
export async function ensureUseLiteOnnx(
  modelDir: string,
  cacheDir: string,
): Promise<UseLiteOnnxFile> {
  const key = `${USE_LITE_CONVERTER_VERSION}-${await hashModelFiles(modelDir)}`;
  const onnxPath = path.join(cacheDir, `use-lite-${key}.onnx`);
  const sidecarPath = path.join(cacheDir, `use-lite-${key}.json`);

  const existing = await readSidecar(sidecarPath);
  if (existing?.key === key) {
    return {
      path: onnxPath,
      key,
      maxTokens: existing.maxTokens,
      dimension: existing.dimension,
      cached: true,
    };
  }

  const started = performance.now();
  const { bytes, maxTokens, dimension } = await buildUseLiteOnnx(modelDir);
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(onnxPath, bytes);
  await writeAtomically(
    sidecarPath,
    JSON.stringify({ key, maxTokens, dimension } satisfies Sidecar),
  );
  log.info(
    { key, path: onnxPath, bytes: bytes.length, ms: Math.round(performance.now() - started) },
    'use-lite converted to onnx',
  );

  await removeOtherKeys(cacheDir, key);

  return { path: onnxPath, key, maxTokens, dimension, cached: false };
}

/** sha256 over model.json and the shards it lists, in order. */
async function hashModelFiles(modelDir: string): Promise<string> {
  const manifest = await readFile(path.join(modelDir, 'model.json'));
  const hash = createHash('sha256').update(manifest);
  const json = JSON.parse(manifest.toString('utf8')) as { weightsManifest: { paths: string[] }[] };
  for (const group of json.weightsManifest) {
    for (const shard of group.paths) hash.update(await readFile(path.join(modelDir, shard)));
  }

  return hash.digest('hex').slice(0, 16);
}

async function readSidecar(file: string): Promise<Sidecar | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Sidecar;
  } catch {
    // Missing or unreadable: convert again.
    return undefined;
  }
}

async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function removeOtherKeys(cacheDir: string, key: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const stale = names.filter(
    (name) =>
      name.startsWith('use-lite-') &&
      !name.startsWith(`use-lite-${key}.`) &&
      !name.endsWith('.tmp'),
  );
  await Promise.all(stale.map((name) => rm(path.join(cacheDir, name), { force: true })));
}
