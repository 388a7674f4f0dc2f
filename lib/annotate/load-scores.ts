import type { LabelScoreDto } from '../api/schemas/annotate';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { classifierForProject } from '../model/classifier-for-project';
import type { ProjectWithLabels } from '../projects/find-project';
import { labelSpecs } from '../projects/label-specs';
import { probabilitiesByLabel } from '../scoring/probabilities-by-label';
import { rankLabelScores } from './rank-label-scores';

/**
 * The current model's probability for every label of one example, highest
 * first, with the suggestions marked. Uses the stored prediction; an example
 * the background job has not reached yet (or scored before a label was added)
 * is scored now and stored, so the screen never waits for the job.
 */
export async function loadScores(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  example: { id: string; text: string },
): Promise<LabelScoreDto[]> {
  const model = project.currentModelVersion;
  if (!model)
    throw new AppError('MODEL_UNAVAILABLE', `Project "${project.name}" has no model version.`);

  const stored = await prisma.prediction.findUnique({
    where: { exampleId_modelVersionId: { exampleId: example.id, modelVersionId: model.id } },
  });
  let probabilities = stored?.probabilities as Record<string, number> | undefined;
  if (!probabilities || project.labels.some((label) => !(label.name in probabilities!))) {
    probabilities = await scoreNow(prisma, project, example);
  }

  return rankLabelScores(project, (name) => probabilities[name] ?? 0);
}

async function scoreNow(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  example: { id: string; text: string },
) {
  const model = project.currentModelVersion!;
  const classifier = await classifierForProject(project);
  const labels = labelSpecs(project);
  const [result] = await classifier.classify([example.text], labels, {
    multiLabel: project.multiLabel,
  });
  const probabilities = probabilitiesByLabel(labels, result!.probabilities);
  await prisma.prediction.upsert({
    where: { exampleId_modelVersionId: { exampleId: example.id, modelVersionId: model.id } },
    create: { exampleId: example.id, modelVersionId: model.id, probabilities },
    update: { probabilities },
  });

  return probabilities;
}
