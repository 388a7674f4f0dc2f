import type { InputJsonObject } from '../db/generated/internal/prismaNamespace';

export const EMBEDDED_MODEL_KIND = 'use-lite-biencoder';
export const GLICLASS_MODEL_KIND = 'gliclass-onnx';

/** What a stored model version needs to be rebuilt in any process. */
export interface ModelSpec {
  kind: typeof EMBEDDED_MODEL_KIND | typeof GLICLASS_MODEL_KIND;
  /** `embedded:use-lite` or the absolute path of a GLiClass export folder. */
  source: string;
  /** Scorer settings; empty means the kind's defaults at load time. */
  config: InputJsonObject;
}

export function defaultModelSpec(): ModelSpec {
  return { kind: EMBEDDED_MODEL_KIND, source: 'embedded:use-lite', config: {} };
}

export function gliclassModelSpec(folder: string): ModelSpec {
  return { kind: GLICLASS_MODEL_KIND, source: folder, config: {} };
}
