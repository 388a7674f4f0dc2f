import type { Classifier } from '@/lib/model/classifier';
import { acquireSharedUseLiteEncoder } from '@/lib/model/use-lite/acquire-shared-use-lite-encoder';
import { parseBiencoderConfig } from './biencoder-config';
import { createBiencoderClassifier } from './create-biencoder-classifier';

/**
 * The embedded default model: the USE-lite bi-encoder with the scorer settings stored
 * in a model version's `config` (`{}` for the calibrated defaults). The config is
 * checked before the encoder is touched, so a bad config fails fast.
 *
 * @throws AppError VALIDATION_FAILED for an invalid config.
 */
export async function loadUseLiteBiencoder(config: unknown = {}): Promise<Classifier> {
  const parsed = parseBiencoderConfig(config);
  const encoder = await acquireSharedUseLiteEncoder();

  return createBiencoderClassifier(encoder, parsed);
}
