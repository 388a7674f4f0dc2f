import { ensureUseLiteOnnx } from './use-lite/ensure-use-lite-onnx';
import { locateUseLiteModel } from './use-lite/locate-use-lite-model';
import { resolveUseLiteCacheDir } from './use-lite/resolve-use-lite-cache-dir';

/**
 * Converts the embedded model to ONNX if the cache has no current copy, without
 * loading it; the start script runs this once so the first request does not wait.
 */
export async function prepareEmbeddedModel(): Promise<{ cached: boolean; path: string }> {
  const file = await ensureUseLiteOnnx(locateUseLiteModel(), resolveUseLiteCacheDir());

  return { cached: file.cached, path: file.path };
}
