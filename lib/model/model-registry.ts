import { AppError } from '../errors/app-error';
import { createLogger } from '../log/logger';
import type { Classifier } from './classifier';
import type { LoadGliclassOptions } from './gliclass/gliclass-export-schema';
import { EMBEDDED_MODEL_KIND, GLICLASS_MODEL_KIND, type ModelSpec } from './model-spec';

const log = createLogger('model-registry');

export interface LoadableModelVersion extends ModelSpec {
  id: string;
}

interface Registry {
  classifiers: Map<string, Promise<Classifier>>;
}

// On globalThis so Next's dev-mode module reloads keep one registry per process.
const globalRegistry = globalThis as unknown as { verdictModelRegistry?: Registry };

function registry(): Registry {
  globalRegistry.verdictModelRegistry ??= { classifiers: new Map() };
  return globalRegistry.verdictModelRegistry;
}

/**
 * The process's one model registry: each model version is loaded once and kept,
 * and concurrent first requests share the same load. The annotate API, the batch
 * scorer and the CLI all get their classifier here.
 */
export function getClassifier(version: LoadableModelVersion): Promise<Classifier> {
  const { classifiers } = registry();
  const cached = classifiers.get(version.id);
  if (cached) return cached;

  const started = Date.now();
  const loading = loadClassifier(version).then(
    (classifier) => {
      log.info(
        { modelVersionId: version.id, kind: version.kind, ms: Date.now() - started },
        'model loaded',
      );
      return classifier;
    },
    (error: unknown) => {
      // A failed load is not cached, so fixing the folder and retrying works.
      classifiers.delete(version.id);
      throw error;
    },
  );
  classifiers.set(version.id, loading);

  return loading;
}

async function loadClassifier(version: LoadableModelVersion): Promise<Classifier> {
  if (version.kind === EMBEDDED_MODEL_KIND) {
    const { loadUseLiteBiencoder } = await import('./biencoder/load-use-lite-biencoder');
    return loadUseLiteBiencoder(version.config);
  }
  if (version.kind === GLICLASS_MODEL_KIND) {
    const { loadGliclassExport } = await import('./gliclass/load-gliclass-export');
    return loadGliclassExport(version.source, version.config as LoadGliclassOptions);
  }

  throw new AppError(
    'MODEL_UNAVAILABLE',
    `Unknown model kind "${version.kind}"; known kinds: ${EMBEDDED_MODEL_KIND}, ${GLICLASS_MODEL_KIND}.`,
  );
}

/** Unloads every model (tests, shutdown). */
export async function disposeAllClassifiers(): Promise<void> {
  const { classifiers } = registry();
  const loaded = [...classifiers.values()];
  classifiers.clear();
  await Promise.all(loaded.map(async (promise) => (await promise.catch(() => null))?.dispose()));
}
