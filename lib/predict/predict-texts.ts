import { rankLabelScores } from '../annotate/rank-label-scores';
import type { LabelScoreDto } from '../api/schemas/annotate';
import { AppError } from '../errors/app-error';
import { classifierForProject } from '../model/classifier-for-project';
import type { ProjectWithLabels } from '../projects/find-project';
import { labelSpecs } from '../projects/label-specs';

/** Scores free texts with the project's current model: every label, highest first. */
export async function predictTexts(
  project: ProjectWithLabels,
  texts: string[],
): Promise<LabelScoreDto[][]> {
  if (project.labels.length === 0) {
    throw new AppError('VALIDATION_FAILED', `Project "${project.name}" has no labels to predict.`);
  }
  const classifier = await classifierForProject(project);
  const labels = labelSpecs(project);
  const results = await classifier.classify(texts, labels, { multiLabel: project.multiLabel });

  return results.map((result) => rankLabelScores(project, (_, i) => result.probabilities[i] ?? 0));
}
