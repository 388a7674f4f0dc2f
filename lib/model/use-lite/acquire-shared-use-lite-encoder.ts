import { getEnv } from '@/lib/config/env';
import type { SentenceEncoder } from '@/lib/model/biencoder/sentence-encoder';

import { loadUseLiteEncoder } from './load-use-lite-encoder';

interface Shared {
  encoder: Promise<SentenceEncoder>;
  holders: number;
}

// On globalThis so Next's dev-mode module reloads keep one session per process.
const holder = globalThis as unknown as { verdictSharedUseLite?: Shared };

/**
 * A handle on the process's one USE-lite encoder. Every model version of the embedded
 * kind differs only in its scorer config, so they all share one ONNX session (~30 MB
 * of weights plus runtime buffers) instead of loading one each. The session is
 * released when the last handle is disposed; a failed load is forgotten, so the next
 * call tries again.
 */
export async function acquireSharedUseLiteEncoder(): Promise<SentenceEncoder> {
  let shared = holder.verdictSharedUseLite;
  if (!shared) {
    const loading = loadUseLiteEncoder({ threads: getEnv().VERDICT_ONNX_THREADS });
    shared = { encoder: loading, holders: 0 };
    holder.verdictSharedUseLite = shared;
    loading.catch(() => {
      if (holder.verdictSharedUseLite?.encoder === loading) holder.verdictSharedUseLite = undefined;
    });
  }
  shared.holders++;

  let encoder: SentenceEncoder;
  try {
    encoder = await shared.encoder;
  } catch (error) {
    shared.holders--;
    throw error;
  }

  let released = false;
  const current = shared;

  return {
    id: encoder.id,
    dimension: encoder.dimension,
    embed: (texts) => encoder.embed(texts),
    async dispose() {
      if (released) return;
      released = true;
      current.holders--;
      if (current.holders === 0 && holder.verdictSharedUseLite === current) {
        holder.verdictSharedUseLite = undefined;
        await encoder.dispose();
      }
    },
  };
}
