import path from 'node:path';

import { getEnv } from '@/lib/config/env';

/** Where converted USE-lite models are cached: `$VERDICT_DATA_DIR/models/use-lite`. */
export function resolveUseLiteCacheDir(): string {
  return path.join(getEnv().VERDICT_DATA_DIR, 'models', 'use-lite');
}
