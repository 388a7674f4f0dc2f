import { AppError } from '../errors/app-error';
import type { ProjectWithLabels } from '../projects/find-project';
import type { Classifier } from './classifier';
import { getClassifier } from './model-registry';
import type { ModelSpec } from './model-spec';

/** The registry's classifier for the project's current model version. */
export function classifierForProject(project: ProjectWithLabels): Promise<Classifier> {
  const model = project.currentModelVersion;
  if (!model)
    throw new AppError('MODEL_UNAVAILABLE', `Project "${project.name}" has no model version.`);

  return getClassifier({
    id: model.id,
    kind: model.kind as ModelSpec['kind'],
    source: model.source,
    config: model.config as ModelSpec['config'],
  });
}
